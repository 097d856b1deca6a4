package com.maturityworkbench.dsl.workspace;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of this package: {@code messages.properties} (Chinese) and {@code messages_en.properties} beside it. */
final class WorkspaceMessages {
	static final Messages M = Messages.of(WorkspaceMessages.class, "com.maturityworkbench.dsl.workspace.messages");

	private WorkspaceMessages() {
	}

	/** The text of {@code key}, or of {@code key.one} when {@code count} is 1 (English says "1 error", "2 errors"). */
	static String counted(String key, long count, Object... args) {
		return M.text(count == 1 ? key + ".one" : key, args);
	}
}
