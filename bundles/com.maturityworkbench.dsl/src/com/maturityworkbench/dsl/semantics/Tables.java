package com.maturityworkbench.dsl.semantics;

import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;

/** How tables are named in messages: 表1（基础共性）, 表3（行业特性·冶炼）. */
public final class Tables {
	private Tables() {
	}

	public static String describe(WeightTable t) {
		return describe(t.getName(), t.getPart(), t.getSector());
	}

	public static String describe(RequirementTable t) {
		return describe(t.getName(), t.getPart(), t.getSector());
	}

	private static String describe(String name, Part part, Sector sector) {
		StringBuilder b = new StringBuilder(name == null ? "?" : name);
		if (part != null && !part.eIsProxy()) {
			b.append('（').append(part.getName());
			if (sector != null && !sector.eIsProxy()) {
				b.append('·').append(sector.getName());
			}
			b.append('）');
		}
		return b.toString();
	}
}
