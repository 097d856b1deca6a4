package com.maturityworkbench.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import com.maturityworkbench.assessment.CsvParser;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.JsonLayout;
import com.maturityworkbench.assessment.layout.LayoutVersion;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.assessment.layout.XlsxLayout;
import com.maturityworkbench.scoring.json.JsonWriter;

/**
 * Fills in the templates {@code mwb generate} writes, by program, as an assessor would — through the layout declaration
 * ({@link MetadataKey}, {@link RequirementColumn}, {@link CsvLayout}, {@link XlsxLayout}, {@link JsonLayout}), never by
 * a fixed line, row or column: the metadata are found by their key, the clause id and rating columns by their header.
 * Every other line, row and cell of the template is kept as it is, so a layout that adds metadata, columns or context
 * rows is filled all the same. A rating is a text (scale name or value) or a {@link BigDecimal} (a number cell in a
 * workbook, a number in JSON); the rating function answers null for a row to leave empty (a tailored subdomain, a
 * row that is no clause of the enterprise).
 */
final class TemplateFiller {
	private TemplateFiller() {
	}

	/** The text of a CSV template, without its byte order mark. */
	static String text(byte[] csvTemplate) {
		String text = new String(csvTemplate, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static List<CsvParser.Record> records(String csv) {
		List<InputIssue> issues = new ArrayList<>();
		List<CsvParser.Record> records = CsvParser.parse(csv, "template.csv", issues);
		if (!issues.isEmpty()) {
			throw new IllegalStateException("the template is not RFC 4180: " + issues);
		}
		return records;
	}

	private static Optional<CsvLayout.Metadata> metadata(CsvParser.Record r) {
		return CsvLayout.metadata(String.join(",", r.fields()));
	}

	/** The metadata of a CSV template, by key. */
	static Map<MetadataKey, String> metadata(String csv) {
		Map<MetadataKey, String> m = new EnumMap<>(MetadataKey.class);
		for (CsvParser.Record r : records(csv)) {
			if (RequirementColumn.isHeader(r.fields())) {
				break;
			}
			metadata(r).ifPresent(md -> m.put(md.key(), md.value()));
		}
		return m;
	}

	/** The clause ids a CSV template lists, in order. */
	static List<String> clauseIds(String csv) {
		List<String> ids = new ArrayList<>();
		int idColumn = -1;
		for (CsvParser.Record r : records(csv)) {
			if (idColumn < 0 && RequirementColumn.isHeader(r.fields())) {
				idColumn = RequirementColumn.CLAUSE_ID.indexIn(r.fields());
			} else if (idColumn >= 0 && !r.field(idColumn).isBlank()) {
				ids.add(r.field(idColumn).strip());
			}
		}
		return ids;
	}

	/** The CSV template with the tailored subdomains and the ratings filled in, written back with its quoting and CRLF. */
	static String csv(String template, String tailored, Function<String, Object> rating) {
		StringBuilder out = new StringBuilder();
		int idColumn = -1;
		int ratingColumn = -1;
		boolean tailoredWritten = false;
		for (CsvParser.Record r : records(template)) {
			List<String> fields = new ArrayList<>(r.fields());
			if (idColumn < 0 && RequirementColumn.isHeader(fields)) {
				idColumn = RequirementColumn.CLAUSE_ID.indexIn(fields);
				ratingColumn = RequirementColumn.RATING.indexIn(fields);
			} else if (idColumn < 0) {
				if (metadata(r).filter(m -> m.key() == MetadataKey.TAILORED).isPresent()) {
					fields = List.of(CsvLayout.metadataLine(MetadataKey.TAILORED, tailored));
					tailoredWritten = true;
				}
			} else {
				Object value = rating.apply(r.field(idColumn).strip());
				if (value != null) {
					while (fields.size() <= ratingColumn) {
						fields.add("");
					}
					fields.set(ratingColumn, value instanceof BigDecimal n ? n.toPlainString() : (String) value);
				}
			}
			out.append(String.join(",", fields.stream().map(Fixture::csvField).toList())).append(CsvLayout.LINE_END);
		}
		if (idColumn < 0 || !tailoredWritten) {
			throw new IllegalStateException("the template has no header row or no tailored line");
		}
		return out.toString();
	}

	/**
	 * The workbook as the assessor's spreadsheet saves it: every cell of the template copied (text as text, numbers as
	 * numbers), the tailored row of {@value XlsxLayout#INFO_SHEET} filled in, a rating in each clause row of every
	 * requirement sheet.
	 */
	static byte[] xlsx(byte[] template, String tailored, Function<String, Object> rating) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ReadableWorkbook in = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			Workbook out = new Workbook(bytes, "assessor", "1.0");
			boolean tailoredWritten = false;
			for (Sheet sheet : in.getSheets().toList()) {
				Worksheet ws = out.newWorksheet(sheet.getName());
				boolean info = sheet.getName().equals(XlsxLayout.INFO_SHEET);
				int idColumn = -1;
				int ratingColumn = -1;
				for (Row row : sheet.read()) {
					int r = row.getRowNum() - 1;
					List<String> texts = new ArrayList<>();
					for (int c = 0; c < row.getCellCount(); c++) {
						Cell cell = row.getCell(c);
						texts.add(cell == null ? "" : cell.getText());
						if (cell != null && cell.getType() == CellType.NUMBER) {
							ws.value(r, c, new BigDecimal(cell.getRawValue()));
						} else if (cell != null && cell.getType() != CellType.EMPTY) {
							ws.value(r, c, cell.getText());
						}
					}
					String key = texts.size() > XlsxLayout.KEY_COLUMN ? texts.get(XlsxLayout.KEY_COLUMN) : "";
					if (info && MetadataKey.byLabel(key).filter(k -> k == MetadataKey.TAILORED).isPresent()) {
						// layout 4 offers several tailored rows (one subdomain each): the list goes into the first
						ws.value(r, XlsxLayout.VALUE_COLUMN, tailoredWritten ? "" : tailored);
						tailoredWritten = true;
					} else if (!info && idColumn < 0 && RequirementColumn.isHeader(texts)) {
						idColumn = RequirementColumn.CLAUSE_ID.indexIn(texts);
						ratingColumn = RequirementColumn.RATING.indexIn(texts);
					} else if (!info && idColumn >= 0 && idColumn < texts.size()) {
						Object value = rating.apply(texts.get(idColumn).strip());
						if (value instanceof BigDecimal n) {
							ws.value(r, ratingColumn, n);
						} else if (value != null) {
							ws.value(r, ratingColumn, (String) value);
						}
					}
				}
			}
			if (!tailoredWritten) {
				throw new IllegalStateException("the workbook has no tailored row in " + XlsxLayout.INFO_SHEET);
			}
			out.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * A single-enterprise JSON assessment of the enterprise of a CSV template: the template's standard, revision and
	 * sector, {@code tailored} as a list, a rating for each clause the template lists (the layout the generator writes).
	 */
	static String json(String csvTemplate, List<String> tailored, Function<String, Object> rating) {
		Map<MetadataKey, String> meta = metadata(csvTemplate);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(JsonLayout.LAYOUT, BigDecimal.valueOf(LayoutVersion.CURRENT.number()));
		m.put(JsonLayout.STANDARD, meta.get(MetadataKey.STANDARD));
		m.put(JsonLayout.REVISION, meta.get(MetadataKey.REVISION));
		m.put(JsonLayout.REVISION_LABEL, meta.get(MetadataKey.REVISION_LABEL));
		m.put(JsonLayout.SECTOR, meta.get(MetadataKey.SECTOR));
		m.put(JsonLayout.TAILORED, tailored);
		m.put(JsonLayout.RATINGS, ratings(csvTemplate, rating));
		return JsonWriter.writePretty(m);
	}

	/** The ratings of the clauses a CSV template lists, for a JSON member {@value JsonLayout#RATINGS}. */
	static Map<String, Object> ratings(String csvTemplate, Function<String, Object> rating) {
		Map<String, Object> ratings = new LinkedHashMap<>();
		for (String id : clauseIds(csvTemplate)) {
			Object value = rating.apply(id);
			if (value != null) {
				ratings.put(id, value);
			}
		}
		return ratings;
	}
}
