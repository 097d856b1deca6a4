package com.maturityworkbench.generator;

import java.util.LinkedHashMap;
import java.util.Map;

import com.maturityworkbench.dsl.conversion.NameSyntax;
import com.maturityworkbench.generator.ImportedTables.Cell;
import com.maturityworkbench.generator.ImportedTables.Clause;
import com.maturityworkbench.generator.ImportedTables.Domain;
import com.maturityworkbench.generator.ImportedTables.Note;
import com.maturityworkbench.generator.ImportedTables.Requirements;
import com.maturityworkbench.generator.ImportedTables.Row;
import com.maturityworkbench.generator.ImportedTables.WeightDomain;
import com.maturityworkbench.generator.ImportedTables.Weighted;
import com.maturityworkbench.generator.ImportedTables.Weights;

/**
 * Imported tables as revision files: {@code weights.maturity} with every weight table and one {@code tableN.maturity}
 * per requirement table, each a part of the standard ({@code part of <standard>}), names quoted where the language
 * needs it ({@link NameSyntax}).
 */
public final class DslTables {
	public static final String WEIGHTS_FILE = "weights.maturity";

	private DslTables() {
	}

	/** File name → text, in document order. */
	public static Map<String, String> render(ImportedTables tables, String source) {
		Map<String, String> files = new LinkedHashMap<>();
		if (!tables.weights().isEmpty()) {
			StringBuilder b = head(tables, source);
			for (Weights t : tables.weights()) {
				b.append('\n').append(tableHead("weights", t.id(), t.title(), t.part(), t.sector()));
				for (WeightDomain d : t.domains()) {
					b.append("  domain ").append(NameSyntax.quoteIfNeeded(d.name())).append('\n');
					for (Weighted s : d.subdomains()) {
						b.append("    ").append(NameSyntax.quoteIfNeeded(s.name())).append(' ').append(s.weight()).append('\n');
					}
				}
			}
			files.put(WEIGHTS_FILE, b.toString());
		}
		for (Requirements t : tables.requirements()) {
			StringBuilder b = head(tables, source);
			b.append('\n').append(tableHead("requirements", t.id(), t.title(), t.part(), t.sector()));
			for (Domain d : t.domains()) {
				b.append("  domain ").append(NameSyntax.quoteIfNeeded(d.name())).append('\n');
				for (Row r : d.rows()) {
					b.append("    subdomain ").append(NameSyntax.quoteIfNeeded(r.name())).append('\n');
					for (Cell c : r.cells()) {
						cell(b, c);
					}
				}
			}
			files.put(fileName(t.id()), b.toString());
		}
		return files;
	}

	/** 表5 → table5.maturity */
	static String fileName(String tableId) {
		return "table" + tableId.replace("表", "").replaceAll("[^A-Za-z0-9.]", "_") + ".maturity";
	}

	private static StringBuilder head(ImportedTables tables, String source) {
		return new StringBuilder(1 << 16).append("part of ").append(tables.standard()).append('\n').append("// imported by mwb import-docx from ")
				.append(source.replace('\n', ' ')).append('\n');
	}

	private static String tableHead(String keyword, String id, String title, String part, String sector) {
		return keyword + " " + id + (title == null || title.isEmpty() ? "" : " " + NameSyntax.quote(title)) + " part " + part
				+ (sector == null || sector.isEmpty() ? "" : " sector " + sector) + "\n";
	}

	private static void cell(StringBuilder b, Cell c) {
		b.append("      ").append(c.level());
		if (c.empty()) {
			b.append(" empty ").append(NameSyntax.quote(c.reason() == null ? "" : c.reason())).append('\n');
			return;
		}
		b.append('\n');
		if (c.leadIn() != null) {
			b.append("        lead ").append(NameSyntax.quote(c.leadIn())).append('\n');
		}
		notes(b, "        ", c.notes());
		for (Clause cl : c.clauses()) {
			b.append("        ");
			if (cl.label() != null) {
				b.append(cl.label()).append(' ');
			}
			if (cl.topic() != null) {
				b.append(cl.topic()).append('。');
			}
			b.append(NameSyntax.quote(cl.text())).append('\n');
			for (String continuation : cl.continuations()) {
				b.append("          + ").append(NameSyntax.quote(continuation)).append('\n');
			}
			notes(b, "          ", cl.notes());
		}
	}

	private static void notes(StringBuilder b, String indent, Iterable<Note> notes) {
		for (Note n : notes) {
			b.append(indent).append(n.example() ? "example " : "note ").append(NameSyntax.quote(n.text())).append('\n');
		}
	}
}
