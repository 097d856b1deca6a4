package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.maturityworkbench.dsl.semantics.SubdomainNames;

/** How a requirement row's printed name is matched to a weighted subdomain (the basis of coverage.name-drift). */
public class SubdomainNamesTest {

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource({ "技术创新, 技术创新与改造", // one contains the other
			"仓储配送, 仓储物流", // same leading word, half of each name
			"生产管控, 生产管理", // same head word
			"智能化采矿, 智能采矿", // head and tail shared
			"服务能力、交付及运行, 服务能力交付及运行" })
	public void alikeNamesAreProbablyTheSame(String a, String b) {
		assertTrue(SubdomainNames.probablySame(a, b));
		assertTrue(SubdomainNames.probablySame(b, a));
	}

	@ParameterizedTest(name = "{0} !~ {1}")
	@CsvSource({ "组织建设, 数据治理", // nothing shared
			"智能装备, 智能制造与服务", // a shared head word that is a small part of the longer name
			"采矿作业, 采矿作业" // identical names are a match, not drift
	})
	public void differentOrIdenticalNamesAreNotDrift(String a, String b) {
		assertFalse(SubdomainNames.probablySame(a, b));
		assertFalse(SubdomainNames.probablySame(b, a));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "智慧化决策 (待完善), 智慧化决策, (待完善)", "智慧化决策（完善到此）, 智慧化决策, （完善到此）", "成本 管理, 成本管理, " })
	public void normalizedNameDropsDraftingNotesAndSpaces(String printed, String normalized, String note) {
		assertEquals(normalized, SubdomainNames.normalize(printed));
		if (note == null) {
			assertNull(SubdomainNames.draftingNote(printed));
		} else {
			assertEquals(note, SubdomainNames.draftingNote(printed));
		}
	}
}
