package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.analysis.WeightTableOverview;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Row;
import com.maturityworkbench.dsl.analysis.WeightTableOverview.Table;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;

/**
 * The weight tables as the workbench's view shows them, on the shipped draft: the sums printed in the standard
 * (6 "主要评估域及推荐权重见表 1~表 4，其中基础共性、行业特性能力子域合计权重分别为 49%、51%"), each domain's
 * subtotal added up by hand from Tables 1-4 of the seed, and the locations of the weights in the file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MaturityInjectorProvider.class)
class WeightTableOverviewTest {
	@Inject
	private RevisionWorkspaceService service;

	private List<Table> shipped(java.util.function.UnaryOperator<String> edit) throws Exception {
		return WeightTableOverview.of(service.load(ShippedDraft.sources(edit)).revisions().get(0).revision());
	}

	@Test
	void tablesOneToFourWithTheStandardsSumsAndTargets() throws Exception {
		List<Table> tables = shipped(t -> t);
		assertEquals(List.of("表1", "表2", "表3", "表4"), tables.stream().map(Table::name).toList());
		assertEquals(List.of("表1（基础共性）", "表2（行业特性·采选）", "表3（行业特性·冶炼）", "表4（行业特性·加工）"),
				tables.stream().map(Table::description).toList());
		assertEquals(List.of("49", "51", "51", "51"), tables.stream().map(t -> t.sum().toPlainString()).toList());
		assertEquals(List.of("49", "51", "51", "51"), tables.stream().map(t -> t.target().toPlainString()).toList());
		assertTrue(tables.stream().allMatch(Table::meetsTarget));
		assertEquals(List.of(21, 18, 19, 20), tables.stream().map(t -> t.rows().size()).toList());
		// 表1: 组织 3+3+2+2, 技术 3+2, 数据 6+2+2+2, 资源 8+2+2+2, 数字化运营 1+2+1+1, 效益 1+1+1
		assertEquals(List.of("组织=10", "技术=5", "数据=12", "资源=14", "数字化运营=5", "效益=3"),
				tables.get(0).domains().stream().map(d -> d.name() + "=" + d.sum().toPlainString()).toList());
		// 表3: 技术 2+1, 数字化运营 2+3, 数字化生产 1+2+1+12+3+3+3+5+5+2+2, 数字化服务 1+1+1+1
		assertEquals(List.of("技术=3", "数字化运营=5", "数字化生产=39", "数字化服务=4"),
				tables.get(2).domains().stream().map(d -> d.name() + "=" + d.sum().toPlainString()).toList());
		assertEquals("基础共性", tables.get(0).part());
		assertNull(tables.get(0).sector());
		assertEquals("冶炼", tables.get(2).sector());
		assertEquals("有色金属行业基础共性能力域", tables.get(0).title());
	}

	@Test
	void locationsAreTheRowsAndWeightsInTheFilesText() throws Exception {
		List<SourceText> sources = ShippedDraft.sources(t -> t);
		String weights = sources.stream().filter(s -> s.label().equals("weights.maturity")).findFirst().orElseThrow().text();
		Table t1 = shipped(t -> t).get(0);
		Row first = t1.rows().get(0);
		assertEquals("组织", first.domain());
		assertEquals("组织建设", first.subdomain());
		assertEquals(new BigDecimal("3"), first.weight());
		assertEquals("3%", first.printedWeight());
		assertTrue(first.row().file().endsWith("weights.maturity"), first.row().file());
		int at = weights.indexOf("组织建设 3%");
		assertEquals(at, first.row().offset());
		assertEquals("组织建设 3%".length(), first.row().length());
		assertEquals(at + "组织建设 ".length(), first.weightText().offset());
		assertEquals(2, first.weightText().length());
		assertEquals(weights.indexOf("weights 表1") + "weights ".length(), t1.header().offset());
		assertTrue(t1.whole().contains(first.row().offset()));
		assertFalse(t1.whole().contains(weights.indexOf("weights 表2")));
	}

	@Test
	void anEditedWeightChangesTheSumAndTheSubtotalButNotTheTarget() throws Exception {
		Table t1 = shipped(t -> t.replace("组织建设 3%", "组织建设 4.5%")).get(0);
		assertEquals(new BigDecimal("50.5"), t1.sum());
		assertEquals(new BigDecimal("49"), t1.target());
		assertFalse(t1.meetsTarget());
		assertEquals(new BigDecimal("11.5"), t1.domains().get(0).sum());
		assertEquals(new BigDecimal("4.5"), t1.rows().get(0).weight());
	}
}
