package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.i18n.Language;

/**
 * Regression tests of the readers against input a hostile tester made (issue 11), each the minimal case: before, a
 * composite naming itself or another composite, and JSON nested 100,000 deep, ended in a StackOverflowError trace; a
 * header with {@code rating} twice was read from its first column; a UTF-16 or truncated {@code .json} was told to
 * be saved as CSV; {@code 1e400} was echoed as 401 digits. The whole corpus runs end to end in the command-line tests
 * (BadAssessmentCorpusTest).
 */
class HostileInputTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void compositesNeverRecurse() {
		String self = """
				{"revision": "reader", "composite": {"units": [{"name": "一厂", "sector": "采选", "output": 1, "assessment": "c.json"}]}}""";
		Path c = Read.write(dir, "c.json", self);
		assertEquals(List.of(Read.at(c, self, "\"assessment\"") + ": 下属企业“一厂”：评估文件 " + c + " 就是这份综合型企业评估本身，下属企业需要单个企业的评估"),
				Read.issues(c));
		String a = self.replace("c.json", "b.json");
		String b = self.replace("一厂", "二厂");
		Path pa = Read.write(dir, "a.json", a);
		Path pb = Read.write(dir, "b.json", b.replace("c.json", "a.json"));
		assertEquals(List.of(Read.at(pa, a, "\"assessment\"") + ": 下属企业“一厂”：" + pb + " 是综合型企业评估，下属企业需要单个企业的评估"), Read.issues(pa));
		String outside = self.replace("c.json", "../elsewhere/u.csv");
		Path po = Read.write(dir, "o.json", outside);
		assertEquals(List.of(Read.at(po, outside, "\"assessment\"")
				+ ": 下属企业“一厂”：评估文件“../elsewhere/u.csv”不在综合型企业评估所在的文件夹内：只能引用该文件夹及其子文件夹中的文件（写相对路径，不用“..”或绝对路径）"), Read.issues(po));
	}

	@Test
	void jsonNestedAHundredThousandDeepIsRefusedAtTheStrictReadersLimit() {
		Path deep = Read.write(dir, "deep.json", "{\"ratings\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
		// the object is level 1: the 512th bracket, column 12 + 512, is level 513
		assertEquals(List.of(deep + ":1:524: 不是有效的 JSON：嵌套超过 512 层"), Read.issues(deep));
	}

	@Test
	void aColumnReadBackStandsOnceInTheHeader() {
		String csv = new Filled().csvText().replaceFirst(",rating", ",rating,Rating");
		List<String> lines = List.of(csv.split("\n"));
		int line = 0;
		while (!lines.get(line).contains("clause_id")) {
			line++;
		}
		Path a = Read.write(dir, "a.csv", csv);
		// clause_id,table,domain,subdomain,level,label,text,rating,Rating: columns 8 and 9
		assertEquals(List.of(a + ":" + (line + 1) + ": 表头行中“rating”出现了多次（第 8、9 列），无法确定读哪一列；请删去多余的列"), Read.issues(a));
	}

	@Test
	void jsonIsUtf8AndATruncatedFileIsSaidToBeOne() {
		String json = new Filled().json();
		Path utf16 = Read.write(dir, "a.json", json.getBytes(StandardCharsets.UTF_16LE));
		assertEquals(List.of(utf16 + ": 这是 UTF-16 文本，不是 UTF-8：JSON 评估须以 UTF-8 编码保存（在编辑器中选择“UTF-8”另存）"), Read.issues(utf16));
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		int cut = json.substring(0, json.indexOf("满足")).getBytes(StandardCharsets.UTF_8).length + 1; // inside 满
		Path truncated = Read.write(dir, "b.json", java.util.Arrays.copyOf(bytes, cut));
		assertEquals(List.of(truncated + ": 文件在末尾被截断：最后一个字符不完整（共 " + cut + " 字节）；文件没有完整保存或传输，请重新获取完整的文件"), Read.issues(truncated));
		Language.set(Language.EN);
		assertEquals(List.of(utf16 + ": UTF-16 text, not UTF-8: a JSON assessment must be saved in UTF-8 (choose \"UTF-8\" when saving in the editor)"),
				Read.issues(utf16));
	}

	@Test
	void aHugeNumberIsShownShortAndIsNoRating() {
		String json = new Filled().json();
		String first = json.substring(json.indexOf("\"表5."), json.indexOf(",", json.indexOf("\"表5.")));
		String id = first.substring(1, first.indexOf('"', 1));
		String text = json.replace(first, "\"" + id + "\": 1e400");
		Path a = Read.write(dir, "a.json", text);
		assertEquals(Read.at(a, text, "\"" + id + "\"") + ": 条款“" + id + "”的评分“1E+400”既不是满足程度的得分，也不是其名称（全部满足 1, 大部分满足 0.8, 部分满足 0.5, 不满足 0）",
				Read.issues(a).get(0));
	}
}
