package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.XlsxLayout;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.AssessmentProblem;
import com.maturityworkbench.scoring.assessment.AssessmentValidator;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.UnweightedRow;

/**
 * Turns the rows of one assessment file into the scoring runtime's {@link Assessment}, checked against its revision
 * by the runtime's {@link AssessmentValidator} — the one place that knows what a valid assessment is — with every
 * problem located at the row, metadata line or tailored entry it comes from. Format issues of the file come first,
 * then revision, standard, sector, tailoring, rows in file order, then clauses without a row.
 */
public final class AssessmentMapper {
	/** The revisions an assessment may name, by name (the DSL standard name, e.g. nonferrous_dt_maturity). */
	public interface Revisions {
		Optional<RevisionModel> model(String revisionId);

		List<String> names();

		/** The revisions of {@code models}, found by their revision id, named in the order given. */
		static Revisions of(List<RevisionModel> models) {
			Map<String, RevisionModel> byId = new LinkedHashMap<>();
			models.forEach(m -> byId.put(m.revisionId(), m));
			return new Revisions() {
				@Override
				public Optional<RevisionModel> model(String revisionId) {
					return Optional.ofNullable(byId.get(revisionId));
				}

				@Override
				public List<String> names() {
					return List.copyOf(byId.keySet());
				}
			};
		}

		static Revisions of(RevisionModel... models) {
			return of(List.of(models));
		}
	}

	/**
	 * A usable assessment and the revision model it is for; {@code panel}: clause id → the ratings of the assessment
	 * panel's members where the file gives them (their consensus is the clause's rating in {@code assessment}).
	 */
	public record Mapped(Assessment assessment, RevisionModel model, AssessmentRows rows, Map<String, List<Rational>> panel) {
		public Mapped {
			panel = Map.copyOf(panel);
		}

		/** An assessment without panel ratings. */
		public Mapped(Assessment assessment, RevisionModel model, AssessmentRows rows) {
			this(assessment, model, rows, Map.of());
		}
	}

	private final AssessmentRows rows;
	private final List<InputIssue> issues = new ArrayList<>();
	/** Where each clause id has its first row. */
	private final Map<String, AssessmentRows.Row> firstRow = new HashMap<>();
	/** Clause ids rated not applicable (the revision's name for it, e.g. 不适用), in row order; allowed or not. */
	private final Set<String> notApplicable = new LinkedHashSet<>();
	/** Clause ids whose row is already reported (unreadable rating, duplicate …): not reported missing too. */
	private final Set<String> reported = new HashSet<>();
	/** The panel's ratings of the clauses that have them, as read. */
	private final Map<String, List<Rational>> panel = new LinkedHashMap<>();

	/** Whether clauses may be left unrated (an assessment in progress, {@code mwb score --partial}). */
	private final boolean unratedAllowed;

	private AssessmentMapper(AssessmentRows rows, boolean unratedAllowed) {
		this.rows = rows;
		this.unratedAllowed = unratedAllowed;
	}

	/** @throws AssessmentInputException with every issue when the rows cannot be scored */
	public static Mapped map(AssessmentRows rows, Revisions revisions) throws AssessmentInputException {
		return map(rows, revisions, false);
	}

	/**
	 * @param unratedAllowed whether a clause left unrated is accepted rather than reported (every other issue is)
	 * @throws AssessmentInputException with every issue when the rows cannot be scored
	 */
	public static Mapped map(AssessmentRows rows, Revisions revisions, boolean unratedAllowed) throws AssessmentInputException {
		return new AssessmentMapper(rows, unratedAllowed).run(revisions);
	}

	private Mapped run(Revisions revisions) throws AssessmentInputException {
		issues.addAll(rows.issues());
		reported.addAll(rows.rejectedClauses());
		AssessmentRows.Field revision = rows.get(MetadataKey.REVISION);
		if (revision == null || revision.value().isBlank()) {
			issues.add(new InputIssue(revision == null ? rows.fileLocation() : revision.where(), revisions.names().size() == 1
					? M.text("rows.no-revision.hint", revisions.names().get(0)) : M.text("rows.no-revision")));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		Optional<RevisionModel> found = revisions.model(revision.value().strip());
		if (found.isEmpty()) {
			issues.add(new InputIssue(revision.where(), unknownRevision(revision.value().strip(), revisions)));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		RevisionModel model = found.get();
		Optional<String> otherRevision = RevisionIdentity.problem(rows.get(MetadataKey.REVISION_LABEL), rows.layout(), model);
		if (otherRevision.isPresent()) {
			AssessmentRows.Field label = rows.get(MetadataKey.REVISION_LABEL);
			issues.add(new InputIssue(label == null ? revision.where() : label.where(), otherRevision.get()));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		AssessmentValidator validator = new AssessmentValidator(model, unratedAllowed);
		AssessmentRows.Field standard = rows.get(MetadataKey.STANDARD);
		if (standard != null && !standard.value().isBlank() && model.standardCode() != null && !standard.value().strip().equals(model.standardCode())) {
			issues.add(new InputIssue(standard.where(), standardMismatch(standard.value().strip(), model)));
		}
		Map<String, Rational> ratings = ratings(model);
		if (ratings.isEmpty() && notApplicable.isEmpty() && !rows.rows().isEmpty() && reported.isEmpty()) {
			issues.add(new InputIssue(rows.fileLocation(), M.text("rows.nothing-rated", rows.rows().size())));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		AssessmentRows.Field sectorField = rows.get(MetadataKey.SECTOR);
		if (sectorField == null || sectorField.value().isBlank()) {
			issues.add(new InputIssue(sectorField == null ? rows.fileLocation() : sectorField.where(),
					M.text("rows.no-sector", ReaderMessages.list(model.sectors()))));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		String sector = sectorField.value().strip();
		Optional<AssessmentProblem> unknownSector = validator.sectorProblem(sector);
		if (unknownSector.isPresent()) {
			issues.add(new InputIssue(sectorField.where(), unknownSector.get().message()));
			throw new AssessmentInputException(inFileOrder(issues));
		}
		SectorModel sm = validator.sectorModel(sector);
		Set<String> tailored = tailoring(validator, sm);
		Set<String> otherSector = wrongSector(model, sm, sectorField);
		Assessment assessment = new Assessment(model.revisionId(), sector, tailored, ratings, notApplicable);
		Map<String, String> absent = new LinkedHashMap<>();
		for (AssessmentProblem p : validator.problems(assessment)) {
			String id = p.clauseId();
			if (id == null) {
				AssessmentRows.Field t = rows.get(MetadataKey.TAILORED);
				SourceLocation where = t != null ? t.where() : rows.tailored().isEmpty() ? rows.fileLocation() : rows.tailored().get(0).where();
				addOnce(where, p.message());
			} else if (otherSector.contains(id)) {
				continue;
			} else if (ratings.containsKey(id) || notApplicable.contains(id)) {
				issues.add(new InputIssue(firstRow.get(id).where(), p.message()));
			} else if (firstRow.containsKey(id) && !reported.contains(id)) {
				issues.add(new InputIssue(firstRow.get(id).where(), p.message()));
			} else if (!reported.contains(id)) {
				absent.put(id, p.message());
			}
		}
		reportAbsent(absent);
		if (!issues.isEmpty()) {
			throw new AssessmentInputException(inFileOrder(issues));
		}
		return new Mapped(assessment, model, rows, panel);
	}

	/** The readable ratings, first row per clause; duplicates and unreadable ratings become issues. */
	private Map<String, Rational> ratings(RevisionModel model) {
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (AssessmentRows.Row row : rows.rows()) {
			String id = row.clauseId().strip();
			if (id.isEmpty()) {
				issues.add(new InputIssue(row.where(), M.text("row.no-clause-id")));
				continue;
			}
			AssessmentRows.Row first = firstRow.putIfAbsent(id, row);
			if (first != null) {
				issues.add(new InputIssue(row.where(), M.text("row.duplicate", id, first.where().describe())));
				reported.add(id);
				continue;
			}
			if (rows.panel().containsKey(id)) {
				Rational consensus = consensus(model, id, row);
				if (consensus != null) {
					ratings.put(id, consensus);
				} else {
					reported.add(id);
				}
				continue;
			}
			if (row.rating().isEmpty()) {
				continue;
			}
			if (isNotApplicable(model, row.rating())) {
				if (!model.rules().notApplicableAllowed()) {
					issues.add(new InputIssue(row.where(), M.text("row.not-applicable-forbidden", id, row.rating().text().strip(), model.revisionId(),
							model.scale().describe())));
					reported.add(id);
				} else {
					notApplicable.add(id);
				}
				continue;
			}
			Rational value = parse(model, row.rating());
			if (value == null) {
				issues.add(new InputIssue(row.where(), M.text("row.rating-unreadable", id, row.rating(), model.scale().describe())));
				reported.add(id);
				continue;
			}
			ratings.put(id, value);
		}
		return ratings;
	}

	/**
	 * The rating the panel's members decide for a clause under the revision's consensus rule (8.6.2), or null after an
	 * issue: every member rates, on the scale, and the panel has an odd number of members; a rating written beside
	 * theirs must be their consensus.
	 */
	private Rational consensus(RevisionModel model, String id, AssessmentRows.Row row) {
		List<AssessmentRows.Rating> written = rows.panel().get(id);
		long unrated = written.stream().filter(AssessmentRows.Rating::isEmpty).count();
		if (unrated > 0) {
			issues.add(new InputIssue(row.where(), M.text("panel.incomplete", id, written.size(), unrated)));
			return null;
		}
		if (written.size() % 2 == 0) {
			issues.add(new InputIssue(row.where(), M.text("panel.even", id, written.size())));
			return null;
		}
		List<Rational> values = new ArrayList<>();
		for (AssessmentRows.Rating r : written) {
			Rational v = parse(model, r);
			if (v == null) {
				issues.add(new InputIssue(row.where(), M.text("panel.unreadable", id, r, model.scale().describe())));
				return null;
			}
			values.add(v);
		}
		Rational consensus = model.rules().panelConsensus().decide(values);
		if (!row.rating().isEmpty()) {
			Rational own = parse(model, row.rating());
			if (own == null || !own.equals(consensus)) {
				issues.add(new InputIssue(row.where(), M.text("panel.rating-differs", id, row.rating(), consensusName(model), consensus.toExactString())));
				return null;
			}
		}
		panel.put(id, List.copyOf(values));
		return consensus;
	}

	private static String consensusName(RevisionModel model) {
		return M.text("panel.consensus." + model.rules().panelConsensus().name().toLowerCase(java.util.Locale.ROOT));
	}

	/** Whether the rating is the revision's name for "not applicable" (不适用), allowed or not. */
	static boolean isNotApplicable(RevisionModel model, AssessmentRows.Rating rating) {
		return rating.number() == null && rating.text() != null && rating.text().strip().equals(model.rules().notApplicableName());
	}

	/** A scale name (大部分满足) or a number (0.8, "0.80"); null when it is neither. */
	static Rational parse(RevisionModel model, AssessmentRows.Rating rating) {
		if (rating.number() != null) {
			return isRatingSized(rating.number()) ? Rational.of(rating.number()) : null;
		}
		String text = rating.text().strip();
		for (RatingValue v : model.scale().values()) {
			if (v.name().equals(text)) {
				return v.value();
			}
		}
		if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return null;
		}
		BigDecimal number = new BigDecimal(text);
		return isRatingSized(number) ? Rational.of(number) : null;
	}

	/**
	 * Whether a number could be a rating at all: below 10⁶ and with at most 30 decimals. Anything else (1e400,
	 * 1e-999999999) is not on any scale, and turning it into an exact fraction would take unbounded memory.
	 */
	private static boolean isRatingSized(BigDecimal number) {
		return number.signum() == 0 || number.precision() - (long) number.scale() <= 6 && number.scale() <= 30;
	}

	/**
	 * Resolves and checks the tailored entries one by one (located at the entry), then as a whole (located at the
	 * tailored field). Returns every named subdomain of the effective model, allowed or not.
	 */
	private Set<String> tailoring(AssessmentValidator validator, SectorModel sm) {
		Set<String> valid = new LinkedHashSet<>();
		Set<String> messages = new HashSet<>();
		Map<String, SourceLocation> seen = new HashMap<>();
		for (AssessmentRows.Tailored t : rows.tailored()) {
			String id = resolve(sm, t);
			if (id == null) {
				continue;
			}
			SourceLocation before = seen.putIfAbsent(id, t.where());
			if (before != null) {
				issues.add(new InputIssue(t.where(), M.text("tailored.twice", id)));
				continue;
			}
			List<AssessmentProblem> problems = validator.tailoringProblems(sm, Set.of(id));
			for (AssessmentProblem p : problems) {
				issues.add(new InputIssue(t.where(), p.message()));
				messages.add(p.message());
			}
			if (sm.subdomain(id).isPresent()) {
				valid.add(id);
			}
		}
		AssessmentRows.Field field = rows.get(MetadataKey.TAILORED);
		SourceLocation where = field != null ? field.where() : rows.fileLocation();
		for (AssessmentProblem p : validator.tailoringProblems(sm, valid)) {
			if (messages.add(p.message())) {
				issues.add(new InputIssue(where, p.message()));
			}
		}
		// a subdomain tailored against the rules is reported above; its clauses are not reported missing as well
		return valid;
	}

	/** The qualified id of a tailored entry: as written when it names a subdomain, else a unique bare name; null after an issue. */
	private String resolve(SectorModel sm, AssessmentRows.Tailored t) {
		String id = t.id().strip();
		if (sm.subdomain(id).isPresent() || id.contains(".")) {
			return id; // unknown or other-sector ids: the validator says which
		}
		List<String> candidates = sm.subdomains().stream().filter(s -> s.subdomain().name().equals(id)).map(SubdomainRef::id).toList();
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.size() > 1) {
			issues.add(new InputIssue(t.where(), M.text("tailored.ambiguous", id, ReaderMessages.alternatives(candidates))));
			return null;
		}
		return id;
	}

	/**
	 * When rows rate clauses of another sector's table and none of the declared sector's own table, the sector is
	 * wrong (or the rows are): one issue at the sector, instead of one per row and one per missing clause. Returns
	 * the clause ids whose problems that issue covers.
	 */
	private Set<String> wrongSector(RevisionModel model, SectorModel sm, AssessmentRows.Field sectorField) {
		ScoredTable own = model.sectorTable(sm.sector()).orElseThrow();
		Set<String> ownClauses = clauseIds(own);
		if (firstRow.keySet().stream().anyMatch(ownClauses::contains)) {
			return Set.of();
		}
		Map<String, List<AssessmentRows.Row>> byTable = new LinkedHashMap<>();
		Set<String> covered = new HashSet<>(ownClauses);
		for (ScoredTable t : model.tables()) {
			if (t.part() != TablePart.SECTOR || t == own) {
				continue;
			}
			Set<String> ids = clauseIds(t);
			for (AssessmentRows.Row row : rows.rows()) {
				String id = row.clauseId().strip();
				if (ids.contains(id)) {
					byTable.computeIfAbsent(t.sector(), k -> new ArrayList<>()).add(row);
					covered.add(id);
				}
			}
		}
		if (byTable.isEmpty()) {
			return Set.of();
		}
		List<String> parts = new ArrayList<>();
		byTable.forEach((sector, list) -> parts.add(M.text("sector.rows-of", list.size(), sector, requirementTables(list), list.get(0).where().describe())));
		issues.add(new InputIssue(sectorField.where(), M.text("sector.rows-mismatch", sm.sector(), ReaderMessages.both(parts))));
		return covered;
	}

	private static String requirementTables(List<AssessmentRows.Row> rows) {
		Set<String> tables = new LinkedHashSet<>();
		for (AssessmentRows.Row r : rows) {
			String id = r.clauseId().strip();
			tables.add(id.contains(".") ? id.substring(0, id.indexOf('.')) : id);
		}
		return ReaderMessages.list(tables);
	}

	private static Set<String> clauseIds(ScoredTable t) {
		Set<String> ids = new HashSet<>();
		t.subdomains().forEach(s -> s.cells().forEach(c -> ids.addAll(c.clauseIds())));
		for (UnweightedRow r : t.unweightedRows()) {
			ids.addAll(r.clauseIds());
		}
		return ids;
	}

	/**
	 * Clauses with no row at all: one issue per requirement table that has no row in the file, else one per clause
	 * (located at the file: there is no row to point at).
	 */
	private void reportAbsent(Map<String, String> absent) {
		Map<String, List<String>> byTable = new LinkedHashMap<>();
		for (String id : absent.keySet()) {
			byTable.computeIfAbsent(id.substring(0, Math.max(0, id.indexOf('.'))), k -> new ArrayList<>()).add(id);
		}
		for (Map.Entry<String, List<String>> e : byTable.entrySet()) {
			String table = e.getKey();
			if (firstRow.keySet().stream().noneMatch(id -> id.startsWith(table + "."))) {
				issues.add(new InputIssue(rows.fileLocation(),
						M.text(rows.format().startsWith("XLSX") ? "table.no-rows.xlsx" : "table.no-rows", table, e.getValue().size())));
				continue;
			}
			for (String id : e.getValue()) {
				issues.add(new InputIssue(rows.fileLocation(), M.text("row.absent", absent.get(id))));
			}
		}
	}

	/**
	 * The issues sorted the way the file reads: by sheet (the information sheet first, then in workbook order), line
	 * or row, column; issues of the whole file last. Issues at the same place keep their order.
	 */
	private List<InputIssue> inFileOrder(List<InputIssue> list) {
		List<String> sheets = new ArrayList<>();
		sheets.add(XlsxLayout.INFO_SHEET);
		rows.rows().forEach(r -> {
			if (r.where().sheet() != null && !sheets.contains(r.where().sheet())) {
				sheets.add(r.where().sheet());
			}
		});
		List<InputIssue> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.<InputIssue>comparingInt(i -> i.where().isFile() ? 1 : 0)
				.thenComparingInt(i -> i.where().sheet() == null ? -1 : sheets.indexOf(i.where().sheet()))
				.thenComparingInt(i -> i.where().line() > 0 ? i.where().line() : i.where().row()).thenComparingInt(i -> i.where().column()));
		return sorted;
	}

	private void addOnce(SourceLocation where, String message) {
		for (InputIssue i : issues) {
			if (i.message().equals(message)) {
				return;
			}
		}
		issues.add(new InputIssue(where, message));
	}

	/** Unknown revision "x": the model holds revision(s) … — for single and composite assessments alike. */
	static String unknownRevision(String revision, Revisions revisions) {
		return M.text(revisions.names().size() == 1 ? "revision.unknown.one" : "revision.unknown.many", revision, ReaderMessages.quoted(revisions.names()));
	}

	/** The standard an assessment names is not the revision's. */
	static String standardMismatch(String standard, RevisionModel model) {
		return M.text("standard.mismatch", standard, model.revisionId(), model.standardCode());
	}
}
