package com.maturityworkbench.revision.comments;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.dsl.semantics.SubdomainNames;
import com.maturityworkbench.revision.comments.CommentRound.ResolvedComment;
import com.maturityworkbench.revision.compare.ClauseMapping;
import com.maturityworkbench.revision.compare.ClauseMapping.ClausePlace;
import com.maturityworkbench.revision.compare.ContextChange;
import com.maturityworkbench.revision.compare.RevisionDiff;
import com.maturityworkbench.revision.compare.RuleChange;
import com.maturityworkbench.revision.compare.SubdomainMatch;
import com.maturityworkbench.revision.compare.WeightTableChange;

/**
 * Which comments on the old revision each change of a comparison answers: the comments disposed of as 采纳 or 部分采纳
 * whose reference points to what the change changed. A rule change answers the comments on its chapters
 * ({@link RuleChapters}), a table title's change those on the table; a weight row or a subdomain change those on the row (in either table of its group, by its old
 * or new name) or on its table; a clause change those on the clause (by its old id), its cell or its requirement row; a change of a
 * lead-in or note those on its cell or row. Comments on a table are answered by the
 * changes of its title, of its weight rows (a weight table) and of the subdomains of its table group.
 */
public final class CommentLinks {
	/** No comments: every change answers none. */
	public static final CommentLinks NONE = new CommentLinks(new IdentityHashMap<>(), List.of());

	private final Map<Object, List<Comment>> byChange;
	private final List<Comment> unanswered;

	private CommentLinks(Map<Object, List<Comment>> byChange, List<Comment> unanswered) {
		this.byChange = byChange;
		this.unanswered = unanswered;
	}

	/**
	 * @param old the revision commented on (the comparison's old side)
	 */
	public static CommentLinks of(RevisionDiff diff, CommentRound round, Revision old, Revision nu) {
		List<ResolvedComment> answerable = round.comments().stream()
				.filter(c -> c.target() != null && c.comment().disposition() != null && c.comment().disposition().isAnsweredByChange()).toList();
		Map<Object, List<Comment>> byChange = new IdentityHashMap<>();
		Set<Comment> answered = new LinkedHashSet<>();
		for (RuleChange r : diff.rules()) {
			Set<String> chapters = RuleChapters.of(r, old, nu);
			link(byChange, answered, r, answerable, t -> t.kind() == CommentTarget.Kind.CHAPTER && chapters.contains(t.chapter())
					|| r.family().equals("title") && t.kind() == CommentTarget.Kind.TABLE && r.subject().equals(t.table()));
		}
		for (WeightTableChange table : diff.weights()) {
			for (WeightTableChange.Row row : table.rows()) {
				if (row.isChanged()) {
					link(byChange, answered, row, answerable, t -> onRow(t, table.group(), row.oldName(), row.newName())
							|| t.kind() == CommentTarget.Kind.TABLE && (t.table().equals(table.oldTable()) || t.table().equals(table.newTable())));
				}
			}
		}
		for (SubdomainMatch m : diff.subdomainChanges()) {
			String group = m.old() != null ? m.old().group() : m.nu().group();
			link(byChange, answered, m, answerable, t -> onRow(t, group, m.old() == null ? null : m.old().name(), m.nu() == null ? null : m.nu().name())
					|| onTable(t, group));
		}
		for (ClauseMapping c : diff.clauses().changes()) {
			link(byChange, answered, c, answerable, t -> onClause(t, c));
		}
		for (ContextChange c : diff.context()) {
			link(byChange, answered, c, answerable, t -> onCell(t, c.place(), c.place()));
		}
		List<Comment> unanswered = new ArrayList<>();
		for (ResolvedComment c : answerable) {
			if (!answered.contains(c.comment())) {
				unanswered.add(c.comment());
			}
		}
		return new CommentLinks(byChange, unanswered);
	}

	/** The comments a change (a {@link RuleChange}, {@link WeightTableChange.Row}, {@link SubdomainMatch}, {@link ClauseMapping} or {@link ContextChange} of the comparison) answers. */
	public List<Comment> answering(Object change) {
		return byChange.getOrDefault(change, List.of());
	}

	/** The comments disposed of as 采纳 or 部分采纳 that no change answers. */
	public List<Comment> unanswered() {
		return unanswered;
	}

	/** The line printed under a change that answers comments: {@code 答复意见：第 1 条（某单位，采纳）}; empty for none. */
	public String answersLine(Object change) {
		List<Comment> comments = answering(change);
		if (comments.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (Comment c : comments) {
			parts.add(CommentMessages.M.text("answers.one", c.number(), c.unit(), c.disposition().displayName()));
		}
		return CommentMessages.M.text("answers", String.join(CommentMessages.M.text("answers.separator"), parts));
	}

	/** The title of the list of accepted comments no change answers. */
	public static String unansweredTitle() {
		return CommentMessages.M.text("unanswered.title");
	}

	/** One accepted comment that no change answers, as listed. */
	public static String unansweredLine(Comment c) {
		return CommentMessages.M.text("unanswered.line", c.number(), c.reference(), c.unit(), c.disposition().displayName(), c.content());
	}

	public boolean isEmpty() {
		return byChange.isEmpty() && unanswered.isEmpty();
	}

	private interface TargetTest {
		boolean test(CommentTarget target);
	}

	private static void link(Map<Object, List<Comment>> byChange, Set<Comment> answered, Object change, List<ResolvedComment> comments, TargetTest test) {
		for (ResolvedComment c : comments) {
			if (test.test(c.target())) {
				byChange.computeIfAbsent(change, k -> new ArrayList<>()).add(c.comment());
				answered.add(c.comment());
			}
		}
	}

	private static boolean onTable(CommentTarget t, String group) {
		return t.kind() == CommentTarget.Kind.TABLE && group.equals(t.group());
	}

	private static boolean onRow(CommentTarget t, String group, String oldName, String newName) {
		return t.kind() == CommentTarget.Kind.ROW && group.equals(t.group()) && (sameRow(t.subdomain(), oldName) || sameRow(t.subdomain(), newName));
	}

	private static boolean sameRow(String key, String name) {
		return name != null && key.equals(SubdomainNames.normalize(name));
	}

	private static boolean onClause(CommentTarget t, ClauseMapping c) {
		if (t.kind() == CommentTarget.Kind.CLAUSE) {
			return c.old() != null && t.clauseId().equals(c.old().id());
		}
		return onCell(t, c.oldPlace(), c.newPlace());
	}

	/** On the row, or on the cell, of either place, in its requirement table (a comment on a weight row is not on clauses). */
	private static boolean onCell(CommentTarget t, ClausePlace old, ClausePlace nu) {
		if (t.kind() != CommentTarget.Kind.ROW && t.kind() != CommentTarget.Kind.CELL) {
			return false;
		}
		for (ClausePlace p : new ClausePlace[] { old, nu }) {
			if (p == null || !p.group().equals(t.group()) || !p.table().equals(t.table()) || !sameRow(t.subdomain(), p.subdomain())) {
				continue;
			}
			if (t.kind() == CommentTarget.Kind.ROW || t.kind() == CommentTarget.Kind.CELL && Objects.equals(t.level(), p.level())) {
				return true;
			}
		}
		return false;
	}
}
