package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.DraftGap.Kind;
import com.maturityworkbench.scoring.result.ScoreResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** Empty cells, subdomains and domains without clauses: redistributed like tailoring and listed as draft gaps. */
class RedistributionTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	private static List<DraftGap> gaps(ScoreResult r, Kind kind) {
		return r.draftGaps().stream().filter(g -> g.kind() == kind).toList();
	}

	@Test
	void unmarkedEmptyCellInADraftIsRedistributedAtThatLevelAndListed() {
		RevisionModel model = HandModel.hand().cell("表3.安全生产", "三级", Cell.unmarkedEmpty()).build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).cell("表3.环保管理", "三级", "0.5", "0.5").build());
		// at 三级 数字化生产 (50%) keeps its weight on 生产作业 30% and 环保管理 10% (40%):
		// w'(生产作业) = 30% · 50/40 = 3/8, w'(环保管理) = 10% · 50/40 = 1/8
		assertEquals(Rational.of(3, 8), r.subdomain("表3.生产作业").effectiveWeight(3));
		assertEquals(Rational.of(1, 8), r.subdomain("表3.环保管理").effectiveWeight(3));
		assertNull(r.subdomain("表3.安全生产").score(3));
		// other levels are untouched
		assertEquals(Rational.of(1, 10), r.subdomain("表3.安全生产").effectiveWeight(2));
		// A(3) = 1 − 1/8 · (1 − 1/2) = 15/16
		assertEquals(Rational.of(15, 16), r.levelScore(3));
		DraftGap gap = gaps(r, Kind.EMPTY_CELL_UNMARKED).get(0);
		assertEquals("表3.安全生产", gap.subdomainId());
		assertEquals("三级", gap.levelName());
		assertEquals("cell \"表3.安全生产\" at level 三级 is empty and not marked: scored like a marked empty cell, its weight is redistributed at that level",
				gap.message());
	}

	@Test
	void unmarkedEmptyCellInAFinalRevisionCannotBeScored() {
		RevisionModel model = HandModel.hand().status(RevisionStatus.FINAL).cell("表3.安全生产", "三级", Cell.unmarkedEmpty()).build();
		ModelException e = assertThrows(ModelException.class, () -> new ScoringEngine(model).score(Ratings.of(model, SMELTING).build()));
		assertEquals("final revision \"征求意见稿\": subdomain \"表3.安全生产\" has an unmarked empty cell at level 三级; mark it empty with a reason or give it clauses",
				e.getMessage());
	}

	@Test
	void markedEmptyCellInAFinalRevisionIsRedistributedAndListedWithItsReason() {
		RevisionModel model = HandModel.hand().status(RevisionStatus.FINAL).cell("表3.安全生产", "三级", Cell.markedEmpty("草案未填写")).build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).build());
		assertEquals(Rational.of(3, 8), r.subdomain("表3.生产作业").effectiveWeight(3));
		DraftGap gap = gaps(r, Kind.EMPTY_CELL_MARKED).get(0);
		assertEquals("草案未填写", gap.reason());
		assertEquals(List.of(), gaps(r, Kind.EMPTY_CELL_UNMARKED));
	}

	@Test
	void subdomainWithoutAnyClauseIsRedistributedAtEveryLevel() {
		RevisionModel model = HandModel.hand().noClauses("表3.中试验证").build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).build());
		// 技术 of 表3 (10%) rests on 技术创新与改造 alone: 6% · 10/6 = 10% at every level
		for (int level = 1; level <= 5; level++) {
			assertEquals(Rational.of(1, 10), r.subdomain("表3.技术创新与改造").effectiveWeight(level));
		}
		assertEquals(1, gaps(r, Kind.SUBDOMAIN_WITHOUT_CLAUSES).size());
		assertEquals("subdomain \"表3.中试验证\" (weight 4%) has no clause at any level: its weight is redistributed at every level",
				gaps(r, Kind.SUBDOMAIN_WITHOUT_CLAUSES).get(0).message());
		// its empty cells are not listed one by one
		assertEquals(List.of(), gaps(r, Kind.EMPTY_CELL_UNMARKED));
	}

	@Test
	void domainWithoutAnyClauseSpreadsOverTheOtherDomainsOfItsTable() {
		RevisionModel model = HandModel.hand().noClauses("表3.技术创新与改造").noClauses("表3.中试验证").build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).cell("表3.生产作业", "四级", "0", "0", "0").build());
		// 技术 (10%) spreads over 数字化生产 (50%) of 表3: 30% · 60/50 = 9/25, 10% · 60/50 = 3/25
		assertEquals(Rational.of(9, 25), r.subdomain("表3.生产作业").effectiveWeight(4));
		assertEquals(Rational.of(3, 25), r.subdomain("表3.环保管理").effectiveWeight(4));
		// A(4) = 1 − 9/25 = 16/25
		assertEquals(Rational.of(16, 25), r.levelScore(4));
		assertEquals(2, gaps(r, Kind.SUBDOMAIN_WITHOUT_CLAUSES).size());
		assertEquals("domain \"技术\" of table 表3 (weight 10%) has no clause at any level: its weight is spread over the other domains of the table",
				gaps(r, Kind.DOMAIN_WITHOUT_CLAUSES).get(0).message());
	}

	@Test
	void tableWithoutClausesAtALevelSpreadsOverTheOtherTable() {
		HandModel hand = HandModel.hand();
		for (String s : List.of("表3.技术创新与改造", "表3.中试验证", "表3.生产作业", "表3.安全生产", "表3.环保管理")) {
			hand.cell(s, "五级", Cell.unmarkedEmpty());
		}
		RevisionModel model = hand.build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).cell("表1.组织建设", "五级", "0", "0", "0").build());
		// at 五级 only 表1 (40%) is scored: every weight × 100/40, w'(组织建设) = 12% · 5/2 = 3/10
		assertEquals(Rational.of(3, 10), r.subdomain("表1.组织建设").effectiveWeight(5));
		// A(5) = 1 − 3/10 = 7/10
		assertEquals(Rational.of(7, 10), r.levelScore(5));
		assertEquals("table 表3 has no scored clause at level 五级: its weight is spread over the other table at that level",
				gaps(r, Kind.TABLE_EMPTY_AT_LEVEL).get(0).message());
		assertEquals(2, gaps(r, Kind.DOMAIN_EMPTY_AT_LEVEL).size());
	}
}
