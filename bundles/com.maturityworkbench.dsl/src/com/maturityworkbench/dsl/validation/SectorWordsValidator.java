package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Sector;
import com.maturityworkbench.dsl.semantics.SectorTerms;
import com.maturityworkbench.dsl.semantics.Tables;

/**
 * A sector table whose clauses speak of another sector's work (冶炼产品 in the 加工 table): text copied across tables.
 * A clause's continuation paragraphs, a cell's lead-in and the notes and examples are read as well, each reported at
 * its own text.
 */
public class SectorWordsValidator extends MaturityCheck {

	@Check
	public void otherSector(Clause clause) {
		otherSector(clause, Literals.CLAUSE__TEXT, 0, clause.getText(), () -> Clauses.where(clause));
		for (int i = 0; i < clause.getContinuations().size(); i++) {
			int index = i;
			otherSector(clause, Literals.CLAUSE__CONTINUATIONS, index, clause.getContinuations().get(index), () -> Clauses.paragraph(clause, index + 1));
		}
	}

	@Check
	public void otherSectorInLeadIn(Cell cell) {
		otherSector(cell, Literals.CELL__LEAD_IN, 0, cell.getLeadIn(), () -> Clauses.leadIn(cell));
	}

	@Check
	public void otherSectorInNote(Note note) {
		otherSector(note, Literals.NOTE__TEXT, 0, note.getText(), () -> Clauses.where(note));
	}

	private void otherSector(EObject owner, EStructuralFeature feature, int valueIndex, String text, Supplier<String> place) {
		if (text == null) {
			return;
		}
		RequirementTable table = EcoreUtil2.getContainerOfType(owner, RequirementTable.class);
		Sector sector = table == null ? null : table.getSector();
		if (sector == null || sector.eIsProxy()) {
			return;
		}
		String own = SectorTerms.known(sector.getName(), sector.getCode());
		List<SectorTerms.Found> found = SectorTerms.otherSectors(own, text);
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
		contentAt(owner, feature, valueIndex, first.offset(), first.word().length(),
				text("sectors.other-words", place.get(), Tables.describe(table),
						ValidationMessages.names(sectors), ValidationMessages.names(words), Clauses.excerpt(text, first.offset(), first.word().length())),
				IssueCodes.OTHER_SECTOR, String.join("、", words));
	}
}
