package com.maturityworkbench.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.NoteKind;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.PartKind;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Coverage;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * What every generated artifact shows about one revision, built once from the revision's EMF model, its scoring
 * description and its validation findings. Plain immutable records: the templates read this and nothing else.
 *
 * @param stamp standard code, revision id and status, written into every generated file
 * @param findings the revision's validation findings (warnings and info; errors refuse generation), file names only
 * @param interpretations the open points of the scoring text with their rules and declared interpretations (解释与约定)
 * @param anchors where a finding points in the documentation: "file:line" to the anchor of the innermost clause, row
 *        or table on that line (see {@link #anchorOf})
 */
public record GenerationModel(Stamp stamp, String title, String titleEn, String committee, String revisionLabel, String date,
		List<LevelView> levels, List<RatingView> scale, List<PartView> parts, List<SectorView> sectors, List<WeightTableView> weightTables,
		List<RequirementTableView> requirementTables, boolean tailoringDeclared, boolean determinationDeclared, boolean compositeDeclared,
		RevisionModel scoring, List<Finding> findings, List<InterpretationView> interpretations, List<ExampleView> examples,
		Map<String, String> anchors) {

	/** The anchor of the clause, requirement row or table a finding is on ({@code c-表5.组织建设.一级.2}, {@code 表5.组织建设}, {@code 表5}), or null. */
	public String anchorOf(Finding f) {
		return anchors.get(f.file() + ":" + f.line());
	}

	/** The anchor of a clause in the documentation. */
	public static String clauseAnchor(String clauseId) {
		return "c-" + clauseId;
	}

	/**
	 * What identifies the revision in every generated file: standard code, standard id ({@code revisionId}), revision
	 * label (the head file's {@code revision "…"}, empty when none) and status.
	 */
	public record Stamp(String standardCode, String revisionId, String revisionLabel, String status) {
		public Stamp {
			revisionLabel = revisionLabel == null ? "" : revisionLabel;
		}

		/** A stamp without revision label. */
		public Stamp(String standardCode, String revisionId, String status) {
			this(standardCode, revisionId, "", status);
		}

		public boolean isFinal() {
			return "final".equals(status);
		}

		/** "YS/T XXXXX—XXXX · nonferrous_dt_maturity · 征求意见稿 · draft" (the label left out when there is none) */
		public String line() {
			return standardCode + " · " + revisionId + (revisionLabel.isEmpty() ? "" : " · " + revisionLabel) + " · " + status;
		}
	}

	public record LevelView(int number, String name, String description) {
	}

	public record RatingView(String name, Rational value) {
	}

	/** @param kind "common" or "sector" */
	public record PartView(String name, String kind, String target, BigDecimal targetPercent) {
	}

	/**
	 * One sector and its effective model (common table + the sector's table, nothing tailored).
	 *
	 * @param code the ASCII code declared in {@code sectors} (e.g. smelting)
	 * @param fileBase the file name of its templates, without extension (the code when portable)
	 * @param javaPrefix type-name prefix of its generated tables class (e.g. Smelting), unique in the revision
	 * @param rows one template row per clause the assessor rates, in the rating order of the scoring runtime
	 * @param requirementTables ids of the requirement tables the rows come from, in order (e.g. 表5, 表7)
	 */
	public record SectorView(String name, String code, String fileBase, String javaPrefix, List<TemplateRow> rows,
			List<String> requirementTables, int subdomains) {
	}

	/**
	 * One clause to rate: a row of the CSV and XLSX templates.
	 *
	 * @param continuations the paragraphs that continue the clause (part of what is rated)
	 * @param leadIn the lead-in of the clause's cell, or null (context, never rated)
	 * @param cellNotes the notes and examples of the clause's cell (context)
	 * @param notes the clause's own notes and examples (context)
	 */
	public record TemplateRow(String clauseId, String table, String domain, String subdomain, String subdomainId, String level, String label,
			String topic, String text, List<String> continuations, String leadIn, List<NoteView> cellNotes, List<NoteView> notes) {
		public TemplateRow {
			continuations = List.copyOf(continuations);
			cellNotes = List.copyOf(cellNotes);
			notes = List.copyOf(notes);
		}

		/** The clause as printed: "组织结构。应……" when it has a topic. */
		public String printedText() {
			return topic == null ? text : topic + "。" + text;
		}
	}

	/** A weight table (表1-表4). */
	public record WeightTableView(String id, String title, String part, String sector, List<WeightDomainView> domains, BigDecimal sumPercent,
			BigDecimal targetPercent) {
	}

	public record WeightDomainView(String name, List<WeightedView> subdomains, BigDecimal sumPercent) {
	}

	/** @param rowId the requirement row that gives its clauses (e.g. 表5.组织建设), null when there is none */
	public record WeightedView(String id, String name, String weight, BigDecimal percent, String rowId) {
	}

	/** A requirement table (表5-表8). */
	public record RequirementTableView(String id, String title, String part, String sector, List<RequirementDomainView> domains) {
		public int clauseCount() {
			return domains.stream().flatMap(d -> d.rows().stream()).flatMap(r -> r.cells().stream()).mapToInt(c -> c.clauses().size()).sum();
		}

		/** Whether any cell has a lead-in, a note or a clause with continuations or notes. */
		public boolean hasContext() {
			return domains.stream().flatMap(d -> d.rows().stream()).flatMap(r -> r.cells().stream())
					.anyMatch(c -> c.leadIn() != null || !c.notes().isEmpty()
							|| c.clauses().stream().anyMatch(cl -> !cl.continuations().isEmpty() || !cl.notes().isEmpty()));
		}
	}

	public record RequirementDomainView(String name, List<RowView> rows) {
	}

	/**
	 * A requirement row as printed.
	 *
	 * @param id table id and name without drafting notes (表5.组织建设)
	 * @param note a drafting note left in the printed name, or null
	 * @param subdomainId the weighted subdomain it scores, null when the row has no weight (not scored)
	 * @param driftSubdomainId for a row without weight: the weighted subdomain it probably means (name drift), or null
	 * @param cells one per level, in level order
	 */
	public record RowView(String id, String printedName, String note, String subdomainId, String driftSubdomainId, List<CellView> cells) {
		public boolean scored() {
			return subdomainId != null;
		}
	}

	/**
	 * @param markedEmpty the revision marks the cell empty, with {@code reason}
	 * @param listed false when the row has no cell for the level at all
	 * @param leadIn the cell's lead-in (导语, printed before its first clause), or null
	 * @param notes notes and examples of the whole cell, printed after its clauses
	 */
	public record CellView(String level, boolean listed, boolean markedEmpty, String reason, String leadIn, List<NoteView> notes,
			List<ClauseView> clauses) {
		public CellView {
			notes = List.copyOf(notes);
			clauses = List.copyOf(clauses);
		}

		public boolean isEmpty() {
			return clauses.isEmpty();
		}
	}

	/**
	 * A rated clause.
	 *
	 * @param text its first paragraph
	 * @param continuations the paragraphs that continue it: part of the clause, rated with it
	 * @param notes its own notes and examples (context, never rated)
	 */
	public record ClauseView(String id, String label, String topic, String text, List<String> continuations, List<NoteView> notes) {
		public ClauseView {
			continuations = List.copyOf(continuations);
			notes = List.copyOf(notes);
		}

		public String printedText() {
			return topic == null ? text : topic + "。" + text;
		}
	}

	/**
	 * A note or an example as the revision writes it (its text carries its own marker, 注： or …示例：).
	 *
	 * @param kind "note" or "example", as the language's keywords
	 */
	public record NoteView(String kind, String text) {
		public boolean isExample() {
			return "example".equals(kind);
		}
	}

	public GenerationModel {
		levels = List.copyOf(levels);
		scale = List.copyOf(scale);
		parts = List.copyOf(parts);
		sectors = List.copyOf(sectors);
		weightTables = List.copyOf(weightTables);
		requirementTables = List.copyOf(requirementTables);
		findings = List.copyOf(findings);
	}

	/** The Java package of the generated scoring code. */
	public String javaPackage() {
		return Names.javaPackage(stamp.revisionId());
	}

	/** Base name of the per-revision files (docs, jar): the revision id when portable. */
	public String fileBase() {
		return Names.fileName(stamp.revisionId(), "revision");
	}

	/** The runnable scoring jar: runtime, assessment library and the generated classes. */
	public String jarName() {
		return fileBase() + "-scoring.jar";
	}

	/** The generated classes alone, for a platform that uses the runtime and the assessment library from Maven. */
	public String modelJarName() {
		return fileBase() + "-model.jar";
	}

	public long warningCount() {
		return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
	}

	public long infoCount() {
		return findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
	}

	/** Number of clauses in the requirement tables (Tables 5-8). */
	public int clauseCount() {
		return requirementTables.stream().mapToInt(RequirementTableView::clauseCount).sum();
	}

	/**
	 * Builds the view of {@code revision}; {@code scoring} must be {@link ScoringModelBuilder#build(Revision)} of it and
	 * {@code findings} its validation findings.
	 */
	public static GenerationModel of(Revision revision, RevisionModel scoring, List<Finding> findings) {
		Standard st = revision.standard();
		Stamp stamp = new Stamp(scoring.standardCode(), scoring.revisionId(), scoring.revisionLabel(), revision.isFinal() ? "final" : "draft");
		List<LevelView> levels = new ArrayList<>();
		for (Level l : revision.levels()) {
			levels.add(new LevelView(levels.size() + 1, l.getName(), l.getDescription()));
		}
		List<RatingView> scale = new ArrayList<>();
		for (Rating r : revision.ratings()) {
			scale.add(new RatingView(r.getName(), Rational.parse(r.getValue())));
		}
		List<PartView> parts = new ArrayList<>();
		for (Part p : revision.parts()) {
			parts.add(new PartView(p.getName(), p.getKind() == PartKind.COMMON ? "common" : "sector", p.getTarget(), Weights.percent(p.getTarget())));
		}
		List<String> levelNames = revision.levels().stream().map(Level::getName).toList();
		Map<String, String> rowOfSubdomain = new HashMap<>();
		List<RequirementTableView> requirementTables = requirementTables(revision, levelNames, rowOfSubdomain);
		List<WeightTableView> weightTables = new ArrayList<>();
		for (WeightTable t : revision.weightTables()) {
			List<WeightDomainView> domains = new ArrayList<>();
			for (WeightDomain d : t.getDomains()) {
				List<WeightedView> subs = new ArrayList<>();
				for (WeightedSubdomain s : d.getSubdomains()) {
					String id = ScoringModelBuilder.subdomainId(s);
					subs.add(new WeightedView(id, s.getName(), s.getWeight(), Weights.percent(s.getWeight()), rowOfSubdomain.get(id)));
				}
				domains.add(new WeightDomainView(d.getName(), subs, Weights.sum(d)));
			}
			weightTables.add(new WeightTableView(t.getName(), t.getTitle(), partName(t.getPart()), sectorName(t.getSector()), domains,
					Weights.sum(t), t.getPart() == null || t.getPart().eIsProxy() ? null : Weights.percent(t.getPart().getTarget())));
		}
		List<SectorView> sectors = sectors(revision, scoring, requirementTables);
		List<Finding> shown = new ArrayList<>();
		for (Finding f : findings) {
			shown.add(new Finding(fileNameOf(f.file()), f.line(), f.column(), f.severity(), f.code(), f.message()));
		}
		return new GenerationModel(stamp, st == null ? scoring.revisionId() : st.getTitle(), st == null ? null : st.getTitleEn(),
				st == null ? null : st.getCommittee(), st == null ? null : st.getRevision(), st == null ? null : st.getDate(), levels, scale, parts,
				sectors, weightTables, requirementTables, !revision.tailorings().isEmpty(), !revision.determinations().isEmpty(),
				!revision.composites().isEmpty(), scoring, shown, InterpretationView.of(revision, scoring), ExampleView.of(revision, scoring), anchors(revision));
	}

	/** "file:line" of every line of the tables, rows and clauses to the innermost one's anchor. */
	private static Map<String, String> anchors(Revision revision) {
		Map<String, String> anchors = new HashMap<>();
		for (WeightTable t : revision.weightTables()) {
			mark(anchors, t, t.getName());
		}
		for (RequirementTable t : revision.requirementTables()) {
			mark(anchors, t, t.getName());
			for (RequirementDomain d : t.getDomains()) {
				for (RequirementRow r : d.getRows()) {
					mark(anchors, r, t.getName() + "." + SubdomainNames.normalize(r.getName()));
					for (Cell c : r.getCells()) {
						for (Clause cl : c.getClauses()) {
							mark(anchors, cl, clauseAnchor(ScoringModelBuilder.clauseId(cl)));
						}
					}
				}
			}
		}
		return Map.copyOf(anchors);
	}

	private static void mark(Map<String, String> anchors, org.eclipse.emf.ecore.EObject object, String anchor) {
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(object);
		if (node == null || object.eResource() == null) {
			return;
		}
		String file = org.eclipse.emf.common.util.URI.decode(object.eResource().getURI().lastSegment());
		for (int line = node.getStartLine(); line <= node.getEndLine(); line++) {
			anchors.put(file + ":" + line, anchor);
		}
	}

	private static List<RequirementTableView> requirementTables(Revision revision, List<String> levelNames, Map<String, String> rowOfSubdomain) {
		Map<RequirementTable, Coverage> coverage = new HashMap<>();
		for (WeightTable w : revision.weightTables()) {
			Coverage c = new Coverage(revision.weightTablesLike(w), revision.requirementTablesFor(w));
			for (RequirementTable r : revision.requirementTablesFor(w)) {
				coverage.putIfAbsent(r, c);
			}
		}
		List<RequirementTableView> tables = new ArrayList<>();
		for (RequirementTable t : revision.requirementTables()) {
			Coverage c = coverage.get(t);
			List<RequirementDomainView> domains = new ArrayList<>();
			for (RequirementDomain d : t.getDomains()) {
				List<RowView> rows = new ArrayList<>();
				for (RequirementRow r : d.getRows()) {
					String rowId = t.getName() + "." + SubdomainNames.normalize(r.getName());
					WeightedSubdomain weight = c == null ? null : c.weightOf(r);
					WeightedSubdomain drift = c == null ? null : c.driftOf(r);
					String subdomainId = weight == null ? null : ScoringModelBuilder.subdomainId(weight);
					if (subdomainId != null) {
						rowOfSubdomain.putIfAbsent(subdomainId, rowId);
					}
					rows.add(new RowView(rowId, r.getName(), SubdomainNames.draftingNote(r.getName()), subdomainId,
							drift == null ? null : ScoringModelBuilder.subdomainId(drift), cells(r, levelNames)));
				}
				domains.add(new RequirementDomainView(d.getName(), rows));
			}
			tables.add(new RequirementTableView(t.getName(), t.getTitle(), partName(t.getPart()), sectorName(t.getSector()), domains));
		}
		return tables;
	}

	/** One cell per level: the row's first cell of that level (as scoring reads it), or an unlisted empty one. */
	private static List<CellView> cells(RequirementRow row, List<String> levelNames) {
		List<CellView> cells = new ArrayList<>();
		for (String level : levelNames) {
			Cell found = null;
			for (Cell c : row.getCells()) {
				if (c.getLevel() != null && !c.getLevel().eIsProxy() && level.equals(c.getLevel().getName())) {
					found = c;
					break;
				}
			}
			if (found == null) {
				cells.add(new CellView(level, false, false, null, null, List.of(), List.of()));
				continue;
			}
			List<ClauseView> clauses = new ArrayList<>();
			for (Clause cl : found.getClauses()) {
				clauses.add(new ClauseView(ScoringModelBuilder.clauseId(cl), cl.getLabel(), cl.getTopic(), cl.getText(), cl.getContinuations(),
						notes(cl.getNotes())));
			}
			cells.add(new CellView(level, true, found.isEmpty(), found.getReason(), found.getLeadIn(), notes(found.getNotes()), clauses));
		}
		return cells;
	}

	private static List<NoteView> notes(List<Note> notes) {
		return notes.stream().map(n -> new NoteView(n.getKind() == NoteKind.EXAMPLE ? "example" : "note", n.getText())).toList();
	}

	private static List<SectorView> sectors(Revision revision, RevisionModel scoring, List<RequirementTableView> requirementTables) {
		record Located(String table, CellView cell, ClauseView clause) {
		}
		Map<String, Located> clauses = new HashMap<>();
		for (RequirementTableView t : requirementTables) {
			for (RequirementDomainView d : t.domains()) {
				for (RowView r : d.rows()) {
					for (CellView c : r.cells()) {
						for (ClauseView cl : c.clauses()) {
							clauses.putIfAbsent(cl.id(), new Located(t.id(), c, cl));
						}
					}
				}
			}
		}
		List<SectorView> sectors = new ArrayList<>();
		List<String> prefixes = new ArrayList<>();
		for (Sector s : revision.sectors()) {
			if (scoring.sectorTable(s.getName()).isEmpty()) {
				continue;
			}
			SectorModel sm = SectorModel.of(scoring, s.getName());
			List<TemplateRow> rows = new ArrayList<>();
			LinkedHashSet<String> tables = new LinkedHashSet<>();
			for (String id : sm.clauseOrder()) {
				ClauseRef ref = sm.clause(id).orElseThrow();
				Located located = Objects.requireNonNull(clauses.get(id), id);
				tables.add(located.table());
				ClauseView cl = located.clause();
				rows.add(new TemplateRow(id, located.table(), ref.subdomain().domain().name(), ref.subdomain().subdomain().name(), ref.subdomain().id(),
						scoring.levels().get(ref.levelIndex()), cl.label(), cl.topic(), cl.text(), cl.continuations(), located.cell().leadIn(),
						located.cell().notes(), cl.notes()));
			}
			String prefix = Names.typePrefix(s.getCode() == null ? "" : s.getCode());
			if (prefix == null || prefixes.contains(prefix)) {
				prefix = "Sector" + (sectors.size() + 1);
			}
			prefixes.add(prefix);
			String fileBase = Names.isPortableFileName(s.getCode()) ? s.getCode() : "sector" + (sectors.size() + 1);
			sectors.add(new SectorView(s.getName(), s.getCode(), fileBase, prefix, rows, List.copyOf(tables), sm.subdomains().size()));
		}
		return sectors;
	}

	private static String partName(Part p) {
		return p == null || p.eIsProxy() ? null : p.getName();
	}

	private static String sectorName(Sector s) {
		return s == null || s.eIsProxy() ? null : s.getName();
	}

	private static String fileNameOf(String path) {
		int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
		return slash < 0 ? path : path.substring(slash + 1);
	}
}
