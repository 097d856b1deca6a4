package com.maturityworkbench.assessment.layout;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An assessment as CSV (RFC 4180):
 *
 * <pre>
 * # standard: YS/T XXXXX—XXXX
 * # revision: nonferrous_dt_maturity
 * # status: draft
 * # sector: 冶炼
 * # tailored: 表3.中试验证; 表3.产品设计
 * # scale: 全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0
 * # layout: 3
 * clause_id,table,domain,subdomain,level,label,text,rating,context
 * 表5.组织建设.一级.1,表5,组织,组织建设,一级,a),"应……",全部满足,"导语：……"
 * </pre>
 *
 * Metadata lines ({@link MetadataKey}) come before the header, {@code # key: value} (a full-width colon is read too);
 * other lines starting with {@value #COMMENT} are comments. Then the header of {@link RequirementColumn} and one row
 * per clause. Templates are written in UTF-8 with a byte order mark (so that Excel shows the Chinese) and CRLF line
 * ends; readers also read UTF-8 without the mark and GB18030.
 */
public final class CsvLayout {
	public static final String COMMENT = "#";
	public static final Charset CHARSET = StandardCharsets.UTF_8;
	public static final String LINE_END = "\r\n";
	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvLayout() {
	}

	/** The bytes of a CSV text as the templates are written: UTF-8 with a byte order mark. */
	public static byte[] encode(String text) {
		byte[] body = text.getBytes(CHARSET);
		byte[] out = new byte[BYTE_ORDER_MARK.length + body.length];
		System.arraycopy(BYTE_ORDER_MARK, 0, out, 0, BYTE_ORDER_MARK.length);
		System.arraycopy(body, 0, out, BYTE_ORDER_MARK.length, body.length);
		return out;
	}

	/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote, CR or LF, quotes doubled. */
	public static String field(String s) {
		boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	/** {@code # key: value} */
	public static String metadataLine(MetadataKey key, String value) {
		return COMMENT + " " + key.key() + ": " + value;
	}

	/** A metadata line's key and value, from the text of a comment line (its fields joined); empty for a plain comment. */
	public static Optional<Metadata> metadata(String commentLine) {
		String line = commentLine.strip();
		if (!line.startsWith(COMMENT)) {
			return Optional.empty();
		}
		line = line.substring(COMMENT.length()).strip();
		int colon = indexOfColon(line);
		if (colon < 0) {
			return Optional.empty();
		}
		String value = line.substring(colon + 1).strip();
		return MetadataKey.byKey(line.substring(0, colon)).map(k -> new Metadata(k, value));
	}

	/** A key and its value as a metadata line writes them. */
	public record Metadata(MetadataKey key, String value) {
	}

	private static int indexOfColon(String s) {
		int a = s.indexOf(':');
		int b = s.indexOf('：');
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}
}
