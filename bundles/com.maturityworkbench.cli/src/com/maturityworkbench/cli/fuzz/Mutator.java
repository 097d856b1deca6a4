package com.maturityworkbench.cli.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The mutations of {@code mwb fuzz}: each takes a revision file's text and a random source and returns a changed
 * text, the way a half-typed or damaged file looks. Character, token and line insertions, deletions, swaps and
 * duplications; truncations; Unicode junk (lone surrogates, a BOM mid-file, combining marks, full-width digits, RTL
 * marks); very long lines and strings; deep nesting; other line endings. Pure: the same text and seed give the same
 * mutant.
 */
public enum Mutator {
	DELETE_CHARACTER {
		@Override
		String apply(String t, SplittableRandom r) {
			int at = position(t, r);
			return at >= t.length() ? t : t.substring(0, at) + t.substring(at + 1);
		}
	},
	INSERT_CHARACTER {
		@Override
		String apply(String t, SplittableRandom r) {
			return insert(t, position(t, r), String.valueOf(pick(SYNTAX_CHARACTERS, r)));
		}
	},
	SWAP_CHARACTERS {
		@Override
		String apply(String t, SplittableRandom r) {
			if (t.length() < 2) {
				return t;
			}
			int at = r.nextInt(t.length() - 1);
			return t.substring(0, at) + t.charAt(at + 1) + t.charAt(at) + t.substring(at + 2);
		}
	},
	DUPLICATE_CHARACTERS {
		@Override
		String apply(String t, SplittableRandom r) {
			int at = position(t, r);
			int end = Math.min(t.length(), at + 1 + r.nextInt(8));
			return insert(t, at, t.substring(at, end));
		}
	},
	INSERT_TOKEN {
		@Override
		String apply(String t, SplittableRandom r) {
			return insert(t, position(t, r), " " + pick(TOKENS, r) + " ");
		}
	},
	DELETE_TOKEN {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = token(t, r);
			return token == null ? t : t.substring(0, token[0]) + t.substring(token[1]);
		}
	},
	REPLACE_TOKEN {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = token(t, r);
			return token == null ? t : t.substring(0, token[0]) + pick(TOKENS, r) + t.substring(token[1]);
		}
	},
	DUPLICATE_TOKEN {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = token(t, r);
			return token == null ? t : t.substring(0, token[1]) + " " + t.substring(token[0], token[1]) + t.substring(token[1]);
		}
	},
	CHANGE_NUMBER {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = number(t, r);
			return token == null ? t : t.substring(0, token[0]) + pick(NUMBERS, r) + t.substring(token[1]);
		}
	},
	DELETE_LINE {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] line = line(t, r);
			return t.substring(0, line[0]) + t.substring(line[1]);
		}
	},
	DUPLICATE_LINE {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] line = line(t, r);
			return t.substring(0, line[1]) + t.substring(line[0], line[1]) + t.substring(line[1]);
		}
	},
	SWAP_LINES {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] a = line(t, r);
			int[] b = line(t, r);
			if (a[0] > b[0]) {
				int[] c = a;
				a = b;
				b = c;
			}
			if (a[1] > b[0]) {
				return t;
			}
			return t.substring(0, a[0]) + t.substring(b[0], b[1]) + t.substring(a[1], b[0]) + t.substring(a[0], a[1]) + t.substring(b[1]);
		}
	},
	MOVE_LINE {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] line = line(t, r);
			String rest = t.substring(0, line[0]) + t.substring(line[1]);
			int[] to = line(rest, r);
			return rest.substring(0, to[0]) + t.substring(line[0], line[1]) + rest.substring(to[0]);
		}
	},
	TRUNCATE {
		@Override
		String apply(String t, SplittableRandom r) {
			return t.substring(0, position(t, r));
		}
	},
	UNICODE_JUNK {
		@Override
		String apply(String t, SplittableRandom r) {
			return insert(t, position(t, r), pick(JUNK, r));
		}
	},
	FULL_WIDTH_DIGITS {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = number(t, r);
			if (token == null) {
				return t;
			}
			StringBuilder wide = new StringBuilder();
			t.substring(token[0], token[1]).chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : (char) c));
			return t.substring(0, token[0]) + wide + t.substring(token[1]);
		}
	},
	LONG_LINE {
		@Override
		String apply(String t, SplittableRandom r) {
			return insert(t, position(t, r), "//" + "长".repeat(5_000 + r.nextInt(25_000)) + "\n");
		}
	},
	LONG_STRING {
		@Override
		String apply(String t, SplittableRandom r) {
			int quote = t.indexOf('"', position(t, r));
			if (quote < 0) {
				return t;
			}
			return insert(t, quote + 1, "应".repeat(1_000 + r.nextInt(30_000)));
		}
	},
	LONG_NAME {
		@Override
		String apply(String t, SplittableRandom r) {
			int[] token = token(t, r);
			return token == null ? t : t.substring(0, token[1]) + "名".repeat(200 + r.nextInt(30_000)) + t.substring(token[1]);
		}
	},
	DEEP_NESTING {
		@Override
		String apply(String t, SplittableRandom r) {
			int depth = 100 + r.nextInt(2_000);
			String open = pick(List.of("[", "(", "domain ", "subdomain ", "/*", "a) ", "+ \"\" "), r);
			return insert(t, position(t, r), open.repeat(depth));
		}
	},
	LINE_ENDINGS {
		@Override
		String apply(String t, SplittableRandom r) {
			return switch (r.nextInt(3)) {
			case 0 -> t.replace("\n", "\r");
			case 1 -> t.replace("\n", "\r\n");
			default -> t.replace("\n", "\u2028");
			};
		}
	},
	SPLICE {
		@Override
		String apply(String t, SplittableRandom r) {
			int from = position(t, r);
			int to = Math.min(t.length(), from + r.nextInt(400));
			return insert(t, position(t, r), t.substring(from, to));
		}
	};

	/** Characters that matter to the grammar, and some that do not belong. */
	private static final String SYNTAX_CHARACTERS = "\"\\%.,;:()[]{}+-_ \n\t\r0123456789aZ/*^。，）、\u3000\u0000\u007f";
	/** Keywords and values of the language, and words it does not know. */
	private static final List<String> TOKENS = List.of("standard", "part", "of", "weights", "requirements", "domain", "subdomain", "levels",
			"scale", "parts", "sectors", "target", "common", "sector", "empty", "lead", "note", "example", "tailoring", "allow", "all",
			"redistribute", "within", "table", "determination", "met", "when", "score", "progressive", "on", "off", "bands", "composite",
			"rules", "not", "applicable", "forbidden", "allowed", "as", "rate", "levels", "claimed", "interpretation", "quote", "reading",
			"because", "worked", "expect", "total", "level", "tailor", "clause", "一级", "二级", "三级", "四级", "五级", "全部满足", "不满足",
			"基础共性", "行业特性", "冶炼", "采选", "加工", "表1", "表5", "组织建设", "\"\"", "\"文本\"", "a)", "b）", "1.", "3%", "0%", "100%",
			"0.5", "[", "]", ")", ",", ">=", ">", "//", "/*", "*/", "+", "status", "征求意见稿", "报批稿", "发布", "final", "draft", "code",
			"revision", "en", "\"YS/T\"", "^standard", "_x", "x-1");
	private static final List<String> NUMBERS = List.of("0", "0%", "0.0%", "100%", "1000%", "100000000000000000000000000000000%", "1e3",
			"0.000000000000000000001%", "99999999999999999999", "1.", ".5", "-1", "5", "6", "4.8", "0.8", "1", "2", "007", "3.333333333333333333333333333%");
	/** Lone surrogates, BOMs, combining marks, RTL and other format characters, odd spaces, noncharacters. */
	private static final List<String> JUNK = List.of("\uD800", "\uDFFF", "\uD83D", "\uFEFF", "\u0301", "\u0301\u0301\u0301\u0301", "\u200F", "\u202E",
			"\u202Aabc\u202C", "\u200B", "\u200D", "\u00A0", "\u3000", "\uFFFE", "\uFFFF", "\uFFFD", "\u0000", "\u2028", "\u2029", "\u0085",
			"\uD83D\uDE00", "\uD840\uDC00", "１２３", "％", "＂", "\u1100\u1161", "\u0627\u0644", "e\u0301", "\u00AD");

	private static final List<Mutator> HEAVY = List.of(LONG_LINE, LONG_STRING, LONG_NAME, DEEP_NESTING);
	private static final List<Mutator> LIGHT = java.util.Arrays.stream(values()).filter(m -> !HEAVY.contains(m)).toList();

	abstract String apply(String text, SplittableRandom random);

	/** One, or sometimes a few, mutations of {@code text}. */
	public static Mutated mutate(String text, SplittableRandom random) {
		int count = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(3);
		String t = text;
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < count; i++) {
			// the heavy ones (long lines, strings and names, deep nesting) in one mutation of twenty: they take seconds
			Mutator m = random.nextInt(20) == 0 ? HEAVY.get(random.nextInt(HEAVY.size())) : LIGHT.get(random.nextInt(LIGHT.size()));
			t = m.apply(t, random);
			names.append(i == 0 ? "" : "+").append(m.name().toLowerCase(java.util.Locale.ROOT));
		}
		return new Mutated(t, names.toString());
	}

	/** A mutant and the mutations that made it. */
	public record Mutated(String text, String mutations) {
	}

	private static String insert(String t, int at, String s) {
		return t.substring(0, at) + s + t.substring(at);
	}

	private static int position(String t, SplittableRandom r) {
		return t.isEmpty() ? 0 : r.nextInt(t.length() + 1);
	}

	private static <T> T pick(List<T> items, SplittableRandom r) {
		return items.get(r.nextInt(items.size()));
	}

	private static char pick(String chars, SplittableRandom r) {
		return chars.charAt(r.nextInt(chars.length()));
	}

	/** [start, end) of the token at or after a random position: a run of non-space characters; null if none. */
	private static int[] token(String t, SplittableRandom r) {
		int at = position(t, r);
		while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
			at++;
		}
		if (at >= t.length()) {
			return null;
		}
		int start = at;
		while (start > 0 && !Character.isWhitespace(t.charAt(start - 1))) {
			start--;
		}
		int end = at;
		while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
			end++;
		}
		return new int[] { start, end };
	}

	/** [start, end) of a number (digits, '.' and an optional '%') at or after a random position; null if none. */
	private static int[] number(String t, SplittableRandom r) {
		int at = position(t, r);
		while (at < t.length() && !Character.isDigit(t.charAt(at))) {
			at++;
		}
		if (at >= t.length()) {
			at = 0;
			while (at < t.length() && !Character.isDigit(t.charAt(at))) {
				at++;
			}
			if (at >= t.length()) {
				return null;
			}
		}
		int start = at;
		while (start > 0 && (Character.isDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '.')) {
			start--;
		}
		int end = at;
		while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.' || t.charAt(end) == '%')) {
			end++;
		}
		return new int[] { start, end };
	}

	/** [start, end) of a random line, its line end included. */
	private static int[] line(String t, SplittableRandom r) {
		int at = position(t, r);
		int start = at == 0 ? 0 : t.lastIndexOf('\n', at - 1) + 1;
		int end = t.indexOf('\n', at);
		return new int[] { start, end < 0 ? t.length() : end + 1 };
	}
}
