package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.assessment.CsvAssessmentWriter;
import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * The writers of the library: an assessment written as JSON, CSV or XLSX and read back by the readers is the same
 * assessment (sector, tailoring, every rating, the unweighted row's included) in the current layout, and scores as
 * worked out by hand in {@link ReaderModel#handRatings()}; a composite written as JSON reads back unit by unit.
 */
class WritersTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** The hand assessment of {@link ReaderModel}: 丁 tailored, 丙.三级 不满足, 甲.五级.2 部分满足, the unweighted 庚 rated 0.8. */
	private static Assessment hand() {
		Map<String, Rational> ratings = new LinkedHashMap<>();
		ReaderModel.handRatings().forEach((id, name) -> ratings.put(id, switch (name) {
		case "全部满足" -> Rational.ONE;
		case "大部分满足" -> Rational.parse("0.8");
		case "部分满足" -> Rational.parse("0.5");
		default -> Rational.ZERO;
		}));
		return new Assessment(ReaderModel.REVISION, "采选", Set.copyOf(ReaderModel.HAND_TAILORED), ratings);
	}

	private static WrittenAssessment.ClauseTexts texts() {
		Map<String, WrittenAssessment.ClauseText> texts = new LinkedHashMap<>();
		for (ReaderModel.Row r : ReaderModel.miningRows()) {
			texts.put(r.clauseId(), new WrittenAssessment.ClauseText(r.label(), r.text()));
		}
		return texts::get;
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "csv", "xlsx" })
	void writtenThenReadBackIsTheSameAssessmentAndScoresAsByHand(String format) throws IOException, AssessmentInputException {
		Path file = dir.resolve("saved." + format);
		AssessmentWriters.save(file, new WrittenAssessment(ReaderModel.model(), hand(), texts()));
		AssessmentFiles.SingleInput read = Read.single(file);
		assertEquals(hand(), read.mapped().assessment());
		assertEquals(LayoutVersion.CURRENT, read.mapped().rows().layout(), "the writers mark the layout");
		ScoreResult r = Read.score(read);
		assertEquals(ReaderModel.HAND_LEVEL_SCORES, Read.levelScores(r));
		assertEquals(ReaderModel.HAND_TOTAL, r.total().toExactString());
		assertEquals(List.of(), Arrays.stream(dir.toFile().list()).filter(n -> n.endsWith(".part")).toList(), "no temporary file is left");
	}

	@Test
	void csvIsUtf8WithByteOrderMarkMetadataHeaderAndOneRowPerClauseAsTheTemplates() {
		byte[] bytes = CsvAssessmentWriter.write(new WrittenAssessment(ReaderModel.model(), hand(), texts()));
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
		List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
		assertEquals(List.of("# standard: T/READ 1—2025", "# revision: reader", "# status: draft", "# sector: 采选", "# tailored: 表2.丁",
				"# scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0", "# layout: 5", "# enterprise: ", "# creditCode: ", "# address: ", "# industry: ",
				"# assessmentDate: ", "# assessor: ", "# panelMembers: ", "# analysis: ", "# strengths: ", "# weaknesses: ", "# advice: ",
				"条款编号,表,能力域,能力子域,等级,编号,条款内容,评分,导语与注,证据/备注", "clause_id,table,domain,subdomain,level,label,text,rating,context,evidence"),
				lines.subList(0, 20));
		// a model without revision label (as ReaderModel) writes no revisionLabel line; the report's details of layout 5
		// are written empty (11 lines); 甲 10, 乙 5, 丙 5, 丁 5 (tailored: not rated), then the rated clause of the row without weight
		int head = 20;
		assertEquals(head + 25 + 1, lines.size());
		assertEquals("表5.甲.一级.2,表5,组织,甲,一级,b),应建立甲的一级制度，并定期评审。,全部满足,,", lines.get(head + 1));
		assertEquals("表6.丙.三级.1,表6,生产,丙,三级,a),应建立丙的三级制度。,不满足,,", lines.get(head + 10 + 5 + 2));
		assertEquals("表6.丁.一级.1,表6,生产,丁,一级,a),应建立丁的一级制度。,,,", lines.get(head + 20));
		assertEquals("表6.庚.一级.1,表6,生产,庚,一级,a),宜建立庚的制度。,大部分满足,,", lines.get(head + 25));
	}

	/**
	 * Layout 5: the enterprise's particulars and the panel's written parts, a text of several lines among them, read
	 * back from each format as written; what is not filled in stays absent; the scores do not change.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "json", "csv", "xlsx" })
	void theReportsDetailsAreWrittenAndReadBack(String format) throws IOException, AssessmentInputException {
		Map<MetadataKey, String> values = new LinkedHashMap<>();
		values.put(MetadataKey.ENTERPRISE, "示例铜业有限公司（虚构）");
		values.put(MetadataKey.CREDIT_CODE, "91000000MA00000001");
		values.put(MetadataKey.INDUSTRY, "有色金属冶炼, 阴极铜");
		values.put(MetadataKey.ASSESSMENT_DATE, "2026-11-20");
		values.put(MetadataKey.PANEL_MEMBERS, "张三（组长）、李四、王五");
		values.put(MetadataKey.ANALYSIS, "第一段：组织建设扎实。\n第二段：数据治理薄弱，\"一企一策\"见改进建议。");
		values.put(MetadataKey.ADVICE, "建议一年内建成数据中台。");
		EnterpriseDetails details = new EnterpriseDetails(values);
		Path file = dir.resolve("details." + format);
		AssessmentWriters.save(file, new WrittenAssessment(ReaderModel.model(), hand(), texts(), Map.of(), details));
		AssessmentFiles.SingleInput read = Read.single(file);
		assertEquals(LayoutVersion.V5, read.mapped().rows().layout());
		assertEquals(values, EnterpriseDetails.of(read.mapped().rows()).values());
		assertEquals(java.util.Optional.empty(), EnterpriseDetails.of(read.mapped().rows()).value(MetadataKey.ADDRESS));
		assertEquals(hand(), read.mapped().assessment());
		assertEquals(ReaderModel.HAND_TOTAL, Read.score(read).total().toExactString());
	}

	@Test
	void aFieldWithACommaOrAQuoteIsQuoted() throws IOException, AssessmentInputException {
		WrittenAssessment.ClauseTexts quoted = id -> new WrittenAssessment.ClauseText("a)", "应建立\"甲\"的制度，包括 A, B\n两项。");
		Path file = dir.resolve("quoted.csv");
		AssessmentWriters.save(file, new WrittenAssessment(ReaderModel.model(), hand(), quoted));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(",\"应建立\"\"甲\"\"的制度，包括 A, B\n两项。\",全部满足,,\r\n"), text.substring(0, 600));
		assertEquals(hand(), Read.single(file).mapped().assessment());
	}

	@Test
	void aCompositeIsWrittenAsJsonWithItsUnitsInlineAndReadsBackUnitByUnit() throws IOException, AssessmentInputException {
		Map<String, Rational> smelting = new LinkedHashMap<>();
		for (String level : ReaderModel.LEVELS) {
			for (String id : List.of("表5.甲." + level + ".1", "表5.甲." + level + ".2", "表5.乙." + level + ".1")) {
				smelting.put(id, Rational.ONE);
			}
			smelting.put("表7.己." + level + ".1", Rational.parse("0.5"));
		}
		CompositeAssessment composite = new CompositeAssessment(ReaderModel.REVISION, OutputBasis.VALUES,
				List.of(new CompositeUnit("一厂", "采选", Rational.of(new BigDecimal("1200")), hand()),
						new CompositeUnit("二厂", "冶炼", Rational.of(new BigDecimal("800.5")), new Assessment(ReaderModel.REVISION, "冶炼", Set.of(), smelting))));
		Path file = dir.resolve("composite.json");
		AssessmentWriters.saveComposite(file, ReaderModel.model(), composite);
		AssessmentFiles.CompositeInput read = (AssessmentFiles.CompositeInput) Read.input(file);
		assertEquals(composite, read.composite());
		// 二厂 (冶炼): A(i) = 0.4 · 1 + 0.6 · 0.5 = 0.7 at every level; 一厂 as by hand; weights 1200/2000.5 and 800.5/2000.5
		var result = new ScoringEngine(ReaderModel.model()).scoreComposite(read.composite());
		Rational w1 = Rational.of(new BigDecimal("1200")).divide(Rational.of(new BigDecimal("2000.5")));
		Rational w2 = Rational.ONE.subtract(w1);
		assertEquals(w1.multiply(Rational.parse("0.4")).add(w2.multiply(Rational.parse("0.7"))), result.levelScore(3));
		IllegalArgumentException csv = assertThrows(IllegalArgumentException.class,
				() -> AssessmentWriters.saveComposite(dir.resolve("composite.csv"), ReaderModel.model(), composite));
		assertEquals("综合型企业的评估只能保存为 JSON 文件（.json）", csv.getMessage());
	}

	@Test
	void anUnknownExtensionIsRefusedInEnglishToo() {
		Language.set(Language.EN);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> AssessmentWriters.save(dir.resolve("a.txt"), new WrittenAssessment(ReaderModel.model(), hand(), texts())));
		assertEquals("unknown assessment format: the file name must end in .json, .csv or .xlsx", e.getMessage());
		assertEquals(List.of(), Arrays.asList(dir.toFile().list()), "nothing is written");
	}
}
