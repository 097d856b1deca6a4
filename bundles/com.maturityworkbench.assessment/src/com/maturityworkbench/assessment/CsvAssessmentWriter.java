package com.maturityworkbench.assessment;

import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.assessment.layout.RequirementColumn;

/**
 * Writes an assessment as CSV in the layout of {@link CsvLayout}, as the templates are written (UTF-8 with a byte
 * order mark, CRLF, RFC 4180 quoting): the metadata lines of {@link WrittenAssessment} with the layout marker, the
 * Chinese header and the machine header, one row per clause with its rating. {@link CsvAssessmentReader} reads it back to the same assessment.
 */
public final class CsvAssessmentWriter {
	private CsvAssessmentWriter() {
	}

	public static byte[] write(WrittenAssessment content) {
		StringBuilder csv = new StringBuilder();
		for (WrittenAssessment.Entry e : content.metadata()) {
			csv.append(CsvLayout.field(CsvLayout.metadataLine(e.key(), e.value()))).append(CsvLayout.LINE_END);
		}
		if (RequirementColumn.hasChineseHeader(WrittenAssessment.LAYOUT)) {
			csv.append(RequirementColumn.chineseHeaderLine(WrittenAssessment.LAYOUT)).append(CsvLayout.LINE_END);
		}
		csv.append(RequirementColumn.headerLine(WrittenAssessment.LAYOUT)).append(CsvLayout.LINE_END);
		for (WrittenAssessment.ClauseRow r : content.rows()) {
			csv.append(String.join(",", r.cells().stream().map(CsvLayout::field).toList())).append(CsvLayout.LINE_END);
		}
		return CsvLayout.encode(csv.toString());
	}
}
