package com.maturityworkbench.scoring.tests;

import static com.maturityworkbench.scoring.tests.HandModel.SMELTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.TailoringScope;
import com.maturityworkbench.scoring.result.ScoreResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.scoring.i18n.Language;

/** 6.1: tailored weight is rescaled proportionally inside the domain of the same table. */
class TailoringTest {
	/** These messages are asserted in English; their Chinese texts in {@link RuntimeMessagesTest}. */
	@BeforeEach
	void english() {
		Language.set(Language.EN);
	}

	@Test
	void tailoredWeightIsRescaledProportionallyInsideTheDomain() {
		RevisionModel model = HandModel.model();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).tailor("表1.流程管理")
				.cell("表1.组织建设", "一级", "1", "0.8", "0.5").cell("表1.转型战略", "一级", "0", "0").build());
		// 组织 keeps W = 30%; retained 组织建设 12% + 转型战略 10% = 22%
		// w'(组织建设) = 12% · 30/22 = 180/11 % = 9/55 = 0.1636...; w'(转型战略) = 10% · 30/22 = 3/22 = 0.13636...
		assertEquals(Rational.of(9, 55), r.subdomain("表1.组织建设").effectiveWeight(1));
		assertEquals(Rational.of(3, 22), r.subdomain("表1.转型战略").effectiveWeight(1));
		assertEquals(Rational.ZERO, r.subdomain("表1.流程管理").effectiveWeight(1));
		assertNull(r.subdomain("表1.流程管理").score(1));
		assertTrue(r.subdomain("表1.流程管理").tailored());
		// other domains untouched
		assertEquals(Rational.of(7, 100), r.subdomain("表1.信息安全").effectiveWeight(1));
		// A(1) = 9/55 · 23/30 + 3/22 · 0 + 70% · 1 = 69/550 + 385/550 = 454/550 = 227/275 = 0.8254...
		assertEquals(Rational.of(227, 275), r.levelScore(1));
		Rational total = r.effectiveWeights(1).values().stream().reduce(Rational.ZERO, Rational::add);
		assertEquals(Rational.ONE, total);
		assertEquals(Rational.of(9, 55), r.effectiveWeights(4).get("表1.组织建设"));
	}

	@Test
	void tailoringEveryRemainingSubdomainOfADomainIsAnErrorUnderDomainScope() {
		RevisionModel model = HandModel.hand().scope(TailoringScope.DOMAIN).build();
		AssessmentException e = assertThrows(AssessmentException.class,
				() -> new ScoringEngine(model).score(Ratings.of(model, SMELTING).tailor("表3.技术创新与改造", "表3.中试验证").build()));
		assertEquals("tailoring removes every subdomain of domain \"技术\" of table 表3; the revision redistributes tailored weight only within a domain",
				e.getMessage());
	}

	@Test
	void tailoringEveryRemainingSubdomainOfADomainSpreadsItOverTheTableUnderTableScope() {
		RevisionModel model = HandModel.hand().scope(TailoringScope.TABLE).build();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).tailor("表3.技术创新与改造", "表3.中试验证")
				.cell("表3.生产作业", "一级", "0", "0", "0").build());
		// 技术 (10%) goes to the only other domain of 表3: W'(数字化生产) = 50% · 60/50 = 60%
		// w'(生产作业) = 30% · 60/50 = 36% = 9/25; w'(安全生产) = w'(环保管理) = 10% · 60/50 = 12% = 3/25
		assertEquals(Rational.of(9, 25), r.subdomain("表3.生产作业").effectiveWeight(1));
		assertEquals(Rational.of(3, 25), r.subdomain("表3.安全生产").effectiveWeight(1));
		assertEquals(Rational.of(3, 25), r.subdomain("表3.环保管理").effectiveWeight(1));
		// the common table's 技术 domain is a separate entry and keeps 10%
		assertEquals(Rational.of(7, 100), r.subdomain("表1.信息安全").effectiveWeight(1));
		// A(1) = 1 − 9/25 = 16/25
		assertEquals(Rational.of(16, 25), r.levelScore(1));
	}

	@Test
	void tailoringADomainOfOneTableLeavesTheSameNamedDomainOfTheOtherTableAlone() {
		RevisionModel model = HandModel.model();
		ScoreResult r = new ScoringEngine(model).score(Ratings.of(model, SMELTING).tailor("表3.中试验证").build());
		// 表3's 技术: 技术创新与改造 6% · 10/6 = 10%; 表1's 技术 unchanged
		assertEquals(Rational.of(1, 10), r.subdomain("表3.技术创新与改造").effectiveWeight(2));
		assertEquals(Rational.of(7, 100), r.subdomain("表1.信息安全").effectiveWeight(2));
		assertEquals(Rational.of(3, 100), r.subdomain("表1.研发管理").effectiveWeight(2));
	}
}
