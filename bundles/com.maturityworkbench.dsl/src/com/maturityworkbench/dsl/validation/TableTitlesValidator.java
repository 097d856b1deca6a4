package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Part;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.semantics.Tables;

/**
 * Table titles of one kind are worded alike: a title names its part as the revision does (行业特性, not 行业特色), and
 * the sector tables of one kind have the same title but for the sector's name.
 */
public class TableTitlesValidator extends MaturityCheck {

	private record Titled(EObject table, String name, String title, Part part, Sector sector) {
	}

	@Check
	public void title(WeightTable table) {
		check(new Titled(table, table.getName(), table.getTitle(), table.getPart(), table.getSector()), Literals.WEIGHT_TABLE__TITLE,
				revision(table).weightTables().stream()
						.map(t -> new Titled(t, t.getName(), t.getTitle(), t.getPart(), t.getSector())).toList());
	}

	@Check
	public void title(RequirementTable table) {
		check(new Titled(table, table.getName(), table.getTitle(), table.getPart(), table.getSector()),
				Literals.REQUIREMENT_TABLE__TITLE, revision(table).requirementTables().stream()
						.map(t -> new Titled(t, t.getName(), t.getTitle(), t.getPart(), t.getSector())).toList());
	}

	private void check(Titled me, EStructuralFeature feature, List<Titled> kind) {
		if (me.title() == null || me.part() == null || me.part().eIsProxy()) {
			return;
		}
		String variant = variantOf(me.title(), me.part().getName());
		if (variant != null) {
			content(me.table(), text("titles.part-term", Tables.name(me.name()), me.title(),
					variant, me.part().getName()), feature, IssueCodes.TABLE_TITLE, variant, me.part().getName());
			return;
		}
		if (me.sector() == null || me.sector().eIsProxy()) {
			return;
		}
		// the sector tables of the same part: titles with the sector's name taken out
		Map<String, List<Titled>> byPattern = new HashMap<>();
		for (Titled t : kind) {
			if (t.title() != null && t.part() == me.part() && t.sector() != null && !t.sector().eIsProxy()) {
				byPattern.computeIfAbsent(pattern(t), p -> new ArrayList<>()).add(t);
			}
		}
		List<Titled> mine = byPattern.get(pattern(me));
		List<Titled> most = byPattern.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(mine);
		if (mine != null && most.size() > mine.size() && most.size() >= 2) {
			Titled model = most.get(0);
			content(me.table(), text("titles.wording", Tables.name(me.name()), me.title(), Tables.name(model.name()),
					model.title()), feature, IssueCodes.TABLE_TITLE);
		}
	}

	private static String pattern(Titled t) {
		return t.title().replace(t.sector().getName(), "〇");
	}

	/**
	 * A word of the title as long as the part's name that differs from it in exactly one character, the first one
	 * the same (行业特色 for 行业特性); null when the title has the name itself or no such word.
	 */
	static String variantOf(String title, String partName) {
		if (partName == null || partName.length() < 3 || title.contains(partName)) {
			return null;
		}
		int n = partName.length();
		for (int i = 0; i + n <= title.length(); i++) {
			if (title.charAt(i) != partName.charAt(0)) {
				continue;
			}
			int differences = 0;
			for (int k = 0; k < n && differences <= 1; k++) {
				if (title.charAt(i + k) != partName.charAt(k)) {
					differences++;
				}
			}
			if (differences == 1) {
				return title.substring(i, i + n);
			}
		}
		return null;
	}
}
