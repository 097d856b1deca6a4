package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb score MODEL --example NAME}: the shipped draft's worked examples scored as assessments, with the values
 * the examples state (worked by hand in examples.maturity): 冶炼 A(三级) = 0.49 + 0.51 × 0.5 = 0.745, S = 4.745;
 * 采选 A(一级) = 0.49, S = 4.49; 加工 A(一级) = 0.8 − 0.03 × 0.2 = 0.794, S = 4.794 — all three 四级.
 */
class WorkedExampleScoreTest {
	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> result(String example) {
		Cli.Run run = Cli.run("score", ShippedDraft.folder().toString(), "--example", example, "--format", "json");
		assertEquals(0, run.exit(), run.err());
		return run.json();
	}

	@Test
	void theSmeltingExampleScoresAsItsTextSays() {
		Map<String, Object> r = result("冶炼示例");
		assertEquals(List.of("1", "1", "0.745", "1", "1"), ((List<?>) r.get("levelScoresExact")).stream().map(String::valueOf).toList());
		assertEquals("4.745", r.get("totalExact"));
		assertEquals("四级", r.get("levelName"));
		assertEquals("计算示例 冶炼示例", r.get("file"));
	}

	@Test
	void theMiningAndProcessingExamplesToo() {
		assertEquals("4.49", result("采选示例").get("totalExact"));
		Map<String, Object> processing = result("加工示例");
		assertEquals("0.794", ((List<?>) processing.get("levelScoresExact")).get(0));
		assertEquals("4.794", processing.get("totalExact"));
	}

	/** The composite example: A_SUM(i) and S as worked by hand in examples.maturity, with the units and the enterprise's plan. */
	@Test
	void theCompositeExampleScoresAsAComposite() {
		Map<String, Object> r = result("综合示例");
		assertEquals("composite", r.get("kind"));
		assertEquals(List.of("0.8264", "0.98", "0.674", "0.98", "0.98"), ((List<?>) r.get("levelScoresExact")).stream().map(String::valueOf).toList());
		assertEquals("4.674", r.get("totalExact"));
		assertEquals("四级", r.get("levelName"));
		Map<?, ?> composite = (Map<?, ?>) r.get("composite");
		assertEquals(List.of("铜矿", "冶炼厂", "铜材厂"), ((List<?>) composite.get("units")).stream().map(u -> ((Map<?, ?>) u).get("name")).toList());
		// 五级 needs S ≥ 4.8: A_SUM(三级) must reach 0.8 (+0.126); the smelter's 表7 三级 clauses carry 0.6 of their gain
		Map<?, ?> plan = (Map<?, ?>) composite.get("nextLevelPlan");
		assertEquals("五级", plan.get("target"));
		assertEquals("pooled", plan.get("method"));
		Cli.Run text = Cli.run("score", ShippedDraft.folder().toString(), "--example", "综合示例");
		assertEquals(0, text.exit(), text.err());
		assertTrue(text.out().contains("企业（组合）升到 五级（S ≥ 4.8）"), text.out());
	}

	@Test
	void anUnknownExampleIsNamedWithTheOnesThereAre() {
		Cli.Run run = Cli.run("score", ShippedDraft.folder().toString(), "--example", "示例九");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("修订版中没有计算示例“示例九”；它的计算示例是 冶炼示例, 采选示例, 加工示例, 综合示例"), run.err());
	}

	@Test
	void anAssessmentOrAnExampleNotBoth() {
		Cli.Run run = Cli.run("score", ShippedDraft.folder().toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("二者取一"), run.err());
	}
}
