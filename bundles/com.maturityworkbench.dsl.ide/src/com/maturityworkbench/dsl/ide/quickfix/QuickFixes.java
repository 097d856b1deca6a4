package com.maturityworkbench.dsl.ide.quickfix;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.Finding;

/**
 * Quick fixes without an editor or a language server: for a finding in a parsed file, the fixes on offer and the
 * file's text with one of them made. The editor's quick assist and the tests both use this; the fixes themselves
 * are the {@link IQuickFixProvider}'s ({@link MaturityQuickfixProvider}), reached the way a language server would:
 * the {@link Issue} becomes an lsp4j {@link Diagnostic} carrying the issue's data, the resolution yields a
 * {@code WorkspaceEdit}, and its edits are read back as {@link TextChange}s.
 */
public class QuickFixes {
	@Inject
	private IQuickFixProvider provider;

	@Inject
	private IResourceValidator validator;

	/** True when some fix may be offered for findings with this code (whether one is depends on the finding). */
	public boolean handles(String code) {
		Diagnostic probe = new Diagnostic();
		probe.setCode(code);
		probe.setMessage("");
		probe.setSeverity(org.eclipse.lsp4j.DiagnosticSeverity.Warning);
		return code != null && provider.handlesDiagnostic(probe);
	}

	/**
	 * The fixes offered for an issue of {@code resource}, whose document is {@code text}: the text the resource was
	 * parsed from (checked, so that no fix lands on a stale snapshot).
	 */
	public List<Resolution> resolutions(XtextResource resource, String text, Issue issue) {
		requireSnapshot(resource, text);
		Document document = new Document(1, text);
		Diagnostic diagnostic = IssueDiagnostics.toDiagnostic(issue, document);
		if (!provider.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		String uri = resource.getURI().toString();
		Options options = new Options();
		options.setResource(resource);
		options.setDocument(document);
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new InProcessLanguageServerAccess(resource.getResourceSet()));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return provider.getResolutions(options, diagnostic).stream().map(r -> new Resolution(r, document, uri)).toList();
	}

	/** The fixes offered for a finding as {@code mwb validate} reports it, found again among the resource's issues. */
	public List<Resolution> resolutions(XtextResource resource, String text, Finding finding) {
		return issueOf(resource, text, finding).map(issue -> resolutions(resource, text, issue)).orElse(List.of());
	}

	/** The fix with this label made to {@code text}; fails when no such fix is offered. */
	public String apply(XtextResource resource, String text, Issue issue, String label) {
		return resolutions(resource, text, issue).stream().filter(r -> r.label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no quick fix “" + label + "” for " + issue)).apply();
	}

	/**
	 * The issue of {@code resource} that a finding reports: same code, line, column (in characters) and message.
	 * Empty when the resource no longer has it.
	 */
	public Optional<Issue> issueOf(XtextResource resource, String text, Finding finding) {
		requireSnapshot(resource, text);
		int[] lineStarts = lineStarts(text);
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			if (finding.code().equals(issue.getCode()) && sameMessage(finding, issue) && isAt(text, lineStarts, issue, finding)) {
				return Optional.of(issue);
			}
		}
		return Optional.empty();
	}

	private static boolean sameMessage(Finding finding, Issue issue) {
		String message = issue.getMessage() == null ? "" : issue.getMessage().replace('\n', ' ').replace('\r', ' ');
		return finding.message().equals(message);
	}

	private static boolean isAt(String text, int[] lineStarts, Issue issue, Finding finding) {
		int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), text.length()));
		int index = Arrays.binarySearch(lineStarts, offset);
		int line = index >= 0 ? index : -index - 2;
		return line + 1 == finding.line() && text.codePointCount(lineStarts[line], offset) + 1 == finding.column();
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	private static void requireSnapshot(XtextResource resource, String text) {
		if (resource.getParseResult() == null || !text.equals(resource.getParseResult().getRootNode().getText())) {
			throw new IllegalArgumentException(resource.getURI() + " was not parsed from this text");
		}
	}
}
