package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.semantics.TextSlips;
import com.maturityworkbench.dsl.semantics.TextSlips.Slip;

/**
 * The text of clauses (with their continuation paragraphs), lead-ins, notes and examples, level descriptions, table
 * titles and names: editing slips, Latin words, drafting notes, how a clause ends, missing modal verbs. Each finding is
 * reported at the text it is about.
 */
public class ClauseTextValidator extends MaturityCheck {

	@Check
	public void slips(Clause clause) {
		String text = clause.getText();
		if (text == null || text.isBlank()) {
			content(clause, text("text.clause-empty", Clauses.where(clause)), Literals.CLAUSE__TEXT, IssueCodes.EMPTY_TEXT);
		} else {
			slips(clause, Literals.CLAUSE__TEXT, 0, text, () -> Clauses.where(clause), true);
		}
		for (int i = 0; i < clause.getContinuations().size(); i++) {
			int index = i;
			contextSlips(clause, Literals.CLAUSE__CONTINUATIONS, index, clause.getContinuations().get(index), () -> Clauses.paragraph(clause, index + 1));
		}
	}

	/** A cell's lead-in (导语) gets the text checks of a clause, at its own characters. */
	@Check
	public void leadInSlips(Cell cell) {
		if (cell.getLeadIn() != null) {
			contextSlips(cell, Literals.CELL__LEAD_IN, 0, cell.getLeadIn(), () -> Clauses.leadIn(cell));
		}
	}

	/** A note or example (注 / 示例) of a cell or clause gets the text checks of a clause, at its own characters. */
	@Check
	public void noteSlips(Note note) {
		contextSlips(note, Literals.NOTE__TEXT, 0, note.getText(), () -> Clauses.where(note));
	}

	/** Lead-ins, continuation paragraphs and notes: empty, or every slip. */
	private void contextSlips(EObject owner, EStructuralFeature feature, int valueIndex, String text, Supplier<String> place) {
		if (text == null || text.isBlank()) {
			content(owner, text("text.empty", place.get()), feature, feature.isMany() ? valueIndex : -1, IssueCodes.EMPTY_TEXT);
		} else {
			slips(owner, feature, valueIndex, text, place, true);
		}
	}

	/** The level descriptions of section 5 get the same text checks as clauses (一级 has a doubled 的). */
	@Check
	public void slips(Level level) {
		if (level.getDescription() != null) {
			slips(level, Literals.LEVEL__DESCRIPTION, 0, level.getDescription(), () -> text("place.level-description", level.getName()), true);
		}
	}

	@Check
	public void titleSlips(WeightTable table) {
		if (table.getTitle() != null) {
			slips(table, Literals.WEIGHT_TABLE__TITLE, 0, table.getTitle(), () -> text("place.table-title", Tables.name(table.getName())), true);
		}
	}

	@Check
	public void titleSlips(RequirementTable table) {
		if (table.getTitle() != null) {
			slips(table, Literals.REQUIREMENT_TABLE__TITLE, 0, table.getTitle(), () -> text("place.table-title", Tables.name(table.getName())), true);
		}
	}

	@Check
	public void nameSlips(RequirementRow row) {
		nameSlips(row, Literals.REQUIREMENT_ROW__NAME, row.getName(),
				() -> text("place.row-name", Tables.name(EcoreUtil2.getContainerOfType(row, RequirementTable.class).getName()), row.getName()));
	}

	@Check
	public void nameSlips(RequirementDomain domain) {
		nameSlips(domain, Literals.REQUIREMENT_DOMAIN__NAME, domain.getName(), () -> text("place.domain-name", domain.getName()));
	}

	@Check
	public void nameSlips(WeightDomain domain) {
		nameSlips(domain, Literals.WEIGHT_DOMAIN__NAME, domain.getName(), () -> text("place.domain-name", domain.getName()));
	}

	@Check
	public void nameSlips(WeightedSubdomain subdomain) {
		nameSlips(subdomain, Literals.WEIGHTED_SUBDOMAIN__NAME, subdomain.getName(), () -> text("place.subdomain-name", subdomain.getName()));
	}

	/**
	 * The slips of a name; none for a name over {@link LimitsValidator#MAX_NAME} characters, whose one finding is
	 * {@code naming.too-long}: a name of 100,000 characters made thousands of slips, each message quoting the name, and
	 * the validator ran out of memory (its other findings were lost).
	 */
	private void nameSlips(EObject owner, EStructuralFeature feature, String name, Supplier<String> place) {
		if (name != null && name.codePointCount(0, name.length()) <= LimitsValidator.MAX_NAME) {
			slips(owner, feature, 0, name, place, false);
		}
	}

	/**
	 * Every slip of {@code text}, the value of {@code feature} of {@code owner} (value number {@code valueIndex} of a
	 * many-valued feature), reported at its own characters. Drafting notes in names have their own finding (below), so
	 * {@code notes} is false there.
	 */
	private void slips(EObject owner, EStructuralFeature feature, int valueIndex, String text, Supplier<String> place, boolean notes) {
		List<Slip> found = text == null ? List.of() : TextSlips.find(text);
		if (found.isEmpty()) {
			return;
		}
		String where = place.get();
		for (Slip slip : found) {
			String context = Clauses.excerpt(text, slip.offset(), slip.found().length());
			String code = null;
			String message = null;
			switch (slip.kind()) {
			case DOUBLED_CHARACTER -> {
				code = IssueCodes.DOUBLED_CHARACTER;
				message = text("text.doubled", where, slip.found(), slip.found().substring(1), context);
			}
			case REPEATED_WORD -> {
				code = IssueCodes.REPEATED_WORD;
				message = text("text.repeated-word", where, slip.found(), context);
			}
			case REPEATED_PHRASE -> {
				code = IssueCodes.REPEATED_PHRASE;
				message = text("text.repeated-phrase", where, slip.found());
			}
			case REPEATED_SENTENCE -> {
				code = IssueCodes.REPEATED_SENTENCE;
				message = text("text.repeated-sentence", where, Clauses.shorten(slip.found(), 30));
			}
			case LATIN_WORD -> {
				code = IssueCodes.LATIN_WORD;
				message = text("text.latin-word", where, slip.found(), context);
			}
			case STRAY_PUNCTUATION -> {
				code = IssueCodes.STRAY_PUNCTUATION;
				message = text("text.stray-punctuation", where, slip.found().strip(), context);
			}
			case LEADING_PUNCTUATION -> {
				code = IssueCodes.LEADING_PUNCTUATION;
				message = text("text.leading-punctuation", where, slip.found().strip(),
						Clauses.shorten(text, slip.found().length() + 8));
			}
			case GARBLED -> {
				code = IssueCodes.GARBLED_TEXT;
				message = text("text.garbled", where, slip.found());
			}
			case DRAFTING_NOTE -> {
				if (notes) {
					contentAt(owner, feature, valueIndex, slip.offset(), slip.found().length(),
							text("text.drafting-note", where, slip.found()), IssueCodes.DRAFTING_NOTE, slip.found());
				}
			}
			}
			if (code != null) {
				contentAt(owner, feature, valueIndex, slip.offset(), slip.found().length(), message, code, slip.found(),
						String.valueOf(slip.offset()));
			}
		}
	}

	/**
	 * A clause ends in a comma, colon or enumeration comma (its sentence is unfinished), or, as the last clause of its
	 * cell, in a semicolon: list items a) b) c) end in ；, the last one in 。 (GB/T 1.1). A clause with continuation
	 * paragraphs ends with its last paragraph: an earlier paragraph may end in a colon (it introduces the next) or a
	 * semicolon, never in a comma.
	 */
	@Check
	public void clauseEnd(Clause clause) {
		Cell cell = (Cell) clause.eContainer();
		boolean lastOfCell = cell.getClauses().get(cell.getClauses().size() - 1) == clause;
		int paragraphs = 1 + clause.getContinuations().size();
		for (int p = 0; p < paragraphs; p++) {
			boolean lastParagraph = p == paragraphs - 1;
			int index = p;
			unfinishedEnd(clause, p == 0 ? Literals.CLAUSE__TEXT : Literals.CLAUSE__CONTINUATIONS, Math.max(0, p - 1),
					p == 0 ? clause.getText() : clause.getContinuations().get(p - 1), () -> Clauses.paragraph(clause, index),
					lastParagraph ? "，,：:、" : "，,、", lastParagraph && lastOfCell);
		}
	}

	/** A lead-in ends in a comma or 、 (a lead-in that ends in a colon introduces the clauses after it). */
	@Check
	public void leadInEnd(Cell cell) {
		unfinishedEnd(cell, Literals.CELL__LEAD_IN, 0, cell.getLeadIn(), () -> Clauses.leadIn(cell), "，,、", false);
	}

	/** A note or example ends in a comma, colon or 、. */
	@Check
	public void noteEnd(Note note) {
		unfinishedEnd(note, Literals.NOTE__TEXT, 0, note.getText(), () -> Clauses.where(note), "，,：:、", false);
	}

	/**
	 * {@code text} ends in one of {@code unfinished}, or, when {@code semicolonEndsCell}, in a semicolon: reported at
	 * that character.
	 */
	private void unfinishedEnd(EObject owner, EStructuralFeature feature, int valueIndex, String text, Supplier<String> place, String unfinished,
			boolean semicolonEndsCell) {
		if (text == null || text.isBlank()) {
			return;
		}
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		char last = text.charAt(end - 1);
		String message = null;
		if (unfinished.indexOf(last) >= 0) {
			message = text("text.unfinished", place.get(), last, text.substring(Math.max(0, end - 12), end));
		} else if ((last == '；' || last == ';') && semicolonEndsCell) {
			message = text("text.semicolon-last", place.get(), last,
					text.substring(Math.max(0, end - 12), end));
		}
		if (message != null) {
			contentAt(owner, feature, valueIndex, end - 1, 1, message, IssueCodes.CLAUSE_END, String.valueOf(last), String.valueOf(end - 1));
		}
	}

	@Check
	public void draftingNoteInRowName(RequirementRow row) {
		String note = SubdomainNames.draftingNote(row.getName());
		if (note != null) {
			content(row, text("text.note-in-row-name",
					Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(), note),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInSubdomainName(WeightedSubdomain subdomain) {
		String note = SubdomainNames.draftingNote(subdomain.getName());
		if (note != null) {
			content(subdomain, text("text.note-in-subdomain-name", subdomain.getName(), note),
					Literals.WEIGHTED_SUBDOMAIN__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInDomainName(RequirementDomain domain) {
		String note = SubdomainNames.draftingNote(domain.getName());
		if (note != null) {
			content(domain, text("text.note-in-domain-name", domain.getName(), note),
					Literals.REQUIREMENT_DOMAIN__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInWeightDomainName(WeightDomain domain) {
		String note = SubdomainNames.draftingNote(domain.getName());
		if (note != null) {
			content(domain, text("text.note-in-domain-name", domain.getName(), note), Literals.WEIGHT_DOMAIN__NAME,
					IssueCodes.DRAFTING_NOTE, note);
		}
	}

	/**
	 * Info, one per row: the clauses that use none of 应/宜/可 as a modal verb (a requirement should say how binding it
	 * is); 应用, 供应, 响应, 可视化, 可靠, 认可 and the like do not count (see {@code ModalVerbs}).
	 */
	@Check
	public void modalVerbs(RequirementRow row) {
		List<String> lacking = new ArrayList<>();
		for (Cell cell : row.getCells()) {
			for (Clause clause : cell.getClauses()) {
				if (!TextSlips.hasModalVerb(clause.getText())) {
					lacking.add(text("place.level-label", cell.getLevel().getName(), Clauses.label(clause)));
				}
			}
		}
		if (!lacking.isEmpty()) {
			note(row, ValidationMessages.counted("text.no-modal-verb", lacking.size(), row.getName(), lacking.size(),
					ValidationMessages.joined("list.comma", lacking)), Literals.REQUIREMENT_ROW__NAME, IssueCodes.NO_MODAL_VERB);
		}
	}
}
