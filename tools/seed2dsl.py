#!/usr/bin/env python3
"""Convert the text extraction of the draft standard (有色金属行业数字化转型成熟度评估, 征求意见稿)
into the Maturity DSL (bundles/com.maturityworkbench.dsl/.../Maturity.xtext).

Usage (from the repository root):
    python3 tools/seed2dsl.py SEED.txt OUTDIR [--counts] [--selfcheck] [--notes]

Writes OUTDIR/standard.maturity, weights.maturity, table5-common.maturity, table6-mining.maturity,
table7-smelting.maturity and table8-processing.maturity (UTF-8, LF, 2-space indentation).

  (default)    print the clause count per table and level
  --counts     print the clause counts as JSON instead
  --selfcheck  re-read the written files with a small parser that follows the grammar's terminals and
               rules, and compare every row/level (labels + topics + texts, whitespace removed) with the
               seed's cell text (tags and whitespace removed, junk lines left out); also compare the
               character total of every table; exit 1 on any mismatch
  --notes      print the repairs and judgment calls made, and the defects of the draft noticed
               (label restarts/skips/repeats, duplicated clauses, empty cells, name drift between the
               weight and the requirement tables), each with its seed line number

Faithfulness: every character the drafters wrote is kept (typos, doubled characters, Latin words,
"(待完善)" notes, duplicated clauses, stray punctuation). Only damage done by the PDF extraction is
repaired: <p> tags, repeated table headers, markdown separator lines, page header lines, cells broken
across pages, names split across pages or letter-spaced, columns shifted by a missing merged cell.
Reading rules (see --notes for every place they were applied):
- a table line holds 7 TAB-separated fields: domain, subdomain, 一级..五级; an empty domain field means
  the domain above (merged cell), a repeated domain name continues the same domain; a line whose
  first field is a subdomain and whose 7th field is empty, or a line of 6 fields, lost the merged
  domain cell and is read shifted by one column;
- a line with an empty subdomain field continues the row above, field by field; the continuation is
  joined to the cell without separator (it may start mid-word) unless it starts with a label;
- a clause starts at a label (a) b） 1. 2、 3)) at the start of a paragraph or after whitespace or
  punctuation (。；;：:，,、), never inside a word or number (GB/T4406g)1 is no label); labels are kept
  exactly as printed;
- what a clause is (a rated clause is a requirement an assessor rates; nothing else is rated or counted):
  * a paragraph before the first label of a cell that has labels is the cell's lead-in (导语: a summary of
    the cell, written `lead "…"`);
  * a paragraph that is a note or an example (it starts with 注 or contains 示例 before its colon) is a note
    of the clause before it (`note "…"` / `example "…"`), or of the cell when no clause precedes it;
  * an unlabelled paragraph after a labelled clause that states a requirement of its own (its own subject or
    modal verb, not an elaboration of the clause before; listed in OWN_CLAUSES) stays a clause without label
    and is reported; any other unlabelled paragraph after a labelled clause continues it (`+ "…"`);
  * in a cell without any label every paragraph is a clause without label;
  * the tail of a clause whose label and first words were lost (listed in LOST_LABEL_TAILS: a page-break
    fragment that starts mid-word after a finished sentence) is a clause without label of its own, so the
    validator reports the lost label (the drafters' defect), instead of being glued to the clause before;
- a labelled clause whose text starts with 2-12 CJK characters and 。 gets that name as topic (not
  when the label stands after a comma inside a sentence);
- an empty cell is written as the bare level name: its emptiness is the draft's defect.
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, OrderedDict

LEVELS = ["一级", "二级", "三级", "四级", "五级"]
STANDARD_ID = "nonferrous_dt_maturity"
COMMON_PART, SECTOR_PART = "基础共性", "行业特性"
SECTORS = [("采选", "mining"), ("冶炼", "smelting"), ("加工", "processing")]
# table number -> (output file, part, sector)
REQ_TABLES = OrderedDict([
    (5, ("table5-common.maturity", COMMON_PART, None)),
    (6, ("table6-mining.maturity", SECTOR_PART, "采选")),
    (7, ("table7-smelting.maturity", SECTOR_PART, "冶炼")),
    (8, ("table8-processing.maturity", SECTOR_PART, "加工")),
])
WEIGHT_TABLES = OrderedDict([(1, (COMMON_PART, None)), (2, (SECTOR_PART, "采选")),
                             (3, (SECTOR_PART, "冶炼")), (4, (SECTOR_PART, "加工"))])
REQ_TO_WEIGHT = {5: 1, 6: 2, 7: 3, 8: 4}

KEYWORDS = set("""standard part of en code committee revision date status draft final 征求意见稿 送审稿 报批稿 发布 levels scale parts
target common sector sectors weights domain requirements subdomain empty tailoring allow all
redistribute within table determination met when score progressive off on bands composite by output
value aggregate mean median trimmed lead note example rules not applicable forbidden allowed as rate
claimed interpretation in quote reading because worked tailor level clause expect total""".split())

ID_RE = re.compile(r"^[A-Za-z_\u3400-\u9fff][A-Za-z_\-0-9\u3400-\u9fff]*$")
CJK = "\u3400-\u9fff"
# a clause label as printed: a letter followed by ) or ）, or a number followed by . 、 ) or ）;
# only at the start of a paragraph or after whitespace / punctuation, never followed by a digit
# (so 4406g)1, 1.5, (0%,10%] are not labels)
LABEL_CTX = "\\s。．；;：:，,、！!？?"
LABEL_RE = re.compile(r"(?:^|(?<=[" + LABEL_CTX + r"]))([A-Za-z][)）]|\d+[.、)）](?!\d))")
TOPIC_RE = re.compile(r"^([" + CJK + r"]{2,12})。(.*)$", re.S)
TAG_RE = re.compile(r"</?p>")
PAGE_HEADER_RE = re.compile(r"^[A-Z]{2}/T[X0-9]+—[X0-9]+$")
PERCENT_RE = re.compile(r"^\d+(?:\.\d+)?%$")
SEPARATOR_RE = re.compile(r"^-*$")
NOTE_RE = re.compile(r"\s*\((?:待完善|完善到此)\)$")
# a note or an example paragraph: 注：… / 注1：… / …示例: … (the colon within the first 12 characters)
NOTE_PARA_RE = re.compile(r"^(?:注\s*\d*\s*[:：]|[^:：。]{0,10}示例\s*[:：])")
# (table, subdomain, level) -> first characters of unlabelled paragraphs after a labelled clause that state a
# requirement of their own (judged by reading; the rest continue the clause before them)
OWN_CLAUSES = {
    (6, "工艺设计", "三级"): "利用地质、测量、采矿资料",  # a system of its own, after d) on 规范
    (6, "安全生产", "三级"): "应建立安全培训",  # 应…: its own requirement (知识库), after d) on 风险评估
    (6, "能源管理", "二级"): "应实现主要能源计量器具",  # 应…: metering, after e) on process optimisation
    (7, "服务能力", "一级"): "未建立有效的客户信息管理系统",  # a deficiency of its own, after 4. on 需求收集
}
# (table, subdomain, level) -> the first characters of a page-break fragment that is the tail of a clause whose
# label and first words were lost: kept as a clause of its own (reported), not glued to the clause before
LOST_LABEL_TAILS = {
    (5, "数据业务化", "五级"): "付的智能化",  # c) ends "…商业价值。"; the lost clause (…业务交付的智能化) has no label
}


# ----------------------------------------------------------------------------------------------
# small helpers

def q(s):
    """A DSL STRING: double-quoted, backslash and quote escaped."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dsl_name(s):
    """Name: ID when the name is an identifier (and no keyword), else STRING."""
    return s if ID_RE.match(s) and s not in KEYWORDS else q(s)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def untag(s):
    return TAG_RE.sub(" ", s)


def squeeze(s):
    """tags and every whitespace removed: the form compared by --selfcheck"""
    return re.sub(r"\s+", "", TAG_RE.sub("", s))


def clean_name(s):
    """A domain/subdomain name as printed: tags removed, whitespace runs normalised, letter-spaced
    names (数 字 化 服 务) joined."""
    s = ws(untag(s))
    if re.fullmatch(r"(?:[" + CJK + r"] )+[" + CJK + r"]", s):
        s = s.replace(" ", "")
    return s


class Notes:
    def __init__(self):
        self.items = []  # (kind, line, text)

    def add(self, kind, line, text):
        self.items.append((kind, line, text))

    def dump(self, out):
        order = ["repair", "judgment", "defect"]
        for kind in order:
            sel = [i for i in self.items if i[0] == kind]
            out.write("\n== %s (%d) ==\n" % (kind, len(sel)))
            for _, line, text in sel:
                out.write("  line %s: %s\n" % (line if line else "-", text))


# ----------------------------------------------------------------------------------------------
# seed parsing

class Seed:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n")
        self.lines = text.split("\n")

    def line(self, n):  # 1-based
        return self.lines[n - 1]

    def find(self, pred, start=1):
        for n in range(start, len(self.lines) + 1):
            if pred(self.lines[n - 1]):
                return n
        raise SystemExit("seed2dsl: expected line not found")

    def table_title(self, number):
        n = self.find(lambda l: re.match(r"^表%d(?!\d)\S" % number, l) is not None)
        return n, self.line(n)[len("表%d" % number):].strip()

    def table_body(self, title_line):
        """Lines (number, text) after a table title up to the next running-text line (non-blank,
        no tab, no page header)."""
        body = []
        n = title_line + 1
        while n <= len(self.lines):
            l = self.line(n)
            if l.strip() and "\t" not in l and not PAGE_HEADER_RE.match(l.strip()):
                break
            body.append((n, l))
            n += 1
        return body


def parse_levels(seed, notes):
    head = seed.find(lambda l: l.strip() == "成熟度等级\t等级说明")
    levels = OrderedDict()
    last = None
    n = head + 1
    while n <= len(seed.lines):
        l = seed.line(n)
        if not l.strip():
            n += 1
            continue
        if "\t" not in l:
            break
        f = l.split("\t")
        if l.strip() == "成熟度等级\t等级说明":
            notes.add("repair", n, "5 levels table: repeated table header line dropped")
        elif f[0].strip() in LEVELS:
            last = f[0].strip()
            levels[last] = ws(f[1])
        elif not f[0].strip() and last:
            levels[last] += ws(f[1])
            notes.add("repair", n, "5 levels table: %s description continues across the page break "
                      "(joined without separator)" % last)
        n += 1
    assert list(levels) == LEVELS, levels.keys()
    return levels


def parse_scale(seed):
    t, _ = seed.table_title(9)
    ratings = []
    for n, l in seed.table_body(t):
        f = [x.strip() for x in l.split("\t")]
        if len(f) == 2 and re.fullmatch(r"\d+(?:\.\d+)?", f[1]):
            ratings.append((f[0], f[1]))
    assert [r[0] for r in ratings] == ["全部满足", "大部分满足", "部分满足", "不满足"], ratings
    return ratings


def parse_bands(seed):
    t, _ = seed.table_title(10)
    bands = []
    for n, l in seed.table_body(t):
        f = [x.strip() for x in l.split("\t")]
        if len(f) == 2 and f[0] in LEVELS:
            m = re.fullmatch(r"\$([\d.]+) \\leq S (<|\\leq) ([\d.]+)\$", f[1])
            assert m, l
            bands.append((f[0], m.group(1), m.group(3), m.group(2) != "<"))
    assert [b[0] for b in bands] == LEVELS
    return bands


def parse_targets(seed):
    text = "\n".join(seed.lines)
    m = re.search(r"基础共性、行业特性能力子域合计权重分别为\s*(\d+%)、(\d+%)", text)
    assert m
    t = re.search(r"(采选、冶炼、加工企业可结合自身业务情况对能力子域进行裁剪，被裁剪项权重等比扩大至对应能力域内)", text)
    assert t
    assert "A_{SUM}" in text and "Avg" in text
    return m.group(1), m.group(2), t.group(1)


def parse_weights(seed, notes):
    tables = OrderedDict()
    for number in WEIGHT_TABLES:
        t, title = seed.table_title(number)
        domains = OrderedDict()
        cur = None
        blanks = []
        for n, l in seed.table_body(t):
            s = l.strip()
            if not s:
                if domains:
                    blanks.append(n)
                continue
            for b in blanks:
                notes.add("repair", b, "表%d: blank line inside the table ignored" % number)
            blanks = []
            if PAGE_HEADER_RE.match(s):
                notes.add("repair", n, "表%d: page header line %r inside the table dropped" % (number, s))
                continue
            f = [x.strip() for x in l.split("\t")]
            if f[:3] == ["能力域", "能力子域", "指标权重"]:
                continue
            while len(f) < 3:
                f.append("")
            dom, sub, w = f[0], f[1], f[2]
            if not w and PERCENT_RE.match(sub) and dom and len(f) == 3:
                notes.add("repair", n, "表%d: row %r shifted left (merged domain cell missing): read as "
                          "subdomain %s %s of the domain above (%s)" % (number, s, dom, sub, cur))
                dom, sub, w = "", dom, sub
            assert PERCENT_RE.match(w) and sub, (n, l)
            if dom:
                cur = clean_name(dom)
                domains.setdefault(cur, [])
            domains[cur].append((clean_name(sub), w, n))
        tables[number] = (title, domains)
    return tables


class Row:
    def __init__(self, name, line):
        self.name = name
        self.line = line
        self.frags = [[] for _ in LEVELS]  # per level: [(line, raw text)]
        self.cells = None  # per level: [Clause]
        self.leads = [None for _ in LEVELS]  # per level: lead-in text or None
        self.cell_notes = [[] for _ in LEVELS]  # per level: [(kind, text)] before the first clause


class Clause:
    def __init__(self, label, text, line):
        self.label = label
        self.topic = None
        self.text = text
        self.line = line
        self.continuations = []  # paragraphs continuing the clause
        self.notes = []  # [(kind, text)]: note / example paragraphs after the clause

    def squeezed(self):
        return squeeze((self.label or "") + ((self.topic + "。") if self.topic else "") + self.text
                       + "".join(self.continuations) + "".join(t for _, t in self.notes))


def looks_like_cell(s):
    s = ws(untag(s))
    return len(s) > 20 or LABEL_RE.match(s) is not None


def parse_requirements(seed, weight_names, notes):
    tables = OrderedDict()
    for number in REQ_TABLES:
        t, title = seed.table_title(number)
        domains = OrderedDict()  # name -> [Row]
        dom_lines = {}
        cur_dom, row = None, None
        body_chars = 0
        for n, l in seed.table_body(t):
            if not l.strip():
                continue
            f = l.split("\t")
            fs = [x.strip() for x in f]
            if all(SEPARATOR_RE.match(x) for x in fs):
                notes.add("repair", n, "表%d: markdown separator line dropped" % number)
                continue
            if fs[0] in ("能力域", "序号") and len(fs) > 2 and fs[2] == "一级":
                if n != t + 2:
                    notes.add("repair", n, "表%d: repeated table header line dropped" % number)
                continue
            if len(f) == 7:
                if fs[0] and looks_like_cell(f[1]) and not fs[6]:
                    notes.add("repair", n, "表%d: row %s shifted left by one column (merged domain cell "
                              "missing; 7th field empty): read as subdomain + 5 level cells"
                              % (number, clean_name(f[0])))
                    dom, sub, cells = "", f[0], f[1:6]
                else:
                    dom, sub, cells = f[0], f[1], f[2:7]
            elif len(f) == 6:
                notes.add("repair", n, "表%d: line with 6 fields (merged domain cell missing): read as "
                          "%s + 5 level cells" % (number, ("subdomain " + clean_name(f[0])) if fs[0]
                                                  else "continuation"))
                dom, sub, cells = "", f[0], f[1:6]
            else:
                raise SystemExit("seed2dsl: line %d: unexpected table line with %d fields" % (n, len(f)))
            body_chars += sum(len(squeeze(c)) for c in cells)
            dom_raw, sub_raw = dom, sub
            dom, sub = clean_name(dom), clean_name(sub)
            if dom_raw.strip() and dom != ws(untag(dom_raw)):
                notes.add("repair", n, "表%d: letter-spaced domain %r joined to %s" % (number, ws(dom_raw), dom))
            if sub_raw.strip() != sub and TAG_RE.search(sub_raw):
                notes.add("repair", n, "表%d: subdomain printed inside <p> tags: %s" % (number, sub))
            if dom:
                if dom == cur_dom:
                    notes.add("judgment", n, "表%d: domain field repeats the current domain %s after a page "
                              "break: continues the same domain block" % (number, dom))
                elif dom in domains:
                    raise SystemExit("seed2dsl: line %d: domain %s reappears" % (n, dom))
                else:
                    cur_dom = dom
                    domains[dom] = []
                    dom_lines[dom] = n
                    row = None
            if sub:
                if (row is not None and row.name + sub in weight_names and row.name not in weight_names
                        and sub not in weight_names):
                    notes.add("repair", n, "表%d: subdomain name split across the page break: %r + %r -> %s"
                              % (number, row.name, sub, row.name + sub))
                    row.name += sub
                else:
                    if cur_dom is None:
                        raise SystemExit("seed2dsl: line %d: row before any domain" % n)
                    row = Row(sub, n)
                    domains[cur_dom].append(row)
            elif dom and any(c.strip() for c in cells):
                raise SystemExit("seed2dsl: line %d: domain line without subdomain carries text" % n)
            for k, c in enumerate(cells):
                if c.strip():
                    if row is None:
                        raise SystemExit("seed2dsl: line %d: cell text outside any row" % n)
                    row.frags[k].append((n, c))
        for rows in domains.values():
            for r in rows:
                r.cells = [split_cell(r, k, number, notes) for k in range(len(LEVELS))]
        tables[number] = dict(title=title, domains=domains, dom_lines=dom_lines, body_chars=body_chars,
                              title_line=t)
    return tables


def paragraphs_of(raw):
    return [ws(p) for p in TAG_RE.split(raw) if p.strip()]


def split_cell(row, k, number, notes):
    """Clauses of one cell (lead-in and cell notes go to row.leads[k] / row.cell_notes[k]). Paragraphs come
    from <p> elements; a fragment continuing the cell after a page break is joined to the last paragraph
    without separator (it may continue mid-word) unless it starts with a label or is a lost clause's tail."""
    paras = []  # [text, line, lost tail?]
    lost = LOST_LABEL_TAILS.get((number, NOTE_RE.sub("", row.name), LEVELS[k]))
    for i, (n, raw) in enumerate(row.frags[k]):
        ps = paragraphs_of(raw)
        if i > 0 and ps and paras and not LABEL_RE.match(ps[0]):
            if lost and ps[0].startswith(lost):
                notes.add("judgment", n, "表%d %s %s: page-break fragment %r… is the tail of a clause whose label "
                          "and first words were lost: a clause without label of its own, not glued to %r"
                          % (number, row.name, LEVELS[k], ps[0][:12], paras[-1][0][-10:]))
                paras.append([ps[0], n, True])
                ps = ps[1:]
            else:
                if re.match(r"[A-Za-z0-9]", paras[-1][0][-1:]) or re.match(r"[A-Za-z0-9]", ps[0][:1]):
                    notes.add("judgment", n, "表%d %s %s: page-break join next to Latin text: %r + %r joined "
                              "without space" % (number, row.name, LEVELS[k], paras[-1][0][-8:], ps[0][:8]))
                paras[-1][0] += ps[0]
                ps = ps[1:]
        paras.extend([p, n, False] for p in ps)
    labelled_cell = any(LABEL_RE.search(t) for t, _, _ in paras)
    where = "表%d %s %s" % (number, row.name, LEVELS[k])
    clauses = []
    for text, n, lost_tail in paras:
        marks = list(LABEL_RE.finditer(text))
        start = marks[0].start(1) if marks else len(text)
        pre = text[:start].strip()
        if pre:
            own = OWN_CLAUSES.get((number, NOTE_RE.sub("", row.name), LEVELS[k]))
            if lost_tail or not labelled_cell:
                clauses.append(Clause(None, pre, n))
            elif own and pre.startswith(own):
                clauses.append(Clause(None, pre, n))
                notes.add("judgment", n, "%s: paragraph %r… states a requirement of its own: a clause without label "
                          "(reported)" % (where, pre[:16]))
            elif NOTE_PARA_RE.match(pre):
                kind = "example" if "示例" in pre[:12] else "note"
                if clauses:
                    clauses[-1].notes.append((kind, pre))
                    notes.add("judgment", n, "%s: paragraph %r… is an %s of clause %s (context, not rated)"
                              % (where, pre[:16], kind, clauses[-1].label or "(unlabelled)"))
                else:
                    row.cell_notes[k].append((kind, pre))
                    notes.add("judgment", n, "%s: paragraph %r… is an %s of the cell (context, not rated)"
                              % (where, pre[:16], kind))
            elif not clauses:
                assert row.leads[k] is None, (where, pre)
                row.leads[k] = pre
                notes.add("judgment", n, "%s: paragraph %r… before the first label is the cell's lead-in "
                          "(导语: context, not rated)" % (where, pre[:16]))
            else:
                last = clauses[-1]
                if last.label is None:
                    raise SystemExit("seed2dsl: line %d: %s: unlabelled paragraph after an unlabelled clause in a "
                                     "labelled cell" % (n, where))
                last.continuations.append(pre)
                notes.add("judgment", n, "%s: paragraph %r… continues clause %s (one clause, rated once)"
                          % (where, pre[:16], last.label))
        for j, m in enumerate(marks):
            end = marks[j + 1].start(1) if j + 1 < len(marks) else len(text)
            label = m.group(1)
            body = text[m.end(1):end].strip()
            c = Clause(label, body, n)
            after_comma = m.start(1) > 0 and text[m.start(1) - 1] in "，,"
            if after_comma:
                notes.add("judgment", n, "表%d %s %s: label %s printed after a comma inside a sentence: split "
                          "there (label kept), no topic taken" % (number, row.name, LEVELS[k], label))
            tm = None if after_comma else TOPIC_RE.match(body)
            if tm and tm.group(2).strip():
                c.topic, c.text = tm.group(1), tm.group(2).strip()
            clauses.append(c)
    return clauses


# ----------------------------------------------------------------------------------------------
# defects of the draft (reported, never repaired)

def label_key(label):
    core = label[:-1]
    if core.isdigit():
        return ("num", int(core))
    return ("alpha", ord(core.lower()) - ord("a") + 1)


def find_defects(weights, reqs, notes):
    for number, (title, domains) in weights.items():
        total = sum(int(w[:-1]) for subs in domains.values() for _, w, _ in subs)
        notes.add("defect" if total not in (49, 51) else "judgment", None,
                  "表%d weights sum to %d%%" % (number, total))
    for number, t in reqs.items():
        for dom, rows in t["domains"].items():
            for r in rows:
                if all(not c for c in r.cells):
                    notes.add("defect", r.line, "表%d %s/%s: row has no text at any level" % (number, dom, r.name))
                    continue
                for k, cl in enumerate(r.cells):
                    where = "表%d %s/%s %s" % (number, dom, r.name, LEVELS[k])
                    line = r.frags[k][0][0] if r.frags[k] else r.line
                    if not cl:
                        notes.add("defect", line, where + ": empty cell")
                        continue
                    labels = [c.label for c in cl if c.label]
                    unl = [c for c in cl if not c.label]
                    if labels and unl:
                        notes.add("defect", unl[0].line, where + ": %d unlabelled clause(s) beside labelled "
                                  "ones (%r…)" % (len(unl), unl[0].text[:15]))
                    if not labels:
                        continue
                    keys = [label_key(x) for x in labels]
                    problems = []
                    if keys[0][1] != 1:
                        problems.append("starts at %s" % labels[0])
                    for a, b, la, lb in zip(keys, keys[1:], labels, labels[1:]):
                        if a[0] != b[0]:
                            problems.append("style changes %s→%s" % (la, lb))
                        elif b[1] == a[1]:
                            problems.append("repeat %s %s" % (la, lb))
                        elif b[1] < a[1]:
                            problems.append("restart %s→%s" % (la, lb))
                        elif b[1] > a[1] + 1:
                            problems.append("skip %s→%s" % (la, lb))
                    if any(x[0].isdigit() for x in labels):
                        problems.append("numeric labels (the tables use a) b) c))")
                    if len(set(l[-1] for l in labels)) > 1:
                        problems.append("mixed label punctuation")
                    if problems:
                        notes.add("defect", line, where + ": labels %s — %s" % (" ".join(labels), "; ".join(problems)))
                    seen = {}
                    for c in cl:
                        key = squeeze((c.topic or "") + c.text)
                        if key in seen:
                            notes.add("defect", c.line, where + ": clause %s repeats clause %s word for word"
                                      % (c.label or "(unlabelled)", seen[key] or "(unlabelled)"))
                        else:
                            seen[key] = c.label
                    for c in cl:
                        if c.label and c.text[:1] in ".;；,，" :
                            notes.add("defect", c.line, where + ": clause %s text starts with stray "
                                      "punctuation %r" % (c.label, c.text[:6]))
    # rows copied from another row of the same table
    for number, t in reqs.items():
        rows = [(d, r) for d, rs in t["domains"].items() for r in rs]
        def words(r):  # clause texts compared without whitespace and punctuation
            return [re.sub(r"[\s,，;；。.:：、()（）]", "", c.text) for cl in r.cells for c in cl]
        for i, (d1, r1) in enumerate(rows):
            k1 = set(words(r1))
            for d2, r2 in rows[i + 1:]:
                k2 = words(r2)
                same = sum(1 for x in k2 if x in k1)
                if k1 and k2 and same * 2 > len(k2):
                    notes.add("defect", r2.line, "表%d %s/%s repeats %s/%s: %d of its %d clauses have the wording "
                              "of clauses of that row (punctuation aside)" % (number, d2, r2.name, d1, r1.name,
                                                                            same, len(k2)))
    # name drift between requirement table and weight table of the same part/sector
    for number, t in reqs.items():
        wt = weights[REQ_TO_WEIGHT[number]][1]
        wsubs = {s: d for d, subs in wt.items() for s, _, _ in subs}
        rsubs = {}
        for dom, rows in t["domains"].items():
            if dom not in wt:
                notes.add("defect", t["dom_lines"][dom], "表%d domain %s is not a domain of 表%d (%s)"
                          % (number, dom, REQ_TO_WEIGHT[number], "、".join(wt)))
            for r in rows:
                rsubs[r.name] = dom
                base = NOTE_RE.sub("", r.name)
                if base != r.name:
                    notes.add("defect", r.line, "表%d %s/%s: drafting note in the subdomain name%s"
                              % (number, dom, r.name, (" (as %s it is a subdomain of 表%d)" % (base, REQ_TO_WEIGHT[number]))
                                 if base in wsubs else ""))
                if r.name not in wsubs:
                    notes.add("defect", r.line, "表%d %s/%s has no weight in 表%d" % (number, dom, r.name,
                                                                                    REQ_TO_WEIGHT[number]))
                elif wsubs[r.name] != dom:
                    notes.add("defect", r.line, "表%d %s is under %s, 表%d has it under %s"
                              % (number, r.name, dom, REQ_TO_WEIGHT[number], wsubs[r.name]))
        for s, d in wsubs.items():
            if s not in rsubs and not any(NOTE_RE.sub("", x) == s for x in rsubs):
                notes.add("defect", None, "表%d %s/%s has no requirement row in 表%d" % (REQ_TO_WEIGHT[number],
                                                                                     d, s, number))
        for dom, rows in t["domains"].items():
            dupl = [n for n, c in Counter(r.name for r in rows).items() if c > 1]
            for d in dupl:
                notes.add("defect", None, "表%d %s: subdomain %s occurs twice" % (number, dom, d))


# ----------------------------------------------------------------------------------------------
# writing

HEADER = "// 有色金属行业数字化转型成熟度评估 (征求意见稿) — encoded from the draft; see tools/seed2dsl.py\n"


def write_standard(levels, ratings, targets, bands):
    common_t, sector_t, tailoring_text = targets
    o = [HEADER]
    o.append('standard %s "有色金属行业数字化转型成熟度评估"\n' % STANDARD_ID)
    o.append('  en "Maturity assessment of digital transformation for nonferrous metal industry"\n')
    o.append('  code "YS/T XXXXX—XXXX" committee "SAC/TC243"\n')
    o.append('  revision "征求意见稿" date "XXXX-XX-XX" status 征求意见稿\n\n')
    o.append("levels   // 5 成熟度等级\n")
    for name, text in levels.items():
        o.append("  %s %s\n" % (name, q(text)))
    o.append("\nscale    // 表9\n")
    for name, value in ratings:
        o.append("  %s %s\n" % (dsl_name(name), value))
    o.append("\nparts\n")
    o.append("  %s common target %s\n" % (COMMON_PART, common_t))
    o.append("  %s sector target %s\n" % (SECTOR_PART, sector_t))
    o.append("\nsectors\n")
    for name, code in SECTORS:
        o.append("  %s %s\n" % (name, code))
    o.append("\ntailoring   // 6.1 %s\n" % tailoring_text)
    o.append("  allow all\n  redistribute within domain\n")
    o.append("\ndetermination   // 9.2, 表10\n")
    o.append("  met when score >= %s\n" % bands[0][1])
    o.append("  progressive off\n  bands\n")
    for level, low, high, closed in bands:
        o.append("    %s [%s, %s%s\n" % (level, low, high, "]" if closed else ")"))
    o.append("\ncomposite   // 附录A\n  weights by output value\n  aggregate mean\n")
    return "".join(o)


def sector_clause(part, sector):
    return "part %s%s" % (part, (" sector %s" % sector) if sector else "")


def write_weights(weights):
    o = ["part of %s\n" % STANDARD_ID, "// 表1-表4 (6 能力域): weights as printed in the draft; encoded by tools/seed2dsl.py\n"]
    for number, (title, domains) in weights.items():
        part, sector = WEIGHT_TABLES[number]
        o.append("\nweights 表%d %s %s\n" % (number, q(title), sector_clause(part, sector)))
        for dom, subs in domains.items():
            o.append("  domain %s\n" % dsl_name(dom))
            for sub, w, _ in subs:
                o.append("    %s %s\n" % (dsl_name(sub), w))
    return "".join(o)


def write_requirements(number, t):
    fname, part, sector = REQ_TABLES[number]
    o = ["part of %s\n" % STANDARD_ID,
         "// 表%d (7 成熟度要求): clauses as printed in the draft; encoded by tools/seed2dsl.py\n\n" % number]
    o.append("requirements 表%d %s %s\n" % (number, q(t["title"]), sector_clause(part, sector)))
    for dom, rows in t["domains"].items():
        o.append("  domain %s\n" % dsl_name(dom))
        for r in rows:
            o.append("    subdomain %s\n" % dsl_name(r.name))
            for k, cl in enumerate(r.cells):
                o.append("      %s\n" % LEVELS[k])
                if r.leads[k]:
                    o.append("        lead %s\n" % q(r.leads[k]))
                for kind, text in r.cell_notes[k]:
                    o.append("        %s %s\n" % (kind, q(text)))
                for c in cl:
                    parts = []
                    if c.label:
                        parts.append(c.label)
                    if c.topic:
                        parts.append(c.topic + "。" + q(c.text))
                    else:
                        parts.append(q(c.text))
                    o.append("        %s\n" % " ".join(parts))
                    for more in c.continuations:
                        o.append("          + %s\n" % q(more))
                    for kind, text in c.notes:
                        o.append("          %s %s\n" % (kind, q(text)))
    return "".join(o)


def counts_of(reqs):
    out = OrderedDict()
    for number, t in reqs.items():
        per = OrderedDict((lv, 0) for lv in LEVELS)
        for rows in t["domains"].values():
            for r in rows:
                for k, cl in enumerate(r.cells):
                    per[LEVELS[k]] += len(cl)
        per["total"] = sum(per[lv] for lv in LEVELS)
        out["表%d" % number] = per
    return out


def context_counts_of(reqs):
    """Per table and level: lead-ins, notes/examples (of cells and clauses) and continuation paragraphs."""
    out = OrderedDict()
    for number, t in reqs.items():
        per = OrderedDict((kind, [0] * len(LEVELS)) for kind in ("leadIns", "notes", "continuations"))
        for rows in t["domains"].values():
            for r in rows:
                for k, cl in enumerate(r.cells):
                    per["leadIns"][k] += 1 if r.leads[k] else 0
                    per["notes"][k] += len(r.cell_notes[k]) + sum(len(c.notes) for c in cl)
                    per["continuations"][k] += sum(len(c.continuations) for c in cl)
        out["表%d" % number] = per
    return out


# ----------------------------------------------------------------------------------------------
# --selfcheck: a small reader of the written files following Maturity.xtext

TOKEN_SPECS = [
    ("WS", r"[ \t\r\n\u3000]+"),
    ("SL_COMMENT", r"//[^\n\r]*(?:\r?\n)?"),
    ("ML_COMMENT", r"/\*.*?\*/"),
    ("STRING", r'"(?:\\.|[^\\"])*"'),
    ("PERCENT", r"[0-9]+(?:\.[0-9]+)?%"),
    ("LABEL", r"(?:[a-zA-Z]|[0-9]+)[)）.、]"),
    ("DECIMAL", r"[0-9]+(?:\.[0-9]+)?"),
    ("ID", r"\^?[a-zA-Z_\u3400-\u9fff][a-zA-Z_\-0-9\u3400-\u9fff]*"),
]
PUNCT_KEYWORDS = ["。", ">=", ">", "[", "]", ",", ")", "(", ".", "+"]


def tokenize(text, fname):
    """Longest match over terminals and keywords, keywords winning ties against ID (as the
    Xtext-generated lexer does)."""
    regs = [(k, re.compile(p, re.S)) for k, p in TOKEN_SPECS]
    toks = []
    i, line = 0, 1
    while i < len(text):
        best = None
        for kind, rx in regs:
            m = rx.match(text, i)
            if m and m.end() > i and (best is None or m.end() - i > len(best[1])):
                best = (kind, m.group())
        for kw in PUNCT_KEYWORDS:
            if text.startswith(kw, i) and (best is None or len(kw) > len(best[1])):
                best = ("KW", kw)
        if best is None:
            raise SyntaxError("%s:%d: error: no token at %r" % (fname, line, text[i:i + 10]))
        kind, val = best
        if kind == "ID" and val in KEYWORDS:
            kind = "KW"
        if kind not in ("WS", "SL_COMMENT", "ML_COMMENT"):
            toks.append((kind, val, line))
        line += val.count("\n")
        i += len(val)
    toks.append(("EOF", "", line))
    return toks


class Reader:
    def __init__(self, toks, fname):
        self.t, self.i, self.fname = toks, 0, fname

    def peek(self, k=0):
        return self.t[min(self.i + k, len(self.t) - 1)]

    def fail(self, what):
        kind, val, line = self.peek()
        raise SyntaxError("%s:%d: error: expected %s, found %s %r" % (self.fname, line, what, kind, val))

    def kw(self, word):
        if self.peek()[0] == "KW" and self.peek()[1] == word:
            self.i += 1
            return True
        return False

    def need_kw(self, word):
        if not self.kw(word):
            self.fail("'%s'" % word)

    def take(self, kind):
        if self.peek()[0] != kind:
            self.fail(kind)
        v = self.peek()[1]
        self.i += 1
        return v

    def name(self):
        if self.peek()[0] == "ID":
            return self.take("ID")
        return unq(self.take("STRING"))


def unq(s):
    return re.sub(r"\\(.)", r"\1", s[1:-1])


def read_model(text, fname):
    """Returns a dict: standard / weights / requirements found in one file (syntax per the grammar)."""
    r = Reader(tokenize(text, fname), fname)
    model = {"requirements": {}, "weights": {}}
    if r.kw("standard"):
        model["standard"] = r.take("ID")
        r.name()
        if r.kw("en"):
            r.take("STRING")
        r.need_kw("code"); r.take("STRING")
        if r.kw("committee"):
            r.take("STRING")
        r.need_kw("revision"); r.take("STRING")
        if r.kw("date"):
            r.take("STRING")
        r.need_kw("status")
        if not any(r.kw(w) for w in ("draft", "final", "征求意见稿", "送审稿", "报批稿", "发布")):
            r.fail("status")
    else:
        r.need_kw("part"); r.need_kw("of"); model["partOf"] = r.take("ID")
    while r.peek()[0] != "EOF":
        if r.kw("levels"):
            n = 0
            while r.peek()[0] == "ID":
                r.take("ID"); r.take("STRING"); n += 1
            if not n:
                r.fail("level")
        elif r.kw("scale"):
            while r.peek()[0] == "ID":
                r.take("ID"); r.take("DECIMAL")
        elif r.kw("parts"):
            while r.peek()[0] == "ID":
                r.take("ID")
                if not (r.kw("common") or r.kw("sector")):
                    r.fail("part kind")
                r.need_kw("target"); r.take("PERCENT")
        elif r.kw("sectors"):
            while r.peek()[0] == "ID":
                r.take("ID"); r.take("ID")
        elif r.kw("weights"):
            tname = r.take("ID")
            if r.peek()[0] == "STRING":
                r.take("STRING")
            r.need_kw("part"); r.take("ID")
            if r.kw("sector"):
                r.take("ID")
            doms = OrderedDict()
            if not (r.peek()[0] == "KW" and r.peek()[1] == "domain"):
                r.fail("'domain'")
            while r.kw("domain"):
                d = r.name()
                subs = []
                while r.peek()[0] in ("ID", "STRING"):
                    subs.append((r.name(), r.take("PERCENT")))
                if not subs:
                    r.fail("weighted subdomain")
                doms[d] = subs
            model["weights"][tname] = doms
        elif r.kw("requirements"):
            tname = r.take("ID")
            if r.peek()[0] == "STRING":
                r.take("STRING")
            r.need_kw("part"); r.take("ID")
            if r.kw("sector"):
                r.take("ID")
            doms = OrderedDict()
            while r.kw("domain"):
                d = r.name()
                rows = doms.setdefault(d, [])
                while r.kw("subdomain"):
                    sname = r.name()
                    cells = []
                    while r.peek()[0] == "ID" and not (r.peek(1)[0] == "KW" and r.peek(1)[1] == "。"):
                        level = r.take("ID")
                        clauses = []
                        if r.kw("empty"):
                            r.take("STRING")
                        else:
                            if r.kw("lead"):
                                clauses.append((None, None, unq(r.take("STRING"))))
                            while r.kw("note") or r.kw("example"):
                                clauses.append((None, None, unq(r.take("STRING"))))
                            while True:
                                k0, k1 = r.peek()[0], r.peek(1)
                                if k0 == "LABEL" or k0 == "STRING" or (k0 == "ID" and k1[0] == "KW" and k1[1] == "。"):
                                    label = r.take("LABEL") if k0 == "LABEL" else None
                                    topic = None
                                    if r.peek()[0] == "ID":
                                        topic = r.take("ID"); r.need_kw("。")
                                    clauses.append((label, topic, unq(r.take("STRING"))))
                                    while r.kw("+"):
                                        clauses.append((None, None, unq(r.take("STRING"))))
                                    while r.kw("note") or r.kw("example"):
                                        clauses.append((None, None, unq(r.take("STRING"))))
                                else:
                                    break
                        cells.append((level, clauses))
                    rows.append((sname, cells))
            model["requirements"][tname] = doms
        elif r.kw("tailoring"):
            r.need_kw("allow")
            if not r.kw("all"):
                r.fail("'all'")
            r.need_kw("redistribute"); r.need_kw("within")
            if not (r.kw("domain") or r.kw("table")):
                r.fail("scope")
        elif r.kw("determination"):
            r.need_kw("met"); r.need_kw("when"); r.need_kw("score")
            if not (r.kw(">=") or r.kw(">")):
                r.fail("comparison")
            r.take("DECIMAL")
            r.need_kw("progressive")
            if not (r.kw("off") or r.kw("on")):
                r.fail("switch")
            r.need_kw("bands")
            while r.peek()[0] == "ID":
                r.take("ID"); r.need_kw("["); r.take("DECIMAL"); r.need_kw(","); r.take("DECIMAL")
                if not (r.kw("]") or r.kw(")")):
                    r.fail("] or )")
        elif r.kw("composite"):
            for w in ("weights", "by", "output", "value", "aggregate"):
                r.need_kw(w)
            if not (r.kw("mean") or r.kw("median") or r.kw("trimmed")):
                r.fail("aggregation")
        elif r.kw("rules"):
            # written by hand in interpretations.maturity, read here so that the check of a folder accepts it
            if r.kw("not"):
                r.need_kw("applicable")
                if not (r.kw("forbidden") or r.kw("allowed")):
                    r.fail("forbidden or allowed")
                if r.kw("as"):
                    r.take("ID")
            if r.kw("rate"):
                r.need_kw("levels")
                if not (r.kw("all") or r.kw("claimed")):
                    r.fail("all or claimed")
        elif r.kw("interpretation"):
            r.take("ID")
            if r.kw("in"):
                r.take("STRING")
            r.need_kw("quote"); r.take("STRING")
            while r.kw("quote"):
                r.take("STRING")
            r.need_kw("reading"); r.take("STRING")
            r.need_kw("because"); r.take("STRING")
        else:
            r.fail("member")
    return model


def selfcheck(outdir, weights, reqs):
    errors = []
    models = {}
    for fname in sorted(os.listdir(outdir)):
        if not fname.endswith(".maturity"):
            continue
        path = os.path.join(outdir, fname)
        with open(path, "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            errors.append("%s: CR line endings" % fname)
        try:
            models[fname] = read_model(raw.decode("utf-8"), path)
        except SyntaxError as e:
            errors.append(str(e))
    heads = [f for f, m in models.items() if "standard" in m]
    if heads != ["standard.maturity"]:
        errors.append("expected exactly one head file, found %s" % heads)
    for f, m in models.items():
        if "partOf" in m and m["partOf"] != STANDARD_ID:
            errors.append("%s: part of %s" % (f, m["partOf"]))
    # weights: as printed
    wm = models.get("weights.maturity", {}).get("weights", {})
    for number, (title, domains) in weights.items():
        got = wm.get("表%d" % number)
        want = OrderedDict((d, [(s, w) for s, w, _ in subs]) for d, subs in domains.items())
        if got != want:
            errors.append("表%d: weights differ after reading back" % number)
    # requirements: every row/level against the seed cell text
    for number, t in reqs.items():
        fname = REQ_TABLES[number][0]
        got = models.get(fname, {}).get("requirements", {}).get("表%d" % number)
        if got is None:
            errors.append("%s: 表%d missing" % (fname, number))
            continue
        if list(got) != list(t["domains"]):
            errors.append("表%d: domains %s != %s" % (number, list(got), list(t["domains"])))
        total = 0
        for dom, rows in t["domains"].items():
            grows = got.get(dom, [])
            if [g[0] for g in grows] != [r.name for r in rows]:
                errors.append("表%d %s: rows differ" % (number, dom))
                continue
            for r, (gname, gcells) in zip(rows, grows):
                if [c[0] for c in gcells] != LEVELS:
                    errors.append("表%d %s/%s: levels %s" % (number, dom, r.name, [c[0] for c in gcells]))
                    continue
                for k in range(len(LEVELS)):
                    seed_text = "".join(squeeze(raw) for _, raw in r.frags[k])
                    out_text = "".join(squeeze((lb or "") + ((tp + "。") if tp else "") + tx)
                                       for lb, tp, tx in gcells[k][1])
                    total += len(out_text)
                    if seed_text != out_text:
                        i = next((j for j in range(min(len(seed_text), len(out_text)))
                                  if seed_text[j] != out_text[j]), min(len(seed_text), len(out_text)))
                        errors.append("表%d %s/%s %s (line %s): mismatch at %d: seed …%s… vs out …%s…"
                                      % (number, dom, r.name, LEVELS[k], r.frags[k][0][0] if r.frags[k] else r.line,
                                         i, seed_text[max(0, i - 10):i + 10], out_text[max(0, i - 10):i + 10]))
        if total != t["body_chars"]:
            errors.append("表%d: %d characters of clause text, the table's cells hold %d"
                          % (number, total, t["body_chars"]))
    return errors


# ----------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed")
    ap.add_argument("outdir")
    ap.add_argument("--counts", action="store_true", help="print the clause counts as JSON")
    ap.add_argument("--selfcheck", action="store_true", help="read the output back and compare with the seed")
    ap.add_argument("--notes", action="store_true", help="print repairs, judgment calls and draft defects")
    a = ap.parse_args(argv)

    seed = Seed(a.seed)
    notes = Notes()
    levels = parse_levels(seed, notes)
    ratings = parse_scale(seed)
    bands = parse_bands(seed)
    targets = parse_targets(seed)
    weights = parse_weights(seed, notes)
    weight_names = {s for _, domains in weights.values() for subs in domains.values() for s, _, _ in subs}
    reqs = parse_requirements(seed, weight_names, notes)
    find_defects(weights, reqs, notes)

    os.makedirs(a.outdir, exist_ok=True)
    files = OrderedDict()
    files["standard.maturity"] = write_standard(levels, ratings, targets, bands)
    files["weights.maturity"] = write_weights(weights)
    for number, t in reqs.items():
        files[REQ_TABLES[number][0]] = write_requirements(number, t)
    for fname, text in files.items():
        with open(os.path.join(a.outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    counts = counts_of(reqs)
    if a.counts:
        json.dump(OrderedDict([("clauses", counts), ("context", context_counts_of(reqs))]), sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("clauses   " + "".join("%6s" % lv for lv in LEVELS) + "   total\n")
        for table, per in counts.items():
            sys.stdout.write("%-8s" % table + "".join("%8d" % per[lv] for lv in LEVELS) + "%8d\n" % per["total"])
        for table, per in context_counts_of(reqs).items():
            sys.stdout.write("%-8s lead-ins %s, notes %s, continuations %s\n"
                             % (table, per["leadIns"], per["notes"], per["continuations"]))
    if a.notes:
        notes.dump(sys.stdout)
    if a.selfcheck:
        errors = selfcheck(a.outdir, weights, reqs)
        for e in errors:
            sys.stderr.write("selfcheck: %s\n" % e)
        sys.stderr.write("selfcheck: %s\n" % ("OK: every row/level matches the seed, all files read back"
                                              if not errors else "%d problem(s)" % len(errors)))
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
