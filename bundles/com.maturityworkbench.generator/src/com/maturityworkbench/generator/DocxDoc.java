package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import com.maturityworkbench.generator.DocText.Bullets;
import com.maturityworkbench.generator.DocText.Paragraph;
import com.maturityworkbench.generator.DocText.Section;
import com.maturityworkbench.generator.GenerationModel.CellView;
import com.maturityworkbench.generator.GenerationModel.ClauseView;
import com.maturityworkbench.generator.GenerationModel.LevelView;
import com.maturityworkbench.generator.GenerationModel.NoteView;
import com.maturityworkbench.generator.GenerationModel.PartView;
import com.maturityworkbench.generator.GenerationModel.RatingView;
import com.maturityworkbench.generator.GenerationModel.RequirementDomainView;
import com.maturityworkbench.generator.GenerationModel.RequirementTableView;
import com.maturityworkbench.generator.GenerationModel.RowView;
import com.maturityworkbench.generator.GenerationModel.WeightDomainView;
import com.maturityworkbench.generator.GenerationModel.WeightTableView;
import com.maturityworkbench.generator.GenerationModel.WeightedView;
import com.maturityworkbench.poi.PoiContext;
import com.maturityworkbench.scoring.model.Band;

/**
 * {@code docs/<revision>.docx}: the revision in the layout of GB/T 1.1-2020 for the drafters who work in Word/WPS —
 * the standard's own chapters (5 成熟度等级, 6 能力域 with 表1-表4, 7 成熟度要求 with 表5-表8, 8, 9 with 表9, the
 * formulas (1)-(3) and 表10), 附录A (规范性) for composite enterprises and 附录B (资料性) 解释与约定. The weight and
 * requirement tables follow {@link DocxLayout}, so that {@link DocxImport} reads them back.
 */
public final class DocxDoc {
	private static final int DOMAIN_WIDTH = 900;
	private static final int SUBDOMAIN_WIDTH = 1000;

	private DocxDoc() {
	}

	public static byte[] render(GenerationModel m) {
		return PoiContext.call(() -> {
			try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20)) {
				WordWriter w = new WordWriter(doc);
				properties(doc, m);
				cover(w, m);
				levels(w, m);
				weights(w, m);
				requirements(w, m);
				w.heading("8", DocText.t("doc.docx.ch8"), true);
				w.body(DocText.t("doc.docx.ch8.text"));
				determination(w, m);
				composite(w, m);
				interpretations(w, m);
				doc.write(out);
				return FixedZip.of(out.toByteArray());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** The revision's identifier and each table's part and sector, for the import (see {@link DocxLayout}). */
	private static void properties(XWPFDocument doc, GenerationModel m) {
		var core = doc.getProperties().getCoreProperties();
		core.setTitle(m.title());
		core.setIdentifier(m.stamp().standardCode());
		core.setCreated(Optional.of(new Date(0)));
		var custom = doc.getProperties().getCustomProperties();
		custom.addProperty(DocxLayout.PROPERTY_STANDARD, m.stamp().revisionId());
		for (WeightTableView t : m.weightTables()) {
			custom.addProperty(DocxLayout.PROPERTY_TABLE_PREFIX + t.id(), nullToEmpty(t.part()) + "\t" + nullToEmpty(t.sector()));
		}
		for (RequirementTableView t : m.requirementTables()) {
			custom.addProperty(DocxLayout.PROPERTY_TABLE_PREFIX + t.id(), nullToEmpty(t.part()) + "\t" + nullToEmpty(t.sector()));
		}
	}

	private static void cover(WordWriter w, GenerationModel m) {
		w.paragraph(DocText.t("doc.docx.cover"), WordWriter.HEI, WordWriter.SIHAO, ParagraphAlignment.CENTER).setSpacingAfter(480);
		w.paragraph(m.stamp().standardCode(), WordWriter.HEI, WordWriter.SIHAO, ParagraphAlignment.RIGHT).setSpacingAfter(1200);
		w.paragraph(m.title(), WordWriter.HEI, WordWriter.YIHAO, ParagraphAlignment.CENTER).setSpacingAfter(240);
		if (m.titleEn() != null) {
			w.paragraph(m.titleEn(), WordWriter.SONG, WordWriter.SIHAO, ParagraphAlignment.CENTER).setSpacingAfter(480);
		}
		w.paragraph(DocText.stageLabel(m), WordWriter.SONG, WordWriter.SIHAO, ParagraphAlignment.CENTER).setSpacingAfter(480);
		String revision = m.revisionLabel() == null ? m.stamp().revisionId() : DocText.paren(m.stamp().revisionId(), m.revisionLabel());
		w.paragraph(DocText.t("doc.docx.revision", revision + (m.date() == null ? "" : "　" + m.date())), WordWriter.SONG, WordWriter.WUHAO, ParagraphAlignment.CENTER);
		if (m.committee() != null) {
			w.paragraph(m.committee(), WordWriter.SONG, WordWriter.WUHAO, ParagraphAlignment.CENTER);
		}
		w.paragraph(DocText.t("doc.docx.generated", m.clauseCount()), WordWriter.SONG, WordWriter.XIAOWU, ParagraphAlignment.CENTER).setSpacingBefore(1200);
	}

	private static void levels(WordWriter w, GenerationModel m) {
		w.heading("5", DocText.t("doc.docx.ch5"), true);
		w.body(DocText.t("doc.docx.levels", m.levels().size()));
		XWPFTable t = w.table(m.levels().size() + 1, new int[] { 1400, WordWriter.TEXT_WIDTH - 1400 },
				List.of(DocText.t("doc.docx.levels.level"), DocText.t("doc.docx.levels.description")));
		int r = 1;
		for (LevelView l : m.levels()) {
			WordWriter.cellText(t.getRow(r).getCell(0), l.name(), ParagraphAlignment.CENTER);
			WordWriter.cellText(t.getRow(r).getCell(1), l.description(), ParagraphAlignment.BOTH);
			r++;
		}
	}

	private static void weights(WordWriter w, GenerationModel m) {
		w.heading("6", DocText.t("doc.docx.ch6"), true);
		int clause = 0;
		for (PartView p : m.parts()) {
			List<WeightTableView> tables = m.weightTables().stream().filter(t -> p.name().equals(t.part())).toList();
			if (tables.isEmpty()) {
				continue;
			}
			w.heading("6." + ++clause, DocText.t("doc.docx.part-domains", p.name()), false);
			w.body(DocText.t("doc.docx.part-domains.text", p.name(), DocText.list(tables.stream().map(WeightTableView::id).toList()), DocText.percent(p.targetPercent())));
			for (WeightTableView t : tables) {
				weightTable(w, t);
			}
		}
	}

	private static void weightTable(WordWriter w, WeightTableView t) {
		w.caption(t.id(), t.title());
		int rows = 1 + t.domains().stream().mapToInt(d -> d.subdomains().size()).sum();
		XWPFTable table = w.table(rows, new int[] { 2600, 4355, 2400 }, DocxLayout.WEIGHT_HEADER);
		int r = 1;
		for (WeightDomainView d : t.domains()) {
			int first = r;
			for (WeightedView s : d.subdomains()) {
				WordWriter.cellText(table.getRow(r).getCell(0), r == first ? d.name() : "", ParagraphAlignment.CENTER);
				WordWriter.cellText(table.getRow(r).getCell(1), s.name(), ParagraphAlignment.CENTER);
				WordWriter.cellText(table.getRow(r).getCell(2), s.weight(), ParagraphAlignment.CENTER);
				r++;
			}
			WordWriter.mergeDown(table, 0, first, r - 1);
		}
	}

	private static void requirements(WordWriter w, GenerationModel m) {
		w.heading("7", DocText.t("doc.docx.ch7"), true);
		int clause = 0;
		for (PartView p : m.parts()) {
			List<RequirementTableView> tables = m.requirementTables().stream().filter(t -> p.name().equals(t.part())).toList();
			if (tables.isEmpty()) {
				continue;
			}
			w.heading("7." + ++clause, DocText.t("doc.docx.part-requirements", p.name()), false);
			w.body(DocText.t("doc.docx.part-requirements.text", p.name(), DocText.list(tables.stream().map(RequirementTableView::id).toList())));
			for (RequirementTableView t : tables) {
				requirementTable(w, m, t);
			}
		}
	}

	private static void requirementTable(WordWriter w, GenerationModel m, RequirementTableView t) {
		w.caption(t.id(), t.title());
		List<String> header = new ArrayList<>(DocxLayout.REQUIREMENT_HEADER);
		m.levels().forEach(l -> header.add(l.name()));
		int levels = m.levels().size();
		int[] widths = new int[2 + levels];
		widths[0] = DOMAIN_WIDTH;
		widths[1] = SUBDOMAIN_WIDTH;
		for (int i = 0; i < levels; i++) {
			widths[2 + i] = (WordWriter.TEXT_WIDTH - DOMAIN_WIDTH - SUBDOMAIN_WIDTH) / levels;
		}
		int rows = 1 + t.domains().stream().mapToInt(d -> d.rows().size()).sum();
		XWPFTable table = w.table(rows, widths, header);
		int r = 1;
		for (RequirementDomainView d : t.domains()) {
			int first = r;
			for (RowView row : d.rows()) {
				WordWriter.cellText(table.getRow(r).getCell(0), r == first ? d.name() : "", ParagraphAlignment.CENTER);
				WordWriter.cellText(table.getRow(r).getCell(1), row.printedName(), ParagraphAlignment.CENTER);
				for (int i = 0; i < levels; i++) {
					cell(table.getRow(r).getCell(2 + i), row.cells().get(i));
				}
				r++;
			}
			WordWriter.mergeDown(table, 0, first, r - 1);
		}
	}

	/** One level's cell: lead-in, the labelled clauses with their continuations and notes, the cell's notes. */
	private static void cell(XWPFTableCell cell, CellView c) {
		boolean first = true;
		if (c.markedEmpty()) {
			XWPFParagraph p = WordWriter.cellParagraph(cell, true, DocxLayout.STYLE_EMPTY);
			WordWriter.run(p, DocxLayout.EMPTY_MARK + nullToEmpty(c.reason()), WordWriter.SONG, WordWriter.XIAOWU, false).setItalic(true);
			return;
		}
		if (c.listed() && c.leadIn() == null && c.clauses().isEmpty() && c.notes().isEmpty()) {
			WordWriter.cellParagraph(cell, true, DocxLayout.STYLE_LISTED);
			return;
		}
		if (c.leadIn() != null) {
			WordWriter.run(WordWriter.cellParagraph(cell, first, DocxLayout.STYLE_LEAD_IN), c.leadIn(), WordWriter.SONG, WordWriter.XIAOWU, false);
			first = false;
		}
		for (ClauseView cl : c.clauses()) {
			XWPFParagraph p = WordWriter.cellParagraph(cell, first, DocxLayout.STYLE_CLAUSE);
			first = false;
			if (cl.label() != null) {
				WordWriter.run(p, cl.label() + " ", WordWriter.SONG, WordWriter.XIAOWU, false);
			}
			if (cl.topic() != null) {
				WordWriter.run(p, cl.topic() + "。", WordWriter.HEI, WordWriter.XIAOWU, true);
			}
			WordWriter.run(p, cl.text(), WordWriter.SONG, WordWriter.XIAOWU, false);
			for (String continuation : cl.continuations()) {
				WordWriter.run(WordWriter.cellParagraph(cell, false, DocxLayout.STYLE_CONTINUATION), continuation, WordWriter.SONG, WordWriter.XIAOWU, false);
			}
			notes(cell, cl.notes(), DocxLayout.STYLE_CLAUSE_NOTE, DocxLayout.STYLE_CLAUSE_EXAMPLE);
		}
		if (!c.notes().isEmpty()) {
			notes(cell, c.notes(), DocxLayout.STYLE_CELL_NOTE, DocxLayout.STYLE_CELL_EXAMPLE);
		}
	}

	private static void notes(XWPFTableCell cell, List<NoteView> notes, String noteStyle, String exampleStyle) {
		for (NoteView n : notes) {
			XWPFParagraph p = WordWriter.cellParagraph(cell, false, n.isExample() ? exampleStyle : noteStyle);
			WordWriter.run(p, n.text(), WordWriter.SONG, WordWriter.XIAOWU, false);
		}
	}

	/** 9 成熟度等级判定方法: 表9, the formulas (1)-(3) with their 式中 lists, 9.2 and 表10. */
	private static void determination(WordWriter w, GenerationModel m) {
		w.heading("9", DocText.t("doc.docx.ch9"), true);
		w.heading("9.1", DocText.t("doc.9.1"), false);
		w.body(DocText.t("doc.docx.9.1.levels", m.levels().get(0).name(), m.levels().get(m.levels().size() - 1).name(), m.levels().size()));
		w.caption(DocText.tableNumber("9"), DocText.t("doc.docx.table9"));
		XWPFTable scale = w.table(m.scale().size() + 1, new int[] { 4700, 4655 }, List.of(DocText.t("doc.table9.rating"), DocText.t("doc.table9.score")));
		int r = 1;
		for (RatingView s : m.scale()) {
			WordWriter.cellText(scale.getRow(r).getCell(0), s.name(), ParagraphAlignment.CENTER);
			WordWriter.cellText(scale.getRow(r).getCell(1), s.value().toExactString(), ParagraphAlignment.CENTER);
			r++;
		}
		w.body(DocText.t("doc.docx.formula1"));
		w.formula("A = Σ ( Bᵢ × α )", "1");
		whereList(w, "doc.docx.where1");
		w.body(DocText.t("doc.docx.formula2"));
		w.formula("B = Σ ( C × β )", "2");
		whereList(w, "doc.docx.where2");
		w.body(DocText.t("doc.docx.formula3"));
		w.formula("C = (1/n) · Σᵢ₌₁ⁿ Xᵢ", "3");
		whereList(w, "doc.docx.where3");
		w.note(DocText.t("doc.docx.note9"));
		w.heading("9.2", DocText.t("doc.docx.ch9"), false);
		for (Section s : DocText.determinationChapter(m)) {
			if (s.id().equals("method-determination")) {
				s.items().stream().filter(Paragraph.class::isInstance).map(i -> ((Paragraph) i).text()).forEach(w::body);
			}
		}
		w.caption(DocText.tableNumber("10"), DocText.t("doc.docx.table10"));
		List<Band> bands = m.scoring().determination().bands();
		XWPFTable t = w.table(bands.size() + 1, new int[] { 4700, 4655 }, List.of(DocText.t("doc.table10.conclusion"), DocText.t("doc.table10.range")));
		r = 1;
		for (Band b : bands) {
			WordWriter.cellText(t.getRow(r).getCell(0), b.levelName(), ParagraphAlignment.CENTER);
			WordWriter.cellText(t.getRow(r).getCell(1), b.low().toExactString() + " ≤ S " + (b.highClosed() ? "≤ " : "< ") + b.high().toExactString(),
					ParagraphAlignment.CENTER);
			r++;
		}
	}

	/** "式中：" and the symbols of a formula, one a line (the key's lines are separated by |). */
	private static void whereList(WordWriter w, String key) {
		w.body(DocText.t("doc.docx.where"));
		for (String line : DocText.t(key).split("\\|")) {
			XWPFParagraph p = w.paragraph(line, WordWriter.SONG, WordWriter.WUHAO, ParagraphAlignment.LEFT);
			p.setIndentationLeft(2 * WordWriter.WUHAO * 10 + 420);
		}
	}

	/** 附录A (规范性): the composite enterprise, 表A.1 and formulas (A.1)-(A.2). */
	private static void composite(WordWriter w, GenerationModel m) {
		w.annex(DocText.t("doc.docx.annex", "A"), DocText.t("doc.docx.annex-kind", DocText.t("doc.annex.normative")), DocText.t("doc.docx.annex-a"));
		List<String> sectors = m.scoring().sectors();
		w.body(DocText.t("doc.docx.annex-a.lead", DocText.list(sectors)));
		w.caption(DocText.tableNumber("A.1"), DocText.t("doc.docx.tableA1"));
		XWPFTable t = w.table(sectors.size() + 1, new int[] { 2800, 1500, 2655, 2400 }, List.of(DocText.t("doc.docx.tableA1.types"),
				DocText.t("doc.docx.tableA1.count"), DocText.t("doc.docx.tableA1.score"), DocText.t("doc.docx.tableA1.weight")));
		String[] counts = { "M", "N", "Y", "Z", "K" };
		String[] weights = { "α", "β", "γ", "δ", "ε" };
		for (int i = 0; i < sectors.size(); i++) {
			String n = counts[Math.min(i, counts.length - 1)];
			WordWriter.cellText(t.getRow(i + 1).getCell(0), DocText.t("doc.docx.tableA1.sector", sectors.get(i)), ParagraphAlignment.CENTER);
			WordWriter.cellText(t.getRow(i + 1).getCell(1), n, ParagraphAlignment.CENTER);
			WordWriter.cellText(t.getRow(i + 1).getCell(2), "A₁ … A" + n, ParagraphAlignment.CENTER);
			WordWriter.cellText(t.getRow(i + 1).getCell(3), weights[Math.min(i, weights.length - 1)], ParagraphAlignment.CENTER);
		}
		for (Section s : List.of(DocText.compositeAnnex(m))) {
			if (s.id().equals("method-composite")) {
				int formula = 0;
				for (DocText.Item item : s.items()) {
					if (item instanceof Paragraph p) {
						w.body(p.text());
					} else if (item instanceof DocText.Formula f) {
						w.formula(f.text(), "A." + ++formula);
					} else if (item instanceof Bullets b) {
						b.items().forEach(w::body);
					}
				}
			}
		}
	}

	/** 附录B (资料性) 解释与约定: per open point of the scoring text, the draft's words, the rule chosen and why. */
	private static void interpretations(WordWriter w, GenerationModel m) {
		w.annex(DocText.t("doc.docx.annex", "B"), DocText.t("doc.docx.annex-kind", DocText.t("doc.annex.informative")), DocText.interpretationsTitle());
		w.body(DocText.interpretationsLead(m));
		int n = 0;
		for (InterpretationView i : m.interpretations()) {
			w.heading("B." + ++n, DocText.interpretationHeading(i), false);
			List<List<String>> rows = DocText.interpretationRows(i);
			XWPFTable t = w.table(rows.size() + 1, new int[] { 1800, WordWriter.TEXT_WIDTH - 1800 },
					List.of(DocText.t("doc.interpretations.item"), DocText.t("doc.interpretations.content")));

			for (int r = 0; r < rows.size(); r++) {
				WordWriter.cellText(t.getRow(r + 1).getCell(0), rows.get(r).get(0), ParagraphAlignment.CENTER);
				WordWriter.cellText(t.getRow(r + 1).getCell(1), rows.get(r).get(1), ParagraphAlignment.BOTH);
			}
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
