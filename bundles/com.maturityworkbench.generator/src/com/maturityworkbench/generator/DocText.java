package com.maturityworkbench.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.generator.GenerationModel.CellView;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.RowView;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.Band;
import com.maturityworkbench.scoring.model.Comparison;
import com.maturityworkbench.scoring.model.DeterminationRule;
import com.maturityworkbench.scoring.model.ScoredTable;
import com.maturityworkbench.scoring.model.TailoringRule;
import com.maturityworkbench.scoring.model.TailoringScope;

/**
 * The words of the generated documentation, shared by the HTML and the Markdown page so both say exactly the same:
 * labels, and the scoring method as sections of paragraphs, formulas, lists and small tables. Pure functions of the
 * {@link GenerationModel}.
 */
final class DocText {
	/** A piece of the scoring method. */
	sealed interface Item permits Paragraph, Formula, Bullets, SimpleTable {
	}

	record Paragraph(String text) implements Item {
	}

	/**
	 * A formula: {@code text} in plain Unicode (Markdown), {@code mathml} typeset (HTML), {@code number} as the standard
	 * numbers it ("1", "A.4"), null for an unnumbered one.
	 */
	record Formula(String text, String mathml, String number) implements Item {
	}

	record Bullets(List<String> items) implements Item {
	}

	/** A table with its anchor and caption (表9 …). */
	record SimpleTable(String id, String caption, List<String> header, List<List<String>> rows) implements Item {
	}

	/** A numbered clause of a chapter or annex: "9.1 计算方法". */
	record Section(String id, String number, String title, List<Item> items) {
		String heading() {
			return number + " " + title;
		}
	}

	private static final Rational HUNDRED = Rational.valueOf(100);
	static final String GENERATED_BY = "由 Maturity Workbench（mwb generate）根据本版本的模型文件生成，请勿手工修改。";

	private DocText() {
	}

	/** The stage of standardisation as the standard names it: 征求意见稿, 送审稿, 报批稿, 发布. */
	static String stageLabel(GenerationModel m) {
		return m.scoring().stage();
	}

	/** "YS/T XXXXX—XXXX · nonferrous_dt_maturity · 征求意见稿": the stamp line as the documentation shows it. */
	static String stampLine(GenerationModel m) {
		return m.stamp().standardCode() + " · " + m.stamp().revisionId() + " · " + stageLabel(m);
	}

	static String percent(BigDecimal p) {
		return p == null ? "—" : p.stripTrailingZeros().toPlainString() + "%";
	}

	static String partKind(String kind) {
		return "common".equals(kind) ? "基础共性" : "行业特性";
	}

	/** "（空：草案未填写）", "（空，未标注原因）", "（未列出）" */
	static String emptyCell(CellView c) {
		if (c.markedEmpty()) {
			return "（空：" + c.reason() + "）";
		}
		return c.listed() ? "（空，未标注原因）" : "（未列出该等级）";
	}

	/**
	 * Under a requirement table that has lead-ins, notes or continuations: what they are for the assessor.
	 *
	 * @param notesShown how the page sets notes and examples ("小字", "引用段落")
	 */
	static String contextNote(String notesShown) {
		return "导语（编号条款之前的概述）、注和示例（" + notesShown + "）是对要求的说明，不评分，也不计入能力子域得分的条款数 n；"
				+ "续段是其前一条款的一部分，与该条款一并评分。";
	}

	/** Notes about a requirement row: not scored, drafting note, probable name drift. */
	static List<String> rowNotes(RowView r) {
		List<String> notes = new ArrayList<>();
		if (!r.scored()) {
			notes.add("无对应权重，不计分");
		}
		if (r.driftSubdomainId() != null) {
			notes.add("名称与权重表不一致，可能指 " + r.driftSubdomainId());
		}
		if (r.note() != null) {
			notes.add("名称中留有起草注记 " + r.note());
		}
		return notes;
	}

	/** What follows the standalone command in the docs. */
	static final String STANDALONE_NOTE = "（评估文件可为 .json（单一企业或综合型企业）、.csv 或 .xlsx；输出 JSON 结果，格式见 result.schema.json；"
			+ "--format text 或 --format html 输出文本或网页报告）。";

	/** How to run the generated jar: "java -jar x-scoring.jar 评估文件". */
	static String standaloneCommand(GenerationModel m) {
		return "java -jar " + m.jarName() + " 评估文件";
	}

	/** "153 条警告、64 条提示" */
	static String findingCounts(GenerationModel m) {
		return m.warningCount() + " 条警告、" + m.infoCount() + " 条提示";
	}

	static Map<String, Integer> findingsByCategory(GenerationModel m) {
		Map<String, Integer> by = new TreeMap<>();
		for (Finding f : m.findings()) {
			by.merge(f.category() + "（" + severityLabel(f.severity()) + "）", 1, Integer::sum);
		}
		return by;
	}

	static String severityLabel(Finding.Severity s) {
		return switch (s) {
		case ERROR -> "错误";
		case WARNING -> "警告";
		case INFO -> "提示";
		};
	}

	static String sectorTables(GenerationModel m, SectorView s) {
		List<String> ids = new ArrayList<>();
		ids.add(m.scoring().commonTable().id());
		m.scoring().sectorTable(s.name()).ifPresent(t -> ids.add(t.id()));
		return String.join(" + ", ids);
	}

	/** 9.1 and 9.2 of the standard: the rating scale (表9), formulas (1)-(3), the determination and the bands (表10). */
	static List<Section> determinationChapter(GenerationModel m) {
		List<Section> sections = new ArrayList<>();
		DeterminationRule d = m.scoring().determination();
		String threshold = d.threshold().toExactString();
		List<String> levels = m.scoring().levels();
		String first = levels.get(0);
		int n = levels.size();

		List<List<String>> scaleRows = new ArrayList<>();
		for (RatingView r : m.scale()) {
			scaleRows.add(List.of(r.name(), r.value().toExactString()));
		}
		ScoredTable common = m.scoring().commonTable();
		List<String> sectorParts = new ArrayList<>();
		for (ScoredTable t : m.scoring().tables()) {
			if (t != common) {
				sectorParts.add(t.sector() + "：" + t.id() + "（" + t.weight().multiply(HUNDRED).toExactString() + "%）");
			}
		}
		sections.add(new Section("method-calculation", "9.1", "计算方法", List.of(
				new Paragraph("每条成熟度要求按企业的满足程度评分，取表9中的分值之一（评估模板中可填写名称或分值）。"),
				new SimpleTable("table-9", "表9 成熟度要求满足程度与得分对应表（本修订版声明）", List.of("成熟度要求满足程度", "得分"), scaleRows),
				new Paragraph("企业的有效模型由基础共性表 " + common.id() + "（" + common.weight().multiply(HUNDRED).toExactString()
						+ "%）和企业所属类型的行业特性表组成（" + String.join("；", sectorParts) + "）。等级 i 的得分 A(i) 为各能力域得分的加权求和，按公式（1）计算："),
				new Formula("A(i) = Σ_d α_d · B_d(i)", MathMl.block(MathMl.call(MathMl.mi("A"), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.mi("d"), null), MathMl.sub(MathMl.mi("α"), MathMl.mi("d")), MathMl.mo("·"), MathMl.call(MathMl.sub(MathMl.mi("B"), MathMl.mi("d")), MathMl.mi("i"))), "1"),
				new Paragraph("式中：α_d 为能力域 d 的权重；B_d(i) 为能力域 d 在等级 i 的得分，为该能力域下能力子域得分的加权求和，按公式（2）计算："),
				new Formula("B_d(i) = Σ_(s∈d) β_s · C(s,i)", MathMl.block(MathMl.call(MathMl.sub(MathMl.mi("B"), MathMl.mi("d")), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.row(MathMl.mi("s"), MathMl.mo("∈"), MathMl.mi("d")), null), MathMl.sub(MathMl.mi("β"), MathMl.mi("s")), MathMl.mo("·"), MathMl.call(MathMl.mi("C"), MathMl.mi("s"), MathMl.mi("i"))), "2"),
				new Paragraph("式中：β_s 为能力子域 s 在其能力域内的占比；C(s,i) 为能力子域 s 在等级 i 的得分，为该能力子域在该等级全部要求条款评分的算术平均值，按公式（3）计算："),
				new Formula("C(s,i) = (X₁ + X₂ + … + Xₙ) / n", MathMl.block(MathMl.call(MathMl.mi("C"), MathMl.mi("s"), MathMl.mi("i")), MathMl.mo("="), MathMl.frac(MathMl.mn("1"), MathMl.mi("n")), MathMl.sum(MathMl.row(MathMl.mi("k"), MathMl.mo("="), MathMl.mn("1")), MathMl.mi("n")), MathMl.sub(MathMl.mi("X"), MathMl.mi("k"))), "3"),
				new Paragraph("式中：Xₖ 为第 k 条要求的评分，n 为该能力子域在该等级的条款数。α_d 与 β_s 之积 w′(s) 即能力子域的有效权重："
						+ "表1–表4中的百分比，经裁剪和空单元格调整后（见附录B），于是 A(i) = Σ_s w′(s) · C(s,i)，取值范围为 0 至 1。"
						+ "同名能力域（如两张表中的“技术”）在各自的表内分别计算，仅在按能力域汇总报告时合并。"))));

		List<Item> det = new ArrayList<>();
		if (d.comparison() == Comparison.AT_LEAST) {
			det.add(new Paragraph("等级 i 达标的条件：A(i) ≥ " + threshold + "。本修订版采用“大于或等于”的读法，与表10的区间下限（" + threshold
					+ " ≤ S）一致；9.2 正文写作“超过”（严格大于），本修订版未采用该读法。得分恰为 " + threshold + " 的等级视为达标。"));
		} else {
			det.add(new Paragraph("等级 i 达标的条件：A(i) > " + threshold + "。本修订版采用 9.2 正文“超过”的严格读法；得分恰为 " + threshold
					+ " 的等级不达标（表10写作“" + threshold + " ≤ S”，本修订版未采用该读法）。"));
		}
		det.add(new Paragraph(d.progressive()
				? "逐级递进：采用。只有当所有较低等级均达标时，等级 i 才计为达标；否则该等级按其得分 A(i) 计入总分。"
				: "逐级递进：不采用。各等级独立判定，较低等级未达标不影响较高等级的判定（第5章的“逐级递进”描述转型路径，不作为计算规则）。"));
		det.add(new Paragraph("总分 S 为各等级计分之和，达标的等级计 1 分，未达标的等级计其得分 A(i)，S 的取值范围为 0 至 " + n + "："));
		det.add(new Formula("S = Σ_(i=1…" + n + ") ( 达标(i) ? 1 : A(i) )", MathMl.block(MathMl.mi("S"), MathMl.mo("="), MathMl.sum(MathMl.row(MathMl.mi("i"), MathMl.mo("="), MathMl.mn("1")), MathMl.mn(String.valueOf(n))), MathMl.mo("("), MathMl.text("达标(i) ? 1 : "), MathMl.call(MathMl.mi("A"), MathMl.mi("i")), MathMl.mo(")")), null));
		List<List<String>> bandRows = new ArrayList<>();
		for (Band b : d.bands()) {
			bandRows.add(List.of(b.levelName(), b.low().toExactString() + " ≤ S " + (b.highClosed() ? "≤ " : "< ") + b.high().toExactString()));
		}
		det.add(new Paragraph("根据表10给出的得分区间判定企业当前所处的成熟度等级："));
		det.add(new SimpleTable("table-10", "表10 评估结论（" + declared(m.determinationDeclared()) + "）", List.of("评估结论", "得分区间"), bandRows));
		det.add(new Paragraph("S < " + d.lowestBand().low().toExactString() + " 时，判定为“低于" + first + "”。"));
		sections.add(new Section("method-determination", "9.2", "成熟度等级判定方法（" + declared(m.determinationDeclared()) + "）", det));
		return sections;
	}

	/** Annex A of the standard: the composite enterprise. */
	static Section compositeAnnex(GenerationModel m) {
		List<Item> composite = new ArrayList<>();
		composite.add(new Paragraph("综合型企业的各单元按其类型（" + String.join("、", m.scoring().sectors()) + "）分别按第9章的方法评分，得到各单元的 A(i)。"
				+ "类型权重 = 该类型各单元的产值之和 / 全部单元的产值之和（也可直接给出占比，占比之和须为 1）。综合型企业的等级得分按公式（A.1）～（A.4）合为："));
		composite.add(new Formula("A_SUM(i) = Σ_类型 权重(类型) · agg( 该类型各单元的 A(i) )", MathMl.block(MathMl.call(MathMl.sub(MathMl.mi("A"), MathMl.text("SUM")), MathMl.mi("i")), MathMl.mo("="), MathMl.sum(MathMl.text("类型"), null), MathMl.call(MathMl.text("权重"), MathMl.text("类型")), MathMl.mo("·"), MathMl.call(MathMl.text("agg"), MathMl.call(MathMl.mi("A"), MathMl.mi("i")))), "A.4"));
		composite.add(new Paragraph(switch (m.scoring().composite().aggregation()) {
		case MEAN -> "agg 为同类各单元 A(i) 的算术平均值（本修订版声明）。";
		case MEDIAN -> "agg 为同类各单元 A(i) 的中位数，单元数为偶数时取中间两个值的平均值（本修订版声明）。";
		case TRIMMED -> "agg 为稳健平均（本修订版声明）：先剔除与中位数之差超过 3 × 1.4826 × MAD（中位数绝对偏差）的单元，再取算术平均值；MAD 为 0 时不剔除任何单元。";
		}));
		composite.add(new Paragraph("随后按与单一企业相同的规则由 A_SUM(i) 计算总分 S 和成熟度等级。"));
		return new Section("method-composite", "A", "综合型企业数字化转型成熟度等级得分计算方法（" + declared(m.compositeDeclared()) + "）", composite);
	}

	/** Annex B (informative): what the standard leaves to the revision — tailoring, gaps, exact arithmetic. */
	static List<Section> supplementaryRules(GenerationModel m) {
		List<Section> sections = new ArrayList<>();
		TailoringRule t = m.scoring().tailoring();
		List<Item> tailoring = new ArrayList<>();
		if (t.allowAll()) {
			tailoring.add(new Paragraph("企业可结合自身业务情况裁剪任一能力子域。"));
		} else if (t.allowed().isEmpty()) {
			tailoring.add(new Paragraph("本修订版不允许裁剪能力子域。"));
		} else {
			tailoring.add(new Paragraph("允许裁剪的能力子域："));
			tailoring.add(new Bullets(t.allowed().stream().sorted().toList()));
		}
		tailoring.add(new Paragraph("被裁剪的能力子域的权重，在同一表的同一能力域内按其余保留能力子域的权重等比扩大，能力域的总权重不变，按公式（B.1）计算："));
		tailoring.add(new Formula("w′(t) = w(t) · W(能力域) / W(能力域内保留的能力子域)", MathMl.block(MathMl.call(MathMl.mi("w′"), MathMl.mi("t")), MathMl.mo("="), MathMl.call(MathMl.mi("w"), MathMl.mi("t")), MathMl.mo("·"), MathMl.frac(MathMl.call(MathMl.mi("W"), MathMl.text("能力域")), MathMl.call(MathMl.mi("W"), MathMl.text("能力域内保留的能力子域")))), "B.1"));
		tailoring.add(new Paragraph(t.scope() == TailoringScope.TABLE
				? "若某能力域的能力子域全部被裁剪，该能力域的权重按同一表内其他能力域的权重等比分配。裁剪后总权重仍为 100%。"
				: "不得裁剪某一能力域的全部能力子域，被裁剪的权重只在本能力域内分配。裁剪后总权重仍为 100%。"));
		sections.add(new Section("method-tailoring", "B.1", "裁剪（6.1，" + declared(m.tailoringDeclared()) + "）", tailoring));

		sections.add(new Section("method-gaps", "B.2", "空单元格与无权重的要求行", List.of(
				new Paragraph("某能力子域在某等级没有要求条款（空单元格）时，该等级的权重按裁剪的方式在同一能力域内重新分配；一个能力域在某等级没有任何条款时，"
						+ "其权重按同一表内其他能力域的权重等比分配；一张表在某等级没有任何条款时，其权重分配给有效模型中的另一张表。因此每个等级的有效权重之和始终为 100%。"),
				new Paragraph("自报批稿起，未标注原因的空单元格是错误；征求意见稿和送审稿中是警告，评分时按已标注处理，并在评分结果中列出。"),
				new Paragraph("表5–表8中没有对应权重的要求行不计分：其条款可以评分，但不计入得分，并在评分结果中列出。"))));

		sections.add(new Section("method-arithmetic", "B.3", "计算精度与舍入", List.of(
				new Paragraph("全部计算采用精确的有理数（分数）运算：条款平均值、裁剪后的权重等比扩大和产值占比都可能产生无限循环小数，浮点或定点小数都会引入舍入误差。"
						+ "权重按百分比精确换算（3% 即 3/100），达标判定和区间判定都在精确值上进行，得分恰为阈值时的判定不受舍入影响。"),
				new Paragraph("只有在输出时才舍入：" + Decimals.note(Language.ZH)))));
		return sections;
	}

	/** Title of the annex of worked examples (计算示例). */
	static final String EXAMPLES_TITLE = "计算示例";
	static final String EXAMPLES_LEAD = "以下示例企业及其预期结果由修订版给出，由校验程序按本修订版的规则逐一验算；每个等级的 A(i) 写成各能力域贡献 Σw′·C 之和，S 为各等级计入值之和。";
	static final List<String> EXAMPLE_COLUMNS = List.of("等级", "A(i) = 各能力域贡献之和", "示例所写", "满足", "计入 S");
	static final List<String> COMPOSITE_EXAMPLE_COLUMNS = List.of("等级", "A_SUM(i) = Σ 类型权重 × 同类单元 A(i) 的聚合值", "示例所写", "满足", "计入 S");

	static List<String> exampleColumns(ExampleView e) {
		return e.units().isEmpty() ? EXAMPLE_COLUMNS : COMPOSITE_EXAMPLE_COLUMNS;
	}

	static String exampleHeading(ExampleView e) {
		return e.name() + (e.title() == null ? "" : "：" + e.title());
	}

	/** The enterprise: sector, tailoring, the rating lines in order. */
	static List<String> exampleEnterprise(ExampleView e) {
		List<String> lines = new ArrayList<>();
		if (!e.units().isEmpty()) {
			lines.add("企业类型：综合型（附录A），" + e.units().size() + " 个单元；类型权重 = 该类型产值 ÷ 总产值：" + String.join("、", e.types()));
			e.units().forEach(u -> lines.add("单元 " + u));
			return lines;
		}
		lines.add("企业类型：" + e.sector());
		lines.add("裁剪：" + (e.tailored().isEmpty() ? "无" : String.join("、", e.tailored())));
		lines.add("评分（依次适用，后者覆盖前者）：" + String.join("；", e.ratings()));
		return lines;
	}

	static List<List<String>> exampleRows(ExampleView e) {
		return e.levels().stream().map(l -> List.of(l.name(), l.arithmetic(), l.expected() == null ? "—" : l.expected(), l.met() ? "是" : "否", l.counted()))
				.toList();
	}

	static String exampleConclusion(ExampleView e) {
		return "S = " + e.totalArithmetic() + "，落在 " + e.band() + "，成熟度等级为" + e.levelName() + "。";
	}

	/** Title of the section 解释与约定. */
	static final String INTERPRETATIONS_TITLE = "解释与约定";

	/** The lead paragraph of the section 解释与约定. */
	static String interpretationsLead(GenerationModel m) {
		long rules = m.interpretations().stream().filter(InterpretationView::isRule).count();
		long open = m.interpretations().stream().filter(i -> !i.declared()).count();
		return "草案的评分条文（6.1、第 8 章、第 9 章、附录A）有若干处没有写明的地方。下面逐条列出草案原文、本修订版采用的规则或解释及其理由："
				+ "先列 " + rules + " 条写在模型文件规则中的（可在修订版中改写，评分随之改变），再列只以解释说明的。"
				+ (open == 0 ? "" : "其中 " + open + " 处本修订版尚未声明解释。");
	}

	/** The rows "规则 / 草案原文 / 本版本的解释 / 理由" of one point, as label and text. */
	static List<List<String>> interpretationRows(InterpretationView i) {
		List<List<String>> rows = new ArrayList<>();
		if (i.isRule()) {
			rows.add(List.of("规则", i.rule() + (i.ruleDeclared() ? "" : "（本修订版未写出，取默认值）")));
		}
		if (!i.declared()) {
			rows.add(List.of("解释", "本修订版未声明（" + i.id() + "）"));
			return rows;
		}
		for (String q : i.quotes()) {
			rows.add(List.of("草案原文" + (i.section() == null ? "" : "（" + i.section() + "）"), "“" + q + "”"));
		}
		rows.add(List.of("本修订版的解释", i.reading()));
		rows.add(List.of("理由", i.reason()));
		return rows;
	}

	/** "not-applicable · 不适用的条款" */
	static String interpretationHeading(InterpretationView i) {
		return i.title().equals(i.id()) ? i.id() : i.title() + "（" + i.id() + "）";
	}

	private static String declared(boolean declared) {
		return declared ? "本修订版声明" : "本修订版未声明，采用默认规则";
	}
}
