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
 * Drives the running workbench from its UI thread, for {@code -benchmark}, {@code -screenshots} and the UI tests:
 * opens files, types keys as the widget receives them, waits (processing the display's events, bounded) and closes
 * without saving.
 */
public final class WorkbenchDriver {
	private static final long TIMEOUT_MS = 60_000;

	private final IWorkbenchPage page;
	private final Display display;

	public WorkbenchDriver(IWorkbenchPage page) {
		this.page = page;
		this.display = page.getWorkbenchWindow().getShell().getDisplay();
	}

	public IWorkbenchPage page() {
		return page;
	}

	public Display display() {
		return display;
	}

	/** Opens a file of a revision folder and waits until its editor shows the first check. */
	public MaturityEditor open(Path file) throws CoreException {
		MaturityEditor editor = (MaturityEditor) RevisionFolders.openFile(page, file);
		waitUntil("the first check shown in " + file.getFileName(), () -> editor.figures().shows() > 0);
		return editor;
	}

	public static void type(StyledText widget, char c) {
		Event key = new Event();
		key.character = c;
		widget.notifyListeners(SWT.KeyDown, key);
	}

	public void waitUntil(BooleanSupplier condition) {
		waitUntil("the workbench", condition);
	}

	/** Waits, processing events, until the condition holds; fails after a minute, naming what it waited for. */
	public void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
			}
			pump(5);
		}
	}

	public void pump(long millis) {
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
	public void closeWithoutSaving() {
		page.closeAllEditors(false);
		PlatformUI.getWorkbench().close();
	}
}
