package com.maturityworkbench.generator.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.standalone.StandaloneScorer;
import com.maturityworkbench.generator.GenerationModel;
import com.maturityworkbench.scoring.compiled.CompiledRevision;
import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * The small fixture's generated Java compiled in a test, and the standalone scorer run in-process on it (as
 * {@code java -jar small_fixture-scoring.jar} runs it), with the sample assessments the tests work out by hand.
 */
record SmallFixtureRuns(Path work, GenerationModel model, CompiledRevision registration) {
	static final String PROGRAM = "small_fixture-scoring";

	/** Exit code, stdout and stderr of one run. */
	record Run(int exit, String out, String err) {
		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return (Map<String, Object>) JsonReader.parse(out);
		}
	}

	static SmallFixtureRuns compile() throws Exception {
		Path work = Files.createTempDirectory("mwb-small-fixture");
		GenerationModel model = Generation.load(Generation.smallFixture()).model();
		return new SmallFixtureRuns(work, model, Generation.registration(model, work.resolve("compiled")));
	}

	/** The standalone scorer in-process with the compiled registration. */
	Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new StandaloneScorer(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), PROGRAM)
				.run(args, List.of(registration));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	Run score(Path file, String... options) {
		List<String> args = new ArrayList<>(List.of(file.toString()));
		args.addAll(List.of(options));
		return run(args.toArray(String[]::new));
	}

	Path write(String name, Object json) throws Exception {
		Path file = work.resolve(name);
		Files.writeString(file, JsonWriter.writePretty(toJson(json)), StandardCharsets.UTF_8);
		return file;
	}

	/** Doubles in the literals become exact decimals. */
	private static Object toJson(Object o) {
		if (o instanceof Double d) {
			return new BigDecimal(d.toString());
		}
		if (o instanceof Map<?, ?> m) {
			Map<String, Object> r = new LinkedHashMap<>();
			m.forEach((k, v) -> r.put((String) k, toJson(v)));
			return r;
		}
		if (o instanceof List<?> l) {
			return l.stream().map(SmallFixtureRuns::toJson).toList();
		}
		return o;
	}

	/** Ratings of the untailored 冶炼 example; the unweighted row's clause is rated too (accepted, not scored). */
	static Map<String, Object> smeltingRatings() {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("表5.组织建设.一级.1", "全部满足");
		r.put("表5.组织建设.一级.2", 0.5);
		r.put("表5.组织建设.二级.1", "0.8");
		r.put("表5.组织建设.三级.1", "部分满足");
		r.put("表5.组织建设.三级.2", 0);
		r.put("表5.协同办公.一级.1", 1);
		r.put("表5.协同办公.二级.1", "大部分满足");
		r.put("表5.成本管理.一级.1", 0.5);
		r.put("表5.成本管理.三级.1", "不满足");
		r.put("表6.生产作业.一级.1", 1);
		r.put("表6.生产作业.一级.2", "全部满足");
		r.put("表6.生产作业.二级.1", 0.8);
		r.put("表6.生产作业.三级.1", 0.5);
		r.put("表6.能源管理.一级.1", 1);
		r.put("表6.能源管理.二级.1", 0.5);
		r.put("表6.能源管理.三级.1", 0);
		r.put("表6.环保监测.一级.1", 1);
		return r;
	}

	/** S = 2.0025 → 二级 (worked out in GeneratedJavaTest). */
	static Map<String, Object> smelting() {
		return Map.of("standard", "T/TEST 001—2025", "revision", "small_fixture", "sector", "冶炼", "ratings", smeltingRatings());
	}

	/** 能源管理 tailored out: S = 2.3625 → 二级. */
	static Map<String, Object> tailoredSmelting() {
		Map<String, Object> ratings = smeltingRatings();
		ratings.keySet().removeIf(k -> k.startsWith("表6.能源管理."));
		return Map.of("revision", "small_fixture", "sector", "冶炼", "tailored", List.of("表2.能源管理"), "ratings", ratings);
	}

	/** Two 冶炼 units (300 and 100) and one 加工 unit (100), median per type: S = 1.966 → 二级. */
	static Map<String, Object> composite(RevisionModel model) {
		Map<String, Object> allTop = new LinkedHashMap<>();
		smeltingRatings().keySet().forEach(k -> allTop.put(k, "全部满足"));
		Map<String, Object> allNone = new LinkedHashMap<>();
		for (String id : SectorModel.of(model, "加工").clauseOrder()) {
			allNone.put(id, "不满足");
		}
		return Map.of("revision", "small_fixture", "composite",
				Map.of("outputBasis", "values", "units",
						List.of(Map.of("name", "冶炼一厂", "sector", "冶炼", "output", 300, "ratings", smeltingRatings()),
								Map.of("name", "冶炼二厂", "sector", "冶炼", "output", 100, "ratings", allTop),
								Map.of("name", "加工厂", "sector", "加工", "output", 100, "ratings", allNone))));
	}
}
