package com.maturityworkbench.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words that belong to one sector of the nonferrous industry (采选 mining, 冶炼 smelting, 加工 processing), so that a
 * sector table speaking of another sector's work stands out: 冶炼产品 in the 加工 table, 凿岩台车 and 选矿作业 in
 * it too. Only words no other sector uses for its own work are listed: 熔炼 and 铸造 (done in 加工 plants too), 矿山
 * and 品位 (a smelter's suppliers and raw material) are not. Sectors are known by the name or code the revision
 * declares.
 */
public final class SectorTerms {
	/** A word of another sector found in a text. */
	public record Found(String sector, String word, int offset) {
	}

	private static final Map<String, List<String>> TERMS = Map.of(
			"采选", List.of("采选", "采矿", "选矿", "凿岩", "铲运机", "浮选", "尾矿", "井下", "露天矿", "排土场"),
			"冶炼", List.of("冶炼", "制酸", "焙烧", "吹炼"),
			"加工", List.of("加工企业", "轧制", "挤压", "轧机", "冷轧", "热轧", "拉拔"));
	private static final Map<String, String> BY_CODE = Map.of("mining", "采选", "smelting", "冶炼", "processing", "加工");
	/** Where a list of sectors is written (采选、冶炼、加工): naming them together is no slip. */
	private static final List<String> SECTOR_NAMES = List.of("采选", "冶炼", "加工", "矿山");

	private SectorTerms() {
	}

	/** The sector a declared sector stands for (its name or its code), or null when it is none of the three. */
	public static String known(String name, String code) {
		if (name != null && TERMS.containsKey(name)) {
			return name;
		}
		return code == null ? null : BY_CODE.get(code);
	}

	/** The words of sectors other than {@code own} in the text, each word once, in text order. */
	public static List<Found> otherSectors(String own, String text) {
		List<Found> found = new ArrayList<>();
		if (text == null || own == null) {
			return found;
		}
		for (Map.Entry<String, List<String>> e : TERMS.entrySet()) {
			if (e.getKey().equals(own)) {
				continue;
			}
			for (String word : e.getValue()) {
				for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
					if (!inListOfSectors(text, at, word.length())) {
						found.add(new Found(e.getKey(), word, at));
						break;
					}
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return found;
	}

	/** True when the word stands in an enumeration (、) that names two or more sectors: 矿山、冶炼、加工等. */
	private static boolean inListOfSectors(String text, int at, int length) {
		int from = at;
		while (from > 0 && "，。；：,;:（）()\n ".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = at + length;
		while (to < text.length() && "，。；：,;:（）()\n ".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		String segment = text.substring(from, to);
		if (segment.indexOf('、') < 0) {
			return false;
		}
		return SECTOR_NAMES.stream().filter(segment::contains).count() >= 2;
	}
}
