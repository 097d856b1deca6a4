package com.maturityworkbench.dsl.diagnostics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Parser errors in the drafter's terms: what was expected (百分比, 带引号的文字 …) and what was found. */
public class MaturitySyntaxErrorMessages extends SyntaxErrorMessageProvider {
	private static final Map<String, String> TOKENS = Map.of("RULE_PERCENT", "百分比（如 3%）", "RULE_DECIMAL", "数值（如 0.8）",
			"RULE_STRING", "带引号的文字（如 \"说明\"）", "RULE_ID", "名称", "RULE_LABEL", "条款编号（如 a)）", "EOF", "文件结尾");
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
		return new SyntaxErrorMessage("无法读取的值：" + original.getMessage(), Diagnostic.SYNTAX_DIAGNOSTIC, original.getIssueData());
	}

	/** Rewrites ANTLR's English message; a message it does not know is kept, prefixed. */
	public static String translate(String message) {
		if (message == null) {
			return "语法错误";
		}
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return String.format("语法错误：此处应为%s，却是“%s”", token(m.group(2)), shown(m.group(1)));
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return String.format("语法错误：“%s”之前缺少%s", shown(m.group(2)), token(m.group(1)));
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return String.format("语法错误：多余的“%s”，此处应为%s", shown(m.group(1)), token(m.group(2)));
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return String.format("语法错误：无法理解“%s”", shown(m.group(1)));
		}
		m = LOOP.matcher(message);
		if (m.matches()) {
			return String.format("语法错误：此处至少应有一项内容，却是“%s”", shown(m.group(1)));
		}
		return "语法错误：" + message;
	}

	private static String token(String expected) {
		String t = expected.trim();
		if (TOKENS.containsKey(t)) {
			return TOKENS.get(t);
		}
		if (t.startsWith("'") && t.endsWith("'")) {
			return "“" + t.substring(1, t.length() - 1) + "”";
		}
		return t;
	}

	private static String shown(String found) {
		return "<EOF>".equals(found) ? "文件结尾" : found.replace("\n", "\\n");
	}
}
