package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.MINING;
import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.compiled.CompiledTables;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.result.Determination;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer of a compiled revision (what generated code registers): baked tables for untailored assessments, tables
 * built at run time otherwise, the same numbers as the engine.
 */
class RevisionScorerTest {
	private final RevisionModel model = HandModel.model();
	private final ScoringEngine engine = new ScoringEngine(model);

	private CompiledTables baked(String sector) {
		return CompiledScorerBuilder.tables(engine.effectiveModel(sector, Set.of()));
	}

	private static void assertSameScore(Determination expected, CompiledScore actual) {
		for (int i = 1; i <= expected.levels().size(); i++) {
			assertEquals(expected.score(i), actual.levelScore(i), "A(" + i + ")");
			assertEquals(expected.met(i), actual.met(i), "met(" + i + ")");
		}
		assertEquals(expected.total(), actual.total());
		assertEquals(expected.level(), actual.level());
	}

	/**
	 * 冶炼, everything rated 1 except at 二级: 信息安全 (0.5, 0) → C = 0.25, 生产作业 (0.8, 0.8, 0.5) → C = 0.7, 组织建设
	 * (0, 0, 0) → C = 0. A(2) = 1 − 7%·0.75 − 30%·0.3 − 12%·1 = 1 − 0.0525 − 0.09 − 0.12 = 0.7375 = 59/80, not met;
	 * the other four levels are 1 and met: S = 4 + 59/80 = 379/80 = 4.7375 → 四级 [3.8, 4.8).
	 */
	@Test
	void untailoredAssessmentIsScoredWithTheBakedTables() {
		CompiledTables smelting = baked(SMELTING);
		RevisionScorer scorer = new RevisionScorer(model, List.of(smelting));
		assertTrue(scorer.isBaked(SMELTING));
		assertFalse(scorer.isBaked(MINING));
		assertSame(smelting, scorer.scorer(SMELTING, Set.of()).tables());
		Assessment a = Ratings.of(model, SMELTING).cell("表1.信息安全", "二级", "0.5", "0").cell("表3.生产作业", "二级", "0.8", "0.8", "0.5")
				.cell("表1.组织建设", "二级", "0", "0", "0").build();
		CompiledScore s = scorer.determine(a);
		assertFalse(s.usedFallback());
		assertEquals(Rational.of(59, 80), s.levelScore(2));
		assertEquals(Rational.of(379, 80), s.total());
		assertEquals(4, s.level());
		assertSameScore(engine.determine(a, false), s);
		assertSameScore(engine.determine(a, true), scorer.determine(a, true));
		assertEquals(engine.score(a), scorer.score(a));
	}

	/** A tailored assessment, or a sector without baked tables, gets tables built at run time: the engine's numbers still. */
	@Test
	void tailoredAndUnbakedSectorsAreScoredByTablesBuiltAtRunTime() {
		RevisionScorer scorer = new RevisionScorer(model, List.of(baked(SMELTING)));
		Assessment tailored = Ratings.of(model, SMELTING).tailor("表3.中试验证").cell("表3.生产作业", "一级", "0.5", "0", "0").build();
		assertEquals(List.of("表3.中试验证"), scorer.scorer(SMELTING, Set.of("表3.中试验证")).tables().tailored());
		assertSameScore(engine.determine(tailored, false), scorer.determine(tailored));
		Assessment mine = Ratings.of(model, MINING).cell("表2.生产作业", "三级", "0", "0.5").build();
		assertSameScore(engine.determine(mine, false), scorer.determine(mine));
	}

	/** Tables that are not an untailored sector of this revision are refused when the scorer is built. */
	@Test
	void tablesOfAnotherRevisionOrATailoredModelAreRefused() {
		CompiledTables tailored = CompiledScorerBuilder.tables(engine.effectiveModel(SMELTING, Set.of("表3.中试验证")));
		assertThrows(ModelException.class, () -> new RevisionScorer(model, List.of(tailored)));
		RevisionModel renamed = new RevisionModel(model.standardCode(), "另一稿", model.status(), model.levels(), model.scale(), model.tables(),
				model.tailoring(), model.determination(), model.composite());
		assertThrows(ModelException.class, () -> new RevisionScorer(renamed, List.of(baked(SMELTING))));
	}

	/** Without a registration on the class path, no compiled revision is found. */
	@Test
	void noRegistrationNoCompiledRevision() throws Exception {
		try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
			assertEquals(List.of(), CompiledRevision.installed(empty));
		}
	}
}
