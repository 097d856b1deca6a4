package com.maturityworkbench.dsl.ide.quickfix;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A double-quoted string as written in the document, and which document characters write each character of its
 * value: {@code \"} and {@code \\} are two characters for one, a unicode escape six. A fix works on the value (where
 * the validator found the slip) and changes exactly the characters that write it, so escapes stay whole.
 */
public final class StringLiteral {
	/** Document offset of the opening quote. */
	private final int offset;
	private final String value;
	/** {@code starts[i]}: offset in the token of value character i; {@code starts[value.length()]}: the closing quote. */
	private final int[] starts;

	private StringLiteral(int offset, String value, int[] starts) {
		this.offset = offset;
		this.value = value;
		this.starts = starts;
	}

	/**
	 * The quoted string that writes the feature's value; null when the value is not written as a quoted string, or
	 * the string does not read as the model's value (then no change can be placed safely).
	 */
	public static StringLiteral of(EObject object, EStructuralFeature feature) {
		if (!(object.eGet(feature) instanceof String modelValue)) {
			return null;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			if (hasQuotedLeaf(node)) {
				return read(node, modelValue);
			}
		}
		return null;
	}

	private static boolean hasQuotedLeaf(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().startsWith("\"")) {
				return true;
			}
		}
		return false;
	}

	/** The first quoted leaf of {@code node}, when it reads as {@code modelValue}; null otherwise. */
	private static StringLiteral read(INode node, String modelValue) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() || !leaf.getText().startsWith("\"")) {
				continue;
			}
			// clause texts are read by Xtext's STRING converter (with unicode escapes), names by NameSyntax (without)
			for (boolean unicodeEscapes : new boolean[] { true, false }) {
				StringLiteral literal = read(leaf.getOffset(), leaf.getText(), unicodeEscapes);
				if (literal != null && literal.value.equals(modelValue)) {
					return literal;
				}
			}
			return null;
		}
		return null;
	}

	/**
	 * The quoted string of {@code feature} whose token holds the document offset {@code at}: for a many-valued feature
	 * (a clause's continuation paragraphs) the value written there. Null when no value of the feature is written at
	 * {@code at}, or under the conditions of {@link #of}.
	 */
	public static StringLiteral at(EObject object, EStructuralFeature feature, int at) {
		List<?> values = feature.isMany() ? (List<?>) object.eGet(feature) : java.util.Collections.singletonList(object.eGet(feature));
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		for (int i = 0; i < nodes.size() && i < values.size(); i++) {
			INode node = nodes.get(i);
			if (at >= node.getOffset() && at < node.getEndOffset() && values.get(i) instanceof String modelValue) {
				return read(node, modelValue);
			}
		}
		return null;
	}

	static StringLiteral read(int offset, String token, boolean unicodeEscapes) {
		if (token.length() < 2 || !token.startsWith("\"") || !token.endsWith("\"")) {
			return null;
		}
		int end = token.length() - 1;
		StringBuilder value = new StringBuilder(end);
		int[] starts = new int[end + 1];
		int n = 0;
		int i = 1;
		while (i < end) {
			starts[n++] = i;
			char c = token.charAt(i);
			if (c != '\\' || i + 1 >= end) {
				value.append(c);
				i++;
				continue;
			}
			char e = token.charAt(i + 1);
			if (unicodeEscapes && e == 'u' && i + 6 <= end && isHex(token, i + 2, i + 6)) {
				value.append((char) Integer.parseInt(token.substring(i + 2, i + 6), 16));
				i += 6;
				continue;
			}
			value.append(switch (e) {
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case 'b' -> unicodeEscapes ? '\b' : 'b';
			case 'f' -> unicodeEscapes ? '\f' : 'f';
			default -> e;
			});
			i += 2;
		}
		starts[n] = end;
		return new StringLiteral(offset, value.toString(), Arrays.copyOf(starts, n + 1));
	}

	private static boolean isHex(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(s.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	public String value() {
		return value;
	}

	/** Where value character {@code index} starts in the document; {@code value().length()} gives the closing quote. */
	public int documentOffset(int index) {
		return offset + starts[index];
	}

	/** The value character whose written form holds the document offset (clamped to the value). */
	public int valueIndexAt(int documentOffset) {
		int inToken = documentOffset - offset;
		int index = Arrays.binarySearch(starts, inToken);
		int found = index >= 0 ? index : -index - 2;
		return Math.max(0, Math.min(found, value.length()));
	}

	/** The change that makes value characters {@code [from, to)} read {@code replacement}, escaped as needed. */
	public TextChange change(int from, int to, String replacement) {
		return TextChange.replace(documentOffset(from), documentOffset(to), escape(replacement));
	}

	static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			default -> b.append(c);
			}
		}
		return b.toString();
	}
}
