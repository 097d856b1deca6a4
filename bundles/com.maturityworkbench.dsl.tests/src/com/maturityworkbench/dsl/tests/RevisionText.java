package com.maturityworkbench.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of one revision of the standard, built from a small mutable description so that a test can change
 * exactly one thing. {@link #valid()} is a complete revision without any finding: five levels, the scale of 表9,
 * parts 基础共性 49% / 行业特性 51%, one sector (采选), weight tables 表1 (49%) and 表2 (51%), requirement tables 表5
 * and 表6 with a row for every weighted subdomain and clauses a) b) at every level, tailoring, the determination
 * with the five bands of 表10, and the composite rule.
 * <p>
 * The revision renders as one file ({@link #singleFile()}) or split ({@link #files()}): a head file with the
 * standard and the rules, and one {@code part of} file per group of tables.
 */
public final class RevisionText {
	public static final String NAME = "有色转型";
	public static final String SINGLE_FILE = "revision.maturity";
	public static final String HEAD_FILE = "head.maturity";
	public static final List<String> LEVELS = List.of("一级", "二级", "三级", "四级", "五级");
	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
	private static final Pattern IDENTIFIER = Pattern.compile("[\\u3400-\\u9fffA-Za-z_][\\u3400-\\u9fffA-Za-z0-9_-]*");

	public String status = "draft";
	public final List<String> levels = new ArrayList<>();
	public final List<String> scale = new ArrayList<>(List.of("全部满足 1", "大部分满足 0.8", "部分满足 0.5", "不满足 0"));
	public final List<String> parts = new ArrayList<>(List.of("基础共性 common target 49%", "行业特性 sector target 51%"));
	public final List<String> sectors = new ArrayList<>(List.of("采选 mining"));
	public final List<WeightTable> weightTables = new ArrayList<>();
	public final List<RequirementTable> requirementTables = new ArrayList<>();
	/** The tailoring line (6.1); null leaves it out. */
	public String tailoring = "tailoring allow 表2.智能装备, 表2.采矿作业 redistribute within domain";
	/** The determination (9.2, 表10); {@code determination = false} leaves it out. */
	public boolean determination = true;
	public String comparison = ">=";
	public String threshold = "0.8";
	public final List<String> bands = new ArrayList<>(
			List.of("一级 [0.8, 1.8)", "二级 [1.8, 2.8)", "三级 [2.8, 3.8)", "四级 [3.8, 4.8)", "五级 [4.8, 5]"));
	/** The composite rule (附录A); null leaves it out. */
	public String composite = "composite weights by output value aggregate mean";
	/** Lines appended to the head file as they are. */
	public final List<String> extraHead = new ArrayList<>();

	private RevisionText() {
		String[] descriptions = { "组织运行以职能驱动为主，企业应具备数字化转型意识", "组织运行以技术赋能为主，企业应开展单项业务数字化",
				"组织运行以数据驱动为主，企业应实现业务集成", "组织运行以平台支撑为主，企业应实现全局优化",
				"组织运行以生态协同为主，企业应实现模式创新" };
		for (int i = 0; i < LEVELS.size(); i++) {
			levels.add(LEVELS.get(i) + " " + quote(descriptions[i]));
		}
	}

	/** The complete, valid revision. */
	public static RevisionText valid() {
		RevisionText r = new RevisionText();
		WeightTable t1 = r.addWeights("表1", "基础共性能力域、能力子域及权重", "基础共性", null, "common.maturity");
		t1.domain("组织").sub("组织建设", "12%").sub("转型战略", "12%");
		t1.domain("数字化运营").sub("成本管理", "13%").sub("智慧化决策", "12%");
		WeightTable t2 = r.addWeights("表2", "采选企业行业特性能力域、能力子域及权重", "行业特性", "采选", "mining.maturity");
		t2.domain("技术").sub("技术创新与改造", "10%").sub("智能装备", "8%");
		t2.domain("生产").sub("采矿作业", "12%").sub("选矿作业", "11%").sub("仓储物流", "10%");
		r.requirementTables.add(RequirementTable.coveringAll("表5", "基础共性成熟度要求", t1));
		r.requirementTables.add(RequirementTable.coveringAll("表6", "采选企业行业特性成熟度要求", t2));
		return r;
	}

	/** The default text of clause {@code n} (1-based) of a row at a level: unique, and binding (contains 应). */
	public static String clauseText(String row, String level, int n) {
		return "应在" + row + "方面达到" + level + "的第" + NUMERALS[n] + "项要求。";
	}

	public WeightTable addWeights(String name, String title, String part, String sector, String file) {
		WeightTable t = new WeightTable(name, title, part, sector, file);
		weightTables.add(t);
		return t;
	}

	public WeightTable weights(String name) {
		return weightTables.stream().filter(t -> t.name.equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no weight table " + name));
	}

	public RequirementTable requirements(String name) {
		return requirementTables.stream().filter(t -> t.name.equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no requirement table " + name));
	}

	public RevisionText status(String value) {
		this.status = value;
		return this;
	}

	/** The whole revision as one file. */
	public String singleFile() {
		StringBuilder b = new StringBuilder();
		head(b);
		for (WeightTable t : weightTables) {
			b.append('\n');
			t.render(b);
		}
		for (RequirementTable t : requirementTables) {
			b.append('\n');
			t.render(b);
		}
		return b.toString();
	}

	/** The revision split: {@value #HEAD_FILE}, then one {@code part of} file per table group, in order. */
	public Map<String, String> files() {
		Map<String, StringBuilder> byFile = new LinkedHashMap<>();
		StringBuilder head = new StringBuilder();
		head(head);
		byFile.put(HEAD_FILE, head);
		for (WeightTable t : weightTables) {
			t.render(partOf(byFile, t.file).append('\n'));
		}
		for (RequirementTable t : requirementTables) {
			t.render(partOf(byFile, t.file).append('\n'));
		}
		Map<String, String> result = new LinkedHashMap<>();
		byFile.forEach((k, v) -> result.put(k, v.toString()));
		return result;
	}

	private static StringBuilder partOf(Map<String, StringBuilder> byFile, String file) {
		return byFile.computeIfAbsent(file, f -> new StringBuilder("part of " + NAME + "\n"));
	}

	private void head(StringBuilder b) {
		b.append("// 有色金属行业数字化转型成熟度评估（测试用版本）\n");
		b.append("standard ").append(NAME).append(" \"有色金属行业数字化转型成熟度评估\"\n");
		b.append("  code \"YS/T 0000—2025\"\n");
		b.append("  revision \"征求意见稿\"\n");
		b.append("  status ").append(status).append("\n\n");
		block(b, "levels", levels);
		block(b, "scale", scale);
		block(b, "parts", parts);
		block(b, "sectors", sectors);
		if (tailoring != null) {
			b.append(tailoring).append("\n\n");
		}
		if (determination) {
			b.append("determination\n");
			b.append("  met when score ").append(comparison).append(' ').append(threshold).append('\n');
			b.append("  progressive off\n");
			block(b, "  bands", bands.stream().map(l -> "  " + l).toList());
		}
		if (composite != null) {
			b.append(composite).append('\n');
		}
		for (String line : extraHead) {
			b.append(line).append('\n');
		}
	}

	private static void block(StringBuilder b, String keyword, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		b.append(keyword).append('\n');
		for (String line : lines) {
			b.append("  ").append(line).append('\n');
		}
		b.append('\n');
	}

	/** A name as the grammar's Name rule takes it: an identifier when possible, else a quoted string. */
	public static String name(String name) {
		return IDENTIFIER.matcher(name).matches() ? name : quote(name);
	}

	public static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String header(String keyword, String name, String title, String part, String sector) {
		return keyword + " " + name + (title == null ? "" : " " + quote(title)) + " part " + part
				+ (sector == null ? "" : " sector " + sector);
	}

	/** 表1-表4. */
	public static final class WeightTable {
		public String name;
		public String title;
		public String part;
		public String sector;
		public String file;
		public final List<WeightDomain> domains = new ArrayList<>();

		WeightTable(String name, String title, String part, String sector, String file) {
			this.name = name;
			this.title = title;
			this.part = part;
			this.sector = sector;
			this.file = file;
		}

		public WeightDomain domain(String name) {
			for (WeightDomain d : domains) {
				if (d.name.equals(name)) {
					return d;
				}
			}
			WeightDomain d = new WeightDomain(name);
			domains.add(d);
			return d;
		}

		public Weighted sub(String name) {
			return domains.stream().flatMap(d -> d.subdomains.stream()).filter(s -> s.name.equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no subdomain " + name + " in " + this.name));
		}

		void render(StringBuilder b) {
			b.append(header("weights", name, title, part, sector)).append('\n');
			for (WeightDomain d : domains) {
				b.append("  domain ").append(RevisionText.name(d.name)).append('\n');
				for (Weighted s : d.subdomains) {
					b.append("    ").append(RevisionText.name(s.name)).append(' ').append(s.weight).append('\n');
				}
			}
		}
	}

	public static final class WeightDomain {
		public String name;
		public final List<Weighted> subdomains = new ArrayList<>();

		WeightDomain(String name) {
			this.name = name;
		}

		public WeightDomain sub(String name, String weight) {
			subdomains.add(new Weighted(name, weight));
			return this;
		}
	}

	public static final class Weighted {
		public String name;
		public String weight;

		Weighted(String name, String weight) {
			this.name = name;
			this.weight = weight;
		}
	}

	/** 表5-表8. */
	public static final class RequirementTable {
		public String name;
		public String title;
		public String part;
		public String sector;
		public String file;
		public final List<RequirementDomain> domains = new ArrayList<>();

		public RequirementTable(String name, String title, String part, String sector, String file) {
			this.name = name;
			this.title = title;
			this.part = part;
			this.sector = sector;
			this.file = file;
		}

		/** A requirement table with a complete row for every subdomain of a weight table, under the same domains. */
		static RequirementTable coveringAll(String name, String title, WeightTable weights) {
			RequirementTable t = new RequirementTable(name, title, weights.part, weights.sector, weights.file);
			for (WeightDomain d : weights.domains) {
				RequirementDomain rd = t.domain(d.name);
				for (Weighted s : d.subdomains) {
					rd.rows.add(Row.complete(s.name));
				}
			}
			return t;
		}

		public RequirementDomain domain(String name) {
			for (RequirementDomain d : domains) {
				if (d.name.equals(name)) {
					return d;
				}
			}
			RequirementDomain d = new RequirementDomain(name);
			domains.add(d);
			return d;
		}

		public Row row(String name) {
			return domains.stream().flatMap(d -> d.rows.stream()).filter(r -> r.name.equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no row " + name + " in " + this.name));
		}

		/** Every clause label of the table rewritten: {@code a) → 1.}, or {@code → null} for none. */
		public RequirementTable relabel(java.util.function.UnaryOperator<String> label) {
			for (RequirementDomain d : domains) {
				for (Row r : d.rows) {
					for (Cell c : r.cells) {
						c.clauses.replaceAll(cl -> Clause.of(label.apply(cl.label()), cl.text()));
					}
				}
			}
			return this;
		}

		void render(StringBuilder b) {
			b.append(header("requirements", name, title, part, sector)).append('\n');
			for (RequirementDomain d : domains) {
				b.append("  domain ").append(RevisionText.name(d.name)).append('\n');
				for (Row r : d.rows) {
					r.render(b);
				}
			}
		}
	}

	public static final class RequirementDomain {
		public String name;
		public final List<Row> rows = new ArrayList<>();

		RequirementDomain(String name) {
			this.name = name;
		}

		public RequirementDomain add(Row row) {
			rows.add(row);
			return this;
		}
	}

	/** One subdomain row as the draft prints it. */
	public static final class Row {
		public String name;
		public final List<Cell> cells = new ArrayList<>();

		public Row(String name) {
			this.name = name;
		}

		/** Clauses a) and b) at every level, with the default texts. */
		public static Row complete(String name) {
			Row r = new Row(name);
			for (String level : LEVELS) {
				r.cells.add(new Cell(level).clause("a)", clauseText(name, level, 1)).clause("b)", clauseText(name, level, 2)));
			}
			return r;
		}

		/** This row's cells become copies of another row's (the same clauses at the same levels). */
		public Row copyCellsOf(Row source) {
			cells.clear();
			for (Cell c : source.cells) {
				Cell cell = new Cell(c.level);
				cell.clauses.addAll(c.clauses);
				cells.add(cell);
			}
			return this;
		}

		public Cell cell(String level) {
			return cells.stream().filter(c -> c.level.equals(level)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no cell " + level + " in " + name));
		}

		void render(StringBuilder b) {
			b.append("    subdomain ").append(RevisionText.name(name)).append('\n');
			for (Cell c : cells) {
				c.render(b);
			}
		}
	}

	/** The clauses of a row at one level, or an explicitly empty cell. */
	public static final class Cell {
		public String level;
		public final List<Clause> clauses = new ArrayList<>();
		/** When not null the cell is written {@code empty "reason"}. */
		public String emptyReason;
		/** When not null the cell's lead-in, written {@code lead "…"} before its notes and clauses. */
		public String leadIn;
		/** Notes and examples of the whole cell, written after the lead-in. */
		public final List<Note> notes = new ArrayList<>();

		public Cell(String level) {
			this.level = level;
		}

		public Cell clause(String label, String text) {
			clauses.add(new Clause(label, text));
			return this;
		}

		/** Replaces all clauses. */
		public Cell clauses(Clause... replacement) {
			clauses.clear();
			clauses.addAll(List.of(replacement));
			return this;
		}

		void render(StringBuilder b) {
			b.append("      ").append(level);
			if (emptyReason != null) {
				b.append(" empty ").append(quote(emptyReason)).append('\n');
				return;
			}
			b.append('\n');
			if (leadIn != null) {
				b.append("        lead ").append(quote(leadIn)).append('\n');
			}
			notes.forEach(n -> n.render(b, "        "));
			for (Clause c : clauses) {
				b.append("        ").append(c.label == null ? "" : c.label + " ").append(quote(c.text)).append('\n');
				c.continuations.forEach(p -> b.append("          + ").append(quote(p)).append('\n'));
				c.notes.forEach(n -> n.render(b, "          "));
			}
		}
	}

	/** A clause: its text, continuation paragraphs ({@code + "…"}) and its own notes and examples. */
	public record Clause(String label, String text, List<String> continuations, List<Note> notes) {
		public Clause(String label, String text) {
			this(label, text, List.of(), List.of());
		}

		public static Clause of(String label, String text) {
			return new Clause(label, text);
		}

		/** This clause with one more continuation paragraph. */
		public Clause continued(String paragraph) {
			List<String> more = new ArrayList<>(continuations);
			more.add(paragraph);
			return new Clause(label, text, List.copyOf(more), notes);
		}

		/** This clause with one more note or example. */
		public Clause with(Note note) {
			List<Note> more = new ArrayList<>(notes);
			more.add(note);
			return new Clause(label, text, continuations, List.copyOf(more));
		}
	}

	/** A note ({@code note "注：…"}) or an example ({@code example "示例：…"}). */
	public record Note(boolean example, String text) {
		public static Note note(String text) {
			return new Note(false, text);
		}

		public static Note example(String text) {
			return new Note(true, text);
		}

		void render(StringBuilder b, String indent) {
			b.append(indent).append(example ? "example " : "note ").append(quote(text)).append('\n');
		}
	}
}
