package com.maturityworkbench.dsl.ide;

import com.maturityworkbench.scoring.i18n.Messages;

/** The user-facing texts of the ide services (outline names and details, hovers): {@code messages.properties}. */
public final class IdeMessages {
	public static final Messages TEXTS = Messages.of(IdeMessages.class, "com.maturityworkbench.dsl.ide.messages");

	private IdeMessages() {
	}
}
