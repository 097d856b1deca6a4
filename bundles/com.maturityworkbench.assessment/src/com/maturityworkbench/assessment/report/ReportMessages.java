package com.maturityworkbench.assessment.report;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of the reports: {@code messages.properties} (Chinese) and {@code messages_en.properties} (English) beside this class. */
final class ReportMessages {
	static final Messages M = Messages.of(ReportMessages.class, "com.maturityworkbench.assessment.report.messages");

	private ReportMessages() {
	}
}
