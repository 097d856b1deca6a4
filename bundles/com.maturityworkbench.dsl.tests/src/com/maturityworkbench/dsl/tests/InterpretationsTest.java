package com.maturityworkbench.dsl.tests;

import static com.maturityworkbench.dsl.analysis.Finding.Severity.ERROR;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.INFO;
import static com.maturityworkbench.dsl.analysis.Finding.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.LoadedRevision;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.maturity.Interpretation;
import com.maturityworkbench.dsl.semantics.OpenPoint;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.RevisionLocator;
import com.maturityworkbench.dsl.semantics.ScoringModelBuilder;
import com.maturityworkbench.dsl.validation.IssueCodes;
import com.maturityworkbench.scoring.model.AssessmentRules;

/**
 * The rules block (评分规则) and the declared interpretations (解释与约定): parsing, defaults, validation, and the
 * shipped draft's interpretations — one per open point of the scoring text, every quote the draft's own words.
 */
public class InterpretationsTest extends ValidationTestBase {
	private static final String INTERPRETATION = "interpretation rounding in \"9\" quote \"最高不超过 5 分\" reading \"精确计算\" because \"草案未规定\"";
	private static Revision shipped;
	private static List<Finding> shippedFindings;

	@BeforeAll
	static void load() throws Exception {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class).load(ShippedDraft.sources(s -> s));
		shippedFindings = ShippedDraft.injector().getInstance(RevisionChecker.class).check(loaded);
		shipped = ShippedDraft.injector().getInstance(RevisionLocator.class).revisionOf(loaded.files().get(0).model());
	}

	private static RevisionText with(String... headLines) {
		RevisionText rev = RevisionText.valid();
		rev.extraHead.addAll(List.of(headLines));
		return rev;
	}

	private static Revision revisionOf(RevisionText rev) {
		LoadedRevision loaded = ShippedDraft.injector().getInstance(RevisionLoader.class)
				.load(List.of(new SourceText(RevisionText.SINGLE_FILE, "/tmp/interpretations-test/" + RevisionText.SINGLE_FILE, rev.singleFile())));
		return ShippedDraft.injector().getInstance(RevisionLocator.class).revisionOf(loaded.files().get(0).model());
	}

	@Test
	void aRevisionWithoutRulesKeepsTodaysReading() {
		assertEquals(AssessmentRules.standard(), ScoringModelBuilder.build(revisionOf(RevisionText.valid())).rules());
		assertFalse(AssessmentRules.standard().notApplicableAllowed());
		validate(RevisionText.valid()).absent(IssueCodes.INTERPRETATION_MISSING);
	}

	@Test
	void notApplicableAllowedReachesTheScoringModel() {
		AssessmentRules rules = ScoringModelBuilder.build(revisionOf(with("rules not applicable allowed as 不适用 rate levels all"))).rules();
		assertEquals(new AssessmentRules(true, "不适用"), rules);
		assertEquals(new AssessmentRules(true, "无关"), ScoringModelBuilder.build(revisionOf(with("rules not applicable allowed as 无关"))).rules());
		assertEquals(AssessmentRules.standard(), ScoringModelBuilder.build(revisionOf(with("rules not applicable forbidden"))).rules());
		validate(with("rules not applicable allowed as 不适用 rate levels all")).absent(IssueCodes.RULES_UNSUPPORTED);
	}

	@Test
	void onlyTheDecidedRatedLevelsAreAccepted() {
		Validated v = validate(with("rules rate levels claimed"));
		v.assertSingle(IssueCodes.RULES_UNSUPPORTED, ERROR, v.at("rate levels claimed", "claimed"),
				"本工具只支持评全部等级（rate levels all：每个等级的每条条款都要评分）；“评到申请等级的上一级”（claimed）尚未实现");
	}

	@Test
	void aNotApplicableNameThatIsAScaleNameIsAnError() {
		Validated v = validate(with("rules not applicable allowed as 不满足"));
		v.assertSingle(IssueCodes.RULES_NOT_APPLICABLE_NAME, ERROR, v.at("allowed as 不满足", "不满足"), "不适用的评分名称“不满足”与表9的满足程度“不满足”同名");
	}

	@Test
	void twoRulesBlocksAreOneTooMany() {
		Validated v = validate(with("rules not applicable forbidden", "rules rate levels all"));
		v.assertSingle(IssueCodes.RULE_DUPLICATE, ERROR, v.at("standard 有色转型", "有色转型"), "本版本声明了 2 次评分规则（rules），只能有一个");
	}

	@Test
	void onceInterpretationsAreDeclaredTheOpenPointsLeftAreListedInOneInfo() {
		Validated v = validate(with(INTERPRETATION));
		Finding f = v.assertSingle(IssueCodes.INTERPRETATION_MISSING, INFO, v.at("standard 有色转型", "有色转型"), "评分方法有 14 处未决之处没有声明解释",
				"met-comparison（满足阈值的比较（超过或不低于）与它造成的总分跳变；规则写在 determination 中）", "percentage-bands（");
		assertFalse(f.message().contains("rounding"), f.message());
	}

	@Test
	void theQuickFixAddsASkeletonPerOpenPoint() {
		String defect = with(INTERPRETATION).singleFile();
		StringBuilder expected = new StringBuilder(defect);
		for (OpenPoint p : OpenPoint.values()) {
			if (p != OpenPoint.ROUNDING) {
				expected.append("\ninterpretation ").append(p.id()).append("\n  quote \"待补充\"\n  reading \"待补充\"\n  because \"待补充\"\n");
			}
		}
		QuickFixHarness.assertFix(defect, IssueCodes.INTERPRETATION_MISSING, "补上 14 条解释的框架（interpretation … quote/reading/because \"待补充\"）",
				expected.toString());
		validate(Map.of(RevisionText.SINGLE_FILE, expected.toString())).absent(IssueCodes.INTERPRETATION_MISSING);
	}

	@Test
	void anInterpretationDeclaredTwiceIsAWarningInADraft() {
		Validated v = validate(with(INTERPRETATION, INTERPRETATION.replace("精确计算", "另一读法")));
		Validated.assertFinding(v.single(IssueCodes.INTERPRETATION_DUPLICATE), WARNING, v.at("interpretation rounding in \"9\" quote \"最高不超过 5 分\" reading \"另一读法\"", "rounding"),
				"解释“rounding”重复：已在第");
	}

	@Test
	void anInterpretationWithoutWordsIsAFinding() {
		Validated v = validate(with("interpretation rounding quote \"最高不超过 5 分\" reading \"\" because \"草案未规定\""));
		Validated.assertFinding(v.single(IssueCodes.INTERPRETATION_EMPTY), WARNING, v.at("reading \"\"", "\"\""), "解释没有写出所采用的规则（reading）");
	}

	/**
	 * Found by {@code mwb fuzz} (mutants 30 and 81 of seed 7): an interpretation cut short before its reading or its
	 * reason made the check throw a NullPointerException, which Xtext dropped without a word, and the check's other
	 * findings for it were lost. The syntax error is reported, and the check goes on ({@link LoggedErrors}: none).
	 */
	@Test
	void anInterpretationCutShortIsASyntaxErrorAndNoCheckThrows() {
		for (String cut : List.of("interpretation rounding quote \"最高不超过 5 分\"", "interpretation rounding quote \"最高不超过 5 分\" reading \"精确计算\"")) {
			Validated v = validate(with(cut));
			assertFalse(v.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList().isEmpty(), v::toString);
			v.absent(IssueCodes.INTERPRETATION_EMPTY);
		}
	}

	@Test
	void theShippedDraftDeclaresEveryOpenPointAndTheDecidedRules() {
		List<String> ids = shipped.interpretations().stream().map(Interpretation::getName).toList();
		assertEquals(Arrays.stream(OpenPoint.values()).map(OpenPoint::id).sorted().toList(), ids.stream().sorted().toList());
		List<String> mine = List.of(IssueCodes.INTERPRETATION_MISSING, IssueCodes.INTERPRETATION_DUPLICATE, IssueCodes.INTERPRETATION_EMPTY,
				IssueCodes.RULES_UNSUPPORTED, IssueCodes.RULES_NOT_APPLICABLE_NAME, IssueCodes.RULE_DUPLICATE);
		assertTrue(shippedFindings.stream().noneMatch(f -> mine.contains(f.code())), () -> shippedFindings.toString());
		assertEquals(AssessmentRules.standard(), ScoringModelBuilder.build(shipped).rules());
		assertEquals(1, shipped.rules().size());
	}

	/**
	 * Every quote of the shipped interpretations is the draft's own words: a substring of the seed text, ignoring
	 * whitespace (the PDF extraction breaks lines and puts spaces around numbers). The seed lies beside the repository,
	 * as for tools/count_clauses.py (-Dmwb.seed=FILE names another copy).
	 */
	@Test
	void everyQuoteIsInTheSeed() throws Exception {
		Path seed = Path.of(System.getProperty("mwb.seed", ShippedDraft.folder().resolve("../../../shared/seeds/000_31f920c5743674cc.txt").toString()))
				.normalize();
		assumeTrue(Files.isRegularFile(seed), "the seed text is not beside the repository: " + seed);
		String text = Files.readString(seed, StandardCharsets.UTF_8).replaceAll("\\s+", "");
		List<String> missing = new ArrayList<>();
		int quotes = 0;
		for (Interpretation i : shipped.interpretations()) {
			for (String q : i.getQuotes()) {
				quotes++;
				if (!text.contains(q.replaceAll("\\s+", ""))) {
					missing.add(i.getName() + ": " + q);
				}
			}
		}
		assertEquals(List.of(), missing);
		assertEquals(27, quotes);
	}

	@Test
	void theFormatterLaysOutRulesAndInterpretations() {
		String messy = "part of rev rules  not applicable   allowed as 不适用 rate levels all\ninterpretation rounding in \"9\" quote \"甲\" quote \"乙\" reading \"丙\" because \"丁\"\n";
		String expected = """
				part of rev

				rules
				  not applicable allowed as 不适用
				  rate levels all

				interpretation rounding in "9"
				  quote "甲"
				  quote "乙"
				  reading "丙"
				  because "丁"
				""";
		assertEquals(expected, FormatterTest.format(messy));
		assertEquals(expected, FormatterTest.format(expected));
	}
}
