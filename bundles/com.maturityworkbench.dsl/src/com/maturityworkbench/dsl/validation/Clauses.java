package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import org.eclipse.xtext.EcoreUtil2;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.NoteKind;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.scoring.i18n.Language;

/** How clauses and cells are named in messages: 表5“转型战略”三级 b), or 第2条 for a clause without label (in the current language). */
final class Clauses {
	private Clauses() {
	}

	static String where(Clause clause) {
		Cell cell = (Cell) clause.eContainer();
		return text("place.clause", where(cell), label(clause));
	}

	/** 表5“转型战略”三级. */
	static String where(Cell cell) {
		RequirementRow row = (RequirementRow) cell.eContainer();
		RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
		return text("place.cell", Tables.name(table.getName()), row.getName(), cell.getLevel() == null ? "?" : cell.getLevel().getName());
	}

	/** 表5“基础设施”三级 d), and from the second paragraph on 表5“基础设施”三级 d) 第2段 ({@code paragraph} counts from 0). */
	static String paragraph(Clause clause, int paragraph) {
		return paragraph == 0 ? where(clause) : text("place.paragraph", where(clause), paragraph + 1);
	}

	/** 表5“研发管理”一级 导语. */
	static String leadIn(Cell cell) {
		return text("place.lead-in", where(cell));
	}

	/** 表5“质量提升”一级 d) 的示例, 表5“质量提升”一级 的注: a note of a clause or of a whole cell. */
	static String where(Note note) {
		String key = note.getKind() == NoteKind.EXAMPLE ? "place.example" : "place.note";
		return text(key, note.eContainer() instanceof Clause clause ? where(clause) : where((Cell) note.eContainer()));
	}

	static String label(Clause clause) {
		return label(Language.current(), clause);
	}

	/** The label, or 第2条 (clause 2) for a clause without one. */
	static String label(Language language, Clause clause) {
		if (clause.getLabel() != null) {
			return clause.getLabel();
		}
		Cell cell = (Cell) clause.eContainer();
		return ValidationMessages.text(language, "place.unlabelled", cell.getClauses().indexOf(clause) + 1);
	}

	static String excerpt(String text, int offset, int length) {
		int from = Math.max(0, offset - 6);
		int to = Math.min(text.length(), offset + length + 6);
		return text.substring(from, to);
	}

	/** At most {@code max} characters of a text, with … when cut. */
	static String shorten(String text, int max) {
		String t = text == null ? "" : text.strip(); // a clause the parser could not read whole
		return t.length() <= max ? t : t.substring(0, max) + "…";
	}
}
