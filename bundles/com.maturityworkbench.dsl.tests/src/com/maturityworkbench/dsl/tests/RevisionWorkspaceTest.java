package com.maturityworkbench.dsl.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.maturityworkbench.dsl.analysis.CheckedFile;
import com.maturityworkbench.dsl.analysis.Finding;
import com.maturityworkbench.dsl.analysis.Finding.Severity;
import com.maturityworkbench.dsl.analysis.RevisionChecker;
import com.maturityworkbench.dsl.analysis.RevisionLoader;
import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.dsl.workspace.RevisionWorkspace;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.scoring.model.Subdomain;

/**
 * The revision workspace service: reading files and folders (each refusal by its message), grouping files into
 * revisions side by side, the one validity rule, and re-checking a whole revision after an in-memory edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(MaturityInjectorProvider.class)
class RevisionWorkspaceTest {

	/** The language a test set does not outlive it: the next test class starts in Chinese, the default. */
	@AfterEach
	void restoreChinese() {
		Language.set(Language.ZH);
	}
	/** The second revision of these tests: {@link RevisionText#valid()} under another name. */
	private static final String OTHER = "另一修订";
	/** Where the in-memory files pretend to live: nothing is ever read from there. */
	private static final String MEMORY = "/mwb-memory/";

	@Inject
	private RevisionWorkspaceService service;

	@Inject
	private RevisionLoader loader;

	@Inject
	private RevisionChecker checker;

	@TempDir
	Path dir;

	@BeforeEach
	void chinese() {
		Language.set(Language.ZH);
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(UTF_8));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}

	private static String renamed(String text, String name) {
		return text.replace("standard " + RevisionText.NAME, "standard " + name).replace("part of " + RevisionText.NAME, "part of " + name);
	}

	private static SourceText memory(String name, String text) {
		return new SourceText(name, MEMORY + name, text);
	}

	private static List<String> labels(List<SourceText> sources) {
		return sources.stream().map(SourceText::label).toList();
	}

	private static String refusal(ThrowingRead read) {
		return assertThrows(UnusableInputException.class, read::run).getMessage();
	}

	private interface ThrowingRead {
		void run() throws UnusableInputException;
	}

	// ---- reading ----

	@Test
	void folderReadsEveryRevisionFileInsideItSortedAndNothingElse() throws IOException, UnusableInputException {
		write("rev/b.maturity", "part of x\n");
		write("rev/a.maturity", "standard x \"X\"\n");
		write("rev/sub/c.maturity", "part of x\n");
		write("rev/README.md", "征求意见稿".getBytes(java.nio.charset.Charset.forName("GBK"))); // unusable if it were read
		write("rev/tables.json", new byte[] { '{', 0, '}' });
		List<SourceText> sources = RevisionFiles.read(List.of(dir.resolve("rev").toString()));
		assertEquals(List.of(dir.resolve("rev/a.maturity").toString(), dir.resolve("rev/b.maturity").toString(),
				dir.resolve("rev/sub/c.maturity").toString()), labels(sources));
		assertEquals("standard x \"X\"\n", sources.get(0).text());
		assertEquals(dir.resolve("rev/a.maturity").toAbsolutePath().toString(), sources.get(0).absolutePath());
		// the service reads the same files, and groups them: one revision named x
		RevisionWorkspace workspace = service.open(List.of(dir.resolve("rev").toString()));
		assertEquals(labels(sources), labels(workspace.sources()));
		assertEquals(List.of("x"), workspace.revisions().stream().map(WorkspaceRevision::name).toList());
	}

	@Test
	void aFileNamedThatIsNotARevisionFileIsRefusedByName() throws IOException {
		Path readme = write("README.md", "# 有色金属行业数字化转型成熟度评估\n");
		assertEquals(readme + ": 不是修订版文件（修订版文件的扩展名为 .maturity）", refusal(() -> RevisionFiles.read(List.of(readme.toString()))));
		Language.set(Language.EN);
		assertEquals(readme + ": not a revision file (revision files end in .maturity)", refusal(() -> RevisionFiles.read(List.of(readme.toString()))));
	}

	@Test
	void missingFileAndEmptyFolderAreRefusedByName() throws IOException {
		Path missing = dir.resolve("nowhere.maturity");
		assertEquals(missing + ": 没有这个文件或文件夹", refusal(() -> RevisionFiles.read(List.of(missing.toString()))));
		write("empty/notes.txt", "nothing here");
		Path empty = dir.resolve("empty");
		assertEquals(empty + ": 文件夹中没有 .maturity 文件", refusal(() -> RevisionFiles.read(List.of(empty.toString()))));
		assertEquals("没有给出修订版文件", refusal(() -> RevisionFiles.read(List.of())));
	}

	@Test
	void byteOrderMarkIsDroppedAndTheTextKeptExactly() throws IOException, UnusableInputException {
		String text = RevisionText.valid().singleFile();
		byte[] body = text.getBytes(UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		Path file = write("bom.maturity", bytes);
		assertEquals(text, RevisionFiles.read(List.of(file.toString())).get(0).text());
	}

	@Test
	void textThatIsNotUtf8IsRefusedNamingByteAndLine() throws IOException {
		byte[] bytes = "standard x \"X\"\n// \u7ae0\n".getBytes(java.nio.charset.Charset.forName("GBK"));
		Path file = write("gbk.maturity", bytes);
		int first = "standard x \"X\"\n// ".length();
		assertEquals(String.format("%s: 不是 UTF-8 文本（第 %d 字节处的字节 0x%02X 无效，第 2 行）；请将文件另存为 UTF-8", file, first, bytes[first] & 0xff),
				refusal(() -> RevisionFiles.read(List.of(file.toString()))));
	}

	/** MODEL as generate and score take it: the file named first, then the other revision files of its folder. */
	@Test
	void aModelFileIsReadWithTheOtherRevisionFilesOfItsFolder() throws IOException, UnusableInputException {
		for (Map.Entry<String, String> e : RevisionText.valid().files().entrySet()) {
			write("rev/" + e.getKey(), e.getValue());
		}
		write("rev/notes.txt", "not read");
		Path common = dir.resolve("rev/common.maturity");
		List<SourceText> sources = RevisionFiles.readModel(common.toString());
		assertEquals(List.of(common.toString(), dir.resolve("rev/head.maturity").toString(), dir.resolve("rev/mining.maturity").toString()),
				labels(sources));
	}

	// ---- grouping ----

	@Test
	void twoRevisionsSideBySideAreGroupedByNameEachInAResourceSetOfItsOwn() {
		Map<String, String> split = RevisionText.valid().files();
		List<SourceText> sources = new ArrayList<>();
		sources.add(memory("a/head.maturity", split.get("head.maturity")));
		sources.add(memory("b/revision.maturity", renamed(RevisionText.valid().singleFile(), OTHER)));
		sources.add(memory("a/common.maturity", split.get("common.maturity")));
		sources.add(memory("a/mining.maturity", split.get("mining.maturity")));
		RevisionWorkspace workspace = service.load(sources);

		assertEquals(List.of(RevisionText.NAME, OTHER), workspace.revisions().stream().map(WorkspaceRevision::name).toList());
		WorkspaceRevision a = workspace.revisions().get(0);
		WorkspaceRevision b = workspace.revisions().get(1);
		assertEquals(List.of("a/head.maturity", "a/common.maturity", "a/mining.maturity"), labels(a.sources()));
		assertEquals(List.of("b/revision.maturity"), labels(b.sources()));
		assertEquals(3, a.revision().files().size());
		assertSame(a.loaded().files().get(0).model(), a.revision().files().get(0), "the head file first");
		assertNotSame(a.loaded().resourceSet(), b.loaded().resourceSet());
		assertEquals(3, a.loaded().resourceSet().getResources().size());
		assertEquals(1, b.loaded().resourceSet().getResources().size());
		// both are complete and clean, each on its own as together
		assertEquals(List.of(), workspace.findings());
		assertEquals(RevisionText.NAME, scoringModel(a).revisionId());
		assertEquals(OTHER, scoringModel(b).revisionId());
		assertEquals(List.of("表1", "表2"), scoringModel(b).tables().stream().map(t -> t.id()).toList());
	}

	/**
	 * Two revisions of one standard (the same name, another revision label) in two folders: two revisions, each of
	 * its folder's files (a part file in a sub-folder joins the head file above it), each in a resource set of its
	 * own, nothing linked across and no name found twice; an edit in one leaves the other as it was.
	 */
	@Test
	void twoRevisionsOfOneStandardInTwoFoldersAreKeptApart() {
		Map<String, String> files = RevisionText.valid().files();
		RevisionText rebalanced = RevisionText.valid();
		rebalanced.weights("表1").sub("组织建设").weight = "11%";
		rebalanced.weights("表1").sub("转型战略").weight = "13%";
		Map<String, String> second = rebalanced.files();
		List<SourceText> sources = new ArrayList<>();
		files.forEach((name, text) -> sources.add(memory("old/" + name, text)));
		second.forEach((name, text) -> sources.add(memory(name.equals("mining.maturity") ? "new/tables/" + name : "new/" + name,
				name.equals(RevisionText.HEAD_FILE) ? text.replace("revision \"征求意见稿\"", "revision \"送审稿\"") : text)));
		RevisionWorkspace workspace = service.load(sources);

		assertEquals(List.of(RevisionText.NAME, RevisionText.NAME), workspace.revisions().stream().map(WorkspaceRevision::name).toList());
		WorkspaceRevision old = workspace.revisions().get(0);
		WorkspaceRevision nu = workspace.revisions().get(1);
		assertEquals(List.of("old/head.maturity", "old/common.maturity", "old/mining.maturity"), labels(old.sources()));
		assertEquals(List.of("new/head.maturity", "new/common.maturity", "new/tables/mining.maturity"), labels(nu.sources()));
		assertNotSame(old.loaded().resourceSet(), nu.loaded().resourceSet());
		assertEquals(3, old.loaded().resourceSet().getResources().size());
		assertEquals(3, nu.loaded().resourceSet().getResources().size());
		assertEquals(List.of(), workspace.findings(), "no table, subdomain or standard found twice");
		assertEquals("征求意见稿", old.revision().standard().getRevision());
		assertEquals("送审稿", nu.revision().standard().getRevision());
		assertEquals(List.of(Rational.of(12, 100), Rational.of(12, 100)), weightsOf(old, "组织建设", "转型战略"));
		assertEquals(List.of(Rational.of(11, 100), Rational.of(13, 100)), weightsOf(nu, "组织建设", "转型战略"));

		// an edit in the new revision re-checks it alone
		String common = sources.get(4).text();
		RevisionWorkspace edited = workspace.withText(MEMORY + "new/common.maturity", common.replace("    转型战略 13%", "    转型战略 14%"));
		assertSame(old, edited.revisions().get(0));
		assertEquals(List.of("weights.part-sum", "weights.model-sum"), edited.revisions().get(1).findings().stream().map(Finding::code).toList());
		assertEquals(labels(nu.sources()), labels(edited.revisions().get(1).sources()));
	}

	private static List<Rational> weightsOf(WorkspaceRevision revision, String... subdomains) {
		List<Subdomain> all = scoringModel(revision).tables().get(0).domains().stream().flatMap(d -> d.subdomains().stream()).toList();
		List<Rational> weights = new ArrayList<>();
		for (String name : subdomains) {
			weights.add(all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().weight());
		}
		return weights;
	}

	private static com.maturityworkbench.scoring.model.RevisionModel scoringModel(WorkspaceRevision revision) {
		try {
			return revision.scoringModel();
		} catch (RevisionRefusedException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	// ---- the validity rule ----

	/**
	 * The one rule: a revision is usable when its own files have no error; a draft's warnings do not count, nor do
	 * the errors of another revision's file, or of a file that names no revision, loaded beside it.
	 */
	@Test
	void anErrorInAFileOfAnotherRevisionDoesNotBlockThisOne() {
		RevisionText draft = RevisionText.valid();
		draft.weights("表1").sub("组织建设").weight = "11%";
		RevisionText broken = RevisionText.valid();
		broken.comparison = "=>";
		String brokenText = renamed(broken.singleFile(), OTHER);
		String scratch = "这不是修订版\n";
		RevisionWorkspace workspace = service.load(List.of(memory("draft.maturity", draft.singleFile()), memory("broken.maturity", brokenText),
				memory("scratch.maturity", scratch)));

		assertEquals(List.of(RevisionText.NAME, OTHER), workspace.revisions().stream().map(WorkspaceRevision::name).toList());
		assertEquals(3, workspace.groups().size());
		assertTrue(workspace.hasErrors());

		WorkspaceRevision usable = workspace.revisions().get(0);
		assertEquals(List.of("weights.part-sum", "weights.model-sum"), usable.findings().stream().map(Finding::code).toList());
		assertTrue(usable.findings().stream().allMatch(f -> f.severity() == Severity.WARNING && f.file().equals("draft.maturity")));
		assertTrue(usable.isUsable());
		assertEquals(RevisionText.NAME, scoringModel(usable).revisionId());

		WorkspaceRevision refused = workspace.revisions().get(1);
		Finding syntax = new Finding("broken.maturity", Validated.locate("broken.maturity", brokenText, brokenText.indexOf("=>")).line(),
				Validated.locate("broken.maturity", brokenText, brokenText.indexOf("=>")).column(), Severity.ERROR, "syntax", "语法错误：无法理解“=”");
		assertEquals(List.of(syntax), refused.findings());
		assertFalse(refused.isUsable());
		RevisionRefusedException why = assertThrows(RevisionRefusedException.class, refused::requireUsable);
		assertEquals("修订版 另一修订 有 1 个错误；有错误的修订版不能评分，也不能据以生成", why.getMessage());
		assertEquals(List.of(syntax), why.errors());
		assertEquals(why.getMessage(), assertThrows(RevisionRefusedException.class, refused::scoringModel).getMessage());

		WorkspaceRevision unnamed = workspace.groups().get(2);
		assertNull(unnamed.name());
		assertEquals(List.of("syntax"), unnamed.findings().stream().map(Finding::code).toList());
		assertEquals("scratch.maturity: 这个文件不属于任何修订版（没有 standard 行，也没有 part of 行）",
				assertThrows(RevisionRefusedException.class, unnamed::requireUsable).getMessage());
		Language.set(Language.EN);
		RevisionWorkspace again = service.load(List.of(memory("broken.maturity", brokenText)));
		assertEquals("revision 另一修订 has 1 error; a revision with errors can neither be scored nor generated from",
				assertThrows(RevisionRefusedException.class, () -> again.revisions().get(0).requireUsable()).getMessage());
	}

	@Test
	void aModelArgumentNamesOneRevisionOrIsRefused() throws IOException, UnusableInputException {
		for (Map.Entry<String, String> e : RevisionText.valid().files().entrySet()) {
			write("both/a/" + e.getKey(), e.getValue());
		}
		write("both/a/scratch.maturity", "这不是修订版\n"); // beside it, broken: it does not block it
		write("both/b/revision.maturity", renamed(RevisionText.valid().singleFile(), OTHER));
		Path mining = dir.resolve("both/a/mining.maturity");

		WorkspaceRevision a = service.openRevision(mining.toString());
		assertEquals(RevisionText.NAME, a.name());
		assertEquals(List.of(mining.toString(), dir.resolve("both/a/common.maturity").toString(), dir.resolve("both/a/head.maturity").toString()),
				labels(a.sources()));
		assertTrue(a.isUsable());
		assertEquals(OTHER, service.openRevision(dir.resolve("both/b").toString()).name());

		Path both = dir.resolve("both");
		assertEquals(both + ": 其中有 2 个修订版（有色转型, 另一修订）；请指定其中一个修订版的某个文件", refusal(() -> service.openRevision(both.toString())));
		Path scratch = dir.resolve("both/a/scratch.maturity");
		assertEquals(scratch + ": 不是修订版文件（没有 standard 行，也没有 part of 行）", refusal(() -> service.openRevision(scratch.toString())));
		write("none/scratch.maturity", "这不是修订版\n");
		Path none = dir.resolve("none");
		assertEquals(none + ": 其中没有修订版（没有以 standard 或 part of 开头的文件）", refusal(() -> service.openRevision(none.toString())));
	}

	// ---- in-memory edits ----

	/** 表2 and 表6 in files of their own: weights.maturity (Tables 1-2), requirements.maturity (Tables 5-6). */
	private static Map<String, String> weightsAndRequirementsApart() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").file = "weights.maturity";
		rev.weights("表2").file = "weights.maturity";
		rev.requirements("表5").file = "requirements.maturity";
		rev.requirements("表6").file = "requirements.maturity";
		return rev.files();
	}

	/**
	 * A weight renamed in weights.maturity, unsaved: requirement rows match weights by name, so the findings of
	 * requirements.maturity, a file nobody edited, change too. The other revision loaded beside is left as it was.
	 */
	@Test
	void editingAWeightInMemoryRefreshesTheFindingsOfTheRequirementFile() {
		Map<String, String> files = weightsAndRequirementsApart();
		List<SourceText> sources = new ArrayList<>();
		files.forEach((name, text) -> sources.add(memory(name, text)));
		sources.add(memory("other/revision.maturity", renamed(RevisionText.valid().singleFile(), OTHER)));
		RevisionWorkspace before = service.load(sources);
		assertEquals(List.of(), before.findingsOf(MEMORY + "requirements.maturity"));
		assertEquals(List.of(), before.findingsOf(MEMORY + "weights.maturity"));

		// 仓储物流 renamed 仓储运输: the row of 表6 now names no weight; the names are alike, so it is a drift, reported once
		String weights = files.get("weights.maturity");
		String drifted = weights.replace("    仓储物流 10%", "    仓储运输 10%");
		RevisionWorkspace after = before.withText(MEMORY + "weights.maturity", drifted);
		String requirements = files.get("requirements.maturity");
		int row = requirements.indexOf("subdomain 仓储物流") + "subdomain ".length();
		Finding drift = finding("requirements.maturity", requirements, row, "coverage.name-drift",
				"名称不一致：表6（行业特性·采选）的“仓储物流”在表2中没有同名能力子域，很可能就是表2的“仓储运输”");
		assertEquals(List.of(drift), after.findingsOf(MEMORY + "requirements.maturity"));
		assertEquals(List.of(), after.findingsOf(MEMORY + "weights.maturity"));

		// renamed 选冶联动 instead: nothing alike, so the row has no weight and the weight no row, each in its own file
		String edited = weights.replace("    仓储物流 10%", "    选冶联动 10%");
		RevisionWorkspace unlike = after.withText(MEMORY + "weights.maturity", edited);
		Finding noWeight = finding("requirements.maturity", requirements, row, "coverage.no-weight",
				"表6（行业特性·采选）的“仓储物流”在表2中没有权重，这一行不计分");
		Finding noRequirements = finding("weights.maturity", edited, edited.indexOf("选冶联动"), "coverage.no-requirements",
				"表2（行业特性·采选）的能力子域“选冶联动”（10%）在表6中没有成熟度要求，五个等级均无条款");
		assertEquals(List.of(noWeight), unlike.findingsOf(MEMORY + "requirements.maturity"));
		assertEquals(List.of(noRequirements), unlike.findingsOf(MEMORY + "weights.maturity"));
		assertEquals(List.of(noWeight, noRequirements), unlike.findings());
		// the same findings as a fresh check of the edited texts (a second way to the same result)
		List<SourceText> fresh = new ArrayList<>();
		files.forEach((name, text) -> fresh.add(memory(name, name.equals("weights.maturity") ? edited : text)));
		assertEquals(checker.check(loader.load(fresh)), unlike.revisions().get(0).findings());

		// the other revision is shared as it was; the earlier snapshot is unchanged; the text is the one given
		assertSame(before.revisions().get(1), unlike.revisions().get(1));
		assertEquals(List.of(), before.findings());
		assertEquals(List.of(drift), after.findings());
		assertEquals(edited, unlike.source(MEMORY + "weights.maturity").orElseThrow().text());
		assertEquals(labels(before.sources()), labels(unlike.sources()));

		// and back: the edit undone, the findings are gone again
		assertEquals(List.of(), unlike.withText(MEMORY + "weights.maturity", weights).findings());
	}

	/**
	 * What an editor needs of the same edit: the issues of the file nobody edited, from the one check, with the
	 * offset and length of the row's name in that file's text, the code and the data a quick fix reads (the weight
	 * table's name); and the findings of that file made from those very issues.
	 */
	@Test
	void theCheckedFilesOfAnEditedRevisionCarryTheIssuesWithOffsetsAndData() {
		Map<String, String> files = weightsAndRequirementsApart();
		List<SourceText> sources = new ArrayList<>();
		files.forEach((name, text) -> sources.add(memory(name, text)));
		RevisionWorkspace before = service.load(sources);
		assertEquals(List.of(), before.checkedFile(MEMORY + "requirements.maturity", CancelIndicator.NullImpl).orElseThrow().issues());

		String weights = files.get("weights.maturity");
		RevisionWorkspace after = before.withText(MEMORY + "weights.maturity", weights.replace("    仓储物流 10%", "    仓储运输 10%"));
		CheckedFile requirements = after.checkedFile(MEMORY + "requirements.maturity", CancelIndicator.NullImpl).orElseThrow();
		String text = files.get("requirements.maturity");
		assertEquals(text, requirements.source().text());
		assertEquals(1, requirements.issues().size(), () -> requirements.issues().toString());
		Issue drift = requirements.issues().get(0);
		assertEquals("coverage.name-drift", drift.getCode());
		assertEquals(text.indexOf("subdomain 仓储物流") + "subdomain ".length(), drift.getOffset());
		assertEquals("仓储物流".length(), drift.getLength());
		assertEquals(List.of("仓储运输"), List.of(drift.getData()));
		assertEquals(after.findingsOf(MEMORY + "requirements.maturity"), requirements.findings());
		assertEquals(Validated.locate("requirements.maturity", text, drift.getOffset()).line(), requirements.findings().get(0).line());
		// the weights file itself is clean, and its resource is the one the workspace parsed from the edited text
		CheckedFile edited = after.checkedFile(MEMORY + "weights.maturity", CancelIndicator.NullImpl).orElseThrow();
		assertEquals(List.of(), edited.issues());
		assertTrue(edited.file().resource().getParseResult().getRootNode().getText().contains("仓储运输 10%"));
		// a file the workspace does not hold has no checked file
		assertTrue(after.checkedFile(MEMORY + "nowhere.maturity", CancelIndicator.NullImpl).isEmpty());
	}

	/** An edit may move a file to another revision: both are checked again. */
	@Test
	void anEditThatChangesTheHeaderMovesTheFileToTheRevisionItNamesNow() {
		Map<String, String> files = RevisionText.valid().files();
		Map<String, String> other = new LinkedHashMap<>();
		RevisionText.valid().files().forEach((name, text) -> other.put("other/" + name, renamed(text, OTHER)));
		List<SourceText> sources = new ArrayList<>();
		files.forEach((name, text) -> sources.add(memory(name, text)));
		other.forEach((name, text) -> sources.add(memory(name, text)));
		RevisionWorkspace before = service.load(sources);
		assertEquals(List.of(), before.findings());

		// mining.maturity (表2, 表6) now says it is part of the other revision, which has its own 表2 and 表6
		String moved = renamed(files.get("mining.maturity"), OTHER);
		RevisionWorkspace after = before.withText(MEMORY + "mining.maturity", moved);
		WorkspaceRevision left = after.revisions().get(0);
		WorkspaceRevision joined = after.revisions().get(1);
		assertEquals(List.of("head.maturity", "common.maturity"), labels(left.sources()));
		assertEquals(List.of("mining.maturity", "other/head.maturity", "other/common.maturity", "other/mining.maturity"), labels(joined.sources()));
		// each is checked again, with the findings a fresh check of its texts gives
		assertEquals(checker.check(loader.load(List.of(memory("head.maturity", files.get("head.maturity")),
				memory("common.maturity", files.get("common.maturity"))))), left.findings());
		List<SourceText> joinedTexts = new ArrayList<>(List.of(memory("mining.maturity", moved)));
		other.forEach((name, text) -> joinedTexts.add(memory(name, text)));
		assertEquals(checker.check(loader.load(joinedTexts)), joined.findings());
		// 有色转型 lost its sector tables: its tailoring names 表2 subdomains no file declares any more
		assertTrue(left.findings().stream().anyMatch(f -> f.code().equals("references.unresolved") && f.file().equals("head.maturity")),
				() -> left.findings().toString());
		// 另一修订 now has 表2 and 表6 twice
		assertFalse(joined.isUsable());
	}

	private static Finding finding(String file, String text, int offset, String code, String message) {
		Validated.Location at = Validated.locate(file, text, offset);
		return new Finding(file, at.line(), at.column(), Severity.WARNING, code, message);
	}
}
