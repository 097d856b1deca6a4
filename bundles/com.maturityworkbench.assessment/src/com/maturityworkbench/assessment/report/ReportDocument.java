package com.maturityworkbench.assessment.report;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.assessment.EnterpriseDetails;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.report.ScoreView.DeterminationView;
import com.maturityworkbench.assessment.report.ScoreView.DisagreementView;
import com.maturityworkbench.assessment.report.ScoreView.DomainView;
import com.maturityworkbench.assessment.report.ScoreView.DraftGapView;
import com.maturityworkbench.assessment.report.ScoreView.LevelView;
import com.maturityworkbench.assessment.report.ScoreView.Num;
import com.maturityworkbench.assessment.report.ScoreView.PlanStepView;
import com.maturityworkbench.assessment.report.ScoreView.ResultView;
import com.maturityworkbench.assessment.report.ScoreView.StandingView;
import com.maturityworkbench.assessment.report.ScoreView.SubdomainView;
import com.maturityworkbench.assessment.report.ScoreView.UnitView;
import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The 评估报告 of 8.7.4 as a sequence of blocks, in the current language, with every figure the runtime's
 * ({@link ScoreView}) and every written part the panel's (layout 5, {@link EnterpriseDetails}): what the report says,
 * once, for its renderers (the HTML page {@link AssessmentReport}, the Word document of the generator). The parts:
 * 1 基本情况 (the particulars, 未填写 where the file gives none, then the assessment's own facts), 2 企业成熟度总体评估
 * (S, level, A(i), both readings where they differ), 3 能力域成熟度分项评估 (per domain and subdomain, with the charts),
 * 4 分析报告, 5 优秀经验, 6 短板不足, 7 改进建议 (the computed part, then the panel's text), and, where the panel's
 * members differ by more than one scale step, the clauses to settle (8.7.3). A composite enterprise gets parts 3-7 per
 * unit.
 */
public record ReportDocument(String title, String heading, List<Block> blocks, String note) {
	private static final Messages M = ReportMessages.M;

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/** One block of the report. */
	public sealed interface Block permits Heading, Paragraph, Bullets, Facts, Table, LevelChart, DomainChart, Written {
	}

	/** A heading: level 1 (a part, or a unit of a composite) or 2 (within a part); {@code part} names the part (basics, overall …) or is null. */
	public record Heading(int level, String part, String text) implements Block {
	}

	public record Paragraph(String text) implements Block {
	}

	public record Bullets(List<String> items) implements Block {
		public Bullets {
			items = List.copyOf(items);
		}
	}

	/** A label and its value. */
	public record Fact(String label, String value, boolean filled) {
	}

	/** The facts of 基本情况: label → value. */
	public record Facts(List<Fact> facts) implements Block {
		public Facts {
			facts = List.copyOf(facts);
		}
	}

	/** A table cell: its text and, for a figure, its exact value (null for text). */
	public record Cell(String text, String exact) {
		static Cell text(String text) {
			return new Cell(text == null ? "" : text, null);
		}

		static Cell num(Num n) {
			return n == null ? new Cell("—", null) : new Cell(n.rounded(), n.exact());
		}

		public boolean isNumber() {
			return exact != null;
		}
	}

	/** A table with an optional caption (null) and a header row. */
	public record Table(String caption, List<String> header, List<List<Cell>> rows) implements Block {
		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}

	/** Figure 1: A(i) per level against the threshold. */
	public record LevelChart(String title, List<String> levels, List<Num> scores, Num threshold) implements Block {
	}

	/** Figure 2: B(i) per domain and level against the threshold. */
	public record DomainChart(String title, List<String> levels, List<DomainView> domains, Num threshold) implements Block {
	}

	/** The panel's own text of a part (its paragraphs separated by line breaks), under {@code label}. */
	public record Written(String label, String text) implements Block {
	}

	public static ReportDocument of(ScoreView v) {
		List<Block> b = new ArrayList<>();
		b.add(new Heading(1, "basics", M.text("report.basics")));
		b.add(new Facts(facts(v)));
		if (v.isComposite()) {
			b.add(units(v));
		}
		b.add(new Heading(1, "overall", M.text("report.overall")));
		String line = M.text("report.overall.line", v.applied().total().rounded(), v.applied().levelLabel(), v.applied().total().exact());
		if (!v.applied().levelLabel().equals(v.other().levelLabel())) {
			line += M.text("report.readings-differ", TextReport.readingName(v.other().progressive()), v.other().total().rounded(), v.other().levelLabel(),
					TextReport.readingName(v.applied().progressive()));
		}
		b.add(new Paragraph(line));
		b.add(levels(v.applied(), v.other()));
		b.add(new Paragraph(M.text("html.met-rule", v.metRule()) + (v.applied().nextLevel() != null
				? M.text("html.next-level", v.applied().nextLevel(), v.applied().nextLevelFrom().exact(), v.applied().toNextLevel().rounded())
				: M.text("html.top-level"))));
		b.add(new LevelChart(M.text("html.chart.levels", v.threshold().exact()), v.levelNames(), HtmlReport.scores(v.applied()), v.threshold()));
		if (v.isComposite()) {
			for (UnitView u : v.composite().units()) {
				b.add(new Heading(1, null, M.text("report.unit", u.name(), u.sector(), u.result().applied().total().rounded(), u.result().applied().levelLabel())));
				parts(b, v, u.result(), 2);
			}
			written(b, v.details(), MetadataKey.ANALYSIS, MetadataKey.STRENGTHS, MetadataKey.WEAKNESSES, MetadataKey.ADVICE);
		} else {
			parts(b, v, v.single(), 1);
		}
		if (!v.disagreements().isEmpty()) {
			b.add(new Heading(1, "disagreements", M.text("report.disagreements")));
			b.add(new Paragraph(M.text("report.disagreements.lead", v.disagreements().size())));
			List<List<Cell>> rows = new ArrayList<>();
			for (DisagreementView d : v.disagreements()) {
				rows.add(List.of(Cell.text(d.clause()), Cell.text(d.text()), Cell.text(String.join(M.text("list.separator"), d.ratings())), Cell.text(String.valueOf(d.steps())),
						Cell.text(d.consensus())));
			}
			b.add(new Table(null, List.of(M.text("head.clause"), M.text("head.text"), M.text("head.panel"), M.text("head.steps"), M.text("head.consensus")), rows));
		}
		return new ReportDocument(M.text("report.title", v.file()), M.text("report.heading"), b, v.rounding());
	}

	/** 基本情况: the particulars (未填写 where not given), then what the assessment itself says. */
	static List<Fact> facts(ScoreView v) {
		List<Fact> facts = new ArrayList<>();
		for (MetadataKey k : MetadataKey.of(MetadataKey.Kind.PARTICULARS)) {
			String value = v.details().value(k).orElse(null);
			facts.add(new Fact(M.text("report.detail." + k.key()), value == null ? M.text("report.not-filled") : value, value != null));
		}
		facts.add(new Fact(M.text("report.fact.standard"), v.standard() + " · " + v.revision() + "（" + v.stage() + "）", true));
		facts.add(new Fact(M.text("report.fact.file"),
				v.file() + "（" + (v.isComposite() ? M.text("composite.format", ReportMessages.format(v.format())) : ReportMessages.format(v.format())) + "）", true));
		if (v.isComposite()) {
			facts.add(new Fact(M.text("report.fact.units"), String.valueOf(v.composite().units().size()), true));
		} else {
			ResultView r = v.single();
			facts.add(new Fact(M.text("report.fact.sector"), r.sector(), true));
			facts.add(new Fact(M.text("report.fact.tailored"), r.tailored().isEmpty() ? M.text("html.nothing-tailored") : String.join(M.text("list.separator"), r.tailored()), true));
			facts.add(new Fact(M.text("report.fact.ratings"), String.valueOf(r.ratings()), true));
		}
		return facts;
	}

	private static Table units(ScoreView v) {
		List<List<Cell>> rows = new ArrayList<>();
		for (UnitView u : v.composite().units()) {
			rows.add(List.of(Cell.text(u.name()), Cell.text(u.sector()), Cell.num(u.share()), Cell.num(u.result().applied().total()), Cell.text(u.result().applied().levelLabel())));
		}
		return new Table(null, List.of(M.text("head.unit"), M.text("head.type"), M.text("head.share"), "S", M.text("head.level")), rows);
	}

	/** A(i) per level under both readings, S and the level. */
	private static Table levels(DeterminationView a, DeterminationView o) {
		String other = M.text("head.other-reading", TextReport.readingName(o.progressive()));
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < a.levels().size(); i++) {
			LevelView l = a.levels().get(i);
			LevelView ol = o.levels().get(i);
			rows.add(List.of(Cell.text(l.name()), Cell.num(l.score()), Cell.text(met(l)), Cell.num(l.counted()), Cell.text(met(ol)), Cell.num(ol.counted())));
		}
		rows.add(List.of(Cell.text("S"), Cell.text(""), Cell.text(""), Cell.num(a.total()), Cell.text(""), Cell.num(o.total())));
		rows.add(List.of(Cell.text(M.text("head.level")), Cell.text(""), Cell.text(""), Cell.text(a.levelLabel()), Cell.text(""), Cell.text(o.levelLabel())));
		return new Table(null, List.of(M.text("head.level"), "A(i)", M.text("head.met"), M.text("head.counted"), other + M.text("head.met"), M.text("head.counted")), rows);
	}

	private static String met(LevelView l) {
		return M.text(l.met() ? "yes" : l.metAlone() ? "html.met.lower" : "no");
	}

	private static void parts(List<Block> b, ScoreView v, ResultView r, int level) {
		b.add(new Heading(level, "domains", M.text("report.domains")));
		if (!r.domains().isEmpty()) {
			b.add(new DomainChart(M.text("html.chart.domains", v.threshold().exact()), v.levelNames(), r.domains(), v.threshold()));
		}
		b.add(domains(v.levelNames(), r));
		b.add(subdomains(v.levelNames(), r));
		if (!r.draftGaps().isEmpty()) {
			b.add(new Heading(level + 1, null, M.text("html.gaps", r.draftGaps().size())));
			b.add(new Paragraph(M.text("html.gaps.lead")));
			b.add(new Bullets(r.draftGaps().stream().map(DraftGapView::message).toList()));
		}

		b.add(new Heading(level, "analysis", M.text("report.analysis")));
		b.add(new Bullets(analysis(v, r)));
		written(b, level == 1 ? v.details() : EnterpriseDetails.NONE, MetadataKey.ANALYSIS);

		String focus = focusLevel(r.applied());
		b.add(new Heading(level, "strengths", M.text("report.strengths")));
		if (r.strongest().isEmpty()) {
			b.add(new Paragraph(M.text("report.strengths.none", focus, v.threshold().exact())));
		} else {
			b.add(new Paragraph(M.text("report.strengths.lead", focus)));
			b.add(standings(r.strongest()));
		}
		written(b, level == 1 ? v.details() : EnterpriseDetails.NONE, MetadataKey.STRENGTHS);

		b.add(new Heading(level, "weaknesses", M.text("report.weaknesses")));
		if (r.weakest().isEmpty()) {
			b.add(new Paragraph(M.text("report.weaknesses.none", focus)));
		} else {
			b.add(new Paragraph(M.text("report.weaknesses.lead", focus)));
			b.add(standings(r.weakest()));
		}
		written(b, level == 1 ? v.details() : EnterpriseDetails.NONE, MetadataKey.WEAKNESSES);

		b.add(new Heading(level, "advice", M.text("report.advice")));
		if (r.plan() == null) {
			b.add(new Paragraph(M.text("report.advice.top")));
		} else if (!r.plan().reachable()) {
			b.add(new Paragraph(M.text("text.plan-unreachable", r.plan().target())));
		} else {
			b.add(new Heading(level + 1, null, M.text("html.plan", r.plan().target(), r.plan().steps().size())));
			b.add(plan(r));
		}
		written(b, level == 1 ? v.details() : EnterpriseDetails.NONE, MetadataKey.ADVICE);
	}

	/** The panel's text of each of {@code keys} it wrote. */
	private static void written(List<Block> b, EnterpriseDetails details, MetadataKey... keys) {
		for (MetadataKey k : keys) {
			details.value(k).ifPresent(text -> b.add(new Written(M.text("report.written", M.text("report.detail." + k.key())), text)));
		}
	}

	private static Table domains(List<String> levels, ResultView r) {
		List<String> header = new ArrayList<>(List.of(M.text("head.domain"), M.text("head.tables"), M.text("head.weight")));
		header.addAll(levels);
		List<List<Cell>> rows = new ArrayList<>();
		for (DomainView d : r.domains()) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(d.name()), Cell.text(String.join("+", d.tables())), Cell.text(d.weights().get(0).percent())));
			d.scores().forEach(s -> row.add(Cell.num(s)));
			rows.add(row);
		}
		return new Table(M.text("html.domains"), header, rows);
	}

	private static Table subdomains(List<String> levels, ResultView r) {
		List<String> header = new ArrayList<>(List.of(M.text("head.subdomain"), M.text("head.weight")));
		levels.forEach(n -> header.add("w' " + n));
		header.addAll(levels);
		List<List<Cell>> rows = new ArrayList<>();
		for (SubdomainView s : r.subdomains()) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(s.id() + (s.tailored() ? " " + M.text("html.tailored-mark").strip() : "")), Cell.text(s.weight().percent())));
			s.effectiveWeights().forEach(w -> row.add(Cell.text(w.percent())));
			s.scores().forEach(x -> row.add(Cell.num(x)));
			rows.add(row);
		}
		return new Table(M.text("html.subdomains"), header, rows);
	}

	private static Table standings(List<StandingView> list) {
		List<List<Cell>> rows = new ArrayList<>();
		for (StandingView s : list) {
			rows.add(List.of(Cell.text(s.subdomain()), Cell.text(s.level()), Cell.num(s.score()), Cell.text(s.weight().percent()), Cell.num(s.loss())));
		}
		return new Table(null, List.of(M.text("head.subdomain"), M.text("head.level"), "C(s,i)", "w'", M.text("head.loss")), rows);
	}

	/** The plan to the next level: each raise with its clause's text, A's gain, S and the level after it. */
	private static Table plan(ResultView r) {
		List<List<Cell>> rows = new ArrayList<>();
		int n = 0;
		for (PlanStepView s : r.plan().steps()) {
			rows.add(List.of(Cell.text(String.valueOf(++n)), Cell.text(s.clause()), Cell.text(s.text()), Cell.text(s.level()), Cell.text(s.rating().exact()),
					Cell.text("+" + s.levelGain().rounded()), Cell.num(s.totalAfter()), Cell.text(s.levelAfter())));
		}
		return new Table(null, List.of(M.text("head.step"), M.text("head.clause"), M.text("head.text"), M.text("head.level"), M.text("head.now"), M.text("head.level-gain"),
				M.text("head.after"), M.text("head.level-after")), rows);
	}

	/** The level the enterprise works towards: its first level not met, or the top level. */
	static String focusLevel(DeterminationView d) {
		for (LevelView l : d.levels()) {
			if (!l.met()) {
				return l.name();
			}
		}
		return d.levels().get(d.levels().size() - 1).name();
	}

	/** 分析报告: which levels are met, what is missing to the next level and at the level worked towards, the draft's gaps. */
	static List<String> analysis(ScoreView v, ResultView r) {
		DeterminationView a = r.applied();
		List<String> lines = new java.util.ArrayList<>();
		List<String> met = a.levels().stream().filter(LevelView::met).map(LevelView::name).toList();
		lines.add(met.isEmpty() ? M.text("report.analysis.none-met") : M.text("report.analysis.met", String.join(M.text("list.separator"), met)));
		if (a.nextLevel() == null) {
			lines.add(M.text("report.analysis.top"));
		} else {
			LevelView focus = a.levels().stream().filter(l -> !l.met()).findFirst().orElseThrow();
			lines.add(M.text("report.analysis.next", a.nextLevel(), a.toNextLevel().rounded(), a.nextLevelFrom().exact(), focus.name(), focus.score().rounded(),
					v.threshold().exact()));
		}
		if (!r.draftGaps().isEmpty()) {
			lines.add(M.text("report.analysis.gaps", r.draftGaps().size()));
		}
		return lines;
	}

}
