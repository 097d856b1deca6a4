package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.Status;
import com.maturityworkbench.revision.compare.RevisionComparison;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.result.Determination;

/**
 * {@code mwb migrate} carries the four shipped assessments of the 征求意见稿 (CSV, XLSX, JSON, the composite) to the
 * shipped illustrative 送审稿. Per file and unit the counts carried / to review / to rate / removed are the expected
 * ones, and the same as counted a second way, entry by entry of the clause map against the assessment's ratings (not
 * through the migration's walk of the new model); every old rating lands in exactly one of carried, review, removed and
 * every scored clause of the new model in exactly one of carried, review, to rate. The output, in the input's format,
 * reads back as an assessment of the 送审稿 in progress whose unrated clauses are exactly those to rate; {@code mwb score
 * --partial} on it gives the bounds the plain scoring engine gives with those clauses at 不满足 and at 全部满足.
 */
class ShippedRevisionsMigrationTest {
	private static RevisionModel oldModel;
	private static RevisionModel newModel;
	private static RevisionDiff diff;

	@TempDir
	Path dir;

	/** Counts of one unit: carried (kept without review), review, to rate, removed. */
	record Counts(int carried, int review, int toRate, int removed) {
		@Override
		public String toString() {
			return carried + "/" + review + "/" + toRate + "/" + removed;
		}
	}

	@BeforeAll
	static void revisions() throws Exception {
		RevisionWorkspaceService service = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class);
		WorkspaceRevision draft = service.openRevision(ShippedDraft.folder().toString());
		WorkspaceRevision illustrative = service.openRevision(ShippedDraft.illustrativeFolder().toString());
		oldModel = draft.scoringModel();
		newModel = illustrative.scoringModel();
		diff = RevisionComparison.compare(draft.revision(), illustrative.revision());
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void smeltingJson() throws Exception {
		check("smelting-冶炼.json", List.of(new Counts(1096, 46, 2, 206)), "3.3897", "3.4047", "三级", "三级");
		assertTrue(tailoredInTheShippedSmelting(), "the smelting assessment tailors 表3.中试验证: its clauses are not to rate");
	}

	@Test
	void miningCsv() throws Exception {
		check("mining-采选.csv", List.of(new Counts(639, 61, 5, 32)), "2.6613", "2.6913", "二级", "二级");
	}

	@Test
	void processingXlsx() throws Exception {
		check("processing-加工.xlsx", List.of(new Counts(713, 61, 3, 10)), "2.0668", "2.0885", "二级", "二级");
	}

	@Test
	void compositeJson() throws Exception {
		check("composite-综合型.json", List.of(new Counts(639, 61, 5, 32), new Counts(1096, 46, 2, 206), new Counts(1126, 46, 2, 206)), "2.7465", "2.7651", "二级",
				"二级");
	}

	private void check(String file, List<Counts> expected, String lower, String upper, String lowerLevel, String upperLevel) throws Exception {
		Path input = ShippedDraft.folder().resolve("assessments").resolve(file);
		Path out = dir.resolve("migrated-" + file);
		Cli.Run run = Cli.run("migrate", ShippedDraft.folder().toString(), ShippedDraft.illustrativeFolder().toString(), input.toString(), "--out",
				out.toString(), "--format", "json");
		assertEquals(0, run.exit(), file + ": " + run.err());
		Map<String, Object> report = run.json();
		List<Map<String, Object>> units = list(report.get("units"));
		List<Counts> reported = new ArrayList<>();
		List<Set<String>> toRate = new ArrayList<>();
		for (Map<String, Object> u : units) {
			reported.add(new Counts(list(u.get("carried")).size(), list(u.get("review")).size(), list(u.get("toRate")).size(), list(u.get("removed")).size()));
			Set<String> ids = new HashSet<>();
			list(u.get("toRate")).forEach(c -> ids.add((String) c.get("new")));
			toRate.add(ids);
		}
		// the old assessment as read, unit by unit, counted a second way
		List<Assessment> old = assessments(AssessmentFiles.read(input, file, AssessmentMapper.Revisions.of(oldModel)));
		List<Counts> counted = new ArrayList<>();
		for (int i = 0; i < old.size(); i++) {
			Assessment a = old.get(i);
			Counts c = byTheClauseMap(a);
			counted.add(c);
			assertEquals(a.ratings().size() + a.notApplicable().size(), c.carried() + c.review() + c.removed(), file + ": every old rating lands once");
			assertEquals(scoredInNew(a).size(), scoredCarried(a) + c.review() + c.toRate(), file + ": every new scored clause once");
			// the tailoring carried by id (every tailored subdomain of the shipped assessments is still weighted in the 送审稿)
			List<String> tailoring = list(units.get(i).get("tailoring")).stream().map(t -> t.get("old") + "→" + t.get("new")).toList();
			assertEquals(a.tailored().stream().map(t -> t + "→" + t).toList(), tailoring, file);
		}
		assertEquals(counted, reported, file + ": the migration against the clause map");
		assertEquals(expected, reported, file);
		// the output reads back, in the input's format, as an assessment of the 送审稿 whose unrated clauses are those to rate
		assertTrue(out.getFileName().toString().endsWith(file.substring(file.lastIndexOf('.'))));
		assertTrue(Files.size(out) > 0);
		AssessmentFiles.Input back = AssessmentFiles.read(out, out.toString(), AssessmentMapper.Revisions.of(newModel), true);
		List<Assessment> carried = assessments(back);
		assertEquals(old.size(), carried.size());
		ScoringEngine engine = new ScoringEngine(newModel);
		for (int i = 0; i < carried.size(); i++) {
			assertEquals(toRate.get(i), Set.copyOf(engine.validator().unrated(carried.get(i))), file + ": unrated = to rate");
		}
		// score --partial against the plain engine with the clauses to rate at 不满足 (0) and at 全部满足 (1)
		Cli.Run partial = Cli.score(ShippedDraft.illustrativeFolder(), out, "--partial", "--format", "json");
		assertEquals(0, partial.exit(), file + ": " + partial.err());
		Map<String, Object> lowerBound = map(partial.json().get("lowerBound"));
		Map<String, Object> upperBound = map(partial.json().get("upperBound"));
		Determination low = determine(back, carried, toRate, Rational.ZERO);
		Determination high = determine(back, carried, toRate, Rational.ONE);
		assertEquals(low.total().toExactString(), lowerBound.get("totalExact"), file);
		assertEquals(high.total().toExactString(), upperBound.get("totalExact"), file);
		assertEquals(low.levelName(), lowerBound.get("levelName"), file);
		assertEquals(high.levelName(), upperBound.get("levelName"), file);
		assertEquals(lower + "–" + upper + " " + lowerLevel + "–" + upperLevel,
				lowerBound.get("total") + "–" + upperBound.get("total") + " " + low.levelName() + "–" + high.levelName(), file);
	}

	/**
	 * The counts of one enterprise (or unit) from the clause map's entries: a new scored clause with a rated counterpart
	 * is carried, or to review when its text was rewritten; one without counterpart, or whose counterpart is unrated, is
	 * to rate; a rated old clause without counterpart is removed, and one whose counterpart the new model does not score
	 * is removed if the old one scored it, else carried.
	 */
	private static Counts byTheClauseMap(Assessment a) {
		Set<String> newScored = scoredInNew(a);
		SectorModel oldSector = SectorModel.of(oldModel, a.sector());
		int carried = 0;
		int review = 0;
		int toRate = 0;
		int removed = 0;
		for (ClauseMapping m : diff.clauses().mappings()) {
			boolean oldRated = m.old() != null && (a.ratings().containsKey(m.old().id()) || a.notApplicable().contains(m.old().id()));
			if (m.nu() != null && newScored.contains(m.nu().id())) {
				if (!oldRated) {
					toRate++;
				} else if (m.status() == Status.CHANGED || m.status() == Status.MOVED && m.textChanged()) {
					review++;
				} else {
					carried++;
				}
			} else if (oldRated) {
				boolean oldScored = oldSector.clause(m.old().id()).map(ClauseRef::isScored).orElse(false);
				if (m.nu() == null || oldScored) {
					removed++;
				} else {
					carried++;
				}
			}
		}
		return new Counts(carried, review, toRate, removed);
	}

	private static boolean tailoredInTheShippedSmelting() throws Exception {
		Path smelting = ShippedDraft.folder().resolve("assessments").resolve("smelting-冶炼.json");
		return assessments(AssessmentFiles.read(smelting, "smelting", AssessmentMapper.Revisions.of(oldModel))).get(0).tailored().equals(Set.of("表3.中试验证"));
	}

	/** The carried ones among the new model's scored clauses (the rest of carried kept ratings of rows without weight). */
	private static int scoredCarried(Assessment a) {
		Set<String> newScored = scoredInNew(a);
		int n = 0;
		for (ClauseMapping m : diff.clauses().mappings()) {
			if (m.old() != null && m.nu() != null && newScored.contains(m.nu().id()) && a.ratings().containsKey(m.old().id())
					&& !(m.status() == Status.CHANGED || m.status() == Status.MOVED && m.textChanged())) {
				n++;
			}
		}
		return n;
	}

	/**
	 * The clauses of the new model the assessment is to rate: every scored clause of its sector but those of the
	 * subdomains it tailors out that the new model still has (by id: the shipped assessments tailor none that was renamed).
	 */
	private static Set<String> scoredInNew(Assessment a) {
		SectorModel sector = SectorModel.of(newModel, a.sector());
		Set<String> clauses = new HashSet<>();
		for (String id : sector.clauseOrder()) {
			if (!a.tailored().contains(sector.clause(id).orElseThrow().subdomain().id())) {
				clauses.add(id);
			}
		}
		return clauses;
	}

	private static Determination determine(AssessmentFiles.Input input, List<Assessment> carried, List<Set<String>> toRate, Rational rating) {
		ScoringEngine engine = new ScoringEngine(newModel);
		boolean progressive = newModel.determination().progressive();
		List<Assessment> filled = new ArrayList<>();
		for (int i = 0; i < carried.size(); i++) {
			Map<String, Rational> ratings = new LinkedHashMap<>(carried.get(i).ratings());
			toRate.get(i).forEach(id -> ratings.put(id, rating));
			filled.add(carried.get(i).withRatings(ratings));
		}
		if (input instanceof AssessmentFiles.CompositeInput c) {
			List<CompositeUnit> units = new ArrayList<>();
			for (int i = 0; i < filled.size(); i++) {
				CompositeUnit u = c.composite().units().get(i);
				units.add(new CompositeUnit(u.name(), u.sector(), u.output(), filled.get(i)));
			}
			return engine.scoreComposite(new CompositeAssessment(c.composite().revisionId(), c.composite().basis(), units), progressive).determination();
		}
		return engine.determine(filled.get(0), progressive);
	}

	private static List<Assessment> assessments(AssessmentFiles.Input input) {
		if (input instanceof AssessmentFiles.SingleInput s) {
			return List.of(s.mapped().assessment());
		}
		return ((AssessmentFiles.CompositeInput) input).composite().units().stream().map(CompositeUnit::assessment).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object o) {
		return (List<Map<String, Object>>) o;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object o) {
		return (Map<String, Object>) o;
	}
}
