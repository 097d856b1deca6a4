package com.maturityworkbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.maturityworkbench.dsl.ide.navigation.Definitions;
import com.maturityworkbench.dsl.ide.navigation.Definitions.Location;
import com.maturityworkbench.dsl.tests.QuickFixHarness.Snapshot;

/**
 * Go to definition across the files of a revision: references lead to what they name, a requirement row's name to
 * its weight row by name (as the coverage checks match them), at the exact region of the name in the other file.
 */
class DefinitionsTest {
	private static final String FOLDER = "/mwb-definitions-test/";

	/** The valid revision split into files, 表5 in a file of its own (its weights, 表1, stay in common.maturity). */
	private static Map<String, String> files(RevisionText rev) {
		rev.requirements("表5").file = "table5.maturity";
		return rev.files();
	}

	private static Optional<Location> at(Snapshot s, String file, int offset) {
		return QuickFixHarness.injector().getInstance(Definitions.class).locationAt(s.resource(file), offset);
	}

	private static Location in(String file, int offset, int length) {
		return new Location(FOLDER + file, offset, length);
	}

	@Test
	void referencesLeadToTheLevelSectorAndTailoredSubdomainTheyName() {
		Map<String, String> files = files(RevisionText.valid());
		Snapshot s = QuickFixHarness.load(files, FOLDER);
		String head = files.get("head.maturity");
		String mining = files.get("mining.maturity");
		String table5 = files.get("table5.maturity");
		// the sector of 表6 → 采选 in the sectors block of the head file
		int sector = mining.indexOf("sector 采选", mining.indexOf("requirements 表6")) + "sector ".length();
		assertEquals(Optional.of(in("head.maturity", head.indexOf("采选 mining"), 2)), at(s, "mining.maturity", sector + 1));
		// a cell's level → the level in the levels block
		int cell = table5.indexOf("      三级");
		assertEquals(Optional.of(in("head.maturity", head.indexOf("  三级 \"") + 2, 2)), at(s, "table5.maturity", cell + 6));
		// the part of 表5 → 基础共性 in the parts block
		int part = table5.indexOf("part 基础共性") + "part ".length();
		assertEquals(Optional.of(in("head.maturity", head.indexOf("基础共性 common"), 4)), at(s, "table5.maturity", part));
		// a tailored subdomain of the head file → its weight row in mining.maturity
		int tailored = head.indexOf("表2.智能装备") + "表2.".length();
		assertEquals(Optional.of(in("mining.maturity", mining.indexOf("    智能装备 8%") + 4, 4)), at(s, "head.maturity", tailored + 2));
	}

	@Test
	void aRowsNameLeadsToItsWeightRowByName() {
		RevisionText rev = RevisionText.valid();
		rev.requirements("表5").row("转型战略").name = "转型战略 (待完善)"; // a drafting note: still the same subdomain
		rev.requirements("表5").row("成本管理").name = "成本管控"; // drifted: leads to the row it probably means
		Map<String, String> files = files(rev);
		Snapshot s = QuickFixHarness.load(files, FOLDER);
		String common = files.get("common.maturity");
		String table5 = files.get("table5.maturity");
		int organisation = table5.indexOf("subdomain 组织建设") + "subdomain ".length();
		assertEquals(Optional.of(in("common.maturity", common.indexOf("    组织建设 12%") + 4, 4)), at(s, "table5.maturity", organisation));
		int noted = table5.indexOf("subdomain \"转型战略 (待完善)\"") + "subdomain ".length();
		assertEquals(Optional.of(in("common.maturity", common.indexOf("    转型战略 12%") + 4, 4)), at(s, "table5.maturity", noted + 3));
		int drifted = table5.indexOf("subdomain 成本管控") + "subdomain ".length();
		assertEquals(Optional.of(in("common.maturity", common.indexOf("    成本管理 13%") + 4, 4)), at(s, "table5.maturity", drifted + 4));
		// a clause's text refers to nothing
		assertTrue(at(s, "table5.maturity", table5.indexOf("应在组织建设方面") + 2).isEmpty());
	}
}
