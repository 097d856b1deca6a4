package com.maturityworkbench.dsl.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Pattern;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * A revision file as Xtext holds it, whoever loads it (mwb, the workbench, the language server): the parser reads a
 * line feed for each lone carriage return (a CR no LF follows), which keeps the offsets and the lines.
 * Xtext's line and column of an error at the very end of a text whose last character is a lone CR read past its end:
 * an {@code StringIndexOutOfBoundsException} instead of the syntax error, which in the language server also left the
 * file without diagnostics until it was closed.
 */
public class RevisionResource extends LazyLinkingResource {
	private static final Pattern LONE_CR = Pattern.compile("\r(?!\n)");

	/** The text with a line feed in place of each lone CR: the same length, offsets and lines. */
	static String loneCrAsLf(String text) {
		return text.indexOf('\r') < 0 ? text : LONE_CR.matcher(text).replaceAll("\n");
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (inputStream instanceof LazyStringInputStream text) {
			return new StringReader(loneCrAsLf(text.getString())); // a text in memory: not encoded and decoded again
		}
		StringWriter text = new StringWriter();
		try (Reader reader = super.createReader(inputStream)) {
			reader.transferTo(text);
		}
		return new StringReader(loneCrAsLf(text.toString()));
	}

	@Override
	public void reparse(String newContent) throws IOException {
		super.reparse(loneCrAsLf(newContent));
	}
}
