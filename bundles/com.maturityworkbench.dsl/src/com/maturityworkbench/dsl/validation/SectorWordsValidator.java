package com.maturityworkbench.dsl.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.semantics.SectorTerms;
import com.maturityworkbench.dsl.semantics.Tables;

/** A sector table whose clauses speak of another sector's work (冶炼产品 in the 加工 table): text copied across tables. */
public class SectorWordsValidator extends MaturityCheck {

	@Check
	public void otherSector(Clause clause) {
		RequirementTable table = EcoreUtil2.getContainerOfType(clause, RequirementTable.class);
		Sector sector = table == null ? null : table.getSector();
		if (sector == null || sector.eIsProxy()) {
			return;
		}
		String own = SectorTerms.known(sector.getName(), sector.getCode());
		List<SectorTerms.Found> found = SectorTerms.otherSectors(own, clause.getText());
		if (found.isEmpty()) {
			return;
		}
		Set<String> words = new LinkedHashSet<>();
		Set<String> sectors = new LinkedHashSet<>();
		for (SectorTerms.Found f : found) {
			words.add(f.word());
			sectors.add(f.sector());
		}
		SectorTerms.Found first = found.get(0);
		contentAt(clause, Literals.CLAUSE__TEXT, first.offset(), first.word().length(),
				String.format("%s：%s的要求中出现了%s的用语“%s”（…%s…），疑为从其他行业的表中照搬", Clauses.where(clause),
						Tables.describe(table), String.join("、", sectors), String.join("、", words),
						Clauses.excerpt(clause.getText(), first.offset(), first.word().length())),
				IssueCodes.OTHER_SECTOR, String.join("、", words));
	}
}
