package com.maturityworkbench.dsl.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses revision files (already decoded text) into one resource set. */
public class RevisionLoader {
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	public LoadedRevision load(List<SourceText> sources) {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<LoadedRevision.LoadedFile> files = new ArrayList<>();
		for (SourceText source : sources) {
			URI uri = URI.createFileURI(source.absolutePath());
			XtextResource resource = (XtextResource) set.createResource(uri);
			try {
				resource.load(new LazyStringInputStream(source.text(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new IllegalStateException("cannot parse " + source.label() + ": " + e.getMessage(), e);
			}
			files.add(new LoadedRevision.LoadedFile(source, resource));
		}
		return new LoadedRevision(set, files);
	}
}
