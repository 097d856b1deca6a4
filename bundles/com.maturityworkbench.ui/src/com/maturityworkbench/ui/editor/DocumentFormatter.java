package com.maturityworkbench.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.ide.quickfix.TextChange;

/** The language's formatter on one file's text: the changes that lay it out, none when it does not parse. */
public class DocumentFormatter {
	@Inject
	private RevisionLoader loader;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private IFormatter2 formatter;

	/** The changes that format {@code text} (the file at {@code path}); empty when it has syntax errors. */
	public List<TextChange> changes(Path path, String text) {
		XtextResource resource = loader.load(List.of(new SourceText(path.getFileName().toString(), path.toString(), text)))
				.files().get(0).resource();
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess.get().forNodeModel(resource).create());
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.format(request);
		return replacements.stream().map(r -> new TextChange(r.getOffset(), r.getLength(), r.getReplacementText())).toList();
	}
}
