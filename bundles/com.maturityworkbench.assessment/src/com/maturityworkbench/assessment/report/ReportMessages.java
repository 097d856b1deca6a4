package com.maturityworkbench.assessment.report;

import com.maturityworkbench.scoring.i18n.Messages;

/** The texts of the reports: {@code messages.properties} (Chinese) and {@code messages_en.properties} (English) beside this class. */
final class ReportMessages {
	static final Messages M = Messages.of(ReportMessages.class, "com.maturityworkbench.assessment.report.messages");

	private ReportMessages() {
	}

	/**
	 * An assessment's format as the reports show it, in the current language: {@code CSV, UTF-8 with BOM} (the result
	 * JSON's machine value) reads 「CSV（UTF-8，带 BOM）」 in Chinese; XLSX and JSON stay as they are.
	 */
	static String format(String format) {
		if (format == null || !format.startsWith("CSV, ")) {
			return format;
		}
		String encoding = format.substring("CSV, ".length());
		return M.text("format.csv", encoding.endsWith(" with BOM") ? M.text("format.with-bom", encoding.substring(0, encoding.length() - " with BOM".length())) : encoding);
	}

	/** How the enterprise's plan of a composite was found, in one sentence (text and HTML reports). */
	static String planMethod(ScoreView.CompositePlanView plan) {
		return "pooled".equals(plan.method()) ? M.text("plan.method.pooled") : M.text("plan.method.exhaustive", plan.searchSize(), plan.searchLimit());
	}
}
