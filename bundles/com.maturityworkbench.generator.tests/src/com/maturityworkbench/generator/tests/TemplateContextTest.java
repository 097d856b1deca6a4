package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * Context in the templates of layout 3 (and 4), on the small fixture, whose cell 表5 组织建设 一级 has a lead-in, a note of the
 * whole cell, and a clause a) with a continuation paragraph and an example: the context is in the context column of
 * the cell's two clause rows and in no row of its own, so it can neither be rated nor counted in n.
 *
 * <p>By hand: 表5.组织建设.一级.1 全部满足 (1), .2 部分满足 (0.5), n = 2 (a) and b); the lead-in, the note and the example are
 * no clauses, the continuation is part of a)), so C(表1.组织建设, 一级) = (1 + 0.5) / 2 = 3/4. The same ratings written in
 * layout 2 (no context column, marker 2) give the same assessment and the same result.
 */
class TemplateContextTest {
	private static GenerationModel model;
	private static GeneratedTree tree;

	@TempDir
	static Path dir;

	@BeforeAll
	static void generate() throws Exception {
		Language.set(Language.ZH);
		model = Generation.load(Generation.smallFixture()).model();
		tree = Generation.generator().generate(model, Generator.Progress.NONE, false);
	}

	/**
	 * The template's records: metadata 0-7 (layout 4's, the marker at 6, the label at 7), a comment and the 7
	 * particulars (8-15), a comment and the 4 written parts (16-20), the Chinese header (21), the machine header.
	 */
	static final int MACHINE_HEADER = 22;

	private static List<List<String>> csv() {
		byte[] bytes = tree.file("templates/smelting.csv");
		return TemplatesTest.parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
	}

	@Test
	void leadInNotesAndExamplesAreInTheContextColumnOfTheirClausesAndInNoRow() {
		List<List<String>> records = csv();
		assertEquals(List.of("clause_id", "table", "domain", "subdomain", "level", "label", "text", "rating", "context", "evidence"), records.get(MACHINE_HEADER));
		List<List<String>> cell = records.stream().filter(r -> r.get(0).startsWith("表5.组织建设.一级.")).toList();
		assertEquals(2, cell.size(), "n = 2: a) and b)");
		assertEquals(List.of("表5.组织建设.一级.1", "表5", "组织", "组织建设", "一级", "a)", "组织结构。应设立数字化转型领导小组，明确职责。\n领导小组每年至少召开一次会议。", "",
				"导语：初步建立数字化转型的组织保障。\n示例：数字化转型领导小组 & <信息化委员会>、*首席数据官*。\n注：领导小组可由现有管理机构兼任。", ""), cell.get(0));
		assertEquals("导语：初步建立数字化转型的组织保障。\n注：领导小组可由现有管理机构兼任。", cell.get(1).get(8));
		// every row after the header is a clause of the sector's effective model
		List<String> ids = records.subList(MACHINE_HEADER + 1, records.size()).stream().map(r -> r.get(0)).toList();
		assertEquals(model.sectors().stream().filter(s -> s.code().equals("smelting")).findFirst().orElseThrow().rows().stream()
				.map(GenerationModel.TemplateRow::clauseId).toList(), ids);
	}

	@Test
	void layoutFiveScoresAsTheSameRatingsInLayoutTwoAndTheContextAndDetailsAreNeverCounted() throws Exception {
		List<List<String>> records = csv();
		List<List<String>> filled = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			List<String> r = new ArrayList<>(records.get(i));
			if (i > MACHINE_HEADER) {
				r.set(7, r.get(0).equals("表5.组织建设.一级.2") ? "部分满足" : "全部满足");
			}
			filled.add(r);
		}
		ScoreResult three = score("five.csv", filled, LayoutVersion.V5);
		// layout 2: marker 2, no label, no Chinese header, no context and evidence columns
		List<List<String>> two = new ArrayList<>();
		for (List<String> r : filled) {
			if (r.get(0).startsWith("# revisionLabel") || r.get(0).equals("条款编号") || isLayoutFiveDetail(r.get(0))) {
				continue;
			}
			two.add(r.get(0).equals("# layout: 5") ? List.of("# layout: 2") : r.size() == 10 ? r.subList(0, 8) : r);
		}
		ScoreResult layoutTwo = score("two.csv", two, LayoutVersion.V2);
		assertEquals("0.75", three.subdomain("表1.组织建设").scores().get(0).toExactString(), "C(组织建设, 一级) = (1 + 0.5) / 2");
		assertEquals(layoutTwo.determination().scores(), three.determination().scores());
		assertEquals(layoutTwo.total(), three.total());
		assertEquals("1", three.subdomain("表1.组织建设").scores().get(1).toExactString(), "二级: its one clause 全部满足");
	}

	/** Layout 5's lines: the report's details (empty) and the comment before each group of them. */
	private static boolean isLayoutFiveDetail(String first) {
		return first.startsWith("# 以下为") || com.maturityworkbench.assessment.layout.JsonLayout.DETAILS.stream().anyMatch(k -> first.equals("# " + k + ": "));
	}

	private static ScoreResult score(String name, List<List<String>> records, LayoutVersion expected) throws Exception {
		StringBuilder b = new StringBuilder();
		for (List<String> r : records) {
			b.append(String.join(",", r.stream().map(TemplateContextTest::field).toList())).append("\r\n");
		}
		Path file = Files.write(dir.resolve(name), CsvLayout.encode(b.toString()));
		AssessmentFiles.SingleInput input = (AssessmentFiles.SingleInput) AssessmentFiles.read(file, name, AssessmentMapper.Revisions.of(model.scoring()));
		assertEquals(expected, input.mapped().rows().layout());
		int header = records.stream().map(r -> r.get(0)).toList().indexOf("clause_id");
		assertEquals(records.size() - header - 1, input.mapped().assessment().ratings().size(), "one rating per clause row");
		return new ScoringEngine(model.scoring()).score(input.mapped().assessment());
	}

	private static String field(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
		return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
