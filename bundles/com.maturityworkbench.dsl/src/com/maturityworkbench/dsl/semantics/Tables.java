package com.maturityworkbench.dsl.semantics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;

/**
 * How tables are named in messages, in the current language: 表1（基础共性）, 表3（行业特性·冶炼）; in English Table 1
 * (“基础共性”), Table 3 (“行业特性”, “冶炼”), and a table not named 表N as table “name”.
 */
public final class Tables {
	private static final Pattern NUMBERED = Pattern.compile("表(\\d+)");

	private Tables() {
	}

	public static String describe(WeightTable t) {
		return describe(t.getName(), t.getPart(), t.getSector());
	}

	public static String describe(RequirementTable t) {
		return describe(t.getName(), t.getPart(), t.getSector());
	}

	/** A table's name as a message says it: 表5 (Table 5 in English). */
	public static String name(String tableName) {
		Matcher m = tableName == null ? null : NUMBERED.matcher(tableName);
		return m != null && m.matches() ? SemanticsMessages.M.text("table.numbered", m.group(1))
				: SemanticsMessages.M.text("table.named", tableName);
	}

	private static String describe(String name, Part part, Sector sector) {
		String table = name(name == null ? "?" : name);
		if (part == null || part.eIsProxy()) {
			return table;
		}
		return sector != null && !sector.eIsProxy() ? SemanticsMessages.M.text("table.of-sector", table, part.getName(), sector.getName())
				: SemanticsMessages.M.text("table.of-part", table, part.getName());
	}
}
