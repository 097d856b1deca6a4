package com.maturityworkbench.dsl.ide.navigation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.Coverage;
import com.maturityworkbench.dsl.semantics.RevisionLocator;

/**
 * Go to definition: what the text at an offset refers to, and where that is written. A reference (a level, a part,
 * a sector, a tailored subdomain, a band's level) leads to the element it names; a requirement row's subdomain name
 * leads to the weight row it scores, matched by name as the coverage checks match rows and weights ({@link Coverage}:
 * drafting notes and white space ignored; a name that drifted leads to the weight row it probably means). Across the
 * files of the revision, which are loaded into one resource set.
 */
public class Definitions {
	/** Where a definition is written: its file (absolute path) and the region of its name there. */
	public record Location(String path, int offset, int length) {
	}

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private ILocationInFileProvider locations;

	@Inject
	private RevisionLocator revisions;

	/** The element the text at {@code offset} refers to; empty when there is none. */
	public Optional<EObject> definitionAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		EObject referenced = elements.resolveCrossReferencedElementAt(resource, offset);
		if (referenced != null) {
			return referenced.eIsProxy() ? Optional.empty() : Optional.of(referenced);
		}
		EObject contained = elements.resolveContainedElementAt(resource, offset);
		if (contained instanceof RequirementRow row && isOnName(row, offset)) {
			RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
			Coverage coverage = table == null ? null : Coverage.of(revisions.revisionOf(row), table);
			return Optional.ofNullable(coverage == null ? null : coverage.weightRowOf(row));
		}
		return Optional.empty();
	}

	/** Where the definition at {@code offset} is written; empty when there is none or it is in no file. */
	public Optional<Location> locationAt(XtextResource resource, int offset) {
		return definitionAt(resource, offset).flatMap(this::locationOf);
	}

	/** Where an element's name is written. */
	public Optional<Location> locationOf(EObject element) {
		if (element.eResource() == null || !element.eResource().getURI().isFile()) {
			return Optional.empty();
		}
		ITextRegion region = locations.getSignificantTextRegion(element);
		if (region == null) {
			return Optional.empty();
		}
		return Optional.of(new Location(element.eResource().getURI().toFileString(), region.getOffset(), region.getLength()));
	}

	private static boolean isOnName(RequirementRow row, int offset) {
		for (INode node : NodeModelUtils.findNodesForFeature(row, Literals.REQUIREMENT_ROW__NAME)) {
			if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
				return true;
			}
		}
		return false;
	}
}
