package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.xtext.resource.XtextResource;

import com.maturityworkbench.dsl.maturity.Composite;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Levels;
import com.maturityworkbench.dsl.maturity.Member;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.PartKind;
import com.maturityworkbench.dsl.maturity.Parts;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Scale;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Sectors;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.Status;
import com.maturityworkbench.dsl.maturity.Rules;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WorkedExample;

/** One revision of a standard: the union of the files that belong to it, in file order. Read-only view. */
public final class Revision {
	private final String name;
	private final List<Model> files;
	private final Standard standard;
	private final List<Level> levels = new ArrayList<>();
	private final List<Rating> ratings = new ArrayList<>();
	private final List<Part> parts = new ArrayList<>();
	private final List<Sector> sectors = new ArrayList<>();
	private final List<WeightTable> weightTables = new ArrayList<>();
	private final List<RequirementTable> requirementTables = new ArrayList<>();
	private final List<Tailoring> tailorings = new ArrayList<>();
	private final List<Determination> determinations = new ArrayList<>();
	private final List<Composite> composites = new ArrayList<>();
	private final List<Rules> rules = new ArrayList<>();
	private final List<Interpretation> interpretations = new ArrayList<>();
	private final List<WorkedExample> workedExamples = new ArrayList<>();

	public Revision(String name, List<Model> files) {
		this.name = name;
		this.files = List.copyOf(files);
		Standard head = null;
		for (Model file : files) {
			if (file.getStandard() != null && head == null) {
				head = file.getStandard();
			}
			for (Member m : file.getMembers()) {
				if (m instanceof Levels l) {
					levels.addAll(l.getLevels());
				} else if (m instanceof Scale s) {
					ratings.addAll(s.getRatings());
				} else if (m instanceof Parts p) {
					parts.addAll(p.getParts());
				} else if (m instanceof Sectors s) {
					sectors.addAll(s.getSectors());
				} else if (m instanceof WeightTable t) {
					weightTables.add(t);
				} else if (m instanceof RequirementTable t) {
					requirementTables.add(t);
				} else if (m instanceof Tailoring t) {
					tailorings.add(t);
				} else if (m instanceof Determination d) {
					determinations.add(d);
				} else if (m instanceof Composite c) {
					composites.add(c);
				} else if (m instanceof Rules r) {
					rules.add(r);
				} else if (m instanceof Interpretation i) {
					interpretations.add(i);
				} else if (m instanceof WorkedExample e) {
					workedExamples.add(e);
				}
			}
		}
		this.standard = head;
	}

	public String name() {
		return name;
	}

	/**
	 * Whether every file parsed without a syntax error. A file the parser could not read whole has elements with
	 * values left out (null): what is built from the whole revision (its scoring model) needs every value.
	 */
	public boolean parsedWhole() {
		return files.stream().allMatch(f -> f.eResource() instanceof XtextResource r && r.getParseResult() != null && !r.getParseResult().hasSyntaxErrors());
	}

	public List<Model> files() {
		return files;
	}

	public Standard standard() {
		return standard;
	}

	/**
	 * Whether the revision is binding: at 报批稿 or 发布 (or {@code final}, read as 发布). Its content findings are then
	 * errors; up to 送审稿 (and a revision without a head) they are warnings.
	 */
	public boolean isFinal() {
		return standard != null && isBinding(standard.getStatus());
	}

	public static boolean isBinding(Status status) {
		return status == Status.FINAL || status == Status.APPROVAL || status == Status.PUBLISHED;
	}

	/** The stage as the standardisation procedure names it: 征求意见稿, 送审稿, 报批稿, 发布; draft and final as their aliases. */
	public String stage() {
		if (standard == null) {
			return Status.CONSULTATION.getLiteral();
		}
		return switch (standard.getStatus()) {
		case DRAFT -> Status.CONSULTATION.getLiteral();
		case FINAL -> Status.PUBLISHED.getLiteral();
		default -> standard.getStatus().getLiteral();
		};
	}

	public List<Level> levels() {
		return levels;
	}

	public List<Rating> ratings() {
		return ratings;
	}

	public List<Part> parts() {
		return parts;
	}

	public List<Sector> sectors() {
		return sectors;
	}

	public List<WeightTable> weightTables() {
		return weightTables;
	}

	public List<RequirementTable> requirementTables() {
		return requirementTables;
	}

	public List<Tailoring> tailorings() {
		return tailorings;
	}

	public List<Determination> determinations() {
		return determinations;
	}

	public List<Composite> composites() {
		return composites;
	}

	/** The rules blocks (评分规则): at most one; none keeps the default reading. */
	public List<Rules> rules() {
		return rules;
	}

	/** The declared interpretations (解释与约定), in file order. */
	public List<Interpretation> interpretations() {
		return interpretations;
	}

	/** The worked examples (计算示例), in file order. */
	public List<WorkedExample> workedExamples() {
		return workedExamples;
	}

	public static boolean isCommon(WeightTable t) {
		return t.getSector() == null && t.getPart() != null && !t.getPart().eIsProxy() && t.getPart().getKind() == PartKind.COMMON;
	}

	/** The weight tables of the common part (normally one: 表1). */
	public List<WeightTable> commonWeightTables() {
		return weightTables.stream().filter(Revision::isCommon).toList();
	}

	/** The weight tables of one sector (normally one). */
	public List<WeightTable> weightTablesOf(Sector sector) {
		return weightTables.stream().filter(t -> t.getSector() == sector).toList();
	}

	/** The weight tables a requirement table belongs with: same part and same sector. */
	public List<WeightTable> weightTablesFor(RequirementTable req) {
		return weightTables.stream()
				.filter(t -> t.getPart() == req.getPart() && Objects.equals(t.getSector(), req.getSector())).toList();
	}

	/** The weight tables of the same part and sector as the given one (normally just itself). */
	public List<WeightTable> weightTablesLike(WeightTable weights) {
		return weightTables.stream()
				.filter(t -> t.getPart() == weights.getPart() && Objects.equals(t.getSector(), weights.getSector())).toList();
	}

	/** The requirement tables of a weight table: same part and same sector. */
	public List<RequirementTable> requirementTablesFor(WeightTable weights) {
		return requirementTables.stream()
				.filter(t -> t.getPart() == weights.getPart() && Objects.equals(t.getSector(), weights.getSector())).toList();
	}
}
