package com.maturityworkbench.ui.compare;

import java.nio.file.Path;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import com.maturityworkbench.ui.UiTexts;

/** Asks for the folder of the revision to put against the open one (OLD), starting next to the open revision's folder. */
final class OtherRevisionDialog {
	private OtherRevisionDialog() {
	}

	/** The chosen folder, absolute and normalised; null when the drafter cancelled. */
	static Path choose(Shell shell, String title, Path openFolder) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(title);
		dialog.setMessage(UiTexts.text("compare.choose-folder", openFolder.getFileName()));
		dialog.setFilterPath(openFolder.getParent().toString());
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen).toAbsolutePath().normalize();
	}
}
