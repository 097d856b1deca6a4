package com.maturityworkbench.ui.generate;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;

/**
 * 生成 (menu 修订 and the toolbar): generates the current revision (that of the active revision editor, with the
 * unsaved texts of its open files) into a folder the drafter chooses (by default {@code generated/<folder>} in the
 * workspace), in a progress dialog that shows the generator's steps; says in a dialog why when nothing could be
 * generated, else opens the generated HTML documentation.
 */
public class GenerateHandler extends AbstractHandler {
	public static final String COMMAND = "com.maturityworkbench.ui.generate";

	/** The output folder chosen last for each revision folder, in this session of the workbench. */
	private static final Map<Path, Path> CHOSEN = new HashMap<>();

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		IWorkbenchPage page = window.getActivePage();
		Optional<Path> folder = currentFolder(page);
		if (folder.isEmpty()) {
			MessageDialog.openInformation(shell, UiTexts.text("generate.title"), UiTexts.text("generate.no-revision"));
			return null;
		}
		Path out = chooseOutput(shell, folder.get());
		if (out == null) {
			return null;
		}
		RevisionGeneration generation;
		try {
			generation = generate(shell, page, folder.get(), out);
		} catch (InvocationTargetException | InterruptedException e) {
			throw new ExecutionException(UiTexts.text("generate.failed", e.getMessage()), e);
		}
		if (generation.failure() != null) {
			MessageDialog.openError(shell, UiTexts.text("generate.title"), generation.failure());
			return null;
		}
		RevisionGeneration.Result result = generation.result();
		if (result.documentation().isEmpty() || !GeneratedDocumentation.open(result.documentation().get())) {
			MessageDialog.openInformation(shell, UiTexts.text("generate.title"),
					UiTexts.text("generate.done", result.written().size(), result.out()));
		}
		return null;
	}

	/** Runs the generation in a progress dialog (forked, not cancellable: the output is written atomically). */
	public static RevisionGeneration generate(Shell shell, IWorkbenchPage page, Path folder, Path out)
			throws InvocationTargetException, InterruptedException {
		RevisionGeneration generation = new RevisionGeneration(folder, unsavedTexts(page, folder), out);
		new ProgressMonitorDialog(shell).run(true, false, generation);
		return generation;
	}

	/** The folder of the active revision editor (else of any open one). */
	public static Optional<Path> currentFolder(IWorkbenchPage page) {
		if (page == null) {
			return Optional.empty();
		}
		if (page.getActiveEditor() instanceof MaturityEditor editor && editor.path() != null) {
			return Optional.of(editor.path().getParent());
		}
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof MaturityEditor editor && editor.path() != null) {
				return Optional.of(editor.path().getParent());
			}
		}
		return Optional.empty();
	}

	/** The texts of the open editors of the folder's files, by path. */
	public static Map<Path, String> unsavedTexts(IWorkbenchPage page, Path folder) {
		Map<Path, String> texts = new HashMap<>();
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof MaturityEditor editor && editor.path() != null && editor.path().getParent().equals(folder)) {
				texts.put(editor.path(), editor.document().get());
			}
		}
		return texts;
	}

	/** {@code generated/<folder name>} in the workspace's folder. */
	public static Path defaultOutput(Path folder) {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().resolve("generated").resolve(folder.getFileName().toString());
	}

	private static Path chooseOutput(Shell shell, Path folder) {
		Path proposed = CHOSEN.getOrDefault(folder, defaultOutput(folder));
		try {
			Files.createDirectories(proposed);
		} catch (IOException e) {
			proposed = proposed.getParent();
		}
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(UiTexts.text("generate.title"));
		dialog.setMessage(UiTexts.text("generate.choose-folder", folder.getFileName()));
		dialog.setFilterPath(proposed.toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path out = Path.of(chosen).toAbsolutePath().normalize();
		CHOSEN.put(folder, out);
		return out;
	}
}
