package com.maturityworkbench.ui.views.weights;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.ide.quickfix.TextChange;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.RevisionLocations;

/**
 * A weight typed into the view, written into the revision's text: the file's editor (opened when needed) replaces
 * the weight as one undo step. The checker then re-checks the revision, and the view shows the new sums.
 */
final class WeightEdit {
	/** A percentage as the language writes it ({@code PERCENT}): digits, an optional fraction; the % may be left out. */
	private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*[%％]?");

	private WeightEdit() {
	}

	/** {@code 4}, {@code 4%}, {@code 2.5 ％} as the text of a weight ({@code 4%}, {@code 2.5%}); empty when not a percentage. */
	static Optional<String> percent(String typed) {
		var m = PERCENT.matcher(typed == null ? "" : typed.strip());
		return m.matches() ? Optional.of(m.group(1) + "%") : Optional.empty();
	}

	/**
	 * Writes {@code typed} as the weight at {@code weight} of the snapshot. Returns the editor changed, or the reason
	 * why nothing was changed (in the current language).
	 */
	static Result apply(IWorkbenchPage page, RevisionSnapshot snapshot, Location weight, String typed) {
		Optional<String> text = percent(typed);
		if (text.isEmpty()) {
			return Result.refused(UiTexts.text("weights.edit.invalid", typed));
		}
		Path file = Path.of(weight.file()).toAbsolutePath().normalize();
		String checked = snapshot.file(file).map(RevisionSnapshot.SnapshotFile::text).orElse(null);
		MaturityEditor editor;
		try {
			editor = RevisionLocations.open(page, file, false);
		} catch (CoreException | ClassCastException e) {
			return Result.refused(UiTexts.text("weights.edit.failed", file.getFileName(), e.getMessage()));
		}
		if (checked == null || !checked.equals(editor.document().get())) {
			return Result.refused(UiTexts.text("weights.edit.stale", file.getFileName()));
		}
		if (!text.get().equals(checked.substring(weight.offset(), weight.offset() + weight.length()))) {
			editor.applyChanges(List.of(new TextChange(weight.offset(), weight.length(), text.get())));
		}
		editor.selectAndReveal(weight.offset(), text.get().length());
		return new Result(editor, null);
	}

	/** The editor changed, or why nothing was. */
	record Result(MaturityEditor editor, String refusal) {
		static Result refused(String why) {
			return new Result(null, why);
		}
	}
}
