package com.maturityworkbench.assessment.report;

import static com.maturityworkbench.scoring.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.Num;

/**
 * The charts of the HTML reports as inline SVG (no script, no external resource): bars on a 0-1 scale with the
 * threshold of 9.2 as a dashed line, dark strokes and value labels so that they read in black-and-white print. The
 * values drawn are the report's rounded decimals; the geometry is the only place a double is used.
 */
public final class SvgCharts {
	/** A series of bars, one per group, with its legend text. */
	public record Series(String label, List<Num> values) {
	}

	private static final int TOP = 18;
	private static final int PLOT_HEIGHT = 180;
	private static final int LEFT = 44;
	private static final int BOTTOM = 40;
	/** Fills from dark to light: the first series (or level) darkest. */
	private static final String[] FILLS = { "#1f3f73", "#4a6fa8", "#7f9fcf", "#b5c8e6", "#e1e9f5" };

	private SvgCharts() {
	}

	/**
	 * A(1..n): one group per level, one bar per series (the score; or the lower and upper bound of a provisional
	 * score), the threshold line.
	 */
	public static String levels(List<String> levelNames, List<Series> series, Num threshold, String title) {
		return bars(levelNames, series, threshold, title, Math.max(360, LEFT + 20 + levelNames.size() * (28 + 26 * series.size())));
	}

	/** B(i) per domain: one group per domain, one bar per level, the threshold line; domains without a score at a level get no bar. */
	public static String domains(List<DomainView> domains, List<String> levelNames, Num threshold, String title) {
		List<String> groups = domains.stream().map(DomainView::name).toList();
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < levelNames.size(); i++) {
			List<Num> values = new ArrayList<>();
			for (DomainView d : domains) {
				values.add(d.scores().get(i));
			}
			series.add(new Series(levelNames.get(i), values));
		}
		return bars(groups, series, threshold, title, Math.max(420, LEFT + 20 + domains.size() * (16 + 14 * levelNames.size())));
	}

	private static String bars(List<String> groups, List<Series> series, Num threshold, String title, int width) {
		int legendHeight = series.size() > 1 ? 22 : 0;
		int height = TOP + PLOT_HEIGHT + BOTTOM + legendHeight;
		int plotWidth = width - LEFT - 12;
		double groupWidth = (double) plotWidth / groups.size();
		double barWidth = Math.min(34, groupWidth * 0.78 / series.size());
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
				.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"11\">\n<title>").append(escape(title))
				.append("</title>\n");
		for (int t = 0; t <= 5; t++) {
			double v = t / 5.0;
			String y = f(y(v));
			s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(y).append("\" y2=\"").append(y)
					.append("\" stroke=\"").append(t == 0 ? "#000" : "#d0d0d0").append("\" stroke-width=\"").append(t == 0 ? "1" : "0.6").append("\"/>")
					.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y(v) + 4)).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.1f", v))
					.append("</text>\n");
		}
		for (int g = 0; g < groups.size(); g++) {
			double groupX = LEFT + g * groupWidth;
			double first = groupX + (groupWidth - barWidth * series.size()) / 2;
			for (int k = 0; k < series.size(); k++) {
				Num n = series.get(k).values().get(g);
				if (n == null) {
					continue;
				}
				double v = Math.max(0, Math.min(1, Double.parseDouble(n.rounded())));
				double x = first + k * barWidth;
				s.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y(v))).append("\" width=\"").append(f(barWidth - 2)).append("\" height=\"")
						.append(f(y(0) - y(v))).append("\" fill=\"").append(fill(k, series.size())).append("\" stroke=\"#000\" stroke-width=\"0.6\"><title>")
						.append(escape(groups.get(g) + " " + series.get(k).label() + "：" + n.rounded())).append("</title></rect>\n");
				if (series.size() <= 2) {
					s.append("<text x=\"").append(f(x + (barWidth - 2) / 2)).append("\" y=\"").append(f(y(v) - 3)).append("\" text-anchor=\"middle\">")
							.append(escape(n.rounded())).append("</text>\n");
				}
			}
			s.append("<text x=\"").append(f(groupX + groupWidth / 2)).append("\" y=\"").append(TOP + PLOT_HEIGHT + 16).append("\" text-anchor=\"middle\" font-size=\"12\">")
					.append(escape(groups.get(g))).append("</text>\n");
		}
		double t = Double.parseDouble(threshold.rounded());
		String ty = f(y(t));
		s.append("<line class=\"threshold\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(ty).append("\" y2=\"")
				.append(ty).append("\" stroke=\"#b3261e\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"/>")
				.append("<text x=\"").append(LEFT + plotWidth).append("\" y=\"").append(f(y(t) - 4)).append("\" text-anchor=\"end\" fill=\"#b3261e\">")
				.append(escape(ReportMessages.M.text("html.chart.threshold", threshold.exact()))).append("</text>\n");
		if (series.size() > 1) {
			int ly = TOP + PLOT_HEIGHT + 28;
			int lx = LEFT;
			for (int k = 0; k < series.size(); k++) {
				s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"12\" height=\"10\" fill=\"").append(fill(k, series.size()))
						.append("\" stroke=\"#000\" stroke-width=\"0.6\"/><text x=\"").append(lx + 16).append("\" y=\"").append(ly + 9).append("\">")
						.append(escape(series.get(k).label())).append("</text>\n");
				lx += 26 + 12 * series.get(k).label().length();
			}
		}
		s.append("</svg>\n");
		return s.toString();
	}

	private static String fill(int k, int count) {
		return count == 1 ? FILLS[1] : FILLS[Math.min(FILLS.length - 1, k * (FILLS.length - 1) / Math.max(1, count - 1))];
	}

	private static double y(double v) {
		return TOP + PLOT_HEIGHT * (1 - v);
	}

	private static String f(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}
}
