package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.CsvParser;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.TextDecoding;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * CSV as spreadsheets save it: UTF-8 with a byte order mark ("CSV UTF-8", what the templates are), UTF-8 without, and
 * GB18030 (what Excel in a Chinese locale saves as "CSV", GBK included) all read to the same assessment; records know
 * the line they start on and the spreadsheet row they are; text that is none of these is refused with the byte and
 * line that gave it away.
 */
class EncodingsTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void utf8WithAndWithoutBomAndGb18030ReadTheSameAssessmentInEveryLayout() throws AssessmentInputException {
		for (String marker : new String[] { null, "2" }) {
			Filled f = new Filled().marker(marker);
			AssessmentFiles.SingleInput bom = Read.single(Read.write(dir, "bom.csv", f.csvUtf8WithBom()));
			AssessmentFiles.SingleInput utf8 = Read.single(Read.write(dir, "utf8.csv", f.csv(StandardCharsets.UTF_8)));
			Path gbk = Read.write(dir, "gbk.csv", f.csv(TextDecoding.GB18030));
			assertFalse(new String(f.csv(TextDecoding.GB18030), StandardCharsets.UTF_8).contains("全部满足"), "really not UTF-8");
			AssessmentFiles.SingleInput gb = Read.single(gbk);
			assertEquals(bom.mapped().assessment(), utf8.mapped().assessment());
			assertEquals(bom.mapped().assessment(), gb.mapped().assessment());
			assertEquals("CSV, UTF-8 with BOM", bom.mapped().rows().format());
			assertEquals("CSV, UTF-8", utf8.mapped().rows().format());
			assertEquals("CSV, GB18030", gb.mapped().rows().format());
			assertEquals(ReaderModel.HAND_TOTAL, Read.score(gb).total().toExactString());
		}
	}

	@Test
	void decodingPrefersUtf8ThenGb18030() throws AssessmentInputException {
		byte[] gbk = "评估,全部满足".getBytes(TextDecoding.GB18030);
		assertEquals(new TextDecoding.Decoded("评估,全部满足", "GB18030"), TextDecoding.decode(gbk, "f"));
		assertEquals(new TextDecoding.Decoded("评估", "UTF-8"), TextDecoding.decode("评估".getBytes(StandardCharsets.UTF_8), "f"));
		assertEquals(new TextDecoding.Decoded("评估", "UTF-8 with BOM"), TextDecoding.decode(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
				(byte) 0xE8, (byte) 0xAF, (byte) 0x84, (byte) 0xE4, (byte) 0xBC, (byte) 0xB0 }, "f"));
	}

	@Test
	void textThatIsNotCsvIsRefusedSayingWhatItIs() {
		assertEquals("f.csv: 这是 UTF-16 文本（电子表格的“Unicode 文本”），不是 CSV；请另存为“CSV UTF-8”或“CSV”", refusal(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }));
		assertEquals("f.csv: 这是 ZIP 压缩包（XLSX 工作簿？），不是 CSV 文本；XLSX 文件的名称须以 .xlsx 结尾", refusal(new byte[] { 'P', 'K', 3, 4, 0 }));
		assertEquals("f.csv: 不是文本文件（偏移量 3 处为 NUL 字节，第 2 行）", refusal(new byte[] { 'a', '\n', 'b', 0 }));
		// 0xFF starts no UTF-8 and no GB18030 sequence: the second line's first byte
		assertEquals("f.csv: 文本既不是 UTF-8 也不是 GB18030/GBK（偏移量 2 处的字节 0xFF 无法解码，第 2 行）；请另存为“CSV UTF-8”", refusal(new byte[] { 'a', '\n', (byte) 0xFF }));
		assertEquals("f.csv: 以 UTF-8 字节顺序标记开头，却不是有效的 UTF-8（偏移量 3 处为无效字节 0xB2，第 1 行）",
				refusal(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xB2, (byte) 0xE2 }));
		assertEquals("f.csv: 空文件", refusal(new byte[0]));
		assertEquals("f.csv: 空文件（只有空白）", refusal(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n' }));
		Language.set(Language.EN);
		assertEquals("f.csv: UTF-16 text (a spreadsheet's \"Unicode text\"), not CSV; save it as \"CSV UTF-8\" or \"CSV\"",
				refusal(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }));
		assertEquals("f.csv: text is neither UTF-8 nor GB18030/GBK (undecodable byte 0xFF at byte 2, line 2); save the file as \"CSV UTF-8\"",
				refusal(new byte[] { 'a', '\n', (byte) 0xFF }));
	}

	private static String refusal(byte[] bytes) {
		AssessmentInputException e = assertThrows(AssessmentInputException.class, () -> TextDecoding.decode(bytes, "f.csv"));
		assertEquals(1, e.issues().size());
		return e.getMessage();
	}

	@Test
	void csvRecordsKnowTheirLineAndRow() {
		List<InputIssue> issues = new ArrayList<>();
		List<CsvParser.Record> r = CsvParser.parse("a,\"b\nc\",d\r\n\"x\"\"y\",,\n\ne", "f.csv", issues);
		assertEquals(List.of(), issues);
		assertEquals(List.of("a", "b\nc", "d"), r.get(0).fields());
		assertEquals(List.of("x\"y", "", ""), r.get(1).fields());
		assertEquals(List.of(1, 3, 4, 5), r.stream().map(CsvParser.Record::line).toList());
		assertEquals(List.of(1, 2, 3, 4), r.stream().map(CsvParser.Record::row).toList());
		assertTrue(r.get(2).isBlank());
	}

	@Test
	void malformedQuotingIsLocated() {
		List<InputIssue> issues = new ArrayList<>();
		CsvParser.parse("a,\"b\"c\nd,\"e\n", "f.csv", issues);
		assertEquals(List.of("f.csv:1: 字段的闭合引号之后还有文字（带引号的字段内，引号须写成两个：\"\"）", "f.csv:2: 第 2 行开始的带引号字段没有闭合（字段内的引号须写成两个：\"\"）"),
				issues.stream().map(InputIssue::toString).toList());
		Language.set(Language.EN);
		issues.clear();
		CsvParser.parse("d,\"e\n", "f.csv", issues);
		assertEquals(List.of("f.csv:1: a quoted field opened on line 1 is never closed (a quote inside a field must be doubled: \"\")"),
				issues.stream().map(InputIssue::toString).toList());
	}
}
