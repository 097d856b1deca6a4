package com.maturityworkbench.generator.tests;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.compiled.CompiledScore;
import com.maturityworkbench.scoring.compiled.CompiledTables;
import com.maturityworkbench.scoring.compiled.RevisionScorer;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.UnweightedRow;
import com.maturityworkbench.scoring.result.Determination;

/**
 * Equivalence on the shipped draft: the interpreter (the scoring engine over the model ScoringModelBuilder builds from
 * the EMF model) and the generated scoring code (compiled in this test: the baked model and the baked compiled tables,
 * scored by the runtime's RevisionScorer through the generated registration)
 * give identical A(1..5), met flags, S and level on {@value #ASSESSMENTS} seeded random assessments per sector, under
 * both readings of "progressive". Ratings are drawn from the scale; in one assessment in five each level is, with even
 * odds, rated 大部分满足 (0.8) throughout, so that its A(i) lands exactly on the threshold 0.8 whatever the
 * redistribution; half are tailored (a random allowed set that leaves no domain empty); some rate the clauses of
 * unweighted rows too (accepted, not scored).
 */
class GeneratedScoringEquivalenceTest {
	static final int ASSESSMENTS = 10_000;

	@TempDir
	static Path work;
	private static RevisionModel model;
	private static ScoringEngine interpreter;
	private static RevisionScorer generated;
	private static CompiledRevision registration;

	@BeforeAll
	static void compileTheGeneratedCode() throws Exception {
		Generation.Loaded loaded = Generation.load(ShippedDraft.folder());
		GenerationModel m = loaded.model();
		model = m.scoring();
		interpreter = new ScoringEngine(model);
		registration = Generation.registration(m, work);
		generated = RevisionScorer.of(registration);
	}

	/** The baked model is the model built from the EMF model, and every sector's untailored tables are baked. */
	@Test
	void bakedModelEqualsTheModelBuiltFromTheEmfModel() {
		assertEquals(model, registration.model());
		assertEquals(model.sectors(), registration.bakedTables().stream().map(CompiledTables::sector).toList());
		model.sectors().forEach(s -> assertTrue(generated.isBaked(s), s));
	}

	@ParameterizedTest
	@ValueSource(strings = { "采选", "冶炼", "加工" })
	void interpreterAndGeneratedCodeAgreeOnRandomAssessments(String sector) throws Exception {
		Random random = new Random(20_251_125L + sector.hashCode());
		SectorModel sm = SectorModel.of(model, sector);
		List<String> unweighted = new ArrayList<>();
		for (ScoredTable t : sm.tables()) {
			for (UnweightedRow r : t.unweightedRows()) {
				unweighted.addAll(r.clauseIds());
			}
		}
		List<Rational> scale = model.scale().values().stream().map(v -> v.value()).toList();
		int tailoredCount = 0;
		int onThreshold = 0;
		int fallbacks = 0;
		for (int n = 0; n < ASSESSMENTS; n++) {
			Set<String> tailored = n % 2 == 0 ? Set.of() : randomTailoring(random, sm);
			boolean[] onlyMostly = new boolean[model.levelCount()];
			for (int i = 0; i < onlyMostly.length; i++) {
				onlyMostly[i] = n % 5 == 2 && random.nextBoolean();
			}
			Map<String, Rational> ratings = new LinkedHashMap<>();
			for (String id : sm.clauseOrder()) {
				var ref = sm.clause(id).orElseThrow();
				if (!tailored.contains(ref.subdomain().id())) {
					ratings.put(id, onlyMostly[ref.levelIndex()] ? Rational.of(4, 5) : scale.get(random.nextInt(scale.size())));
				}
			}
			if (n % 7 == 0) {
				unweighted.forEach(id -> ratings.put(id, scale.get(random.nextInt(scale.size()))));
			}
			Assessment a = new Assessment(model.revisionId(), sector, tailored, ratings);
			for (boolean progressive : new boolean[] { false, true }) {
				Determination expected = interpreter.determine(a, progressive);
				CompiledScore actual = generated.determine(a, progressive);
				String where = sector + " #" + n + (progressive ? " progressive" : "") + " tailored " + tailored;
				for (int i = 1; i <= model.levelCount(); i++) {
					assertEquals(expected.score(i), actual.levelScore(i), where + " A(" + i + ")");
					assertEquals(expected.met(i), actual.met(i), where + " met(" + i + ")");
					assertEquals(expected.levels().get(i - 1).metAlone(), actual.metAlone(i), where + " metAlone(" + i + ")");
				}
				assertEquals(expected.total(), actual.total(), where + " S");
				assertEquals(expected.level(), actual.level(), where + " level");
				fallbacks += actual.usedFallback() ? 1 : 0;
				if (expected.scores().contains(model.determination().threshold())) {
					onThreshold++;
				}
			}
			tailoredCount += tailored.isEmpty() ? 0 : 1;
		}
		assertTrue(tailoredCount >= ASSESSMENTS / 2 - 1, "tailored assessments: " + tailoredCount);
		assertTrue(onThreshold > 100, "level scores exactly on the threshold: " + onThreshold);
		assertEquals(0, fallbacks, "every score comes from the compiled long arithmetic");
	}

	/** A random set of subdomains the revision allows to be tailored, leaving no domain of either table empty. */
	private static Set<String> randomTailoring(Random random, SectorModel sm) {
		while (true) {
			Set<String> tailored = new LinkedHashSet<>();
			for (SubdomainRef s : sm.subdomains()) {
				if (model.tailoring().allows(s.id()) && random.nextInt(6) == 0) {
					tailored.add(s.id());
				}
			}
			if (!tailored.isEmpty() && interpreter.validator().tailoringProblems(sm, tailored).isEmpty()) {
				return tailored;
			}
		}
	}
}
