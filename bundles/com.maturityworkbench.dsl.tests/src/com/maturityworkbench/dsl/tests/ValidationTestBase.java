package com.maturityworkbench.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Validates revision texts the way {@code mwb validate} does: all files parsed into one resource set by
 * {@link RevisionLoader}, checked by {@link RevisionChecker}, so that findings carry file, line and column; no error
 * may be logged meanwhile ({@link LoggedErrors}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MaturityInjectorProvider.class)
public abstract class ValidationTestBase {
	/** Where the test files pretend to live; nothing is read from or written to it. */
	private static final String FOLDER = "/mwb-test/";

	@Inject
	private RevisionLoader loader;

	@Inject
	private RevisionChecker checker;

	/** Chinese, the default, unless a test asks for English (a subclass's @BeforeEach runs after this one). */
	@BeforeEach
	void chineseByDefault() {
		Language.set(Language.ZH);
	}

	/** The revision as one file, {@value RevisionText#SINGLE_FILE}. */
	protected Validated validate(RevisionText revision) {
		return validate(Map.of(RevisionText.SINGLE_FILE, revision.singleFile()));
	}

	/** The revision split into a head file and {@code part of} files. */
	protected Validated validateSplit(RevisionText revision) {
		return validate(revision.files());
	}

	/** Files by name, validated together as one workspace. */
	protected Validated validate(Map<String, String> files) {
		Map<String, String> ordered = new LinkedHashMap<>(files);
		List<SourceText> sources = new ArrayList<>();
		ordered.forEach((name, text) -> sources.add(new SourceText(name, FOLDER + name, text)));
		// a check that throws is logged and the others go on: the findings may look right, the test fails all the same
		try (LoggedErrors errors = LoggedErrors.open()) {
			LoadedRevision loaded = loader.load(sources);
			Validated validated = new Validated(ordered, checker.check(loaded));
			errors.assertNone();
			return validated;
		}
	}
}
