package com.maturityworkbench.revision.comments;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of the comment rounds, in the current language (messages.properties: Chinese; messages_en: English). */
final class CommentMessages {
	static final Messages M = Messages.of(CommentMessages.class, "com.maturityworkbench.revision.comments.messages");

	private CommentMessages() {
	}
}
