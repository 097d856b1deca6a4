package com.maturityworkbench.dsl.diagnostics;

import static com.maturityworkbench.dsl.validation.ValidationMessages.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.maturityworkbench.dsl.conversion.NameSyntax;
import com.maturityworkbench.dsl.validation.ValidationMessages;

/** Parser errors in the drafter's terms: what was expected (百分比, 带引号的文字 …) and what was found. */
public class MaturitySyntaxErrorMessages extends SyntaxErrorMessageProvider {
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'",
			Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(translate(original.getMessage()), Diagnostic.SYNTAX_DIAGNOSTIC, original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(text("syntax.value", valueProblem(original.getMessage())), Diagnostic.SYNTAX_DIAGNOSTIC,
				original.getIssueData());
	}

	/** What a value converter found wrong, in the current language: Xtext's string converter says it in English. */
	static String valueProblem(String message) {
		if (message == null) {
			return text("syntax.value.unknown");
		} else if (message.startsWith("Invalid escape sequence")) {
			return text("syntax.value.escape");
		} else if (message.equals("String literal is not properly closed") || message.equals(NameSyntax.UNTERMINATED)) {
			return text("syntax.value.unclosed");
		} else if (message.equals("Invalid unicode")) {
			return text("syntax.value.unicode");
		}
		return message;
	}

	/** Rewrites ANTLR's English message; a message it does not know is kept, prefixed. */
	public static String translate(String message) {
		if (message == null) {
			return text("syntax.error");
		}
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return text("syntax.expected", token(m.group(2)), shown(m.group(1)));
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return text("syntax.missing", shown(m.group(2)), token(m.group(1)));
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return text("syntax.extraneous", shown(m.group(1)), token(m.group(2)));
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return text("syntax.no-viable", shown(m.group(1)));
		}
		m = LOOP.matcher(message);
		if (m.matches()) {
			return text("syntax.loop", shown(m.group(1)));
		}
		return text("syntax.other", message);
	}

	private static String token(String expected) {
		String t = expected.trim();
		if (ValidationMessages.has("syntax.token." + t)) {
			return text("syntax.token." + t);
		}
		if (t.startsWith("'") && t.endsWith("'")) {
			return "“" + t.substring(1, t.length() - 1) + "”";
		}
		return t;
	}

	private static String shown(String found) {
		return "<EOF>".equals(found) ? text("syntax.end-of-file") : found.replace("\n", "\\n");
	}
}
