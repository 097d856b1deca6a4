package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.cli.fuzz.FuzzBase;
import com.maturityworkbench.cli.fuzz.FuzzCampaign;
import com.maturityworkbench.cli.fuzz.MutantCheck;
import com.maturityworkbench.cli.fuzz.Mutator;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb fuzz}: a seeded slice of the campaign runs here (the full campaign of 100,000 mutants is a benchmark, run
 * by hand): every invariant holds on every mutant — no uncaught exception, formatting idempotent, every mutant that
 * validate passes generated in memory and scored within range — and the figures add up.
 */
class FuzzCommandTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	private static final int INPUTS = 60;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private static int number(String out, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(out);
		assertTrue(m.find(), () -> pattern + " in\n" + out);
		return Integer.parseInt(m.group(1));
	}

	@Test
	void aSeededSliceKeepsEveryInvariant() {
		Cli.Run run = Cli.run("fuzz", Models.shipped().toString(), "--inputs", String.valueOf(INPUTS), "--seed", "20261201", "--compile-every", "30");
		assertEquals(0, run.exit(), run::out);
		String out = run.out();
		assertTrue(out.startsWith("模糊测试 " + Models.shipped() + "（7 个文件，轻量版：每个单元格只保留第一条条款，不含计算示例）：60 个变异输入，种子 20261201\n"), out);
		assertTrue(out.contains("60 个变异输入，用时 "), out);
		assertEquals(INPUTS, number(out, "诊断正常（不变式全部成立）：(\\d+)"));
		int syntax = number(out, "其中有语法错误的 (\\d+)");
		int usable = number(out, "通过 validate（已在内存中生成文本产物并评分）的 (\\d+)");
		assertTrue(syntax > 10 && syntax < INPUTS, "mutants break the syntax, but not all: " + syntax);
		assertTrue(usable > 10, "many mutants stay usable and are generated and scored: " + usable);
		assertTrue(syntax + usable <= INPUTS);
		assertTrue(out.contains("未捕获的异常：0 个输入（0 种）\n"), out);
		assertTrue(out.contains("格式化不幂等：0；格式化后无法解析：0\n"), out);
		assertTrue(out.contains("通过 validate 却无法生成或评分（validate 未预见的拒绝）：0；得分超出范围：0\n"), out);
	}

	@Test
	void inEnglishWhenAsked() {
		Language.set(Language.EN);
		Cli.Run run = Cli.run("fuzz", Models.shipped().toString(), "--inputs", "3", "--seed", "5");
		assertEquals(0, run.exit(), run::out);
		assertTrue(run.out().contains("3 mutants in "), run.out());
		assertTrue(run.out().contains("uncaught exceptions: 0 mutants (0 distinct)"), run.out());
	}

	/**
	 * The fast path keeps the outcome: every mutant of a seeded set checked on two threads with the binary documents
	 * rendered for one usable mutant in 20 (as {@code mwb fuzz} runs by default) gets the same outcome — syntax errors,
	 * usable, the number of findings, the problems — as on one thread with every document rendered.
	 */
	@Test
	void twoThreadsAndSampledDocumentsGiveTheOutcomesOfOneThreadRenderingEverything() throws Exception {
		List<SourceText> base = FuzzBase.of(RevisionFiles.read(List.of(Models.shipped().toString())), false);
		List<String> fast = outcomes(base, new FuzzCampaign.Settings(40, 424242, 120_000, 0, 20, 2, 0));
		List<String> full = outcomes(base, new FuzzCampaign.Settings(40, 424242, 120_000, 0, 1, 1, 0));
		assertEquals(full, fast);
		assertTrue(full.stream().filter(o -> o.contains("usable=true")).count() > 5, full::toString);
	}

	private static List<String> outcomes(List<SourceText> base, FuzzCampaign.Settings settings) {
		List<String> outcomes = new java.util.ArrayList<>();
		new FuzzCampaign(base, () -> ShippedDraft.injector().getInstance(MutantCheck.class), settings).run(r -> {
		}, (m, o) -> outcomes.add("#" + m.number() + " " + m.mutations() + (o == null ? " hang"
				: " syntax=" + o.syntaxErrors() + " usable=" + o.usable() + " findings=" + o.findings() + " problems="
						+ o.problems().stream().map(p -> p.kind() + " " + p.stage() + " " + p.detail()).toList())));
		return outcomes;
	}

	/** The same seed gives the same mutants; another seed others. Every kind of mutation is drawn. */
	@Test
	void mutantsAreReproducibleFromTheirSeed() {
		String text = "part of rev\nweights 表1 part 基础共性\n  domain 组织\n    组织建设 3%\n    转型战略 2.5%\n";
		List<Mutator.Mutated> a = List.of(Mutator.mutate(text, new SplittableRandom(7)), Mutator.mutate(text, new SplittableRandom(8)));
		assertEquals(a, List.of(Mutator.mutate(text, new SplittableRandom(7)), Mutator.mutate(text, new SplittableRandom(8))));
		assertNotEquals(a.get(0), a.get(1));
		Set<String> kinds = new HashSet<>();
		for (int seed = 0; seed < 3000; seed++) {
			for (String m : Mutator.mutate(text, new SplittableRandom(seed)).mutations().split("\\+")) {
				kinds.add(m);
			}
		}
		assertEquals(Mutator.values().length, kinds.size(), kinds::toString);
	}
}
