package com.maturityworkbench.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
			case DOUBLED_CHARACTER -> content(clause, String.format("%s：“%s”疑为多打了一个“%s”（…%s…）", where(clause), slip.found(),
					slip.found().substring(1), context), Literals.CLAUSE__TEXT, IssueCodes.DOUBLED_CHARACTER, slip.found(),
					String.valueOf(slip.offset()));
			case REPEATED_WORD -> content(clause, String.format("%s：词语重复“%s”（…%s…）", where(clause), slip.found(), context),
					Literals.CLAUSE__TEXT, IssueCodes.REPEATED_WORD, slip.found(), String.valueOf(slip.offset()));
			case REPEATED_PHRASE -> content(clause, String.format("%s：短语“%s”连续出现两次", where(clause), slip.found()),
					Literals.CLAUSE__TEXT, IssueCodes.REPEATED_PHRASE, slip.found(), String.valueOf(slip.offset()));
			case LATIN_WORD -> content(clause, String.format("%s：中文条文中夹有英文单词“%s”（…%s…）", where(clause), slip.found(),
					context), Literals.CLAUSE__TEXT, IssueCodes.LATIN_WORD, slip.found(), String.valueOf(slip.offset()));
			case STRAY_PUNCTUATION -> content(clause, String.format("%s：标点“%s”多余或重复（…%s…）", where(clause),
					slip.found().strip(), context), Literals.CLAUSE__TEXT, IssueCodes.STRAY_PUNCTUATION, slip.found(),
					String.valueOf(slip.offset()));
			case GARBLED -> content(clause, String.format("%s：含有乱码或排版残留“%s”", where(clause), slip.found()),
					Literals.CLAUSE__TEXT, IssueCodes.GARBLED_TEXT, slip.found(), String.valueOf(slip.offset()));
			case DRAFTING_NOTE -> content(clause, String.format("%s：条文中留有起草批注“%s”", where(clause), slip.found()),
					Literals.CLAUSE__TEXT, IssueCodes.DRAFTING_NOTE, slip.found());
			}
		}
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

	/** A whole row that is a copy of an earlier row (all its clauses at all levels). */
	@Check
	public void duplicateRow(RequirementRow row) {
		String key = rowText(row);
		if (key.isEmpty()) {
			return;
		}
		Revision revision = revision(row);
		Map<String, RequirementRow> firstByText = cached(List.of("rowText", revision.name() == null ? "" : revision.name()), () -> {
			Map<String, RequirementRow> map = new LinkedHashMap<>();
			for (RequirementTable t : revision.requirementTables()) {
				for (RequirementDomain d : t.getDomains()) {
					for (RequirementRow r : d.getRows()) {
						String k = rowText(r);
						if (!k.isEmpty()) {
							map.putIfAbsent(k, r);
						}
					}
				}
			}
			return map;
		});
		RequirementRow first = firstByText.get(key);
		if (first != null && first != row) {
			content(row, String.format("%s的“%s”整行内容与%s的“%s”完全相同（复制后未修改）",
					Tables.describe(EcoreUtil2.getContainerOfType(row, RequirementTable.class)), row.getName(),
					Tables.describe(EcoreUtil2.getContainerOfType(first, RequirementTable.class)), first.getName()),
					Literals.REQUIREMENT_ROW__NAME, IssueCodes.DUPLICATE_ROW_TEXT, first.getName());
		}
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

	private static String rowText(RequirementRow row) {
		StringBuilder b = new StringBuilder();
		for (Cell cell : row.getCells()) {
			b.append('|');
			for (Clause clause : cell.getClauses()) {
				b.append(TextSlips.comparable(clause.getText())).append('/');
			}
		}
		return b.toString().replace("|", "").isEmpty() ? "" : b.toString();
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
