package com.maturityworkbench.scoring.tests;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Aggregation;
import com.maturityworkbench.scoring.model.AssessmentRules;
import com.maturityworkbench.scoring.model.Cell;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.CompositeRule;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.Domain;
import com.maturityworkbench.scoring.model.RatingScale;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.RevisionStatus;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.Subdomain;
import com.maturityworkbench.scoring.model.TablePart;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.TailoringScope;
import com.maturityworkbench.scoring.model.UnweightedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand model for scoring tests, small enough to work every score out by hand.
 *
 * <pre>
 * 表1 common (40%)                      表3 冶炼 smelting (60%)                表2 采选 mining (60%)
 *   组织  组织建设 12%  3 clauses/level     技术       技术创新与改造 6% 2         数字化生产 生产作业 60% 2
 *         转型战略 10%  2                              中试验证       4% 1
 *         流程管理  8%  1                  数字化生产 生产作业      30% 3
 *   技术  信息安全  7%  2                              安全生产      10% 2
 *         研发管理  3%  1                              环保管理      10% 2
 *                                         unweighted row 数字化营销 (1 clause at 一级)
 * </pre>
 *
 * The domain 技术 occurs in both the common and the smelting table (as in the draft).
 * Clause ids are "表3.生产作业.一级.a" (letters a, b, c in printed order). Defaults: draft, Table 9 scale,
 * every subdomain may be tailored with DOMAIN scope, met when A(i) ≥ 0.8, progressive off, Table 10 bands,
 * composite mean.
 */
final class HandModel {
	static final String REVISION = "征求意见稿";
	static final List<String> LEVELS = List.of("一级", "二级", "三级", "四级", "五级");
	static final String SMELTING = "冶炼";
	static final String MINING = "采选";

	private record Sub(String domain, String name, int percent, int clauses) {
	}

	private static final List<Sub> COMMON = List.of(new Sub("组织", "组织建设", 12, 3), new Sub("组织", "转型战略", 10, 2), new Sub("组织", "流程管理", 8, 1),
			new Sub("技术", "信息安全", 7, 2), new Sub("技术", "研发管理", 3, 1));
	private static final List<Sub> SMELTING_TABLE = List.of(new Sub("技术", "技术创新与改造", 6, 2), new Sub("技术", "中试验证", 4, 1),
			new Sub("数字化生产", "生产作业", 30, 3), new Sub("数字化生产", "安全生产", 10, 2), new Sub("数字化生产", "环保管理", 10, 2));
	private static final List<Sub> MINING_TABLE = List.of(new Sub("数字化生产", "生产作业", 60, 2));

	private RevisionStatus status = RevisionStatus.DRAFT;
	private TailoringRule tailoring = TailoringRule.all(TailoringScope.DOMAIN);
	private Comparison comparison = Comparison.AT_LEAST;
	private boolean progressive;
	private Aggregation aggregation = Aggregation.MEAN;
	private AssessmentRules rules = AssessmentRules.standard();
	private final Map<String, Cell> cells = new HashMap<>();

	static HandModel hand() {
		return new HandModel();
	}

	static RevisionModel model() {
		return hand().build();
	}

	static String clause(String subdomainId, String level, char letter) {
		return subdomainId + "." + level + "." + letter;
	}

	HandModel status(RevisionStatus s) {
		this.status = s;
		return this;
	}

	HandModel tailoring(TailoringRule rule) {
		this.tailoring = rule;
		return this;
	}

	HandModel scope(TailoringScope scope) {
		this.tailoring = TailoringRule.all(scope);
		return this;
	}

	HandModel comparison(Comparison c) {
		this.comparison = c;
		return this;
	}

	HandModel progressive(boolean on) {
		this.progressive = on;
		return this;
	}

	HandModel aggregation(Aggregation a) {
		this.aggregation = a;
		return this;
	}

	HandModel rules(AssessmentRules r) {
		this.rules = r;
		return this;
	}

	/** Replaces the cell of subdomain {@code id} at {@code level}. */
	HandModel cell(String id, String level, Cell cell) {
		cells.put(id + "|" + level, cell);
		return this;
	}

	/** Empties every cell of subdomain {@code id} (unmarked). */
	HandModel noClauses(String id) {
		for (String level : LEVELS) {
			cell(id, level, Cell.unmarkedEmpty());
		}
		return this;
	}

	RevisionModel build() {
		List<ScoredTable> tables = List.of(table("表1", TablePart.COMMON, null, COMMON, List.of()), table("表2", TablePart.SECTOR, MINING, MINING_TABLE, List.of()),
				table("表3", TablePart.SECTOR, SMELTING, SMELTING_TABLE,
						List.of(new UnweightedRow("数字化营销", "数字化运营", List.of("表3.数字化营销.一级.a")))));
		DeterminationRule rule = DeterminationRule.standard(LEVELS).withComparison(comparison).withProgressive(progressive);
		return new RevisionModel("YS/T XXXXX—XXXX", REVISION, status, LEVELS, RatingScale.standard(), tables, tailoring, rule,
				new CompositeRule(aggregation), rules);
	}

	private ScoredTable table(String id, TablePart part, String sector, List<Sub> subs, List<UnweightedRow> rows) {
		Map<String, List<Subdomain>> domains = new LinkedHashMap<>();
		for (Sub s : subs) {
			String sid = id + "." + s.name();
			List<Cell> levelCells = new ArrayList<>();
			for (String level : LEVELS) {
				Cell override = cells.get(sid + "|" + level);
				if (override != null) {
					levelCells.add(override);
					continue;
				}
				List<String> ids = new ArrayList<>();
				for (int k = 0; k < s.clauses(); k++) {
					ids.add(clause(sid, level, (char) ('a' + k)));
				}
				levelCells.add(Cell.of(ids));
			}
			domains.computeIfAbsent(s.domain(), d -> new ArrayList<>()).add(new Subdomain(sid, s.name(), Rational.of(s.percent(), 100), levelCells));
		}
		List<Domain> ds = new ArrayList<>();
		domains.forEach((name, list) -> ds.add(new Domain(name, list)));
		return new ScoredTable(id, part, sector, ds, rows);
	}

	/** Tailoring rule allowing exactly {@code ids}. */
	static TailoringRule only(String... ids) {
		return TailoringRule.only(Set.of(ids), TailoringScope.DOMAIN);
	}
}
