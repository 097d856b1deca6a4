package com.maturityworkbench.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.maturityworkbench.dsl.maturity.Cell;
import com.maturityworkbench.dsl.maturity.Clause;
import com.maturityworkbench.dsl.maturity.MaturityPackage.Literals;
import com.maturityworkbench.dsl.maturity.RequirementDomain;
import com.maturityworkbench.dsl.maturity.RequirementRow;
import com.maturityworkbench.dsl.maturity.RequirementTable;
import com.maturityworkbench.dsl.maturity.WeightDomain;
import com.maturityworkbench.dsl.maturity.WeightedSubdomain;
import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.dsl.semantics.Tables;
import com.maturityworkbench.dsl.semantics.TextSlips;
import com.maturityworkbench.dsl.semantics.TextSlips.Slip;

/** The text of clauses and names: duplicates, editing slips, Latin words, drafting notes, missing modal verbs. */
public class ClauseTextValidator extends MaturityCheck {

	@Check
	public void slips(Clause clause) {
		String text = clause.getText();
		if (text == null || text.isBlank()) {
			content(clause, where(clause) + "：条款内容为空", Literals.CLAUSE__TEXT, IssueCodes.EMPTY_TEXT);
			return;
		}
		for (Slip slip : TextSlips.find(text)) {
			String context = excerpt(text, slip.offset(), slip.found().length());
			switch (slip.kind()) {
			case DOUBLED_CHARACTER -> at(clause, slip, String.format("%s：“%s”疑为多打了一个“%s”（…%s…）", where(clause), slip.found(),
					slip.found().substring(1), context), IssueCodes.DOUBLED_CHARACTER, slip.found(),
					String.valueOf(slip.offset()));
			case REPEATED_WORD -> at(clause, slip, String.format("%s：词语重复“%s”（…%s…）", where(clause), slip.found(), context), IssueCodes.REPEATED_WORD, slip.found(), String.valueOf(slip.offset()));
			case REPEATED_PHRASE -> at(clause, slip, String.format("%s：短语“%s”连续出现两次", where(clause), slip.found()), IssueCodes.REPEATED_PHRASE, slip.found(), String.valueOf(slip.offset()));
			case LATIN_WORD -> at(clause, slip, String.format("%s：中文条文中夹有英文单词“%s”（…%s…）", where(clause), slip.found(),
					context), IssueCodes.LATIN_WORD, slip.found(), String.valueOf(slip.offset()));
			case STRAY_PUNCTUATION -> at(clause, slip, String.format("%s：标点“%s”多余或重复（…%s…）", where(clause),
					slip.found().strip(), context), IssueCodes.STRAY_PUNCTUATION, slip.found(),
					String.valueOf(slip.offset()));
			case GARBLED -> at(clause, slip, String.format("%s：含有乱码或排版残留“%s”", where(clause), slip.found()), IssueCodes.GARBLED_TEXT, slip.found(), String.valueOf(slip.offset()));
			case DRAFTING_NOTE -> at(clause, slip, String.format("%s：条文中留有起草批注“%s”", where(clause), slip.found()), IssueCodes.DRAFTING_NOTE, slip.found());
			}
		}
	}

	private void at(Clause clause, Slip slip, String message, String code, String... data) {
		contentAt(clause, Literals.CLAUSE__TEXT, slip.offset(), slip.found().length(), message, code, data);
	}

	@Check
	public void draftingNoteInRowName(RequirementRow row) {
		String note = SubdomainNames.draftingNote(row.getName());
		if (note != null) {
			content(row, String.format("%s的能力子域名称“%s”中留有起草批注“%s”",
					Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(), note),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInSubdomainName(WeightedSubdomain subdomain) {
		String note = SubdomainNames.draftingNote(subdomain.getName());
		if (note != null) {
			content(subdomain, String.format("能力子域名称“%s”中留有起草批注“%s”", subdomain.getName(), note),
					Literals.WEIGHTED_SUBDOMAIN__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInDomainName(RequirementDomain domain) {
		String note = SubdomainNames.draftingNote(domain.getName());
		if (note != null) {
			content(domain, String.format("能力域名称“%s”中留有起草批注“%s”", domain.getName(), note),
					Literals.REQUIREMENT_DOMAIN__NAME, IssueCodes.DRAFTING_NOTE, note);
		}
	}

	@Check
	public void draftingNoteInWeightDomainName(WeightDomain domain) {
		String note = SubdomainNames.draftingNote(domain.getName());
		if (note != null) {
			content(domain, String.format("能力域名称“%s”中留有起草批注“%s”", domain.getName(), note), Literals.WEIGHT_DOMAIN__NAME,
					IssueCodes.DRAFTING_NOTE, note);
		}
	}

	/** A clause repeated within its cell, or in another cell of the same row. */
	@Check
	public void duplicateClauses(RequirementRow row) {
		Map<String, Clause> seen = new HashMap<>();
		for (Cell cell : row.getCells()) {
			Map<String, Clause> inCell = new HashMap<>();
			for (Clause clause : cell.getClauses()) {
				String key = TextSlips.comparable(clause.getText());
				if (key.isEmpty()) {
					continue;
				}
				Clause earlierInCell = inCell.putIfAbsent(key, clause);
				if (earlierInCell != null) {
					content(clause, String.format("%s：与本单元格的条款 %s 内容完全相同", where(clause), label(earlierInCell)),
							Literals.CLAUSE__TEXT, IssueCodes.DUPLICATE_CLAUSE_IN_CELL);
					continue;
				}
				Clause earlier = seen.get(key);
				if (earlier != null) {
					Cell other = (Cell) earlier.eContainer();
					content(clause, String.format("%s：与同一行%s的条款 %s 内容完全相同", where(clause), other.getLevel().getName(),
							label(earlier)), Literals.CLAUSE__TEXT, IssueCodes.DUPLICATE_CLAUSE_IN_ROW);
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
		List<String> mine = clauseTexts(row);
		if (mine.size() < 3) {
			return;
		}
		Revision revision = revision(row);
		List<RequirementRow> rows = cached(List.of("rows", revision.name() == null ? "" : revision.name()), () -> {
			List<RequirementRow> all = new ArrayList<>();
			for (RequirementTable t : revision.requirementTables()) {
				for (RequirementDomain d : t.getDomains()) {
					all.addAll(d.getRows());
				}
			}
			return all;
		});
		for (RequirementRow earlier : rows) {
			if (earlier == row) {
				return;
			}
			java.util.Set<String> theirs = new java.util.HashSet<>(clauseTexts(earlier));
			long same = mine.stream().filter(theirs::contains).count();
			if (same * 5 >= mine.size() * 4L) {
				content(row, String.format("%s的“%s”整行几乎是%s“%s”的复制：%d 条要求中有 %d 条逐字相同",
						Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(),
						Tables.describe(EcoreUtil2.getContainerOfType(earlier, RequirementTable.class)), earlier.getName(),
						mine.size(), same), Literals.REQUIREMENT_ROW__NAME, IssueCodes.DUPLICATE_ROW_TEXT, earlier.getName());
				return;
			}
		}
	}

	private List<String> clauseTexts(RequirementRow row) {
		return cached(List.of("clauseTexts", row), () -> {
			List<String> texts = new ArrayList<>();
			for (Cell cell : row.getCells()) {
				for (Clause clause : cell.getClauses()) {
					String t = TextSlips.comparable(clause.getText());
					if (!t.isEmpty()) {
						texts.add(t);
					}
				}
			}
			return texts;
		});
	}

	/** Info, one per row: the clauses that have none of 应/宜/可 (a requirement should say how binding it is). */
	@Check
	public void modalVerbs(RequirementRow row) {
		List<String> lacking = new ArrayList<>();
		for (Cell cell : row.getCells()) {
			for (Clause clause : cell.getClauses()) {
				if (!TextSlips.hasModalVerb(clause.getText())) {
					lacking.add(cell.getLevel().getName() + " " + label(clause));
				}
			}
		}
		if (!lacking.isEmpty()) {
			note(row, String.format("“%s”有 %d 条要求未使用能愿动词（应/宜/可/不应）：%s", row.getName(), lacking.size(),
					String.join("，", lacking)), Literals.REQUIREMENT_ROW__NAME, IssueCodes.NO_MODAL_VERB);
		}
	}

	private static String where(Clause clause) {
		Cell cell = (Cell) clause.eContainer();
		RequirementRow row = (RequirementRow) cell.eContainer();
		RequirementTable table = EcoreUtil2.getContainerOfType(row, RequirementTable.class);
		return String.format("%s“%s”%s %s", table.getName(), row.getName(),
				cell.getLevel() == null ? "?" : cell.getLevel().getName(), label(clause));
	}

	private static String label(Clause clause) {
		if (clause.getLabel() != null) {
			return clause.getLabel();
		}
		Cell cell = (Cell) clause.eContainer();
		return "第" + (cell.getClauses().indexOf(clause) + 1) + "条";
	}

	private static String excerpt(String text, int offset, int length) {
		int from = Math.max(0, offset - 6);
		int to = Math.min(text.length(), offset + length + 6);
		return text.substring(from, to);
	}
}
