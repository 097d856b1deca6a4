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
 * document is lexed once per modification (tokens kept as arrays); a range then walks only the tokens it overlaps.
 * Token offsets are UTF-16 indexes, the document's offsets, for Chinese text too.
 */
public final class LexicalScanner implements ITokenScanner {
	private final Provider<Lexer> lexers;
	private final AbstractAntlrTokenToAttributeIdMapper styles;
	private final Map<String, IToken> tokensByStyle = new HashMap<>();

	private IDocument lexedDocument;
	private long lexedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
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
		int lo = 0;
		int hi = count;
		while (lo < hi) { // the first token that ends after the range's start
			int mid = (lo + hi) >>> 1;
			if (ends[mid] <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		next = lo;
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
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		count = 0;
		int last = 0;
		while (true) {
			org.antlr.runtime.Token t = lexer.nextToken();
			if (t == null || t.getType() == org.antlr.runtime.Token.EOF) {
				break;
			}
			CommonToken token = (CommonToken) t;
			int end = token.getStopIndex() + 1;
			if (end <= last) { // no progress (error recovery): skip, and stop at the end of the text
				if (token.getStartIndex() >= text.length()) {
					break;
				}
				continue;
			}
			add(Math.max(token.getStartIndex(), last), end, t.getType());
			last = end;
		}
		lexedDocument = document;
		lexedStamp = stamp;
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
