package com.maturityworkbench.revision.report;

import java.math.BigDecimal;

import com.maturityworkbench.dsl.semantics.Weights;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ExampleChange;
import com.maturityworkbench.revision.compare.ExampleChange.FactChange;
import com.maturityworkbench.revision.compare.ExampleOutline;
import com.maturityworkbench.revision.compare.ExampleOutline.Fact;
import com.maturityworkbench.revision.compare.RowChange;
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

	/** A requirement row's new place, e.g. 表7 中试验证：所在能力域 数字化生产 → 技术. */
	public static String rowChange(RowChange r) {
		return r.kind() == RowChange.Kind.DOMAIN ? M.text("row.DOMAIN", r.table(), r.rowName(), value(r.oldDomain()), value(r.newDomain()))
				: M.text("row.ORDER", r.table(), r.rowName(), r.oldPosition() + 1, r.newPosition() + 1);
	}

	/** The head line of a changed example: 修改示例 采选示例, or 新增示例 / 删除示例 with its title. */
	public static String exampleChange(ExampleChange e) {
		ExampleOutline side = e.nu() != null ? e.nu() : e.old();
		Fact title = side.fact("|" + ExampleOutline.Kind.TITLE + "|");
		return e.status() == ExampleChange.Status.CHANGED ? M.text("example.CHANGED", e.name())
				: M.text("example." + e.status(), e.name(), value(title == null ? null : title.value()));
	}

	/** One changed fact of an example, e.g. 裁剪：表2.服务产品 → 表2.资源环境数字化. */
	public static String factChange(FactChange f) {
		return M.text("example.fact", unit(f.either()), fact(f.either()), factValue(f.old()), factValue(f.nu()));
	}

	/** What a fact is about: 标题, 评分（表7 三级）, 预期值 A(一级), ... */
	public static String fact(Fact f) {
		return switch (f.kind()) {
		case RATE -> M.text("example.fact.RATE", target(f.subject()));
		case EXPECT -> M.text("example.fact.EXPECT", expected(f.subject()));
		default -> M.text("example.fact." + f.kind());
		};
	}

	/** The unit of a composite example a fact belongs to, as a prefix (单元“铜矿” ), empty for the example's own. */
	public static String unit(Fact f) {
		return f.unit() == null ? "" : M.text("example.unit", f.unit()) + " ";
	}

	/** A fact's value as printed: the rate lines' order as their targets, 综合型 for a composite. */
	public static String factValue(Fact f) {
		if (f == null || f.value() == null) {
			return M.text("absent");
		}
		if (f.kind() == ExampleOutline.Kind.RATE_ORDER) {
			return String.join(M.text("example.order.join"), java.util.Arrays.stream(f.value().split(" ; ")).filter(t -> !t.isEmpty()).map(DiffTexts::target).toList());
		}
		return f.kind() == ExampleOutline.Kind.SECTOR && f.unit() == null && "composite".equals(f.value()) ? M.text("example.composite") : f.value();
	}

	private static String target(String t) {
		String[] p = t.split(":", -1);
		return switch (p[0]) {
		case "all" -> M.text("example.target.all");
		case "clause" -> M.text("example.target.clause", t.substring("clause:".length()));
		case "level" -> M.text("example.target.level", p[1]);
		default -> p.length > 2 ? M.text("example.target.table-level", p[1], p[2]) : M.text("example.target.table", p[1]);
		};
	}

	private static String expected(String subject) {
		return subject.startsWith("score:") ? M.text("example.expect.score", subject.substring("score:".length())) : M.text("example.expect." + subject);
	}
}
