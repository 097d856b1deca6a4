package com.maturityworkbench.scoring.bench;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.Assessment;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.TailoringScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic revision of the real size: the draft's Table 1 (21 common subdomains, 49%) and Table 3
 * (smelting, 19 subdomains, 51%) with their weights, and 4..10 generated clauses per cell (about 1,400
 * clauses for a smelting enterprise). For benchmarks; the clause texts do not matter for scoring.
 */
public final class SyntheticModel {
	public static final String SECTOR = "冶炼";
	public static final List<String> LEVELS = List.of("一级", "二级", "三级", "四级", "五级");

	private static final String[][] COMMON = { { "组织", "组织建设", "3" }, { "组织", "转型战略", "3" }, { "组织", "流程管理", "2" }, { "组织", "变革管理", "2" },
			{ "技术", "信息安全", "3" }, { "技术", "研发管理", "2" }, { "数据", "数据管理", "6" }, { "数据", "数据资产", "2" }, { "数据", "业务数据化", "2" },
			{ "数据", "数据业务化", "2" }, { "资源", "基础设施", "8" }, { "资源", "应用支撑资源", "2" }, { "资源", "资金与人才", "2" }, { "资源", "行业传统与新生知识", "2" },
			{ "数字化运营", "数字化财务", "1" }, { "数字化运营", "数字化采购", "2" }, { "数字化运营", "协同办公", "1" }, { "数字化运营", "成本管理", "1" },
			{ "效益", "经营效率", "1" }, { "效益", "管理效率", "1" }, { "效益", "质量提升", "1" } };
	private static final String[][] SMELTING = { { "技术", "技术创新与改造", "2" }, { "技术", "中试验证", "1" }, { "数字化运营", "智慧化决策", "2" },
			{ "数字化运营", "数字化供应链", "3" }, { "数字化生产", "产品设计", "1" }, { "数字化生产", "工艺设计", "2" }, { "数字化生产", "计划调度", "1" },
			{ "数字化生产", "生产作业", "12" }, { "数字化生产", "质量管控", "3" }, { "数字化生产", "设备及公辅设施管理", "3" }, { "数字化生产", "仓储物流", "3" },
			{ "数字化生产", "安全生产", "5" }, { "数字化生产", "环保管理", "5" }, { "数字化生产", "能源管理", "2" }, { "数字化生产", "成本管理", "2" },
			{ "数字化服务", "服务产品", "1" }, { "数字化服务", "服务能力", "1" }, { "数字化服务", "服务交付", "1" }, { "数字化服务", "服务运行", "1" } };

	private SyntheticModel() {
	}

	public static RevisionModel build() {
		int[] counter = { 0 };
		List<ScoredTable> tables = List.of(table("表1", TablePart.COMMON, null, COMMON, counter), table("表3", TablePart.SECTOR, SECTOR, SMELTING, counter));
		return new RevisionModel("YS/T XXXXX—XXXX", "synthetic", RevisionStatus.DRAFT, LEVELS, RatingScale.standard(), tables,
				TailoringRule.all(TailoringScope.DOMAIN), DeterminationRule.standard(LEVELS), CompositeRule.mean());
	}

	private static ScoredTable table(String id, TablePart part, String sector, String[][] rows, int[] counter) {
		Map<String, List<Subdomain>> domains = new LinkedHashMap<>();
		for (String[] row : rows) {
			String sid = id + "." + row[1];
			List<Cell> cells = new ArrayList<>();
			for (int level = 0; level < LEVELS.size(); level++) {
				int n = 4 + (counter[0] * 7 + level * 3) % 7;
				List<String> ids = new ArrayList<>();
				for (int k = 0; k < n; k++) {
					ids.add(sid + "." + LEVELS.get(level) + "." + (char) ('a' + k));
				}
				cells.add(Cell.of(ids));
			}
			counter[0]++;
			domains.computeIfAbsent(row[0], d -> new ArrayList<>()).add(new Subdomain(sid, row[1], Rational.of(Long.parseLong(row[2]), 100), cells));
		}
		List<Domain> ds = new ArrayList<>();
		domains.forEach((name, subs) -> ds.add(new Domain(name, subs)));
		return new ScoredTable(id, part, sector, ds);
	}

	/** A random complete assessment of a smelting enterprise (mostly high ratings, varying per level). */
	public static Assessment randomAssessment(RevisionModel model, Set<String> tailored, Random random) {
		return randomAssessment(model, SECTOR, tailored, random);
	}

	/** A seeded random assessment of {@code sector} in any model: per level a share of fully met clauses, the rest random. */
	public static Assessment randomAssessment(RevisionModel model, String sector, Set<String> tailored, Random random) {
		Map<String, Rational> ratings = new LinkedHashMap<>();
		double[] fullyMet = new double[model.levelCount()];
		for (int level = 0; level < fullyMet.length; level++) {
			fullyMet[level] = 0.3 + 0.7 * random.nextDouble();
		}
		for (SubdomainRef s : SectorModel.of(model, sector).subdomains()) {
			if (tailored.contains(s.id())) {
				continue;
			}
			for (int level = 0; level < fullyMet.length; level++) {
				for (String id : s.subdomain().cell(level).clauseIds()) {
					int index = random.nextDouble() < fullyMet[level] ? 0 : random.nextInt(model.scale().size());
					ratings.put(id, model.scale().value(index));
				}
			}
		}
		return new Assessment(model.revisionId(), sector, tailored, ratings);
	}
}
