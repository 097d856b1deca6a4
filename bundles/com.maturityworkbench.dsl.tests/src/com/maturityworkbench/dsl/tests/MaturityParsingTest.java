package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Comparison;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.PartKind;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.Status;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;

/** What the parser makes of a revision: names, numbers and clause labels exactly as printed. */
@ExtendWith(InjectionExtension.class)
@InjectWith(MaturityInjectorProvider.class)
public class MaturityParsingTest {
	@Inject
	private ParseHelper<Model> parseHelper;

	private Model parse(String text) throws Exception {
		Model model = parseHelper.parse(text);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		return model;
	}

	private static RequirementRow row(Model model, String name) {
		return EcoreUtil2.getAllContentsOfType(model, RequirementRow.class).stream().filter(r -> r.getName().equals(name))
				.findFirst().orElseThrow();
	}

	@Test
	public void validRevisionParsesIntoItsTables() throws Exception {
		Model model = parse(RevisionText.valid().singleFile());
		assertEquals("有色转型", model.getStandard().getName());
		assertEquals("有色金属行业数字化转型成熟度评估", model.getStandard().getTitle());
		assertEquals(Status.DRAFT, model.getStandard().getStatus());
		assertEquals(List.of("一级", "二级", "三级", "四级", "五级"),
				EcoreUtil2.getAllContentsOfType(model, Level.class).stream().map(Level::getName).toList());
		assertEquals(List.of("1", "0.8", "0.5", "0"),
				EcoreUtil2.getAllContentsOfType(model, Rating.class).stream().map(Rating::getValue).toList());
		List<Part> parts = EcoreUtil2.getAllContentsOfType(model, Part.class);
		assertEquals(List.of(PartKind.COMMON, PartKind.SECTOR), parts.stream().map(Part::getKind).toList());
		assertEquals(List.of("49%", "51%"), parts.stream().map(Part::getTarget).toList());
		List<WeightTable> weights = EcoreUtil2.getAllContentsOfType(model, WeightTable.class);
		assertEquals(List.of("表1", "表2"), weights.stream().map(WeightTable::getName).toList());
		assertEquals("采选", weights.get(1).getSector().getName());
		assertNull(weights.get(0).getSector());
		assertEquals(List.of("组织建设 12%", "转型战略 12%", "成本管理 13%", "智慧化决策 12%"),
				EcoreUtil2.getAllContentsOfType(weights.get(0), WeightedSubdomain.class).stream()
						.map(s -> s.getName() + " " + s.getWeight()).toList());
		assertEquals(9, EcoreUtil2.getAllContentsOfType(model, RequirementRow.class).size());
		assertEquals(90, EcoreUtil2.getAllContentsOfType(model, Clause.class).size());
	}

	@Test
	public void clauseKeepsItsLabelAsPrintedAndItsTextUnquoted() throws Exception {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("组织建设").cell("一级").clauses(RevisionText.Clause.of("a)", "应设立\"首席数据官\"岗位"),
				RevisionText.Clause.of("b）", "应明确职责"), RevisionText.Clause.of("3、", "应定期评审"), RevisionText.Clause.of(null, "应形成记录"));
		Model model = parse(rev.singleFile());
		Cell cell = row(model, "组织建设").getCells().get(0);
		assertEquals("一级", cell.getLevel().getName());
		assertEquals(List.of("a)", "b）", "3、", "null"),
				cell.getClauses().stream().map(c -> String.valueOf(c.getLabel())).toList());
		assertEquals("应设立\"首席数据官\"岗位", cell.getClauses().get(0).getText());
	}

	@Test
	public void clauseMayNameItsTopicBeforeTheText() throws Exception {
		String text = RevisionText.valid().singleFile().replace("a) \"应在组织建设方面达到一级的第一项要求。\"",
				"a) 组织结构。\"应在组织建设方面达到一级的第一项要求。\"");
		Clause clause = row(parse(text), "组织建设").getCells().get(0).getClauses().get(0);
		assertEquals("a)", clause.getLabel());
		assertEquals("组织结构", clause.getTopic());
		assertEquals("应在组织建设方面达到一级的第一项要求。", clause.getText());
	}

	@Test
	public void quotedNameWithPunctuationIsUnquoted() throws Exception {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("智慧化决策").name = "智慧化决策 (待完善)";
		rev.weights("表2").domain("生产").name = "服务能力、交付及运行";
		Model model = parse(rev.singleFile());
		assertEquals("智慧化决策 (待完善)", row(model, "智慧化决策 (待完善)").getName());
		assertTrue(EcoreUtil2.getAllContentsOfType(model, com.maturityworkbench.dsl.maturity.WeightDomain.class).stream()
				.anyMatch(d -> d.getName().equals("服务能力、交付及运行")));
	}

	@Test
	public void cellDeclaredEmptyKeepsItsReason() throws Exception {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表6").row("仓储物流").cell("五级").emptyReason = "草案未填写";
		Cell cell = row(parse(rev.singleFile()), "仓储物流").getCells().get(4);
		assertTrue(cell.isEmpty());
		assertEquals("草案未填写", cell.getReason());
		assertTrue(cell.getClauses().isEmpty());
	}

	@Test
	public void determinationKeepsComparisonThresholdAndBandsAsPrinted() throws Exception {
		RevisionText rev = RevisionText.valid();
		rev.comparison = ">";
		Determination d = EcoreUtil2.getAllContentsOfType(parse(rev.singleFile()), Determination.class).get(0);
		assertEquals(Comparison.ABOVE, d.getComparison());
		assertEquals("0.8", d.getThreshold());
		Band first = d.getBands().get(0);
		Band last = d.getBands().get(4);
		assertEquals("一级 0.8 1.8 open", first.getLevel().getName() + " " + first.getLow() + " " + first.getHigh() + " "
				+ (first.isHighClosed() ? "closed" : "open"));
		assertEquals("五级 4.8 5 closed", last.getLevel().getName() + " " + last.getLow() + " " + last.getHigh() + " "
				+ (last.isHighClosed() ? "closed" : "open"));
	}

	@Test
	public void tailoringNamesSubdomainsByTableAndName() throws Exception {
		Tailoring t = EcoreUtil2.getAllContentsOfType(parse(RevisionText.valid().singleFile()), Tailoring.class).get(0);
		assertFalse(t.isAll());
		assertEquals(List.of("智能装备 8%", "采矿作业 12%"),
				t.getSubdomains().stream().map(s -> s.getName() + " " + s.getWeight()).toList());
	}

	@Test
	public void ideographicSpaceAndCommentsAreWhiteSpace() throws Exception {
		String text = RevisionText.valid().singleFile().replace("  组织建设 12%\n", "\u3000组织建设 12% // 表1 第一行\n")
				.replace("scale\n", "scale /* 表9 */\n");
		Model model = parse(text);
		assertEquals(4, EcoreUtil2.getAllContentsOfType(model, Rating.class).size());
	}
}
