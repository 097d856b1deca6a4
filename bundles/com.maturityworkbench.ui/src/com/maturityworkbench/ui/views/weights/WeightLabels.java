package com.maturityworkbench.ui.views.weights;

import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.xtext.diagnostics.Severity;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Table;
import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.revision.Findings;
import com.maturityworkbench.ui.views.SeverityImages;

/** The columns of a weight table line: 能力域, 能力子域, 指标权重, 检查; marked by the gravest finding on the line. */
final class WeightLabels extends ColumnLabelProvider {
	static final int DOMAIN = 0;
	static final int SUBDOMAIN = 1;
	static final int WEIGHT = 2;
	static final int CHECK = 3;

	private static final Color ERROR = new Color(255, 222, 222);
	private static final Color WARNING = new Color(255, 244, 200);
	private static final Color TOTAL = new Color(238, 242, 248);

	private final int column;

	WeightLabels(int column) {
		this.column = column;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof WeightLine.Subdomain s) {
			return switch (column) {
			case DOMAIN -> s.firstOfDomain() ? s.row().domain() : "";
			case SUBDOMAIN -> s.row().subdomain();
			case WEIGHT -> s.row().printedWeight() == null ? "" : s.row().printedWeight();
			default -> check(s);
			};
		} else if (element instanceof WeightLine.Subtotal t) {
			return switch (column) {
			case SUBDOMAIN -> UiTexts.text("weights.subtotal", t.domain().name());
			case WEIGHT -> Weights.show(t.domain().sum());
			default -> "";
			};
		}
		WeightLine.Sum s = (WeightLine.Sum) element;
		return switch (column) {
		case SUBDOMAIN -> UiTexts.text("weights.sum");
		case WEIGHT -> Weights.show(s.table().sum());
		case CHECK -> s.findings().isEmpty() ? target(s.table()) : check(s);
		default -> "";
		};
	}

	private static String target(Table table) {
		return table.target() == null ? UiTexts.text("weights.target.none", table.part())
				: UiTexts.text(table.meetsTarget() ? "weights.target.met" : "weights.target.missed", table.part(), Weights.show(table.target()));
	}

	/** The first finding's message, and how many more there are. */
	private static String check(WeightLine line) {
		if (line.findings().isEmpty()) {
			return "";
		}
		String first = Findings.text(line.findings().get(0));
		return line.findings().size() == 1 ? first : UiTexts.text("weights.findings.more", first, line.findings().size() - 1);
	}

	@Override
	public Image getImage(Object element) {
		Severity severity = ((WeightLine) element).severity();
		if (column != CHECK || severity == null) {
			return null;
		}
		return SeverityImages.of(severity);
	}

	@Override
	public Color getBackground(Object element) {
		WeightLine line = (WeightLine) element;
		Severity severity = line.severity();
		if (severity == Severity.ERROR) {
			return ERROR;
		} else if (severity == Severity.WARNING) {
			return WARNING;
		}
		return line instanceof WeightLine.Subdomain ? null : TOTAL;
	}

	@Override
	public Font getFont(Object element) {
		return element instanceof WeightLine.Sum ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
	}

	@Override
	public String getToolTipText(Object element) {
		WeightLine line = (WeightLine) element;
		if (line.findings().isEmpty()) {
			return line instanceof WeightLine.Sum s ? target(s.table()) : null;
		}
		return line.findings().stream().map(Findings::text).collect(Collectors.joining("\n"));
	}
}
