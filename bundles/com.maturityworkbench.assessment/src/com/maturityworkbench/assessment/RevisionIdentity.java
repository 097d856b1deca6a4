package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.util.Optional;

import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * Which revision an assessment may be scored against, the one rule of every reader (and so of {@code mwb score} and
 * the generated standalone jar). A revision is its standard (id and code) and its revision label. An assessment names
 * the standard id ({@link MetadataKey#REVISION}, matched when the revision is looked up) and, from layout 4 on, the
 * label ({@link MetadataKey#REVISION_LABEL}), which must be the revision's: an assessment of another revision of the
 * same standard is refused and pointed to {@code mwb migrate}. A file of an earlier layout names only the standard id
 * and is scored against any revision of that standard. A label written in a file of an earlier layout is checked too;
 * a model without label (synthetic models) asks for none.
 */
public final class RevisionIdentity {
	private RevisionIdentity() {
	}

	/**
	 * The problem of scoring an assessment that names {@code label} (null when it names none) in a file of
	 * {@code layout} against {@code model}, if there is one.
	 */
	public static Optional<String> problem(AssessmentRows.Field label, LayoutVersion layout, RevisionModel model) {
		String written = label == null ? "" : label.value().strip();
		if (written.isEmpty()) {
			return layout.atLeast(LayoutVersion.V4) && !model.revisionLabel().isEmpty()
					? Optional.of(M.text("revision-label.missing", layout.number(), MetadataKey.REVISION_LABEL.key(), model.revisionLabel()))
					: Optional.empty();
		}
		if (written.equals(model.revisionLabel())) {
			return Optional.empty();
		}
		return Optional.of(M.text("revision-label.other", model.revisionId(), written, model.revisionLabel()));
	}

	/** Whether an assessment naming {@code label} in a file of {@code layout} may be scored against {@code model}. */
	public static boolean accepts(AssessmentRows.Field label, LayoutVersion layout, RevisionModel model) {
		return problem(label, layout, model).isEmpty();
	}
}
