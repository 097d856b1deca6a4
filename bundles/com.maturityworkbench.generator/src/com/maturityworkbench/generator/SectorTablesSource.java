package com.maturityworkbench.generator;

import static com.maturityworkbench.generator.JavaLiterals.booleans;
import static com.maturityworkbench.generator.JavaLiterals.ints;
import static com.maturityworkbench.generator.JavaLiterals.longs;
import static com.maturityworkbench.generator.JavaTemplate.fill;
import static com.maturityworkbench.generator.Names.javaComment;
import static com.maturityworkbench.generator.Names.javaString;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.compiled.CompiledTables;

/**
 * The template of a generated {@code <Sector>Tables} class: the precomputed integer tables of one sector's untailored
 * effective model, baked as constants (the arguments of {@link CompiledTables}). The clause ids are assigned
 * {@value #IDS_PER_METHOD} per helper method, keeping each method far below the JVM's 64 KB code limit.
 */
final class SectorTablesSource {
	/** Clause ids assigned per helper method, keeping each method far below the JVM's 64 KB code limit. */
	static final int IDS_PER_METHOD = 1000;

	private static final List<String> IMPORTS = List.of("java.util.List", "com.maturityworkbench.scoring.compiled.CompiledTables",
			"com.maturityworkbench.scoring.model.Comparison");

	private static final String CLASS = """
			/**
			 * The compiled tables of sector ${SECTOR} (${CODE}), nothing tailored: the effective model ${TABLES} brought to integers
			 * (see CompiledTables): ${CLAUSES} clauses, ${CELLS} scored cells. A(i) = N(i) / LEVEL_DENOMINATORS[i]
			 * with N(i) = Σ over the cells c of level i of CELL_FACTOR[c] · (sum of the rating numerators of clauses
			 * CELL_FROM[c] .. CELL_TO[c] - 1).
			 */
			final class ${CLASS} {
				static final String SECTOR = ${SECTOR_LITERAL};
				static final String[] LEVEL_NAMES = { ${LEVEL_NAMES} };
				/** Scale values by scale index, over RATING_DENOMINATOR. */
				static final int[] RATING_VALUES = ${RATING_VALUES};
				static final long RATING_DENOMINATOR = ${RATING_DENOMINATOR}L;
				/** Per scored cell: level (0-based), first clause position, end position (exclusive), factor D(level)·w'/n. */
				static final int[] CELL_LEVEL = ${CELL_LEVEL};
				static final int[] CELL_FROM = ${CELL_FROM};
				static final int[] CELL_TO = ${CELL_TO};
				static final long[] CELL_FACTOR = ${CELL_FACTOR};
				/** E(i) per level. */
				static final long[] LEVEL_DENOMINATORS = ${LEVEL_DENOMINATORS};
				static final Comparison COMPARISON = Comparison.${COMPARISON};
				static final long THRESHOLD_NUMERATOR = ${THRESHOLD_NUMERATOR}L;
				static final long THRESHOLD_DENOMINATOR = ${THRESHOLD_DENOMINATOR}L;
				static final boolean PROGRESSIVE = ${PROGRESSIVE};
				/** Per band: level number (1-based), low and high as fractions, high closed. */
				static final int[] BAND_LEVELS = ${BAND_LEVELS};
				static final long[] BAND_LOW_NUMERATORS = ${BAND_LOW_NUMERATORS};
				static final long[] BAND_LOW_DENOMINATORS = ${BAND_LOW_DENOMINATORS};
				static final long[] BAND_HIGH_NUMERATORS = ${BAND_HIGH_NUMERATORS};
				static final long[] BAND_HIGH_DENOMINATORS = ${BAND_HIGH_DENOMINATORS};
				static final boolean[] BAND_HIGH_CLOSED = ${BAND_HIGH_CLOSED};
				/** The rating order: every clause of every weighted subdomain, common table first (${CLAUSES}). */
				static final String[] CLAUSE_IDS = clauseIds();

				private ${CLASS}() {
				}

				static CompiledTables tables() {
					return new CompiledTables(ScoringModel.REVISION_ID, SECTOR, List.of(), CLAUSE_IDS, LEVEL_NAMES, RATING_VALUES, RATING_DENOMINATOR,
							CELL_LEVEL, CELL_FROM, CELL_TO, CELL_FACTOR, LEVEL_DENOMINATORS, COMPARISON, THRESHOLD_NUMERATOR, THRESHOLD_DENOMINATOR,
							PROGRESSIVE, BAND_LEVELS, BAND_LOW_NUMERATORS, BAND_LOW_DENOMINATORS, BAND_HIGH_NUMERATORS, BAND_HIGH_DENOMINATORS,
							BAND_HIGH_CLOSED);
				}

				private static String[] clauseIds() {
					String[] ids = new String[${CLAUSES}];
			${CHUNK_CALLS}		return ids;
				}
			${CHUNKS}}
			""";

	private static final String CHUNK = """
				private static void clauseIds${NO}(String[] ids) {
			${ASSIGNMENTS}	}
			""";

	private SectorTablesSource() {
	}

	/** @param cls the class name, e.g. SmeltingTables */
	static String render(GenerationModel m, SectorView s, String cls, CompiledTables t) {
		List<String> ids = t.clauseIds();
		List<String> calls = new ArrayList<>();
		List<String> chunks = new ArrayList<>();
		for (int c = 0; c * IDS_PER_METHOD < ids.size(); c++) {
			calls.add("\t\tclauseIds" + c + "(ids);\n");
			List<String> assignments = new ArrayList<>();
			for (int k = c * IDS_PER_METHOD; k < Math.min(ids.size(), (c + 1) * IDS_PER_METHOD); k++) {
				assignments.add("\t\tids[" + k + "] = " + javaString(ids.get(k)) + ";\n");
			}
			chunks.add("\n" + fill(CHUNK, "NO", String.valueOf(c), "ASSIGNMENTS", String.join("", assignments)));
		}
		String body = fill(CLASS, "SECTOR", javaComment(s.name()), "CODE", javaComment(s.code()), "TABLES", javaComment(DocText.sectorTables(m, s)),
				"CLAUSES", String.valueOf(t.clauseCount()), "CELLS", String.valueOf(t.cellCount()), "CLASS", cls, "SECTOR_LITERAL", javaString(s.name()),
				"LEVEL_NAMES", JavaLiterals.strings(t.levelNames()), "RATING_VALUES", ints(t.ratingValues()),
				"RATING_DENOMINATOR", String.valueOf(t.ratingDenominator()), "CELL_LEVEL", ints(t.cellLevels()), "CELL_FROM", ints(t.cellFroms()),
				"CELL_TO", ints(t.cellTos()), "CELL_FACTOR", longs(t.cellFactors()), "LEVEL_DENOMINATORS", longs(t.levelDenominators()),
				"COMPARISON", t.comparison().name(), "THRESHOLD_NUMERATOR", String.valueOf(t.thresholdNumerator()),
				"THRESHOLD_DENOMINATOR", String.valueOf(t.thresholdDenominator()), "PROGRESSIVE", String.valueOf(t.progressive()),
				"BAND_LEVELS", ints(t.bandLevels()), "BAND_LOW_NUMERATORS", longs(t.bandLowNumerators()),
				"BAND_LOW_DENOMINATORS", longs(t.bandLowDenominators()), "BAND_HIGH_NUMERATORS", longs(t.bandHighNumerators()),
				"BAND_HIGH_DENOMINATORS", longs(t.bandHighDenominators()), "BAND_HIGH_CLOSED", booleans(t.bandHighClosed()),
				"CHUNK_CALLS", String.join("", calls), "CHUNKS", String.join("", chunks));
		return JavaFile.of(m, IMPORTS, body);
	}
}
