package com.maturityworkbench.ui.views.simulation;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.ui.UiTexts;

/**
 * The domain scores B(i) of formula 2, merged by domain name across the two tables, as grouped bars (one group per
 * domain, one bar per level, 0..1), drawn with SWT's GC; a level where nothing of the domain is scored has no bar.
 */
final class DomainChart extends Canvas {
	private static final int[][] LEVEL_COLOURS = { { 158, 202, 225 }, { 107, 174, 214 }, { 66, 146, 198 }, { 33, 113, 181 }, { 8, 69, 148 } };

	private List<String> levels = List.of();
	private List<DomainScore> domains = List.of();

	DomainChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	void show(List<String> levelNames, List<DomainScore> scores) {
		this.levels = levelNames;
		this.domains = scores;
		redraw();
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (domains.isEmpty()) {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(area);
			return;
		}
		ChartFrame f = ChartFrame.draw(gc, area, UiTexts.text("simulation.chart.domains"));
		int text = f.text();
		int left = f.left();
		int bottom = f.bottom();
		int width = f.width();
		int height = f.height();
		int legend = left + gc.textExtent(UiTexts.text("simulation.chart.domains")).x + 16;
		int slot = Math.max(1, width / domains.size());
		int bar = Math.max(1, slot * 4 / 5 / Math.max(1, levels.size()));
		for (int l = 0; l < levels.size(); l++) {
			Color c = colour(l);
			try {
				gc.setBackground(c);
				gc.fillRectangle(legend, 3, text - 4, text - 4);
				gc.drawText(levels.get(l), legend + text, 0, true);
				legend += text + gc.textExtent(levels.get(l)).x + 10;
				for (int d = 0; d < domains.size(); d++) {
					Rational b = domains.get(d).score(l + 1);
					if (b == null) {
						continue;
					}
					double v = Math.max(0, Math.min(1, b.toDecimal(6).doubleValue())); // a pixel position, not a score
					int h = (int) Math.round(v * height);
					gc.fillRectangle(left + d * slot + slot / 10 + l * bar, bottom - h, Math.max(1, bar - 1), h);
				}
			} finally {
				c.dispose();
			}
		}
		for (int d = 0; d < domains.size(); d++) {
			String name = domains.get(d).name();
			int x = left + d * slot + (slot - gc.textExtent(name).x) / 2;
			gc.drawText(name, Math.max(left, x), bottom + 3, true);
		}
	}

	private Color colour(int level) {
		int[] rgb = LEVEL_COLOURS[Math.min(level, LEVEL_COLOURS.length - 1)];
		return new Color(getDisplay(), rgb[0], rgb[1], rgb[2]);
	}
}
