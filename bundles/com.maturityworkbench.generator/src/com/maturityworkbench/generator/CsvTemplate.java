package com.maturityworkbench.generator;

import java.util.List;

import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.MetadataKey;
import com.maturityworkbench.assessment.layout.RequirementColumn;
import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;

/**
 * {@code templates/<sector code>.csv}: the assessment template of one sector in the layout of {@link CsvLayout}, UTF-8
 * with a byte order mark (so Excel opens the Chinese text correctly), CRLF line ends, RFC 4180 quoting. First the
 * metadata comment lines of {@link TemplateInfo}, then the Chinese header, the machine header and one row per clause of the sector's effective
 * model (the common table's clauses first, then the sector's, in the scoring runtime's order), rating empty. A comment
 * line that would need quoting is written as one quoted field starting with '#'. Clauses of requirement rows without
 * a weight are not listed: they are not scored (the documentation lists them). The text column holds the clause as
 * printed, topic included, with its continuation paragraphs on lines of their own (a quoted field); the context column
 * the lead-in and notes of {@link TemplateInfo#context}. Context is never a row: every row is a clause to rate.
 */
public final class CsvTemplate {
	private CsvTemplate() {
	}

	public static byte[] render(GenerationModel m, SectorView sector) {
		StringBuilder b = new StringBuilder();
		for (TemplateInfo.Entry e : TemplateInfo.entries(m, sector)) {
			if (e.key().kind() != MetadataKey.Kind.ASSESSMENT && e.key() == MetadataKey.of(e.key().kind()).get(0)) {
				b.append(field(CsvLayout.COMMENT + " " + TemplateInfo.detailsHeading(e.key().kind()))).append(CsvLayout.LINE_END);
			}
			b.append(field(CsvLayout.metadataLine(e.key(), e.value()))).append(CsvLayout.LINE_END);
		}
		if (RequirementColumn.hasChineseHeader(TemplateInfo.LAYOUT)) {
			b.append(RequirementColumn.chineseHeaderLine(TemplateInfo.LAYOUT)).append(CsvLayout.LINE_END);
		}
		b.append(RequirementColumn.headerLine(TemplateInfo.LAYOUT)).append(CsvLayout.LINE_END);
		for (TemplateRow r : sector.rows()) {
			row(b, TemplateInfo.cells(r));
		}
		return CsvLayout.encode(b.toString());
	}

	private static void row(StringBuilder b, List<String> fields) {
		b.append(String.join(",", fields.stream().map(CsvTemplate::field).toList())).append(CsvLayout.LINE_END);
	}

	/** RFC 4180, as the layout declares it ({@link CsvLayout#field}). */
	static String field(String s) {
		return CsvLayout.field(s);
	}
}
