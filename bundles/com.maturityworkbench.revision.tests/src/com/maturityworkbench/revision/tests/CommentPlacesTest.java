package com.maturityworkbench.revision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.WeightTableOverview.Location;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.revision.comments.Comment;
import com.maturityworkbench.revision.comments.CommentPlaces;
import com.maturityworkbench.revision.comments.CommentRound;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Where the comments of the shipped round point in the draft's files, and which comments point to a place: each
 * region is checked against the file's text found independently (the clause's words, the row's name inside its table,
 * the determination block), and the places asked for by offset.
 */
class CommentPlacesTest {
	private static WorkspaceRevision draft;
	private static CommentRound round;
	private static CommentPlaces places;

	@BeforeAll
	static void load() throws Exception {
		Language.set(Language.ZH);
		RevisionWorkspaceService service = ShippedDraft.injector().getInstance(RevisionWorkspaceService.class);
		draft = service.openRevision(ShippedDraft.folder().toString());
		round = CommentRound.readBeside(draft.revision(), ShippedDraft.folder());
		places = CommentPlaces.of(draft.revision(), round);
	}

	private static Comment comment(String number) {
		return round.comments().stream().map(c -> c.comment()).filter(c -> c.number().equals(number)).findFirst().orElseThrow();
	}

	private static String text(String file) throws Exception {
		return Files.readString(ShippedDraft.folder().resolve(file), StandardCharsets.UTF_8);
	}

	private static Location shown(String number) {
		return places.of(comment(number)).orElseThrow().shown();
	}

	private static List<String> numbersAt(String file, int offset) {
		return places.at(ShippedDraft.folder().resolve(file).toString(), offset).stream().map(Comment::number).toList();
	}

	@Test
	void readBesideReportsTheFilesUnderTheirPathInTheRevision() {
		assertEquals(16, round.comments().size());
		assertEquals("comments/征求意见.csv", round.comments().get(0).comment().file());
		// comment 14 (row 15) points to no clause: its row's problem, and no place
		assertEquals(List.of("章条编号“表5 组织建设 五级 e)”：表5“组织建设”五级没有条款“e)”（该单元格有 4 条要求）"),
				round.problemsOf(comment("14")).stream().map(p -> p.message()).toList());
		assertTrue(round.problemsOf(comment("6")).isEmpty());
		assertTrue(places.of(comment("14")).isEmpty());
	}

	@Test
	void aClauseIsShownWholeWhereItsTextIsWritten() throws Exception {
		// 表5.信息安全.四级.3: the third clause of 信息安全 at 四级, c) 网络安全
		String table5 = text("table5-common.maturity");
		int row = table5.indexOf("subdomain 信息安全");
		int level = table5.indexOf("四级", row);
		int clause = table5.indexOf("c) 网络安全。", level);
		assertTrue(row > 0 && level > row && clause > level);
		Location shown = shown("6");
		assertEquals(ShippedDraft.folder().resolve("table5-common.maturity").toString(), shown.file());
		assertEquals(clause, shown.offset());
		String line = table5.substring(clause, table5.indexOf('\n', clause));
		assertEquals(line, table5.substring(shown.offset(), shown.offset() + shown.length()));
		assertTrue(line.contains("建立结构化的网络安全管理体系"), line);
	}

	@Test
	void rowsTablesCellsAndChaptersAreShownByTheirNames() throws Exception {
		String weights = text("weights.maturity");
		int table1 = weights.indexOf("weights 表1");
		int table2 = weights.indexOf("weights 表2");
		assertEquals(weights.indexOf("组织建设", table1), shown("2").offset()); // 表1 组织建设: the weight row
		assertEquals("组织建设", weights.substring(shown("2").offset(), shown("2").offset() + shown("2").length()));
		assertTrue(shown("2").offset() < table2);
		assertEquals(table2 + "weights ".length(), shown("3").offset()); // 表2: its name
		// 表7 技术创新: the row whose name drifted from 技术创新与改造, where it is written
		String table7 = text("table7-smelting.maturity");
		Location drifted = shown("4");
		assertEquals(ShippedDraft.folder().resolve("table7-smelting.maturity").toString(), drifted.file());
		assertEquals(table7.indexOf("subdomain 技术创新") + "subdomain ".length(), drifted.offset());
		// 9.2: the determination, at its first line
		String standard = text("standard.maturity");
		assertEquals(standard.indexOf("determination"), shown("1").offset());
		assertEquals(0, shown("1").length());
	}

	@Test
	void theCommentsAtAnOffsetAreThoseOnWhatItIsIn() throws Exception {
		String table5 = text("table5-common.maturity");
		int clause = table5.indexOf("建立结构化的网络安全管理体系");
		assertEquals(List.of("6"), numbersAt("table5-common.maturity", clause));
		// inside 表6 资源环境数字化: the comment on the row and the one on the whole table
		String table6 = text("table6-mining.maturity");
		int row = table6.indexOf("subdomain 资源环境数字化");
		assertEquals(List.of("10", "16"), numbersAt("table6-mining.maturity", table6.indexOf("一级", row)));
		assertEquals(List.of("16"), numbersAt("table6-mining.maturity", table6.indexOf("subdomain", row + 10)));
		// in the determination: the comments on 9.2 and on 表10; in an interpretation of 6.1: the comment on 6.1
		String standard = text("standard.maturity");
		assertEquals(List.of("1", "11"), numbersAt("standard.maturity", standard.indexOf("determination") + 20));
		String interpretations = text("interpretations.maturity");
		assertEquals(List.of("12"), numbersAt("interpretations.maturity", interpretations.indexOf("tailoring-decision")));
		// a clause no comment is about
		assertEquals(List.of(), numbersAt("table5-common.maturity", table5.indexOf("a) 设备与工控安全。")));
	}
}
