package com.maturityworkbench.revision.comments;

import static com.maturityworkbench.revision.comments.CommentMessages.M;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.revision.compare.RevisionOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.CellOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.ClauseOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.SubdomainOutline;
import com.maturityworkbench.revision.compare.RevisionOutline.TableGroup;

/**
 * Resolves the reference of a comment (章条编号/表格行) in the revision commented on. The forms:
 * <ul>
 * <li>a table: {@code 表7} (a weight or requirement table; 表9 and 表10 are rule tables, as chapters);</li>
 * <li>a table's row: {@code 表3 成本管理} (the weight row of a weight table, the requirement row of a requirement table, by
 * its own name or by the name of the weight it stands for);</li>
 * <li>a cell: {@code 表5 组织建设 一级};</li>
 * <li>a clause: its assessment id {@code 表5.组织建设.一级.3}, or as printed {@code 表5 组织建设 一级 c)} (by label);</li>
 * <li>a chapter or rule table: {@code 9.2}, {@code 6.1}, {@code 表10}, {@code 附录A} (see {@link RuleChapters}).</li>
 * </ul>
 * Parts are separated by spaces, dots, slashes or 、; full-width brackets are read as half-width.
 */
public final class CommentReferences {
	private static final Pattern TABLE = Pattern.compile("^表\\s*(\\d+)(.*)$");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s./／·、,，]+");

	/** A reference resolved ({@code target}), or why it resolves to nothing ({@code problem}). */
	public record Resolution(CommentTarget target, String problem) {
		public boolean resolved() {
			return target != null;
		}
	}

	private final RevisionOutline outline;
	private final Set<String> chapters;

	public CommentReferences(RevisionOutline outline, Set<String> chapters) {
		this.outline = outline;
		this.chapters = chapters;
	}

	public Resolution resolve(String reference) {
		String ref = reference.strip().replace('（', '(').replace('）', ')').replace('．', '.');
		Matcher m = TABLE.matcher(ref);
		if (!m.matches()) {
			String chapter = RuleChapters.normalize(ref.replaceFirst("^第", "").replaceFirst("[章条]$", ""));
			if (chapters.contains(chapter)) {
				return found(new CommentTarget(CommentTarget.Kind.CHAPTER, chapter, null, null, null, null, null));
			}
			return problem("ref.no-chapter", reference, String.join("、", chapters));
		}
		String table = "表" + m.group(1);
		List<String> parts = new ArrayList<>();
		for (String p : SEPARATORS.split(m.group(2).strip())) {
			if (!p.isEmpty()) {
				parts.add(p);
			}
		}
		TableGroup group = outline.groups().stream().filter(g -> table.equals(g.weightTable()) || table.equals(g.requirementTable())).findFirst()
				.orElse(null);
		if (group == null) {
			if (parts.isEmpty() && chapters.contains(table)) {
				return found(new CommentTarget(CommentTarget.Kind.CHAPTER, table, null, null, null, null, null));
			}
			return problem("ref.no-table", reference, table);
		}
		if (parts.isEmpty()) {
			return found(new CommentTarget(CommentTarget.Kind.TABLE, null, group.key(), table, null, null, null));
		}
		boolean weights = table.equals(group.weightTable());
		String key = SubdomainNames.normalize(parts.get(0));
		SubdomainOutline row = group.subdomains().stream()
				.filter(s -> weights ? s.weight() != null && s.key().equals(key)
						: !s.cells().isEmpty() && (s.key().equals(key) || SubdomainNames.normalize(s.rowName()).equals(key)))
				.findFirst().orElse(null);
		if (row == null) {
			return problem("ref.no-row", reference, table, parts.get(0));
		}
		if (parts.size() == 1) {
			return found(new CommentTarget(CommentTarget.Kind.ROW, null, group.key(), table, row.key(), null, null));
		}
		if (weights) {
			return problem("ref.weights-level", reference, table);
		}
		CellOutline cell = row.cells().get(parts.get(1));
		if (cell == null) {
			return problem("ref.no-level", reference, table, row.name(), parts.get(1));
		}
		if (parts.size() == 2) {
			return found(new CommentTarget(CommentTarget.Kind.CELL, null, group.key(), table, row.key(), cell.level(), null));
		}
		ClauseOutline clause = clause(cell, parts.get(2));
		if (clause == null || parts.size() > 3) {
			return problem("ref.no-clause", reference, table, row.name(), cell.level(), parts.get(2), cell.clauses().size());
		}
		return found(new CommentTarget(CommentTarget.Kind.CLAUSE, null, group.key(), table, row.key(), cell.level(), clause.id()));
	}

	/** The clause of a cell by the number its assessment id ends with or its label ({@code c)}, {@code c}). */
	private static ClauseOutline clause(CellOutline cell, String part) {
		if (part.matches("\\d+")) {
			return cell.clauses().stream().filter(c -> c.id().endsWith("." + part)).findFirst().orElse(null);
		}
		String label = bare(part);
		return cell.clauses().stream().filter(c -> c.label() != null && bare(c.label()).equals(label)).findFirst().orElse(null);
	}

	private static String bare(String label) {
		return label.replaceAll("[()）（.、\\s]", "");
	}

	private static Resolution found(CommentTarget target) {
		return new Resolution(target, null);
	}

	private static Resolution problem(String key, Object... args) {
		return new Resolution(null, M.text(key, args));
	}
}
