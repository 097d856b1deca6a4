package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.report.ImpactTextReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.Population.Member;
import com.maturityworkbench.revision.simulate.Population.Unit;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * {@code --population DIR} on the shipped assessments (CSV, XLSX, a tailored JSON and a composite): each scored as
 * the engine scores the file; against itself nothing moves; files that are not assessments are listed with their
 * problem; a clause added to the new revision is rated from each unit's own ratings of its subdomain and level.
 */
class AssessmentPopulationTest {
	private static WorkspaceRevision draft;

	@TempDir
	Path folder;

	@BeforeAll
	static void load() throws Exception {
		draft = EditedDraft.original();
	}

	@BeforeEach
	void chinese() throws Exception {
		Language.set(Language.ZH);
		try (Stream<Path> shipped = Files.list(ShippedDraft.folder().resolve("assessments"))) {
			for (Path p : shipped.toList()) {
				Files.copy(p, folder.resolve(p.getFileName()));
			}
		}
		Files.writeString(folder.resolve("broken.json"), "{ \"revision\": ", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("notes.txt"), "not an assessment", StandardCharsets.UTF_8);
	}

	@Test
	void theShippedAssessmentsAgainstTheDraftItself() throws Exception {
		RevisionModel model = draft.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(model, model, draft.revision(), draft.revision());
		Population p = sim.folder(folder, "assessments", 1);
		assertEquals(List.of("composite-综合型.json", "mining-采选.csv", "processing-加工.xlsx", "smelting-冶炼.json"),
				p.members().stream().map(Member::name).toList());
		assertEquals(List.of("broken.json", "notes.txt"), p.unreadable().stream().map(Population.Unreadable::file).toList());
		p.unreadable().forEach(u -> assertFalse(u.problems().isEmpty(), u.file()));
		assertEquals(1, p.composites());
		assertEquals(0, p.drawnRatings());
		assertFalse(p.members().get(3).units().get(0).oldTailored().isEmpty(), "the smelting assessment tailors subdomains");
		ScoringEngine engine = new ScoringEngine(model);
		List<ImpactSimulation.Outcome> outcomes = sim.outcomes(p);
		for (int i = 0; i < p.size(); i++) {
			Member m = p.members().get(i);
			AssessmentFiles.Input input = AssessmentFiles.read(folder.resolve(m.name()), m.name(), AssessmentMapper.Revisions.of(model));
			double expected = input instanceof AssessmentFiles.CompositeInput c ? MemberAssessments.value(engine.scoreComposite(c.composite()).total())
					: MemberAssessments.value(engine.score(((AssessmentFiles.SingleInput) input).mapped().assessment()).total());
			assertEquals(expected, outcomes.get(i).oldTotal(), 1e-12, m.name());
			assertEquals(expected, outcomes.get(i).newTotal(), 1e-12, m.name());
		}
		ImpactReport r = sim.run(p, true, true);
		assertTrue(r.isDiagonal());
		String text = ImpactTextReport.of(r);
		assertTrue(text.contains("人群：评估文件夹 assessments，共 4 家企业（其中综合型企业 1 家）"), text);
		assertTrue(text.contains("未纳入模拟的文件：2 个\n  broken.json："), text);
		assertTrue(text.contains("\n  notes.txt："), text);
	}

	@Test
	void aClauseNewInTheNewRevisionIsDrawnFromEachUnitsProfile() throws Exception {
		String d = "在数字化转型合作与外部生态拓展方面建立基本的认知。在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n";
		WorkspaceRevision added = new EditedDraft().replace("table5-common.maturity", d, d + "        e) 新增条款。\"企业应为测试新增一个条款。\"\n")
				.without("examples.maturity").edited();
		RevisionModel old = draft.scoringModel();
		RevisionModel nu = added.scoringModel();
		ImpactSimulation sim = new ImpactSimulation(old, nu, draft.revision(), added.revision());
		Population p = sim.folder(folder, "assessments", 1);
		assertEquals(6, p.drawnRatings(), "one new clause for each of the 3 single enterprises and the composite's 3 units");
		for (Member m : p.members()) {
			for (Unit u : m.units()) {
				SectorModel before = SectorModel.of(old, u.sector());
				SectorModel after = SectorModel.of(nu, u.sector());
				Set<Integer> own = new HashSet<>();
				for (int k = 0; k < before.clauseOrder().size(); k++) {
					var ref = before.clause(before.clauseOrder().get(k)).orElseThrow();
					if (ref.subdomain().subdomain().name().equals("组织建设") && ref.levelIndex() == 0) {
						own.add((int) u.oldRatings()[k]);
					}
				}
				int at = after.clauseOrder().indexOf("表5.组织建设.一级.5");
				assertTrue(at >= 0, after.clauseOrder().toString());
				assertTrue(own.contains((int) u.newRatings()[at]), m.name() + " / " + u.name() + ": " + u.newRatings()[at] + " not in " + own);
			}
		}
		String text = ImpactTextReport.of(sim.run(p, true, false));
		assertTrue(text.contains("新修订版中新增条款的评分按企业画像抽取：6 个评分\n  抽取方法：从该企业（单元）自身在对应能力子域同一等级的评分中"), text);
		assertTrue(text.contains("新增条款 表5 组织建设 一级 e"), text);
	}
}
