package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.TextDecoding;
import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.Generator;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.engine.ScoringEngine;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.ClauseRef;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.ScoreResult;

/**
 * The contract between the generated templates and the readers, on the shipped draft: the templates of every sector
 * are generated, filled in by program as an assessor would (CSV saved as "CSV UTF-8" with a byte order mark, CSV saved
 * by Excel in a Chinese locale as GB18030, the workbook), read back with the readers and scored with the engine. All
 * three give the same result, equal to the values worked out by hand below.
 *
 * <p>The ratings: every clause 全部满足, except in the common table (表1, rated through 表5): at 二级 the clauses of
 * domain 组织 大部分满足, at 三级 every clause 不满足, at 五级 every clause 部分满足; the sector table's 仓储物流 is
 * tailored out (its rows left empty). With w1 = 49 % (表1), w2 = 51 % (表2, 表3 or 表4) and w(组织) = 10 % (Table 1:
 * 3 + 3 + 2 + 2), formulas (1)-(3): a domain whose clauses are all rated r has B = r whatever its subdomain weights β,
 * and while every domain of a table has a scored clause at a level, A = Σ B·α over the printed domain weights α, so
 *
 * <pre>
 * A(一级) = w1 + w2                      = 1
 * A(二级) = w1 + w2 − w(组织)·(1 − 0.8)    = 1 − 0.1·0.2 = 0.98
 * A(三级) = w1·0 + w2                    = 0.51
 * A(四级) = w1 + w2                      = 1
 * A(五级) = w1·0.5 + w2                  = 0.755
 * </pre>
 *
 * met (A ≥ 0.8): 一级, 二级, 四级; progressive off (as declared): S = 1 + 1 + 0.51 + 1 + 0.755 = 4.265 → Table 10 band
 * [3.8, 4.8) → 四级. Tailoring 仓储物流 changes nothing: the sector table's ratings are all 1. The premises (the weights,
 * every 表1 domain scored at 二级, no table empty at a level) are asserted, not assumed.
 *
 * <p>To score the same files another way (the standalone jar, {@code mwb score --format json}), add a {@link Scorer}
 * to {@link #scorers()}: each must give the same {@link Outcome} for every file.
 */
class TemplateRoundTripTest {
	private static final List<String> HAND_LEVEL_SCORES = List.of("1", "0.98", "0.51", "1", "0.755");
	private static final List<Boolean> HAND_MET = List.of(true, true, false, true, false);
	private static final String HAND_TOTAL = "4.265";
	private static final int HAND_LEVEL = 4;
	private static final String TAILORED = "仓储物流";

	private static GenerationModel model;
	private static GeneratedTree tree;

	@TempDir
	static Path dir;

	/** What a result says that every way of scoring must agree on. */
	record Outcome(List<String> levelScores, List<Boolean> met, String total, int level) {
		static Outcome of(ScoreResult r) {
			return new Outcome(r.determination().scores().stream().map(Rational::toExactString).toList(),
					r.determination().levels().stream().map(l -> l.met()).toList(), r.total().toExactString(), r.level());
		}
	}

	/** One way of scoring an assessment file. */
	interface Scorer {
		Outcome score(Path assessment) throws Exception;
	}

	@BeforeAll
	static void generate() throws Exception {
		Language.set(Language.ZH);
		model = Generation.load(ShippedDraft.folder()).model();
		tree = Generation.generator().generate(model, Generator.Progress.NONE, false);
	}

	@AfterAll
	static void chinese() {
		Language.set(Language.ZH);
	}

	private static RevisionModel revision() {
		return model.scoring();
	}

	private static SectorView sector(String code) {
		return model.sectors().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	/** The readers, as {@code mwb score} uses them, then the engine. */
	private static Map<String, Scorer> scorers() {
		AssessmentMapper.Revisions revisions = AssessmentMapper.Revisions.of(revision());
		Map<String, Scorer> scorers = new LinkedHashMap<>();
		scorers.put("readers + engine", file -> {
			AssessmentFiles.SingleInput input = (AssessmentFiles.SingleInput) AssessmentFiles.read(file, file.toString(), revisions);
			assertEquals(LayoutVersion.CURRENT, input.mapped().rows().layout(), file + " is of the layout the generator writes");
			ScoreResult r = new ScoringEngine(revision()).score(input.mapped().assessment());
			assertTrue(r.draftGaps().stream().noneMatch(g -> g.kind() == DraftGap.Kind.TABLE_EMPTY_AT_LEVEL), "premise: no table empty at a level");
			return Outcome.of(r);
		});
		return scorers;
	}

	/** The rating of a clause by the rule of the class comment, as a scale name. */
	private static String rating(ClauseRef ref) {
		boolean common = ref.subdomain().table().part() == TablePart.COMMON;
		int level = ref.levelIndex() + 1;
		if (common && level == 3) {
			return "不满足";
		}
		if (common && level == 5) {
			return "部分满足";
		}
		if (common && level == 2 && ref.subdomain().domain().name().equals("组织")) {
			return "大部分满足";
		}
		return "全部满足";
	}

	/** The rating of a template row, empty for the tailored subdomain; {@code asValue}: the scale value ("0.8") instead of the name. */
	private static String rating(SectorModel sm, String clauseId, boolean asValue) {
		ClauseRef ref = sm.clause(clauseId).orElseThrow(() -> new AssertionError("the template lists an unknown clause " + clauseId));
		assertTrue(ref.isScored(), "the template lists only scored clauses: " + clauseId);
		if (ref.subdomain().subdomain().name().equals(TAILORED) && ref.subdomain().table().part() == TablePart.SECTOR) {
			return "";
		}
		String name = rating(ref);
		return asValue ? revision().scale().values().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().value().toExactString() : name;
	}

	private static String tailoredId(SectorModel sm) {
		return sm.subdomains().stream().filter(s -> s.table().part() == TablePart.SECTOR && s.subdomain().name().equals(TAILORED)).findFirst()
				.orElseThrow().id();
	}

	private static void assertPremises(SectorModel sm) {
		ScoredTable common = revision().commonTable();
		ScoredTable own = revision().sectorTable(sm.sector()).orElseThrow();
		assertEquals(Rational.of(49, 100), common.weight(), "w1");
		assertEquals(Rational.of(51, 100), own.weight(), "w2");
		assertEquals(Rational.of(1, 10), common.domains().stream().filter(d -> d.name().equals("组织")).findFirst().orElseThrow().weight(), "w(组织)");
		for (Domain d : common.domains()) {
			assertTrue(d.subdomains().stream().anyMatch(s -> !s.cell(1).isEmpty()), "every 表1 domain is scored at 二级: " + d.name());
		}
		assertEquals(1, sm.subdomains().stream().filter(s -> s.subdomain().name().equals(TAILORED)).count(), TAILORED + " is a unique name");
	}

	/** CSV records of the template with the ratings filled in, written back with the template's quoting and CRLF. */
	private static String fillCsv(String template, String tailored, UnaryOperator<String> ratingOf) {
		List<List<String>> records = TemplatesTest.parseCsv(template);
		StringBuilder out = new StringBuilder();
		int ratingColumn = -1;
		for (List<String> record : records) {
			List<String> fields = new ArrayList<>(record);
			if (ratingColumn < 0 && fields.get(0).startsWith("# tailored:")) {
				fields.set(0, "# tailored: " + tailored);
			} else if (ratingColumn >= 0) {
				fields.set(ratingColumn, ratingOf.apply(fields.get(0)));
			}
			if (fields.get(0).equals("clause_id")) {
				ratingColumn = RequirementColumn.RATING.indexIn(fields);
			}
			out.append(String.join(",", fields.stream().map(TemplateRoundTripTest::csvField).toList())).append("\r\n");
		}
		return out.toString();
	}

	private static String csvField(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	/**
	 * The workbook as the assessor's spreadsheet saves it: every cell of the template copied, the tailored row filled
	 * in, a rating in each clause row — at 二级 and 五级 as number cells, elsewhere as scale names.
	 */
	private static byte[] fillXlsx(SectorModel sm, byte[] template, String tailored) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook out = new Workbook(bytes, "assessor", "1.0");
		try (ReadableWorkbook in = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			for (Sheet sheet : in.getSheets().toList()) {
				Worksheet ws = out.newWorksheet(sheet.getName());
				int idColumn = -1;
				int ratingColumn = -1;
				for (Row row : sheet.read()) {
					int r = row.getRowNum() - 1;
					for (int c = 0; c < row.getCellCount(); c++) {
						Cell cell = row.getCell(c);
						if (cell == null || cell.getType() == CellType.EMPTY) {
							continue;
						}
						if (cell.getType() == CellType.NUMBER) {
							ws.value(r, c, new BigDecimal(cell.getRawValue()));
						} else {
							ws.value(r, c, cell.getText());
						}
					}
					String first = row.getCellCount() > 0 && row.getCell(0) != null ? row.getCell(0).getText() : "";
					if (first.equals("tailored")) {
						ws.value(r, 1, tailored);
					} else if (first.equals("clause_id")) {
						idColumn = 0;
						for (int c = 0; c < row.getCellCount(); c++) {
							if (row.getCell(c) != null && "rating".equals(row.getCell(c).getText())) {
								ratingColumn = c;
							}
						}
					} else if (idColumn >= 0 && !first.isEmpty()) {
						String name = rating(sm, first, false);
						int level = sm.clause(first).orElseThrow().levelIndex() + 1;
						if (!name.isEmpty() && (level == 2 || level == 5)) {
							ws.value(r, ratingColumn, new BigDecimal(rating(sm, first, true)));
						} else if (!name.isEmpty()) {
							ws.value(r, ratingColumn, name);
						}
					}
				}
			}
		}
		out.finish();
		return bytes.toByteArray();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mining", "smelting", "processing" })
	void filledTemplatesReadBackToTheHandWorkedScoreInEveryFormat(String code) throws Exception {
		SectorView s = sector(code);
		SectorModel sm = SectorModel.of(revision(), s.name());
		assertPremises(sm);
		byte[] csvTemplate = tree.file("templates/" + code + ".csv");
		String text = new String(csvTemplate, 3, csvTemplate.length - 3, StandardCharsets.UTF_8);
		assertEquals(text, fillCsv(text, "", id -> ""), "guard: filling in changes nothing but the ratings and the tailoring");
		Map<String, Path> files = new LinkedHashMap<>();
		files.put("CSV UTF-8 with BOM", Files.write(dir.resolve(code + "-utf8.csv"), CsvLayout.encode(fillCsv(text, tailoredId(sm), id -> rating(sm, id, false)))));
		// Excel in a Chinese locale: GB18030, no byte order mark; ratings as scale values, tailoring by the bare name
		files.put("CSV GB18030", Files.write(dir.resolve(code + "-gb18030.csv"), fillCsv(text, TAILORED, id -> rating(sm, id, true)).getBytes(TextDecoding.GB18030)));
		files.put("XLSX", Files.write(dir.resolve(code + ".xlsx"), fillXlsx(sm, tree.file("templates/" + code + ".xlsx"), tailoredId(sm))));
		Outcome hand = new Outcome(HAND_LEVEL_SCORES, HAND_MET, HAND_TOTAL, HAND_LEVEL);
		for (Map.Entry<String, Scorer> scorer : scorers().entrySet()) {
			for (Map.Entry<String, Path> file : files.entrySet()) {
				assertEquals(hand, scorer.getValue().score(file.getValue()), scorer.getKey() + " on " + file.getKey() + " of " + s.name());
			}
		}
	}
}
