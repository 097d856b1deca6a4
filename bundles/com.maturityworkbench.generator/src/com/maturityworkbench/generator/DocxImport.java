package com.maturityworkbench.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import com.maturityworkbench.dsl.conversion.NameSyntax;
import com.maturityworkbench.generator.ImportedTables.Cell;
import com.maturityworkbench.generator.ImportedTables.Clause;
import com.maturityworkbench.generator.ImportedTables.Domain;
import com.maturityworkbench.generator.ImportedTables.Note;
import com.maturityworkbench.generator.ImportedTables.Requirements;
import com.maturityworkbench.generator.ImportedTables.Row;
import com.maturityworkbench.generator.ImportedTables.WeightDomain;
import com.maturityworkbench.generator.ImportedTables.Weighted;
import com.maturityworkbench.generator.ImportedTables.Weights;
import com.maturityworkbench.poi.PoiContext;

/**
 * {@code mwb import-docx}: reads the weight tables (能力域 / 能力子域 / 指标权重, optionally after 序号) and the
 * requirement tables (能力域 / 能力子域 / one column per level) of a Word document back into {@link ImportedTables}:
 * documents written by {@link DocxDoc} (their paragraph styles say what each paragraph of a cell is) and tables typed in
 * Word in the draft's own layouts (labels, 注： and 示例： read from the text). Each table is named by the caption before
 * it (表N …). Its part and sector come from the document's properties ({@link DocxLayout}) or, for a document typed in
 * Word, from the revision it belongs to: the sector whose name the title contains, the common part otherwise.
 */
public final class DocxImport {

	/** What a document typed in Word does not say: the standard, its common and sector parts and its sectors. */
	public record Revision(String standard, String commonPart, String sectorPart, List<String> sectors) {
	}

	/** A document that cannot be read as tables of a revision; the message names the table and row. */
	public static final class ImportException extends Exception {
		private static final long serialVersionUID = 1L;

		ImportException(String message) {
			super(message);
		}
	}

	private DocxImport() {
	}

	/**
	 * @param revision the revision the document belongs to, or null to take everything from the document's properties
	 */
	public static ImportedTables read(InputStream docx, Revision revision) throws ImportException {
		return PoiContext.call(() -> {
			XWPFDocument doc;
			try {
				doc = new XWPFDocument(docx);
			} catch (IOException | RuntimeException e) {
				throw new ImportException(Texts.M.text("import.not-docx", String.valueOf(e.getMessage())));
			}
			try (doc) {
				return read(doc, revision);
			} catch (IOException e) {
				throw new ImportException(Texts.M.text("import.not-docx", String.valueOf(e.getMessage())));
			}
		});
	}

	private static ImportedTables read(XWPFDocument doc, Revision revision) throws ImportException {
		Map<String, String> owners = new TreeMap<>();
		String standard = revision == null ? null : revision.standard();
		CustomProperties custom = doc.getProperties().getCustomProperties();
		for (var p : custom.getUnderlyingProperties().getPropertyList()) {
			if (p.getName().equals(DocxLayout.PROPERTY_STANDARD) && standard == null) {
				standard = p.getLpwstr();
			} else if (p.getName().startsWith(DocxLayout.PROPERTY_TABLE_PREFIX)) {
				owners.put(p.getName().substring(DocxLayout.PROPERTY_TABLE_PREFIX.length()), p.getLpwstr());
			}
		}
		if (standard == null) {
			throw new ImportException(Texts.M.text("import.no-standard"));
		}
		List<Weights> weights = new ArrayList<>();
		List<Requirements> requirements = new ArrayList<>();
		String[] caption = null;
		int tableNumber = 0;
		for (IBodyElement e : doc.getBodyElements()) {
			if (e instanceof XWPFParagraph p) {
				String[] c = DocxLayout.caption(p.getText());
				if (c != null) {
					caption = c;
				} else if (!p.getText().isBlank()) {
					caption = null;
				}
				continue;
			}
			if (!(e instanceof XWPFTable t)) {
				continue;
			}
			tableNumber++;
			List<String> header = t.getRows().isEmpty() ? List.of() : texts(t.getRow(0));
			Kind kind = kind(header);
			if (kind == Kind.OTHER) {
				caption = null;
				continue;
			}
			if (caption == null) {
				throw new ImportException(Texts.M.text("import.no-caption", tableNumber, String.join(" / ", header)));
			}
			String id = caption[0];
			String title = caption[1].isEmpty() ? null : caption[1];
			String[] owner = owner(id, title, owners.get(id), revision);
			if (kind == Kind.REQUIREMENTS) {
				requirements.add(requirements(t, id, title, owner, header.subList(2, header.size())));
			} else {
				weights.add(weights(t, id, title, owner, kind == Kind.NUMBERED_WEIGHTS ? 1 : 0));
			}
			caption = null;
		}
		if (weights.isEmpty() && requirements.isEmpty()) {
			throw new ImportException(Texts.M.text("import.no-tables"));
		}
		return new ImportedTables(standard, weights, requirements);
	}

	private enum Kind {
		WEIGHTS, NUMBERED_WEIGHTS, REQUIREMENTS, OTHER
	}

	private static Kind kind(List<String> header) {
		List<String> h = header.stream().map(DocxLayout::header).toList();
		int from = !h.isEmpty() && h.get(0).equals(DocxLayout.NUMBER_COLUMN) ? 1 : 0;
		if (h.size() == from + 3 && h.get(from).equals("能力域") && h.get(from + 1).equals("能力子域") && h.get(from + 2).endsWith("权重")) {
			return from == 1 ? Kind.NUMBERED_WEIGHTS : Kind.WEIGHTS;
		}
		if (h.size() >= 3 && h.get(0).equals("能力域") && h.get(1).equals("能力子域") && !h.get(2).endsWith("权重")) {
			return Kind.REQUIREMENTS;
		}
		return Kind.OTHER;
	}

	/** {part, sector}: from the document's property, else from the revision by the title's words. */
	private static String[] owner(String id, String title, String property, Revision revision) throws ImportException {
		if (property != null) {
			String[] parts = property.split("\t", -1);
			return new String[] { parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null };
		}
		if (revision == null) {
			throw new ImportException(Texts.M.text("import.no-owner", id));
		}
		for (String sector : revision.sectors()) {
			if (title != null && title.contains(sector)) {
				return new String[] { revision.sectorPart(), sector };
			}
		}
		return new String[] { revision.commonPart(), null };
	}

	private static Weights weights(XWPFTable t, String id, String title, String[] owner, int skip) throws ImportException {
		List<WeightDomain> domains = new ArrayList<>();
		String domain = null;
		List<Weighted> subs = null;
		for (int r = 1; r < t.getNumberOfRows(); r++) {
			List<String> cells = texts(t.getRow(r));
			if (cells.size() < skip + 3) {
				throw new ImportException(Texts.M.text("import.short-row", id, r + 1, cells.size(), skip + 3));
			}
			String d = cells.get(skip);
			String name = cells.get(skip + 1);
			String weight = cells.get(skip + 2);
			if (d.equals(WeightWorkbook.TOTAL) || name.endsWith(WeightWorkbook.SUBTOTAL) || d.endsWith(WeightWorkbook.SUBTOTAL)) {
				continue;
			}
			if (!d.isEmpty() && !d.equals(domain)) {
				domain = d;
				subs = new ArrayList<>();
				domains.add(new WeightDomain(domain, subs));
			}
			if (subs == null) {
				throw new ImportException(Texts.M.text("import.no-domain", id, r + 1));
			}
			if (name.isEmpty()) {
				throw new ImportException(Texts.M.text("import.no-subdomain", id, r + 1));
			}
			String w = DocxLayout.weight(weight);
			if (w == null) {
				throw new ImportException(Texts.M.text("import.bad-weight", id, r + 1, name, weight));
			}
			subs.add(new Weighted(name, w));
		}
		return new Weights(id, title, owner[0], owner[1], domains);
	}

	private static Requirements requirements(XWPFTable t, String id, String title, String[] owner, List<String> levels) throws ImportException {
		for (String level : levels) {
			if (!NameSyntax.isIdentifier(level)) {
				throw new ImportException(Texts.M.text("import.bad-level", id, level));
			}
		}
		List<Domain> domains = new ArrayList<>();
		String domain = null;
		List<Row> rows = null;
		for (int r = 1; r < t.getNumberOfRows(); r++) {
			XWPFTableRow row = t.getRow(r);
			List<XWPFTableCell> cells = row.getTableCells();
			if (cells.size() != levels.size() + 2) {
				throw new ImportException(Texts.M.text("import.short-row", id, r + 1, cells.size(), levels.size() + 2));
			}
			String d = cells.get(0).getText().strip();
			if (!d.isEmpty() && !d.equals(domain)) {
				domain = d;
				rows = new ArrayList<>();
				domains.add(new Domain(domain, rows));
			}
			if (rows == null) {
				throw new ImportException(Texts.M.text("import.no-domain", id, r + 1));
			}
			String name = cells.get(1).getText().strip();
			if (name.isEmpty()) {
				throw new ImportException(Texts.M.text("import.no-subdomain", id, r + 1));
			}
			List<Cell> parsed = new ArrayList<>();
			for (int i = 0; i < levels.size(); i++) {
				Cell c = cell(cells.get(2 + i), levels.get(i), id, r + 1, name);
				if (c != null) {
					parsed.add(c);
				}
			}
			rows.add(new Row(name, parsed));
		}
		return new Requirements(id, title, owner[0], owner[1], levels, domains);
	}

	/** A level's cell, or null when it holds nothing (the level is not listed). */
	private static Cell cell(XWPFTableCell cell, String level, String table, int row, String subdomain) throws ImportException {
		List<XWPFParagraph> paragraphs = cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
		if (paragraphs.isEmpty()) {
			boolean listed = cell.getParagraphs().stream().anyMatch(p -> DocxLayout.STYLE_LISTED.equals(p.getStyleID()));
			return listed ? new Cell(level, false, null, null, List.of(), List.of()) : null;
		}
		boolean styled = paragraphs.stream().allMatch(p -> p.getStyleID() != null && p.getStyleID().startsWith("Mwb"));
		return styled ? styledCell(paragraphs, level, table, row, subdomain) : typedCell(paragraphs, level);
	}

	/** A cell written by {@link DocxDoc}: each paragraph's style says what it is. */
	private static Cell styledCell(List<XWPFParagraph> paragraphs, String level, String table, int row, String subdomain) throws ImportException {
		String leadIn = null;
		List<Note> notes = new ArrayList<>();
		List<ClauseBuilder> clauses = new ArrayList<>();
		for (XWPFParagraph p : paragraphs) {
			String text = p.getText();
			switch (p.getStyleID()) {
			case DocxLayout.STYLE_EMPTY -> {
				return new Cell(level, true, text.startsWith(DocxLayout.EMPTY_MARK) ? text.substring(DocxLayout.EMPTY_MARK.length()) : text, null, List.of(),
						List.of());
			}
			case DocxLayout.STYLE_LEAD_IN -> leadIn = text;
			case DocxLayout.STYLE_CLAUSE -> clauses.add(styledClause(p));
			case DocxLayout.STYLE_CONTINUATION, DocxLayout.STYLE_CLAUSE_NOTE, DocxLayout.STYLE_CLAUSE_EXAMPLE -> {
				if (clauses.isEmpty()) {
					throw new ImportException(Texts.M.text("import.orphan", table, row, subdomain, level, text));
				}
				ClauseBuilder last = clauses.get(clauses.size() - 1);
				if (p.getStyleID().equals(DocxLayout.STYLE_CONTINUATION)) {
					last.continuations.add(text);
				} else {
					last.notes.add(new Note(p.getStyleID().equals(DocxLayout.STYLE_CLAUSE_EXAMPLE), text));
				}
			}
			case DocxLayout.STYLE_CELL_NOTE -> notes.add(new Note(false, text));
			case DocxLayout.STYLE_CELL_EXAMPLE -> notes.add(new Note(true, text));
			default -> throw new ImportException(Texts.M.text("import.orphan", table, row, subdomain, level, text));
			}
		}
		return new Cell(level, false, null, leadIn, notes, clauses.stream().map(ClauseBuilder::build).toList());
	}

	/** Label run "a) ", topic run in bold "组织结构。", then the text. */
	private static ClauseBuilder styledClause(XWPFParagraph p) {
		List<XWPFRun> runs = p.getRuns();
		int i = 0;
		String label = null;
		String topic = null;
		if (i < runs.size() && !runs.get(i).isBold() && runs.size() > 1 && DocxLayout.label(runs.get(i).text()) != null
				&& DocxLayout.afterLabel(runs.get(i).text()).isEmpty()) {
			label = runs.get(i++).text().strip();
		}
		if (i < runs.size() && runs.get(i).isBold() && runs.get(i).text().endsWith("。")) {
			String t = runs.get(i++).text();
			topic = t.substring(0, t.length() - 1);
		}
		StringBuilder text = new StringBuilder();
		for (; i < runs.size(); i++) {
			text.append(runs.get(i).text());
		}
		return new ClauseBuilder(label, topic, text.toString());
	}

	/** A cell typed in Word: labelled paragraphs start clauses, 注 and 示例 are notes, others lead in or continue. */
	private static Cell typedCell(List<XWPFParagraph> paragraphs, String level) {
		boolean labelled = paragraphs.stream().anyMatch(p -> DocxLayout.label(p.getText().strip()) != null);
		List<String> leadIn = new ArrayList<>();
		List<Note> cellNotes = new ArrayList<>();
		List<ClauseBuilder> clauses = new ArrayList<>();
		for (XWPFParagraph p : paragraphs) {
			String text = p.getText().strip();
			boolean note = DocxLayout.isNote(text);
			boolean example = !note && DocxLayout.isExample(text);
			ClauseBuilder last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
			if (note || example) {
				(last == null ? cellNotes : last.notes).add(new Note(example, text));
			} else if (!labelled || DocxLayout.label(text) != null) {
				String label = labelled ? DocxLayout.label(text) : null;
				String rest = labelled ? DocxLayout.afterLabel(text) : text;
				String topic = DocxLayout.topic(rest);
				if (topic != null && NameSyntax.isIdentifier(topic) && rest.length() > topic.length() + 1) {
					rest = rest.substring(topic.length() + 1);
				} else {
					topic = null;
				}
				clauses.add(new ClauseBuilder(label, topic, rest));
			} else if (last == null) {
				leadIn.add(text);
			} else {
				last.continuations.add(text);
			}
		}
		return new Cell(level, false, null, leadIn.isEmpty() ? null : String.join("", leadIn), cellNotes,
				clauses.stream().map(ClauseBuilder::build).toList());
	}

	private static final class ClauseBuilder {
		final String label;
		final String topic;
		final String text;
		final List<String> continuations = new ArrayList<>();
		final List<Note> notes = new ArrayList<>();

		ClauseBuilder(String label, String topic, String text) {
			this.label = label;
			this.topic = topic;
			this.text = text;
		}

		Clause build() {
			return new Clause(label, topic, text, List.copyOf(continuations), List.copyOf(notes));
		}
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
	}
}
