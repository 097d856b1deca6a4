package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;

import com.maturityworkbench.dsl.maturity.Model;

/** Finds the revision an element belongs to among the files loaded beside it, in file order (the standard's file first). */
public class RevisionLocator {

	public Revision revisionOf(EObject obj) {
		Model model = obj instanceof Model m ? m : EcoreUtil2.getContainerOfType(obj, Model.class);
		if (model == null) {
			return new Revision(null, List.of());
		}
		String name = RevisionNames.revisionName(model);
		List<Model> files = new ArrayList<>();
		Resource own = model.eResource();
		ResourceSet set = own == null ? null : own.getResourceSet();
		if (set == null || name == null) {
			files.add(model);
		} else {
			for (Resource r : new ArrayList<>(set.getResources())) {
				if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Model m
						&& name.equals(RevisionNames.revisionName(m))) {
					if (m.getStandard() != null) {
						files.add(0, m);
					} else {
						files.add(m);
					}
				}
			}
			if (!files.contains(model)) {
				files.add(model);
			}
			// the order of the files, not of their loading: the standard's file first, then by name (without the
			// extension: common before common-more). A language server loads files in any order; findings that name
			// the earlier of two tables must not depend on it.
			files.sort(Comparator.comparing((Model m) -> m.getStandard() == null).thenComparing(m -> String.valueOf(m.eResource().getURI().trimFileExtension())));
		}
		return new Revision(name, files);
	}
}
