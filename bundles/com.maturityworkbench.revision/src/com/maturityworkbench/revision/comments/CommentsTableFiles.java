package com.maturityworkbench.revision.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.dsl.semantics.Revision;

/**
 * The files of the 征求意见汇总处理表 of a comment round ({@value CommentColumns#SUMMARY_TABLE_NAME}.xlsx and .docx), rendered in
 * memory and then written, each through a temporary file moved into place ({@link AssessmentWriters#replace}): a failure
 * leaves no half-written table.
 */
public final class CommentsTableFiles {
	private CommentsTableFiles() {
	}

	/** The files by name, rendered. */
	public static Map<String, byte[]> render(Revision revision, CommentRound round) {
		String title = CommentsTable.title(revision.standard().getTitle(), revision.standard().getRevision());
		List<List<String>> rows = CommentsTable.rows(round);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(CommentColumns.SUMMARY_TABLE_NAME + ".xlsx", CommentsTableXlsx.write(title, rows));
		files.put(CommentColumns.SUMMARY_TABLE_NAME + ".docx", CommentsTableDocx.write(title, rows));
		return files;
	}

	/** Writes the files into {@code dir} (created if need be); returns the paths written, in order. */
	public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, byte[]> f : files.entrySet()) {
			Path target = dir.resolve(f.getKey());
			AssessmentWriters.replace(target, f.getValue());
			written.add(target);
		}
		return written;
	}
}
