package com.maturityworkbench.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.maturityworkbench.generator.GenerationModel.SectorView;
import com.maturityworkbench.generator.GenerationModel.TemplateRow;

/**
 * {@code templates/<sector code>.csv}: the assessment template of one sector. UTF-8 with a byte order mark (so Excel
 * opens the Chinese text correctly), CRLF line ends, RFC 4180 quoting. First the metadata comment lines
 * ({@code # standard: …}, {@code # revision: …}, {@code # status: …}, {@code # sector: 冶炼}, {@code # tailored: } — the
 * subdomain ids to tailor out, separated by ';' — and {@code # scale: 全部满足=1; …}), then the header
 * {@value #HEADER} and one row per clause of the sector's effective model (the common table's clauses first, then
 * the sector's, in the scoring runtime's order), rating empty. A comment line that would need quoting is written
 * as one quoted field starting with '#'. Clauses of requirement rows without a weight are not listed: they are not
 * scored (the documentation lists them). The text column holds the clause as printed, topic included.
 */
public final class CsvTemplate {
	public static final String HEADER = "clause_id,table,domain,subdomain,level,label,text,rating";
	private static final String CRLF = "\r\n";

	private CsvTemplate() {
	}

	public static byte[] render(GenerationModel m, SectorView sector) {
		StringBuilder b = new StringBuilder();
		for (String[] kv : TemplateInfo.entries(m, sector)) {
			comment(b, kv[0] + ": " + kv[1]);
		}
		b.append(HEADER).append(CRLF);
		for (TemplateRow r : sector.rows()) {
			row(b, List.of(r.clauseId(), r.table(), r.domain(), r.subdomain(), r.level(), r.label() == null ? "" : r.label(), r.printedText(), ""));
		}
		byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[text.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(text, 0, out, 3, text.length);
		return out;
	}

	private static void comment(StringBuilder b, String text) {
		b.append(field("# " + text)).append(CRLF);
	}

	private static void row(StringBuilder b, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			b.append(field(fields.get(i)));
		}
		b.append(CRLF);
	}

	/** RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
	static String field(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
