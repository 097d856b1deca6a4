package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.DocxDoc;
import com.maturityworkbench.generator.DocxImport;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.HtmlDoc;
import com.maturityworkbench.generator.ImportedTables;
import com.maturityworkbench.generator.MarkdownDoc;
import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The documentation of the shipped draft with {@code --lang en}: every fixed text of the HTML, Markdown and Word pages
 * in English (chapter and annex headings, captions, column headers, the contents, the worked examples' labels, the
 * findings, the footer), the standard's own content (clause texts, table titles, domain, level and sector names) as the
 * revision writes it, in Chinese. The Chinese rendering is {@link PrintableDocsTest}'s.
 */
class EnglishDocsTest {
	private static final Pattern CJK = Pattern.compile("[\\x{3000}-\\x{303f}\\x{3400}-\\x{9fff}\\x{ff00}-\\x{ffef}]+");

	private static GenerationModel model;
	private static Document html;
	private static String markdown;
	private static byte[] docx;

	@BeforeAll
	static void render() throws Exception {
		Language.set(Language.EN); // before loading: the worked examples and the findings are worded when the model is built
		model = Generation.load(ShippedDraft.folder()).model();
		html = Jsoup.parse(HtmlDoc.render(model));
		markdown = MarkdownDoc.render(model);
		docx = DocxDoc.render(model);
	}

	@AfterAll
	static void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void chaptersAnnexesAndContentsAreInEnglishWithTheStandardsNumbering() {
		assertEquals("en", html.selectFirst("html").attr("lang"));
		List<String> chapters = List.of("5 Maturity levels", "6 Capability domains", "7 Maturity requirements", "9 Determination of the maturity level",
				"Annex A (normative) Maturity level scores of a composite enterprise (declared by the revision)",
				"Annex B (informative) Supplementary rules and interpretations of the scoring", "Annex C (informative) Worked examples",
				"Annex D (informative) Effective models and assessment templates per sector", "Annex E (informative) Validation findings");
		assertEquals(chapters, html.select("section.chapter > h2").eachText());
		assertEquals(chapters, html.select("nav ol.chapters > li > a").eachText());
		assertEquals(List.of("Contents", "List of tables"), List.of(html.selectFirst("nav > h2").text(), html.selectFirst("nav > h3").text()));
		assertEquals(List.of("6.1 Common capability domains", "6.2 Sector-specific capability domains (采选, 冶炼, 加工)", "Weight sums per part"),
				html.select("#weights > h3").eachText());
		assertEquals(List.of("7.1 Maturity requirements of the common indicators", "7.2 Maturity requirements of the sector-specific indicators (采选, 冶炼, 加工)"),
				html.select("#requirements > h3").eachText());
		assertEquals(List.of("9.1 Calculation", "9.2 Determination of the maturity level (declared by the revision)"), html.select("#method > h3").eachText());
		assertEquals(List.of("B.1 Tailoring (6.1, declared by the revision)", "B.2 Empty cells and requirement rows without weight", "B.3 Precision and rounding",
				"B.4 Interpretations and conventions"), html.select("#annex-rules > h3").eachText());
		assertEquals(List.of("(1)", "(2)", "(3)", "(A.4)", "(B.1)"), html.select("div.formula > span.no").eachText());
		assertTrue(html.selectFirst("#requirements > p.lead").text().matches("表5: part 基础共性; \\d+ requirements\\. Lead-ins .+"), "a space between the sentences");
	}

	@Test
	void captionsAndColumnHeadersAreInEnglishAndTheRevisionsTablesKeepTheirTitles() {
		List<String> captions = html.select("table > caption").eachText();
		assertEquals(captions, html.select("nav ol.tables > li > a").eachText());
		assertTrue(captions.contains("Table 9 Degree of meeting a maturity requirement and its score (declared by the revision)"), captions.toString());
		assertTrue(captions.contains("Table 10 Conclusion of the assessment (declared by the revision)"), captions.toString());
		assertTrue(captions.contains("Table D.1 The effective model of each sector"), captions.toString());
		assertTrue(captions.contains("Table E.1 Problems found by validation (the location links to its clause, requirement row or table)"), captions.toString());
		assertTrue(captions.contains("表1 有色金属行业基础共性能力域"), "the revision's own table, as the draft names it: " + captions);
		assertTrue(captions.stream().anyMatch(c -> c.matches("Table C\\.1 Level scores of .+")), captions.toString());
		assertEquals(List.of("Domain", "Subdomain", "Id", "Weight", "Requirements (row of Tables 5–8)"), html.select("table[id=表1] > thead th").eachText());
		assertEquals(List.of("Domain", "Subdomain", "Level", "Requirements"), html.select("table[id=表5] > thead th").eachText());
		assertEquals(List.of("Location", "Severity", "Code", "Message"), html.select("#findings-table > thead th").eachText());
		assertEquals(List.of("Level", "A(i) = sum of the domains' contributions", "Stated by the example", "Met", "Counted in S"),
				html.select("#examples table > thead").first().select("th").eachText());
		assertTrue(html.selectFirst("footer").text().endsWith("Generated by Maturity Workbench (mwb generate) from the model files of this revision; do not edit by hand."));
	}

	/**
	 * Outside the standard's own content no Chinese is left: the text of the page with the clauses, the cells of the
	 * revision's tables and the quoted draft taken out, and the revision's names (sectors, tables, domains, levels,
	 * ratings, stage, examples, points) struck from the rest, has no CJK character.
	 */
	@Test
	void noChineseFixedTextIsLeft() {
		Document d = html.clone();
		d.select("#levels tbody, table[id^=表] tbody, table.interpretation td, #findings-table td, #sectors td, #examples li, header, .cid, math, title, style").remove();
		Set<String> names = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		model.levels().forEach(l -> names.add(l.name()));
		model.scale().forEach(r -> names.add(r.name()));
		model.sectors().forEach(s -> names.add(s.name()));
		model.parts().forEach(p -> names.add(p.name()));
		model.weightTables().forEach(t -> {
			names.add(t.id());
			names.add(t.title() == null ? t.id() : t.title());
			t.domains().forEach(dm -> names.add(dm.name()));
		});
		model.requirementTables().forEach(t -> {
			names.add(t.id());
			names.add(t.title() == null ? t.id() : t.title());
		});
		model.examples().forEach(e -> {
			names.add(e.name());
			names.add(e.title() == null ? e.name() : e.title());
			names.add(e.levelName());
		});
		model.interpretations().forEach(i -> {
			names.add(i.title());
			names.add(i.section() == null ? i.title() : i.section());
		});
		model.scoring().determination().bands().forEach(b -> names.add(b.levelName()));
		names.add(model.scoring().stage());
		// the draft's stage names in B.2 and the domain quoted in 9.1, as the draft writes them
		names.addAll(List.of("报批稿", "征求意见稿", "送审稿", "技术"));
		String text = d.body().text();
		for (String name : names) {
			text = text.replace(name, " ");
		}
		Set<String> left = new TreeSet<>();
		Matcher m = CJK.matcher(text);
		while (m.find()) {
			left.add(m.group());
		}
		assertEquals(Set.of(), left, "Chinese fixed words in the English page");
	}

	@Test
	void markdownInEnglishRendersInCommonMark() {
		List<org.commonmark.Extension> gfm = List.of(TablesExtension.create());
		Document d = Jsoup.parse(HtmlRenderer.builder().extensions(gfm).build().render(Parser.builder().extensions(gfm).build().parse(markdown)));
		assertEquals(List.of("Contents", "5 Maturity levels", "6 Capability domains", "7 Maturity requirements", "9 Determination of the maturity level",
				"Annex A (normative) Maturity level scores of a composite enterprise (declared by the revision)",
				"Annex B (informative) Supplementary rules and interpretations of the scoring", "Annex C (informative) Worked examples",
				"Annex D (informative) Effective models and assessment templates per sector", "Annex E (informative) Validation findings"), d.select("h2").eachText());
		assertFalse(d.text().contains("**"), "no asterisks left as text");
		assertEquals(markdown.split("\n\\|---", -1).length - 1, d.select("table").size(), "every pipe table is a table");
		assertEquals(List.of("Domain", "Subdomain", "Id", "Weight", "Requirements (row of Tables 5–8)"), d.select("table").get(2).select("thead th").eachText());
		assertTrue(d.select("li").eachText().stream().anyMatch(t -> t.startsWith("Sector: ")), "the worked examples' labels");
		assertTrue(markdown.contains("    (1)\n```"), "formula numbers");
		assertTrue(markdown.strip().endsWith("Generated by Maturity Workbench (mwb generate) from the model files of this revision; do not edit by hand."));
	}

	@Test
	void wordHeadingsAreInEnglishAndTheDocumentStillImports() throws Exception {
		List<String> paragraphs = PoiContext.call(() -> {
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
				List<String> texts = new ArrayList<>();
				for (XWPFParagraph p : doc.getParagraphs()) {
					texts.add(p.getText());
				}
				return texts;
			}
		});
		for (String heading : List.of("5　Maturity levels", "6　Capability domains", "7　Maturity requirements", "8　Assessment method",
				"9　Determination of the maturity level", "9.1　Calculation", "Annex A", "(normative)", "Maturity level scores of a composite enterprise", "Annex B",
				"(informative)", "Interpretations and conventions", "Table 9　Degree of meeting a maturity requirement and its score",
				"Table 10　Conclusion of the assessment", "Table A.1　Scores and weights of the types of a composite enterprise", "表1　有色金属行业基础共性能力域", "where")) {
			assertTrue(paragraphs.contains(heading), heading);
		}
		assertTrue(paragraphs.contains("Nonferrous metals industry standard of the People's Republic of China"));
		// the weight and requirement tables keep the draft's column headers and ids, so that mwb import-docx reads them
		ImportedTables imported = DocxImport.read(new ByteArrayInputStream(docx), null);
		assertEquals(model.weightTables().size(), imported.weights().size());
		assertEquals(model.clauseCount(), imported.requirements().stream().mapToInt(ImportedTables.Requirements::clauseCount).sum());
	}
}
