package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Every kind of unusable assessment: exit code 2, nothing on stdout, and on stderr every problem located by file and
 * row (line, or sheet and row, or line and column) with the reason, then one summary line. Each case starts from a
 * valid 采选 assessment of the {@link HandModel} (its positive twin is {@link #theValidAssessmentScores}) and breaks one
 * thing. CSV layout: lines 1-6 metadata (line 4 the sector, line 5 the tailoring), line 7 the header, from line 8 one
 * row per clause in table order.
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
		model = HandModel.write(dir);
		models = Models.load(model);
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

	/** Runs mwb score, checks exit 2 and empty stdout, returns the problem lines (summary line checked and dropped). */
	private List<String> problems(Path assessment) {
		Cli.Run run = Cli.score(model, assessment);
		assertEquals("", run.out(), "nothing on stdout");
		assertEquals(2, run.exit(), run.err());
		List<String> lines = new ArrayList<>(run.errLines());
		String summary = lines.remove(lines.size() - 1);
		assertEquals("mwb: " + assessment + ": " + lines.size() + " problem" + (lines.size() == 1 ? "" : "s") + "; nothing scored", summary);
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
		assertEquals(List.of(at(a, line(f, "表5.乙.三级.1")) + "unknown clause \"表5.乙.三级.9\": revision \"hand\" has no such clause",
				a + ": missing rating for clause \"表5.乙.三级.1\" (subdomain \"表1.乙\", level 三级): the file has no row for it"), problems(a));
	}

	@Test
	void missingRating() throws IOException {
		Fixture f = valid();
		f.ratings.remove("表6.戊.二级.2");
		Path a = csv(f.csvText());
		assertEquals(List.of(at(a, line(f, "表6.戊.二级.2")) + "missing rating for clause \"表6.戊.二级.2\" (subdomain \"表2.戊\", level 二级)"), problems(a));
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
		assertEquals(List.of(a + ": no rows for requirement table 表6: its 27 clauses to rate are missing"), problems(a));
	}

	@Test
	void duplicateRatingInCsv() throws IOException {
		Fixture f = valid();
		Path a = csv(f.csvText() + "表5.甲.一级.1,表5,组织,甲,一级,a),again,部分满足\n");
		assertEquals(List.of(at(a, 8 + f.rows.size()) + "duplicate rating: clause \"表5.甲.一级.1\" already has a row at line 8"), problems(a));
	}

	@Test
	void duplicateRatingInJson() throws IOException {
		String json = valid().json();
		// every rating is on its own line "    "id": "全部满足"," — repeat the first one right after itself
		String first = "    \"表5.甲.一级.1\": \"全部满足\",\n";
		Path a = Files.writeString(dir.resolve("a.json"), json.replace(first, first + first.replace("全部满足", "部分满足")), StandardCharsets.UTF_8);
		int line = (int) json.substring(0, json.indexOf(first)).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(List.of(a + ":" + (line + 1) + ":5: duplicate rating: clause \"表5.甲.一级.1\" already has a rating at line " + line + ", column 5"),
				problems(a));
	}

	@Test
	void ratingNotOnTheScale() throws IOException {
		Fixture f = valid().cell("表5.乙.一级", "0.7").cell("表6.丙.二级", "很好");
		Path a = csv(f.csvText());
		String scale = "(全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0)";
		assertEquals(List.of(at(a, line(f, "表5.乙.一级.1")) + "rating 0.7 of clause \"表5.乙.一级.1\" is not on the scale " + scale,
				at(a, line(f, "表6.丙.二级.1")) + "rating \"很好\" of clause \"表6.丙.二级.1\" is neither a value nor a name of the scale " + scale), problems(a));
	}

	@Test
	void ratingNotOnTheScaleInAWorkbookNamesSheetAndRow() throws IOException {
		Fixture f = valid().cell("表6.丁.一级", new BigDecimal("0.7"), "全部满足");
		Path a = file("a.xlsx", f.xlsx());
		// sheet 表6: row 1 the header, then 丙 (5 rows: 2-6), 丁 一级 a) is row 7
		assertEquals(List.of(a + ": sheet 表6, row 7: rating 0.7 of clause \"表6.丁.一级.1\" is not on the scale (全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0)"),
				problems(a));
	}

	@Test
	void ratingForATailoredSubdomain() throws IOException {
		Fixture f = new Fixture(models, "采选").tailor("表2.丁").all("全部满足").cell("表6.丁.三级", "全部满足");
		Path a = csv(f.csvText());
		assertEquals(List.of(at(a, line(f, "表6.丁.三级.1")) + "clause \"表6.丁.三级.1\" is rated but its subdomain \"表2.丁\" is tailored out"), problems(a));
	}

	@Test
	void tailoringNotAllowedByTheRules() throws IOException {
		Path a = csv(new Fixture(models, "采选").tailor("表2.丙").all("全部满足").csvText());
		assertEquals(List.of(at(a, 5) + "subdomain \"表2.丙\" may not be tailored: the revision's tailoring rule does not allow it"), problems(a));
	}

	@Test
	void tailoringOfUnknownOrOtherSectorSubdomains() throws IOException {
		Path a = csv(valid().csvText().replace("# tailored: \n", "# tailored: 表2.庚; 表3.己\n"));
		assertEquals(List.of(at(a, 5) + "cannot tailor \"表2.庚\": revision \"hand\" has no such subdomain",
				at(a, 5) + "cannot tailor \"表3.己\": it belongs to table 表3 (冶炼), not to the model of sector 采选"), problems(a));
	}

	@Test
	void unknownSector() throws IOException {
		Path a = csv(valid().csvText().replace("# sector: 采选", "# sector: 铸造"));
		assertEquals(List.of(at(a, 4) + "unknown sector \"铸造\"; revision \"hand\" has sectors 采选, 冶炼"), problems(a));
	}

	@Test
	void sectorThatDoesNotMatchTheRows() throws IOException {
		Path a = csv(valid().csvText().replace("# sector: 采选", "# sector: 冶炼"));
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
		assertEquals(List.of(a + ":3:18: unit \"一厂\" is of type 冶炼 but its assessment " + dir.resolve("u.csv") + " is for sector 采选"), problems(a));
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
		assertEquals(List.of(a + ":2:16: output shares sum to 0.9, not 1 (一厂 0.6, 二厂 0.3)"), problems(a));
	}

	@Test
	void emptyFile() throws IOException {
		for (String name : List.of("a.csv", "a.json", "a.xlsx")) {
			Path a = file(name, new byte[0]);
			assertEquals(List.of(a + ": empty file"), problems(a), name);
		}
		Path blank = file("b.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n' });
		assertEquals(List.of(blank + ": empty file (nothing but white space)"), problems(blank));
	}

	@Test
	void undecodableText() throws IOException {
		byte[] text = valid().csvText().getBytes(StandardCharsets.UTF_8);
		// the comma after the first clause id (line 8) becomes 0xFF: no UTF-8, no GB18030 sequence starts with it
		byte[] row = "\n表5.甲.一级.1,".getBytes(StandardCharsets.UTF_8);
		int at = indexOf(text, row) + row.length - 1;
		text[at] = (byte) 0xFF;
		Path a = file("a.csv", text);
		assertEquals(List.of(a + ": text is neither UTF-8 nor GB18030/GBK (undecodable byte 0xFF at byte " + at + ", line 8); save the file as \"CSV UTF-8\""),
				problems(a));
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
		assertEquals(List.of(at(a, line(f, "表5.乙.二级.1")) + "the row has 9 columns, the header 8 (extra: \"全部满足\"); a comma inside a field needs the field in double quotes"),
				problems(a));
	}

	@Test
	void revisionNotInTheModel() throws IOException {
		Path a = csv(valid().csvText().replace("# revision: hand", "# revision: nonferrous_dt_maturity"));
		assertEquals(List.of(at(a, 2) + "unknown revision \"nonferrous_dt_maturity\": the model holds revision \"hand\""), problems(a));
	}

	@Test
	void malformedJson() throws IOException {
		Path a = file("a.json", "{\"revision\": \"hand\", \"sector\": \"采选\",\n \"ratings\": {\"表5.甲.一级.1\": 1,}}\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of(a + ":2:29: not valid JSON: trailing comma before '}'"), problems(a));
	}

	@Test
	void quotedFieldNeverClosed() throws IOException {
		Fixture f = valid();
		Path a = csv(f.csvText().replace(",\"应建立乙的一级制度, 并定期更新。\",", ",\"应建立乙的一级制度, 并定期更新。,"));
		List<String> p = problems(a);
		assertEquals(at(a, line(f, "表5.乙.一级.1")) + "a quoted field opened on line " + line(f, "表5.乙.一级.1")
				+ " is never closed (a quote inside a field must be doubled: \"\")", p.get(0));
	}
}
