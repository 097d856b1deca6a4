package com.maturityworkbench.assessment.standalone;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of the standalone scorer: {@code messages.properties} (Chinese) and {@code messages_en.properties} (English) beside this class. */
final class StandaloneMessages {
	static final Messages M = Messages.of(StandaloneMessages.class, "com.maturityworkbench.assessment.standalone.messages");

	private StandaloneMessages() {
	}
}
