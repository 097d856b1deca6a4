package com.maturityworkbench.dsl.semantics;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of this package: {@code messages.properties} (Chinese) and {@code messages_en.properties} beside it. */
final class SemanticsMessages {
	static final Messages M = Messages.of(SemanticsMessages.class, "com.maturityworkbench.dsl.semantics.messages");

	private SemanticsMessages() {
	}
}
