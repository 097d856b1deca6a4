package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.generate.GenerateHandler;
import com.maturityworkbench.ui.generate.RevisionGeneration;

/** 生成: in the menu 修订 and the toolbar; writes the generator's outputs for the current revision, or says why not. */
class GenerateTest extends DraftTest {

	@Test
	void theCommandIsInTheMenuAndTheToolbar() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(GenerateHandler.COMMAND);
		assertTrue(command.isDefined());
		assertTrue(command.isHandled());
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		MenuItem revision = null;
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals("修订")) {
				revision = item;
			}
		}
		assertNotNull(revision, "the menu 修订");
		Menu menu = revision.getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // the menu's items are made when it is shown
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			items.add(item.getText().replace("&", ""));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("生成文档和模板…")), items.toString());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("权重表")) && items.stream().anyMatch(t -> t.startsWith("检查问题")), items.toString());
		List<ToolItem> tools = new ArrayList<>();
		collectToolItems(shell, tools);
		assertTrue(tools.stream().anyMatch(t -> "生成".equals(t.getText()) || t.getToolTipText() != null && t.getToolTipText().startsWith("由当前修订生成")),
				tools.stream().map(ToolItem::getText).toList().toString());
	}

	@Test
	void generatesTheCurrentRevisionIntoTheChosenFolderAndFindsItsDocumentation() throws Exception {
		MaturityEditor head = Workbench.open(draft.resolve("standard.maturity"));
		assertEquals(draft, GenerateHandler.currentFolder(Workbench.page()).orElseThrow());
		Path out = Files.createTempDirectory("mwb-ui-generate-").resolve("out");
		RevisionGeneration generation = GenerateHandler.generate(head.getSite().getShell(), Workbench.page(), draft, out);
		assertNull(generation.failure(), generation.failure());
		RevisionGeneration.Result result = generation.result();
		assertEquals(out, result.out());
		for (String file : List.of("model.json", "assessment.schema.json", "templates/smelting.csv", "templates/smelting.xlsx",
				"docs/nonferrous_dt_maturity.html", "nonferrous_dt_maturity-scoring.jar")) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
			assertTrue(result.written().contains(out.resolve(file)) || result.written().stream().anyMatch(p -> out.resolve(file).startsWith(p)), file);
		}
		Path documentation = result.documentation().orElseThrow();
		assertEquals(out.resolve("docs/nonferrous_dt_maturity.html"), documentation, "the page that would be opened");
		String html = Files.readString(documentation);
		assertTrue(html.contains("有色金属行业数字化转型成熟度评估"), "the standard's title is in the page");
		assertTrue(Files.readString(out.resolve("model.json")).matches("(?s).*\"status\"\\s*:\\s*\"draft\".*"));
	}

	@Test
	void anErrorInAnUnsavedEditorRefusesGenerationInChineseAndWritesNothing() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		weights.document().replace(weights.document().get().indexOf("组织建设 3%") + "组织建设 ".length(), 2, "三");
		assertTrue(weights.isDirty());
		Path out = Files.createTempDirectory("mwb-ui-generate-").resolve("out");
		RevisionGeneration generation = GenerateHandler.generate(weights.getSite().getShell(), Workbench.page(), draft, out);
		assertNull(generation.result());
		assertTrue(generation.failure().startsWith("未生成任何文件："), generation.failure());
		assertTrue(generation.failure().contains("weights.maturity") && generation.failure().contains("error"), generation.failure());
		assertFalse(Files.exists(out), "nothing is written");
	}

	private static void collectToolItems(Control control, List<ToolItem> items) {
		if (control instanceof ToolBar bar) {
			items.addAll(List.of(bar.getItems()));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolItems(child, items);
			}
		}
	}
}
