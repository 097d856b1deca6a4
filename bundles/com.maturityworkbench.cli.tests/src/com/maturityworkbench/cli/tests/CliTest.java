package com.maturityworkbench.cli.tests;

import com.maturityworkbench.dsl.tests.Validated;
import com.maturityworkbench.dsl.tests.RevisionText;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.dsl.tests.Validated.Location;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb validate} and {@code mwb stats} on files in a temporary folder: the exact output lines (in Chinese, the
 * default), the JSON, the exit codes (0 no errors, 1 errors, 2 unusable input), and an stderr without exceptions.
 */
public class CliTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	/** One run of mwb: exit code and what it printed. */
	record Run(int exit, String out, String err) {
		List<String> outLines() {
			return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
		}
	}

	private static Run mwb(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MwbCommand(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)).run(args);
		Run run = new Run(exit, out.toString(UTF_8).replace("\r\n", "\n"), err.toString(UTF_8).replace("\r\n", "\n"));
		// whatever happens, no exception or stack trace reaches the user
		assertFalse(run.err().contains("Exception"), run::err);
		assertFalse(run.err().contains("\tat "), run::err);
		assertFalse(run.out().contains("Exception"), run::out);
		return run;
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, UTF_8);
		return file;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	/** {@code file:line:col: severity: message [code]} with the position of {@code token} in {@code context}. */
	private static String line(Path file, String text, String context, String token, String severity, String message,
			String code) {
		int offset = text.indexOf(context) + context.indexOf(token);
		Location at = Validated.locate(file.toString(), text, offset);
		return String.format("%s:%d:%d: %s: %s [%s]", file, at.line(), at.column(), severity, message, code);
	}

	@Test
	public void validRevisionPrintsOnlyTheSummaryAndExits0() throws IOException {
		Path file = write("revision.maturity", RevisionText.valid().singleFile());
		Run run = mwb("validate", file.toString());
		assertEquals(List.of("1 个文件：0 个错误，0 个警告，0 个提示"), run.outLines());
		assertEquals("", run.err());
		assertEquals(0, run.exit());
	}

	@Test
	public void warningsOnlyArePrintedOnePerLineAndExit0() throws IOException {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "11%";
		String text = rev.singleFile();
		Path file = write("revision.maturity", text);
		Run run = mwb("validate", file.toString());
		assertEquals(List.of(
				line(file, text, "weights 表1", "表1", "warning", "表1（基础共性）的指标权重合计为 48%，基础共性部分的目标为 49%（相差 1%）",
						"weights.part-sum"),
				line(file, text, "weights 表2", "表2", "warning", "采选企业的有效模型（表1 + 表2）权重合计为 99%，应为 100%", "weights.model-sum"),
				"1 个文件：0 个错误，2 个警告，0 个提示 — 错误和警告按类别：weights 2"), run.outLines());
		assertEquals("", run.err());
		assertEquals(0, run.exit());
	}

	@Test
	public void sameFindingInFinalRevisionIsErrorAndExits1() throws IOException {
		RevisionText rev = RevisionText.valid().status("final");
		rev.requirements("表5").row("组织建设").cell("一级").clauses.set(1, RevisionText.Clause.of("b)", "应明确的的牵头部门"));
		String text = rev.singleFile();
		Path file = write("revision.maturity", text);
		Run run = mwb("validate", file.toString());
		assertEquals(List.of(
				line(file, text, "b) \"应明确的的", "的的", "error", "表5“组织建设”一级 b)：“的的”疑为多打了一个“的”（…应明确的的牵头部门…）",
						"text.doubled-character"),
				"1 个文件：1 个错误，0 个警告，0 个提示 — 错误和警告按类别：text 1"), run.outLines());
		assertEquals(1, run.exit());
	}

	@Test
	public void infoIsCountedButNotCategorisedAndExits0() throws IOException {
		RevisionText rev = RevisionText.valid().status("final");
		rev.requirements("表5").row("组织建设").cell("一级").clauses.set(1, RevisionText.Clause.of("b)", "明确牵头部门"));
		String text = rev.singleFile();
		Path file = write("revision.maturity", text);
		Run run = mwb("validate", file.toString());
		assertEquals(List.of(
				line(file, text, "subdomain 组织建设", "组织建设", "info", "“组织建设”有 1 条要求未使用能愿动词（应/宜/可/不应）：一级 b)",
						"text.no-modal-verb"),
				"1 个文件：0 个错误，0 个警告，1 个提示"), run.outLines());
		assertEquals(0, run.exit());
	}

	@Test
	public void syntaxErrorIsReportedAtItsTokenAndExits1() throws IOException {
		RevisionText rev = RevisionText.valid();
		rev.comparison = "=>";
		String text = rev.singleFile();
		Path file = write("revision.maturity", text);
		Run run = mwb("validate", file.toString());
		assertEquals(List.of(line(file, text, "score => 0.8", "=", "error", "语法错误：无法理解“=”", "syntax"),
				"1 个文件：1 个错误，0 个警告，0 个提示 — 错误和警告按类别：syntax 1"), run.outLines());
		assertEquals(1, run.exit());
	}

	@Test
	public void jsonFormatIsAnArrayOfFindingsWithTheSameFields() throws IOException {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("组织建设").weight = "11%";
		rev.threshold = "0.9";
		String text = rev.singleFile();
		Path file = write("revision.maturity", text);
		Run textRun = mwb("validate", file.toString());
		Run jsonRun = mwb("validate", file.toString(), "--format", "json");
		assertEquals(1, jsonRun.exit());
		assertEquals("", jsonRun.err());
		JsonArray array = JsonParser.parseString(jsonRun.out()).getAsJsonArray();
		assertEquals(3, array.size());
		List<String> fromJson = new ArrayList<>();
		for (JsonElement e : array) {
			JsonObject o = e.getAsJsonObject();
			fromJson.add(String.format("%s:%d:%d: %s: %s [%s]", o.get("file").getAsString(), o.get("line").getAsInt(),
					o.get("column").getAsInt(), o.get("severity").getAsString(), o.get("message").getAsString(),
					o.get("code").getAsString()));
		}
		// the same findings, in the same order, as the text lines (without the summary)
		assertEquals(textRun.outLines().subList(0, 3), fromJson);
		JsonObject threshold = array.get(0).getAsJsonObject();
		assertEquals(file.toString(), threshold.get("file").getAsString());
		assertEquals("error", threshold.get("severity").getAsString());
		assertEquals("rules.threshold-band", threshold.get("code").getAsString());
		assertEquals("rules", threshold.get("category").getAsString());
		Location at = Validated.locate("", text, text.indexOf("0.9"));
		assertEquals(at.line(), threshold.get("line").getAsInt());
		assertEquals(at.column(), threshold.get("column").getAsInt());
	}

	@Test
	public void jsonOfACleanRevisionIsAnEmptyArray() throws IOException {
		Path file = write("revision.maturity", RevisionText.valid().singleFile());
		Run run = mwb("validate", "--format=json", file.toString());
		assertEquals(new JsonArray(), JsonParser.parseString(run.out()));
		assertEquals(0, run.exit());
	}

	@Test
	public void folderWithSplitRevisionValidatesAllItsFilesTogether() throws IOException {
		for (Map.Entry<String, String> e : RevisionText.valid().files().entrySet()) {
			write("rev/" + e.getKey(), e.getValue());
		}
		Run run = mwb("validate", dir.resolve("rev").toString());
		assertEquals(List.of("3 个文件：0 个错误，0 个警告，0 个提示"), run.outLines());
		assertEquals(0, run.exit());
	}

	@Test
	public void folderValidatesOnlyItsMaturityFiles() throws IOException {
		write("rev/revision.maturity", RevisionText.valid().singleFile());
		write("rev/README.txt", "这个文件夹保存征求意见稿。".getBytes(Charset.forName("GBK"))); // unusable if it were read
		write("rev/tables.json", new byte[] { '{', 0, 0, '}' });
		Run run = mwb("validate", dir.resolve("rev").toString());
		assertEquals(List.of("1 个文件：0 个错误，0 个警告，0 个提示"), run.outLines());
		assertEquals("", run.err());
		assertEquals(0, run.exit());
	}

	@Test
	public void missingFileExits2() {
		Path missing = dir.resolve("nowhere.maturity");
		Run run = mwb("validate", missing.toString());
		assertEquals("mwb: " + missing + ": 没有这个文件或文件夹\n", run.err());
		assertEquals("", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	public void binaryFileExits2() throws IOException {
		byte[] bytes = "standard 有色转型\n\0\0\0".getBytes(UTF_8);
		Path file = write("binary.maturity", bytes);
		Run run = mwb("validate", file.toString());
		int nul = "standard 有色转型\n".getBytes(UTF_8).length;
		assertEquals("mwb: " + file + ": 不是文本文件（第 " + nul + " 字节处有 NUL 字节，第 2 行）\n", run.err());
		assertEquals(2, run.exit());
	}

	@Test
	public void gbkFileExits2NamingTheLine() throws IOException {
		String text = "// revision\n// saved as GBK\n" + RevisionText.valid().singleFile();
		byte[] gbk = text.getBytes(Charset.forName("GBK"));
		Path file = write("gbk.maturity", gbk);
		Run run = mwb("validate", file.toString());
		int first = 0;
		while (gbk[first] >= 0) {
			first++;
		}
		// the first non-ASCII byte is on line 3, in the comment of the revision's own first line
		String expected = String.format("mwb: %s: 不是 UTF-8 文本（第 %d 字节处的字节 0x%02X 无效，第 3 行）；请将文件另存为 UTF-8\n", file, first,
				gbk[first] & 0xff);
		assertEquals(expected, run.err());
		assertEquals(2, run.exit());
	}

	@Test
	public void utf8FileWithByteOrderMarkIsRead() throws IOException {
		byte[] text = RevisionText.valid().singleFile().getBytes(UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);
		Run run = mwb("validate", write("bom.maturity", bytes).toString());
		assertEquals(List.of("1 个文件：0 个错误，0 个警告，0 个提示"), run.outLines());
		assertEquals(0, run.exit());
	}

	@Test
	public void fileOver8MegabytesExits2() throws IOException {
		byte[] bytes = new byte[8 * 1024 * 1024 + 1];
		Arrays.fill(bytes, (byte) ' ');
		Path file = write("huge.maturity", bytes);
		Run run = mwb("validate", file.toString());
		assertEquals("mwb: " + file + ": 文件大小为 8.0 MB，超过了修订版文件的上限 8 MB\n", run.err());
		assertEquals(2, run.exit());
	}

	@Test
	public void fileOfExactly8MegabytesIsRead() throws IOException {
		byte[] text = RevisionText.valid().singleFile().getBytes(UTF_8);
		byte[] bytes = new byte[8 * 1024 * 1024];
		Arrays.fill(bytes, (byte) ' ');
		System.arraycopy(text, 0, bytes, 0, text.length);
		Run run = mwb("validate", write("big.maturity", bytes).toString());
		assertEquals(List.of("1 个文件：0 个错误，0 个警告，0 个提示"), run.outLines());
		assertEquals(0, run.exit());
	}

	@Test
	public void unknownOptionExits2() throws IOException {
		Path file = write("revision.maturity", RevisionText.valid().singleFile());
		Run run = mwb("validate", "--colour", "always", file.toString());
		assertEquals("mwb: 未知的选项 --colour（mwb validate --help 列出全部选项）\n", run.err());
		assertEquals("", run.out());
		assertEquals(2, run.exit());
	}

	@Test
	public void unknownFormatExits2() throws IOException {
		Path file = write("revision.maturity", RevisionText.valid().singleFile());
		Run run = mwb("validate", "--format", "xml", file.toString());
		assertEquals("mwb: --format 只能是 text 或 json，不能是“xml”\n", run.err());
		assertEquals(2, run.exit());
	}

	@Test
	public void folderWithoutMaturityFilesExits2() throws IOException {
		write("empty/README.txt", "nothing here");
		Path folder = dir.resolve("empty");
		Run run = mwb("validate", folder.toString());
		assertEquals("mwb: " + folder + ": 文件夹中没有 .maturity 文件\n", run.err());
		assertEquals(2, run.exit());
	}

	@Test
	public void noArgumentsPrintsUsageOnStderrAndExits2() {
		Run run = mwb();
		assertTrue(run.err().contains("\n用法：mwb [-hV] [--lang=zh|en] [COMMAND]\n"), run::err);
		assertEquals("", run.out());
		assertEquals(2, run.exit());
		Run help = mwb("--help");
		assertEquals(run.err(), help.out(), "the same usage, asked for");
		assertEquals(0, help.exit());
	}

	@Test
	public void unknownCommandExits2() {
		Run run = mwb("check", "x.maturity");
		assertTrue(run.err().startsWith("mwb: 未知的命令“check”；"), run::err);
		assertTrue(run.err().endsWith("可用的命令：validate, stats, bench, fuzz, score, report, generate, diff, simulate, migrate, comments, import-docx, fix, lsp\n"), run::err);
		assertEquals(2, run.exit());
	}

	@Test
	public void statsJsonGivesEveryTablesSizeAndTheTotals() throws IOException {
		RevisionText rev = RevisionText.valid();
		// non-uniform counts: one extra clause in 表5, one cell of 表6 declared empty
		rev.requirements("表5").row("组织建设").cell("一级").clause("c)", "应明确数字化转型牵头部门");
		rev.requirements("表6").row("仓储物流").cell("五级").emptyReason = "草案未填写";
		for (Map.Entry<String, String> e : rev.files().entrySet()) {
			write("rev/" + e.getKey(), e.getValue());
		}
		Run run = mwb("stats", dir.resolve("rev").toString(), "--format", "json");
		assertEquals(0, run.exit());
		assertEquals("", run.err());
		JsonObject r = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("有色转型", r.get("revision").getAsString());
		assertEquals("draft", r.get("status").getAsString());
		JsonArray tables = r.getAsJsonArray("tables");
		assertEquals(4, tables.size());

		JsonObject t1 = tables.get(0).getAsJsonObject();
		assertEquals("表1 weights 基础共性", t1.get("table").getAsString() + " " + t1.get("kind").getAsString() + " "
				+ t1.get("part").getAsString());
		assertEquals(4, t1.get("subdomains").getAsInt());
		assertEquals("49%", t1.get("weightSum").getAsString()); // 12 + 12 + 13 + 12
		assertFalse(t1.has("sector") && !t1.get("sector").isJsonNull());

		JsonObject t2 = tables.get(1).getAsJsonObject();
		assertEquals("表2 weights 行业特性 采选", t2.get("table").getAsString() + " " + t2.get("kind").getAsString() + " "
				+ t2.get("part").getAsString() + " " + t2.get("sector").getAsString());
		assertEquals(5, t2.get("subdomains").getAsInt());
		assertEquals("51%", t2.get("weightSum").getAsString()); // 10 + 8 + 12 + 11 + 10

		// 表5: 4 rows × 2 clauses at each level, plus c) at 一级
		JsonObject t5 = tables.get(2).getAsJsonObject();
		assertEquals("表5 requirements", t5.get("table").getAsString() + " " + t5.get("kind").getAsString());
		assertEquals(4, t5.get("rows").getAsInt());
		assertEquals(levels(9, 8, 8, 8, 8), t5.getAsJsonObject("clauses"));
		assertEquals(41, t5.get("clauseCount").getAsInt());
		assertEquals(0, t5.get("emptyCells").getAsInt());

		// 表6: 5 rows × 2 clauses at each level, less the two of the empty 五级 cell
		JsonObject t6 = tables.get(3).getAsJsonObject();
		assertEquals("表6 requirements 采选", t6.get("table").getAsString() + " " + t6.get("kind").getAsString() + " "
				+ t6.get("sector").getAsString());
		assertEquals(5, t6.get("rows").getAsInt());
		assertEquals(levels(10, 10, 10, 10, 8), t6.getAsJsonObject("clauses"));
		assertEquals(48, t6.get("clauseCount").getAsInt());
		assertEquals(1, t6.get("emptyCells").getAsInt());

		JsonObject totals = r.getAsJsonObject("totals");
		assertEquals(9, totals.get("rows").getAsInt());
		assertEquals(89, totals.get("clauseCount").getAsInt());
		assertEquals(1, totals.get("emptyCells").getAsInt());
		assertEquals(levels(19, 18, 18, 18, 16), totals.getAsJsonObject("clauses"));
	}

	@Test
	public void statsTextNamesEveryTable() throws IOException {
		Path file = write("revision.maturity", RevisionText.valid().singleFile());
		Run run = mwb("stats", file.toString());
		assertEquals(0, run.exit());
		List<String> lines = run.outLines();
		assertEquals("修订版 有色转型", lines.get(0));
		assertEquals(6, lines.size(), run::out);
		assertTrue(lines.get(1).contains("表1") && lines.get(1).contains("权重表") && lines.get(1).contains("4 个能力子域，合计 49%"), lines.get(1));
		assertTrue(lines.get(2).contains("表2") && lines.get(2).contains("5 个能力子域，合计 51%"), lines.get(2));
		assertTrue(lines.get(3).contains("表5") && lines.get(3).contains("要求表") && lines.get(3).contains("4 行，  40 条要求"), lines.get(3));
		assertTrue(lines.get(4).contains("表6") && lines.get(4).contains("5 行，  50 条要求"), lines.get(4));
		assertTrue(lines.get(5).startsWith("  合计：9 行，90 条要求"), lines.get(5));
	}

	@Test
	public void statsOnUnusableInputExits2() throws IOException {
		Path file = write("binary.maturity", new byte[] { 's', 0 });
		Run run = mwb("stats", file.toString(), "--format", "json");
		assertTrue(run.err().startsWith("mwb: " + file + ": 不是文本文件"), run::err);
		assertEquals("", run.out());
		assertEquals(2, run.exit());
	}

	private static JsonObject levels(int... counts) {
		JsonObject o = new JsonObject();
		for (int i = 0; i < counts.length; i++) {
			o.addProperty(RevisionText.LEVELS.get(i), counts[i]);
		}
		return o;
	}
}
