package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * What the readers say about input they cannot use, in Chinese (English in a few cases): every issue located by file
 * and line (CSV), line and column (JSON) or sheet and row (XLSX), in the drafters' terms. Each case breaks one thing of
 * the valid assessment of {@link Filled} (its positive twin is {@link #theValidAssessmentReads}). CSV layout 1: lines 1-6
 * the metadata (4 the sector, 5 the tailoring), line 7 the header.
 */
class UnusableInputTest {
	private static final String HEADER = "clause_id,table,domain,subdomain,level,label,text,rating";

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void theValidAssessmentReads() throws AssessmentInputException {
		assertEquals(Set.of("表2.丁"), Read.single(Read.write(dir, "a.csv", new Filled().csvText())).mapped().assessment().tailored());
	}

	@Test
	void filesThatAreNoAssessment() throws Exception {
		Path missing = dir.resolve("x.csv");
		assertEquals(List.of(missing + ": 文件不存在"), Read.issues(missing));
		Path folder = Files.createDirectory(dir.resolve("f.json"));
		assertEquals(List.of(folder + ": 这是文件夹，不是评估文件"), Read.issues(folder));
		Path xls = Read.write(dir, "a.xls", "x");
		assertEquals(List.of(xls + ": 不读取 Excel 97-2003 工作簿（.xls），请另存为 .xlsx"), Read.issues(xls));
		Path txt = Read.write(dir, "a.txt", "x");
		assertEquals(List.of(txt + ": 未知的评估文件格式：文件名应以 .json、.csv 或 .xlsx 结尾"), Read.issues(txt));
		Language.set(Language.EN);
		assertEquals(List.of(txt + ": unknown assessment format: the file name must end in .json, .csv or .xlsx"), Read.issues(txt));
	}

	@Test
	void workbooksThatAreNone() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
		Path xls = Read.write(dir, "a.xlsx", ole2);
		assertEquals(List.of(xls + ": 这是 Excel 97-2003 工作簿（.xls），请另存为 .xlsx 工作簿"), Read.issues(xls));
		Path csv = Read.write(dir, "b.xlsx", new Filled().csvText());
		assertEquals(List.of(csv + ": 不是 XLSX 工作簿（XLSX 文件是 ZIP 压缩包；是否是改名为 .xlsx 的 CSV 文本？）"), Read.issues(csv));
		Path empty = Read.write(dir, "c.xlsx", new byte[0]);
		assertEquals(List.of(empty + ": 空文件"), Read.issues(empty));
	}

	@Test
	void requirementSheetsWithoutTheirHeaderRow() {
		Filled f = new Filled();
		f.ratingHeader = "评分";
		Path a = Read.write(dir, "a.xlsx", f.xlsx(false));
		String expected = "此处应为表头行 " + HEADER + "（至少包含 clause_id 和 rating）";
		assertEquals(List.of(a + ": 工作表“表5”第 1 行: " + expected, a + ": 工作表“表6”第 1 行: " + expected,
				a + ": 没有表头行为 " + HEADER + " 的工作表（每个成熟度要求表一个工作表）"), Read.issues(a));
	}

	@Test
	void aTruthValueIsNoRating() {
		Filled f = new Filled();
		f.ratings.put("表5.乙.一级.1", Boolean.TRUE);
		Path a = Read.write(dir, "a.xlsx", f.xlsx(false));
		// sheet 表5: row 1 the header, 甲 rows 2-11, 乙 一级 is row 12
		assertEquals(List.of(a + ": 工作表“表5”第 12 行: 条款“表5.乙.一级.1”的评分单元格是逻辑值 true，不是评分"), Read.issues(a));
	}

	@Test
	void aWorkbookWithoutItsInformationSheet() {
		Filled f = new Filled();
		f.infoSheet = false;
		Path a = Read.write(dir, "a.xlsx", f.xlsx(false));
		assertEquals(List.of(a + ": 没有工作表“评估信息”（其中各行为 standard、revision、sector、tailored 等）", a + ": 评估未写明修订版（“reader”）"), Read.issues(a));
	}

	@Test
	void csvWithoutItsHeaderRow() {
		String metadata = new Filled().csvText().substring(0, new Filled().csvText().indexOf("clause_id"));
		Path semicolons = Read.write(dir, "a.csv", metadata + HEADER.replace(',', ';') + "\r\n");
		assertEquals(List.of(semicolons + ":7: 此处应为表头行 " + HEADER + "（至少包含 clause_id 和 rating），实际为“" + HEADER.replace(',', ';')
				+ "”；各字段以分号分隔，请另存为以逗号分隔的 CSV"), Read.issues(semicolons));
		Path none = Read.write(dir, "b.csv", metadata);
		assertEquals(List.of(none + ": 没有表头行 " + HEADER + "（至少包含 clause_id 和 rating）"), Read.issues(none));
		Language.set(Language.EN);
		assertEquals(List.of(none + ": no header row " + HEADER + " (at least clause_id and rating)"), Read.issues(none));
	}

	@Test
	void metadataGivenTwice() {
		Path a = Read.write(dir, "a.csv", new Filled().csvText().replace("# sector: 采选\r\n", "# sector: 采选\r\n# 企业类型: 冶炼\r\n# sector: 冶炼\r\n"));
		assertEquals(List.of(a + ":6: “sector”出现了两次（第一次在第 4 行）"), Read.issues(a));
	}

	@Test
	void tailoringByABareNameUniqueInTheModel() throws AssessmentInputException {
		Path a = Read.write(dir, "a.csv", new Filled().csvText().replace("# tailored: 表2.丁", "# tailored: 丁"));
		assertEquals(Set.of("表2.丁"), Read.single(a).mapped().assessment().tailored());
		Path twice = Read.write(dir, "b.csv", new Filled().csvText().replace("# tailored: 表2.丁", "# tailored: 丁；表2.丁"));
		assertEquals(List.of(twice + ":5: 能力子域“表2.丁”被裁剪了两次"), Read.issues(twice));
	}

	@Test
	void jsonMembersOfTheWrongKind() {
		String valid = new Filled().json();
		String misspelt = valid.replace("\"sector\"", "\"sectr\"");
		Path unknown = Read.write(dir, "a.json", misspelt);
		assertEquals(List.of(Read.at(unknown, misspelt, "\"sectr\"")
				+ ": 未知成员“sectr”；单个企业的评估包含 layout, standard, revision, revisionLabel, status, sector, tailored, scale, enterprise, creditCode, address, industry, assessmentDate, assessor, panelMembers, analysis, strengths, weaknesses, advice, ratings, panel, evidence；综合型企业的评估包含“composite”",
				unknown + ": 评估未写明企业类型（采选、冶炼之一）"), Read.issues(unknown));
		String numeric = valid.replace("\"sector\": \"采选\"", "\"sector\": 3");
		Path number = Read.write(dir, "b.json", numeric);
		String sector = Read.at(number, numeric, "\"sector\"");
		assertEquals(List.of(sector + ": “sector”应为文本，而不是数字 3", number + ": 评估未写明企业类型（采选、冶炼之一）"), Read.issues(number));
		String truth = valid.replace("\"表5.乙.一级.1\": \"全部满足\"", "\"表5.乙.一级.1\": true");
		Path rating = Read.write(dir, "c.json", truth);
		assertEquals(List.of(Read.at(rating, truth, "\"表5.乙.一级.1\"") + ": 条款“表5.乙.一级.1”的评分应为数字或文本，而不是逻辑值 true"), Read.issues(rating));
		Language.set(Language.EN);
		assertEquals(List.of(sector + ": \"sector\" must be a text, not the number 3", number + ": the assessment does not name its sector (one of 采选, 冶炼)"),
				Read.issues(number));
	}

	@Test
	void compositeUnitsThatCannotBeScored() {
		Read.write(dir, "u.csv", new Filled().csvText());
		String text = """
				{"revision": "reader",
				 "composite": {"outputBasis": "shares", "units": [
				  {"name": "一厂", "sector": "冶炼", "output": 0.6, "assessment": "u.csv"},
				  {"name": "一厂", "sector": "采选", "output": 0.3, "assessment": "u.csv", "tailored": []}]}}
				""";
		Path c = Read.write(dir, "c.json", text);
		String unit = dir.resolve("u.csv").toString();
		assertEquals(List.of(Read.at(c, text, "\"assessment\"", 2) + ": 下属企业“一厂”既有评估文件“assessment”，又有自己的 tailored/ratings；二者只能取其一",
				Read.at(c, text, "\"sector\"") + ": 下属企业“一厂”的企业类型为冶炼，但其评估 " + unit + " 的企业类型为采选",
				Read.at(c, text, "\"name\"", 2) + ": 下属企业名称“一厂”重复（第一次在第 3 行第 4 列）",
				Read.at(c, text, "\"outputBasis\"") + ": 产值占比合计为 0.9，应为 1（一厂 0.6、一厂 0.3）"), Read.issues(c));
		Language.set(Language.EN);
		assertEquals(Read.at(c, text, "\"outputBasis\"") + ": output shares sum to 0.9, not 1 (一厂 0.6, 一厂 0.3)", Read.issues(c).get(3));
	}

	@Test
	void aUnitNeedsASingleAssessment() {
		Read.write(dir, "u.csv", new Filled().csvText());
		Path inner = Read.write(dir, "c.json", """
				{"revision": "reader", "composite": {"units": [{"name": "一厂", "sector": "采选", "output": 1, "assessment": "u.csv"}]}}""");
		String text = """
				{"revision": "reader", "composite": {"units": [{"name": "二厂", "sector": "采选", "output": 1, "assessment": "c.json"}]}}""";
		Path outer = Read.write(dir, "d.json", text);
		assertEquals(List.of(Read.at(outer, text, "\"assessment\"") + ": 下属企业“二厂”：" + inner + " 是综合型企业评估，下属企业需要单个企业的评估"), Read.issues(outer));
	}

	@Test
	void aCompositeWithoutUnits() {
		String text = """
				{"revision": "reader", "composite": {"outputBasis": "output", "units": [], "aggregation": "median"}}""";
		Path c = Read.write(dir, "c.json", text);
		assertEquals(List.of(Read.at(c, text, "\"outputBasis\"") + ": “outputBasis”应为 \"values\"（产值）或 \"shares\"（产值占比，合计为 1），而不是文本“output”",
				Read.at(c, text, "\"aggregation\"") + ": 未知成员“aggregation”；“composite”包含 outputBasis, units（各类型企业的汇总方式由修订版规定）",
				Read.at(c, text, "\"units\"") + ": 综合型企业评估至少需要一个下属企业"), Read.issues(c));
	}
}
