package com.maturityworkbench.cli.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import com.maturityworkbench.cli.ExitCode;
import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.dsl.tests.RevisionText;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * The command line as a parser: usage help of mwb and of every command, {@code --version}, unknown commands and
 * options named with picocli's suggestion, missing and extra arguments with the synopsis, bad option values, the exit
 * codes, and the language: Chinese by default, English with {@code --lang en} before or after the command.
 */
class CommandLineTest {
	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static Cli.Run mwb(String... args) {
		Cli.Run run = Cli.run(args);
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
		return run;
	}

	private Path revision() throws IOException {
		return Files.writeString(dir.resolve("revision.maturity"), RevisionText.valid().singleFile(), UTF_8);
	}

	/** The first line of every command's help (its header), as the Chinese usage help shows it. */
	private static final Map<String, String> HEADERS = Map.ofEntries(
			Map.entry("validate", "检查修订版文件"),
			Map.entry("stats", "每张表的类型、部分、行业、能力子域或行数、权重合计、各级条文数"),
			Map.entry("bench", "计时：反复解析和检查一个修订版（预热后的中位数），或评分吞吐量"),
			Map.entry("fuzz", "模糊测试：变异修订版，在每个变异输入上检查不变式"),
			Map.entry("score", "为一份评估评分（.json 单个或综合型企业、.csv、.xlsx）"),
			Map.entry("generate", "据修订版生成模型文件、评估模板、文档、评分代码和 jar"),
			Map.entry("diff", "比较两个修订版：权重、子域、条款、规则、示例"),
			Map.entry("simulate", "影响模拟：一个企业人群在两个修订版下的等级转移和 ΔS"),
			Map.entry("comments", "征求意见：检查意见文件，统计处理意见，生成汇总处理表"),
			Map.entry("fix", "做出结果唯一的快速修复，以统一差异格式列出每处改动"),
			Map.entry("lsp", "语言服务器（LSP，经标准输入输出），供其他编辑器使用"));

	@Test
	void everyCommandExplainsItselfWithHelp() {
		for (Map.Entry<String, String> command : HEADERS.entrySet()) {
			Cli.Run run = mwb(command.getKey(), "--help");
			assertEquals(0, run.exit(), run::err);
			assertEquals("", run.err());
			List<String> lines = Arrays.asList(run.out().split("\n"));
			assertEquals(command.getValue(), lines.get(0));
			assertTrue(lines.get(1).startsWith("用法：mwb " + command.getKey() + " [-h]"), lines.get(1));
			assertTrue(run.out().contains("  -h, --help ") && run.out().contains(" 显示这份说明并退出\n"), run::out);
			assertEquals(run.out(), mwb(command.getKey(), "-h").out());
		}
	}

	/** It used to say "option --help needs a value". */
	@Test
	void scoreHelpShowsItsArgumentsAndOptions() {
		Cli.Run run = mwb("score", "--help");
		assertEquals(0, run.exit());
		String out = run.out();
		assertTrue(out.replaceAll("\\s+", " ").contains("用法：mwb score [-h] [--partial] [--example=NAME] [--format=text|json|html] [--lang=zh|en] [--progressive=on|off] MODEL [ASSESSMENT]"),
				out);
		assertTrue(out.replaceAll("\\s+", " ").contains(" [ASSESSMENT] 评估：.json（单个或综合型企业）、.csv、.xlsx "), out);
		assertTrue(out.replaceAll("\\s+", " ").contains(" --progressive=on|off 逐级递进的读法：on 或 off（默认按修订版的声明） "), out);
		Cli.Run english = mwb("--lang", "en", "score", "--help");
		assertTrue(english.out().startsWith("Score one assessment (.json single or composite, .csv, .xlsx)\nUsage: mwb score [-h]"), english::out);
		assertTrue(english.out().replaceAll("\\s+", " ").contains(" [ASSESSMENT] The assessment: .json (single or composite), .csv, .xlsx "),
				english::out);
	}

	@Test
	void mwbHelpListsTheCommandsAndTheExitCodes() {
		Cli.Run run = mwb("--help");
		assertEquals(0, run.exit());
		List<String> lines = Arrays.asList(run.out().split("\n"));
		int width = "import-docx".length(); // the longest command name sets the column
		for (Map.Entry<String, String> command : HEADERS.entrySet()) {
			assertTrue(lines.contains(String.format("  %-" + width + "s  %s", command.getKey(), command.getValue())), command::getKey);
		}
		int heading = lines.indexOf("退出码：");
		assertTrue(heading > 0, run::out);
		assertEquals(List.of("  0   完成，没有错误（可能有警告和提示）", "  1   发现错误（含语法错误），或修订版因错误不能使用", "      mwb diff：两个修订版有差别"),
				lines.subList(heading + 1, heading + 4));
		assertEquals("  3   mwb 内部错误（一行说明，不是输入的问题）", lines.get(heading + 6));
	}

	/** The tool's version and build, from the bundle's manifest as OSGi reads it; the Java runtime. */
	@Test
	void versionNamesTheToolItsBuildAndJava() {
		Version bundle = FrameworkUtil.getBundle(MwbCommand.class).getVersion();
		String qualifier = bundle.getQualifier();
		String build = qualifier.matches("\\d{12}")
				? String.format("构建：%s（%s-%s-%s %s:%s UTC）", bundle, qualifier.substring(0, 4), qualifier.substring(4, 6), qualifier.substring(6, 8),
						qualifier.substring(8, 10), qualifier.substring(10, 12))
				: "构建：" + bundle;
		String java = "Java：" + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
		Cli.Run run = mwb("--version");
		assertEquals(0, run.exit());
		assertEquals(String.join("\n", "mwb " + bundle.getMajor() + "." + bundle.getMinor() + "." + bundle.getMicro(), build, java) + "\n", run.out());
		assertEquals(run.out(), mwb("-V").out());
		assertTrue(mwb("--lang", "en", "--version").out().contains("\nbuild: " + bundle), "English");
	}

	@Test
	void unknownOptionIsNamedWithTheClosestOne() throws IOException {
		Cli.Run run = mwb("validate", "--formt", "json", revision().toString());
		assertEquals(2, run.exit());
		assertEquals("mwb: 未知的选项 --formt；是不是 --format？\n", run.err());
		assertEquals("", run.out());
		assertEquals("mwb: unknown option --formt; did you mean --format?\n", mwb("validate", "--formt=json", "--lang", "en", "x.maturity").err());
	}

	@Test
	void unknownCommandIsNamedWithTheClosestOne() {
		Cli.Run run = mwb("valdate", "x.maturity");
		assertEquals(2, run.exit());
		assertEquals("mwb: 未知的命令“valdate”；是不是 validate？可用的命令：validate, stats, bench, fuzz, score, report, generate, diff, simulate, migrate, comments, import-docx, fix, lsp\n", run.err());
		assertEquals("mwb: unknown command 'valdate'; did you mean validate? The commands are validate, stats, bench, fuzz, score, report, generate, diff, simulate, migrate, comments, import-docx, fix, lsp\n",
				mwb("--lang", "en", "valdate").err());
	}

	@Test
	void missingAndExtraArgumentsShowTheSynopsis() {
		Cli.Run missing = mwb("score", "model.maturity");
		assertEquals(2, missing.exit());
		assertEquals(List.of("mwb: 给出一份评估（ASSESSMENT），或用 --example NAME 给出修订版的一个计算示例，二者取一"), missing.errLines());
		Cli.Run extra = mwb("generate", "a.maturity", "b.maturity", "--out", dir.toString());
		assertEquals(2, extra.exit());
		assertEquals(List.of("mwb: generate 不接受多余的参数“b.maturity”", "用法：mwb generate [-h] [--force] [--lang=zh|en] --out=DIR MODEL"), extra.errLines());
		assertEquals(List.of("mwb: --format 需要一个值：text|json", "用法：mwb validate [-h] [--format=text|json] [--lang=zh|en] PATH..."),
				mwb("validate", "--format").errLines());
	}

	@Test
	void badOptionValuesAreNamed() throws IOException {
		String file = revision().toString();
		assertEquals("mwb: --rounds 必须是正整数，不能是“0”\n", mwb("bench", file, "--rounds", "0").err());
		assertEquals("mwb: --progressive 只能是 on 或 off，不能是“yes”\n", mwb("score", file, "a.json", "--progressive", "yes").err());
		assertEquals("mwb: --format 只能是 text、json 或 html，不能是“xml”\n", mwb("score", file, "a.json", "--format", "xml").err());
		assertEquals("mwb: --lang 只能是 zh 或 en，不能是“fr”\n", mwb("--lang", "fr", "validate", file).err());
		assertEquals("mwb: --format may be given only once\n", mwb("--lang", "en", "validate", "--format", "json", "--format", "text", file).err());
	}

	@Test
	void exitCodesKeepTheirDocumentedMeanings() throws IOException {
		assertEquals(List.of(0, 1, 1, 2, 3), Arrays.stream(ExitCode.values()).map(ExitCode::code).toList()); // 1 twice: errors; mwb diff: different
		assertEquals(ExitCode.OK.code(), mwb("validate", revision().toString()).exit());
		RevisionText withError = RevisionText.valid();
		withError.comparison = "=>";
		Path broken = Files.writeString(dir.resolve("broken.maturity"), withError.singleFile(), UTF_8);
		assertEquals(ExitCode.ERRORS.code(), mwb("validate", broken.toString()).exit());
		assertEquals(ExitCode.UNUSABLE_INPUT.code(), mwb("validate", dir.resolve("nowhere.maturity").toString()).exit());
	}

	/** Anything unexpected (here: stdout fails) is one line naming the defect, exit 3, never a stack trace. */
	@Test
	void anInternalErrorIsOneLineAndExit3() throws IOException {
		PrintStream failing = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8) {
			@Override
			public void println(String line) {
				throw new IllegalStateException("stdout is gone");
			}
		};
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new MwbCommand(failing, new PrintStream(err, true, UTF_8)).run(new String[] { "validate", revision().toString() });
		assertEquals(ExitCode.INTERNAL_ERROR.code(), exit);
		assertEquals("mwb: 内部错误：java.lang.IllegalStateException: stdout is gone（这是 mwb 的缺陷，不是输入的问题；请附上命令行报告）\n", err.toString(UTF_8));
	}

	/** A file named that is not a revision file: refused by name, exit 2 (it used to end in a NullPointerException). */
	@Test
	void aFileThatIsNotARevisionIsRefusedByNameInChineseByDefaultAndInEnglishWithLangEn() throws IOException {
		Path readme = Files.writeString(dir.resolve("README.md"), "# 说明\n", UTF_8);
		Language.set(null); // nothing chosen: the default, whatever the machine's locale
		assertNull(System.getProperty(Language.PROPERTY), "the test JVM asks for no language");
		Cli.Run run = mwb("validate", readme.toString());
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertEquals("mwb: " + readme + ": 不是修订版文件（修订版文件的扩展名为 .maturity）\n", run.err());
		String english = "mwb: " + readme + ": not a revision file (revision files end in .maturity)\n";
		assertEquals(english, mwb("--lang", "en", "validate", readme.toString()).err());
		assertEquals(english, mwb("validate", readme.toString(), "--lang=en").err());
		assertEquals(Language.ZH, Language.current(), "--lang holds for its run only");
	}

	@Test
	void statsAndBenchLabelsFollowTheLanguage() throws IOException {
		String file = revision().toString();
		assertEquals("修订版 有色转型", mwb("stats", file).out().split("\n")[0]);
		assertEquals("revision 有色转型", mwb("--lang", "en", "stats", file).out().split("\n")[0]);
		List<String> bench = Arrays.asList(mwb("bench", file, "--rounds", "3").out().split("\n"));
		assertEquals(3, bench.size());
		assertTrue(bench.get(0).startsWith("解析 + 检查 1 个文件，"), bench.get(0));
		assertTrue(bench.get(0).endsWith("，0 条检查结果"), bench.get(0));
		assertTrue(bench.get(2).startsWith("预热 10 轮后测 3 轮：中位数 "), bench.get(2));
		List<String> english = Arrays.asList(mwb("--lang", "en", "bench", file, "--rounds", "3").out().split("\n"));
		assertTrue(english.get(0).startsWith("parse+validate 1 file, "), english.get(0));
		assertTrue(english.get(2).startsWith("warm (3 rounds after 10 warm-up): median "), english.get(2));
	}
}
