package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.migrate.AssessmentMigration;
import com.maturityworkbench.revision.migrate.CarriedUnit;
import com.maturityworkbench.revision.migrate.CarriedUnit.Carry;
import com.maturityworkbench.revision.migrate.CarriedUnit.Reason;
import com.maturityworkbench.revision.migrate.CarriedUnit.TailoringCarry;
import com.maturityworkbench.revision.migrate.Migration;
import com.maturityworkbench.revision.report.MigrationJson;
import com.maturityworkbench.revision.report.MigrationTextReport;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * An assessment of the shipped draft carried to a revision derived from it with a known list of edits — the label
 * 征求意见稿 → 送审稿, the subdomain 变革管理 renamed 变革与转型管理 (weight and row), 数字化财务 losing its weight row (its
 * requirement row is then scored no more), and in 表5 组织建设 one clause rewritten (一级 c), one added (一级 e), one removed
 * (二级 d), one relabelled (三级 d → e) and one moved (四级 c → 五级, after c) — gives exactly the expected lists: every
 * other rating kept, the renumbered and moved ones listed, the rewritten one for review, the new one to rate, the
 * removed and no longer scored ones reported, the tailoring carried by subdomain match or dropped.
 */
class AssessmentMigrationTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final String T5 = "table5-common.maturity";
	private static final String ORG_4_C = "        c) 管理制度。\"基本建立企业内数字化业务对外赋能的规章制度。基本建立企业内数字化业务对外赋能的流程规范和决策程序。\"\n";
	private static final String ORG = "表5.组织建设.";
	private static RevisionModel oldModel;
	private static RevisionModel newModel;
	private static AssessmentMigration migration;

	@TempDir
	Path dir;

	@BeforeAll
	static void revisions() throws Exception {
		EditedDraft edits = new EditedDraft().without("examples.maturity")
				.replace("standard.maturity", "revision \"征求意见稿\"", "revision \"送审稿\"")
				.replace("weights.maturity", "    变革管理 2%\n", "    变革与转型管理 2%\n")
				.replace(T5, "    subdomain 变革管理\n", "    subdomain 变革与转型管理\n")
				.replace("weights.maturity", "    数字化财务 1%\n", "")
				.replace(T5, "基本建立数字化转型相关工作的流程规范。\"", "基本建立数字化转型相关工作的流程规范和考核办法。\"")
				.replace(T5, "在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n",
						"在数字化转型合作与外部生态拓展方面建立明确相关负责人。\"\n        e) 人才培养。\"应制定数字化人才培养计划。\"\n")
				.replace(T5, "        d) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成基本的规划文件。在数字化转型合作与外部生态拓展方面配备相关的岗位。\"\n", "")
				.replace(T5, "        d) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成完善的规划文件", "        e) 对外拓展。\"在数字化转型合作与外部生态拓展方面形成完善的规划文件")
				.replace(T5, ORG_4_C, "")
				.replace(T5, "建立完善的企业内数字化业务对外赋能的流程规范和决策程序。\"\n",
						"建立完善的企业内数字化业务对外赋能的流程规范和决策程序。\"\n" + ORG_4_C.replace("c) 管理制度", "e) 管理制度"));
		WorkspaceRevision old = EditedDraft.original();
		WorkspaceRevision nu = edits.edited();
		oldModel = old.scoringModel();
		newModel = nu.scoringModel();
		migration = new AssessmentMigration(oldModel, newModel, RevisionOutline.of(old.revision()), RevisionOutline.of(nu.revision()));
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** A 冶炼 enterprise of the draft: every retained clause 全部满足, but 组织建设 一级 c) 部分满足 and 二级 d) 大部分满足. */
	private static Assessment smelting(Set<String> tailored) {
		SectorModel sm = SectorModel.of(oldModel, "冶炼");
		Map<String, Rational> ratings = new LinkedHashMap<>();
		for (String id : sm.clauseOrder()) {
			if (!tailored.contains(sm.clause(id).orElseThrow().subdomain().id())) {
				ratings.put(id, Rational.ONE);
			}
		}
		ratings.put(ORG + "一级.3", Rational.parse("0.5"));
		ratings.put(ORG + "二级.4", Rational.parse("0.8"));
		return new Assessment(oldModel.revisionId(), "冶炼", tailored, ratings);
	}

	/** The old clause ids of a row, in the runtime's order. */
	private static List<String> rowClauses(String row) {
		return SectorModel.of(oldModel, "冶炼").clauseOrder().stream().filter(id -> id.startsWith(row)).toList();
	}

	@Test
	void everyRatingIsCarriedThroughTheClauseMapAndEveryChangeListed() {
		CarriedUnit u = migration.carry(null, smelting(Set.of()), Map.of());
		assertEquals(List.of(new Carry(ORG + "一级.3", ORG + "一级.3", "部分满足", Reason.CHANGED)), u.review());
		assertEquals(List.of(new Carry(null, ORG + "一级.5", "", Reason.ADDED)), u.toRate());
		List<Carry> removed = new ArrayList<>(List.of(new Carry(ORG + "二级.4", null, "大部分满足", Reason.REMOVED)));
		// 数字化财务 lost its weight: its row is no longer scored, its ratings are reported, not carried
		rowClauses("表5.数字化财务.").forEach(id -> removed.add(new Carry(id, id, "全部满足", Reason.NOT_SCORED)));
		assertEquals(10, removed.size() - 1, "数字化财务 has two clauses at each of the five levels");
		assertEquals(removed, u.removed());
		List<Carry> renumbered = new ArrayList<>(List.of(new Carry(ORG + "三级.4", ORG + "三级.4", "全部满足", Reason.RENUMBERED),
				new Carry(ORG + "四级.4", ORG + "四级.3", "全部满足", Reason.RENUMBERED), new Carry(ORG + "四级.3", ORG + "五级.4", "全部满足", Reason.MOVED),
				new Carry(ORG + "五级.4", ORG + "五级.5", "全部满足", Reason.RENUMBERED)));
		// the renamed subdomain's clauses keep their ratings under their new ids
		rowClauses("表5.变革管理.").forEach(id -> renumbered.add(new Carry(id, id.replace("变革管理", "变革与转型管理"), "全部满足", Reason.RENUMBERED)));
		assertEquals(4 + 25, renumbered.size());
		assertEquals(Set.copyOf(renumbered), Set.copyOf(u.carried().stream().filter(c -> c.reason() != Reason.SAME).toList()));
		int newClauses = SectorModel.of(newModel, "冶炼").clauseOrder().size();
		assertEquals(newClauses - 2, u.carried().size(), "all but the new and the rewritten clause");
		assertEquals(newClauses - 1 + 10, u.assessment().ratings().size(), "and the ten ratings of 数字化财务, kept though not scored");
		assertEquals(Rational.parse("0.5"), u.assessment().ratings().get(ORG + "一级.3"));
		assertEquals(List.of(), u.tailoring());
		assertEquals("nonferrous_dt_maturity", u.assessment().revisionId());
		assertTrue(!u.complete());
	}

	@Test
	void tailoringIsCarriedBySubdomainMatchOrDropped() {
		CarriedUnit u = migration.carry(null, smelting(new LinkedHashSet<>(List.of("表1.变革管理", "表1.数字化财务"))), Map.of());
		assertEquals(List.of(new TailoringCarry("表1.变革管理", "表1.变革与转型管理"), new TailoringCarry("表1.数字化财务", null)), u.tailoring());
		assertEquals(Set.of("表1.变革与转型管理"), u.assessment().tailored());
		assertTrue(u.carried().stream().noneMatch(c -> c.newId().startsWith("表5.变革与转型管理.")), "a tailored subdomain is not rated");
		assertEquals(List.of(new Carry(null, ORG + "一级.5", "", Reason.ADDED)), u.toRate());
		assertEquals(List.of(new Carry(ORG + "二级.4", null, "大部分满足", Reason.REMOVED)), u.removed());
	}

	@Test
	void theReportSaysWhatCarriedOverInChineseAndInEnglish() {
		Migration m = migration.single(smelting(new LinkedHashSet<>(List.of("表1.变革管理", "表1.数字化财务"))), Map.of());
		String text = MigrationTextReport.of(m, "in.json", "out.json");
		int carried = m.units().get(0).carried().size();
		assertEquals("""
				评估迁移：nonferrous_dt_maturity（征求意见稿） → nonferrous_dt_maturity（送审稿）
				评估表 in.json → out.json
				沿用评分：%d 条（其中改号或移动 4 条）
				  表5.组织建设.三级.4 → 表5.组织建设.三级.4：全部满足（改号）
				  表5.组织建设.四级.4 → 表5.组织建设.四级.3：全部满足（改号）
				  表5.组织建设.四级.3 → 表5.组织建设.五级.4：全部满足（移动）
				  表5.组织建设.五级.4 → 表5.组织建设.五级.5：全部满足（改号）
				条文已修改、评分沿用，请复核：1 条
				  表5.组织建设.一级.3 → 表5.组织建设.一级.3：部分满足（条文修改）
				待评分：1 条
				  表5.组织建设.一级.5（新增条款）
				新修订版删除或不再计分的已评分条款：1 条
				  表5.组织建设.二级.4：大部分满足（已删除）
				裁剪：表1.变革管理 → 表1.变革与转型管理
				裁剪：表1.数字化财务 在新修订版中没有对应的能力子域，不再裁剪
				迁移后的评估尚有 1 条待评分（评估进行中）。
				""".formatted(carried), text);
		Language.set(Language.EN);
		assertTrue(MigrationTextReport.of(m, "in.json", "out.json").contains("\nto rate: 1\n  表5.组织建设.一级.5 (new clause)\n"));
		JsonObject json = JsonParser.parseString(MigrationJson.of(m, "in.json", "out.json")).getAsJsonObject();
		assertEquals(false, json.get("complete").getAsBoolean());
		JsonObject unit = json.getAsJsonArray("units").get(0).getAsJsonObject();
		assertEquals("表5.组织建设.一级.5", unit.getAsJsonArray("toRate").get(0).getAsJsonObject().get("new").getAsString());
		assertEquals("added", unit.getAsJsonArray("toRate").get(0).getAsJsonObject().get("reason").getAsString());
		assertEquals(carried, unit.getAsJsonArray("carried").size());
	}

	/**
	 * The carried assessment written as the input's format names the new revision: read against the new revision it
	 * lacks exactly the new clause (an assessment in progress), against the old one it is refused as another revision's.
	 */
	@Test
	void theWrittenAssessmentIsOneOfTheNewRevisionInProgress() throws Exception {
		Map<String, String> evidence = Map.of(ORG + "四级.3", "文件：数字化业务对外赋能管理办法");
		Migration m = migration.single(smelting(Set.of()), evidence);
		CarriedUnit u = m.units().get(0);
		assertEquals(Map.of(ORG + "五级.4", "文件：数字化业务对外赋能管理办法"), u.evidence(), "evidence follows its clause");
		for (String format : List.of("json", "csv", "xlsx")) {
			Path file = dir.resolve("carried." + format);
			AssessmentWriters.save(file, new WrittenAssessment(newModel, u.assessment(), migration.newClauseTexts(), u.evidence()));
			List<String> issues = assertThrows(AssessmentInputException.class,
					() -> AssessmentFiles.read(file, "carried", AssessmentMapper.Revisions.of(newModel))).issues().stream().map(InputIssue::message).toList();
			assertEquals(1, issues.size(), format + ": " + issues);
			assertTrue(issues.get(0).contains(ORG + "一级.5"), issues.get(0));
			List<String> other = assertThrows(AssessmentInputException.class,
					() -> AssessmentFiles.read(file, "carried", AssessmentMapper.Revisions.of(oldModel))).issues().stream().map(InputIssue::message).toList();
			assertEquals(List.of("评估表属于标准“nonferrous_dt_maturity”的修订版“送审稿”，不能按修订版“征求意见稿”评分；"
					+ "请先用 mwb migrate OLD NEW ASSESSMENT 把它迁移到修订版“征求意见稿”"), other);
		}
		// rated, the carried assessment is complete and reads back as written, evidence included
		Map<String, Rational> ratings = new LinkedHashMap<>(u.assessment().ratings());
		ratings.put(ORG + "一级.5", Rational.parse("0.8"));
		Path file = dir.resolve("rated.csv");
		AssessmentWriters.save(file, new WrittenAssessment(newModel, u.assessment().withRatings(ratings), migration.newClauseTexts(), u.evidence()));
		AssessmentFiles.SingleInput back = (AssessmentFiles.SingleInput) AssessmentFiles.read(file, "rated", AssessmentMapper.Revisions.of(newModel));
		assertEquals(ratings, back.mapped().assessment().ratings());
		assertEquals(u.evidence(), back.mapped().rows().evidence());
		assertTrue(Files.readString(file).contains("# revisionLabel: 送审稿\r\n"));
	}

	@Test
	void aCompositeIsCarriedUnitByUnit() {
		CompositeAssessment composite = new CompositeAssessment(oldModel.revisionId(), OutputBasis.VALUES,
				List.of(new CompositeUnit("一厂", "冶炼", Rational.of(3, 1), smelting(Set.of())),
						new CompositeUnit("二厂", "冶炼", Rational.of(1, 1), smelting(Set.of("表1.变革管理")))));
		Migration m = migration.composite(composite, Map.of());
		assertEquals(List.of("一厂", "二厂"), m.units().stream().map(CarriedUnit::unit).toList());
		assertEquals(List.of(Set.of(), Set.of("表1.变革与转型管理")), m.composite().units().stream().map(x -> x.assessment().tailored()).toList());
		assertEquals(List.of(Rational.of(3, 1), Rational.of(1, 1)), m.composite().units().stream().map(CompositeUnit::output).toList());
		assertEquals(2, m.units().stream().mapToInt(x -> x.toRate().size()).sum());
		assertTrue(MigrationTextReport.of(m, "c.json", "d.json").contains("\n单位“二厂”（冶炼）\n"));
	}
}
