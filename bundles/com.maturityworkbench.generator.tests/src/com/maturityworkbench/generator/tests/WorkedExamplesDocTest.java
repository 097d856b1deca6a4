package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.ExampleView;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.HtmlDoc;
import com.maturityworkbench.generator.MarkdownDoc;

/**
 * The annex of worked examples (计算示例) in the generated documentation of the shipped draft, with the arithmetic
 * written out. 冶炼示例 by hand: at 三级 the common domains count their whole 表1 weight (组织 3+3+2+2 = 10 %, 数据
 * 6+2+2+2 = 12 %, 资源 8+2+2+2 = 14 %, 效益 1+1 = 2 %), the 表3 domains half of theirs; A(三级) = 0.49 + 0.255 = 0.745,
 * not met, so S = 1 + 1 + 0.745 + 1 + 1 = 4.745 in 四级's band [3.8, 4.8).
 */
class WorkedExamplesDocTest {
	private static GenerationModel shipped;

	@BeforeAll
	static void load() throws Exception {
		shipped = Generation.load(ShippedDraft.folder()).model();
	}

	@Test
	void everyExampleOfTheDraftIsInTheAnnex() {
		assertEquals(List.of("冶炼示例", "采选示例", "加工示例", "综合示例"), shipped.examples().stream().map(ExampleView::name).toList());
	}

	@Test
	void theSmeltingExampleWithItsArithmetic() {
		ExampleView e = shipped.examples().get(0);
		ExampleView.Level third = e.levels().get(2);
		assertEquals("三级", third.name());
		assertTrue(third.arithmetic().startsWith("组织 0.1 + "), third.arithmetic());
		assertTrue(third.arithmetic().contains(" + 数据 0.12 + 资源 0.14 + "), third.arithmetic());
		assertTrue(third.arithmetic().endsWith(" = 0.745"), third.arithmetic());
		assertEquals("0.745", third.expected());
		assertEquals(false, third.met());
		assertEquals("1 + 1 + 0.745 + 1 + 1 = 4.745", e.totalArithmetic());
		assertEquals("[3.8, 4.8)", e.band());
		String conclusion = "S = 1 + 1 + 0.745 + 1 + 1 = 4.745，落在 [3.8, 4.8)，成熟度等级为四级。";
		assertTrue(HtmlDoc.render(shipped).contains("<h2>附录C（资料性）计算示例</h2>"));
		assertTrue(HtmlDoc.render(shipped).contains("<p>" + conclusion + "</p>"));
		assertTrue(MarkdownDoc.render(shipped).contains("## 附录C（资料性）计算示例\n"));
		assertTrue(MarkdownDoc.render(shipped).contains("S = 1 + 1 + 0.745 + 1 + 1 = 4.745，落在 \\[3.8, 4.8)，成熟度等级为四级。"));
	}

	@Test
	void theTailoredAndTheProcessingExamples() {
		ExampleView mining = shipped.examples().get(1);
		assertEquals(List.of("服务产品"), mining.tailored());
		assertEquals("0.49 + 1 + 1 + 1 + 1 = 4.49", mining.totalArithmetic());
		ExampleView processing = shipped.examples().get(2);
		assertEquals("0.794 + 1 + 1 + 1 + 1 = 4.794", processing.totalArithmetic());
		assertEquals(List.of("全部条款：大部分满足（0.8）", "条款 表5.组织建设.一级.1：不满足（0）"), processing.ratings());
	}

	/**
	 * The composite example (附录A), worked by hand in examples.maturity: type weights 0.3, 0.6, 0.1 by output;
	 * A_SUM(一级) = 0.3 × 0.49 + 0.6 × 1 + 0.1 × 0.794 = 0.8264, A_SUM(三级) = 0.3 + 0.6 × 0.49 + 0.1 × 0.8 = 0.674; S = 4.674.
	 */
	@Test
	void theCompositeExampleWithTheTypesArithmetic() {
		ExampleView c = shipped.examples().get(3);
		assertEquals("综合型", c.sector());
		assertEquals(List.of("采选 0.3（铜矿）", "冶炼 0.6（冶炼厂）", "加工 0.1（铜材厂）"), c.types());
		assertEquals("采选 0.3 × 0.49 + 冶炼 0.6 × 1 + 加工 0.1 × 0.794 = 0.8264", c.levels().get(0).arithmetic());
		assertEquals("采选 0.3 × 1 + 冶炼 0.6 × 0.49 + 加工 0.1 × 0.8 = 0.674", c.levels().get(2).arithmetic());
		assertEquals("0.674", c.levels().get(2).expected());
		assertEquals(false, c.levels().get(2).met());
		assertEquals("1 + 1 + 0.674 + 1 + 1 = 4.674", c.totalArithmetic());
		assertEquals("[3.8, 4.8)", c.band());
		assertEquals("四级", c.levelName());
		assertEquals("铜矿（采选，产值 3000，裁剪 服务产品）：全部条款：全部满足（1）；表6 一级：不满足（0） → A(i) = 0.49、1、1、1、1", c.units().get(0));
	}
}
