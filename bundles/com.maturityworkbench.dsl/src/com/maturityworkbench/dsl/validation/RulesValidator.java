package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

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
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.scoring.i18n.Language;

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
				rule(r, text("rules.scale-range", r.getName(), r.getValue()), Literals.RATING__VALUE,
						IssueCodes.SCALE_RANGE);
			}
			if (previous != null) {
				int d = v.compareTo(previous);
				if (d == 0 || (direction != 0 && d != direction)) {
					rule(r, text("rules.scale-order", r.getName(), r.getValue()),
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
				rule(b, text("rules.band-empty", name(b), b.getLow(), b.getHigh(), b.isHighClosed() ? "]" : ")"),
						Literals.BAND__LOW, IssueCodes.BAND_INVALID);
			} else {
				bands.add(b);
			}
		}
		List<Object> seenLevels = new ArrayList<>();
		for (Band b : determination.getBands()) {
			if (b.getLevel() != null && !b.getLevel().eIsProxy()) {
				if (seenLevels.contains(b.getLevel())) {
					rule(b, text("rules.band-twice", name(b)), Literals.BAND__LEVEL, IssueCodes.BAND_LEVEL);
				}
				seenLevels.add(b.getLevel());
			}
		}
		for (var level : revision.levels()) {
			if (!seenLevels.contains(level)) {
				rule(determination, text("rules.band-missing", level.getName()), null, IssueCodes.BAND_LEVEL,
						level.getName());
			}
		}
		bands.sort(Comparator.comparing((Band b) -> new BigDecimal(b.getLow())));
		for (int i = 1; i < bands.size(); i++) {
			Band prev = bands.get(i - 1);
			Band b = bands.get(i);
			int cmp = new BigDecimal(prev.getHigh()).compareTo(new BigDecimal(b.getLow()));
			if (cmp < 0) {
				rule(b, text("rules.band-gap", name(prev), prev.getHigh(), name(b), b.getLow()),
						Literals.BAND__LOW, IssueCodes.BAND_GAP);
			} else if (cmp > 0 || prev.isHighClosed()) {
				rule(b, text("rules.band-overlap", name(prev), name(b), b.getLow()), Literals.BAND__LOW,
						IssueCodes.BAND_OVERLAP);
			}
			if (known(b) && known(prev) && revision.levels().indexOf(b.getLevel()) < revision.levels().indexOf(prev.getLevel())) {
				rule(b, text("rules.band-order", name(b), name(prev)), Literals.BAND__LEVEL,
						IssueCodes.BAND_LEVEL);
			}
		}
		if (!bands.isEmpty()) {
			Band top = bands.get(bands.size() - 1);
			BigDecimal max = new BigDecimal(revision.levels().isEmpty() ? 5 : revision.levels().size());
			if (new BigDecimal(top.getHigh()).compareTo(max) != 0 || !top.isHighClosed()) {
				rule(top, text("rules.band-top", max.toPlainString(), max.toPlainString()),
						Literals.BAND__HIGH, IssueCodes.BAND_COVERAGE);
			}
			BigDecimal lowest = new BigDecimal(bands.get(0).getLow());
			if (determination.getThreshold() != null && new BigDecimal(determination.getThreshold()).compareTo(lowest) != 0) {
				rule(determination, text("rules.threshold-band", determination.getThreshold(), bands.get(0).getLow()), Literals.DETERMINATION__THRESHOLD,
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
				note(tailoring, text("rules.tailoring-all-domain"),
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
				rule(tailoring, text("rules.tailoring-empties-domain", Tables.name(t.getName()), d.getName()), Literals.TAILORING__SUBDOMAINS, IssueCodes.TAILORING_EMPTIES_DOMAIN, d.getName());
			}
		}
	}

	/** Each revision declares exactly one of each rule block; checked on its head. */
	@Check
	public void rulesDeclared(Standard standard) {
		Revision revision = revision(standard);
		require(standard, revision.levels().isEmpty() ? 0 : 1, "rules.what.levels");
		require(standard, revision.ratings().isEmpty() ? 0 : 1, "rules.what.scale");
		require(standard, revision.parts().isEmpty() ? 0 : 1, "rules.what.parts");
		require(standard, revision.determinations().size(), "rules.what.determination");
		require(standard, revision.tailorings().size(), "rules.what.tailoring");
		require(standard, revision.composites().size(), "rules.what.composite");
	}

	/** {@code whatKey}: the rule block; the finding's data names it in Chinese whatever the language of the message. */
	private void require(Standard standard, int count, String whatKey) {
		String what = text(whatKey);
		String data = ValidationMessages.text(Language.ZH, whatKey);
		if (count == 0) {
			rule(standard, text("rules.missing", what), Literals.STANDARD__NAME, IssueCodes.RULE_MISSING, data);
		} else if (count > 1) {
			rule(standard, text("rules.duplicate", count, what), Literals.STANDARD__NAME, IssueCodes.RULE_DUPLICATE, data);
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
