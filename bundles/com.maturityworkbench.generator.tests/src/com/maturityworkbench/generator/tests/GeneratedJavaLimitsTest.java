package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.JavaSources;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.bench.SyntheticModel;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledScorerBuilder;
import com.maturityworkbench.scoring.compiled.CompiledTables;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.result.Determination;

/**
 * The two limits the generated Java keeps: clause ids are assigned at most 1000 per method (the JVM's 64 KB code
 * limit), and a sector whose tables do not fit in longs is not baked — the runtime builds its scorer, which falls back
 * to the engine. Both on scoring models built directly (no DSL text needed for their size or their weights).
 */
class GeneratedJavaLimitsTest {
	@TempDir
	Path work;

	/** A view model of a scoring model alone: what JavaSources reads (stamp, title, sectors, the scoring model). */
	private static GenerationModel view(RevisionModel rm, Map<String, String> sectorCodes) {
		List<GenerationModel.SectorView> sectors = rm.sectors().stream().map(s -> new GenerationModel.SectorView(s, sectorCodes.get(s),
				sectorCodes.get(s), Character.toUpperCase(sectorCodes.get(s).charAt(0)) + sectorCodes.get(s).substring(1), List.of(), List.of(), 0))
				.toList();
		return new GenerationModel(new GenerationModel.Stamp(rm.standardCode(), rm.revisionId(), "draft"), "测试", "test", "TC", "稿", "2025-01-01",
				List.of(), List.of(), List.of(), sectors, List.of(), List.of(), false, false, false, rm, List.of(), List.of(), List.of(), java.util.Map.of());
	}

	/** About 1,400 clauses in the synthetic 冶炼 model: two helper methods fill the clause ids, and the baked scorer agrees with the engine. */
	@Test
	void moreThanAThousandClausesAreSplitOverHelperMethods() throws Exception {
		RevisionModel rm = SyntheticModel.build();
		GenerationModel m = view(rm, Map.of(SyntheticModel.SECTOR, "smelting"));
		int clauses = SectorModel.of(rm, SyntheticModel.SECTOR).clauseOrder().size();
		assertTrue(clauses > 1000 && clauses <= 2000, clauses + " clauses");
		String tables = JavaSources.render(m).get(m.javaPackage().replace('.', '/') + "/SmeltingTables.java");
		assertTrue(tables.contains("\t\tclauseIds0(ids);\n\t\tclauseIds1(ids);\n\t\treturn ids;"), "two helper methods");
		assertFalse(tables.contains("clauseIds2"));
		assertTrue(tables.contains("\t\tids[999] = ") && tables.contains("private static void clauseIds1(String[] ids) {\n\t\tids[1000] = "));
		CompiledRevision registration = Generation.registration(m, work);
		assertEquals(rm, registration.model());
		RevisionScorer scorer = RevisionScorer.of(registration);
		assertTrue(scorer.isBaked(SyntheticModel.SECTOR));
		ScoringEngine engine = new ScoringEngine(rm);
		Random random = new Random(7);
		for (int n = 0; n < 200; n++) {
			Assessment a = SyntheticModel.randomAssessment(rm, Set.of(), random);
			assertSame(engine.determine(a, n % 2 == 0), scorer.determine(a, n % 2 == 0), "#" + n);
		}
	}

	/**
	 * 冶炼's table 表2 weighs its subdomains 1/1000003, 1/1000033, 1/1000037 and 1/1000039 (and 庚 the rest of its half, so
 * that the weights add up to 1: the engine scores no other model): their common denominator is
	 * beyond a long, so its tables are not baked, the registration says so, and the runtime scores it through the
	 * engine. 加工 (表1 + 表3, halves) is baked.
	 */
	@Test
	void sectorWhoseTablesDoNotFitInLongsIsScoredByTheEngine() throws Exception {
		List<String> levels = List.of("一级");
		Subdomain common = new Subdomain("表1.甲", "甲", Rational.of(1, 2), List.of(Cell.of("表1.甲.一级.a")));
		Subdomain b = new Subdomain("表2.乙", "乙", Rational.of(1, 1000003), List.of(Cell.of("表2.乙.一级.a")));
		Subdomain c = new Subdomain("表2.丙", "丙", Rational.of(1, 1000033), List.of(Cell.of("表2.丙.一级.a")));
		Subdomain d = new Subdomain("表2.丁", "丁", Rational.of(1, 1000037), List.of(Cell.of("表2.丁.一级.a")));
		Subdomain f = new Subdomain("表2.己", "己", Rational.of(1, 1000039), List.of(Cell.of("表2.己.一级.a")));
		Rational rest = Rational.of(1, 2).subtract(b.weight()).subtract(c.weight()).subtract(d.weight()).subtract(f.weight());
		Subdomain g = new Subdomain("表2.庚", "庚", rest, List.of(Cell.of("表2.庚.一级.a")));
		Subdomain e = new Subdomain("表3.戊", "戊", Rational.of(1, 2), List.of(Cell.of("表3.戊.一级.a")));
		DeterminationRule rule = new DeterminationRule(Comparison.AT_LEAST, Rational.parse("0.8"), false,
				List.of(new Band("一级", Rational.parse("0.8"), Rational.ONE, true)));
		RevisionModel huge = new RevisionModel("T/X 1", "huge", RevisionStatus.DRAFT, levels, RatingScale.standard(),
				List.of(new ScoredTable("表1", TablePart.COMMON, null, List.of(new Domain("域", List.of(common)))),
						new ScoredTable("表2", TablePart.SECTOR, "冶炼", List.of(new Domain("域", List.of(b, c, d, f, g)))),
						new ScoredTable("表3", TablePart.SECTOR, "加工", List.of(new Domain("域", List.of(e))))),
				TailoringRule.none(), rule, CompositeRule.mean());
		ScoringEngine engine = new ScoringEngine(huge);
		assertThrows(ArithmeticException.class, () -> CompiledScorerBuilder.tables(engine.effectiveModel("冶炼", Set.of())));
		GenerationModel m = view(huge, Map.of("冶炼", "smelting", "加工", "processing"));
		Map<String, String> sources = JavaSources.render(m);
		String dir = m.javaPackage().replace('.', '/') + "/";
		assertEquals(Set.of(dir + "ScoringModel.java", dir + "ProcessingTables.java", dir + "Registration.java"), sources.keySet());
		assertTrue(sources.get(dir + "Registration.java").contains("baked tables of its sectors: ProcessingTables; not baked, as their tables do not fit in longs: 冶炼"));
		CompiledRevision registration = Generation.registration(m, work);
		assertEquals(List.of("加工"), registration.bakedTables().stream().map(CompiledTables::sector).toList());
		RevisionScorer scorer = RevisionScorer.of(registration);
		assertFalse(scorer.isBaked("冶炼"));
		Assessment smelter = new Assessment("huge", "冶炼", Set.of(), Map.of("表1.甲.一级.a", Rational.ONE, "表2.乙.一级.a", Rational.ONE, "表2.丙.一级.a",
				Rational.ZERO, "表2.丁.一级.a", Rational.ONE, "表2.己.一级.a", Rational.ONE, "表2.庚.一级.a", Rational.ONE));
		CompiledScore s = scorer.determine(smelter, false);
		assertTrue(s.usedFallback());
		assertSame(engine.determine(smelter, false), s, "fallback");
		Assessment processor = new Assessment("huge", "加工", Set.of(), Map.of("表1.甲.一级.a", Rational.ONE, "表3.戊.一级.a", Rational.ONE));
		assertFalse(scorer.determine(processor, false).usedFallback());
		assertSame(engine.determine(processor, false), scorer.determine(processor, false), "baked");
	}

	private static void assertSame(Determination expected, CompiledScore actual, String where) {
		for (int i = 1; i <= expected.levels().size(); i++) {
			assertEquals(expected.score(i), actual.levelScore(i), where + " A(" + i + ")");
			assertEquals(expected.met(i), actual.met(i), where + " met(" + i + ")");
		}
		assertEquals(expected.total(), actual.total(), where + " S");
		assertEquals(expected.level(), actual.level(), where + " level");
	}
}
