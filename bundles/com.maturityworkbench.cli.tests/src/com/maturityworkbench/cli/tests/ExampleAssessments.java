package com.maturityworkbench.cli.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.model.SectorModel;

/**
 * The example assessments of the shipped draft in {@code dsl-examples/ys-t-digital-maturity-draft/assessments/},
 * generated from seeded ratings so that tests can recompute their scores independently. Ratings follow a plausible
 * profile: each subdomain has its own strength, lower levels are met more fully than higher ones, with noise; some
 * ratings are written as numbers, most as scale names. Rows without weight are rated too (assessors rate what the
 * template lists); tailored subdomains are left empty. Each clause's rating is drawn from its own seed (the file's seed
 * and the clause id), so re-encoding some cells changes only their ratings. Rewrite the files with
 * {@code tools/maven.sh install -Dmwb.writeExamples=true} (see {@link ShippedExampleAssessmentsTest}).
 */
final class ExampleAssessments {
	static final String SMELTING = "smelting-冶炼.json";
	static final String MINING = "mining-采选.csv";
	static final String PROCESSING = "processing-加工.xlsx";
	static final String COMPOSITE = "composite-综合型.json";

	/** Units of the composite: name, sector, output value (万元), file (null: inline). */
	record Unit(String name, String sector, long output, String file) {
	}

	static final List<Unit> UNITS = List.of(new Unit("矿业公司", "采选", 1800, MINING), new Unit("冶炼厂", "冶炼", 4200, SMELTING),
			new Unit("再生铜厂", "冶炼", 1500, null));

	private ExampleAssessments() {
	}

	static Path folder() {
		return Models.shipped().resolve("assessments");
	}

	/** A copper smelter, strong at the lower levels; no pilot plant: 表3.中试验证 tailored. */
	static Fixture smelting(Models m) {
		Fixture f = rate(new Fixture(m, "冶炼").tailor("表3.中试验证"), 20240301L, 1.02, 0.16, 0.25);
		f.details.putAll(SMELTING_DETAILS);
		return f;
	}

	/** The report's details of the smelting example (layout 5): a fictitious enterprise, marked as such in every field. */
	static final Map<String, String> SMELTING_DETAILS = details();

	private static Map<String, String> details() {
		Map<String, String> d = new LinkedHashMap<>();
		d.put("enterprise", "示例企业：某有色金属冶炼有限公司（虚构，仅作示例）");
		d.put("creditCode", "（示例，非真实代码）91000000MA00000000");
		d.put("address", "（示例）某省某市某工业园区");
		d.put("industry", "铜冶炼/阴极铜、硫酸（示例）");
		d.put("assessmentDate", "2026-11-20（示例）");
		d.put("assessor", "示例评估机构（虚构）");
		d.put("panelMembers", "示例专家甲（组长）、示例专家乙、示例专家丙");
		d.put("analysis", "（示例文字）组织与战略基础扎实，生产作业的数据采集已覆盖主要工序；数据治理与跨部门协同仍较薄弱。");
		d.put("advice", "（示例文字）一企一策：先补齐数据治理的三级要求，再以冶炼过程优化为场景推进四级建设。");
		return d;
	}

	/** A mine, middling. */
	static Fixture mining(Models m) {
		return rate(new Fixture(m, "采选"), 20240302L, 0.95, 0.19, 0.2);
	}

	/** An aluminium processor, earlier in its transformation; no pilot plant: 表4.中试验证 tailored. */
	static Fixture processing(Models m) {
		return rate(new Fixture(m, "加工").tailor("表4.中试验证"), 20240303L, 0.86, 0.19, 0.3);
	}

	/** The composite's second smelter (rated inline in the composite file). */
	static Fixture recycling(Models m) {
		return rate(new Fixture(m, "冶炼"), 20240304L, 0.9, 0.2, 0.3);
	}

	/**
	 * Rates every clause row outside the tailored subdomains: subdomain strength b = base ± 0.15, clause target
	 * t = b − drop·(level − 1) + N(0, 0.18), mapped to 全部满足 (t ≥ 0.9), 大部分满足 (≥ 0.68), 部分满足 (≥ 0.35),
	 * 不满足; a share {@code numeric} of the ratings is written as the number.
	 */
	static Fixture rate(Fixture f, long seed, double base, double drop, double numeric) {
		SectorModel sm = SectorModel.of(f.model(), f.sector);
		Map<String, Double> strength = new LinkedHashMap<>();
		for (Fixture.Row row : f.rows) {
			var ref = sm.clause(row.clauseId()).orElseThrow();
			if (ref.isScored() && f.tailored.contains(ref.subdomain().id())) {
				continue;
			}
			String group = row.table() + "." + row.subdomain();
			// draws per subdomain and per clause id (String.hashCode is specified), so that a re-encoding of some cells
			// changes the ratings of those cells only
			double b = strength.computeIfAbsent(group, g -> base + (new Random(seed ^ g.hashCode()).nextDouble() - 0.5) * 0.3);
			Random random = new Random(seed * 31 + row.clauseId().hashCode());
			int level = f.model().levelNumber(row.level());
			double t = b - drop * (level - 1) + random.nextGaussian() * 0.18;
			String name = t >= 0.9 ? "全部满足" : t >= 0.68 ? "大部分满足" : t >= 0.35 ? "部分满足" : "不满足";
			boolean asNumber = random.nextDouble() < numeric;
			f.ratings.put(row.clauseId(), asNumber ? new BigDecimal(f.exact(name).toExactString()) : name);
		}
		return f;
	}

	/** The composite: the mine and the smelter by reference, the recycling smelter inline; output values in 万元. */
	static String composite(Models m) {
		Fixture recycling = recycling(m);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("standard", m.model().standardCode());
		root.put("revision", m.model().revisionId());
		Map<String, Object> composite = new LinkedHashMap<>();
		composite.put("outputBasis", "values");
		List<Object> units = new ArrayList<>();
		for (Unit u : UNITS) {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put("name", u.name());
			unit.put("sector", u.sector());
			unit.put("output", BigDecimal.valueOf(u.output()));
			if (u.file() != null) {
				unit.put("assessment", u.file());
			} else {
				unit.put("tailored", recycling.tailored);
				unit.put("ratings", recycling.ratings);
			}
			units.add(unit);
		}
		composite.put("units", units);
		root.put("composite", composite);
		return JsonWriter.writePretty(root);
	}

	/** Writes the four example files. */
	static void write(Models m) throws IOException {
		Path dir = Files.createDirectories(folder());
		smelting(m).writeJson(dir.resolve(SMELTING));
		Files.write(dir.resolve(MINING), mining(m).csv(StandardCharsets.UTF_8, true));
		processing(m).writeXlsx(dir.resolve(PROCESSING));
		Files.writeString(dir.resolve(COMPOSITE), composite(m), StandardCharsets.UTF_8);
	}
}
