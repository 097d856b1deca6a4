package com.maturityworkbench.ui.views.comments;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import com.maturityworkbench.revision.comments.Comment;
import com.maturityworkbench.revision.comments.CommentProblem;
import com.maturityworkbench.ui.UiTexts;

/**
 * One column of the comments table: a cell of the comment as the committee wrote it (the disposition in the current
 * language), or the problems of its row; a comment whose row has a problem carries the warning icon in its first
 * column; the comments on what the editor's caret is in are in bold.
 */
final class CommentLabels extends ColumnLabelProvider {
	/** The columns, in order: their header's key and the text of a comment's cell. */
	enum Column {
		NUMBER("comments.column.number", Comment::number), UNIT("comments.column.unit", Comment::unit),
		REFERENCE("comments.column.reference", Comment::reference), CONTENT("comments.column.content", Comment::content),
		PROPOSAL("comments.column.proposal", Comment::proposal),
		DISPOSITION("comments.column.disposition", c -> c.disposition() == null ? "" : c.disposition().displayName()),
		REASON("comments.column.reason", Comment::reason), PROBLEM("comments.column.problem", c -> "");

		final String header;
		final Function<Comment, String> text;

		Column(String header, Function<Comment, String> text) {
			this.header = header;
			this.text = text;
		}

		String header() {
			return UiTexts.text(header);
		}
	}

	private final Column column;
	private final Function<Comment, List<CommentProblem>> problems;
	private final Supplier<Set<Comment>> atCaret;

	CommentLabels(Column column, Function<Comment, List<CommentProblem>> problems, Supplier<Set<Comment>> atCaret) {
		this.column = column;
		this.problems = problems;
		this.atCaret = atCaret;
	}

	@Override
	public String getText(Object element) {
		Comment comment = (Comment) element;
		if (column == Column.PROBLEM) {
			return problemText(problems.apply(comment));
		}
		return column.text.apply(comment);
	}

	static String problemText(List<CommentProblem> problems) {
		return String.join(UiTexts.text("comments.problem.separator"), problems.stream().map(CommentProblem::message).toList());
	}

	@Override
	public Image getImage(Object element) {
		if (column != Column.NUMBER || problems.apply((Comment) element).isEmpty()) {
			return null;
		}
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
	}

	@Override
	public Font getFont(Object element) {
		return atCaret.get().contains(element) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
	}

	@Override
	public String getToolTipText(Object element) {
		Comment comment = (Comment) element;
		String problem = problemText(problems.apply(comment));
		return problem.isEmpty() ? comment.content() : UiTexts.text("comments.problem.tooltip", problem);
	}
}
