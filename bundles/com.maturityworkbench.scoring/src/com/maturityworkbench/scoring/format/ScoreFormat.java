package com.maturityworkbench.scoring.format;

import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.DomainScore;
import com.maturityworkbench.scoring.result.DraftGap;
import com.maturityworkbench.scoring.result.LevelScore;
import com.maturityworkbench.scoring.result.NextLevelGap;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.SubdomainScore;
import com.maturityworkbench.scoring.result.TypeAggregate;
import com.maturityworkbench.scoring.result.UnitResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Output of exact results: the only place where scores are rounded. Decimals are rounded half-up to
 * {@value #DECIMALS} places, and every report states it ({@link #ROUNDING_NOTE}). JSON views carry the
 * exact value beside the rounded one ("23/30" or "0.8").
 */
public final class ScoreFormat {
	public static final int DECIMALS = 4;
	public static final String ROUNDING_NOTE = "Scores are computed exactly (as fractions); decimals shown are rounded half-up to 4 places.";
	public static final String ROUNDING_NOTE_ZH = "得分按分数精确计算；显示的小数按四舍五入保留4位。";

	private ScoreFormat() {
	}

	/** {@code value} rounded half-up to 4 decimals, e.g. 23/30 → 0.7667. */
	public static BigDecimal round(Rational value) {
		return value.toDecimal(DECIMALS);
	}

	/** "0.7667" (always 4 decimals). */
	public static String decimal(Rational value) {
		return round(value).toPlainString();
	}

	/** A weight fraction as a percentage with 4 decimals: 9/55 → "16.3636%". */
	public static String percent(Rational fraction) {
		return fraction.multiply(Rational.valueOf(100)).toDecimal(DECIMALS).toPlainString() + "%";
	}

	/** The exact value: "0.8", "23/30". */
	public static String exact(Rational value) {
		return value.toExactString();
	}

	/** A plain-text report of one result. */
	public static String text(ScoreResult r) {
		StringBuilder sb = new StringBuilder();
		sb.append(r.standardCode()).append(' ').append(r.revisionId()).append(" (").append(r.status().name().toLowerCase(Locale.ROOT)).append(")  sector ")
				.append(r.sector());
		sb.append(r.tailored().isEmpty() ? "  no tailoring" : "  tailored: " + String.join(", ", r.tailored())).append('\n');
		determination(sb, r.determination());
		if (!r.draftGaps().isEmpty()) {
			sb.append("draft gaps that shaped the score:\n");
			for (DraftGap g : r.draftGaps()) {
				sb.append("  - ").append(g.message()).append('\n');
			}
		}
		List<NextLevelGap> gains = r.nextLevelGaps().stream().filter(g -> g.totalIncrease().signum() > 0).limit(10).toList();
		if (!gains.isEmpty()) {
			sb.append("largest gains in S per clause raised to the top rating:\n");
			for (NextLevelGap g : gains) {
				sb.append(String.format("  +%s  %s %s (clause %s, now %s)%n", decimal(g.totalIncrease()), g.subdomainId(), g.levelName(), g.clauseId(),
						exact(g.currentRating())));
			}
		}
		sb.append(ROUNDING_NOTE).append('\n');
		return sb.toString();
	}

	/** A plain-text report of a composite result. */
	public static String text(CompositeResult r) {
		StringBuilder sb = new StringBuilder();
		sb.append("composite enterprise, revision ").append(r.revisionId()).append(", aggregation ").append(r.aggregation().name().toLowerCase(Locale.ROOT))
				.append('\n');
		for (TypeAggregate t : r.types()) {
			sb.append("  type ").append(t.sector()).append(" weight ").append(decimal(t.weight())).append(" units ").append(String.join(", ", t.unitNames()))
					.append('\n');
		}
		determination(sb, r.determination());
		sb.append(ROUNDING_NOTE).append('\n');
		return sb.toString();
	}

	private static void determination(StringBuilder sb, Determination d) {
		sb.append(d.progressive() ? "reading: progressive (a level counts only when every lower level is met)\n"
				: "reading: every level counted independently (progressive off)\n");
		sb.append("level   A(i)    met  counted\n");
		for (LevelScore l : d.levels()) {
			sb.append(String.format("%-6s %s  %-4s %s%n", l.name(), decimal(l.score()), l.met() ? "yes" : (l.metAlone() ? "no*" : "no"), decimal(l.counted())));
		}
		if (d.progressive() && d.levels().stream().anyMatch(l -> l.metAlone() && !l.met())) {
			sb.append("(* passes the threshold but a lower level is not met)\n");
		}
		sb.append("S = ").append(decimal(d.total())).append(" → ").append(d.levelLabel());
		if (d.nextLevelName() != null) {
			sb.append(" (next ").append(d.nextLevelName()).append(": ").append(decimal(d.toNextLevel())).append(" to go)");
		}
		sb.append('\n');
	}

	/** A JSON-ready view (maps, lists, strings, BigDecimal) of one result, for {@code JsonWriter}. */
	public static Map<String, Object> json(ScoreResult r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("standard", r.standardCode());
		m.put("revision", r.revisionId());
		m.put("status", r.status().name().toLowerCase(Locale.ROOT));
		m.put("sector", r.sector());
		m.put("tailored", List.copyOf(r.tailored()));
		putDetermination(m, r.determination());
		List<Object> domains = new ArrayList<>();
		for (DomainScore d : r.domains()) {
			Map<String, Object> dm = new LinkedHashMap<>();
			dm.put("name", d.name());
			dm.put("tables", d.tableIds());
			dm.put("weights", numbers(d.weights()));
			dm.put("scores", numbers(d.scores()));
			domains.add(dm);
		}
		m.put("domains", domains);
		List<Object> subdomains = new ArrayList<>();
		for (SubdomainScore s : r.subdomains()) {
			Map<String, Object> sm = new LinkedHashMap<>();
			sm.put("id", s.id());
			sm.put("name", s.name());
			sm.put("table", s.tableId());
			sm.put("domain", s.domainName());
			sm.put("weight", round(s.weight()));
			sm.put("tailored", s.tailored());
			sm.put("effectiveWeights", numbers(s.effectiveWeights()));
			sm.put("effectiveWeightsExact", exacts(s.effectiveWeights()));
			sm.put("scores", numbers(s.scores()));
			subdomains.add(sm);
		}
		m.put("subdomains", subdomains);
		List<Object> gaps = new ArrayList<>();
		for (DraftGap g : r.draftGaps()) {
			Map<String, Object> gm = new LinkedHashMap<>();
			gm.put("kind", g.kind().name());
			gm.put("table", g.tableId());
			gm.put("domain", g.domainName());
			gm.put("subdomain", g.subdomainId());
			gm.put("level", g.levelName());
			gm.put("reason", g.reason());
			gm.put("clauses", g.clauseIds());
			gm.put("message", g.message());
			gaps.add(gm);
		}
		m.put("draftGaps", gaps);
		List<Object> next = new ArrayList<>();
		for (NextLevelGap g : r.nextLevelGaps()) {
			Map<String, Object> gm = new LinkedHashMap<>();
			gm.put("subdomain", g.subdomainId());
			gm.put("level", g.levelName());
			gm.put("clause", g.clauseId());
			gm.put("currentRating", round(g.currentRating()));
			gm.put("levelScoreIncrease", round(g.levelScoreIncrease()));
			gm.put("totalIncrease", round(g.totalIncrease()));
			gm.put("totalIncreaseExact", exact(g.totalIncrease()));
			gm.put("levelAfter", g.levelAfter());
			next.add(gm);
		}
		m.put("nextLevelGaps", next);
		m.put("rounding", ROUNDING_NOTE);
		return m;
	}

	/** A JSON-ready view of a composite result; units are summarised by their determination. */
	public static Map<String, Object> json(CompositeResult r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("revision", r.revisionId());
		m.put("aggregation", r.aggregation().name().toLowerCase(Locale.ROOT));
		List<Object> types = new ArrayList<>();
		for (TypeAggregate t : r.types()) {
			Map<String, Object> tm = new LinkedHashMap<>();
			tm.put("sector", t.sector());
			tm.put("weight", round(t.weight()));
			tm.put("weightExact", exact(t.weight()));
			tm.put("units", t.unitNames());
			tm.put("aggregated", numbers(t.aggregated()));
			tm.put("excludedUnits", t.excludedUnits());
			types.add(tm);
		}
		m.put("types", types);
		List<Object> units = new ArrayList<>();
		for (UnitResult u : r.units()) {
			Map<String, Object> um = new LinkedHashMap<>();
			um.put("name", u.name());
			um.put("sector", u.sector());
			um.put("share", round(u.share()));
			um.put("levelScores", numbers(u.result().determination().scores()));
			um.put("total", round(u.result().total()));
			um.put("level", u.result().level());
			units.add(um);
		}
		m.put("units", units);
		putDetermination(m, r.determination());
		m.put("rounding", ROUNDING_NOTE);
		return m;
	}

	private static void putDetermination(Map<String, Object> m, Determination d) {
		m.put("progressive", d.progressive());
		List<Object> levels = new ArrayList<>();
		for (LevelScore l : d.levels()) {
			Map<String, Object> lm = new LinkedHashMap<>();
			lm.put("level", l.name());
			lm.put("score", round(l.score()));
			lm.put("scoreExact", exact(l.score()));
			lm.put("metAlone", l.metAlone());
			lm.put("met", l.met());
			levels.add(lm);
		}
		m.put("levels", levels);
		m.put("total", round(d.total()));
		m.put("totalExact", exact(d.total()));
		m.put("level", d.level());
		m.put("levelName", d.levelName());
		m.put("levelLabel", d.levelLabel());
		m.put("nextLevel", d.nextLevelName());
		m.put("toNextLevel", d.toNextLevel() == null ? null : round(d.toNextLevel()));
	}

	private static List<Object> numbers(List<Rational> values) {
		List<Object> r = new ArrayList<>();
		for (Rational v : values) {
			r.add(v == null ? null : round(v));
		}
		return r;
	}

	private static List<Object> exacts(List<Rational> values) {
		List<Object> r = new ArrayList<>();
		for (Rational v : values) {
			r.add(v == null ? null : exact(v));
		}
		return r;
	}

	/** Rounding mode used for output (stated in {@link #ROUNDING_NOTE}). */
	public static RoundingMode roundingMode() {
		return RoundingMode.HALF_UP;
	}
}
