package com.maturityworkbench.dsl.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a revision file as strict UTF-8 text (a leading byte order mark is dropped), refusing binary, undecodable
 * and oversized input with a reason that names the file, and the byte and line where it can.
 */
public final class TextFiles {
	/** A revision file larger than this is not a revision file (the whole shipped draft is 0.4 MB). */
	public static final long MAX_BYTES = 8L * 1024 * 1024;

	private TextFiles() {
	}

	public static String readUtf8(Path file) throws UnusableInputException {
		if (!Files.exists(file)) {
			throw new UnusableInputException(WorkspaceMessages.M.text("file.missing", file));
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UnusableInputException(WorkspaceMessages.M.text("file.unreadable", file));
		}
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new UnusableInputException(WorkspaceMessages.M.text("file.too-large", file, size / 1048576.0, MAX_BYTES / 1048576));
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnusableInputException(WorkspaceMessages.M.text("file.io", file, e.getMessage()));
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new UnusableInputException(WorkspaceMessages.M.text("file.binary", file, i, lineAt(bytes, i)));
			}
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return decoder.decode(in).toString();
		} catch (CharacterCodingException e) {
			int at = in.position();
			throw new UnusableInputException(
					WorkspaceMessages.M.text("file.not-utf8", file, bytes[Math.min(at, bytes.length - 1)] & 0xff, at, lineAt(bytes, at)));
		}
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
