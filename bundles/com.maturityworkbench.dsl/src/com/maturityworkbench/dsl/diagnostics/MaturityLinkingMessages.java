package com.maturityworkbench.dsl.diagnostics;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.maturityworkbench.dsl.validation.FindingText;

/** An unresolved name in the drafter's terms: which kind of thing was not found, and its name. */
public class MaturityLinkingMessages extends LinkingDiagnosticMessageProvider {
	private static final Map<String, String> KINDS = Map.of("Standard", "标准版本（standard）", "Level", "成熟度等级", "Part", "评估部分",
			"Sector", "行业", "WeightedSubdomain", "能力子域（写作 表号.子域名，如 表2.生产作业）");

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String type = context.getReference().getEReferenceType().getName();
		String kind = KINDS.getOrDefault(type, type);
		String message = String.format("找不到%s“%s”", kind, context.getLinkText());
		return new DiagnosticMessage(FindingText.capped(message), Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
