package com.maturityworkbench.ui.views.findings;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.views.SeverityImages;

/** The columns of the findings tree: the finding (or the group with its count), its location, its code. */
final class FindingLabels extends ColumnLabelProvider {
	private static final int FINDING = 0;
	private static final int LOCATION = 1;

	private final int column;

	FindingLabels(int column) {
		this.column = column;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof FindingGroup group) {
			return column == FINDING ? UiTexts.text("findings.group", group.label(), group.count()) : "";
		}
		FindingEntry entry = (FindingEntry) element;
		return switch (column) {
		case FINDING -> entry.message();
		case LOCATION -> entry.location();
		default -> entry.code();
		};
	}

	@Override
	public Image getImage(Object element) {
		if (column != FINDING) {
			return null;
		}
		if (element instanceof FindingGroup) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return SeverityImages.of(((FindingEntry) element).severity());
	}

	@Override
	public String getToolTipText(Object element) {
		return element instanceof FindingEntry entry ? FindingsView.severityLabel(entry.severity()) + "：" + entry.message() : null;
	}
}
