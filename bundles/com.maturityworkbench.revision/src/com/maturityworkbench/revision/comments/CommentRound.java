package com.maturityworkbench.revision.comments;

import static com.maturityworkbench.revision.comments.CommentMessages.M;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.maturityworkbench.dsl.semantics.Revision;
import com.maturityworkbench.revision.compare.RevisionOutline;

/**
 * The comments on one revision (a round of 征求意见), each resolved to what it points to in that revision: the files of
 * the revision's {@value CommentColumns#FOLDER} folder ({@link CommentsReader}), or files given, in name order. A
 * reference that resolves to nothing is a problem of its row, as are the rows {@link CommentsReader} finds wrong.
 */
public final class CommentRound {
	/** A comment and what its reference points to (null when it points to nothing). */
	public record ResolvedComment(Comment comment, CommentTarget target) {
	}

	private final List<ResolvedComment> comments;
	private final List<CommentProblem> problems;

	private CommentRound(List<ResolvedComment> comments, List<CommentProblem> problems) {
		this.comments = List.copyOf(comments);
		this.problems = List.copyOf(problems);
	}

	/** The comments files of a revision folder's {@value CommentColumns#FOLDER} folder, sorted; none when it has none. */
	public static List<Path> filesBeside(Path revisionFolder) throws CommentsUnreadableException {
		Path folder = revisionFolder.resolve(CommentColumns.FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> Files.isRegularFile(p) && CommentsReader.isCommentsFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new CommentsUnreadableException(M.text("file.unreadable", folder, e.getMessage()));
		}
	}

	/**
	 * Reads and resolves the comments of {@code files} on {@code revision}.
	 *
	 * @param labels the name each file is reported under, in the order of {@code files}
	 */
	public static CommentRound read(Revision revision, List<Path> files, List<String> labels) throws CommentsUnreadableException {
		CommentReferences references = new CommentReferences(RevisionOutline.of(revision), RuleChapters.of(revision));
		List<ResolvedComment> comments = new ArrayList<>();
		List<CommentProblem> problems = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			CommentsReader.CommentsFile file = CommentsReader.read(files.get(i), labels.get(i));
			problems.addAll(file.problems());
			for (Comment c : file.comments()) {
				CommentTarget target = null;
				if (!c.reference().isBlank()) {
					CommentReferences.Resolution r = references.resolve(c.reference());
					target = r.target();
					if (!r.resolved()) {
						problems.add(new CommentProblem(c.file(), c.row(), r.problem()));
					}
				}
				comments.add(new ResolvedComment(c, target));
			}
		}
		problems.sort(java.util.Comparator.comparing(CommentProblem::file).thenComparingInt(CommentProblem::row));
		return new CommentRound(comments, problems);
	}

	/**
	 * The comments of the files beside a revision ({@link #filesBeside}), each file reported under its path in the
	 * revision folder ({@code comments/征求意见.csv}); null when the folder has none.
	 */
	public static CommentRound readBeside(Revision revision, Path revisionFolder) throws CommentsUnreadableException {
		List<Path> files = filesBeside(revisionFolder);
		if (files.isEmpty()) {
			return null;
		}
		List<String> labels = files.stream().map(f -> revisionFolder.relativize(f).toString().replace('\\', '/')).toList();
		return read(revision, files, labels);
	}

	public List<ResolvedComment> comments() {
		return comments;
	}

	public List<CommentProblem> problems() {
		return problems;
	}

	/** The problems of a comment's row: its reference that resolves to nothing, its disposition, its missing cells. */
	public List<CommentProblem> problemsOf(Comment comment) {
		return problems.stream().filter(p -> p.row() == comment.row() && p.file().equals(comment.file())).toList();
	}

	public boolean isEmpty() {
		return comments.isEmpty();
	}

	/** How many comments have each disposition (every disposition listed, in order; rows without one not counted). */
	public Map<Disposition, Integer> countsByDisposition() {
		Map<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
		for (Disposition d : Disposition.values()) {
			counts.put(d, 0);
		}
		for (ResolvedComment c : comments) {
			if (c.comment().disposition() != null) {
				counts.merge(c.comment().disposition(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The summary line: {@code 15 条意见：采纳 8，部分采纳 3，不采纳 3，待定 1；问题 0 个}. */
	public String summary() {
		Map<Disposition, Integer> counts = countsByDisposition();
		List<String> parts = new ArrayList<>();
		counts.forEach((d, n) -> parts.add(M.text("summary.part", d.displayName(), n)));
		return M.text("summary", comments.size(), String.join(M.text("summary.separator"), parts), problems.size());
	}
}
