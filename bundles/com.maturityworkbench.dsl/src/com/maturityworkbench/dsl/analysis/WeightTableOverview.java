package com.maturityworkbench.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.semantics.Weights;

/**
 * The weight tables of a revision (Tables 1-4) as a front end shows them: per table its rows (domain, subdomain,
 * declared weight), the subtotal of each domain, the table's sum and its part's target, and where each of them is
 * written (file, offset and length in the file's text, UTF-16 as editors count). Every number comes from
 * {@link Weights}, as the checker computes it.
 */
public final class WeightTableOverview {
	/** A region of a file's text: the file's absolute path, offset and length in UTF-16 characters. */
	public record Location(String file, int offset, int length) {
		public boolean contains(int at) {
			return at >= offset && at < offset + Math.max(length, 1);
		}

		/** Where an element is written, whole (hidden tokens around it excluded); null when it has no node. */
		public static Location of(EObject object) {
			ICompositeNode node = NodeModelUtils.getNode(object);
			return node == null ? null : new Location(file(object), node.getOffset(), node.getLength());
		}

		/** Where a feature of an element is written (its first node), else the element whole. */
		public static Location of(EObject object, EStructuralFeature feature) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
			if (nodes.isEmpty()) {
				return of(object);
			}
			INode node = nodes.get(0);
			return new Location(file(object), node.getOffset(), node.getLength());
		}

		private static String file(EObject object) {
			return object.eResource() == null || object.eResource().getURI() == null ? null : object.eResource().getURI().toFileString();
		}
	}

	/** One subdomain row: its weight as declared ({@code null} when not a readable percentage), as printed. */
	public record Row(String domain, String subdomain, BigDecimal weight, String printedWeight, Location row, Location weightText) {
	}

	/** One domain of a table: its rows and the sum of their weights. */
	public record Domain(String name, BigDecimal sum, List<Row> rows) {
	}

	/**
	 * One weight table: its id (表1), how messages name it (表1（基础共性）), its title, part and sector, the target of
	 * its part ({@code null} when the part declares none), the sum of its weights, its domains; {@code header} is
	 * where its name is written, {@code whole} the whole table.
	 */
	public record Table(String name, String description, String title, String part, String sector, BigDecimal target,
			BigDecimal sum, List<Domain> domains, Location header, Location whole) {

		/** Whether the sum equals the target exactly (a table whose part has no target meets none). */
		public boolean meetsTarget() {
			return target != null && sum.compareTo(target) == 0;
		}

		public List<Row> rows() {
			return domains.stream().flatMap(d -> d.rows().stream()).toList();
		}
	}

	private WeightTableOverview() {
	}

	/** Every weight table of the revision, in file order. */
	public static List<Table> of(Revision revision) {
		List<Table> tables = new ArrayList<>();
		for (WeightTable t : revision.weightTables()) {
			tables.add(table(t));
		}
		return List.copyOf(tables);
	}

	private static Table table(WeightTable t) {
		List<Domain> domains = new ArrayList<>();
		for (WeightDomain d : t.getDomains()) {
			List<Row> rows = new ArrayList<>();
			for (WeightedSubdomain s : d.getSubdomains()) {
				rows.add(new Row(d.getName(), s.getName(), Weights.percent(s.getWeight()), s.getWeight(), Location.of(s),
						Location.of(s, Literals.WEIGHTED_SUBDOMAIN__WEIGHT)));
			}
			domains.add(new Domain(d.getName(), Weights.sum(d), List.copyOf(rows)));
		}
		Part part = t.getPart();
		boolean knownPart = part != null && !part.eIsProxy();
		Sector sector = t.getSector();
		return new Table(t.getName(), Tables.describe(t), t.getTitle(), knownPart ? part.getName() : null,
				sector != null && !sector.eIsProxy() ? sector.getName() : null, knownPart ? Weights.percent(part.getTarget()) : null,
				Weights.sum(t), List.copyOf(domains), Location.of(t, Literals.WEIGHT_TABLE__NAME), Location.of(t));
	}
}
