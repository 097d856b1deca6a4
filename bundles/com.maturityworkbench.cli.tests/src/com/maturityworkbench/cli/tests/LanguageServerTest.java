package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.cli.MwbCommand;
import com.maturityworkbench.dsl.tests.ShippedDraft;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.json.JsonReader;

/**
 * {@code mwb lsp} driven by an lsp4j client over a pipe pair, on a copy of the shipped draft's folder: initialize, open
 * every file, the diagnostics of every file are exactly the findings {@code mwb validate} reports (codes and Chinese
 * messages, line by line), a subdomain name is completed, a quick fix is requested as a code action and applied (its
 * finding goes, nothing else changes), a weight edited in {@code weights.maturity} re-publishes the diagnostics of a
 * table file, a file with its whitespace disturbed is formatted back, symbols, hover and go to definition answer.
 * The cold start and the time to the first diagnostics are printed.
 */
class LanguageServerTest {
	@TempDir
	static Path dir;
	static Path folder;
	static LanguageServer server;
	static Launcher<LanguageServer> launcher;
	static Thread serverThread;
	static final int[] exit = { -1 };
	static final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	static final Map<String, Integer> publications = new ConcurrentHashMap<>();
	static long firstDiagnosticsNanos;

	/** The client: keeps the latest diagnostics of every file. */
	static class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams p) {
			synchronized (diagnostics) {
				if (firstDiagnosticsNanos == 0) {
					firstDiagnosticsNanos = System.nanoTime();
				}
				diagnostics.put(p.getUri(), p.getDiagnostics());
				publications.merge(p.getUri(), 1, Integer::sum);
				diagnostics.notifyAll();
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	static String uri(String file) {
		return folder.resolve(file).toUri().toString();
	}

	/** The URI as the server writes it (Xtext writes file:///…, the JDK file:/…): compared by path. */
	static String key(String file) {
		Path wanted = folder.resolve(file).toAbsolutePath().normalize();
		synchronized (diagnostics) {
			return diagnostics.keySet().stream().filter(u -> Path.of(java.net.URI.create(u)).toAbsolutePath().normalize().equals(wanted)).findFirst()
					.orElse(null);
		}
	}

	/**
	 * The file's diagnostics once they satisfy {@code done}; when they do not within a minute, the latest ones (the
	 * assertion that follows shows the difference).
	 */
	static List<Diagnostic> await(String file, Predicate<List<Diagnostic>> done) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		synchronized (diagnostics) {
			while (true) {
				String k = key(file);
				if (k != null && done.test(diagnostics.get(k))) {
					return diagnostics.get(k);
				}
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					assertNotNull(k, "no diagnostics of " + file);
					return diagnostics.get(k);
				}
				diagnostics.wait(left);
			}
		}
	}

	static int published(String file) {
		String k = key(file);
		return k == null ? 0 : publications.getOrDefault(k, 0);
	}

	@BeforeAll
	static void start() throws Exception {
		Language.set(Language.ZH);
		folder = Files.createDirectories(dir.resolve("draft"));
		try (Stream<Path> files = Files.list(ShippedDraft.folder())) {
			for (Path f : files.filter(p -> p.toString().endsWith(".maturity")).toList()) {
				Files.copy(f, folder.resolve(f.getFileName().toString()));
			}
		}
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		InputStream serverIn = Channels.newInputStream(toServer.source());
		OutputStream serverOut = Channels.newOutputStream(toClient.sink());
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		long t0 = System.nanoTime();
		serverThread = new Thread(() -> exit[0] = new MwbCommand(serverIn, new PrintStream(serverOut, true), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(new String[] { "--lang", "zh", "lsp" }), "mwb lsp");
		serverThread.start();
		launcher = LSPLauncher.createClientLauncher(new Client(), Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "draft")));
		init.setRootUri(folder.toUri().toString());
		assertNotNull(server.initialize(init).get(180, TimeUnit.SECONDS).getCapabilities().getCodeActionProvider());
		long initialized = System.nanoTime();
		server.initialized(new InitializedParams());
		for (String f : files()) {
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(f), "maturity", 1, text(f))));
		}
		await("table5-common.maturity", d -> !d.isEmpty());
		System.out.printf("mwb lsp: initialize answered after %d ms, first diagnostics after %d ms%n", (initialized - t0) / 1_000_000,
				(firstDiagnosticsNanos - t0) / 1_000_000);
	}

	@AfterAll
	static void stop() throws Exception {
		server.shutdown().get(60, TimeUnit.SECONDS);
		server.exit();
		serverThread.join(30_000);
		assertEquals(0, exit[0], "mwb lsp exits 0 after shutdown and exit");
	}

	static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".maturity")).sorted().toList();
		}
	}

	static String text(String file) throws IOException {
		return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
	}

	/** line:code:message, 1-based line, sorted: how mwb validate's findings and the diagnostics are compared. */
	static List<String> lines(List<Diagnostic> ds) {
		return ds.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":" + code(d) + ":" + message(d).replace('\n', ' ')).sorted().toList();
	}

	static String message(Diagnostic d) {
		return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
	}

	static String code(Diagnostic d) {
		return d.getCode() == null ? "" : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	@SuppressWarnings("unchecked")
	static List<String> validated(String file) {
		Cli.Run run = Cli.run("--lang", "zh", "validate", folder.toString(), "--format", "json");
		List<String> lines = new ArrayList<>();
		for (Object o : (List<Object>) JsonReader.parse(run.out())) {
			Map<String, Object> f = (Map<String, Object>) o;
			if (Path.of((String) f.get("file")).getFileName().toString().equals(file)) {
				lines.add(f.get("line") + ":" + f.get("code") + ":" + f.get("message"));
			}
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}

	/**
	 * {@code mwb lsp} as an editor starts it: a JVM of its own, the protocol on its stdin and stdout. Its cold start
	 * (to the answer to initialize) and the time to the first diagnostics and to all of them (the 286 findings of
	 * {@code mwb validate}) are printed; after shutdown and exit it ends with 0.
	 */
	@Test
	void aSeparateMwbLspProcessServesTheDraft() throws Exception {
		Path copy = Files.createDirectories(dir.resolve("process-draft"));
		for (String f : files()) {
			Files.copy(folder.resolve(f), copy.resolve(f));
		}
		Map<String, Integer> counts = new ConcurrentHashMap<>();
		long[] first = { 0 };
		LanguageClient client = new Client() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams p) {
				synchronized (counts) {
					if (first[0] == 0) {
						first[0] = System.nanoTime();
					}
					counts.put(p.getUri(), p.getDiagnostics().size());
					counts.notifyAll();
				}
			}
		};
		long t0 = System.nanoTime();
		Process process = MwbProcess.startPiped(dir, "--lang", "zh", "lsp");
		Launcher<LanguageServer> connection = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
		connection.startListening();
		LanguageServer remote = connection.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(copy.toUri().toString(), "draft")));
		init.setRootUri(copy.toUri().toString());
		remote.initialize(init).get(180, TimeUnit.SECONDS);
		long initialized = System.nanoTime();
		remote.initialized(new InitializedParams());
		for (String f : files()) {
			remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(copy.resolve(f).toUri().toString(), "maturity", 1, text(f))));
		}
		long deadline = System.currentTimeMillis() + 180_000;
		synchronized (counts) {
			while ((counts.size() < files().size() || counts.values().stream().mapToInt(Integer::intValue).sum() != 286)
					&& System.currentTimeMillis() < deadline) {
				counts.wait(1_000);
			}
		}
		long all = System.nanoTime();
		assertEquals(286, counts.values().stream().mapToInt(Integer::intValue).sum(), counts.toString());
		System.out.printf("mwb lsp (own process): initialize answered after %d ms, first diagnostics after %d ms, all %d after %d ms%n",
				(initialized - t0) / 1_000_000, (first[0] - t0) / 1_000_000, 286, (all - t0) / 1_000_000);
		remote.shutdown().get(60, TimeUnit.SECONDS);
		remote.exit();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "mwb lsp ends after exit");
		assertEquals(0, process.exitValue());
	}

	@Test
	void theDiagnosticsOfEveryFileAreTheFindingsOfMwbValidate() throws Exception {
		int total = 0;
		for (String f : files()) {
			List<String> expected = validated(f);
			List<Diagnostic> got = await(f, d -> lines(d).equals(expected));
			assertEquals(expected, lines(got), f);
			total += got.size();
		}
		assertEquals(286, total, "209 warnings and 77 infos, as mwb validate counts them");
		List<Diagnostic> table5 = await("table5-common.maturity", d -> true);
		Diagnostic clauseEnd = table5.stream().filter(d -> code(d).equals("text.clause-end")).findFirst().orElseThrow();
		assertEquals("表5“数据资产”五级 a)：条文以“,”结尾，句子没有写完（…确权授权使用要求相衔接,）", message(clauseEnd));
		assertEquals(225, clauseEnd.getRange().getStart().getLine());
	}

	/** The labels the server completes at a position of a file. */
	static List<String> completed(String file, Position at) throws Exception {
		Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri(file)), at)).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	/**
	 * The subdomains of a domain of a weight table, in order, read from the text of {@code weights.maturity} line by
	 * line (its layout: {@code weights 表N …}, {@code   domain NAME}, {@code     SUBDOMAIN W%}).
	 */
	static List<String> weightedSubdomains(String weightTable, String domain) throws IOException {
		List<String> names = new ArrayList<>();
		boolean inTable = false;
		boolean inDomain = false;
		for (String line : text("weights.maturity").split("\n")) {
			if (line.startsWith("weights ")) {
				inTable = line.startsWith("weights " + weightTable + " ");
				inDomain = false;
			} else if (inTable && line.startsWith("  domain ")) {
				inDomain = line.strip().equals("domain " + domain);
			} else if (inDomain && line.startsWith("    ") && !line.isBlank()) {
				names.add(line.strip().substring(0, line.strip().lastIndexOf(' ')));
			}
		}
		return names;
	}

	@Test
	void aSubdomainNameIsCompleted() throws Exception {
		String file = "table5-common.maturity";
		String original = text(file);
		List<String> before = lines(await(file, d -> !d.isEmpty()));
		List<String> weighted = weightedSubdomains("表1", "组织");
		assertEquals(4, weighted.size(), weighted.toString());
		// in the name of an existing row, after 组: the row's own name
		List<String> lines = List.of(original.split("\n", -1));
		int line = lines.indexOf("    subdomain 组织建设");
		int character = lines.get(line).indexOf("组织建设") + 1;
		assertEquals(List.of("组织建设"), completed(file, new Position(line, character)));
		// a domain whose rows are gone, a new row begun: every subdomain of 表1's domain 组织, in the weight table's order
		int from = original.indexOf("  domain 组织\n") + "  domain 组织\n".length();
		int to = original.indexOf("\n  domain ", from) + 1;
		String emptied = original.substring(0, from) + "    subdomain \n" + original.substring(to);
		change(file, emptied);
		int newRow = List.of(emptied.split("\n", -1)).indexOf("    subdomain ");
		assertEquals(weighted.stream().sorted().toList(), completed(file, new Position(newRow, "    subdomain ".length())).stream().sorted().toList());
		change(file, original);
		await(file, d -> lines(d).equals(before));
	}

	@Test
	void symbolsHoverAndDefinitionAnswer() throws Exception {
		String weights = "weights.maturity";
		List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(weights)))).get(60, TimeUnit.SECONDS);
		List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).toList();
		assertTrue(names.stream().anyMatch(n -> n.contains("表1")), names.toString());
		// "part of nonferrous_dt_maturity" in the first line of a table file: its definition is the standard's header
		Position partOf = new Position(0, "part of ".length() + 2);
		Either<List<? extends Location>, List<? extends LocationLink>> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri("table5-common.maturity")), partOf)).get(60, TimeUnit.SECONDS);
		List<String> targets = definition.isLeft() ? definition.getLeft().stream().map(Location::getUri).toList()
				: definition.getRight().stream().map(LocationLink::getTargetUri).toList();
		assertEquals(1, targets.size(), targets.toString());
		assertTrue(targets.get(0).endsWith("/standard.maturity"), targets.toString());
		Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("table5-common.maturity")), partOf))
				.get(60, TimeUnit.SECONDS);
		assertNotNull(hover); // its text for a header reference is empty: see the report
	}

	/** Applies LSP text edits to a text (last first). */
	static String apply(String text, List<TextEdit> edits) {
		org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, text);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		StringBuilder b = new StringBuilder(text);
		for (TextEdit e : sorted) {
			b.replace(document.getOffSet(e.getRange().getStart()), document.getOffSet(e.getRange().getEnd()), e.getNewText());
		}
		return b.toString();
	}

	static int version = 10;

	static void change(String file, String text) {
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(file), version++),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The code actions the server offers for one of its diagnostics. */
	static List<CodeAction> codeActions(String file, Diagnostic finding) throws Exception {
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(file)), finding.getRange(), new CodeActionContext(List.of(finding))))
				.get(60, TimeUnit.SECONDS);
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	/** The text edits of a code action on one file. */
	static List<TextEdit> edits(CodeAction action) {
		WorkspaceEdit edit = action.getEdit();
		assertNotNull(edit, "the code action carries its edit: " + action.getTitle());
		return edit.getChanges() != null ? edit.getChanges().values().iterator().next()
				: edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
	}

	@Test
	void aQuickFixIsOfferedAsACodeActionAndApplied() throws Exception {
		String file = "table8-processing.maturity";
		String original = text(file);
		List<Diagnostic> before = await(file, d -> !d.isEmpty());
		// a cell's last clause ending in ；: its ； becomes 。 (one fix); a clause cut short (句子没有写完): words are missing, no fix
		List<Diagnostic> clauseEnds = before.stream().filter(d -> code(d).equals("text.clause-end")).toList();
		List<Diagnostic> semicolons = clauseEnds.stream().filter(d -> message(d).matches(".*的最后一条以“[；;]”结尾.*")).toList();
		assertTrue(semicolons.size() > 1 && semicolons.size() < clauseEnds.size(), lines(clauseEnds).toString());
		for (Diagnostic d : clauseEnds) {
			assertEquals(semicolons.contains(d) ? 1 : 0, codeActions(file, d).size(), message(d));
		}
		Diagnostic finding = semicolons.get(0);
		List<CodeAction> actions = codeActions(file, finding);
		CodeAction action = actions.get(0);
		assertTrue(action.getTitle().matches("将末尾的“[；;]”改为“。”"), action.getTitle());
		assertEquals("quickfix", action.getKind());
		String fixed = apply(original, edits(action));
		org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, original);
		int semicolon = original.lastIndexOf(action.getTitle().substring(5, 6), document.getOffSet(finding.getRange().getEnd()));
		assertEquals(original.substring(0, semicolon) + "。" + original.substring(semicolon + 1), fixed, "the ； that ends the cell becomes 。");
		change(file, fixed);
		List<String> expected = new ArrayList<>(lines(before));
		expected.remove((finding.getRange().getStart().getLine() + 1) + ":" + code(finding) + ":" + message(finding));
		List<Diagnostic> after = await(file, d -> lines(d).equals(expected));
		assertEquals(expected, lines(after), "the finding fixed goes, nothing else changes");
		change(file, original);
		await(file, d -> lines(d).equals(lines(before)));
	}

	/**
	 * The code actions are {@code mwb fix}'s fixes: every clause end of a file that has exactly one code action, made
	 * together on one snapshot, gives the text {@code mwb fix --code text.clause-end} writes into a copy of the folder.
	 */
	@Test
	void theCodeActionsMakeTheFixesMwbFixMakes() throws Exception {
		String file = "table8-processing.maturity";
		String original = text(file);
		List<Diagnostic> before = await(file, d -> !d.isEmpty());
		List<TextEdit> all = new ArrayList<>();
		int single = 0;
		for (Diagnostic d : before.stream().filter(d -> code(d).equals("text.clause-end")).toList()) {
			List<CodeAction> actions = codeActions(file, d);
			if (actions.size() == 1) {
				all.addAll(edits(actions.get(0)));
				single++;
			}
		}
		assertTrue(single > 1, "clause ends with one fix: " + single);
		Path copy = Files.createDirectories(dir.resolve("headless"));
		for (String f : files()) {
			Files.copy(folder.resolve(f), copy.resolve(f));
		}
		// a process of its own: mwb fix sets the language up for itself, as it does when a drafter runs it
		MwbProcess fix = MwbProcess.start(dir, "--lang", "zh", "fix", copy.toString(), "--code", "text.clause-end");
		assertEquals(0, fix.waitFor(180), fix.stderr());
		assertEquals(Files.readString(copy.resolve(file), StandardCharsets.UTF_8), apply(original, all));
	}

	@Test
	void aWeightEditRepublishesTheDiagnosticsOfTheTableFiles() throws Exception {
		String table = "table5-common.maturity";
		List<Diagnostic> before = await(table, d -> !d.isEmpty());
		assertTrue(lines(before).stream().noneMatch(l -> l.contains("“组织建设x”")));
		String weights = text("weights.maturity");
		int publishedBefore = published(table);
		change("weights.maturity", weights.replace("    组织建设 3%", "    组织建设x 3%"));
		List<Diagnostic> after = await(table, d -> !lines(d).equals(lines(before)));
		assertTrue(published(table) > publishedBefore);
		assertTrue(after.stream().anyMatch(d -> code(d).startsWith("coverage.")), lines(after).toString());
		change("weights.maturity", weights);
		await(table, d -> lines(d).equals(lines(before)));
	}

	/**
	 * A file whose lines end in lone carriage returns and that stops in the middle of a row (as FuzzFoundInputsTest
	 * has it for mwb validate): Xtext's own line counting once read past its end; the server publishes its syntax
	 * error on the line a CR ends, and the file's original text brings its diagnostics back.
	 */
	@Test
	void aFileOfLoneCarriageReturnsCutShortHasItsSyntaxErrorPublished() throws Exception {
		String file = "table5-common.maturity";
		List<Diagnostic> before = await(file, d -> !d.isEmpty());
		String original = text(file);
		List<String> lines = original.lines().limit(9).toList();
		try {
			change(file, String.join("\r", lines) + "\r    subdomain\r");
			List<Diagnostic> cut = await(file, d -> d.stream().anyMatch(x -> code(x).equals("syntax")));
			List<Integer> syntaxLines = cut.stream().filter(x -> code(x).equals("syntax")).map(x -> x.getRange().getStart().getLine() + 1).toList();
			assertFalse(syntaxLines.isEmpty(), lines(cut).toString());
			assertTrue(syntaxLines.stream().allMatch(l -> l >= 10 && l <= 11), lines(cut).toString());
			assertTrue(lines(cut).contains("10:syntax:语法错误：无法理解“文件结尾”"), lines(cut).toString());
		} finally {
			change(file, original);
		}
		assertEquals(lines(before), lines(await(file, d -> lines(d).equals(lines(before)))));
	}

	@Test
	void aFileWithItsWhitespaceDisturbedIsFormattedBack() throws Exception {
		String file = "interpretations.maturity";
		String original = text(file);
		FormattingOptions options = new FormattingOptions(2, true);
		List<? extends TextEdit> canonical = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri(file)), options)).get(60, TimeUnit.SECONDS);
		String formatted = apply(original, new ArrayList<>(canonical));
		String disturbed = formatted.replaceFirst("\n(\\s+)(\\S)", "\n$1    $2").replace("\n\n", "\n\n\n");
		assertFalse(disturbed.equals(formatted));
		change(file, disturbed);
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri(file)), options)).get(60, TimeUnit.SECONDS);
		assertEquals(formatted, apply(disturbed, new ArrayList<>(edits)));
		change(file, original);
	}
}
