package com.maturityworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.editor.contentassist.MaturityContentAssistProcessor;

/** Content assist offers the revision's levels, parts and sectors (declared in another file) and the keywords. */
class ContentAssistTest extends DraftTest {
	private static final List<String> LEVELS = List.of("一级", "二级", "三级", "四级", "五级");

	@Test
	void aNewCellOffersTheLevelsOfTheHeadFile() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		IDocument document = table5.document();
		String cellLine = "\n      二级\n";
		int at = document.get().indexOf(cellLine) + 1 + "      ".length(); // before the first row's 二级
		StyledText widget = table5.viewer().getTextWidget();
		widget.setCaretOffset(at);
		Workbench.type(widget, "三");
		List<String> offered = displayed(table5, at + 1);
		assertEquals(List.of("三级"), offered.stream().filter(LEVELS::contains).toList(), offered.toString());

		// the proposal replaces the prefix 三 by 三级
		ICompletionProposal third = proposals(table5, at + 1).stream().filter(p -> p.getDisplayString().startsWith("三级")).findFirst().orElseThrow();
		third.apply(document);
		assertTrue(document.get().startsWith("      三级二级\n", at - 6), document.get().substring(at - 6, at + 12));
	}

	@Test
	void aTableHeaderOffersThePartsAndSectors() throws Exception {
		MaturityEditor table7 = Workbench.open(draft.resolve("table7-smelting.maturity"));
		String text = table7.document().get();
		int header = text.indexOf("requirements 表7");
		int part = text.indexOf(" part ", header) + " part ".length();
		int sector = text.indexOf(" sector ", header) + " sector ".length();
		assertTrue(displayed(table7, part).containsAll(List.of("基础共性", "行业特性")), displayed(table7, part).toString());
		List<String> sectors = displayed(table7, sector);
		assertTrue(sectors.containsAll(List.of("采选", "冶炼", "加工")), sectors.toString());
		assertTrue(sectors.stream().noneMatch(LEVELS::contains), "levels are not sectors: " + sectors);
	}

	@Test
	void theKeywordsOfARequirementTableAreOffered() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		String text = table5.document().get();
		int afterRow = text.indexOf("\n    subdomain ", text.indexOf("subdomain 组织建设") + 1) + 1 + "    ".length();
		List<String> offered = displayed(table5, afterRow);
		assertTrue(offered.containsAll(List.of("subdomain", "domain", "requirements", "weights")), offered.toString());
	}

	/**
	 * A subdomain typed into 表1's 组织 in the weights editor (unsaved) is offered, quoted as the grammar needs, where a
	 * new row of 表5's 组织 names its subdomain; the subdomains 表5 already has rows for are not.
	 */
	@Test
	void aNewRowOffersTheWeightTablesSubdomainsThatHaveNoRowYet() throws Exception {
		MaturityEditor weights = Workbench.open(draft.resolve("weights.maturity"));
		int after = weights.document().get().indexOf("    变革管理 2%\n") + "    变革管理 2%\n".length();
		weights.document().replace(after, 0, "    \"组织韧性（试行）\" 1%\n");
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		int domain = table5.document().get().indexOf("  domain 技术");
		table5.document().replace(domain, 0, "    subdomain \n");
		int at = domain + "    subdomain ".length();
		List<ICompletionProposal> offered = proposals(table5, at);
		List<String> subdomains = offered.stream().map(ICompletionProposal::getDisplayString).filter(d -> d.contains("表1 组织")).toList();
		assertEquals(List.of("组织韧性（试行） — 表1 组织 1%"), subdomains, offered.stream().map(ICompletionProposal::getDisplayString).toList().toString());
		ICompletionProposal proposal = offered.stream().filter(p -> p.getDisplayString().startsWith("组织韧性")).findFirst().orElseThrow();
		proposal.apply(table5.document());
		assertTrue(table5.document().get().startsWith("    subdomain \"组织韧性（试行）\"\n  domain 技术", domain));
	}

	/** Every proposal once: a level is not offered again under its revision-qualified name. */
	@Test
	void noProposalIsOfferedTwice() throws Exception {
		MaturityEditor table5 = Workbench.open(draft.resolve("table5-common.maturity"));
		int cell = table5.document().get().indexOf("\n      三级\n") + 1 + "      ".length();
		List<String> offered = displayed(table5, cell);
		assertEquals(offered.stream().distinct().toList(), offered);
		assertEquals(LEVELS.size(), offered.stream().filter(LEVELS::contains).count(), offered.toString());
		assertTrue(offered.stream().noneMatch(p -> p.startsWith("nonferrous_dt_maturity.")), offered.toString());
	}

	private static List<ICompletionProposal> proposals(MaturityEditor editor, int offset) {
		IContentAssistProcessor processor = new MaturityContentAssistProcessor(editor, LanguageServices.injector());
		return Arrays.asList(processor.computeCompletionProposals(editor.viewer(), offset));
	}

	private static List<String> displayed(MaturityEditor editor, int offset) {
		return proposals(editor, offset).stream().map(p -> p.getDisplayString().split(" — ")[0]).toList();
	}
}
