package com.maturityworkbench.generator.tests;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.model.SectorModel;

/** The assessment templates of the shipped draft: CSV (BOM, CRLF, RFC 4180, every clause) and XLSX (sheets, validation). */
class TemplatesTest {
	private static GenerationModel model;
	private static GeneratedTree tree;

	@BeforeAll
	static void generate() throws Exception {
		model = Generation.load(ShippedDraft.folder()).model();
		tree = Generation.generator().generate(model, Generator.Progress.NONE, false);
	}

	private static SectorView sector(String code) {
		return model.sectors().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mining", "smelting", "processing" })
	void csvTemplateHasBomMetadataHeaderAndOneRowPerClauseOfTheEffectiveModel(String code) {
		SectorView s = sector(code);
		byte[] bytes = tree.file("templates/" + code + ".csv");
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertTrue(text.endsWith("\r\n"));
		List<List<String>> records = parseCsv(text);
		assertEquals(List.of("# standard: YS/T XXXXX—XXXX"), records.get(0));
		assertEquals(List.of("# revision: nonferrous_dt_maturity"), records.get(1));
		assertEquals(List.of("# status: draft"), records.get(2));
		assertEquals(List.of("# sector: " + s.name()), records.get(3));
		assertEquals(List.of("# tailored: "), records.get(4));
		assertEquals(List.of("# scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0"), records.get(5));
		assertEquals(List.of("# layout: 5"), records.get(6), "the marker after the metadata of layout 1");
		assertEquals(List.of("# revisionLabel: 征求意见稿"), records.get(7), "layout 4: the revision's label after the marker");
		assertEquals(List.of("# 以下为评估报告“基本情况”的企业信息（选填，不参与评分）：enterprise 企业名称；creditCode 统一社会信用代码；address 地址；industry 所属行业/主营产品；"
				+ "assessmentDate 评估日期；assessor 评估机构；panelMembers 评估组成员"), records.get(8), "layout 5: the particulars, named in Chinese");
		assertEquals(List.of(List.of("# enterprise: "), List.of("# creditCode: "), List.of("# address: "), List.of("# industry: "), List.of("# assessmentDate: "),
				List.of("# assessor: "), List.of("# panelMembers: ")), records.subList(9, 16), "empty, for the assessor to fill in");
		assertEquals(List.of("# 以下为评估组撰写的报告内容（选填，不参与评分；多行文字请整格加引号）：analysis 分析报告；strengths 优秀经验；weaknesses 短板不足；advice 改进建议"),
				records.get(16));
		assertEquals(List.of(List.of("# analysis: "), List.of("# strengths: "), List.of("# weaknesses: "), List.of("# advice: ")), records.subList(17, 21));
		assertEquals(List.of("条款编号", "表", "能力域", "能力子域", "等级", "编号", "条款内容", "评分", "导语与注", "证据/备注"), records.get(21),
				"layout 4: the Chinese names of the columns first");
		assertEquals(List.of("clause_id", "table", "domain", "subdomain", "level", "label", "text", "rating", "context", "evidence"), records.get(22),
				"the machine header: layout 3's context column, then layout 4's evidence column");
		List<List<String>> rows = records.subList(23, records.size());
		List<String> order = SectorModel.of(model.scoring(), s.name()).clauseOrder();
		assertEquals(order.size(), rows.size(), "one row per clause of the effective model");
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			TemplateRow expected = s.rows().get(i);
			String rated = expected.printedText() + expected.continuations().stream().map(p -> "\n" + p).reduce("", String::concat);
			List<String> context = new ArrayList<>();
			if (expected.leadIn() != null) {
				context.add("导语：" + expected.leadIn());
			}
			expected.notes().forEach(n -> context.add(n.text()));
			expected.cellNotes().forEach(n -> context.add(n.text()));
			assertEquals(List.of(order.get(i), expected.table(), expected.domain(), expected.subdomain(), expected.level(),
					expected.label() == null ? "" : expected.label(), rated, "", String.join("\n", context), ""), row, "row " + (i + 1));
		}
		if (!code.equals("processing")) {
			return;
		}
		// the draft's context, as the seed prints it: 表5 研发管理 一级 has a lead-in before a) … d), and no row of its own
		List<List<String>> research = rows.stream().filter(r -> r.get(0).startsWith("表5.研发管理.一级.")).toList();
		assertEquals(List.of("表5.研发管理.一级.1", "表5.研发管理.一级.2", "表5.研发管理.一级.3", "表5.研发管理.一级.4"), research.stream().map(r -> r.get(0)).toList());
		for (List<String> r : research) {
			assertEquals("导语：初步实现研发管理的数字化，建立基础的数据采集和管理能力。", r.get(8));
		}
		// 表5 质量提升 一级 d) carries its example; 表5 基础设施 三级 d) its continuation paragraph, in the text it is rated by
		List<String> d = rows.stream().filter(r -> r.get(0).equals("表5.质量提升.一级.4")).findFirst().orElseThrow();
		assertEquals("新型发展模式示例: 网络化协同、服务化延伸、个性化定制、按需化生产、绿色化生产、精准化营销、精细化投融、可视化治理", d.get(8));
		List<String> continued = rows.stream().filter(r -> r.get(0).equals("表5.基础设施.三级.4")).findFirst().orElseThrow();
		assertTrue(continued.get(6).endsWith("实现目标见数据管理数据安全部分相关要求。\n开始探索建设具备高存力、高算力、高运力、高安全、高效特征的新型数据基础设施，"
				+ "包括但不限于国家工业互联网大数据中心、智算中心、数据空间、新型数据中心等。"), continued.get(6));
		assertEquals("", continued.get(8));
		// Chinese text intact, topic included: the first clause of Table 5 as printed in the draft
		assertEquals("表5.组织建设.一级.1", rows.get(0).get(0));
		assertTrue(rows.get(0).get(6).startsWith("组织结构。在数字化转型相关职能建设方面，应在重点部门或领域，明确主要负责部门。"), rows.get(0).get(6));
		assertFalse(rows.stream().anyMatch(r -> r.get(0).startsWith("表7.研发管理.")), "unweighted rows are not listed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mining", "smelting", "processing" })
	void xlsxTemplateHasAnInfoSheetAndOneValidatedSheetPerRequirementTable(String code) throws IOException {
		SectorView s = sector(code);
		Map<String, String> zip = unzip(tree.file("templates/" + code + ".xlsx"));
		String workbook = zip.get("xl/workbook.xml");
		List<String> sheets = new ArrayList<>();
		Matcher m = Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(workbook);
		while (m.find()) {
			sheets.add(m.group(1));
		}
		List<String> expectedSheets = new ArrayList<>(List.of("评估信息"));
		expectedSheets.addAll(s.requirementTables());
		assertEquals(expectedSheets, sheets);
		assertEquals("表5", s.requirementTables().get(0));
		String strings = zip.get("xl/sharedStrings.xml");
		for (String v : List.of("standard", "YS/T XXXXX—XXXX", "nonferrous_dt_maturity", "draft", s.name(), "tailored", "全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0",
				"layout", "模板布局版本", "评分等级", "组织结构。在数字化转型相关职能建设方面", "context", "enterprise", "企业名称（选填，评估报告“基本情况”引用；不参与评分）",
				"advice", "改进建议（选填，评估组撰写，原文写入评估报告该部分；不参与评分）")) {
			assertTrue(strings.contains(v), v);
		}
		assertTrue(zip.get("docProps/custom.xml").contains("YS/T XXXXX—XXXX"), "standard code as a document property");
		assertTrue(zip.get("docProps/custom.xml").contains("征求意见稿"), "the revision label as a document property");
		// the tailored subdomains are chosen, one per row, from the list of tailorable subdomains in column H
		String info = zip.get("xl/worksheets/sheet1.xml");
		Matcher tailoring = Pattern.compile("<dataValidation [^>]*sqref=\"B5:B12\"[^>]*>\\s*<formula1>([^<]+)</formula1>").matcher(info);
		assertTrue(tailoring.find(), info.substring(Math.max(0, info.indexOf("<dataValidations")), Math.min(info.length(), info.indexOf("<dataValidations") + 600)));
		assertTrue(tailoring.group(1).contains("$H$2"), tailoring.group(1));
		assertTrue(strings.contains("可裁剪的能力子域") && strings.contains("revisionLabel") && strings.contains("证据/备注"));
		for (int k = 0; k < s.requirementTables().size(); k++) {
			String table = s.requirementTables().get(k);
			long clauses = s.rows().stream().filter(r -> r.table().equals(table)).count();
			String sheet = zip.get("xl/worksheets/sheet" + (k + 2) + ".xml");
			assertEquals(clauses + 2, count(sheet, "<row "), table + ": the Chinese header, the machine header, one row per clause");
			assertTrue(rowTag(sheet, 2).contains("hidden=\"true\""), table + ": the machine header is hidden: " + rowTag(sheet, 2));
			// print setup: A4 (paper size 9) landscape, fit to one page wide and as many pages high as needed, the header rows repeated
			assertTrue(Pattern.compile("<pageSetup [^>]*paperSize=\"9\"").matcher(sheet).find(), table);
			assertTrue(Pattern.compile("<pageSetup [^>]*orientation=\"landscape\"").matcher(sheet).find(), table);
			assertTrue(Pattern.compile("<pageSetup [^>]*fitToWidth=\"1\"").matcher(sheet).find() && sheet.contains("fitToHeight=\"0\""), table);
			assertTrue(sheet.contains("<pageSetUpPr fitToPage=\"true\""), table);
			assertTrue(workbook.contains("_xlnm.Print_Titles") && workbook.contains("$1:$2"), "the header rows repeated on every page");
			// every clause row as high as its longest cell needs: at least one 15-point line per 89 units of the text column
			// (a Chinese character two units), so the row of the longest clause shows it whole
			TemplateRowLength longest = longest(s, table);
			String tag = rowTag(sheet, longest.index() + 3);
			Matcher height = Pattern.compile("ht=\"([0-9.]+)\"").matcher(tag);
			assertTrue(height.find() && tag.contains("customHeight=\"1\""), table + ": a row height for its longest clause: " + tag);
			assertTrue(Double.parseDouble(height.group(1)) >= 15 * Math.ceil(longest.units() / 89.0), table + ": " + height.group(1) + " for " + longest.units());
			assertEquals(clauses, Pattern.compile("<row [^>]*customHeight=\"1\"").matcher(sheet).results().count(), table);
			Matcher v = Pattern.compile("<dataValidation [^>]*>").matcher(sheet);
			assertTrue(v.find(), table + " has a data validation");
			String validation = v.group();
			assertTrue(validation.contains("sqref=\"H3:H" + (clauses + 2) + "\""), validation);
			assertTrue(validation.contains("type=\"list\""), validation);
			assertTrue(validation.contains("errorStyle=\"stop\""), validation);
			assertTrue(validation.contains("showErrorMessage=\"true\""), validation);
			assertTrue(validation.contains("errorTitle=\"评分无效\""), validation);
			assertTrue(validation.contains("error=\"请从下拉列表中选择评分：全部满足、大部分满足、部分满足、不满足，或填写对应分值 1、0.8、0.5、0。\""), validation);
			assertTrue(sheet.contains("<formula1>\"全部满足,大部分满足,部分满足,不满足,1,0.8,0.5,0\"</formula1>"), table);
		}
	}

	/**
	 * A clause of 8,000 characters needs 180 lines of the text column, 2,700 points: more than the highest row a
	 * spreadsheet has (409 points), which fastexcel refuses with an IllegalArgumentException (found by mwb fuzz). The row
	 * is made as high as a row can be, and the clause is in the template whole.
	 */
	@org.junit.jupiter.api.Test
	void aClauseTallerThanTheHighestRowGetsTheHighestRow() throws Exception {
		String clause = "应" + "建".repeat(7_998) + "。";
		GenerationModel m = Generation.load(Generation.smallFixture(), t -> t.replace("\"应建立跨部门协同机制。\"", "\"" + clause + "\"")).model();
		GeneratedTree generated = Generation.generator().generate(m, Generator.Progress.NONE, false);
		String path = generated.files().keySet().stream().filter(p -> p.startsWith("templates/") && p.endsWith(".xlsx")).findFirst().orElseThrow();
		Map<String, String> zip = unzip(generated.file(path));
		assertTrue(zip.get("xl/sharedStrings.xml").contains(clause), "the clause whole");
		String sheets = zip.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/sheet")).map(Map.Entry::getValue)
				.collect(java.util.stream.Collectors.joining());
		List<String> heights = Pattern.compile("<row [^>]*\\sht=\"([0-9.]+)\"").matcher(sheets).results().map(r -> r.group(1)).toList();
		assertEquals(409, heights.stream().mapToDouble(Double::parseDouble).max().orElseThrow(), heights::toString);
	}

	/** A clause row of a sheet: its index among the sheet's clause rows and the width of its text in column units. */
	private record TemplateRowLength(int index, int units) {
	}

	/** The clause of {@code table} whose text (as the template prints it, continuations included) is the widest. */
	private static TemplateRowLength longest(SectorView s, String table) {
		List<GenerationModel.TemplateRow> rows = s.rows().stream().filter(r -> r.table().equals(table)).toList();
		TemplateRowLength best = new TemplateRowLength(0, 0);
		for (int i = 0; i < rows.size(); i++) {
			String text = rows.get(i).printedText();
			int units = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
			if (rows.get(i).continuations().isEmpty() && units > best.units()) {
				best = new TemplateRowLength(i, units);
			}
		}
		return best;
	}

	/** The opening tag of row {@code r} (1-based) of a sheet's XML. */
	private static String rowTag(String sheet, int r) {
		Matcher m = Pattern.compile("<row r=\"" + r + "\"[^>]*>").matcher(sheet);
		return m.find() ? m.group() : "";
	}

	private static long count(String s, String what) {
		return Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
	}

	/** Through the central directory, as Excel reads it (fastexcel streams entries with data descriptors). */
	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("template", ".xlsx");
		try {
			Files.write(file, bytes);
			Map<String, String> entries = new LinkedHashMap<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry e : Collections.list(zip.entries())) {
					entries.put(e.getName(), decodeReferences(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return entries;
		} finally {
			Files.delete(file);
		}
	}

	/** XML character references (fastexcel writes non-ASCII characters in attributes as &#x8bc4;) and the five entities. */
	private static String decodeReferences(String xml) {
		Matcher m = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(xml);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String n = m.group(1);
			int cp = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
			m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
		}
		m.appendTail(b);
		return b.toString().replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

	/** RFC 4180 with CRLF record ends; a bare LF outside quotes is an error. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.length() == 0) {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			} else if (c == '\n' || c == '\r') {
				throw new AssertionError("bare line break outside quotes at character " + i);
			} else {
				field.append(c);
			}
		}
		assertTrue(record.isEmpty() && field.length() == 0, "last record ends with CRLF");
		return records;
	}
}
