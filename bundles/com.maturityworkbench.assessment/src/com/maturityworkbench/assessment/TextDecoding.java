package com.maturityworkbench.assessment;

import static com.maturityworkbench.assessment.ReaderMessages.M;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file the way spreadsheets save it: UTF-8 with or without byte order mark ("CSV UTF-8"), else
 * GB18030 — what Excel in a Chinese locale writes for plain "CSV" (GBK, code page 936, is a subset). Strict UTF-8
 * is tried first: Chinese text in GBK is practically never valid UTF-8. Empty, binary, UTF-16 and undecodable
 * files are refused with the byte and line that gave them away.
 */
public final class TextDecoding {
	public static final Charset GB18030 = Charset.forName("GB18030");

	/** The text (without byte order mark) and the name of the encoding it was read in. */
	public record Decoded(String text, String encoding) {
	}

	private TextDecoding() {
	}

	/** A CSV file's text: UTF-8 (with or without byte order mark), else GB18030. */
	public static Decoded decode(byte[] bytes, String file) throws AssessmentInputException {
		return decode(bytes, file, false);
	}

	/**
	 * A JSON file's text: UTF-8 only (with or without byte order mark), as JSON is written; a file cut off in the
	 * middle of a character is said to be truncated, other bytes that are no UTF-8 are named.
	 */
	public static Decoded decodeJson(byte[] bytes, String file) throws AssessmentInputException {
		return decode(bytes, file, true);
	}

	private static Decoded decode(byte[] bytes, String file, boolean json) throws AssessmentInputException {
		SourceLocation where = SourceLocation.file(file);
		if (bytes.length == 0) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.empty")));
		}
		if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
				|| looksLikeUtf16(bytes)) {
			throw new AssessmentInputException(new InputIssue(where, M.text(json ? "text.utf16.json" : "text.utf16")));
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			throw new AssessmentInputException(new InputIssue(where, M.text(json ? "text.zip.json" : "text.zip")));
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new AssessmentInputException(new InputIssue(where, M.text("text.nul", i, lineAt(bytes, i))));
			}
		}
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
		int start = bom ? 3 : 0;
		int utf8Failure;
		try {
			return checkNotBlank(new Decoded(strict(StandardCharsets.UTF_8, bytes, start), bom ? "UTF-8 with BOM" : "UTF-8"), where);
		} catch (Failure f) {
			utf8Failure = f.offset;
		}
		if (json) {
			throw new AssessmentInputException(new InputIssue(where, truncatedCharacter(bytes, utf8Failure)
					? M.text("text.truncated.json", bytes.length)
					: M.text("text.not-utf8.json", bytes[utf8Failure] & 0xff, utf8Failure, lineAt(bytes, utf8Failure))));
		}
		if (bom) {
			throw new AssessmentInputException(
					new InputIssue(where, M.text("text.bad-bom", bytes[utf8Failure] & 0xff, utf8Failure, lineAt(bytes, utf8Failure))));
		}
		try {
			return checkNotBlank(new Decoded(strict(GB18030, bytes, 0), "GB18030"), where);
		} catch (Failure f) {
			// report where the more plausible reading broke down: the encoding that got further
			int at = Math.max(utf8Failure, f.offset);
			throw new AssessmentInputException(new InputIssue(where, M.text("text.undecodable", bytes[at] & 0xff, at, lineAt(bytes, at))));
		}
	}

	/**
	 * UTF-16 without byte order mark: each ASCII character in UTF-16 has a NUL byte beside it, always on the same side
	 * (at least a tenth of the even or of the odd bytes of the first 1,000 are NUL, eight times as many as on the other
	 * side: a CJK character such as 一, U+4E00, has a NUL byte too).
	 */
	private static boolean looksLikeUtf16(byte[] bytes) {
		int n = Math.min(bytes.length, 1000) / 2 * 2;
		if (n < 16) {
			return false; // too short to tell
		}
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < n; i += 2) {
			evenNul += bytes[i] == 0 ? 1 : 0;
			oddNul += bytes[i + 1] == 0 ? 1 : 0;
		}
		return Math.max(evenNul, oddNul) * 10 >= n / 2 && Math.min(evenNul, oddNul) * 8 <= Math.max(evenNul, oddNul);
	}

	/** Whether UTF-8 decoding failed only because the last character was cut off: a lead byte and too few continuation bytes at the end. */
	private static boolean truncatedCharacter(byte[] bytes, int failure) {
		int lead = bytes[failure] & 0xff;
		int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
		if (length == 0 || failure + length <= bytes.length) {
			return false;
		}
		for (int i = failure + 1; i < bytes.length; i++) {
			if ((bytes[i] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

	private static Decoded checkNotBlank(Decoded d, SourceLocation where) throws AssessmentInputException {
		if (d.text().isBlank()) {
			throw new AssessmentInputException(new InputIssue(where, M.text("file.blank")));
		}
		return d;
	}

	private static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;
		final int offset;

		Failure(int offset) {
			super(null, null, false, false);
			this.offset = offset;
		}
	}

	private static String strict(Charset charset, byte[] bytes, int start) throws Failure {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return decoder.decode(in).toString();
		} catch (CharacterCodingException e) {
			throw new Failure(Math.min(in.position(), bytes.length - 1));
		}
	}

	/** 1-based line of byte {@code offset} (0x0A is never part of a UTF-8 or GB18030 multi-byte sequence). */
	static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
