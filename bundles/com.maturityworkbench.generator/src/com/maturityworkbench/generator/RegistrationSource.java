package com.maturityworkbench.generator;

import static com.maturityworkbench.generator.JavaTemplate.fill;
import static com.maturityworkbench.generator.Names.javaComment;

import java.util.List;

/**
 * The template of the generated registration class: the one class of a revision that implements the runtime's
 * {@code CompiledRevision}, handing over its model and its baked tables. It is listed in
 * {@code META-INF/services/com.maturityworkbench.scoring.compiled.CompiledRevision}, so that the runtime finds it.
 */
final class RegistrationSource {
	private static final List<String> IMPORTS = List.of("java.util.List", "com.maturityworkbench.scoring.compiled.CompiledRevision",
			"com.maturityworkbench.scoring.compiled.CompiledTables", "com.maturityworkbench.scoring.model.RevisionModel");

	private static final String CLASS = """
			/**
			 * Registers revision ${REVISION} of ${STANDARD} with the scoring runtime: its model (ScoringModel) and the
			 * baked tables of its sectors: ${BAKED_NOTE}.
			 * Listed in META-INF/services/com.maturityworkbench.scoring.compiled.CompiledRevision; scored by RevisionScorer.
			 */
			public final class ${CLASS} implements CompiledRevision {
				@Override
				public RevisionModel model() {
					return ScoringModel.MODEL;
				}

				@Override
				public List<CompiledTables> bakedTables() {
					return List.of(${TABLES});
				}
			}
			""";

	private RegistrationSource() {
	}

	/**
	 * @param cls the class name
	 * @param bakedClasses the tables classes, one per baked sector
	 * @param unbakedSectors sectors whose tables do not fit in longs (scored by the engine)
	 */
	static String render(GenerationModel m, String cls, List<String> bakedClasses, List<String> unbakedSectors) {
		String note = (bakedClasses.isEmpty() ? "none" : String.join(", ", bakedClasses))
				+ (unbakedSectors.isEmpty() ? "" : "; not baked, as their tables do not fit in longs: " + javaComment(String.join(", ", unbakedSectors)));
		return JavaFile.of(m, IMPORTS, fill(CLASS, "REVISION", javaComment(m.stamp().revisionId()), "STANDARD", javaComment(m.stamp().standardCode()),
				"BAKED_NOTE", note, "CLASS", cls, "TABLES", String.join(", ", bakedClasses.stream().map(c -> c + ".tables()").toList())));
	}
}
