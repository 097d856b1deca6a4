package com.maturityworkbench.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import com.maturityworkbench.ui.application.WorkbenchDriver;
import com.maturityworkbench.ui.editor.FindingAnnotation;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.FindingMarkers;

/**
 * The running workbench, driven as a drafter would: a copy of the shipped draft in a temporary folder (the tests
 * edit and save it), editors opened on it, keys typed into the widget, bounded waits that process the display's
 * events.
 */
final class Workbench {
	static final String DRAFT = "dsl-examples/ys-t-digital-maturity-draft";
	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A fresh copy of the shipped draft's revision files. */
	static Path draftCopy() throws IOException {
		Path shipped = Path.of(System.getProperty("mwb.repo.root", "../..")).resolve(DRAFT).toAbsolutePath().normalize();
		Path copy = Files.createTempDirectory("mwb-ui-draft-").resolve("ys-t-digital-maturity-draft");
		Files.createDirectories(copy);
		try (var files = Files.list(shipped)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".maturity")).toList()) {
				Files.copy(f, copy.resolve(f.getFileName()));
			}
		}
		return copy;
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	static WorkbenchDriver driver() {
		return new WorkbenchDriver(page());
	}

	/** Opens a file of a revision folder and waits until its editor shows the first check. */
	static MaturityEditor open(Path file) throws CoreException {
		return driver().open(file);
	}

	/** Waits until the editor shows a check of the text it has now. */
	static void waitForCheck(MaturityEditor editor) {
		waitUntil("a check of the current text of " + editor.path().getFileName(), editor::showsCurrentText);
	}

	static void closeAll() {
		page().closeAllEditors(false);
		driver().pump(50);
	}

	/** Types characters as the widget receives them from the keyboard. */
	static void type(StyledText widget, String text) {
		for (char c : text.toCharArray()) {
			WorkbenchDriver.type(widget, c);
		}
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		driver().waitUntil(what, condition);
	}

	static <T> T waitFor(String what, Supplier<T> value) {
		Object[] found = new Object[1];
		waitUntil(what, () -> (found[0] = value.get()) != null);
		@SuppressWarnings("unchecked")
		T t = (T) found[0];
		return t;
	}

	static List<FindingAnnotation> annotations(MaturityEditor editor, String code) {
		return editor.findingAnnotations().stream().filter(a -> a.code().equals(code)).toList();
	}

	static int offsetOf(MaturityEditor editor, FindingAnnotation a) {
		return editor.annotationModel().getPosition(a).getOffset();
	}

	static IFile workspaceFile(Path file) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		if (files.length == 0) {
			throw new AssertionError(file + " is not in the workspace");
		}
		return files[0];
	}

	static List<IMarker> markers(Path file, String code) {
		try {
			List<IMarker> result = new ArrayList<>();
			for (IMarker m : workspaceFile(file).findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (code.equals(m.getAttribute(FindingMarkers.CODE, ""))) {
					result.add(m);
				}
			}
			return result;
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
