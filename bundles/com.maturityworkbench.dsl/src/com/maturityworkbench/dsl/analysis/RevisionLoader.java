package com.maturityworkbench.dsl.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses revision files (already decoded text) into one resource set. */
public class RevisionLoader {
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resources;

	public LoadedRevision load(List<SourceText> sources) {
		XtextResourceSet set = newResourceSet();
		List<LoadedRevision.LoadedFile> files = new ArrayList<>();
		for (SourceText source : sources) {
			files.add(parse(set, source));
		}
		return new LoadedRevision(set, files);
	}

	/** An empty resource set for files that are parsed together (their references resolve among them). */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		return set;
	}

	/**
	 * Parses one file into {@code set}. The resource is made by this language's factory whatever the file is
	 * called (the set's registry knows only the {@code .maturity} extension and would make none for another name).
	 */
	public LoadedRevision.LoadedFile parse(XtextResourceSet set, SourceText source) {
		XtextResource resource = (XtextResource) resources.createResource(URI.createFileURI(source.absolutePath()));
		set.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(source.text(), "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + source.label() + ": " + e.getMessage(), e);
		}
		return new LoadedRevision.LoadedFile(source, resource);
	}
}
