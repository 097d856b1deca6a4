package com.maturityworkbench.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;

import com.google.common.base.Predicate;
import com.google.inject.Inject;
import com.maturityworkbench.dsl.conversion.NameSyntax;
import com.maturityworkbench.dsl.maturity.MaturityPackage;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.RevisionNames;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.services.MaturityGrammarAccess;

/**
 * Content assist beyond the default: after {@code subdomain} in a requirement table, the subdomains of the matching
 * domain of its weight tables that no row names yet (names compared as the coverage checks compare them), written as
 * the grammar takes them (quoted when they are no identifier); and each referenced element once, by the name its
 * file uses ({@code 一级}, not also {@code <revision>.一级}).
 */
public class MaturityContentProposalProvider extends IdeContentProposalProvider {
	@Inject
	private MaturityGrammarAccess grammar;

	@Inject
	private RevisionLocator revisions;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getRequirementRowAccess().getNameAssignment_1()) {
			proposeSubdomains(context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	/**
	 * The subdomain names the row {@code editing} (whose name is being written; null for a new row) of the
	 * requirement domain at {@code at} may take: the names no other row uses.
	 */
	public List<String> subdomainNames(EObject at, RequirementRow editing) {
		RequirementDomain domain = at instanceof RequirementDomain d ? d : EcoreUtil2.getContainerOfType(at, RequirementDomain.class);
		RequirementTable table = domain == null ? null : EcoreUtil2.getContainerOfType(domain, RequirementTable.class);
		if (table == null) {
			return List.of();
		}
		Revision revision = revisions.revisionOf(table);
		List<WeightTable> weights = revision.weightTablesFor(table);
		Set<String> used = new HashSet<>();
		for (RequirementTable t : weights.isEmpty() ? List.of(table) : revision.requirementTablesFor(weights.get(0))) {
			t.getDomains().forEach(d -> d.getRows().stream().filter(r -> r != editing).forEach(r -> used.add(SubdomainNames.normalize(r.getName()))));
		}
		String domainName = SubdomainNames.normalize(domain.getName());
		List<WeightDomain> matching = weights.stream().flatMap(w -> w.getDomains().stream())
				.filter(d -> SubdomainNames.normalize(d.getName()).equals(domainName)).toList();
		if (matching.isEmpty()) { // the domain's name drifted, or it is new: every subdomain of the tables
			matching = weights.stream().flatMap(w -> w.getDomains().stream()).toList();
		}
		return matching.stream().flatMap(d -> d.getSubdomains().stream()).map(WeightedSubdomain::getName)
				.filter(n -> n != null && !used.contains(SubdomainNames.normalize(n))).distinct().toList();
	}

	private void proposeSubdomains(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		RequirementRow editing = rowNamedAt(context);
		EObject at = editing != null ? editing : context.getCurrentModel();
		for (String name : subdomainNames(at, editing)) {
			ContentAssistEntry entry = getProposalCreator().createProposal(NameSyntax.quoteIfNeeded(name), context);
			if (entry != null) {
				entry.setKind(ContentAssistEntry.KIND_REFERENCE);
				entry.setLabel(name);
				entry.setDescription(weightOf(at, name));
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 200);
			}
		}
	}

	/**
	 * The row whose name the cursor is in (or just after), as the resource parsed the file: its own name stays on
	 * offer (completing {@code subdomain 组|织建设} proposes 组织建设); null when the cursor starts a new row.
	 */
	private static RequirementRow rowNamedAt(ContentAssistContext context) {
		XtextResource resource = context.getResource();
		if (resource == null || resource.getParseResult() == null) {
			return null;
		}
		int offset = context.getOffset();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), Math.max(0, offset - 1));
		RequirementRow row = leaf == null ? null : EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), RequirementRow.class);
		if (row == null) {
			return null;
		}
		for (INode name : NodeModelUtils.findNodesForFeature(row, MaturityPackage.Literals.REQUIREMENT_ROW__NAME)) {
			if (name.getOffset() <= offset && offset <= name.getEndOffset()) {
				return row;
			}
		}
		return null;
	}

	/** 表1 组织 3%: where the proposed subdomain is weighted. */
	private String weightOf(EObject at, String name) {
		RequirementTable table = EcoreUtil2.getContainerOfType(at, RequirementTable.class);
		for (WeightTable w : revisions.revisionOf(table).weightTablesFor(table)) {
			for (WeightDomain d : w.getDomains()) {
				for (WeightedSubdomain s : d.getSubdomains()) {
					if (name.equals(s.getName())) {
						return w.getName() + " " + d.getName() + " " + s.getWeight();
					}
				}
			}
		}
		return null;
	}

	/** Each element once: not again under its revision's qualified name, which the file's own names make redundant. */
	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> inherited = super.getCrossrefFilter(reference, context);
		Model model = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Model.class);
		String revision = model == null ? null : RevisionNames.revisionName(model);
		return d -> inherited.apply(d) && !(revision != null && d.getName().getSegmentCount() > 1
				&& revision.equals(d.getName().getFirstSegment()));
	}
}
