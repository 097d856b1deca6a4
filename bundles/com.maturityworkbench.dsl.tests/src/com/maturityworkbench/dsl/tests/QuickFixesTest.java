package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.tests.ClauseTextQuickFixTest.withText;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.injector;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.load;
import static com.maturityworkbench.dsl.tests.QuickFixHarness.quickFixes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.ide.quickfix.MaturityQuickfixProvider;
import com.maturityworkbench.dsl.ide.quickfix.Resolution;
import com.maturityworkbench.dsl.ide.quickfix.TextChange;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.dsl.validation.IssueCodes;

/** The headless quick fix service: from an Issue or a Finding to the fixes on offer and the fixed text. */
public class QuickFixesTest {
	private static final String FILE = RevisionText.SINGLE_FILE;

	@Test
	public void ideSetupBindsTheQuickFixProviderAndTheCodeActionService() {
		assertInstanceOf(MaturityQuickfixProvider.class, injector().getInstance(IQuickFixProvider.class));
		assertInstanceOf(QuickFixCodeActionService.class, injector().getInstance(ICodeActionService2.class));
	}

	@Test
	public void fixChangesExactlyTheSlipsCharacters() {
		Snapshot s = load(withText("应建立的的制度。"));
		Resolution fix = s.fixes(s.only(IssueCodes.DOUBLED_CHARACTER)).get(0);
		int second = s.text().indexOf("的的制度") + 1;
		assertEquals(List.of(new TextChange(second, 1, "")), fix.changes());
	}

	@Test
	public void issueAndFindingGiveTheSameFixes() {
		Snapshot s = load(withText("应实现实现数据共享。"));
		Finding finding = s.only(IssueCodes.REPEATED_WORD);
		XtextResource resource = s.resource(FILE);
		Issue issue = quickFixes().issueOf(resource, s.text(), finding).orElseThrow();
		List<Issue> all = injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(1, all.size());
		assertEquals(all.get(0).getOffset(), issue.getOffset());
		assertEquals(all.get(0).getCode(), issue.getCode());

		List<String> viaIssue = quickFixes().resolutions(resource, s.text(), issue).stream().map(Resolution::label).toList();
		assertEquals(List.of("删去重复的“实现”"), viaIssue);
		assertEquals(viaIssue, s.labels(finding));
		assertEquals(withText("应实现数据共享。").singleFile(), quickFixes().apply(resource, s.text(), issue, "删去重复的“实现”"));
	}

	@Test
	public void textTheResourceWasNotParsedFromIsRefused() {
		Snapshot s = load(withText("应建立的的制度。"));
		Finding finding = s.only(IssueCodes.DOUBLED_CHARACTER);
		assertThrows(IllegalArgumentException.class,
				() -> quickFixes().resolutions(s.resource(FILE), s.text() + "\n", finding));
	}

	@Test
	public void findingThatIsGoneGetsNoFix() {
		Snapshot before = load(withText("应建立的的制度。"));
		Finding finding = before.only(IssueCodes.DOUBLED_CHARACTER);
		Snapshot after = load(before.fix(finding, "删去多打的“的”"));
		assertTrue(quickFixes().issueOf(after.resource(FILE), after.text(), finding).isEmpty());
		assertEquals(List.of(), quickFixes().resolutions(after.resource(FILE), after.text(), finding));
	}

	@Test
	public void findingWithoutAFixGetsNone() {
		Snapshot s = load(withText("建立制度。"));
		Finding info = s.only(IssueCodes.NO_MODAL_VERB);
		assertEquals(List.of(), s.labels(info));
		assertFalse(quickFixes().handles(IssueCodes.NO_MODAL_VERB));
		assertTrue(quickFixes().handles(IssueCodes.DOUBLED_CHARACTER));
	}

	@Test
	public void fixInASplitRevisionChangesOnlyTheFileOfTheFinding() {
		RevisionText defect = withText("应建立的的制度。");
		Snapshot s = load(defect.files());
		Finding finding = s.only(IssueCodes.DOUBLED_CHARACTER);
		Map<String, String> fixed = s.fix(finding, "删去多打的“的”");
		assertEquals(withText("应建立的制度。").files(), fixed);
		load(fixed).none();
	}

	@Test
	public void windowsLineEndingsKeepTheFixOnItsCharacters() {
		String defect = withText("应建立的的制度。").singleFile().replace("\n", "\r\n");
		Snapshot s = load(Map.of(FILE, defect));
		Map<String, String> fixed = s.fix(s.only(IssueCodes.DOUBLED_CHARACTER), "删去多打的“的”");
		assertEquals(withText("应建立的制度。").singleFile().replace("\n", "\r\n"), fixed.get(FILE));
	}

	@Test
	public void dataSentBackByALanguageClientAsJsonIsReadToo() {
		Snapshot s = load(withText("应建立制度 and 规范。"));
		XtextResource resource = s.resource(FILE);
		Issue issue = quickFixes().issueOf(resource, s.text(), s.only(IssueCodes.LATIN_WORD)).orElseThrow();
		Document document = new Document(1, s.text());
		Diagnostic diagnostic = new Diagnostic(new org.eclipse.lsp4j.Range(document.getPosition(issue.getOffset()),
				document.getPosition(issue.getOffset() + issue.getLength())), issue.getMessage(), DiagnosticSeverity.Warning,
				"mwb", issue.getCode());
		JsonArray data = new JsonArray();
		for (String d : issue.getData()) {
			data.add(d);
		}
		diagnostic.setData(data);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setResource(resource);
		options.setDocument(document);
		List<DiagnosticResolution> offered = injector().getInstance(IQuickFixProvider.class).getResolutions(options, diagnostic);
		assertEquals(List.of("将“and”改为“和”"), offered.stream().map(DiagnosticResolution::getLabel).toList());
	}
}
