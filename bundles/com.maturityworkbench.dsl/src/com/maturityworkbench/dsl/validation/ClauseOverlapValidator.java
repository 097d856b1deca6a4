package com.maturityworkbench.dsl.validation;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.semantics.ClauseOverlap;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * Clauses that repeat one another: word for word in their cell, row or table, a whole row copied, whole sentences
 * shared within a cell, or one clause a near copy of another in its cell.
 */
public class ClauseOverlapValidator extends MaturityCheck {

	/** A clause repeated within its cell, or in another cell of the same row. */
	/** Every clause prepared for comparison once per validation run. */
	private ClauseOverlap.Profile profile(Clause clause) {
		Map<Clause, ClauseOverlap.Profile> profiles = cached("clauseProfiles", IdentityHashMap::new);
		return profiles.computeIfAbsent(clause, c -> ClauseOverlap.Profile.of(c.getText()));
	}

	private String comparable(Clause clause) {
		return profile(clause).comparable();
	}

	@Check
	public void duplicateClauses(RequirementRow row) {
		Map<String, Clause> seen = new HashMap<>();
		for (Cell cell : row.getCells()) {
			Map<String, Clause> inCell = new HashMap<>();
			for (Clause clause : cell.getClauses()) {
				String key = comparable(clause);
				if (key.isEmpty()) {
					continue;
				}
				Clause earlierInCell = inCell.putIfAbsent(key, clause);
				if (earlierInCell != null) {
					content(clause, text("overlap.same-in-cell", Clauses.where(clause), Clauses.label(earlierInCell)),
							Literals.CLAUSE__TEXT, IssueCodes.DUPLICATE_CLAUSE_IN_CELL);
					continue;
				}
				Clause earlier = seen.get(key);
				if (earlier != null) {
					Cell other = (Cell) earlier.eContainer();
					content(clause, text("overlap.same-in-row", Clauses.where(clause), other.getLevel().getName(),
							Clauses.label(earlier)), Literals.CLAUSE__TEXT, IssueCodes.DUPLICATE_CLAUSE_IN_ROW);
				}
			}
			for (Map.Entry<String, Clause> e : inCell.entrySet()) {
				seen.putIfAbsent(e.getKey(), e.getValue());
			}
		}
	}

	/**
	 * A whole row that is a copy of an earlier row of the revision: at least 80 % of its clauses (3 or more) appear
	 * word for word in that row, punctuation and spaces aside.
	 */
	@Check
	public void duplicateRow(RequirementRow row) {
		RequirementRow earlier = copiedFrom(row);
		if (earlier != null && row.getName() != null && earlier.getName() != null) { // a row without its name: a syntax error
			List<String> mine = clauseTexts(row);
			Set<String> theirs = new HashSet<>(clauseTexts(earlier));
			long same = mine.stream().filter(theirs::contains).count();
			content(row, text("overlap.row-copy",
					Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(),
					Tables.describe(EcoreUtil2.getContainerOfType(earlier, RequirementTable.class)), earlier.getName(),
					mine.size(), same), Literals.REQUIREMENT_ROW__NAME, IssueCodes.DUPLICATE_ROW_TEXT, earlier.getName());
		}
	}

	/** The earlier row of the revision this row is a copy of (see {@link #duplicateRow}), or null. */
	private RequirementRow copiedFrom(RequirementRow row) {
		return cached(List.of("copiedFrom", row), () -> {
			List<String> mine = clauseTexts(row);
			if (mine.size() < 3) {
				return null;
			}
			for (RequirementRow earlier : rows(revision(row))) {
				if (earlier == row) {
					return null;
				}
				Set<String> theirs = clauseTextSet(earlier);
				long same = mine.stream().filter(theirs::contains).count();
				if (same * 5 >= mine.size() * 4L) {
					return earlier;
				}
			}
			return null;
		});
	}

	private List<RequirementRow> rows(Revision revision) {
		return cached(List.of("rows", revision.name() == null ? "" : revision.name()), () -> {
			List<RequirementRow> all = new ArrayList<>();
			for (RequirementTable t : revision.requirementTables()) {
				for (RequirementDomain d : t.getDomains()) {
					all.addAll(d.getRows());
				}
			}
			return all;
		});
	}

	private Set<String> clauseTextSet(RequirementRow row) {
		return cached(List.of("clauseTextSet", row), () -> new HashSet<>(clauseTexts(row)));
	}

	private List<String> clauseTexts(RequirementRow row) {
		return cached(List.of("clauseTexts", row), () -> {
			List<String> texts = new ArrayList<>();
			for (Cell cell : row.getCells()) {
				for (Clause clause : cell.getClauses()) {
					String t = comparable(clause);
					if (!t.isEmpty()) {
						texts.add(t);
					}
				}
			}
			return texts;
		});
	}

	/**
	 * A clause written word for word in another row of the same table: the same requirement rated under two
	 * subdomains. Not reported between a copied row and its original (that row is reported as a whole).
	 */
	@Check
	public void duplicateInTable(RequirementTable table) {
		Map<String, Clause> first = new HashMap<>();
		for (RequirementDomain d : table.getDomains()) {
			for (RequirementRow row : d.getRows()) {
				Map<String, Clause> inRow = new LinkedHashMap<>();
				for (Cell cell : row.getCells()) {
					for (Clause clause : cell.getClauses()) {
						String key = comparable(clause);
						if (key.isEmpty()) {
							continue;
						}
						inRow.putIfAbsent(key, clause);
						Clause earlier = first.get(key);
						if (earlier == null) {
							continue;
						}
						RequirementRow other = EcoreUtil2.getContainerOfType(earlier, RequirementRow.class);
						if (other != row && copiedFrom(row) != other && copiedFrom(other) != row) {
							Cell otherCell = (Cell) earlier.eContainer();
							content(clause, text("overlap.same-in-table",
									Clauses.where(clause), other.getName(), otherCell.getLevel().getName(), Clauses.label(earlier)),
									Literals.CLAUSE__TEXT, IssueCodes.DUPLICATE_CLAUSE_IN_TABLE, other.getName());
						}
					}
				}
				inRow.forEach(first::putIfAbsent);
			}
		}
	}

	/**
	 * Two clauses of one cell that share a whole sentence (8 characters or more, punctuation aside), or of which one
	 * is a near copy of the other ({@link ClauseOverlap#nearCopy}): each reported once, at the later clause.
	 */
	@Check
	public void overlapInCell(Cell cell) {
		List<Clause> clauses = cell.getClauses();
		if (clauses.size() < 2 || clauses.size() > LimitsValidator.MAX_CLAUSES_IN_CELL) {
			return; // a cell of thousands of clauses is an error of its own (LimitsValidator): no pairwise comparison
		}
		Map<Clause, Boolean> reported = new IdentityHashMap<>();
		for (int j = 1; j < clauses.size(); j++) {
			Clause later = clauses.get(j);
			String laterKey = comparable(later);
			for (int i = 0; i < j && !reported.containsKey(later); i++) {
				Clause earlier = clauses.get(i);
				String earlierKey = comparable(earlier);
				if (laterKey.isEmpty() || laterKey.equals(earlierKey)) {
					continue; // identical clauses are text.duplicate-in-cell
				}
				List<String> shared = ClauseOverlap.sharedSentences(profile(earlier), profile(later));
				if (!shared.isEmpty()) {
					content(later, ValidationMessages.counted("overlap.shared-sentence", shared.size(), Clauses.where(later),
							Clauses.label(earlier), shared.size(), Clauses.shorten(shared.get(0), 24)), Literals.CLAUSE__TEXT,
							IssueCodes.SHARED_SENTENCE, Clauses.label(Language.ZH, earlier));
					reported.put(later, true);
					continue;
				}
				double copy = ClauseOverlap.nearCopy(profile(earlier), profile(later));
				if (copy >= 0) {
					content(later, text("overlap.near-copy",
							Clauses.where(later), Clauses.label(earlier), (int) Math.floor(copy * 100)), Literals.CLAUSE__TEXT,
							IssueCodes.NEAR_COPY_IN_CELL, Clauses.label(Language.ZH, earlier));
					reported.put(later, true);
				}
			}
		}
	}
}
