package com.maturityworkbench.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Band;
import com.maturityworkbench.dsl.maturity.Comparison;
import com.maturityworkbench.dsl.maturity.Determination;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Rating;
import com.maturityworkbench.dsl.maturity.RedistributionScope;
import com.maturityworkbench.dsl.maturity.Scale;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;

/** The declared rules: rating scale (表9), level bands (表10), threshold, tailoring (6.1); one of each per revision. */
public class RulesValidator extends MaturityCheck {

	@Check
	public void scaleValues(Scale scale) {
		BigDecimal previous = null;
		int direction = 0;
		for (Rating r : scale.getRatings()) {
			if (r.getValue() == null) {
				continue; // cut short: the syntax error says so
			}
			BigDecimal v = new BigDecimal(r.getValue());
			if (v.compareTo(BigDecimal.ZERO) < 0 || v.compareTo(BigDecimal.ONE) > 0) {
				rule(r, String.format("满足程度“%s”的得分 %s 不在 0 到 1 之间", r.getName(), r.getValue()), Literals.RATING__VALUE,
						IssueCodes.SCALE_RANGE);
			}
			if (previous != null) {
				int d = v.compareTo(previous);
				if (d == 0 || (direction != 0 && d != direction)) {
					rule(r, String.format("满足程度“%s”的得分 %s 破坏了评分档次的顺序（应逐档递减或递增，且不重复）", r.getName(), r.getValue()),
							Literals.RATING__VALUE, IssueCodes.SCALE_ORDER);
				}
				direction = direction == 0 ? d : direction;
			}
			previous = v;
		}
	}

	@Check
	public void bands(Determination determination) {
		Revision revision = revision(determination);
		List<Band> bands = new ArrayList<>();
		for (Band b : determination.getBands()) {
			if (b.getLow() == null || b.getHigh() == null) {
				continue; // cut short: the syntax error says so
			}
			BigDecimal low = new BigDecimal(b.getLow());
			BigDecimal high = new BigDecimal(b.getHigh());
			if (low.compareTo(high) > 0 || (low.compareTo(high) == 0 && !b.isHighClosed())) {
				rule(b, String.format("%s的得分区间 [%s, %s%s 为空", name(b), b.getLow(), b.getHigh(), b.isHighClosed() ? "]" : ")"),
						Literals.BAND__LOW, IssueCodes.BAND_INVALID);
			} else {
				bands.add(b);
			}
		}
		List<Object> seenLevels = new ArrayList<>();
		for (Band b : determination.getBands()) {
			if (b.getLevel() != null && !b.getLevel().eIsProxy()) {
				if (seenLevels.contains(b.getLevel())) {
					rule(b, String.format("%s有两个得分区间", name(b)), Literals.BAND__LEVEL, IssueCodes.BAND_LEVEL);
				}
				seenLevels.add(b.getLevel());
			}
		}
		for (var level : revision.levels()) {
			if (!seenLevels.contains(level)) {
				rule(determination, String.format("等级“%s”没有得分区间（表10）", level.getName()), null, IssueCodes.BAND_LEVEL,
						level.getName());
			}
		}
		bands.sort(Comparator.comparing((Band b) -> new BigDecimal(b.getLow())));
		for (int i = 1; i < bands.size(); i++) {
			Band prev = bands.get(i - 1);
			Band b = bands.get(i);
			int cmp = new BigDecimal(prev.getHigh()).compareTo(new BigDecimal(b.getLow()));
			if (cmp < 0) {
				rule(b, String.format("得分区间不连续：%s止于 %s，%s始于 %s，其间的总分没有等级", name(prev), prev.getHigh(), name(b), b.getLow()),
						Literals.BAND__LOW, IssueCodes.BAND_GAP);
			} else if (cmp > 0 || prev.isHighClosed()) {
				rule(b, String.format("得分区间重叠：%s与%s都包含 %s", name(prev), name(b), b.getLow()), Literals.BAND__LOW,
						IssueCodes.BAND_OVERLAP);
			}
			if (known(b) && known(prev) && revision.levels().indexOf(b.getLevel()) < revision.levels().indexOf(prev.getLevel())) {
				rule(b, String.format("%s的得分区间高于更高等级%s的得分区间", name(b), name(prev)), Literals.BAND__LEVEL,
						IssueCodes.BAND_LEVEL);
			}
		}
		if (!bands.isEmpty()) {
			Band top = bands.get(bands.size() - 1);
			BigDecimal max = new BigDecimal(revision.levels().isEmpty() ? 5 : revision.levels().size());
			if (new BigDecimal(top.getHigh()).compareTo(max) != 0 || !top.isHighClosed()) {
				rule(top, String.format("最高的得分区间应止于并包含满分 %s（写作 %s]）", max.toPlainString(), max.toPlainString()),
						Literals.BAND__HIGH, IssueCodes.BAND_COVERAGE);
			}
			BigDecimal threshold = new BigDecimal(determination.getThreshold());
			BigDecimal lowest = new BigDecimal(bands.get(0).getLow());
			if (threshold.compareTo(lowest) != 0) {
				rule(determination, String.format("满足阈值 %s 与最低得分区间的下限 %s 不一致（9.2：得分超过评分区间的最低分视为满足）",
						determination.getThreshold(), bands.get(0).getLow()), Literals.DETERMINATION__THRESHOLD,
						IssueCodes.THRESHOLD_BAND);
			}
		}
		if (determination.getComparison() == Comparison.ABOVE) {
			// declared reading; nothing to check, documented in the output
		}
	}

	@Check
	public void tailoring(Tailoring tailoring) {
		if (tailoring.isAll()) {
			if (tailoring.getScope() == RedistributionScope.DOMAIN) {
				note(tailoring, "允许裁剪任何能力子域且权重只在本能力域内等比扩大：裁掉一个能力域的全部子域时无处分配，评分时将拒绝这样的裁剪",
						Literals.TAILORING__SCOPE, IssueCodes.TAILORING_EMPTIES_DOMAIN);
			}
			return;
		}
		if (tailoring.getScope() != RedistributionScope.DOMAIN) {
			return;
		}
		List<WeightDomain> checked = new ArrayList<>();
		for (WeightedSubdomain s : tailoring.getSubdomains()) {
			if (s == null || s.eIsProxy() || !(s.eContainer() instanceof WeightDomain d) || checked.contains(d)) {
				continue;
			}
			checked.add(d);
			if (tailoring.getSubdomains().containsAll(d.getSubdomains())) {
				WeightTable t = (WeightTable) d.eContainer();
				rule(tailoring, String.format("%s能力域“%s”的全部子域都允许裁剪，但权重只在本能力域内分配：全部裁掉时权重无处分配", t.getName(),
						d.getName()), Literals.TAILORING__SUBDOMAINS, IssueCodes.TAILORING_EMPTIES_DOMAIN, d.getName());
			}
		}
	}

	/** Each revision declares exactly one of each rule block; checked on its head. */
	@Check
	public void rulesDeclared(Standard standard) {
		Revision revision = revision(standard);
		require(standard, revision.levels().isEmpty() ? 0 : 1, "成熟度等级（levels）");
		require(standard, revision.ratings().isEmpty() ? 0 : 1, "评分档次（scale，表9）");
		require(standard, revision.parts().isEmpty() ? 0 : 1, "评估部分（parts）");
		require(standard, revision.determinations().size(), "等级判定规则（determination，9.2 与表10）");
		require(standard, revision.tailorings().size(), "裁剪规则（tailoring，6.1）");
		require(standard, revision.composites().size(), "综合型企业规则（composite，附录A）");
	}

	private void require(Standard standard, int count, String what) {
		if (count == 0) {
			rule(standard, String.format("本版本未声明%s", what), Literals.STANDARD__NAME, IssueCodes.RULE_MISSING, what);
		} else if (count > 1) {
			rule(standard, String.format("本版本声明了 %d 次%s，只能有一个", count, what), Literals.STANDARD__NAME,
					IssueCodes.RULE_DUPLICATE, what);
		}
	}

	private static String name(Band b) {
		return b.getLevel() == null || b.getLevel().eIsProxy() ? "?" : b.getLevel().getName();
	}

	/** A band whose level resolved (an unknown level is reported as an unresolved reference, not ordered). */
	private static boolean known(Band b) {
		return b.getLevel() != null && !b.getLevel().eIsProxy();
	}
}
