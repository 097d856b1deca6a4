package com.maturityworkbench.cli;

import java.util.List;

import com.maturityworkbench.dsl.analysis.SourceText;
import com.maturityworkbench.dsl.workspace.RevisionFiles;
import com.maturityworkbench.dsl.workspace.UnusableInputException;
import com.maturityworkbench.dsl.workspace.WorkspaceRevision;

import picocli.CommandLine.Parameters;

/**
 * The arguments OLD and NEW of {@code mwb diff} and {@code mwb simulate}: two revisions of one standard, each its
 * folder or one of its files, loaded side by side and never merged.
 */
final class RevisionPair {
	@Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
	String oldArg;

	@Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
	String newArg;

	/** Both revisions, OLD first; unusable files are refused before the language is set up. */
	List<WorkspaceRevision> load(CommandContext context) throws UnusableInputException {
		return load(context, oldArg, newArg);
	}

	/** The revisions {@code oldArg} and {@code newArg} (each a folder or a file), OLD first. */
	static List<WorkspaceRevision> load(CommandContext context, String oldArg, String newArg) throws UnusableInputException {
		List<SourceText> oldSources = RevisionFiles.readModel(oldArg);
		List<SourceText> newSources = RevisionFiles.readModel(newArg);
		return List.of(context.workspaces().revisionOf(oldArg, oldSources), context.workspaces().revisionOf(newArg, newSources));
	}
}
