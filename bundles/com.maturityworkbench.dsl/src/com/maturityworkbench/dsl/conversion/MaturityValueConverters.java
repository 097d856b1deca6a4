package com.maturityworkbench.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Value converters for names written as an identifier or, when they contain punctuation, as a quoted string. */
public class MaturityValueConverters extends DefaultTerminalConverters {

	@Inject
	private NameConverter nameConverter;

	@Inject
	private QualifiedNameConverter qualifiedNameConverter;

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return nameConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	/** Name: ID | STRING. */
	public static class NameConverter implements IValueConverter<String> {
		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			if (string == null) {
				return null;
			}
			return NameSyntax.unquote(string.trim(), node);
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			return NameSyntax.quoteIfNeeded(value);
		}
	}

	/** QualifiedName: Name ('.' Name)*, e.g. 表2.生产作业 or 表8."服务能力、交付及运行". */
	public static class QualifiedNameConverter implements IValueConverter<String> {
		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			if (string == null) {
				return null;
			}
			StringBuilder result = new StringBuilder();
			for (String segment : NameSyntax.splitQualified(string, node)) {
				if (result.length() > 0) {
					result.append('.');
				}
				result.append(NameSyntax.unquote(segment.trim(), node));
			}
			return result.toString();
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			StringBuilder result = new StringBuilder();
			for (String segment : value.split("\\.")) {
				if (result.length() > 0) {
					result.append('.');
				}
				result.append(NameSyntax.quoteIfNeeded(segment));
			}
			return result.toString();
		}
	}
}
