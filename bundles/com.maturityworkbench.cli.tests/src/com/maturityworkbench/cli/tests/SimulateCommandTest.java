package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;

/** {@code mwb simulate OLD NEW --synthetic N}: the draft against itself moves nobody (a diagonal matrix, ΔS = 0). */
class SimulateCommandTest {
	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDraftAgainstItselfIsDiagonal() {
		String draft = ShippedDraft.folder().toString();
		Cli.Run run = Cli.run("simulate", draft, draft, "--synthetic", "90", "--seed", "5", "--format", "json");
		assertEquals(0, run.exit(), run.err());
		Map<String, Object> json = run.json();
		assertEquals(90, ((Number) json.get("enterprises")).intValue());
		List<List<Number>> all = (List<List<Number>>) ((Map<String, Object>) json.get("transitions")).get("*");
		int total = 0;
		for (int i = 0; i < all.size(); i++) {
			for (int j = 0; j < all.size(); j++) {
				int n = all.get(i).get(j).intValue();
				total += n;
				assertEquals(true, i == j || n == 0, "moved from " + i + " to " + j);
			}
		}
		assertEquals(90, total);
		Map<String, Object> delta = (Map<String, Object>) json.get("delta");
		assertEquals(0.0, ((Number) delta.get("mean")).doubleValue());
		assertEquals(90, ((Number) delta.get("same")).intValue());
		Cli.Run text = Cli.run("simulate", draft, draft, "--synthetic", "30");
		assertTrue(text.out().startsWith("影响模拟：nonferrous_dt_maturity → nonferrous_dt_maturity\n人群：合成人群（种子 1），共 30 家企业（其中综合型企业 "), text.out());
	}

	@Test
	void theShippedAssessmentsAsAPopulation() {
		String draft = ShippedDraft.folder().toString();
		String assessments = ShippedDraft.folder().resolve("assessments").toString();
		Cli.Run run = Cli.run("simulate", draft, draft, "--population", assessments, "--format", "html");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
		assertTrue(run.out().contains("人群：评估文件夹 " + assessments + "，共 4 家企业（其中综合型企业 1 家）"), run.out());
		assertTrue(run.out().contains("上升 0 家，下降 0 家，不变 4 家"), run.out());
		Cli.Run en = Cli.run("--lang", "en", "simulate", draft, draft, "--population", assessments);
		assertEquals(0, en.exit(), en.err());
		assertTrue(en.out().contains("population: assessment folder " + assessments + ", 4 enterprises (1 of them composite)"), en.out());
	}

	@Test
	void onePopulationExactly() {
		String draft = ShippedDraft.folder().toString();
		Cli.Run neither = Cli.run("simulate", draft, draft);
		assertEquals(2, neither.exit());
		assertEquals("mwb: 请给出 --synthetic N 或 --population DIR 之一（且只给一个）\n", neither.err());
		Cli.Run missing = Cli.run("simulate", draft, draft, "--population", draft + "/none");
		assertEquals(2, missing.exit());
		assertEquals("mwb: " + draft + "/none 不是文件夹\n", missing.err());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSensitivityOverAllNoneOrASample() {
		String draft = ShippedDraft.folder().toString();
		String illustrative = ShippedDraft.illustrativeFolder().toString();
		Cli.Run off = Cli.run("simulate", draft, illustrative, "--synthetic", "80", "--sensitivity", "off", "--format", "json");
		assertEquals(0, off.exit(), off.err());
		assertTrue(!off.json().containsKey("sensitivity"));
		assertEquals("off", ((Map<String, Object>) off.json().get("sensitivityScope")).get("mode"));
		Cli.Run sample = Cli.run("simulate", draft, illustrative, "--synthetic", "80", "--seed", "4", "--sensitivity", "25", "--format", "json");
		assertEquals(0, sample.exit(), sample.err());
		Map<String, Object> scope = (Map<String, Object>) sample.json().get("sensitivityScope");
		assertEquals(List.of("sample", 25, 4), List.of(scope.get("mode"), ((Number) scope.get("enterprises")).intValue(), ((Number) scope.get("seed")).intValue()));
		List<Map<String, Object>> rows = (List<Map<String, Object>>) sample.json().get("sensitivity");
		assertEquals(25, ((Number) rows.stream().filter(r -> r.get("table").equals("表1")).findFirst().orElseThrow().get("enterprises")).intValue());
		// the default for a small population: every enterprise
		Cli.Run auto = Cli.run("simulate", draft, illustrative, "--synthetic", "80", "--format", "json");
		assertEquals("all", ((Map<String, Object>) auto.json().get("sensitivityScope")).get("mode"));
		assertEquals(80, ((Number) ((Map<String, Object>) auto.json().get("sensitivityScope")).get("enterprises")).intValue());
		Cli.Run wrong = Cli.run("simulate", draft, illustrative, "--synthetic", "80", "--sensitivity", "some");
		assertEquals(2, wrong.exit());
		assertTrue(wrong.err().contains("只能是 auto、all、off 或正整数 N（抽样的企业数），不能是“some”"), wrong.err());
		Cli.Run help = Cli.run("simulate", "--help");
		assertTrue(help.out().contains("--sensitivity=auto|all|off|N"), help.out());
	}
}
