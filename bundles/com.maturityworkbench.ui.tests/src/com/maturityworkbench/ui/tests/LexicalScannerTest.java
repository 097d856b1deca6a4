package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.rules.IToken;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.highlighting.LexicalScanner;

/** The scanner lexes again only around a change: after every edit its tokens are those of lexing the whole text. */
class LexicalScannerTest extends DraftTest {
	private static final String[] INSERTS = { "数字化", "\"", "a) ", "\n", "// 注释\n", "3%", " ", "。", "/*", "*/", "表", "二级 " };

	private record Scanned(int offset, int length, Object data) {
	}

	@Test
	void relexingAroundEditsGivesTheTokensOfAFullLex() throws Exception {
		Document document = new Document(Workbench.read(draft.resolve("table5-common.maturity")));
		LexicalScanner incremental = new LexicalScanner(LanguageServices.injector());
		assertEquals(scan(new LexicalScanner(LanguageServices.injector()), document), scan(incremental, document));
		Random random = new Random(20261201);
		for (int i = 0; i < 200; i++) {
			int at = random.nextInt(document.getLength());
			if (random.nextBoolean()) {
				document.replace(at, 0, INSERTS[random.nextInt(INSERTS.length)]);
			} else {
				document.replace(at, Math.min(random.nextInt(8), document.getLength() - at), "");
			}
			assertEquals(scan(new LexicalScanner(LanguageServices.injector()), document), scan(incremental, document), "after edit " + i);
		}
	}

	private static List<Scanned> scan(LexicalScanner scanner, Document document) {
		scanner.setRange(document, 0, document.getLength());
		List<Scanned> tokens = new ArrayList<>();
		for (IToken t = scanner.nextToken(); !t.isEOF(); t = scanner.nextToken()) {
			tokens.add(new Scanned(scanner.getTokenOffset(), scanner.getTokenLength(), t.getData()));
		}
		return tokens;
	}
}
