package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Every kind of unusable assessment, end to end through {@code mwb score}: exit code 2, nothing on stdout, and on
 * stderr every problem located by file and row (line, or sheet and row, or line and column) with the reason in Chinese
 * (English when asked), then one summary line. Each case starts from a valid 采选 assessment of the {@link HandModel}
 * (its positive twin is {@link #theValidAssessmentScores}) and breaks one thing. CSV layout 1: lines 1-6 metadata
 * (line 4 the sector, line 5 the tailoring), line 7 the header, from line 8 one row per clause in table order. The
 * readers' own cases (layouts, encodings, workbooks, JSON structure) are in the assessment IO tests.
 */
class BadAssessmentInputTest {
	@BeforeEach
	void english() {
		Language.set(Language.EN); // the messages and report texts asserted here are the English ones
	}

	@TempDir
	Path dir;
	Path model;
	Models models;

	@BeforeEach
	void model() throws IOException {
		Language.set(Language.ZH);
		model = HandModel.write(dir);
		models = Models.load(model);
	}

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Fixture valid() {
		return new Fixture(models, "采选").all("全部满足");
	}

	/** The CSV line of a clause row. */
	private static int line(Fixture f, String clauseId) {
		for (int i = 0; i < f.rows.size(); i++) {
			if (f.rows.get(i).clauseId().equals(clauseId)) {
				return 8 + i;
			}
		}
		throw new IllegalArgumentException(clauseId);
	}

	private Path csv(String text) throws IOException {
		return Files.writeString(dir.resolve("a.csv"), text, StandardCharsets.UTF_8);
	}

	private Path file(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	/**
	 * Runs mwb score, checks exit 2 and empty stdout, returns the problem lines (the command's summary line, which names
	 * the file and the number of problems, checked and dropped).
	 */
	private List<String> problems(Path assessment) {
		Cli.Run run = Cli.score(model, assessment);
		assertEquals("", run.out(), "nothing on stdout");
		assertEquals(2, run.exit(), run.err());
		List<String> lines = new ArrayList<>(run.errLines());
		String summary = lines.remove(lines.size() - 1);
		assertTrue((summary.startsWith("mwb: " + assessment + ": ") || summary.startsWith("mwb: " + assessment + "："))
				&& summary.contains(String.valueOf(lines.size())), summary);
		return lines;
	}

	private String at(Path file, int line) {
		return file + ":" + line + ": ";
	}

	@Test
	void theValidAssessmentScores() throws IOException {
		Cli.Run run = Cli.score(model, csv(valid().csvText()));
		assertEquals(0, run.exit(), run.err());
		assertEquals("", run.err());
	}

	@Test
	void unknownClauseId() throws IOException {
		Fixture f = valid();
		Path a = csv(f.csvText().replace("表5.乙.三级.1,", "表5.乙.三级.9,"));
		assertEquals(List.of(at(a, line(f, "表5.乙.三级.1")) + "未知条款“表5.乙.三级.9”：修订版“hand”中没有这一条款",
				a + ": 条款“表5.乙.三级.1”缺少评分（能力子域“表1.乙”，三级）：文件中没有这一条款的行"), problems(a));
	}

	@Test
	void missingRating() throws IOException {
		Fixture f = valid();
		f.ratings.remove("表6.戊.二级.2");
		Path a = csv(f.csvText());
		assertEquals(List.of(at(a, line(f, "表6.戊.二级.2")) + "条款“表6.戊.二级.2”缺少评分（能力子域“表2.戊”，二级）"), problems(a));
	}

	@Test
	void missingRowOfAWholeTable() throws IOException {
		Fixture f = valid();
		StringBuilder kept = new StringBuilder();
		for (String l : f.csvText().split("\n")) {
			if (!l.startsWith("表6.")) {
				kept.append(l).append('\n');
			}
		}
		Path a = csv(kept.toString());
		assertEquals(List.of(a + ": 表6没有任何评分行：其中待评分的 27 个条款全部缺失"), problems(a));
	}

	@Test
	void duplicateRatingInCsv() throws IOException {
		Fixture f = valid();
		Path a = csv(f.csvText() + "表5.甲.一级.1,表5,组织,甲,一级,a),again,部分满足\n");
		assertEquals(List.of(at(a, 8 + f.rows.size()) + "重复评分：条款“表5.甲.一级.1”在第 8 行已有一行"), problems(a));
	}

	@Test
	void duplicateRatingInJson() throws IOException {
		String json = valid().json();
		// every rating is on its own line "    "id": "全部满足"," — repeat the first one right after itself
		String first = "    \"表5.甲.一级.1\": \"全部满足\",\n";
		Path a = Files.writeString(dir.resolve("a.json"), json.replace(first, first + first.replace("全部满足", "部分满足")), StandardCharsets.UTF_8);
		int line = (int) json.substring(0, json.indexOf(first)).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(List.of(a + ":" + (line + 1) + ":5: 重复评分：条款“表5.甲.一级.1”在第 " + line + " 行第 5 列已有评分"),
				problems(a));
	}

	@Test
	void ratingNotOnTheScale() throws IOException {
		Fixture f = valid().cell("表5.乙.一级", "0.7").cell("表6.丙.二级", "很好");
		Path a = csv(f.csvText());
		String scale = "全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0";
		assertEquals(List.of(at(a, line(f, "表5.乙.一级.1")) + "条款“表5.乙.一级.1”的评分 0.7 不是任何满足程度的得分（" + scale + "）",
				at(a, line(f, "表6.丙.二级.1")) + "条款“表6.丙.二级.1”的评分“很好”既不是满足程度的得分，也不是其名称（" + scale + "）"), problems(a));
		Language.set(Language.EN);
		assertEquals(List.of(at(a, line(f, "表5.乙.一级.1")) + "rating 0.7 of clause \"表5.乙.一级.1\" is not on the scale (" + scale + ")",
				at(a, line(f, "表6.丙.二级.1")) + "rating \"很好\" of clause \"表6.丙.二级.1\" is neither a value nor a name of the scale (" + scale + ")"),
				problems(a));
	}

	@Test
	void ratingNotOnTheScaleInAWorkbookNamesSheetAndRow() throws IOException {
		Fixture f = valid().cell("表6.丁.一级", new BigDecimal("0.7"), "全部满足");
		Path a = file("a.xlsx", f.xlsx());
		// sheet 表6: row 1 the header, then 丙 (5 rows: 2-6), 丁 一级 a) is row 7
		assertEquals(List.of(a + ": 工作表“表6”第 7 行: 条款“表6.丁.一级.1”的评分 0.7 不是任何满足程度的得分（全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0）"),
				problems(a));
		Language.set(Language.EN);
		assertEquals(List.of(a + ": sheet 表6, row 7: rating 0.7 of clause \"表6.丁.一级.1\" is not on the scale (全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0)"),
				problems(a));
	}

	@Test
	void ratingForATailoredSubdomain() throws IOException {
		Fixture f = new Fixture(models, "采选").tailor("表2.丁").all("全部满足").cell("表6.丁.三级", "全部满足");
		Path a = csv(f.csvText());
		assertEquals(List.of(at(a, line(f, "表6.丁.三级.1")) + "条款“表6.丁.三级.1”有评分，但其能力子域“表2.丁”已被裁剪"), problems(a));
	}

	@Test
	void tailoringNotAllowedByTheRules() throws IOException {
		Path a = csv(new Fixture(models, "采选").tailor("表2.丙").all("全部满足").csvText());
		assertEquals(List.of(at(a, 5) + "能力子域“表2.丙”不可裁剪：修订版的裁剪规则不允许"), problems(a));
	}

	@Test
	void tailoringOfUnknownOrOtherSectorSubdomains() throws IOException {
		Path a = csv(valid().csvText().replace("# tailored: \n", "# tailored: 表2.庚; 表3.己\n"));
		assertEquals(List.of(at(a, 5) + "无法裁剪“表2.庚”：修订版“hand”中没有这一能力子域", at(a, 5) + "无法裁剪“表3.己”：它属于表3（冶炼），不属于采选企业的有效模型"),
				problems(a));
	}

	@Test
	void unknownSector() throws IOException {
		Path a = csv(valid().csvText().replace("# sector: 采选", "# sector: 铸造"));
		assertEquals(List.of(at(a, 4) + "未知的企业类型“铸造”；修订版“hand”的企业类型为采选、冶炼"), problems(a));
	}

	@Test
	void sectorThatDoesNotMatchTheRows() throws IOException {
		Path a = csv(valid().csvText().replace("# sector: 采选", "# sector: 冶炼"));
		assertEquals(List.of(at(a, 4) + "企业类型“冶炼”与评分行不符：文件评了采选企业的 32 行（表6，首行在第 23 行），却没有评冶炼企业的任何条款；请更正企业类型，或改用冶炼企业的评估"),
				problems(a));
		Language.set(Language.EN);
		assertEquals(List.of(at(a, 4) + "sector \"冶炼\" does not match the rows: the file rates 32 rows of sector 采选 (表6, the first at line 23) "
				+ "and no clause of sector 冶炼; correct the sector or use an assessment of sector 冶炼"), problems(a));
	}

	@Test
	void compositeUnitOfAnotherSectorThanItsAssessment() throws IOException {
		Files.writeString(dir.resolve("u.csv"), valid().csvText(), StandardCharsets.UTF_8);
		Fixture smelter = new Fixture(models, "冶炼").all("部分满足");
		Path a = Files.writeString(dir.resolve("c.json"), """
				{"revision": "hand",
				 "composite": {"outputBasis": "values", "units": [
				  {"name": "一厂", "sector": "冶炼", "output": 1200, "assessment": "u.csv"},
				  {"name": "二厂", "sector": "冶炼", "output": 800, "ratings": %s}]}}
				""".formatted(JsonWriter.write(smelter.ratings)), StandardCharsets.UTF_8);
		assertEquals(List.of(a + ":3:18: 下属企业“一厂”的企业类型为冶炼，但其评估 " + dir.resolve("u.csv") + " 的企业类型为采选"), problems(a));
	}

	@Test
	void outputSharesNotSummingToOne() throws IOException {
		Files.writeString(dir.resolve("u.csv"), valid().csvText(), StandardCharsets.UTF_8);
		Fixture smelter = new Fixture(models, "冶炼").all("部分满足");
		Path a = Files.writeString(dir.resolve("c.json"), """
				{"revision": "hand",
				 "composite": {"outputBasis": "shares", "units": [
				  {"name": "一厂", "sector": "采选", "output": 0.6, "assessment": "u.csv"},
				  {"name": "二厂", "sector": "冶炼", "output": 0.3, "ratings": %s}]}}
				""".formatted(JsonWriter.write(smelter.ratings)), StandardCharsets.UTF_8);
		assertEquals(List.of(a + ":2:16: 产值占比合计为 0.9，应为 1（一厂 0.6、二厂 0.3）"), problems(a));
	}

	@Test
	void emptyFile() throws IOException {
		for (String name : List.of("a.csv", "a.json", "a.xlsx")) {
			Path a = file(name, new byte[0]);
			assertEquals(List.of(a + ": 空文件"), problems(a), name);
		}
		Path blank = file("b.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n' });
		assertEquals(List.of(blank + ": 空文件（只有空白）"), problems(blank));
	}

	@Test
	void undecodableText() throws IOException {
		byte[] text = valid().csvText().getBytes(StandardCharsets.UTF_8);
		// the comma after the first clause id (line 8) becomes 0xFF: no UTF-8, no GB18030 sequence starts with it
		byte[] row = "\n表5.甲.一级.1,".getBytes(StandardCharsets.UTF_8);
		int at = indexOf(text, row) + row.length - 1;
		text[at] = (byte) 0xFF;
		Path a = file("a.csv", text);
		assertEquals(List.of(a + ": 文本既不是 UTF-8 也不是 GB18030/GBK（偏移量 " + at + " 处的字节 0xFF 无法解码，第 8 行）；请另存为“CSV UTF-8”"), problems(a));
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException("not found");
	}

	@Test
	void rowWithExtraColumns() throws IOException {
		Fixture f = valid();
		// an unquoted comma in the text pushes the rating into a ninth column
		Path a = csv(f.csvText().replace("应建立乙的二级制度。,全部满足", "应建立乙的二级制度,并持续改进。,全部满足"));
		assertEquals(List.of(at(a, line(f, "表5.乙.二级.1")) + "该行有 9 列，表头只有 8 列（多出：“全部满足”）；字段内有逗号时，须用双引号括起该字段"), problems(a));
	}

	@Test
	void revisionNotInTheModel() throws IOException {
		Path a = csv(valid().csvText().replace("# revision: hand", "# revision: nonferrous_dt_maturity"));
		assertEquals(List.of(at(a, 2) + "未知的修订版“nonferrous_dt_maturity”：模型中的修订版为“hand”"), problems(a));
	}

	@Test
	void malformedJson() throws IOException {
		Path a = file("a.json", "{\"revision\": \"hand\", \"sector\": \"采选\",\n \"ratings\": {\"表5.甲.一级.1\": 1,}}\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(a + ":2:29: 不是有效的 JSON：“}”之前多了一个逗号"), problems(a));
		Language.set(Language.EN);
		assertEquals(List.of(a + ":2:29: not valid JSON: trailing comma before '}'"), problems(a));
	}

	@Test
	void quotedFieldNeverClosed() throws IOException {
		Fixture f = valid();
		Path a = csv(f.csvText().replace(",\"应建立乙的一级制度, 并定期更新。\",", ",\"应建立乙的一级制度, 并定期更新。,"));
		List<String> p = problems(a);
		assertEquals(at(a, line(f, "表5.乙.一级.1")) + "第 " + line(f, "表5.乙.一级.1") + " 行开始的带引号字段没有闭合（字段内的引号须写成两个：\"\"）", p.get(0));
	}
}
