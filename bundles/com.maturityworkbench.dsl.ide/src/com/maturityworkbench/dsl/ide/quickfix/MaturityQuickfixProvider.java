package com.maturityworkbench.dsl.ide.quickfix;

import java.util.List;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.maturityworkbench.dsl.conversion.NameSyntax;
import com.maturityworkbench.dsl.ide.quickfix.SlipRepairs.Repair;
import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.Level;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.Model;
import com.maturityworkbench.dsl.maturity.Note;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.Tailoring;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightTable;
import com.maturityworkbench.dsl.maturity.Standard;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.TextSlips;
import com.maturityworkbench.dsl.semantics.TextSlips.Kind;
import com.maturityworkbench.dsl.semantics.TextSlips.Slip;
import com.maturityworkbench.dsl.validation.IssueCodes;

/**
 * Quick fixes for the checker's findings, keyed by {@link IssueCodes}. Every fix is a text change exact to the
 * characters: slips inside clause texts are located on the text's value from the finding's data (the slip and its
 * offset) and checked against {@link TextSlips} before anything is offered, so a fix never acts on text that has
 * changed since the finding.
 */
public class MaturityQuickfixProvider extends TargetedQuickfixProvider {
	/** The reason written into a cell the drafters mean to fill later. */
	static final String EMPTY_REASON = "待补充";

	// coverage

	/** 一级 (no clauses) → 一级 empty "待补充". */
	@QuickFix(IssueCodes.EMPTY_CELL)
	public void markCellEmpty(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Cell cell = target.element(Cell.class);
		if (cell == null || cell.isEmpty() || !cell.getClauses().isEmpty()) {
			return;
		}
		INode level = first(NodeModelUtils.findNodesForFeature(cell, Literals.CELL__LEVEL));
		if (level != null) {
			String marking = " empty \"" + EMPTY_REASON + "\"";
			offer(acceptor, QuickfixMessages.text("fix.mark-empty", EMPTY_REASON), List.of(TextChange.insert(level.getEndOffset(), marking)));
		}
	}

	/**
	 * A row without a cell for some levels (the finding's data: the levels missing) gets those cells, each in level
	 * order, without clauses: an empty cell is itself reported (a visible to-do, with its own fix to mark it empty).
	 */
	@QuickFix(IssueCodes.MISSING_LEVEL)
	public void addMissingLevels(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		RequirementRow row = target.element(RequirementRow.class);
		List<String> missing = target.data();
		if (row == null || missing.isEmpty()) {
			return;
		}
		List<TextChange> changes = MissingLevels.changes(row, missing, target.document().getContents());
		if (changes != null) {
			offer(acceptor, QuickfixMessages.text("fix.add-levels", QuickfixMessages.names(missing)), changes);
		}
	}

	/** A row whose name drifted from its weight row's (the finding's data) is renamed to the weight table's name. */
	@QuickFix(IssueCodes.NAME_DRIFT)
	public void renameToWeightName(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		RequirementRow row = target.element(RequirementRow.class);
		String weightName = target.data(0);
		INode name = row == null ? null : first(NodeModelUtils.findNodesForFeature(row, Literals.REQUIREMENT_ROW__NAME));
		if (name == null || weightName == null || weightName.equals(row.getName())) {
			return;
		}
		offer(acceptor, QuickfixMessages.text("fix.rename-to-weight", weightName),
				List.of(TextChange.replace(name.getOffset(), name.getEndOffset(), NameSyntax.quoteIfNeeded(weightName))));
	}

	// clause labels

	/** The label becomes the one the finding expects (its first data string). */
	@QuickFix(IssueCodes.LABEL_RESTART)
	@QuickFix(IssueCodes.LABEL_SKIPPED)
	@QuickFix(IssueCodes.LABEL_MALFORMED)
	public void replaceLabel(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Clause clause = target.element(Clause.class);
		String expected = target.data(0);
		if (clause == null || clause.getLabel() == null || expected == null || expected.equals(clause.getLabel())) {
			return;
		}
		INode label = first(NodeModelUtils.findNodesForFeature(clause, Literals.CLAUSE__LABEL));
		if (label != null) {
			offer(acceptor, QuickfixMessages.text("fix.relabel", clause.getLabel(), expected),
					List.of(TextChange.replace(label.getOffset(), label.getEndOffset(), expected)));
		}
	}

	/**
	 * A repeated label becomes the next free one and the labels after it in the cell move on with it (the finding's
	 * data: the new labels from the repeated one on).
	 */
	@QuickFix(IssueCodes.LABEL_REPEATED)
	public void renumberFromRepeat(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Clause clause = target.element(Clause.class);
		if (clause == null || clause.getLabel() == null || !(clause.eContainer() instanceof Cell cell)) {
			return;
		}
		List<Clause> clauses = cell.getClauses();
		List<Clause> labelled = clauses.subList(clauses.indexOf(clause), clauses.size()).stream().filter(c -> c.getLabel() != null).toList();
		List<TextChange> changes = new java.util.ArrayList<>();
		for (int i = 0; i < labelled.size(); i++) {
			String expected = target.data(i);
			INode label = first(NodeModelUtils.findNodesForFeature(labelled.get(i), Literals.CLAUSE__LABEL));
			if (expected == null || label == null) {
				return; // the cell changed since the finding
			}
			if (!expected.equals(labelled.get(i).getLabel())) {
				changes.add(TextChange.replace(label.getOffset(), label.getEndOffset(), expected));
			}
		}
		if (!changes.isEmpty() && target.data(labelled.size()) == null) {
			offer(acceptor, QuickfixMessages.text(labelled.size() > 1 ? "fix.relabel-on" : "fix.relabel", clause.getLabel(), target.data(0)),
					changes);
		}
	}

	/** Every label of a cell written in the style of its table: 1. 2. 3. → a) b) c) (the finding's data). */
	@QuickFix(IssueCodes.LABEL_TABLE_STYLE)
	public void relabelCell(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Clause first = target.element(Clause.class);
		if (first == null || !(first.eContainer() instanceof Cell cell)) {
			return;
		}
		List<TextChange> changes = new java.util.ArrayList<>();
		int n = 0;
		for (Clause c : cell.getClauses()) {
			if (c.getLabel() == null) {
				continue;
			}
			String expected = target.data(n++);
			INode label = first(NodeModelUtils.findNodesForFeature(c, Literals.CLAUSE__LABEL));
			if (expected == null || label == null) {
				return; // the cell changed since the finding
			}
			if (!expected.equals(c.getLabel())) {
				changes.add(TextChange.replace(label.getOffset(), label.getEndOffset(), expected));
			}
		}
		if (!changes.isEmpty() && target.data(n) == null) {
			offer(acceptor, QuickfixMessages.text("fix.cell-style", target.data(0)), changes);
		}
	}

	/**
	 * The whole cell numbered in order in its table's style, from its first label on (unlabelled clauses get one):
	 * offered where more than one label changes, since a single wrong label has its own fix.
	 */
	@QuickFix(IssueCodes.LABEL_SKIPPED)
	@QuickFix(IssueCodes.LABEL_RESTART)
	@QuickFix(IssueCodes.LABEL_MISSING)
	public void renumberCell(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Cell cell = target.element(Cell.class);
		if (cell == null) {
			return;
		}
		LabelRepairs.Renumbering renumbering = LabelRepairs.renumber(cell);
		if (renumbering != null && renumbering.changed() > 1) {
			List<TextChange> changes = new java.util.ArrayList<>();
			for (int i = 0; i < renumbering.clauses().size(); i++) {
				Clause c = renumbering.clauses().get(i);
				String wanted = renumbering.labels().get(i);
				if (c.getLabel() == null) {
					ICompositeNode node = NodeModelUtils.findActualNodeFor(c);
					if (node == null) {
						return;
					}
					changes.add(TextChange.insert(node.getOffset(), wanted + " "));
				} else if (!wanted.equals(c.getLabel())) {
					INode label = first(NodeModelUtils.findNodesForFeature(c, Literals.CLAUSE__LABEL));
					if (label == null) {
						return;
					}
					changes.add(TextChange.replace(label.getOffset(), label.getEndOffset(), wanted));
				}
			}
			offer(acceptor, QuickfixMessages.text("fix.renumber", QuickfixMessages.names(renumbering.labels())), changes);
		}
	}

	/** An unlabelled clause among labelled ones gets the next label, written before the clause. */
	@QuickFix(IssueCodes.LABEL_MISSING)
	public void insertLabel(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Clause clause = target.element(Clause.class);
		if (clause == null || clause.getLabel() != null) {
			return;
		}
		String expected = LabelRepairs.expectedFor(clause);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(clause);
		if (expected != null && node != null) {
			offer(acceptor, QuickfixMessages.text("fix.add-label", expected), List.of(TextChange.insert(node.getOffset(), expected + " ")));
		}
	}

	// slips in clause texts

	@QuickFix(IssueCodes.DOUBLED_CHARACTER)
	public void deleteDoubledCharacter(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.DOUBLED_CHARACTER);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.doubledCharacter(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.REPEATED_WORD)
	public void deleteRepeatedWord(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.REPEATED_WORD);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.repeatedWord(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.REPEATED_PHRASE)
	public void deleteRepeatedPhrase(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.REPEATED_PHRASE);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.repeatedPhrase(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.STRAY_PUNCTUATION)
	public void keepLastPunctuation(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.STRAY_PUNCTUATION);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.strayPunctuation(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.LEADING_PUNCTUATION)
	public void deleteLeadingPunctuation(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.LEADING_PUNCTUATION);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.leadingPunctuation(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.REPEATED_SENTENCE)
	public void deleteRepeatedSentence(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.REPEATED_SENTENCE);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.repeatedSentence(s.value(), s.slip()));
		}
	}

	/**
	 * The last clause of a cell ending in ；: the semicolon becomes 。 (other unfinished ends get no fix: words are
	 * missing). The paragraph is the one the finding is on (a clause's text or one of its continuations).
	 */
	@QuickFix(IssueCodes.CLAUSE_END)
	public void endWithFullStop(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		int at = target.dataNumber(1);
		StringLiteral literal = checkedLiteral(target);
		Repair repair = literal == null ? null : SlipRepairs.lastSemicolon(literal.value(), at);
		if (repair != null) {
			offer(acceptor, repair.label(), List.of(literal.change(repair.from(), repair.to(), repair.text())));
		}
	}

	@QuickFix(IssueCodes.LATIN_WORD)
	public void translateConjunction(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.LATIN_WORD);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.latinWord(s.value(), s.slip()));
		}
	}

	@QuickFix(IssueCodes.GARBLED_TEXT)
	public void removeMarkup(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		ClauseSlip s = ClauseSlip.of(target, Kind.GARBLED);
		if (s != null) {
			s.offer(acceptor, SlipRepairs.markup(s.slip()));
		}
	}

	// interpretations

	/** The open points left without interpretation get a skeleton each at the end of the head file, to be filled in. */
	@QuickFix(IssueCodes.INTERPRETATION_MISSING)
	public void addInterpretations(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		Standard standard = target.element(Standard.class);
		INode file = standard == null ? null : NodeModelUtils.getNode(standard.eContainer());
		if (file == null) {
			return;
		}
		StringBuilder skeleton = new StringBuilder();
		int count = 0;
		for (int i = 0; target.data(i) != null; i++) {
			skeleton.append("\ninterpretation ").append(target.data(i)).append("\n  quote \"").append(EMPTY_REASON).append("\"\n  reading \"")
					.append(EMPTY_REASON).append("\"\n  because \"").append(EMPTY_REASON).append("\"\n");
			count++;
		}
		if (count > 0) {
			String text = target.document().getContents();
			int end = file.getTotalEndOffset();
			String lead = end > 0 && text.charAt(end - 1) != '\n' ? "\n" : "";
			offer(acceptor, QuickfixMessages.counted("fix.interpretations", count, count, EMPTY_REASON),
					List.of(TextChange.insert(end, lead + skeleton)));
		}
	}

	// drafting notes

	/**
	 * A drafting note goes from a clause text or from the name of a row, subdomain or domain; a quoted name stays
	 * quoted. Not offered for a weighted subdomain that a tailoring rule names: the rule would no longer resolve.
	 */
	@QuickFix(IssueCodes.DRAFTING_NOTE)
	public void removeDraftingNote(FixTarget target, DiagnosticResolutionAcceptor acceptor) {
		EObject element = target.element();
		EStructuralFeature feature = noteBearing(element);
		if (feature == null || element instanceof WeightedSubdomain s && namedByTailoring(s)) {
			return;
		}
		StringLiteral literal = checkedTexts(element).isEmpty() ? StringLiteral.of(element, feature) : checkedLiteral(target);
		if (literal == null) {
			return;
		}
		String note = target.data(0);
		int near = literal.valueIndexAt(target.start());
		int from = -1;
		int to = -1;
		Matcher m = SubdomainNames.DRAFTING_NOTE.matcher(literal.value());
		while (m.find()) {
			if ((note == null || note.equals(m.group())) && (from < 0 || Math.abs(m.start() - near) < Math.abs(from - near))) {
				from = m.start();
				to = m.end();
			}
		}
		Repair repair = from < 0 ? null : SlipRepairs.draftingNote(literal.value(), from, to);
		if (repair != null) {
			offer(acceptor, repair.label(), List.of(literal.change(repair.from(), repair.to(), repair.text())));
		}
	}

	private static EStructuralFeature noteBearing(EObject element) {
		if (element instanceof Clause) {
			return Literals.CLAUSE__TEXT;
		} else if (element instanceof Note) {
			return Literals.NOTE__TEXT;
		} else if (element instanceof Cell) {
			return Literals.CELL__LEAD_IN;
		} else if (element instanceof RequirementRow) {
			return Literals.REQUIREMENT_ROW__NAME;
		} else if (element instanceof WeightedSubdomain) {
			return Literals.WEIGHTED_SUBDOMAIN__NAME;
		} else if (element instanceof RequirementDomain) {
			return Literals.REQUIREMENT_DOMAIN__NAME;
		} else if (element instanceof WeightDomain) {
			return Literals.WEIGHT_DOMAIN__NAME;
		}
		return null;
	}

	private static boolean namedByTailoring(WeightedSubdomain subdomain) {
		Resource own = subdomain.eResource();
		List<Resource> resources = own == null ? List.of()
				: own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources();
		for (Resource r : resources) {
			for (EObject root : r.getContents()) {
				if (root instanceof Model model) {
					for (EObject member : model.getMembers()) {
						if (member instanceof Tailoring t && t.getSubdomains().contains(subdomain)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	private static INode first(List<INode> nodes) {
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/**
	 * The texts that a slip finding can be about: a clause's text and its continuation paragraphs, a note's text, a
	 * cell's lead-in, a level's description, a table's title.
	 */
	private static List<EStructuralFeature> checkedTexts(EObject element) {
		if (element instanceof Clause) {
			return List.of(Literals.CLAUSE__TEXT, Literals.CLAUSE__CONTINUATIONS);
		} else if (element instanceof Note) {
			return List.of(Literals.NOTE__TEXT);
		} else if (element instanceof Cell) {
			return List.of(Literals.CELL__LEAD_IN);
		} else if (element instanceof Level) {
			return List.of(Literals.LEVEL__DESCRIPTION);
		} else if (element instanceof WeightTable) {
			return List.of(Literals.WEIGHT_TABLE__TITLE);
		} else if (element instanceof RequirementTable) {
			return List.of(Literals.REQUIREMENT_TABLE__TITLE);
		}
		return List.of();
	}

	/**
	 * The checked text the finding is on: the innermost element at the finding with such a text, and of its texts
	 * the one written where the finding starts (so that a slip in a continuation paragraph or a note is never
	 * repaired in the clause's first paragraph). Null when there is none.
	 */
	private static StringLiteral checkedLiteral(FixTarget target) {
		for (EObject element = target.element(); element != null; element = element.eContainer()) {
			for (EStructuralFeature feature : checkedTexts(element)) {
				StringLiteral literal = StringLiteral.at(element, feature, target.start());
				if (literal != null) {
					return literal;
				}
			}
		}
		return null;
	}

	/**
	 * A slip of a clause text (or level description, table title) that is still there: the finding's data (what,
	 * where in the value) checked against {@link TextSlips}.
	 */
	private record ClauseSlip(StringLiteral literal, Slip slip) {
		static ClauseSlip of(FixTarget target, Kind kind) {
			String found = target.data(0);
			int offset = target.dataNumber(1);
			if (found == null || offset < 0) {
				return null;
			}
			StringLiteral literal = checkedLiteral(target);
			Slip slip = new Slip(kind, found, offset);
			return literal != null && TextSlips.find(literal.value()).contains(slip) ? new ClauseSlip(literal, slip) : null;
		}

		String value() {
			return literal.value();
		}

		void offer(DiagnosticResolutionAcceptor acceptor, Repair repair) {
			if (repair != null) {
				TargetedQuickfixProvider.offer(acceptor, repair.label(),
						List.of(literal.change(repair.from(), repair.to(), repair.text())));
			}
		}
	}
}
