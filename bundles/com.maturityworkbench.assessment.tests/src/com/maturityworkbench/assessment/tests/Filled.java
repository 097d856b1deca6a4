package com.maturityworkbench.assessment.tests;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.maturityworkbench.assessment.layout.CsvLayout;
import com.maturityworkbench.scoring.json.JsonWriter;
import com.maturityworkbench.scoring.testing.Workbooks;

/**
 * A filled-in 采选 assessment of the {@link ReaderModel} written as files of each layout, spelled out here literally
 * (not from the layout declaration) so that the tests pin what each layout looked like when it was released:
 *
 * <ul>
 * <li>layout 1, the first release's: CSV metadata lines standard, revision, status, sector, tailored, scale, then the
 * header; the 评估信息 sheet with those six rows; JSON without a {@code layout} member;</li>
 * <li>layout 2: the same and the marker — CSV line {@code # layout: 2} after the scale line, a {@code layout} row after
 * the scale row, JSON {@code "layout": 2};</li>
 * <li>layout 3: layout 2 and a last column {@code context} after {@code rating} ({@link #withContext}): per clause row
 * the lead-in and notes of its cell, one per line; JSON as layout 2.</li>
 * <li>layout 4 ({@link #layoutFour}): layout 3 and the revision label ({@code # revisionLabel: …} after the marker, a
 * {@code revisionLabel} row, JSON {@code "revisionLabel"}), a row of Chinese column names before the header, a last
 * column {@code evidence} (JSON {@code "evidence": {clause id: text}}).</li>
 * </ul>
 *
 * {@code marker} is what the file says its layout is: null for none (layout 1), "2", or anything a test needs.
 */
final class Filled {
	final List<ReaderModel.Row> rows = ReaderModel.miningRows();
	final Map<String, Object> ratings = new LinkedHashMap<>(ReaderModel.handRatings());
	final List<String> tailored = new ArrayList<>(ReaderModel.HAND_TAILORED);
	String sector = "采选";
	String marker;
	/** The header of the rating column (a test may break it). */
	String ratingHeader = "rating";
	/** Whether the workbook has its 评估信息 sheet. */
	boolean infoSheet = true;
	/** The context column's cell of each clause row (layout 3); null: no context column. */
	Map<String, String> context;
	/** Layout 4: the revision label written (null: none). */
	String label;
	/** Layout 4: the evidence column's cell of each clause row; null: no evidence column. */
	Map<String, String> evidence;
	/** Layout 4: the panel members' ratings of some clauses (columns panel_1 … after evidence); 0 members: no panel columns. */
	final Map<String, List<String>> panel = new LinkedHashMap<>();
	int members;

	/** Layout 4 with {@code n} panel columns; the clauses' panel ratings go into {@link #panel}. */
	Filled withPanel(int n) {
		members = n;
		return this;
	}

	private List<String> panelCells(String clauseId) {
		List<String> cells = new ArrayList<>();
		List<String> given = panel.getOrDefault(clauseId, List.of());
		for (int k = 0; k < members; k++) {
			cells.add(k < given.size() ? given.get(k) : "");
		}
		return cells;
	}

	Filled marker(String m) {
		this.marker = m;
		return this;
	}

	/**
	 * Layout 3: the marker 3 and a context column, whose text is {@code contextOf} a clause id (empty for most rows).
	 */
	Filled withContext(java.util.function.Function<String, String> contextOf) {
		marker = "3";
		context = new LinkedHashMap<>();
		rows.forEach(r -> context.put(r.clauseId(), contextOf.apply(r.clauseId())));
		return this;
	}

	/** Layout 4: the marker 4, the label {@code label} (null: none written), an empty context and the evidence column. */
	Filled layoutFour(String revisionLabel, Map<String, String> evidenceByClause) {
		withContext(id -> "");
		marker = "4";
		label = revisionLabel;
		evidence = new LinkedHashMap<>();
		rows.forEach(r -> evidence.put(r.clauseId(), evidenceByClause.getOrDefault(r.clauseId(), "")));
		return this;
	}

	/** The Chinese names of the columns, the first header row of layout 4. */
	static final List<String> CHINESE_HEADER = List.of("条款编号", "表", "能力域", "能力子域", "等级", "编号", "条款内容", "评分", "导语与注", "证据/备注");

	/** The metadata rows in order: key, value (the release-1 keys, then the marker when there is one). */
	List<String[]> metadata() {
		List<String[]> m = new ArrayList<>();
		m.add(new String[] { "standard", ReaderModel.STANDARD });
		m.add(new String[] { "revision", ReaderModel.REVISION });
		m.add(new String[] { "status", "draft" });
		m.add(new String[] { "sector", sector });
		m.add(new String[] { "tailored", String.join("; ", tailored) });
		m.add(new String[] { "scale", "全部满足=1; 大部分满足=0.8; 部分满足=0.5; 不满足=0" });
		if (marker != null) {
			m.add(new String[] { "layout", marker });
		}
		if (label != null) {
			m.add(new String[] { "revisionLabel", label });
		}
		return m;
	}

	/** CSV text with CRLF line ends, as the generator writes it (without the byte order mark). */
	String csvText() {
		StringBuilder sb = new StringBuilder();
		for (String[] kv : metadata()) {
			sb.append("# ").append(kv[0]).append(": ").append(kv[1]).append("\r\n");
		}
		StringBuilder chinesePanel = new StringBuilder();
		StringBuilder machinePanel = new StringBuilder();
		for (int k = 1; k <= members; k++) {
			chinesePanel.append(",专家").append(k);
			machinePanel.append(",panel_").append(k);
		}
		if (evidence != null) {
			sb.append(String.join(",", CHINESE_HEADER)).append(chinesePanel).append("\r\n");
		}
		sb.append("clause_id,table,domain,subdomain,level,label,text,rating").append(context == null ? "" : ",context")
				.append(evidence == null ? "" : ",evidence").append(machinePanel).append("\r\n");
		for (ReaderModel.Row r : rows) {
			Object rating = ratings.get(r.clauseId());
			sb.append(String.join(",", r.clauseId(), r.table(), r.domain(), r.subdomain(), r.level(), r.label(), field(r.text()),
					rating == null ? "" : rating.toString()));
			if (context != null) {
				sb.append(',').append(field(context.get(r.clauseId())));
			}
			if (evidence != null) {
				sb.append(',').append(field(evidence.get(r.clauseId())));
			}
			panelCells(r.clauseId()).forEach(c -> sb.append(',').append(c));
			sb.append("\r\n");
		}
		return sb.toString();
	}

	/** The CSV text in {@code charset}, without a byte order mark. */
	byte[] csv(Charset charset) {
		return csvText().getBytes(charset);
	}

	/** The CSV text as "CSV UTF-8" is saved: with a byte order mark. */
	byte[] csvUtf8WithBom() {
		return CsvLayout.encode(csvText());
	}

	private static String field(String s) {
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	/** A workbook: sheet 评估信息 (key, value, note in A-C; the scale in E-F), then 表5 and 表6; {@code numbers}: ratings as numeric cells. */
	byte[] xlsx(boolean numbers) {
		Workbooks wb = Workbooks.create();
		if (infoSheet) {
			List<String[]> metadata = metadata();
			for (int r = 0; r < metadata.size(); r++) {
				wb.row("评估信息", r == 0 ? Arrays.asList(metadata.get(r)[0], metadata.get(r)[1], "说明", null, "评分等级", "分值")
						: List.of(metadata.get(r)[0], metadata.get(r)[1], "说明"));
			}
		}
		for (ReaderModel.Row r : rows) {
			if (!wb.has(r.table())) {
				List<String> header = new ArrayList<>(List.of("clause_id", "table", "domain", "subdomain", "level", "label", "text", ratingHeader));
				if (context != null) {
					header.add("context");
				}
				if (evidence != null) {
					header.add("evidence");
					List<String> chinese = new ArrayList<>(CHINESE_HEADER);
					for (int k = 1; k <= members; k++) {
						chinese.add("专家" + k);
					}
					wb.row(r.table(), chinese);
				}
				for (int k = 1; k <= members; k++) {
					header.add("panel_" + k);
				}
				wb.row(r.table(), header);
			}
			Object rating = ratings.get(r.clauseId());
			Object cell = rating instanceof Boolean || rating == null ? rating : numbers ? value(rating) : rating.toString();
			List<Object> cells = new ArrayList<>(Arrays.asList(r.clauseId(), r.table(), r.domain(), r.subdomain(), r.level(), r.label(), r.text(), cell));
			if (context != null) {
				String text = context.get(r.clauseId());
				cells.add(text == null || text.isEmpty() ? null : text);
			}
			if (evidence != null) {
				String text = evidence.get(r.clauseId());
				cells.add(text == null || text.isEmpty() ? null : text);
			}
			panelCells(r.clauseId()).forEach(c -> cells.add(c.isEmpty() ? null : c));
			wb.row(r.table(), cells);
		}
		return wb.write();
	}

	/** The scale value of a rating name (Table 9). */
	static BigDecimal value(Object rating) {
		return switch (rating.toString()) {
		case "全部满足" -> BigDecimal.ONE;
		case "大部分满足" -> new BigDecimal("0.8");
		case "部分满足" -> new BigDecimal("0.5");
		case "不满足" -> BigDecimal.ZERO;
		default -> new BigDecimal(rating.toString());
		};
	}

	/** A single-enterprise JSON assessment; {@code "layout"} is the marker as a number when there is one. */
	String json() {
		Map<String, Object> m = new LinkedHashMap<>();
		if (marker != null) {
			m.put("layout", new BigDecimal(marker));
		}
		m.put("standard", ReaderModel.STANDARD);
		m.put("revision", ReaderModel.REVISION);
		if (label != null) {
			m.put("revisionLabel", label);
		}
		m.put("sector", sector);
		m.put("tailored", tailored);
		m.put("ratings", ratings);
		if (evidence != null) {
			Map<String, String> written = new LinkedHashMap<>(evidence);
			written.values().removeIf(String::isEmpty);
			m.put("evidence", written);
		}
		if (!panel.isEmpty()) {
			m.put("panel", panel);
		}
		return JsonWriter.writePretty(m);
	}
}
