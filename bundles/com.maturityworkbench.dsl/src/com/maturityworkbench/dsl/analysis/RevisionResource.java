package com.maturityworkbench.dsl.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * A revision file as Xtext holds it, whoever loads it (mwb, the workbench, the language server): the parser reads a
 * line feed for each lone carriage return ({@link LineEnds#loneCrAsLf}), which keeps the offsets and the lines.
 * Xtext's line and column of an error at the very end of a text whose last character is a lone CR read past its end:
 * an {@code StringIndexOutOfBoundsException} instead of the syntax error, which in the language server also left the
 * file without diagnostics until it was closed.
 */
public class RevisionResource extends LazyLinkingResource {
	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (inputStream instanceof LazyStringInputStream text) {
			return new StringReader(LineEnds.loneCrAsLf(text.getString())); // a text in memory: not encoded and decoded again
		}
		String text;
		try (Reader reader = super.createReader(inputStream)) {
			StringBuilder read = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) >= 0;) {
				read.append(buffer, 0, n);
			}
			text = read.toString();
		}
		return new StringReader(LineEnds.loneCrAsLf(text));
	}

	@Override
	public void reparse(String newContent) throws IOException {
		super.reparse(LineEnds.loneCrAsLf(newContent));
	}
}
