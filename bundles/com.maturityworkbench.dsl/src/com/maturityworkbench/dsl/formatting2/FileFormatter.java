package com.maturityworkbench.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;

/**
 * The one way to format a revision file's text (for the command line, the workbench, the language server and the
 * fuzzer): the house layout of {@link MaturityFormatter} when the file parses; the text as it is when it has syntax
 * errors. A file with syntax errors is never formatted: its node model holds the parser's recovery, on which Xtext's
 * region access and the formatter's rules are not defined (they threw {@code IndexOutOfBoundsException} and
 * "No ITextReplacer configured" there, and were not idempotent). So formatting never throws on any text, and
 * {@code format(format(x)) = format(x)}.
 */
public class FileFormatter {
	/** The formatted text, and whether the file was left as it is because it does not parse. */
	public record Formatted(String text, List<ITextReplacement> replacements, boolean syntaxErrors) {
		public boolean changed(String original) {
			return !text.equals(original);
		}
	}

	@Inject
	private RevisionLoader loader;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private IFormatter2 formatter;

	/**
	 * Formats {@code text} (reported as the file {@code label} at {@code absolutePath}). A CR alone ends a line as LF
	 * does and becomes one (the revision resource reads it so: the same length, offsets stay as they are); the
	 * formatter lays out with LF.
	 */
	public Formatted format(String label, String absolutePath, String text) {
		return format(loader.load(List.of(new SourceText(label, absolutePath, text))).files().get(0).resource(), text);
	}

	/**
	 * Formats a parsed file whose text is {@code text}; one with syntax errors is left exactly as it is (not even its
	 * line ends changed).
	 */
	public Formatted format(XtextResource resource, String text) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return new Formatted(text, List.of(), true);
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.format(request);
		return new Formatted(access.getRewriter().renderToString(replacements), List.copyOf(replacements), false);
	}
}
