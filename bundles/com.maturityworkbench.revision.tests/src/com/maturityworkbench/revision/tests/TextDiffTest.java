package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.revision.compare.TextDiff;
import com.maturityworkbench.revision.compare.TextDiff.Kind;
import com.maturityworkbench.revision.compare.TextDiff.Segment;

class TextDiffTest {
	@Test
	void anInsertionInChineseTextIsOneSegmentBetweenTheEqualParts() {
		TextDiff d = TextDiff.of("建立数字化转型相关工作的流程规范。", "建立数字化转型相关工作的流程规范和考核办法。");
		assertEquals(List.of(new Segment(Kind.EQUAL, "建立数字化转型相关工作的流程规范"), new Segment(Kind.INSERT, "和考核办法"), new Segment(Kind.EQUAL, "。")),
				d.segments());
	}

	@Test
	void aReplacementIsADeletionThenAnInsertion() {
		TextDiff d = TextDiff.of("基本建立规章制度", "建立完善的规章制度");
		assertEquals("基本建立规章制度", d.oldText());
		assertEquals("建立完善的规章制度", d.newText());
		assertEquals(List.of(new Segment(Kind.DELETE, "基本"), new Segment(Kind.EQUAL, "建立"), new Segment(Kind.INSERT, "完善的"),
				new Segment(Kind.EQUAL, "规章制度")), d.segments());
	}

	@Test
	void similarityCountsTheSharedCharactersOfBothTexts() {
		// 6 shared characters (建立规章制度) of 8 + 9: 2·6/17
		assertEquals(12.0 / 17, TextDiff.similarity("基本建立规章制度", "建立完善的规章制度"), 1e-12);
		assertEquals(1.0, TextDiff.similarity("同一条款", "同一条款"));
		assertEquals(0.0, TextDiff.similarity("甲乙", "丙丁"));
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
		TextDiff d = TextDiff.of("数据𠀀平台", "数据𠀁平台");
		assertTrue(d.segments().contains(new Segment(Kind.DELETE, "𠀀")));
		assertTrue(d.segments().contains(new Segment(Kind.INSERT, "𠀁")));
	}
}
