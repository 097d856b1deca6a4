package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.engine.SubdomainWeights;
import com.maturityworkbench.scoring.engine.SubdomainWeights.SectorWeights;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * A subdomain's effective weight per sector, as the runtime redistributes it, and the hover that shows it, on the
 * shipped draft. Worked by hand from Tables 1-4 and the rows of Tables 5 and 7:
 * <ul>
 * <li>表5 has a row with clauses at every level for every subdomain of 表1: a common subdomain keeps its weight in
 * every sector (组织建设 3%).</li>
 * <li>表3 (冶炼, 51%), domain 技术 (3%): 技术创新与改造 2% has no row of its name (表7's 技术创新 is a drift and scores
 * nothing), 中试验证 1% has one: 中试验证 gets the whole domain, 1% · 3% / 1% = 3%; 技术创新与改造 0.</li>
 * <li>表3 domain 数字化生产 (39%): scored are the rows of 工艺设计 2, 计划调度 1, 生产作业 12, 质量管控 3, 安全生产 5,
 * 环保管理 5, 能源管理 2 = 30%; 产品设计 and 成本管理 have no row, 设备及公辅设施管理 and 仓储物流 only drifted ones (设备管理,
 * 仓储配送). 生产作业: 12% · 39 / 30 = 15.6%.</li>
 * <li>Every domain of 表1 and 表3 keeps something scored at every level: no spreading between domains or tables.</li>
 * </ul>
 */
class SubdomainWeightsTest {
	private static Snapshot draft;

	@BeforeAll
	static void load() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (Path p : ShippedDraft.files()) {
			files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
		}
		draft = QuickFixHarness.load(files, ShippedDraft.folder() + "/");
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@AfterEach
	void reset() {
		Language.set(Language.ZH);
	}

	private static WeightedSubdomain weighted(String table, String name) {
		for (EObject o : (Iterable<EObject>) () -> draft.resource("weights.maturity").getAllContents()) {
			if (o instanceof WeightedSubdomain s && s.getName().equals(name) && ScoringModelBuilder.subdomainId(s).equals(table + "." + name)) {
				return s;
			}
		}
		throw new AssertionError("no " + table + "." + name);
	}

	private static SubdomainWeights weights(String table, String name) {
		WeightedSubdomain s = weighted(table, name);
		ScoringEngine engine = new ScoringEngine(ScoringModelBuilder.build(QuickFixHarness.injector().getInstance(RevisionLocator.class).revisionOf(s)));
		return SubdomainWeights.of(engine, table + "." + name).orElseThrow();
	}

	private static List<Rational> fiveTimes(Rational r) {
		return Collections.nCopies(5, r);
	}

	private static String hover(EObject element) {
		return QuickFixHarness.injector().getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
	}

	@Test
	void theRuntimesEffectiveWeightsAreTheHandWorkedOnes() {
		SubdomainWeights organisation = weights("表1", "组织建设");
		assertEquals(Rational.of(3, 100), organisation.declared());
		assertEquals(List.of(new SectorWeights("采选", fiveTimes(Rational.of(3, 100))), new SectorWeights("冶炼", fiveTimes(Rational.of(3, 100))),
				new SectorWeights("加工", fiveTimes(Rational.of(3, 100)))), organisation.sectors());
		assertEquals(List.of(new SectorWeights("冶炼", fiveTimes(Rational.of(3, 100)))), weights("表3", "中试验证").sectors());
		assertEquals(List.of(new SectorWeights("冶炼", fiveTimes(Rational.ZERO))), weights("表3", "技术创新与改造").sectors());
		SubdomainWeights production = weights("表3", "生产作业");
		assertEquals(Rational.of(12, 100), production.declared());
		assertEquals(List.of(new SectorWeights("冶炼", fiveTimes(Rational.of(156, 1000)))), production.sectors());
	}

	/** What a language server answers: Xtext's hover service asks the same documentation provider. */
	@Test
	void theLanguageServersHoverServiceAnswersTheSame() throws IOException {
		String text = Files.readString(ShippedDraft.folder().resolve("weights.maturity"), StandardCharsets.UTF_8);
		int offset = text.indexOf("    生产作业 12%", text.indexOf("weights 表3")) + 5;
		Document document = new Document(1, text);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(draft.resource("weights.maturity").getURI().toString()),
				document.getPosition(offset));
		Hover hover = QuickFixHarness.injector().getInstance(IHoverService.class).hover(document, draft.resource("weights.maturity"), params,
				CancelIndicator.NullImpl);
		assertEquals("生产作业 12%（表3，能力域 数字化生产）\n有效权重（不裁剪，经本表重新分配后）：冶炼 15.6%", hover.getContents().getRight().getValue());
		assertEquals(document.getPosition(offset - 1), hover.getRange().getStart());
	}

	@Test
	void theHoverOfAWeightRowAndOfTheRequirementRowThatScoresItShowsThem() {
		assertEquals("生产作业 12%（表3，能力域 数字化生产）\n有效权重（不裁剪，经本表重新分配后）：冶炼 15.6%", hover(weighted("表3", "生产作业")));
		assertEquals("组织建设 3%（表1，能力域 组织）\n有效权重（不裁剪，经本表重新分配后）：采选 3%；冶炼 3%；加工 3%", hover(weighted("表1", "组织建设")));
		RequirementRow trial = null;
		for (EObject o : (Iterable<EObject>) () -> draft.resource("table7-smelting.maturity").getAllContents()) {
			if (o instanceof RequirementRow r && r.getName().equals("中试验证")) {
				trial = r;
			}
		}
		assertEquals("中试验证 1%（表3，能力域 技术）\n有效权重（不裁剪，经本表重新分配后）：冶炼 3%", hover(trial));
		Language.set(Language.EN);
		assertEquals("中试验证 1% (表3, domain 技术)\neffective weight (untailored, after the table's redistribution): 冶炼 3%", hover(trial));
	}
}
