package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.GenerationModel.ClauseView;
import com.maturityworkbench.generator.HtmlDoc;
import com.maturityworkbench.generator.MarkdownDoc;

/**
 * The documentation of the shipped draft as a browser and a CommonMark renderer read it: the HTML parsed with jsoup
 * (the standard's chapter numbering, captions and repeated header rows, the contents listing every table, the
 * formulas typeset and numbered, findings that link to existing anchors, print rules, no English words in the fixed
 * Chinese texts), the Markdown rendered by commonmark-java with the GFM tables extension (every topic label bold, no
 * asterisks left in the text).
 */
class PrintableDocsTest {
	private static GenerationModel shipped;
	private static Document html;

	@BeforeAll
	static void load() throws Exception {
		shipped = Generation.load(ShippedDraft.folder()).model();
		html = Jsoup.parse(HtmlDoc.render(shipped));
	}

	@Test
	void chaptersAndAnnexesCarryTheStandardsNumbering() {
		List<String> headings = html.select("section.chapter > h2").eachText();
		assertEquals(List.of("5 成熟度等级", "6 能力域", "7 成熟度要求", "9 成熟度等级判定", "附录A（规范性）综合型企业数字化转型成熟度等级得分计算方法（本修订版声明）",
				"附录B（资料性）评分的补充规则与解释", "附录C（资料性）计算示例", "附录D（资料性）各类企业的有效模型与评估模板", "附录E（资料性）校验结果"), headings);
		assertEquals(List.of("6.1 基础共性能力域", "6.2 采选、冶炼、加工企业行业特性能力域"), html.select("#weights > h3").eachText().subList(0, 2));
		assertEquals(List.of("7.1 基础共性指标成熟度要求", "7.2 采选、冶炼、加工企业行业特性指标成熟度要求"), html.select("#requirements > h3").eachText());
		assertEquals(List.of("9.1 计算方法", "9.2 成熟度等级判定方法（本修订版声明）"), html.select("#method > h3").eachText());
		assertEquals(List.of("B.1", "B.2", "B.3", "B.4"), html.select("#annex-rules > h3").eachText().stream().map(t -> t.substring(0, 3)).toList());
	}

	@Test
	void everyTableHasACaptionAndARepeatedHeaderAndTheContentsListThemAll() {
		List<String> captions = new ArrayList<>();
		for (Element table : html.select("table")) {
			if (table.hasClass("stamp") || table.hasClass("interpretation")) {
				continue;
			}
			Element caption = table.selectFirst("> caption");
			assertNotNull(caption, "a caption: " + table.id());
			assertNotNull(table.selectFirst("> thead > tr > th"), "a header row that repeats: " + caption.text());
			captions.add(caption.text());
		}
		for (String n : List.of("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10")) {
			assertTrue(captions.stream().anyMatch(c -> c.startsWith(n + " ")), n + " in " + captions);
		}
		assertEquals(captions, html.select("nav ol.tables > li > a").eachText());
		for (Element link : html.select("nav a[href^=#]")) {
			assertNotNull(html.getElementById(link.attr("href").substring(1)), link.attr("href"));
		}
	}

	@Test
	void formulasAreTypesetAndNumberedAsTheStandardNumbersThem() {
		List<String> numbers = html.select("div.formula > span.no").eachText();
		assertEquals(List.of("（1）", "（2）", "（3）", "（A.4）", "（B.1）"), numbers);
		assertEquals(6, html.select("div.formula > math[display=block]").size(), "S is typeset too, without a number");
		assertTrue(html.selectFirst("#formula-3 math").html().contains("<mfrac>"), "C = (1/n) Σ X");
		String calculation = html.selectFirst("#method").text();
		assertTrue(calculation.indexOf("按公式（1）计算") < calculation.indexOf("按公式（2）计算"));
	}

	@Test
	void findingsLinkToTheirClauseRowOrTable() {
		List<Element> rows = html.select("#findings-table > tbody > tr");
		assertEquals(shipped.findings().size(), rows.size());
		int linked = 0;
		for (Element row : rows) {
			Element a = row.selectFirst("td > a[href^=#]");
			if (a != null) {
				linked++;
				assertNotNull(html.getElementById(a.attr("href").substring(1)), a.attr("href"));
			}
		}
		assertTrue(linked * 10 >= rows.size() * 9, linked + " of " + rows.size() + " findings linked");
		// the Latin word of table5-common.maturity line 19 is in 组织建设 三级 b): the link lands on that clause
		Element latin = rows.stream().filter(r -> r.text().startsWith("table5-common.maturity:19:")).findFirst().orElseThrow();
		assertEquals("#c-表5.组织建设.三级.2", latin.selectFirst("a").attr("href"));
	}

	@Test
	void printsOnA4WithChapterBreaksAndNoStrandedHeadings() {
		String css = html.selectFirst("style").data();
		assertTrue(css.contains("@page{size:A4"), css);
		assertTrue(css.contains("section.chapter{break-before:page}"));
		assertTrue(css.contains("thead{display:table-header-group}"));
		assertTrue(css.matches("(?s).*h1,h2,h3,h4,caption,p\\.lead\\{break-after:avoid.*"));
	}

	/** Words of three or more Latin letters in the fixed texts (clause texts, ids, codes and commands left out). */
	@Test
	void theFixedChineseTextsHaveNoEnglishWords() {
		Document d = html.clone();
		d.select("li[id^=c-], .cid, code, #findings-table, .en, footer, header, table.interpretation, h4[id^=interpretation-], math, meta, title, style")
				.remove();
		d.select("#sectors td, #weights td.nowrap, #requirements td[id]").remove();
		Set<String> words = new TreeSet<>();
		Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(d.body().text());
		while (m.find()) {
			words.add(m.group());
		}
		assertEquals(Set.of("JSON", "SUM", "agg"), words, "JSON, and A_SUM and agg of the formula (A.4)");
		String text = d.body().text(); // the rules quoted in the revision's own language (tailoring：… redistribute within domain) left out
		for (String english : List.of("draft（", "final（", "（common）", "（sector）", "redistribute", "worked example", "aggregate mean")) {
			assertFalse(text.contains(english), english);
		}
	}

	@Test
	void markdownRendersInCommonMarkWithEveryTopicBold() {
		String md = MarkdownDoc.render(shipped);
		List<org.commonmark.Extension> gfm = List.of(TablesExtension.create());
		String rendered = HtmlRenderer.builder().extensions(gfm).build().render(Parser.builder().extensions(gfm).build().parse(md));
		Document d = Jsoup.parse(rendered);
		List<String> topics = new ArrayList<>();
		shipped.requirementTables().forEach(t -> t.domains().forEach(dm -> dm.rows().forEach(r -> r.cells().forEach(c -> {
			for (ClauseView cl : c.clauses()) {
				if (cl.topic() != null) {
					topics.add(cl.topic() + "。");
				}
			}
		}))));
		assertEquals(247, topics.size(), "the draft's bold topic labels");
		Set<String> strong = new java.util.HashSet<>(d.select("strong").eachText());
		for (String topic : topics) {
			assertTrue(strong.contains(topic), topic);
		}
		assertFalse(d.text().contains("**"), "no asterisks left as text");
		assertEquals(md.split("\n\\|---", -1).length - 1, d.select("table").size(), "every pipe table is a table");
		assertTrue(d.select("h2").eachText().containsAll(List.of("5 成熟度等级", "6 能力域", "7 成熟度要求", "9 成熟度等级判定")));
	}
}
