package com.maturityworkbench.ui.tests;

import static com.maturityworkbench.ui.tests.Workbench.waitForCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.hover.MaturityTextHover;

/**
 * The hover on the draft: a subdomain's declared and effective weight per sector (the runtime's numbers, worked by
 * hand in dsl.tests' SubdomainWeightsTest), on its weight row and on the requirement row that scores it; a finding's
 * message where there is one.
 */
class HoverTest extends DraftTest {
	private static final String EFFECTIVE = "有效权重（不裁剪，经本表重新分配后）：";

	private static String hover(MaturityEditor editor, int offset) {
		waitForCheck(editor);
		return new MaturityTextHover(editor, LanguageServices.injector()).hoverText(offset);
	}

	@Test
	void aWeightRowShowsItsEffectiveWeightPerSector() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		String text = weights.document().get();
		int production = text.indexOf("    生产作业 12%", text.indexOf("weights 表3")) + 5;
		assertEquals("生产作业 12%（表3，能力域 数字化生产）\n" + EFFECTIVE + "冶炼 15.6%", hover(weights, production));
		int organisation = text.indexOf("    组织建设 3%") + 5;
		assertEquals("组织建设 3%（表1，能力域 组织）\n" + EFFECTIVE + "采选 3%；冶炼 3%；加工 3%", hover(weights, organisation));
	}

	@Test
	void aRequirementRowShowsItsWeightRowAndItsFindings() throws Exception {
		MaturityEditor table7 = Workbench.open(draft.resolve("table7-smelting.maturity"));
		String text = table7.document().get();
		int trial = text.indexOf("subdomain 中试验证") + "subdomain ".length() + 1;
		String trialHover = hover(table7, trial);
		assertTrue(trialHover.endsWith("中试验证 1%（表3，能力域 技术）\n" + EFFECTIVE + "冶炼 3%"), trialHover);
		// 表7 lists 中试验证 under 数字化生产, 表3 under 技术: the placement finding comes first
		assertTrue(trialHover.contains("能力子域“中试验证”在") && trialHover.contains("[naming.domain-placement]"), trialHover);
		// the drifted row: its finding, then the weight row it probably means, which scores nothing in 冶炼
		int drifted = text.indexOf("subdomain 技术创新\n") + "subdomain ".length() + 1;
		String driftHover = hover(table7, drifted);
		assertTrue(driftHover.contains("[coverage.name-drift]"), driftHover);
		assertTrue(driftHover.endsWith("技术创新与改造 2%（表3，能力域 技术）\n" + EFFECTIVE + "冶炼 0%"), driftHover);
	}
}
