package com.maturityworkbench.ui.views.simulation;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.ui.UiTexts;

/**
 * A(1..5) as bars on a 0..1 axis, drawn with SWT's GC, with the declared threshold as a dashed line: a met level's bar
 * is green, an unmet one grey. It shows what it is given; it computes nothing.
 */
final class LevelChart extends Canvas {
	/** What the chart shows: level names, A(i), met under the revision's reading, the threshold. */
	record Data(List<String> levels, List<Rational> scores, List<Boolean> met, Rational threshold) {
	}

	private Data data;

	LevelChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	void show(Data d) {
		this.data = d;
		redraw();
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (data == null) {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(area);
			return;
		}
		ChartFrame f = ChartFrame.draw(gc, area, UiTexts.text("simulation.chart.levels"));
		int text = f.text();
		int left = f.left();
		int top = f.top();
		int bottom = f.bottom();
		int width = f.width();
		int n = data.levels().size();
		int slot = Math.max(1, width / Math.max(1, n));
		Color met = new Color(getDisplay(), 76, 160, 90);
		Color unmet = new Color(getDisplay(), 170, 178, 189);
		Color line = new Color(getDisplay(), 200, 40, 40);
		try {
			for (int i = 0; i < n; i++) {
				int x = left + i * slot + slot / 5;
				int w = slot * 3 / 5;
				int y = f.y(data.scores().get(i));
				gc.setBackground(data.met().get(i) ? met : unmet);
				gc.fillRectangle(x, y, w, bottom - y);
				String value = Decimals.decimal(data.scores().get(i));
				Point extent = gc.textExtent(value);
				gc.drawText(value, x + (w - extent.x) / 2, Math.max(top, y - text - 1), true);
				String name = data.levels().get(i);
				gc.drawText(name, x + (w - gc.textExtent(name).x) / 2, bottom + 3, true);
			}
			int ty = f.y(data.threshold());
			gc.setForeground(line);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setLineWidth(2);
			gc.drawLine(left, ty, left + width, ty);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
			String label = UiTexts.text("simulation.chart.threshold", data.threshold().toExactString());
			gc.drawText(label, left + width - gc.textExtent(label).x, ty - text - 1, true);
		} finally {
			met.dispose();
			unmet.dispose();
			line.dispose();
		}
	}
}
