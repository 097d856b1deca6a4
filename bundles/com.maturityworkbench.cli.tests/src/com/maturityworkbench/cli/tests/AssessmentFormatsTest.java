package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.TextDecoding;
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * One assessment, many spellings, end to end through {@code mwb score}: CSV in UTF-8, UTF-8 with BOM and GB18030
 * (what Excel in a Chinese locale saves), CSV as a spreadsheet writes it (CRLF, padded metadata rows, quoted multi-line
 * text) — all score identically. And the text and HTML reports say what they must. (Records, decoding and the layouts
 * are tested on the readers alone, in the assessment IO tests; CSV, JSON and XLSX of the generated templates, names
 * and numbers, against the formulas and the standalone jar in {@link ScoringContractTest}.)
 */
class AssessmentFormatsTest {
	@BeforeEach
	void english() {
		Language.set(Language.EN); // the messages and report texts asserted here are the English ones
	}

	@TempDir
	Path dir;
	Path model;
	Fixture fixture;

	/** The assessment of {@link HandWorkedScoresTest#fullMiningAssessmentWithTailoring} (S = 2.77 → 二级). */
	@BeforeEach
	void assessment() throws IOException {
		Language.set(Language.ZH);
		model = HandModel.write(dir);
		fixture = new Fixture(Models.load(model), "采选").tailor("表2.丁");
		fixture.cell("表5.甲.一级", "全部满足", "全部满足").cell("表5.乙.一级", "1").cell("表6.丙.一级", "大部分满足").cell("表6.戊.一级", "全部满足", "0.8", "部分满足");
		fixture.cell("表5.甲.二级", "全部满足", "部分满足").cell("表5.乙.二级", "大部分满足").cell("表6.丙.二级", "全部满足").cell("表6.戊.二级", "大部分满足", "大部分满足", "0.5");
		fixture.cell("表5.甲.三级", "部分满足", "部分满足").cell("表5.乙.三级", "部分满足").cell("表6.丙.三级", "大部分满足").cell("表6.戊.三级", "部分满足", "不满足", "大部分满足");
		fixture.cell("表5.甲.四级", "不满足", "部分满足").cell("表5.乙.四级", "0").cell("表6.丙.四级", "部分满足").cell("表6.戊.四级", "不满足", "不满足", "部分满足");
		fixture.cell("表5.甲.五级", "不满足", "不满足").cell("表5.乙.五级", "不满足").cell("表6.丙.五级", "部分满足");
		fixture.cell("表6.庚.一级", "全部满足");
	}

	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** The JSON report without the members that name the file and its format. */
	private Map<String, Object> result(Path file) {
		Cli.Run run = Cli.score(model, file, "--format", "json");
		assertEquals("", run.err());
		assertEquals(0, run.exit());
		Map<String, Object> m = new LinkedHashMap<>(run.json());
		m.remove("file");
		m.remove("format");
		return m;
	}

	private String format(Path file) {
		return (String) Cli.score(model, file, "--format", "json").json().get("format");
	}

	@Test
	void utf8Utf8WithBomAndGb18030CsvReadIdentically() throws IOException {
		Path utf8 = Files.write(dir.resolve("utf8.csv"), fixture.csv(StandardCharsets.UTF_8, false));
		Path bom = Files.write(dir.resolve("bom.csv"), fixture.csv(StandardCharsets.UTF_8, true));
		Path gbk = Files.write(dir.resolve("gbk.csv"), fixture.csv(TextDecoding.GB18030, false));
		assertFalse(new String(Files.readAllBytes(gbk), StandardCharsets.UTF_8).contains("全部满足"), "really not UTF-8");
		Map<String, Object> expected = result(utf8);
		assertEquals("2.77", expected.get("totalExact"));
		assertEquals(expected, result(bom));
		assertEquals(expected, result(gbk));
		assertEquals("CSV, UTF-8", format(utf8));
		assertEquals("CSV, UTF-8 with BOM", format(bom));
		assertEquals("CSV, GB18030", format(gbk));
	}

	/**
	 * What a spreadsheet makes of the template: CRLF line ends, every row padded to the widest with empty fields,
	 * blank rows of separators, a full-width colon and semicolon typed into the metadata, a clause text over two
	 * lines with doubled quotes, and the same assessment results.
	 */
	@Test
	void csvAsASpreadsheetSavesIt() throws IOException {
		Map<String, Object> expected = result(fixture.writeCsv(dir.resolve("plain.csv")));
		List<String> lines = new ArrayList<>();
		for (String line : fixture.csvText().split("\n")) {
			if (line.startsWith("# tailored")) {
				line = "# tailored： 表2.丁；";
			}
			lines.add(line.startsWith("#") ? Fixture.csvField(line) + ",,,,,,," : line);
		}
		lines.add(8, ",,,,,,,");
		String text = String.join("\r\n", lines).replace("应建立甲的二级制度。", "\"应建立甲的二级制度，\r\n包括 \"\"年度\"\" 与 \"\"季度\"\" 评审。\"") + "\r\n";
		Path excel = Files.writeString(dir.resolve("excel.csv"), text, StandardCharsets.UTF_8);
		assertEquals(expected, result(excel));
		// a problem after the two-line field (and the blank row): line 20 of the file is row 19 of the spreadsheet
		Path broken = Files.writeString(dir.resolve("broken.csv"), text.replace("表5.乙.一级.1,表5,组织,乙,一级,a),\"应建立乙的一级制度, 并定期更新。\",1",
				"表5.乙.一级.1,表5,组织,乙,一级,a),\"应建立乙的一级制度, 并定期更新。\",一"), StandardCharsets.UTF_8);
		Cli.Run run = Cli.score(model, broken);
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith(broken + ":20（表格第 19 行）: 条款“表5.乙.一级.1”的评分“一”既不是满足程度的得分"), run.err());
	}

	@Test
	void textReportShowsBothReadingsGapsAndTheRoundingNote() throws IOException {
		Cli.Run run = Cli.score(model, fixture.writeCsv(dir.resolve("a.csv")));
		assertEquals(0, run.exit());
		String text = run.out();
		assertTrue(text.contains("企业类型    采选；裁剪 1 个：表2.丁"), text);
		assertTrue(text.contains("S = 2.7700 → 二级      （逐级递进：S = 2.7700 → 二级）"), text);
		assertTrue(text.contains("下一等级 三级 自 S = 2.8 起：还差 0.0300"), text);
		assertTrue(text.contains("能力子域“表2.戊”的五级单元格标注为空（草案未填写）：该等级的权重重新分配"), text);
		assertTrue(text.contains("表2中的成熟度要求行“表6.庚”没有权重：其 5 个条款不计分"), text);
		assertTrue(text.contains("（其中 1 条属于无权重的要求行，不计分）"), text);
		assertTrue(Pattern.compile("表2\\.丙 +10% +15\\.0000% \\* +0\\.8000").matcher(text).find(), text);
		assertTrue(text.contains("表2.丙：w' 一级 15.0000%、二级 15.0000%、三级 15.0000%、四级 15.0000%、五级 60.0000%"), text);
		assertTrue(text.endsWith(Decimals.note() + "\n"), text);
	}

	@Test
	void htmlReportIsOneSelfContainedUtf8Page() throws IOException {
		Cli.Run run = Cli.score(model, fixture.writeCsv(dir.resolve("a.csv")), "--format", "html");
		assertEquals(0, run.exit());
		String html = run.out();
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"), html);
		assertTrue(html.contains("\"Noto Sans CJK SC\""), html);
		assertTrue(html.contains("<p class=\"big\">S = 2.7700 → 二级</p>"), html);
		assertTrue(html.contains(Decimals.note()), html);
		assertFalse(html.contains("src="), "no external resource");
		assertFalse(html.contains("<script"), "no script");
		assertTrue(html.endsWith("</html>\n"));
	}
}
