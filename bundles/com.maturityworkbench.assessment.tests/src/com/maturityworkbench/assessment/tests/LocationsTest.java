package com.maturityworkbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.SourceLocation;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Where an issue is, as the drafter finds it again: {@code file:line} (CSV), {@code file:line:column} (JSON) stay as
 * compilers write them; a workbook's sheet and row, a spreadsheet row that differs from the line, and places within a
 * file are words of the current language.
 */
class LocationsTest {
	@AfterEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void chineseByDefault() {
		Language.set(Language.ZH);
		assertEquals("a.csv:7: 该行没有条款编号", new InputIssue(SourceLocation.csv("a.csv", 7, 7), "该行没有条款编号").toString());
		assertEquals("a.csv:20（表格第 19 行）", SourceLocation.csv("a.csv", 20, 19).toString());
		assertEquals("a.json:3:5", SourceLocation.json("a.json", 3, 5).toString());
		assertEquals("book.xlsx: 工作表“表6”第 7 行", SourceLocation.sheet("book.xlsx", "表6", 7).toString());
		assertEquals("book.xlsx: 工作表“评估信息”", SourceLocation.sheet("book.xlsx", "评估信息", 0).toString());
		assertEquals("a.csv", SourceLocation.file("a.csv").toString());
		assertEquals("第 7 行", SourceLocation.csv("a.csv", 7, 7).describe());
		assertEquals("第 3 行第 5 列", SourceLocation.json("a.json", 3, 5).describe());
		assertEquals("工作表“表5”第 9 行", SourceLocation.sheet("book.xlsx", "表5", 9).describe());
	}

	@Test
	void englishWhenAsked() {
		Language.set(Language.EN);
		assertEquals("a.csv:20 (spreadsheet row 19)", SourceLocation.csv("a.csv", 20, 19).toString());
		assertEquals("book.xlsx: sheet 表6, row 7", SourceLocation.sheet("book.xlsx", "表6", 7).toString());
		assertEquals("line 3, column 5", SourceLocation.json("a.json", 3, 5).describe());
		assertEquals("a.json:3:5", SourceLocation.json("a.json", 3, 5).toString());
	}
}
