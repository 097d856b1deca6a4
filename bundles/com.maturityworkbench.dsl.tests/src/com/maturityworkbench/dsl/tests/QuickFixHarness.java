package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.ide.MaturityIdeSetup;
import com.maturityworkbench.dsl.ide.quickfix.QuickFixes;
import com.maturityworkbench.dsl.ide.quickfix.Resolution;

/**
 * Revision texts loaded with the injector of {@link MaturityIdeSetup} (runtime and ide bindings, as the editor
 * has them), validated as {@code mwb validate} does, and fixed through {@link QuickFixes}.
 */
final class QuickFixHarness {
	private static final String FOLDER = "/mwb-quickfix-test/";
	private static Injector injector;

	private QuickFixHarness() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new MaturityIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Files by name, parsed into one resource set and validated. */
	static Snapshot load(Map<String, String> files) {
		return load(files, FOLDER);
	}

	static Snapshot load(Map<String, String> files, String folder) {
		// other test classes restore the global EMF registries after each test: register the language again
		new MaturityIdeSetup().register(injector());
		Map<String, String> ordered = new LinkedHashMap<>(files);
		List<SourceText> sources = new ArrayList<>();
		ordered.forEach((name, text) -> sources.add(new SourceText(name, folder + name, text)));
		LoadedRevision loaded = injector().getInstance(RevisionLoader.class).load(sources);
		return new Snapshot(ordered, loaded, injector().getInstance(RevisionChecker.class).check(loaded));
	}

	static Snapshot load(RevisionText revision) {
		return load(Map.of(RevisionText.SINGLE_FILE, revision.singleFile()));
	}

	/**
	 * The single-file revision {@code defect} has exactly one finding, of {@code code}; the one fix offered for it is
	 * {@code label}, and it turns the file into {@code expected} exactly, which then has no finding at all (so the
	 * fix left nothing new behind either).
	 */
	static void assertFix(String defect, String code, String label, String expected) {
		Snapshot before = load(Map.of(RevisionText.SINGLE_FILE, defect));
		Finding finding = before.only(code);
		Map<String, String> fixed = before.fix(finding, label);
		assertEquals(expected, fixed.get(RevisionText.SINGLE_FILE));
		load(fixed).none();
	}

	static void assertFix(RevisionText defect, String code, String label, RevisionText expected) {
		assertFix(defect.singleFile(), code, label, expected.singleFile());
	}

	static QuickFixes quickFixes() {
		return injector().getInstance(QuickFixes.class);
	}

	/** One validated state of a revision. */
	static final class Snapshot {
		private final Map<String, String> files;
		private final LoadedRevision loaded;
		private final List<Finding> findings;

		Snapshot(Map<String, String> files, LoadedRevision loaded, List<Finding> findings) {
			this.files = files;
			this.loaded = loaded;
			this.findings = findings;
		}

		Map<String, String> files() {
			return files;
		}

		List<Finding> findings() {
			return findings;
		}

		String text(String file) {
			return files.get(file);
		}

		/** The only file's text. */
		String text() {
			assertEquals(1, files.size(), "several files");
			return files.values().iterator().next();
		}

		XtextResource resource(String file) {
			for (LoadedRevision.LoadedFile f : loaded.files()) {
				if (f.source().label().equals(file)) {
					return f.resource();
				}
			}
			throw new IllegalArgumentException("no file " + file);
		}

		List<Finding> withCode(String code) {
			return findings.stream().filter(f -> f.code().equals(code)).toList();
		}

		/** The one finding with the code; fails when there is none or more. */
		Finding single(String code) {
			List<Finding> matching = withCode(code);
			if (matching.size() != 1) {
				fail("expected one " + code + ", got " + matching.size() + ":\n" + Validated.describe(findings));
			}
			return matching.get(0);
		}

		/** Asserts that the findings are exactly one, with this code. */
		Finding only(String code) {
			Finding f = single(code);
			assertEquals(List.of(f), findings, () -> "expected only " + code + ":\n" + Validated.describe(findings));
			return f;
		}

		void none() {
			assertEquals(List.of(), findings, () -> "expected no findings, got:\n" + Validated.describe(findings));
		}

		/** The fixes offered for a finding. */
		List<Resolution> fixes(Finding finding) {
			return quickFixes().resolutions(resource(finding.file()), text(finding.file()), finding);
		}

		/** The labels of the fixes offered for a finding. */
		List<String> labels(Finding finding) {
			return fixes(finding).stream().map(Resolution::label).toList();
		}

		/** The files with the fix labelled {@code label} made; fails unless exactly that one fix is offered. */
		Map<String, String> fix(Finding finding, String label) {
			List<Resolution> fixes = fixes(finding);
			assertEquals(List.of(label), fixes.stream().map(Resolution::label).toList(), () -> "fixes for " + finding.toLine());
			return with(finding.file(), fixes.get(0).apply());
		}

		/** The files with one file's text replaced. */
		Map<String, String> with(String file, String text) {
			Map<String, String> changed = new LinkedHashMap<>(files);
			changed.put(file, text);
			return changed;
		}

		/** How many findings there are of each code. */
		Map<String, Integer> countsByCode() {
			Map<String, Integer> counts = new TreeMap<>();
			for (Finding f : findings) {
				counts.merge(f.code(), 1, Integer::sum);
			}
			return counts;
		}
	}
}
