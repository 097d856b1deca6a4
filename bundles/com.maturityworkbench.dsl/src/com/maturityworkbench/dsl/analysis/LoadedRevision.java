package com.maturityworkbench.dsl.analysis;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.maturityworkbench.dsl.maturity.Model;

/** Revision files parsed into one resource set, so that references across files resolve. */
public record LoadedRevision(XtextResourceSet resourceSet, List<LoadedFile> files) {

	/** One parsed file with its source. */
	public record LoadedFile(SourceText source, XtextResource resource) {
		public Model model() {
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model m) ? null : m;
		}
	}
}
