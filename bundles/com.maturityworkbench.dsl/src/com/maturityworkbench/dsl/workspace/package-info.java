/**
 * The revision workspace: the one pipeline from revision files to revisions that every front end uses (the command
 * line, and later the workbench and the language server). {@link com.maturityworkbench.dsl.workspace.RevisionWorkspaceService}
 * reads files and folders, parses and groups them into revisions, and makes
 * {@link com.maturityworkbench.dsl.workspace.RevisionWorkspace} snapshots; each
 * {@link com.maturityworkbench.dsl.workspace.WorkspaceRevision} has its files, its findings, its validity for scoring
 * and generation (the one rule, stated there) and its scoring model. Edits of unsaved text make new snapshots that
 * re-check the whole revision of the edited file.
 */
package com.maturityworkbench.dsl.workspace;
