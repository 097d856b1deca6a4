package com.maturityworkbench.assessment;

import java.util.List;

import com.maturityworkbench.scoring.i18n.Messages;

/**
 * The texts of the assessment readers in {@code com/maturityworkbench/assessment/messages.properties} (Chinese) and
 * {@code messages_en.properties}: every issue they report and how they name a place in a file.
 */
final class ReaderMessages {
	static final Messages M = Messages.of(ReaderMessages.class, "com.maturityworkbench.assessment.messages");

	private ReaderMessages() {
	}

	/** {@code parts} as a list in the current language: 采选、冶炼 / 采选, 冶炼. */
	static String list(Iterable<? extends CharSequence> parts) {
		return String.join(M.text("list.separator"), parts);
	}

	/** {@code parts} as alternatives: 表2.丁或表3.丁 / 表2.丁 or 表3.丁. */
	static String alternatives(Iterable<? extends CharSequence> parts) {
		return String.join(M.text("list.or"), parts);
	}

	/** {@code parts} joined with "and": …和… / … and …. */
	static String both(Iterable<? extends CharSequence> parts) {
		return String.join(M.text("list.and"), parts);
	}

	/** Each name in quotes: “hand”、“nonferrous_dt_maturity”. */
	static String quoted(List<String> names) {
		return list(names.stream().map(n -> M.text("quoted", n)).toList());
	}
}
