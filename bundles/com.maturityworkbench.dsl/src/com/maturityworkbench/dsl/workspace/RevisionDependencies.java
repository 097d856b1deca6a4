package com.maturityworkbench.dsl.workspace;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Tells Xtext's builder (the language server's) that every file of a revision depends on all the others, as
 * {@link RevisionWorkspaceService} checks them: requirement rows match weights by name, not by reference, so a weight
 * edited in {@code weights.maturity} changes the findings of the table files without changing anything they
 * reference. A file is affected by any change, even one that exports the same names, to a file of its revision. The
 * revision of a file is the first segment of the names it exports (every exported name is prefixed by its revision,
 * {@code MaturityQualifiedNameProvider}); a file that exports nothing belongs with the files of its folder.
 */
public class RevisionDependencies extends DefaultResourceDescriptionManager implements IResourceDescription.Manager.AllChangeAware {

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		for (IResourceDescription.Delta delta : deltas) {
			if (!delta.getUri().equals(candidate.getURI()) && sameRevision(candidate, delta)) {
				return true;
			}
		}
		return isAffected(deltas.stream().filter(IResourceDescription.Delta::haveEObjectDescriptionsChanged).toList(), candidate, context);
	}

	private static boolean sameRevision(IResourceDescription candidate, IResourceDescription.Delta delta) {
		Set<String> revisions = revisions(candidate);
		for (IResourceDescription other : new IResourceDescription[] { delta.getOld(), delta.getNew() }) {
			if (other == null) {
				continue;
			}
			Set<String> theirs = revisions(other);
			if (revisions.isEmpty() || theirs.isEmpty() ? sameFolder(candidate.getURI(), other.getURI()) : theirs.stream().anyMatch(revisions::contains)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> revisions(IResourceDescription description) {
		Set<String> revisions = new HashSet<>();
		for (IEObjectDescription exported : description.getExportedObjects()) {
			if (exported.getName() != null && exported.getName().getSegmentCount() > 0) {
				revisions.add(exported.getName().getFirstSegment());
			}
		}
		return revisions;
	}

	private static boolean sameFolder(URI a, URI b) {
		return a.trimSegments(1).equals(b.trimSegments(1));
	}
}
