package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.ide.contentassist.ContentProposals;


/**
 * Content assist of the ide bundle, as the editor and a language server ask it: subdomain names from the weight
 * table where a requirement row names one, and each referenced element offered once.
 */
class ContentProposalsTest {

	/** The proposals at {@code offset} of the single file {@code text}. */
	private static List<ContentAssistEntry> proposals(String text, int offset) {
		XtextResource resource = QuickFixHarness.load(Map.of(RevisionText.SINGLE_FILE, text)).resource(RevisionText.SINGLE_FILE);
		return QuickFixHarness.injector().getInstance(ContentProposals.class).at(resource, text, offset);
	}

	private static List<String> references(List<ContentAssistEntry> entries) {
		return entries.stream().filter(e -> ContentAssistEntry.KIND_REFERENCE.equals(e.getKind())).map(ContentAssistEntry::getProposal).toList();
	}

	/** The valid revision without 表5's row 转型战略, with {@code typed} written where it was. */
	private static String withNewRow(RevisionText rev, String typed) {
		rev.requirements("表5").domain("组织").rows.removeIf(r -> r.name.equals("转型战略"));
		String text = rev.singleFile();
		int at = text.indexOf("  domain 数字化运营", text.indexOf("requirements 表5"));
		return text.substring(0, at) + typed + "\n" + text.substring(at);
	}

	@Test
	void aNewRowIsOfferedTheSubdomainsOfItsDomainThatNoRowNamesYet() {
		String text = withNewRow(RevisionText.valid(), "    subdomain ");
		int offset = text.indexOf("    subdomain \n") + "    subdomain ".length();
		List<ContentAssistEntry> entries = proposals(text, offset);
		// 组织 of 表1 weighs 组织建设 (which has its row) and 转型战略; the other domain's subdomains are not offered
		assertEquals(List.of("转型战略"), references(entries), entries::toString);
		ContentAssistEntry offered = entries.stream().filter(e -> "转型战略".equals(e.getProposal())).findFirst().orElseThrow();
		assertEquals("表1 组织 12%", offered.getDescription());

		String typed = withNewRow(RevisionText.valid(), "    subdomain 转");
		assertEquals(List.of("转型战略"), references(proposals(typed, typed.indexOf("subdomain 转") + "subdomain 转".length())));
	}

	@Test
	void anExistingRowKeepsItsOwnNameOnOfferWhileItIsRewritten() {
		String text = RevisionText.valid().singleFile();
		int row = text.indexOf("subdomain 组织建设", text.indexOf("requirements 表5")) + "subdomain ".length();
		// after 组: the row's own name (its other rows name 转型战略, which the prefix rules out anyway)
		assertEquals(List.of("组织建设"), references(proposals(text, row + 1)));
		// at the start of the name: still only its own, 转型战略 having its row
		assertEquals(List.of("组织建设"), references(proposals(text, row)));
	}

	@Test
	void aNameThatIsNoIdentifierIsProposedQuoted() {
		RevisionText rev = RevisionText.valid();
		rev.weights("表1").sub("转型战略").name = "转型战略（总体）";
		String text = withNewRow(rev, "    subdomain ");
		List<ContentAssistEntry> entries = proposals(text, text.indexOf("    subdomain \n") + "    subdomain ".length());
		assertEquals(List.of("\"转型战略（总体）\""), references(entries), entries::toString);
		assertEquals("转型战略（总体）", entries.stream().filter(e -> e.getProposal().startsWith("\"")).findFirst().orElseThrow().getLabel());
	}

	@Test
	void everyReferencedElementIsOfferedOnceByTheNameItsFileUses() {
		String text = RevisionText.valid().singleFile();
		// a cell's level: the five levels, each once, not also as 有色转型.一级
		int cell = text.indexOf("      三级", text.indexOf("requirements 表5")) + "      ".length();
		List<String> levels = references(proposals(text, cell));
		assertEquals(List.of("一级", "二级", "三级", "四级", "五级"), levels.stream().sorted(ContentProposalsTest::byLevel).toList());
		// a tailored subdomain: every weighted subdomain once, by 表.name
		int tailored = text.indexOf("表2.智能装备");
		List<String> subdomains = references(proposals(text, tailored));
		assertEquals(subdomains.stream().distinct().toList(), subdomains, "no duplicates");
		assertTrue(subdomains.containsAll(List.of("表1.组织建设", "表2.智能装备", "表2.仓储物流")), subdomains::toString);
		assertTrue(subdomains.stream().noneMatch(s -> s.startsWith(RevisionText.NAME + ".")), subdomains::toString);
	}

	private static int byLevel(String a, String b) {
		return Integer.compare(RevisionText.LEVELS.indexOf(a), RevisionText.LEVELS.indexOf(b));
	}
}
