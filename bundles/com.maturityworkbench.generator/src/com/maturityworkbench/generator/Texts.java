package com.maturityworkbench.generator;

import com.maturityworkbench.scoring.i18n.Messages;

/** The generator's messages ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
final class Texts {
	static final Messages M = Messages.of(Texts.class, "com.maturityworkbench.generator.messages");

	private Texts() {
	}
}
