package com.maturityworkbench.assessment.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.model.Cell;
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

/**
 * A small revision built directly on the runtime's model (no language, no OSGi), for the readers:
 *
 * <pre>
 * 表1 common 40 %   domain 组织:     甲 20 % (2 clauses per level, requirement table 表5), 乙 20 % (1)
 * 表2 采选  60 %    domain 生产:     丙 30 % (1, requirement table 表6), 丁 30 % (1); 表6 also has a row 庚 without weight (1 clause at 一级)
 * 表3 冶炼  60 %    domain 冶炼生产: 己 60 % (1, requirement table 表7)
 * tailoring: only 表2.丁, within its domain; Table 9 scale; Table 10 bands, met when A(i) ≥ 0.8
 * </pre>
 *
 * A 采选 enterprise rates 25 clauses (甲 10, 乙 5, 丙 5, 丁 5) and may rate 表6.庚.一级.1 (not scored).
 */
final class ReaderModel {
	static final String REVISION = "reader";
	static final String STANDARD = "T/READ 1—2025";
	static final List<String> LEVELS = List.of("一级", "二级", "三级", "四级", "五级");

	/** One clause row as a template lists it. */
	record Row(String clauseId, String table, String domain, String subdomain, String level, String label, String text) {
	}

	private ReaderModel() {
	}

	static RevisionModel model() {
		ScoredTable common = table("表1", "表5", TablePart.COMMON, null, "组织", List.of("甲", "乙"), List.of(20, 20), List.of(2, 1), List.of());
		ScoredTable mining = table("表2", "表6", TablePart.SECTOR, "采选", "生产", List.of("丙", "丁"), List.of(30, 30), List.of(1, 1),
				List.of(new UnweightedRow("庚", "生产", List.of("表6.庚.一级.1"))));
		ScoredTable smelting = table("表3", "表7", TablePart.SECTOR, "冶炼", "冶炼生产", List.of("己"), List.of(60), List.of(1), List.of());
		return new RevisionModel(STANDARD, REVISION, RevisionStatus.DRAFT, LEVELS, RatingScale.standard(), List.of(common, mining, smelting),
				TailoringRule.only(Set.of("表2.丁"), TailoringScope.DOMAIN), DeterminationRule.standard(LEVELS), CompositeRule.mean());
	}

	private static ScoredTable table(String id, String requirements, TablePart part, String sector, String domain, List<String> names,
			List<Integer> percents, List<Integer> clauses, List<UnweightedRow> unweighted) {
		List<Subdomain> subdomains = new ArrayList<>();
		for (int s = 0; s < names.size(); s++) {
			List<Cell> cells = new ArrayList<>();
			for (String level : LEVELS) {
				List<String> ids = new ArrayList<>();
				for (int k = 1; k <= clauses.get(s); k++) {
					ids.add(requirements + "." + names.get(s) + "." + level + "." + k);
				}
				cells.add(Cell.of(ids));
			}
			subdomains.add(new Subdomain(id + "." + names.get(s), names.get(s), Rational.of(percents.get(s), 100), cells));
		}
		return new ScoredTable(id, part, sector, List.of(new Domain(domain, subdomains)), unweighted);
	}

	/** The revisions an assessment may name: this one. */
	static AssessmentMapper.Revisions revisions() {
		return AssessmentMapper.Revisions.of(model());
	}

	/** The rows of a 采选 template: 表5 then 表6 (the row without weight last), as the generator lists them plus the unweighted row. */
	static List<Row> miningRows() {
		List<Row> rows = new ArrayList<>();
		for (String[] s : new String[][] { { "表5", "组织", "甲", "2" }, { "表5", "组织", "乙", "1" }, { "表6", "生产", "丙", "1" }, { "表6", "生产", "丁", "1" } }) {
			for (String level : LEVELS) {
				for (int k = 1; k <= Integer.parseInt(s[3]); k++) {
					rows.add(new Row(s[0] + "." + s[2] + "." + level + "." + k, s[0], s[1], s[2], level, (char) ('a' + k - 1) + ")",
							"应建立" + s[2] + "的" + level + "制度" + (k == 2 ? "，并定期评审" : "") + "。"));
				}
			}
		}
		rows.add(new Row("表6.庚.一级.1", "表6", "生产", "庚", "一级", "a)", "宜建立庚的制度。"));
		return rows;
	}

	/**
	 * Ratings of a 采选 enterprise worked out by hand: every clause 全部满足 except 表6.丙.三级.1 不满足 (丙 has one clause
	 * per level) and 表5.甲.五级.2 部分满足; 表2.丁 tailored out (its rows left empty), 表6.庚.一级.1 rated 大部分满足 (not scored).
	 *
	 * <pre>
	 * 丁 tailored: 生产 (60 %) is 丙's alone. A(三级) = 0.4 · 1 + 0.6 · 0 = 0.4; 组织 at 五级: 甲 C = (1 + 0.5) / 2 = 0.75,
	 * β(甲) = 20 / 40, so B = 0.75 · 0.5 + 1 · 0.5 = 0.875 and A(五级) = 0.4 · 0.875 + 0.6 · 1 = 0.95.
	 * Met (≥ 0.8): 一级, 二级, 四级, 五级; S = 1 + 1 + 0.4 + 1 + 1 = 4.4 → 四级 [3.8, 4.8).
	 * </pre>
	 */
	static Map<String, String> handRatings() {
		Map<String, String> ratings = new LinkedHashMap<>();
		for (Row r : miningRows()) {
			if (r.subdomain().equals("丁")) {
				continue;
			}
			ratings.put(r.clauseId(), "全部满足");
		}
		ratings.put("表6.丙.三级.1", "不满足");
		ratings.put("表5.甲.五级.2", "部分满足");
		ratings.put("表6.庚.一级.1", "大部分满足");
		return ratings;
	}

	static final List<String> HAND_LEVEL_SCORES = List.of("1", "1", "0.4", "1", "0.95");
	static final String HAND_TOTAL = "4.4";
	static final List<String> HAND_TAILORED = List.of("表2.丁");
}
