package com.maturityworkbench.generator;

import java.util.ArrayList;
import java.util.List;

import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.dsl.semantics.ClauseTexts;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;

/**
 * What an assessment template of the {@link LayoutVersion#CURRENT current layout} holds, the same in CSV and XLSX:
 * the value (and Chinese explanation) of every {@link MetadataKey} it writes — standard, revision, status, sector,
 * tailored (empty: the assessor fills it), scale ({@code 全部满足=1; 大部分满足=0.8; …}), layout — and the cell of every
 * {@link RequirementColumn} of a clause row: the text column the whole rated clause (continuations included), the
 * context column the lead-in and notes to read beside it. Where they go is the layout's business ({@code CsvLayout},
 * {@code XlsxLayout}).
 */
final class TemplateInfo {
	/** The layout the templates are written in. */
	static final LayoutVersion LAYOUT = LayoutVersion.CURRENT;
	/** Before a cell's lead-in in the context column (the lead-in itself has no marker in the standard). */
	static final String LEAD_IN = "导语：";

	/** After the Chinese label of a particular of the enterprise. */
	static final String DETAIL_NOTE = "（选填，评估报告“基本情况”引用；不参与评分）";
	/** After the Chinese label of a part the panel writes. */
	static final String WRITTEN_PART_NOTE = "（选填，评估组撰写，原文写入评估报告该部分；不参与评分）";

	/** One metadata row: key, value, explanation for the assessor. */
	record Entry(MetadataKey key, String value, String note) {
	}

	private TemplateInfo() {
	}

	/** Every metadata key of the layout, in order. */
	static List<Entry> entries(GenerationModel m, SectorView sector) {
		List<Entry> entries = new ArrayList<>();
		for (MetadataKey key : MetadataKey.written(LAYOUT)) {
			entries.add(switch (key) {
			case STANDARD -> new Entry(key, m.stamp().standardCode(), "标准编号");
			case REVISION -> new Entry(key, m.stamp().revisionId(), "标准标识");
			case STATUS -> new Entry(key, m.stamp().status(), "状态（draft 草案 / final 正式）");
			case SECTOR -> new Entry(key, sector.name(), "企业类型（行业）");
			case TAILORED -> new Entry(key, "", "裁剪掉的能力子域编号，以分号分隔，例如 " + example(m, sector));
			case SCALE -> new Entry(key, scale(m), notApplicableName(m) == null ? "评分：填写等级名称或对应分值"
					: "评分：填写等级名称或对应分值；不适用的条款填“" + notApplicableName(m) + "”（不计入该单元格的条款数）");
			case LAYOUT -> new Entry(key, String.valueOf(LAYOUT.number()), "模板布局版本（由生成器填写，请勿修改）");
			case REVISION_LABEL -> new Entry(key, m.stamp().revisionLabel(), "修订版标签（评估表只能按该修订版评分；换修订版请用 mwb migrate）");
			case ENTERPRISE, CREDIT_CODE, ADDRESS, INDUSTRY, ASSESSMENT_DATE, ASSESSOR, PANEL_MEMBERS -> new Entry(key, "", key.label() + DETAIL_NOTE);
			case ANALYSIS, STRENGTHS, WEAKNESSES, ADVICE -> new Entry(key, "", key.label() + WRITTEN_PART_NOTE);
			});
		}
		return entries;
	}

	/**
	 * The comment line a CSV template writes before the first key of {@code kind}: what the keys are, each with its
	 * Chinese label (a line the readers skip: its text before the colon is no key).
	 */
	static String detailsHeading(MetadataKey.Kind kind) {
		String keys = String.join("；", MetadataKey.of(kind).stream().map(k -> k.key() + " " + k.label()).toList());
		return (kind == MetadataKey.Kind.PARTICULARS ? "以下为评估报告“基本情况”的企业信息（选填，不参与评分）：" : "以下为评估组撰写的报告内容（选填，不参与评分；多行文字请整格加引号）：")
				+ keys;
	}

	/** The clause row's cells, one per column of the layout. */
	static List<String> cells(TemplateRow r) {
		return RequirementColumn.of(LAYOUT).stream().map(c -> cell(r, c)).toList();
	}

	private static String cell(TemplateRow r, RequirementColumn column) {
		return switch (column) {
		case CLAUSE_ID -> r.clauseId();
		case TABLE -> r.table();
		case DOMAIN -> r.domain();
		case SUBDOMAIN -> r.subdomain();
		case LEVEL -> r.level();
		case LABEL -> r.label() == null ? "" : r.label();
		case TEXT -> text(r);
		case RATING -> "";
		case CONTEXT -> context(r);
		case EVIDENCE -> "";
		};
	}

	/** The whole rated clause: as printed (topic included), then each continuation paragraph on a line of its own. */
	static String text(TemplateRow r) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(r.printedText());
		paragraphs.addAll(r.continuations());
		return String.join(ClauseTexts.PARAGRAPH_BREAK, paragraphs);
	}

	/**
	 * What the assessor reads beside the clause and does not rate, one item per line: the lead-in of its cell
	 * ({@value #LEAD_IN}…), its own notes and examples, then those of its cell, as the revision writes them (their
	 * text carries its marker, 注： or …示例：). Empty when there is none.
	 */
	static String context(TemplateRow r) {
		List<String> lines = new ArrayList<>();
		if (r.leadIn() != null) {
			lines.add(LEAD_IN + r.leadIn());
		}
		r.notes().forEach(n -> lines.add(n.text()));
		r.cellNotes().forEach(n -> lines.add(n.text()));
		return String.join(ClauseTexts.PARAGRAPH_BREAK, lines);
	}

	/** {@code 全部满足=1; 大部分满足=0.8; …}: no comma, so that the CSV line needs no quotes. */
	private static String scale(GenerationModel m) {
		String scale = String.join("; ", m.scale().stream().map(r -> r.name() + "=" + r.value().toExactString()).toList());
		return notApplicableName(m) == null ? scale : scale + "; " + notApplicableName(m) + "=" + NOT_COUNTED;
	}

	/** What the scale line and sheet show as the "value" of the not-applicable rating. */
	static final String NOT_COUNTED = "不计入";

	/** The rating text meaning "not applicable" when the revision's rules allow it, else null. */
	static String notApplicableName(GenerationModel m) {
		return m.scoring().rules().notApplicableAllowed() ? m.scoring().rules().notApplicableName() : null;
	}

	/** A subdomain the sector may tailor ({@link TailorableSubdomains}), the sector's table first; "—" when none may be. */
	private static String example(GenerationModel m, SectorView sector) {
		List<SubdomainRef> tailorable = TailorableSubdomains.of(m.scoring(), SectorModel.of(m.scoring(), sector.name()));
		return tailorable.stream().filter(s -> s.table().sector() != null).findFirst().or(() -> tailorable.stream().findFirst()).map(SubdomainRef::id)
				.orElse("—");
	}
}
