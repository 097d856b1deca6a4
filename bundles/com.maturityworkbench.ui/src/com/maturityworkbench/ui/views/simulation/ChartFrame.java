package com.maturityworkbench.ui.views.simulation;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import com.maturityworkbench.scoring.Rational;

/**
 * The frame both charts draw in: a white background, the title above, a 0..1 value axis on the left with ticks at 0,
 * 0.5 and 1 and the base line; the plot area between. Positions only: what is plotted is the chart's.
 */
record ChartFrame(int text, int left, int top, int bottom, int width, int height) {
	/** Clears the area and draws title and axes. */
	static ChartFrame draw(GC gc, Rectangle area, String title) {
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		int text = gc.getFontMetrics().getHeight();
		int left = gc.textExtent("1.00").x + 8;
		int top = 2 * text + 4; // the title, then a line for the value above a full bar
		int bottom = area.height - text - 6;
		ChartFrame f = new ChartFrame(text, left, top, bottom, area.width - left - 8, Math.max(1, bottom - top));
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawText(title, left, 0, true);
		gc.drawLine(left, top, left, bottom);
		gc.drawLine(left, bottom, left + f.width, bottom);
		for (String tick : List.of("0", "0.5", "1")) {
			int y = f.y(Rational.parse(tick));
			gc.drawText(tick, left - gc.textExtent(tick).x - 4, y - text / 2, true);
		}
		return f;
	}

	/** The vertical position of a value of 0..1 (clamped). */
	int y(Rational value) {
		double v = Math.max(0, Math.min(1, value.toDecimal(6).doubleValue())); // a pixel position, not a score
		return top + (int) Math.round((1 - v) * height);
	}
}
