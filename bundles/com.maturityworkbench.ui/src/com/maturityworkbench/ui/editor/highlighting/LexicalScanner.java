package com.maturityworkbench.ui.editor.highlighting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Lexical highlighting by the language's own lexer (the ide bundle's highlighting lexer and token styles). The
 * document is lexed once, then only around each change (tokens kept as arrays); a range walks only the tokens it
 * overlaps.
 * Token offsets are UTF-16 indexes, the document's offsets, for Chinese text too.
 */
public final class LexicalScanner implements ITokenScanner {
	private final Provider<Lexer> lexers;
	private final AbstractAntlrTokenToAttributeIdMapper styles;
	private final Map<String, IToken> tokensByStyle = new HashMap<>();

	private IDocument lexedDocument;
	private long lexedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private String lexedText;
	private int[] starts = new int[0];
	private int[] ends = new int[0];
	private int[] types = new int[0];
	private int count;

	private int next;
	private int rangeEnd;
	private int rangeStart;
	private int tokenOffset;
	private int tokenLength;

	public LexicalScanner(Injector injector) {
		this.lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerIdeBindings.HIGHLIGHTING)));
		this.styles = injector.getInstance(AbstractAntlrTokenToAttributeIdMapper.class);
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		lex(document);
		rangeStart = offset;
		rangeEnd = offset + length;
		next = firstEndingAfter(offset);
	}

	@Override
	public IToken nextToken() {
		if (next >= count || starts[next] >= rangeEnd) {
			return Token.EOF;
		}
		int start = Math.max(starts[next], rangeStart);
		tokenOffset = start;
		tokenLength = Math.min(ends[next], rangeEnd) - start;
		IToken token = tokensByStyle.computeIfAbsent(styles.getId(types[next]), LexicalScanner::tokenOf);
		next++;
		return token;
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}

	private static IToken tokenOf(String styleId) {
		TextAttribute attribute = HighlightingColors.of(styleId);
		return attribute == null ? Token.UNDEFINED : new Token(attribute);
	}

	private void lex(IDocument document) {
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		if (document == lexedDocument && stamp == lexedStamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return;
		}
		String text = document.get();
		if (document == lexedDocument && lexedText != null) {
			relex(text);
		} else {
			count = 0;
			lexFrom(text, 0, -1, 0, null, null);
		}
		lexedDocument = document;
		lexedStamp = stamp;
		lexedText = text;
	}

	/**
	 * Lexes again only around a change: from two tokens before the first changed character up to the first token in
	 * the unchanged end of the text that starts where a token started before (the lexer has no modes, so from there on
	 * the tokens are the old ones, moved). Long clause texts make lexing the whole file cost milliseconds per key.
	 */
	private void relex(String text) {
		String old = lexedText;
		int limit = Math.min(old.length(), text.length());
		int prefix = 0;
		while (prefix < limit && old.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		int restart = Math.max(0, firstEndingAfter(prefix) - 2);
		int[] oldStarts = Arrays.copyOfRange(starts, restart, count);
		int[] oldTypes = Arrays.copyOfRange(types, restart, count);
		int[] oldEnds = Arrays.copyOfRange(ends, restart, count);
		int from = restart < count ? starts[restart] : (restart == 0 ? 0 : ends[restart - 1]);
		count = restart;
		int delta = text.length() - old.length();
		int resumeAt = lexFrom(text, from, text.length() - suffix, delta, oldStarts, oldTypes);
		if (resumeAt >= 0) { // the rest of the old tokens, moved by the change's length
			for (int j = resumeAt; j < oldStarts.length; j++) {
				add(oldStarts[j] + delta, oldEnds[j] + delta, oldTypes[j]);
			}
		}
	}

	/** Lexes from {@code from}; returns the index of the old token from which the old tokens hold again, or -1. */
	private int lexFrom(String text, int from, int unchangedFrom, int delta, int[] oldStarts, int[] oldTypes) {
		ANTLRStringStream input = new ANTLRStringStream(text);
		input.seek(from);
		Lexer lexer = lexers.get();
		lexer.setCharStream(input);
		int last = from;
		while (true) {
			org.antlr.runtime.Token t = lexer.nextToken();
			if (t == null || t.getType() == org.antlr.runtime.Token.EOF) {
				return -1;
			}
			CommonToken token = (CommonToken) t;
			int start = Math.max(token.getStartIndex(), last);
			if (oldStarts != null && unchangedFrom >= 0 && start >= unchangedFrom) {
				int j = Arrays.binarySearch(oldStarts, start - delta);
				if (j >= 0 && oldTypes[j] == t.getType()) {
					return j;
				}
			}
			int end = token.getStopIndex() + 1;
			if (end <= last) { // no progress (error recovery): skip, and stop at the end of the text
				if (token.getStartIndex() >= text.length()) {
					return -1;
				}
				continue;
			}
			add(start, end, t.getType());
			last = end;
		}
	}

	private int firstEndingAfter(int offset) {
		int lo = 0;
		int hi = count;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (ends[mid] <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private void add(int start, int end, int type) {
		if (count == starts.length) {
			int size = Math.max(1024, count * 2);
			starts = Arrays.copyOf(starts, size);
			ends = Arrays.copyOf(ends, size);
			types = Arrays.copyOf(types, size);
		}
		starts[count] = start;
		ends[count] = end;
		types[count] = type;
		count++;
	}
}
