package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb score} on the {@link HandModel}, every expected value worked out by hand from the draft's formulas
 * (1)-(3) (A(i) = Σ w'(s)·C(s,i), C the mean of the clause ratings), 9.2 (met when A(i) ≥ 0.8, S = Σ met ? 1 : A(i)),
 * Table 10 and Annex A, as exact fractions. The JSON report carries them as {@code …Exact}: a decimal when the
 * fraction has a finite expansion (173/200 is "0.865"), the fraction otherwise ("23/30").
 */
class HandWorkedScoresTest {
	@BeforeEach
	void english() {
		Language.set(Language.ZH); // the report texts asserted here are the Chinese ones
	}

	@TempDir
	Path dir;

	static final String FULL = "全部满足";
	static final String MOSTLY = "大部分满足";
	static final String PARTLY = "部分满足";
	static final String NOT = "不满足";

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> json, String key) {
		return (List<Object>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Map<String, Object> json, String key) {
		return (Map<String, Object>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> find(Map<String, Object> json, String listKey, String field, String value) {
		return list(json, listKey).stream().map(o -> (Map<String, Object>) o).filter(m -> value.equals(m.get(field))).findFirst().orElseThrow();
	}

	static Cli.Run ok(Cli.Run run) {
		assertEquals("", run.err(), "stderr");
		assertEquals(0, run.exit(), "exit code");
		return run;
	}

	/**
	 * A full 采选 assessment (CSV) with 表2.丁 tailored out; 庚 (no weight) rated but not scored.
	 *
	 * <pre>
	 * w' at 一级..四级: 甲 1/10, 乙 3/10; 生产 keeps 60 % over 丙 and 戊 (10:30): 丙 3/20, 戊 9/20
	 * w' at 五级: 戊 empty (marked), so 丙 carries all of 生产: 3/5
	 * 一级: 甲 (1,1) = 1, 乙 1, 丙 0.8, 戊 (1,0.8,0.5) = 23/30
	 *       A1 = 1/10 + 3/10 + 3/20·4/5 + 9/20·23/30 = 20/200 + 60/200 + 24/200 + 69/200 = 173/200 = 0.865  met
	 * 二级: 甲 (1,0.5) = 3/4, 乙 0.8, 丙 1, 戊 (0.8,0.8,0.5) = 7/10
	 *       A2 = 3/40 + 6/25 + 3/20 + 63/200 = 15/200 + 48/200 + 30/200 + 63/200 = 156/200 = 39/50 = 0.78  not met
	 * 三级: 甲 (0.5,0.5), 乙 0.5, 丙 0.8, 戊 (0.5,0,0.8) = 13/30
	 *       A3 = 1/20 + 3/20 + 3/25 + 39/200 = 103/200 = 0.515
	 * 四级: 甲 (0,0.5) = 1/4, 乙 0, 丙 0.5, 戊 (0,0,0.5) = 1/6
	 *       A4 = 1/40 + 0 + 3/40 + 3/40 = 7/40 = 0.175
	 * 五级: 甲 (0,0), 乙 0, 丙 0.5:  A5 = 3/5·1/2 = 3/10
	 * S = 1 + 39/50 + 103/200 + 7/40 + 3/10 = (200+156+103+35+60)/200 = 554/200 = 277/100 = 2.77 → 二级 [1.8, 2.8)
	 * next level 三级 from 2.8: 3/100 to go. The largest gain per clause: 表5.乙.四级.1 from 0 to 1 adds 3/10·1 to A4
	 * (still not met, counted as is): S + 3/10 = 3.07 → 三级 (乙 五级 and 丙 五级 gain as much, 乙 四级 is first in table
	 * order). Raising 表5.甲.二级.2 from 0.5 to 1 adds only 1/10·(1/2)/2 = 1/40 to A2, but 0.805 ≥ 0.8 makes 二级 count 1:
	 * S + (1 − 0.78) = S + 11/50.
	 * Domain 生产 at 一级: B = (3/20·4/5 + 9/20·23/30) / (3/5) = (93/200)/(120/200) = 31/40.
	 * </pre>
	 */
	@Test
	void fullMiningAssessmentWithTailoring() throws IOException {
		Path model = HandModel.write(dir);
		Fixture f = fullMining(model);
		Map<String, Object> r = ok(Cli.score(model, f.writeCsv(dir.resolve("mining.csv")), "--format", "json")).json();
		assertEquals(List.of("0.865", "0.78", "0.515", "0.175", "0.3"), r.get("levelScoresExact"));
		assertEquals(List.of("0.8650", "0.7800", "0.5150", "0.1750", "0.3000"), r.get("levelScores"));
		assertEquals(List.of(true, false, false, false, false), r.get("met"));
		assertEquals("2.77", r.get("totalExact"));
		assertEquals("2.7700", r.get("total"));
		assertEquals(BigDecimal.valueOf(2), r.get("level"));
		assertEquals("二级", r.get("levelName"));
		assertEquals(false, r.get("progressive"));
		assertEquals("三级", r.get("nextLevel"));
		assertEquals("0.03", r.get("toNextLevelExact"));
		assertEquals(List.of("表2.丁"), r.get("tailored"));
		Map<String, Object> exact = object(r, "effectiveWeightsExact");
		assertEquals(List.of("0.1", "0.1", "0.1", "0.1", "0.1"), exact.get("表1.甲"));
		assertEquals(List.of("0.15", "0.15", "0.15", "0.15", "0.6"), exact.get("表2.丙"));
		assertEquals(List.of("0", "0", "0", "0", "0"), exact.get("表2.丁"));
		assertEquals(List.of("0.45", "0.45", "0.45", "0.45", "0"), exact.get("表2.戊"));
		Map<String, Object> wu = find(r, "subdomains", "id", "表2.戊");
		assertEquals(List.of("23/30", "0.7", "13/30", "1/6"), list(wu, "scoresExact").subList(0, 4));
		assertEquals(null, list(wu, "scoresExact").get(4));
		assertEquals("0.775", list(find(r, "domains", "name", "生产"), "scoresExact").get(0));
		assertEquals(List.of("EMPTY_CELL_MARKED", "UNWEIGHTED_ROW"), list(r, "draftGaps").stream().map(g -> ((Map<?, ?>) g).get("kind")).toList());
		assertEquals(BigDecimal.ONE, r.get("ratedNotScored"));
		@SuppressWarnings("unchecked")
		Map<String, Object> top = (Map<String, Object>) list(r, "nextLevelGaps").get(0);
		assertEquals("表5.乙.四级.1", top.get("clause"));
		assertEquals("0.3", top.get("totalIncreaseExact"));
		assertEquals("3.0700", top.get("totalAfter"));
		assertEquals("三级", top.get("levelAfter"));
		Map<String, Object> second = find(r, "nextLevelGaps", "clause", "表5.甲.二级.2");
		assertEquals("0.22", second.get("totalIncreaseExact"));
		assertEquals("0.0250", second.get("levelScoreIncrease"));
	}

	/** The assessment of {@link #fullMiningAssessmentWithTailoring} (also the hand-worked report of {@link ScoreReportsTest}). */
	static Fixture fullMining(Path model) {
		Fixture f = new Fixture(Models.load(model), "采选").tailor("表2.丁");
		f.cell("表5.甲.一级", FULL, FULL).cell("表5.乙.一级", "1").cell("表6.丙.一级", MOSTLY).cell("表6.戊.一级", FULL, "0.8", PARTLY);
		f.cell("表5.甲.二级", FULL, PARTLY).cell("表5.乙.二级", MOSTLY).cell("表6.丙.二级", FULL).cell("表6.戊.二级", MOSTLY, MOSTLY, "0.5");
		f.cell("表5.甲.三级", PARTLY, PARTLY).cell("表5.乙.三级", PARTLY).cell("表6.丙.三级", MOSTLY).cell("表6.戊.三级", PARTLY, NOT, MOSTLY);
		f.cell("表5.甲.四级", NOT, PARTLY).cell("表5.乙.四级", "0").cell("表6.丙.四级", PARTLY).cell("表6.戊.四级", NOT, NOT, PARTLY);
		f.cell("表5.甲.五级", NOT, NOT).cell("表5.乙.五级", NOT).cell("表6.丙.五级", PARTLY);
		f.cell("表6.庚.一级", FULL);
		return f;
	}

	/** The cells of {@link #threshold} and {@link #greaterThanReadingOfTheThreshold}. */
	private Fixture thresholdCase(Path model) {
		Fixture f = new Fixture(Models.load(model), "采选").all(NOT);
		f.cell("表5.甲.一级", FULL, FULL).cell("表5.乙.一级", MOSTLY).cell("表6.丙.一级", FULL).cell("表6.丁.一级", MOSTLY, PARTLY).cell("表6.戊.一级", FULL, MOSTLY, PARTLY);
		f.cell("表5.甲.二级", FULL, PARTLY).cell("表5.乙.二级", MOSTLY).cell("表6.丙.二级", FULL).cell("表6.丁.二级", MOSTLY, PARTLY).cell("表6.戊.二级", FULL, MOSTLY, PARTLY);
		f.cell("表5.甲.三级", PARTLY, NOT);
		return f;
	}

	/**
	 * A(一级) = 0.8 exactly from mixed ratings is met, and S = 1.8 exactly is 二级.
	 *
	 * <pre>
	 * w' (no tailoring) 一级..四级: 甲 1/10, 乙 3/10, 丙 1/10, 丁 1/5, 戊 3/10
	 * 一级: 甲 (1,1) = 1, 乙 0.8, 丙 1, 丁 (0.8,0.5) = 13/20, 戊 (1,0.8,0.5) = 23/30
	 *       A1 = 10/100 + 24/100 + 10/100 + 13/100 + 23/100 = 80/100 = 4/5   → met (≥ 0.8)
	 * 二级: as 一级 but 甲 (1,0.5) = 3/4:  A2 = 4/5 − 1/10·1/4 = 31/40 = 0.775 → not met
	 * 三级: 甲 (0.5,0) = 1/4, all else 0:  A3 = 1/40;  四级, 五级: 0
	 * S = 1 + 31/40 + 1/40 = 1.8 → 二级, the lower bound of [1.8, 2.8) included
	 * </pre>
	 */
	@Test
	void threshold() throws IOException {
		Path model = HandModel.write(dir);
		Map<String, Object> r = ok(Cli.score(model, thresholdCase(model).writeJson(dir.resolve("a.json")), "--format", "json")).json();
		assertEquals(List.of("0.8", "0.775", "0.025", "0", "0"), r.get("levelScoresExact"));
		assertEquals(List.of(true, false, false, false, false), r.get("met"));
		assertEquals("1.8", r.get("totalExact"));
		assertEquals("二级", r.get("levelName"));
	}

	/**
	 * The same assessment when the revision declares the text of 9.2 (超过: {@code met when score > 0.8}): 一级 is not
	 * met and counts 0.8: S = 4/5 + 31/40 + 1/40 = 32/40 + 32/40 = 1.6 → 一级.
	 */
	@Test
	void greaterThanReadingOfTheThreshold() throws IOException {
		Path model = HandModel.write(dir, s -> s.replace("met when score >= 0.8", "met when score > 0.8"));
		Map<String, Object> r = ok(Cli.score(model, thresholdCase(model).writeJson(dir.resolve("a.json")), "--format", "json")).json();
		assertEquals(List.of(false, false, false, false, false), r.get("met"));
		assertEquals("1.6", r.get("totalExact"));
		assertEquals("一级", r.get("levelName"));
		assertEquals("A(i) > 0.8", r.get("metWhen"));
	}

	/**
	 * 一级 missed, 二级..四级 passed: the two readings of 9.2 give different levels.
	 *
	 * <pre>
	 * every clause 部分满足 at 一级 and 五级, 大部分满足 at 二级..四级; Σ w' = 1 at every level, so
	 * A = (0.5, 0.8, 0.8, 0.8, 0.5)
	 * progressive off: S = 0.5 + 1 + 1 + 1 + 0.5 = 4.0 → 四级
	 * progressive on:  二级..四级 are not met (一级 is not): S = 0.5 + 0.8 + 0.8 + 0.8 + 0.5 = 3.4 → 三级
	 * </pre>
	 */
	@Test
	void progressiveOnAndOffGiveDifferentLevels() throws IOException {
		Path model = HandModel.write(dir);
		Fixture f = new Fixture(Models.load(model), "采选").level(1, PARTLY).level(2, MOSTLY).level(3, MOSTLY).level(4, MOSTLY).level(5, PARTLY);
		Path file = f.writeCsv(dir.resolve("p.csv"));
		Map<String, Object> off = ok(Cli.score(model, file, "--format", "json")).json();
		assertEquals(List.of("0.5", "0.8", "0.8", "0.8", "0.5"), off.get("levelScoresExact"));
		assertEquals(false, off.get("progressive"));
		assertEquals(List.of(false, true, true, true, false), off.get("met"));
		assertEquals("4", off.get("totalExact"));
		assertEquals("四级", off.get("levelName"));
		Map<String, Object> other = object(off, "otherReading");
		assertEquals(true, other.get("progressive"));
		assertEquals("3.4", other.get("totalExact"));
		assertEquals("三级", other.get("levelLabel"));

		Map<String, Object> on = ok(Cli.score(model, file, "--format", "json", "--progressive", "on")).json();
		assertEquals(true, on.get("progressive"));
		assertEquals("--progressive", on.get("progressiveSource"));
		assertEquals(List.of(false, false, false, false, false), on.get("met"));
		assertEquals(List.of(false, true, true, true, false), on.get("metAlone"));
		assertEquals("3.4", on.get("totalExact"));
		assertEquals("三级", on.get("levelName"));

		Path declared = HandModel.write(dir.resolve("on"), s -> s.replace("progressive off", "progressive on"));
		Map<String, Object> d = ok(Cli.score(declared, file, "--format", "json")).json();
		assertEquals(true, d.get("progressive"));
		assertEquals("revision", d.get("progressiveSource"));
		assertEquals("三级", d.get("levelName"));
		String text = ok(Cli.score(declared, file)).out();
		assertTrue(text.contains("S = 3.4000 → 三级      （逐级独立判定：S = 4.0000 → 四级）"), text);
	}

	/**
	 * A 冶炼 enterprise below the first band.
	 *
	 * <pre>
	 * w': 甲 1/10, 乙 3/10, 己 3/5 at every level
	 * 一级: 甲 (1,0.5) = 3/4, 乙 0.5, 己 (0.5,0) = 1/4:  A1 = 3/40 + 3/20 + 3/20 = 15/40 = 3/8
	 * 二级: 甲 (0.5,0) = 1/4, 乙 0, 己 (0.5,0.5) = 1/2:  A2 = 1/40 + 0 + 3/10 = 13/40
	 * 三级..五级: 0
	 * S = 15/40 + 13/40 = 28/40 = 0.7 < 0.8 → level 0 (低于一级); 一级 from 0.8: 0.1 to go
	 * </pre>
	 */
	@Test
	void belowTheFirstLevel() throws IOException {
		Path model = HandModel.write(dir);
		Fixture f = new Fixture(Models.load(model), "冶炼").all(NOT);
		f.cell("表5.甲.一级", FULL, PARTLY).cell("表5.乙.一级", PARTLY).cell("表7.己.一级", PARTLY, NOT);
		f.cell("表5.甲.二级", PARTLY, NOT).cell("表7.己.二级", PARTLY, PARTLY);
		Map<String, Object> r = ok(Cli.score(model, f.writeJson(dir.resolve("s.json")), "--format", "json")).json();
		assertEquals(List.of("0.375", "0.325", "0", "0", "0"), r.get("levelScoresExact"));
		assertEquals("0.7", r.get("totalExact"));
		assertEquals(BigDecimal.ZERO, r.get("level"));
		assertEquals(null, r.get("levelName"));
		assertEquals("低于一级", r.get("levelLabel"));
		assertEquals("一级", r.get("nextLevel"));
		assertEquals("0.1", r.get("toNextLevelExact"));
		String text = ok(Cli.score(model, dir.resolve("s.json"))).out();
		assertTrue(text.contains("S = 0.7000 → 低于一级"), text);
	}

	/**
	 * Writes the composite of {@link #compositeMean} and {@link #compositeMedian}: three 采选 units rated uniformly 1,
	 * 0.8 and 0 (inline, CSV file, XLSX file) and one 冶炼 unit rated 0.5 (inline), outputs 200, 300, 500 and 1000.
	 */
	private Path composite(Path model, String basis, String... outputs) throws IOException {
		Models m = Models.load(model);
		Fixture a = new Fixture(m, "采选").all(FULL);
		new Fixture(m, "采选").all(MOSTLY).writeCsv(dir.resolve("unit-b.csv"));
		new Fixture(m, "采选").all(NOT).writeXlsx(dir.resolve("unit-c.xlsx"));
		Fixture smelter = new Fixture(m, "冶炼").all(PARTLY);
		String text = """
				{"standard": "T/HAND 1—2025", "revision": "hand",
				 "composite": {"outputBasis": "%s", "units": [
				  {"name": "矿A", "sector": "采选", "output": %s, "tailored": [], "ratings": %s},
				  {"name": "矿B", "sector": "采选", "output": %s, "assessment": "unit-b.csv"},
				  {"name": "矿C", "sector": "采选", "output": %s, "assessment": "unit-c.xlsx"},
				  {"name": "冶1", "sector": "冶炼", "output": %s, "ratings": %s}]}}
				""".formatted(basis, outputs[0], JsonWriter.write(a.ratings), outputs[1], outputs[2], outputs[3], JsonWriter.write(smelter.ratings));
		return Files.writeString(dir.resolve("composite.json"), text, StandardCharsets.UTF_8);
	}

	/**
	 * Annex A with the mean (A.1-A.4).
	 *
	 * <pre>
	 * every unit rates all its clauses alike, so its A(i) is that rating at every level: 矿A 1, 矿B 0.8, 矿C 0, 冶1 0.5
	 * type weights: 采选 (200+300+500)/2000 = 1/2, 冶炼 1000/2000 = 1/2
	 * A_SUM(i) = 1/2 · (1 + 0.8 + 0)/3 + 1/2 · 0.5 = 3/10 + 1/4 = 11/20 = 0.55, no level met
	 * S = 5 · 11/20 = 11/4 = 2.75 → 二级
	 * </pre>
	 * The same with output shares 0.1, 0.15, 0.25, 0.5.
	 */
	@Test
	void compositeMean() throws IOException {
		Path model = HandModel.write(dir);
		Map<String, Object> r = ok(Cli.score(model, composite(model, "values", "200", "300", "500", "1000"), "--format", "json")).json();
		assertEquals(List.of("0.55", "0.55", "0.55", "0.55", "0.55"), r.get("levelScoresExact"));
		assertEquals("2.75", r.get("totalExact"));
		assertEquals("二级", r.get("levelName"));
		Map<String, Object> c = object(r, "composite");
		assertEquals("mean", c.get("aggregation"));
		assertEquals("0.5", find(c, "types", "sector", "采选").get("weightExact"));
		assertEquals(List.of("0.6", "0.6", "0.6", "0.6", "0.6"), find(c, "types", "sector", "采选").get("aggregatedExact"));
		assertEquals("0.8", list(find(c, "units", "name", "矿B"), "levelScoresExact").get(0));
		assertEquals("0.25", find(c, "units", "name", "矿C").get("shareExact"));
		assertTrue(((String) find(c, "units", "name", "矿C").get("file")).endsWith("unit-c.xlsx"));

		Map<String, Object> shares = ok(Cli.score(model, composite(model, "shares", "0.1", "0.15", "0.25", "0.5"), "--format", "json")).json();
		assertEquals("2.75", shares.get("totalExact"));
		assertEquals("shares", object(shares, "composite").get("outputBasis"));
	}

	/**
	 * Annex A with the median the note to Annex A suggests for skewed data:
	 * A_SUM(i) = 1/2 · median(1, 0.8, 0) + 1/2 · 0.5 = 2/5 + 1/4 = 13/20 = 0.65; S = 5 · 13/20 = 13/4 = 3.25 → 三级.
	 */
	@Test
	void compositeMedian() throws IOException {
		Path model = HandModel.write(dir, s -> s.replace("aggregate mean", "aggregate median"));
		Cli.Run run = ok(Cli.score(model, composite(model, "values", "200", "300", "500", "1000"), "--format", "json"));
		Map<String, Object> r = run.json();
		assertEquals(List.of("0.65", "0.65", "0.65", "0.65", "0.65"), r.get("levelScoresExact"));
		assertEquals("3.25", r.get("totalExact"));
		assertEquals("三级", r.get("levelName"));
		assertEquals("median", object(r, "composite").get("aggregation"));
		String text = ok(Cli.score(model, dir.resolve("composite.json"))).out();
		assertTrue(text.contains("同类单元的 A(i) 取中位数"), text);
		assertTrue(text.contains("S = 3.2500 → 三级"), text);
	}
}
