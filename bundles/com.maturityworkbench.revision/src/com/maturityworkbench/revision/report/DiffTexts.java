package com.maturityworkbench.revision.report;

import java.math.BigDecimal;

import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.scoring.i18n.Messages;

/** The words every report of a comparison uses, in the current language: places, percentages, change names. */
public final class DiffTexts {
	public static final Messages M = Messages.of(DiffTexts.class, "com.maturityworkbench.revision.report.messages");

	private DiffTexts() {
	}

	public static String percent(BigDecimal p) {
		return p == null ? M.text("absent") : Weights.show(p);
	}

	public static String signedPercent(BigDecimal p) {
		return (p.signum() > 0 ? "+" : "") + percent(p);
	}

	public static String value(String s) {
		return s == null ? M.text("absent") : s;
	}

	public static String family(RuleChange rule) {
		String key = "family." + rule.family();
		return M.has(key) ? M.text(key) : rule.family();
	}

	public static String place(ClausePlace p) {
		return p == null ? M.text("absent") : M.text("place", p.table(), p.domain(), p.subdomain(), p.level());
	}

	public static String subdomain(SubdomainOutline s) {
		return s.table() + " " + s.domain() + " / " + s.name();
	}

	/** The change of a subdomain, e.g. 改名 表1/表5 组织 / 组织建设 → 表1/表5 组织 / 组织建设与管理. */
	public static String subdomainChange(SubdomainMatch m) {
		if (m.isAdded()) {
			return M.text("subdomain.added", subdomain(m.nu()));
		}
		if (m.isRemoved()) {
			return M.text("subdomain.removed", subdomain(m.old()));
		}
		if (m.change().equals("row-renamed")) {
			return M.text("subdomain.row-renamed", subdomain(m.old()), m.old().rowName(), m.nu().rowName());
		}
		return M.text("subdomain." + m.change(), subdomain(m.old()), subdomain(m.nu()));
	}
}
