#!/usr/bin/env python3
"""Independent clause count for the maturity-requirement tables 表5-表8.

Method (deliberately NOT a row-by-row converter):
  1. Every table line in a table's line range is split on TAB and normalised to
     (subdomain-field, [L1..L5]) using only the field count / shape of the line
     (see normalise()).  Header, separator and blank lines are junk.
  2. PRIMARY COUNT: for every level column, all fragments of that column in the
     whole table are concatenated ('\n'-joined) into one string, and clause
     labels are counted with LABEL_RE on that column string.  Unlabelled cells
     are then added (1 clause per <p> paragraph that is not a page-break
     continuation; 1 per cell when the cell has no <p> markup).
  3. CROSS-CHECK / per-cell view: fragments are also grouped into cells
     (row = subdomain name, continuation lines append to the current row) so
     we can report empty cells, unlabelled cells, label-sequence anomalies and
     "orphan" unlabelled paragraphs inside labelled cells.  The per-cell label
     sum must equal the per-column count (asserted).

Usage: python3 count_clauses.py [path-to-seed] [--json out.json] [--spot]
"""
import json
import re
import sys
from collections import OrderedDict

SEED = __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..', '..', 'shared', 'seeds', '000_31f920c5743674cc.txt')
TABLES = OrderedDict([            # inclusive 1-based line ranges
    ('表5', (252, 352)),          # common part
    ('表6', (356, 405)),          # mining (采选)
    ('表7', (407, 495)),          # smelting (冶炼)
    ('表8', (497, 557)),          # processing (加工)
])
LEVELS = ['一级', '二级', '三级', '四级', '五级']

# A clause label: a lower-case letter + ')' or '）', or a 1-2 digit number +
# '.', '．' or '、' (not followed by a digit -> excludes decimals like 1.5).
# It must sit at a clause start: start of a fragment, after whitespace, after
# '<p>' (i.e. after '>'), or after sentence/clause punctuation 。；;，,：:
# The negative look-behind (?<![A-Za-z0-9]) is what rejects
#   GB/T4406g)1-2024 (g) glued to a digit), acronyms in brackets (MES) (IDS)
#   (RFID) (MTBF) ..., and anything glued to a preceding letter/digit.
BOUND = r'(?:^|(?<=[\s>。；;，,：:]))'
LETTER = r'(?<![A-Za-z0-9])(?P<let>[a-z])\s*[)）]'
NUMBER = r'(?<![A-Za-z0-9.．])(?P<num>\d{1,2})\s*[.．、](?!\d)'
LABEL_RE = re.compile(BOUND + r'(?:' + LETTER + r'|' + NUMBER + r')', re.M)
# Broad net used only to show what was rejected (look-alikes).
CANDIDATE_RE = re.compile(r'([A-Za-z]|\d{1,3})\s*[)）]|(\d{1,3})\s*[.．、]')

TAG_RE = re.compile(r'</?p>')


def strip_tags(s):
    return TAG_RE.sub('', s).strip()


def is_junk(fields):
    if len(fields) < 6:
        return True                                 # title / blank / prose
    if all(re.fullmatch(r'-*', f.strip()) for f in fields):
        return True                                 # separator --|--|---
    if '一级' in fields and '二级' in fields:
        return True                                 # repeated header
    return False


def normalise(fields):
    """Return (subdomain_field, [5 level cells]) from a raw TAB-split line.

    * 7 fields: domain, subdomain, L1..L5 (normal case)
    * 6 fields: subdomain, L1..L5 (domain column dropped by the extractor;
      lines 242-244 are outside the tables; 260, 261, 326-328, 347-349)
    * 7 fields but shifted left: field0 = subdomain, fields1-5 = L1..L5 and
      field6 empty (lines 258 转型战略, 267 变革管理, 279 研发管理, 291 数据资产).
      Detected by: field0 non-empty, field6 empty, field1 long content.
    """
    if len(fields) == 6:
        return fields[0], fields[1:6], 'six'
    if len(fields) == 7:
        if (fields[0].strip() and not fields[6].strip()
                and len(strip_tags(fields[1])) > 40):
            return fields[0], fields[1:6], 'shifted'
        return fields[1], fields[2:7], 'normal'
    raise ValueError('unexpected field count %d' % len(fields))


def starts_with_label(s):
    s = s.lstrip()
    s = re.sub(r'^(<p>\s*)+', '', s)
    return bool(re.match(r'(?:[a-z]\s*[)）]|\d{1,2}\s*[.．、](?!\d))', s))


def ends_open(s):
    """True when a cell fragment ends mid-sentence (no closing mark)."""
    s = s.rstrip()
    return bool(s) and not (s.endswith('</p>') or s[-1] in '。；;.')


def load(path):
    with open(path, encoding='utf-8') as fh:
        return fh.read().split('\n')


def parse_table(lines, a, b):
    """Return list of content lines: dict(line, sub, cells, kind)."""
    out = []
    for no in range(a, b + 1):
        raw = lines[no - 1]
        fields = raw.split('\t')
        if is_junk(fields):
            continue
        sub, cells, kind = normalise(fields)
        out.append({'line': no, 'sub': strip_tags(sub), 'cells': cells,
                    'kind': kind})
    return out


def group_rows(content):
    """Group content lines into rows (one row per subdomain name)."""
    rows = []
    prev = None
    for c in content:
        new_row = bool(c['sub'])
        if new_row and prev is not None and prev['is_start']:
            # subdomain name broken across a page (行业传统与新 / 生知识):
            # previous row-start line has every cell open, and no cell of this
            # line starts with a label.
            nonempty_prev = [x for x in prev['cells'] if x.strip()]
            nonempty_cur = [x for x in c['cells'] if x.strip()]
            if (nonempty_prev and all(ends_open(x) for x in nonempty_prev)
                    and nonempty_cur
                    and not any(starts_with_label(x) for x in nonempty_cur)):
                new_row = False
                rows[-1]['name'] += c['sub']
                rows[-1]['name_lines'].append(c['line'])
        if new_row:
            rows.append({'name': c['sub'], 'line': c['line'],
                         'name_lines': [c['line']],
                         'frags': [[] for _ in LEVELS]})
        elif not rows:
            raise ValueError('continuation before first row at %d' % c['line'])
        c['is_start'] = new_row
        for i, cell in enumerate(c['cells']):
            if cell.strip():
                rows[-1]['frags'][i].append({'line': c['line'], 'text': cell,
                                             'row_start': new_row})
        prev = c
    return rows


def segments(frag_text):
    """Split one fragment into paragraph segments (by <p>…</p>)."""
    if '<p>' not in frag_text and '</p>' not in frag_text:
        return [frag_text.strip()] if frag_text.strip() else []
    parts = re.split(r'</?p>', frag_text)
    return [p.strip() for p in parts if p.strip()]


def labels_in(text):
    out = []
    for m in LABEL_RE.finditer(text):
        if m.group('let'):
            out.append(('L', m.group('let')))
        else:
            out.append(('N', m.group('num')))
    return out


def analyse_cell(frags):
    """Per-cell: labels, unlabelled paragraphs, orphan paragraphs."""
    labs = []
    para_unlab = 0        # paragraphs that begin a clause (for unlabelled cells)
    orphans = []          # (line, kind, text) unlabelled paragraphs
    for k, f in enumerate(frags):
        text = f['text']
        labs += [(f['line'],) + l for l in labels_in(text)]
        segs = segments(text)
        for j, seg in enumerate(segs):
            continuation = (j == 0 and not f['row_start'])
            if continuation:
                continue                      # tail of a page-broken clause
            para_unlab += 1
            if not starts_with_label(seg):
                kind = 'lead' if (f['row_start'] and j == 0) else 'inner'
                # text before the first label of the segment
                m = LABEL_RE.search(seg)
                head = seg[:m.start()].strip() if m else seg
                if strip_tags(head).strip(' 。；;，,'):
                    orphans.append((f['line'], kind, head))
    return labs, para_unlab, orphans


def seq_anomalies(labs):
    """Label-sequence anomalies in one cell: list of strings."""
    out = []
    letters = [(ln, v) for ln, t, v in labs if t == 'L']
    nums = [(ln, v) for ln, t, v in labs if t == 'N']
    if letters and nums:
        out.append('mixed styles: letters %s + numbers %s (line %s)' % (
            ''.join(v for _, v in letters), ','.join(v for _, v in nums),
            sorted(set(ln for ln, _ in nums))))
    elif nums:
        out.append('numeric labels only (%s) in a letter-labelled table' %
                   ','.join(v for _, v in nums))
    if letters and letters[0][1] != 'a':
        out.append('first letter is %s) not a)' % letters[0][1])
    for (l0, a), (l1, b) in zip(letters, letters[1:]):
        d = ord(b) - ord(a)
        if d == 0:
            out.append('repeated %s) (line %d)' % (b, l1))
        elif d < 0 and b == 'a':
            out.append('restart a) after %s) (line %d)' % (a, l1))
        elif d < 0:
            out.append('goes back %s) -> %s) (line %d)' % (a, b, l1))
        elif d > 1:
            miss = ''.join(chr(c) for c in range(ord(a) + 1, ord(b)))
            out.append('skipped %s (%s) -> %s), line %d)' % (
                ','.join(x + ')' for x in miss), a, b, l1))
    if nums:
        vals = [int(v) for _, v in nums]
        if vals[0] != 1:
            out.append('numbering starts at %d' % vals[0])
        for a, b in zip(vals, vals[1:]):
            if b != a + 1:
                out.append('numbers %d -> %d' % (a, b))
    return out


def rejected_candidates(lines, a, b):
    """Look-alikes caught by the broad net but not by LABEL_RE."""
    rej = []
    for no in range(a, b + 1):
        s = lines[no - 1]
        if is_junk(s.split('\t')):
            continue
        ok = set(m.start('let') if m.group('let') else m.start('num')
                 for m in LABEL_RE.finditer(s))
        for m in CANDIDATE_RE.finditer(s):
            if m.start() not in ok:
                rej.append((no, s[max(0, m.start() - 8):m.end() + 6]))
    return rej


# Manual judgement of "inner" orphan paragraphs (unlabelled paragraph inside a
# labelled cell).  'missing-label' = reads like a separate clause whose label
# was lost: a rated clause.  Keyed by (table, line, text prefix).  Everything
# not listed is a lead-in, a note/example or a continuation (not rated).
ORPHAN_JUDGEMENT = {
    ('表6', 394, '应建立安全培训、风险管理、应急指挥等知识库'): 'missing-label',
    ('表6', 401, '应实现主要能源计量器具接入工控系统'): 'missing-label',
    ('表6', 369, '利用地质、测量、采矿资料'): 'missing-label',
    ('表7', 484, '未建立有效的客户信息管理系统'): 'missing-label',
}


# Page-break fragments that are not the tail of the clause before them but the
# tail of a clause whose label and first words were lost (rated clauses).
# Keyed by (table, line, text prefix).
LOST_LABEL_TAILS = {
    ('表5', 308, '付的智能化'),
}


def judge(table, line, text):
    t = strip_tags(text)
    for (tb, ln, pre), v in ORPHAN_JUDGEMENT.items():
        if tb == table and ln == line and t.startswith(pre):
            return v
    if t.startswith('新型发展模式示例'):
        return 'note/example (not a clause)'
    if t.startswith('利用实时数据分析技术'):
        return 'text of c) whose label was misplaced (c) already counted)'
    return 'lead-in / continuation of previous clause (not counted)'


def main():
    argv = sys.argv[1:]
    path = SEED
    out_json = None
    spot = '--spot' in argv
    if '--json' in argv:
        out_json = argv[argv.index('--json') + 1]
    pos = [x for x in argv if not x.startswith('--') and x != out_json]
    if pos:
        path = pos[0]
    lines = load(path)

    result = OrderedDict()
    anomalies = []
    empty_cells = []
    unlabelled_cells = []
    orphan_list = []
    exclusions = []
    grand = OrderedDict((lv, 0) for lv in LEVELS)
    grand_alt = 0
    grand_rows = grand_empty = 0
    all_rows = {}
    per_cell = OrderedDict()     # table -> [subdomain, line, n1..n5]

    for tname, (a, b) in TABLES.items():
        content = parse_table(lines, a, b)
        rows = group_rows(content)
        all_rows[tname] = rows

        # ---- PRIMARY: per-column concatenation over the whole table -------
        col_counts = OrderedDict()
        for i, lv in enumerate(LEVELS):
            col_text = '\n'.join(c['cells'][i] for c in content
                                 if c['cells'][i].strip())
            col_counts[lv] = len(LABEL_RE.findall(col_text))

        # ---- per-cell view ----------------------------------------------
        cell_label_sum = OrderedDict((lv, 0) for lv in LEVELS)
        unlab_add = OrderedDict((lv, 0) for lv in LEVELS)
        alt_add = 0
        rated_add = OrderedDict((lv, 0) for lv in LEVELS)      # missing-label paragraphs, lost-label tails
        context = OrderedDict((k, OrderedDict((lv, 0) for lv in LEVELS))
                              for k in ('leadIns', 'notes', 'continuations'))
        empties = 0
        for r in rows:
            pc = [r['name'], r['line']]
            per_cell.setdefault(tname, []).append(pc)
            for i, lv in enumerate(LEVELS):
                frags = r['frags'][i]
                if frags:
                    labs0, npara0, _ = analyse_cell(frags)
                    pc.append(len(labs0) if labs0 else npara0)
                else:
                    pc.append(0)
                if not frags:
                    empties += 1
                    empty_cells.append({'table': tname, 'subdomain': r['name'],
                                        'level': lv, 'line': r['line']})
                    continue
                labs, npara, orphans = analyse_cell(frags)
                cell_label_sum[lv] += len(labs)
                if not labs:
                    unlab_add[lv] += npara
                    unlabelled_cells.append({
                        'table': tname, 'subdomain': r['name'], 'level': lv,
                        'line': frags[0]['line'], 'clauses': npara,
                        'has_p_markup': any('<p>' in f['text'] for f in frags)})
                    continue
                for f in frags:
                    head = strip_tags(segments(f['text'])[0]).strip() if segments(f['text']) else ''
                    if not f['row_start'] and any(tb == tname and ln == f['line'] and head.startswith(pre)
                                                  for tb, ln, pre in LOST_LABEL_TAILS):
                        rated_add[lv] += 1
                        orphan_list.append({'table': tname, 'subdomain': r['name'], 'level': lv,
                                            'line': f['line'], 'kind': 'tail',
                                            'judgement': 'tail of a clause whose label was lost (rated)',
                                            'text': head[:40]})
                for ln, kind, txt in orphans:
                    j = judge(tname, ln, txt)
                    if j == 'missing-label':
                        alt_add += 1
                        rated_add[lv] += 1
                    elif j.startswith('note'):
                        context['notes'][lv] += 1
                    elif kind == 'lead':
                        context['leadIns'][lv] += 1
                    else:
                        context['continuations'][lv] += 1
                    orphan_list.append({'table': tname, 'subdomain': r['name'],
                                        'level': lv, 'line': ln, 'kind': kind,
                                        'judgement': j,
                                        'text': strip_tags(txt)[:40]})
                for msg in seq_anomalies(labs):
                    anomalies.append({'table': tname, 'subdomain': r['name'],
                                      'level': lv, 'line': r['line'],
                                      'anomaly': msg,
                                      'sequence': ''.join(
                                          v if t == 'L' else '[%s]' % v
                                          for _, t, v in labs)})
        assert cell_label_sum == col_counts, (tname, cell_label_sum, col_counts)

        clauses = OrderedDict((lv, col_counts[lv] + unlab_add[lv])
                              for lv in LEVELS)
        rated = OrderedDict((lv, clauses[lv] + rated_add[lv]) for lv in LEVELS)
        total = sum(clauses.values())
        result[tname] = OrderedDict([
            ('rows', len(rows)), ('emptyCells', empties),
            ('clauses', clauses), ('total', total),
            ('labelledClauses', sum(col_counts.values())),
            ('unlabelledCellClauses', sum(unlab_add.values())),
            ('altTotalInclMissingLabelParagraphs', total + alt_add),
            ('ratedClauses', rated), ('ratedTotal', sum(rated.values())),
            ('context', context),
            ('subdomains', [r['name'] for r in rows]),
        ])
        for lv in LEVELS:
            grand[lv] += clauses[lv]
        grand_alt += total + alt_add
        grand_rows += len(rows)
        grand_empty += empties
        for no, ctx in rejected_candidates(lines, a, b):
            exclusions.append({'table': tname, 'line': no, 'context': ctx})

    result['总计'] = OrderedDict([
        ('rows', grand_rows), ('emptyCells', grand_empty),
        ('clauses', grand), ('total', sum(grand.values())),
        ('altTotalInclMissingLabelParagraphs', grand_alt)])
    report = OrderedDict([
        ('counts', result),
        ('anomalies', anomalies),
        ('emptyCells', empty_cells),
        ('unlabelledCells', unlabelled_cells),
        ('orphanParagraphs', orphan_list),
        ('excludedLookAlikes', exclusions),
        ('perCell', per_cell),
    ])
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if out_json:
        with open(out_json, 'w', encoding='utf-8') as fh:
            fh.write(text + '\n')
    else:
        print(text)

    if spot:
        spot_check(all_rows)


SPOT = [('表5', '组织建设', '三级'), ('表5', '管理效率', '二级'),
        ('表5', '基础设施', '一级'), ('表6', '工艺设计', '二级'),
        ('表6', '能源管理', '五级'), ('表7', '服务能力', '一级'),
        ('表7', '服务交付', '五级'), ('表8', '安全生产', '三级'),
        ('表8', '技术创新与改造 (完善到此)', '四级'),
        ('表6', '智慧化决策 (待完善)', '一级'), ('表5', '数据业务化', '五级'),
        ('表5', '质量提升', '一级'), ('表7', '服务运行', '五级')]


def spot_check(all_rows):
    for tname, sub, lv in SPOT:
        i = LEVELS.index(lv)
        for r in all_rows[tname]:
            if r['name'] == sub:
                frags = r['frags'][i]
                labs, npara, orphans = analyse_cell(frags)
                print('=' * 70)
                print('%s | %s | %s | lines %s' % (
                    tname, sub, lv, [f['line'] for f in frags]))
                for f in frags:
                    print('  [%d] %s' % (f['line'], f['text']))
                print('  labels:', ' '.join(v for _, t, v in labs),
                      '| count =', len(labs) if labs else npara,
                      '(unlabelled cell)' if not labs else '')
                if orphans:
                    print('  orphans:', orphans)


if __name__ == '__main__':
    main()
