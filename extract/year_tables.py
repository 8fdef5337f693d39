"""A statistics table whose columns are years, a row to a line and its cells apart by spaces, as
a statistics page's <table> comes out of a text dump:

      2015 2017 2019 2020 Sơ bộ 2021                                   (header: the years)
    Bác sĩ bình quân 1 vạn dân 16,27 17,23 20,95 18,59 19,23            (a row: its label, its cells)
    Số người chết vì các bệnh dịch       31 79                          (empty cells: more spaces)

Each year of the header is a date; each cell a metric of its column's year, what the row's label
names its indicator, the unit the label gives (:func:`extract.quantities.label_unit`) its unit. A
column still to come when written, or one of aims ("Kế hoạch 2025"), holds no observation: its
cells are left. The rows end at the first line that is no row (a paragraph, a blank line).
"""
from __future__ import annotations

import re

from extract.clauses import lc_first
from extract.context import DocContext, Sentence
from extract.goal_years import is_future
from extract.numbers import NUM, as_int, parse_number
from extract.quantities import label_unit
from extract.records import DateFact, Fact, Metric
from extract.tables import by_sentence, lines_at

# a year's cell, perhaps qualified: "Sơ bộ 2021" (preliminary), "Ước 2025", "Kế hoạch 2026"
_QUALIFIER = r"(?i:sơ bộ|ước(?: tính| thực hiện| TH)?|dự ước|dự kiến|kế hoạch|KH|mục tiêu|năm)"
_YEAR = rf"(?:{_QUALIFIER}\s+)?(?:19|20)\d\d(?!\d)"
YEAR_CELL = re.compile(rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
AIMED = re.compile(r"(?i)dự kiến|kế hoạch|KH|mục tiêu")
# the header: an optional label ("Chỉ tiêu", "Đơn vị tính") and two or more years, nothing else
HEADER = re.compile(rf"(?:[^\W\d]+(?: [^\W\d]+){{0,3}}\s+)?{_YEAR}(?:\s+{_YEAR})+")
EMPTY = r"[-–—…]|\.{2,3}"
# a row: a label that starts with a letter, then its cells (the label may hold numbers: "1 vạn dân")
ROW = re.compile(rf"(?P<label>[^\W\d][^\n]*?)(?P<cells>(?:\s+(?:{NUM}|{EMPTY}))*)(?P<rest>\s*)")
CELL = re.compile(r"\S+")
MAX_LABEL_WORDS = 20
MAX_ROW_CHARS = 400  # a longer line is a paragraph; the row pattern is quadratic in a line of numbers


def _columns(line: str, start: int) -> list[tuple[int, int, int, bool]]:
    """(start, end, year, observed) of each year cell of a header line at ``start``."""
    return [(start + m.start(), start + m.end(), int(m.group("y")), not (m.group("q") and AIMED.fullmatch(m.group("q"))))
            for m in YEAR_CELL.finditer(line)]


def _aligned(cells: str, rest: str, width: int, empty: int) -> list[int] | None:
    """The column of each cell, the empty ones told by their spaces: a page writes an empty cell as
    nothing (``empty`` 1) or as a space (2), between cells a space apart, so a run of spaces is one
    plus ``empty`` for each empty cell in it. The spaces after the last cell count the empty cells
    closing the row; a line with none (stripped) may end early."""
    columns, col, pos = [], 0, 0
    for m in CELL.finditer(cells):
        gap = m.start() - pos - 1
        if gap % empty:
            return None
        col += gap // empty
        columns.append(col)
        col, pos = col + 1, m.end()
    trailing = len(cells) - pos + len(rest)
    if trailing % empty or col + trailing // empty > width or trailing and col + trailing // empty < width:
        return None
    return columns


def _rows(lines: list[tuple[int, str]], at: int) -> list[tuple[int, re.Match[str]]]:
    """The rows from line ``at`` on: (where the line starts, its match)."""
    rows = []
    for row_start, line in lines[at:]:
        row = ROW.fullmatch(line) if len(line) <= MAX_ROW_CHARS else None
        if not line.strip() or not row or len(row.group("label").split()) > MAX_LABEL_WORDS \
                or row.group("label").rstrip().endswith((".", ":", ";")):
            break
        rows.append((row_start, row))
    return rows


def _table(lines: list[tuple[int, str]], i: int, ctx: DocContext) -> tuple[list[Fact], int]:
    """The facts of the table whose header is line ``i``, and the line after its last row."""
    start, header = lines[i]
    columns = _columns(header, start)
    years = [c[2] for c in columns]
    rows = _rows(lines, i + 1)
    if len(columns) < 2 or years != sorted(set(years)) or not rows:
        return [], i + 1
    width = len(columns)
    # each row's cells placed both ways a page may write an empty cell; the page's way is the one
    # every row fits (a full row fits both)
    placed = {e: [_aligned(r.group("cells"), r.group("rest"), width, e) for _, r in rows] for e in (1, 2)}
    ways = [e for e, rows_placed in placed.items()
            if all(p is not None for p, (_, r) in zip(rows_placed, rows) if r.group("cells"))]
    facts: list[Fact] = []
    for k, (row_start, row) in enumerate(rows):
        cells = list(CELL.finditer(row.group("cells")))
        places = list(range(width)) if len(cells) == width else placed[ways[0]][k] if len(ways) == 1 else None
        if not places:
            continue
        label = row.group("label").strip()
        indicator, unit = lc_first(re.sub(r"\s*\([^()]*\)$", "", label)), label_unit(label)
        for m, col in zip(cells, places):
            value = parse_number(m.group())
            _, _, year, observed = columns[col]
            if value is None or not observed or is_future(year, ctx):
                continue
            s = row_start + row.start("cells") + m.start()
            facts.append(Metric(doc=ctx.doc_name, text=m.group(), start=s, end=s + len(m.group()),
                                sentence=row.group(0), province=None, indicator=indicator,
                                value=as_int(value), unit=unit, as_of=str(year)))
    if not facts:
        return [], i + 1
    facts += [DateFact(doc=ctx.doc_name, text=ctx.text[s:e], start=s, end=e, sentence=header, value=str(y),
                       granularity="year") for s, e, y, _ in columns]
    return facts, i + 1 + len(rows)


def document_year_tables(ctx: DocContext) -> dict[int, list[Fact]]:
    lines = lines_at(ctx.text)
    found: list[Fact] = []
    i = 0
    while i < len(lines):
        if HEADER.fullmatch(lines[i][1].strip()):
            facts, i = _table(lines, i, ctx)
            found += facts
        else:
            i += 1
    return by_sentence(found, ctx)


def extract_year_tables(sent: Sentence, ctx: DocContext) -> list[Fact]:
    if "year_tables" not in ctx.memory:
        ctx.memory["year_tables"] = document_year_tables(ctx)
    facts = ctx.memory["year_tables"].get(sent.index, [])
    # the row's other numbers ("1 vạn dân" in its label) are no metrics of their own
    if any(isinstance(f, Metric) for f in facts):
        ctx.claimed(sent).append((sent.start, sent.end))
    return facts
