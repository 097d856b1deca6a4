package com.maturityworkbench.dsl.semantics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The open points of the draft's scoring text (sections 6.1, 9 and Annex A) that a revision must settle: each by a
 * rule of the language (then the interpretation quotes the draft and says why the rule's value was chosen) or by a
 * stated interpretation alone. A revision settles a point with {@code interpretation <id> …}; the generated
 * documentation lists the points in this order, the rules first.
 */
public enum OpenPoint {
	MET_COMPARISON("met-comparison", "满足阈值的比较（超过或不低于）与它造成的总分跳变", RuleBlock.DETERMINATION),
	PROGRESSIVE("progressive-reading", "逐级递进：较低等级未满足时较高等级是否计为满足", RuleBlock.DETERMINATION),
	NOT_APPLICABLE("not-applicable", "不适用的条款", RuleBlock.RULES),
	RATED_LEVELS("rated-levels", "评估须评分的等级", RuleBlock.RULES),
	TAILORING("tailoring-decision", "裁剪：由谁决定、权重如何分配", RuleBlock.TAILORING),
	COMPOSITE_AGGREGATION("composite-aggregation", "综合型企业同类单元得分的汇总（平均值、中位数、MAD）", RuleBlock.COMPOSITE),
	MET_BASIS("met-basis", "阈值只作用于等级得分 A(i)", null),
	UNMET_LEVELS("unmet-levels", "总分落入某等级区间而该等级并未满足", null),
	INDICATOR_SCORES("indicator-scores", "“分项指标得分”与“最高不超过 5 分”", null),
	CLAUSE_UNIT("clause-unit", "什么算一条要求（公式 3 的 n）", null),
	DESCRIPTIVE_CLAUSES("descriptive-clauses", "描述现状或缺陷的条款（如“尚未建立……”）怎样评分", null),
	PERCENTAGE_BANDS("percentage-bands", "写有百分比或数量区间的条款怎样评分", null),
	CUSTOM_WEIGHTS("custom-weights", "“推荐权重”与评估组确定的权重", null),
	COMPOSITE_BASIS("composite-basis", "综合型企业：产值口径、期间与混合类型的单元", null),
	ROUNDING("rounding", "得分的舍入", null);

	/** The rule block of the language that carries a point's rule. */
	public enum RuleBlock {
		DETERMINATION("determination"), RULES("rules"), TAILORING("tailoring"), COMPOSITE("composite");

		private final String keyword;

		RuleBlock(String keyword) {
			this.keyword = keyword;
		}

		public String keyword() {
			return keyword;
		}
	}

	private final String id;
	private final String title;
	private final RuleBlock rule;

	OpenPoint(String id, String title, RuleBlock rule) {
		this.id = id;
		this.title = title;
		this.rule = rule;
	}

	/** The id an interpretation names, e.g. {@code met-comparison}. */
	public String id() {
		return id;
	}

	/** What the point is about, in Chinese (a heading of the documentation). */
	public String title() {
		return title;
	}

	/** The rule block that settles the point, or null when only an interpretation does. */
	public RuleBlock rule() {
		return rule;
	}

	public boolean isRule() {
		return rule != null;
	}

	public static Optional<OpenPoint> byId(String id) {
		return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
	}
}
