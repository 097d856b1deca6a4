package com.maturityworkbench.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.report.AssessmentScoring;
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.assessment.report.ResultJson;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.model.RevisionModel;

/**
 * The one result format (ResultJson, layout 1) against its own JSON Schema (result.schema.json): the results of the
 * shipped example assessments and of the small fixture's hand-worked ones conform, and the check itself catches what
 * the schema forbids. Rounding happens only on output: half-up to 4 decimals, exact values beside, stated in every
 * result.
 */
class ResultJsonTest {
	private static Map<?, ?> schema;
	private static RevisionModel draft;
	private static SmallFixtureRuns runs;

	@BeforeAll
	static void load() throws Exception {
		schema = (Map<?, ?>) JsonReader.parse(ResultJson.schema());
		draft = Generation.load(ShippedDraft.folder()).model().scoring();
		runs = SmallFixtureRuns.compile();
	}

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	@Test
	void decimalsAreRoundedHalfUpToFourPlaces() {
		// 23/30 = 0.76666... → 0.7667; 1/8 = 0.125 → 0.1250
		assertEquals("0.7667", Decimals.decimal(Rational.of(23, 30)));
		assertEquals("0.1250", Decimals.decimal(Rational.of(1, 8)));
		// 0.00005 is exactly half a unit of the 4th place: half-up gives 0.0001 (half-even would give 0.0000)
		assertEquals("0.0001", Decimals.decimal(Rational.of(5, 100000)));
		assertEquals("0.0000", Decimals.decimal(Rational.of(49999, 1000000000)));
		// 9/55 = 0.163636... → 16.3636%
		assertEquals("16.3636%", Decimals.percent(Rational.of(9, 55)));
		assertEquals("23/30", Decimals.exact(Rational.of(23, 30)));
		assertEquals("0.8", Decimals.exact(Rational.of(4, 5)));
	}

	@Test
	void schemaDescribesLayoutOne() {
		assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema"));
		Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
		assertEquals(new BigDecimal(ResultJson.LAYOUT), ((Map<?, ?>) properties.get("layout")).get("const"));
		for (Object key : (List<?>) schema.get("required")) {
			assertTrue(properties.containsKey(key), key + " is required and declared");
		}
	}

	private static Map<?, ?> scoreShipped(String file, Boolean progressive) throws Exception {
		Path path = ShippedDraft.folder().resolve("assessments").resolve(file);
		AssessmentFiles.Input input = AssessmentFiles.read(path, file, Generation.revisions(draft));
		return (Map<?, ?>) JsonReader.parse(ResultJson.render(AssessmentScoring.score(input, progressive)));
	}

	/**
	 * The four shipped examples (composite with unit files, JSON, CSV, XLSX), under both readings: each result conforms
	 * to the schema; S as the README documents it.
	 */
	@Test
	void shippedExampleResultsConformToTheSchema() throws Exception {
		Map<String, String> documented = new LinkedHashMap<>();
		documented.put("composite-综合型.json", "2.7324");
		documented.put("smelting-冶炼.json", "3.3691");
		documented.put("mining-采选.csv", "2.6420");
		documented.put("processing-加工.xlsx", "2.0610");
		for (Map.Entry<String, String> e : documented.entrySet()) {
			for (Boolean progressive : new Boolean[] { null, true }) {
				Map<?, ?> r = scoreShipped(e.getKey(), progressive);
				assertEquals(List.of(), SchemaCheck.violations(schema, r), e.getKey());
				assertEquals(e.getValue(), r.get("total"), e.getKey());
				assertEquals(new BigDecimal(1), r.get("layout"));
			}
		}
		assertEquals("452804047/134400000", scoreShipped("smelting-冶炼.json", null).get("totalExact"));
		Map<?, ?> composite = scoreShipped("composite-综合型.json", null);
		assertEquals(3, ((List<?>) ((Map<?, ?>) composite.get("composite")).get("units")).size());
	}

	/** The hand-worked small-fixture results (single, tailored, composite) conform too, with rounded and exact values. */
	@Test
	void smallFixtureResultsConformAndCarryRoundedAndExactValues() throws Exception {
		Map<String, Object> single = runs.score(runs.write("smelting.json", SmallFixtureRuns.smelting())).json();
		Map<String, Object> tailored = runs.score(runs.write("tailored.json", SmallFixtureRuns.tailoredSmelting())).json();
		Map<String, Object> composite = runs.score(runs.write("composite.json", SmallFixtureRuns.composite(runs.model().scoring()))).json();
		for (Map<String, Object> r : List.of(single, tailored, composite)) {
			assertEquals(List.of(), SchemaCheck.violations(schema, r));
			assertEquals(Decimals.note(), r.get("rounding"));
		}
		// A(2) = 0.74 exactly, 0.7400 rounded; the level objects carry the same as the parallel arrays
		Map<?, ?> level2 = (Map<?, ?>) ((List<?>) single.get("levels")).get(1);
		assertEquals(Map.of("number", new BigDecimal(2), "name", "二级", "score", "0.7400", "scoreExact", "0.74", "metAlone", false, "met", false,
				"counted", "0.7400", "countedExact", "0.74"), level2);
		// 协同办公 (10%) carries 15% at 二级, where 成本管理's cell is empty, and 0 at 三级, where its own cell is marked empty
		Map<?, ?> effective = (Map<?, ?>) single.get("effectiveWeightsExact");
		assertEquals(List.of("0.1", "0.15", "0"), effective.get("表1.协同办公"));
		// the row without weight is named with its clauses: rated, not scored
		Map<?, ?> unweighted = ((List<?>) single.get("draftGaps")).stream().map(g -> (Map<?, ?>) g).filter(g -> g.get("kind").equals("UNWEIGHTED_ROW"))
				.findFirst().orElseThrow();
		assertEquals(List.of("表6.环保监测.一级.1"), unweighted.get("clauseIds"));
		assertEquals(new BigDecimal(1), unweighted.get("clauses"));
		assertEquals(new BigDecimal(1), single.get("ratedNotScored"));
	}

	/** The negative twin: a result that breaks the schema is caught, member by member. */
	@Test
	void theCheckCatchesWhatTheSchemaForbids() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> r = (Map<String, Object>) runs.score(runs.write("smelting.json", SmallFixtureRuns.smelting())).json();
		assertEquals(List.of(), SchemaCheck.violations(schema, r));
		Map<String, Object> extra = new LinkedHashMap<>(r);
		extra.put("score", "2.0025");
		assertEquals(List.of("$.score: not a member the schema declares"), SchemaCheck.violations(schema, extra));
		Map<String, Object> missing = new LinkedHashMap<>(r);
		missing.remove("totalExact");
		assertEquals(List.of("$: \"totalExact\" is missing"), SchemaCheck.violations(schema, missing));
		Map<String, Object> number = new LinkedHashMap<>(r);
		number.put("total", new BigDecimal("2.0025"));
		assertEquals(List.of("$.total: 2.0025 is not of type string"), SchemaCheck.violations(schema, number));
		Map<String, Object> unrounded = new LinkedHashMap<>(r);
		unrounded.put("total", "2.0025000");
		assertEquals(1, SchemaCheck.violations(schema, unrounded).size());
		Map<String, Object> layout = new LinkedHashMap<>(r);
		layout.put("layout", new BigDecimal(2));
		assertEquals(List.of("$.layout: 2 is not 1"), SchemaCheck.violations(schema, layout));
		Map<String, Object> single = new LinkedHashMap<>(r);
		single.remove("subdomains");
		assertEquals(List.of("$: \"subdomains\" is missing"), SchemaCheck.violations(schema, single), "a single result needs its subdomains");
	}
}
