package com.maturityworkbench.generator;

import static com.maturityworkbench.generator.JavaLiterals.percent;
import static com.maturityworkbench.generator.JavaLiterals.rational;
import static com.maturityworkbench.generator.JavaLiterals.stringList;
import static com.maturityworkbench.generator.JavaTemplate.fill;
import static com.maturityworkbench.generator.Names.javaComment;
import static com.maturityworkbench.generator.Names.javaString;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.UnweightedRow;

/**
 * The template of the generated {@code ScoringModel}: the revision as code — levels, scale, every table with its
 * weights as exact fractions and the clause ids of every cell, the rows without weight, and the declared rules.
 * {@code ScoringModel.MODEL} equals what ScoringModelBuilder builds from the revision's files. One helper method per
 * table, subdomain and unweighted row keeps every method far below the JVM's 64 KB code limit.
 */
final class ScoringModelSource {
	private static final List<String> IMPORTS = List.of("java.util.List", "java.util.Set", "com.maturityworkbench.scoring.Rational",
			"com.maturityworkbench.scoring.model.Aggregation", "com.maturityworkbench.scoring.model.AssessmentRules", "com.maturityworkbench.scoring.model.Band", "com.maturityworkbench.scoring.model.Cell",
			"com.maturityworkbench.scoring.model.Comparison", "com.maturityworkbench.scoring.model.CompositeRule",
			"com.maturityworkbench.scoring.model.DeterminationRule", "com.maturityworkbench.scoring.model.Domain", "com.maturityworkbench.scoring.model.PanelConsensus",
			"com.maturityworkbench.scoring.model.RatingScale", "com.maturityworkbench.scoring.model.RatingValue",
			"com.maturityworkbench.scoring.model.RevisionModel", "com.maturityworkbench.scoring.model.RevisionStatus",
			"com.maturityworkbench.scoring.model.ScoredTable", "com.maturityworkbench.scoring.model.Subdomain",
			"com.maturityworkbench.scoring.model.TablePart", "com.maturityworkbench.scoring.model.TailoringRule",
			"com.maturityworkbench.scoring.model.TailoringScope", "com.maturityworkbench.scoring.model.UnweightedRow");

	private static final String CLASS = """
			/**
			 * Revision ${REVISION} ${LABEL} of ${STANDARD} ${TITLE} (${STATUS}) as code: levels, rating scale, weight tables
			 * with the clause ids of every cell, rows without weight, and the declared rules. {@link #MODEL} is the description the
			 * scoring runtime works on; it equals what ScoringModelBuilder builds from the revision's files.
			 */
			public final class ScoringModel {
				public static final String STANDARD_CODE = ${STANDARD_LITERAL};
				public static final String REVISION_ID = ${REVISION_LITERAL};
				public static final String REVISION_LABEL = ${LABEL_LITERAL};
				public static final RevisionStatus STATUS = RevisionStatus.${STATUS_CONSTANT};
				public static final String STAGE = ${STAGE_LITERAL};
				public static final String STAMP = ${STAMP_LITERAL};
				public static final RevisionModel MODEL = build();

				private ScoringModel() {
				}

				private static RevisionModel build() {
					return new RevisionModel(STANDARD_CODE, REVISION_ID, REVISION_LABEL, STATUS,
							List.of(${LEVELS}),
							new RatingScale(List.of(${RATINGS})),
							List.of(${TABLE_CALLS}),
							tailoring(), determination(), composite(), rules(), STAGE);
				}
			${METHODS}
				/** 6.1: which subdomains may be tailored, and where their weight goes. */
				private static TailoringRule tailoring() {
					return ${TAILORING};
				}

				/** 9.2 and Table 10: met when A(i) ${COMPARISON_SYMBOL} ${THRESHOLD}, progressive ${PROGRESSIVE_WORD}, the bands of S. */
				private static DeterminationRule determination() {
					return new DeterminationRule(Comparison.${COMPARISON}, ${THRESHOLD_RATIONAL}, ${PROGRESSIVE}, List.of(${BANDS}));
				}

				/** Annex A: type weights by output value, the units' level scores aggregated per type by ${AGGREGATION_WORD}. */
				private static CompositeRule composite() {
					return new CompositeRule(Aggregation.${AGGREGATION});
				}

				/** What an assessment may rate besides the scale: not applicable ${NOT_APPLICABLE_WORD}; a panel's ratings decided by ${CONSENSUS_WORD}. */
				private static AssessmentRules rules() {
					return new AssessmentRules(${NOT_APPLICABLE_ALLOWED}, ${NOT_APPLICABLE_NAME}, PanelConsensus.${CONSENSUS});
				}
			}
			""";

	private static final String TABLE = """
				/** ${ID}${KIND}, weight ${PERCENT}. */
				private static ScoredTable table${NO}() {
					return new ScoredTable(${ID_LITERAL}, TablePart.${PART}, ${SECTOR}, List.of(${DOMAINS}),
							List.of(${UNWEIGHTED}));
				}
			""";

	private static final String SUBDOMAIN = """
				/** ${ID}, weight ${PERCENT}. */
				private static Subdomain subdomain${NO}() {
					return new Subdomain(${ID_LITERAL}, ${NAME}, ${WEIGHT}, List.of(${CELLS}));
				}
			""";

	private static final String UNWEIGHTED = """
				/** ${NAME}: a requirement row without weight, not scored. */
				private static UnweightedRow unweighted${NO}() {
					return new UnweightedRow(${NAME_LITERAL}, ${DOMAIN}, List.of(${CLAUSES}));
				}
			""";

	private ScoringModelSource() {
	}

	static String render(GenerationModel m) {
		RevisionModel rm = m.scoring();
		List<String> ratings = new ArrayList<>();
		for (RatingValue v : rm.scale().values()) {
			ratings.add("\n\t\t\t\t\t\tnew RatingValue(" + javaString(v.name()) + ", " + rational(v.value()) + ")");
		}
		List<String> tableCalls = new ArrayList<>();
		List<String> tables = new ArrayList<>();
		List<String> helpers = new ArrayList<>();
		int subdomainNo = 0;
		int unweightedNo = 0;
		for (int t = 0; t < rm.tables().size(); t++) {
			ScoredTable table = rm.tables().get(t);
			tableCalls.add("table" + (t + 1) + "()");
			List<String> domains = new ArrayList<>();
			for (Domain d : table.domains()) {
				List<String> calls = new ArrayList<>();
				for (Subdomain s : d.subdomains()) {
					subdomainNo++;
					calls.add("subdomain" + subdomainNo + "()");
					helpers.add(subdomain(subdomainNo, s, rm.levels()));
				}
				domains.add("\n\t\t\t\tnew Domain(" + javaString(d.name()) + ", List.of(" + String.join(", ", calls) + "))");
			}
			List<String> rows = new ArrayList<>();
			for (UnweightedRow r : table.unweightedRows()) {
				unweightedNo++;
				rows.add("unweighted" + unweightedNo + "()");
				helpers.add(fill(UNWEIGHTED, "NAME", javaComment(r.name()), "NO", String.valueOf(unweightedNo), "NAME_LITERAL", javaString(r.name()),
						"DOMAIN", javaString(r.domainName()), "CLAUSES", stringList(r.clauseIds(), "\t\t\t\t")));
			}
			tables.add(fill(TABLE, "ID", javaComment(table.id()),
					"KIND", table.sector() == null ? " (common table)" : " (sector " + javaComment(table.sector()) + ")", "PERCENT", percent(table.weight()),
					"NO", String.valueOf(t + 1), "ID_LITERAL", javaString(table.id()), "PART", table.part().name(), "SECTOR", javaString(table.sector()),
					"DOMAINS", String.join(",", domains), "UNWEIGHTED", String.join(", ", rows)));
		}
		List<String> methods = new ArrayList<>(tables);
		methods.addAll(helpers);
		DeterminationRule d = rm.determination();
		String body = fill(CLASS, "REVISION", javaComment(rm.revisionId()), "LABEL", javaComment(rm.revisionLabel()), "STANDARD", javaComment(rm.standardCode()), "TITLE", javaComment(m.title()),
				"STATUS", m.stamp().status(), "STANDARD_LITERAL", javaString(rm.standardCode()), "REVISION_LITERAL", javaString(rm.revisionId()),
				"LABEL_LITERAL", javaString(rm.revisionLabel()),
				"STATUS_CONSTANT", rm.status().name(), "STAGE_LITERAL", javaString(rm.stage()), "STAMP_LITERAL", javaString(m.stamp().line()), "LEVELS", JavaLiterals.strings(rm.levels()),
				"RATINGS", String.join(",", ratings), "TABLE_CALLS", String.join(", ", tableCalls),
				"METHODS", String.join("", methods.stream().map(s -> "\n" + s).toList()), "TAILORING", tailoring(rm.tailoring()),
				"COMPARISON_SYMBOL", d.comparison().symbol(), "THRESHOLD", d.threshold().toExactString(), "PROGRESSIVE_WORD", d.progressive() ? "on" : "off",
				"COMPARISON", d.comparison().name(), "THRESHOLD_RATIONAL", rational(d.threshold()), "PROGRESSIVE", String.valueOf(d.progressive()),
				"BANDS", bands(d.bands()), "AGGREGATION_WORD", rm.composite().aggregation().name().toLowerCase(Locale.ROOT),
				"AGGREGATION", rm.composite().aggregation().name(), "NOT_APPLICABLE_WORD",
				rm.rules().notApplicableAllowed() ? "allowed as " + javaComment(rm.rules().notApplicableName()) : "forbidden",
				"NOT_APPLICABLE_ALLOWED", String.valueOf(rm.rules().notApplicableAllowed()), "NOT_APPLICABLE_NAME", javaString(rm.rules().notApplicableName()),
				"CONSENSUS_WORD", rm.rules().panelConsensus().name().toLowerCase(Locale.ROOT), "CONSENSUS", rm.rules().panelConsensus().name());
		return JavaFile.of(m, IMPORTS, body);
	}

	private static String subdomain(int no, Subdomain s, List<String> levels) {
		List<String> cells = new ArrayList<>();
		for (int level = 0; level < s.cells().size(); level++) {
			Cell c = s.cell(level);
			String expr;
			if (c.isMarkedEmpty()) {
				expr = "Cell.markedEmpty(" + javaString(c.emptyReason()) + ")";
			} else if (c.isEmpty()) {
				expr = "Cell.unmarkedEmpty()";
			} else {
				expr = "Cell.of(" + stringList(c.clauseIds(), "\t\t\t\t\t\t") + ")";
			}
			cells.add("\n\t\t\t\t// " + javaComment(levels.get(level)) + "\n\t\t\t\t" + expr);
		}
		return fill(SUBDOMAIN, "ID", javaComment(s.id()), "PERCENT", percent(s.weight()), "NO", String.valueOf(no), "ID_LITERAL", javaString(s.id()),
				"NAME", javaString(s.name()), "WEIGHT", rational(s.weight()), "CELLS", String.join(",", cells));
	}

	private static String tailoring(TailoringRule t) {
		if (t.allowAll()) {
			return "TailoringRule.all(TailoringScope." + t.scope().name() + ")";
		}
		return "TailoringRule.only(Set.of(" + stringList(t.allowed().stream().sorted().toList(), "\t\t\t\t") + "), TailoringScope." + t.scope().name() + ")";
	}

	private static String bands(List<Band> bands) {
		List<String> items = new ArrayList<>();
		for (Band band : bands) {
			items.add("\n\t\t\t\tnew Band(" + javaString(band.levelName()) + ", " + rational(band.low()) + ", " + rational(band.high()) + ", " + band.highClosed()
					+ ")");
		}
		return String.join(",", items);
	}
}
