package com.maturityworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import com.maturityworkbench.revision.compare.TextDiff;

/**
 * A character-level text difference in a StyledText: the old and new texts interleaved, deletions struck through in
 * red, insertions underlined in green, the common text plain (as {@code mwb diff --format html} shows it).
 */
public final class TextDiffStyles {
	public static final RGB DELETED = new RGB(0xc0, 0x1c, 0x28);
	public static final RGB INSERTED = new RGB(0x1a, 0x7f, 0x37);

	private TextDiffStyles() {
	}

	public static void show(StyledText widget, TextDiff diff) {
		StringBuilder text = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		for (TextDiff.Segment segment : diff.segments()) {
			if (segment.kind() != TextDiff.Kind.EQUAL) {
				StyleRange style = new StyleRange();
				style.start = text.length();
				style.length = segment.text().length();
				boolean deleted = segment.kind() == TextDiff.Kind.DELETE;
				style.strikeout = deleted;
				style.underline = !deleted;
				style.foreground = new Color(deleted ? DELETED : INSERTED);
				styles.add(style);
			}
			text.append(segment.text());
		}
		widget.setText(text.toString());
		widget.setStyleRanges(styles.toArray(StyleRange[]::new));
	}
}
