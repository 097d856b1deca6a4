package com.maturityworkbench.dsl.diagnostics;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.maturityworkbench.dsl.validation.FindingText;
import com.maturityworkbench.dsl.validation.ValidationMessages;

/** An unresolved name in the drafter's terms: which kind of thing was not found, and its name. */
public class MaturityLinkingMessages extends LinkingDiagnosticMessageProvider {
	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String type = context.getReference().getEReferenceType().getName();
		String kind = ValidationMessages.has("link.kind." + type) ? ValidationMessages.text("link.kind." + type) : type;
		String message = ValidationMessages.text("link.unresolved", kind, context.getLinkText());
		return new DiagnosticMessage(FindingText.capped(message), Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
