package com.maturityworkbench.ui.application;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * Drives the running workbench from its UI thread, for {@code -benchmark} and {@code -screenshots}: opens files,
 * types keys as the widget receives them, waits (processing the display's events, bounded) and closes without saving.
 */
final class WorkbenchDriver {
	private static final long TIMEOUT_MS = 60_000;

	private final IWorkbenchPage page;
	private final Display display;

	WorkbenchDriver(IWorkbenchPage page) {
		this.page = page;
		this.display = page.getWorkbenchWindow().getShell().getDisplay();
	}

	IWorkbenchPage page() {
		return page;
	}

	Display display() {
		return display;
	}

	/** Opens a file of a revision folder and waits until its editor shows the first check. */
	MaturityEditor open(Path file) throws CoreException {
		MaturityEditor editor = (MaturityEditor) RevisionFolders.openFile(page, file);
		waitUntil(() -> editor.figures().shows() > 0);
		return editor;
	}

	static void type(StyledText widget, char c) {
		Event key = new Event();
		key.character = c;
		widget.notifyListeners(SWT.KeyDown, key);
	}

	void waitUntil(BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("the workbench did not get there in " + TIMEOUT_MS / 1000 + " s");
			}
			pump(5);
		}
	}

	void pump(long millis) {
		long end = System.currentTimeMillis() + millis;
		do {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			try {
				Thread.sleep(2);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		} while (System.currentTimeMillis() < end);
	}

	/** Closes every editor without saving, then the workbench. */
	void closeWithoutSaving() {
		page.closeAllEditors(false);
		PlatformUI.getWorkbench().close();
	}
}
