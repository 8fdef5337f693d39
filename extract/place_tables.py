"""One province's own places in an index, by pillar and year, as a table written one cell to a line:

    Chỉ số | Xếp hạng | Năm 2017 | Năm 2018 | Mục tiêu năm 2019     (header: "Xếp hạng" spans the years)
    Gia nhập thị trường | 26 | 1 | Duy trì vị trí dẫn đầu            (rows: a pillar, then its cells)
    ...
    PCI | 29 | 30 | Phấn đấu nằm trong top 20                        (the index's own row)

Unlike ``tables`` there is no province column: the rows are the pillars of one index, the places
the article's province's (left to the pipeline's attribution). A super-header makes the header
longer than a row, so the row width is read off the rows: the distance between the first two
labels; the value columns are the header's last cells. A cell under a year column is a place (or
a score) that year; one under a goal column ("Mục tiêu năm 2019") a rank goal due that year.
The rows end at the first cell that does not fit (a source line, a paragraph).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import NATIONAL, DocContext, Sentence
from extract.numbers import parse_score
from extract.pillars import named
from extract.rank_context import ranks_countries
from extract.records import Fact, Ranking, Target
# the same cells and the same index-in-a-cell reading as the province tables
from extract.tables import Cell, document_tables, index_in

MAX_COLUMNS = 12  # a label and up to eleven years ("2017" to "2024" is nine columns)
LABEL_HEADER = re.compile(r"(?i)(?:các\s+)?(?:chỉ số(?:\s+thành phần)?|nội dung|tiêu chí)")
_KIND = r"xếp hạng|thứ hạng|hạng|vị trí|điểm(?:\s+số)?|mục tiêu|kế hoạch|chỉ tiêu"
YEAR_COLUMN = re.compile(rf"(?i)(?:(?P<kind>{_KIND})\s+)?(?:năm\s+)?(?P<year>(?:19|20)\d\d)")
# a cell over the year columns saying what they hold ("Xếp hạng" over "Năm 2017", "Năm 2018")
SUPER_HEADER = re.compile(r"(?i)xếp hạng|thứ hạng|hạng|vị trí|điểm(?:\s+số)?")
CAPTION_KIND = re.compile(r"(?i)\b(?:xếp hạng|thứ hạng|vị trí|điểm số)\b")
RANK = re.compile(r"\d{1,3}")
NO_VALUE = re.compile(r"[-–—]|\.{2,3}|N/A")  # an empty cell keeps the row's shape
TOP = re.compile(r"(?i)\b(?:top|tốp|nhóm)\s+(\d{1,2})\b")  # "Phấn đấu nằm trong top 10"
FIRST = re.compile(r"(?i)dẫn đầu|đứng đầu|(?:vị trí|hạng)\s+(?:thứ\s+)?(?:nhất|số\s*1|1)\b")
# what the index's own row may say besides its name ("Chỉ số PCI", "PCI chung")
OWN_ROW_REST = re.compile(r"(?i)(?:chỉ số|chung|tổng hợp|\s)*")
NUMBERING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s*")  # "1. Gia nhập thị trường"


@dataclass
class Column:
    kind: str | None  # "rank", "score", "goal" or None (a year with nothing said it holds)
    year: int


def _kind(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word.startswith("điểm"):
        return "score"
    return "goal" if word in ("mục tiêu", "kế hoạch", "chỉ tiêu") else "rank"


def _label(cell: Cell, index: str, ctx: DocContext) -> str | None | bool:
    """The pillar a row label names (canonical), None for the index's own row, False: no label."""
    text = NUMBERING.sub("", cell.text)
    pillars = named(text, index, 0, len(text))
    if pillars and (pillars[0][0], pillars[0][1]) == (0, len(text)):
        return pillars[0][2]
    start = cell.end - len(text)
    for e in ctx.entities:
        if e.label == "INDEX" and e.id == index and start <= e.start and e.end <= cell.end \
                and OWN_ROW_REST.fullmatch(ctx.text[start:e.start] + " " + ctx.text[e.end:cell.end]):
            return None
    return False


def _index_before(ctx: DocContext, pos: int) -> str | None:
    found = [e.id for e in ctx.entities if e.label == "INDEX" and e.end <= pos]
    return found[-1] if found else None


def _fits(cell: Cell, column: Column) -> bool:
    if NO_VALUE.fullmatch(cell.text):
        return True
    if column.kind == "rank":
        return bool(RANK.fullmatch(cell.text))
    if column.kind == "score":
        return parse_score(cell.text) is not None
    return True  # a goal, or a column nothing is read from, may say anything short


def _cell_fact(cell: Cell, column: Column, index: str, component: str | None, ctx: DocContext) -> Fact | None:
    span = dict(doc=ctx.doc_name, text=cell.text, start=cell.start, end=cell.end, sentence=cell.text,
                province=NATIONAL if ranks_countries(index) else None)
    if NO_VALUE.fullmatch(cell.text) or column.kind is None:
        return None
    if column.kind == "rank":
        return Ranking(**span, index=index, component=component, year=column.year, rank=int(cell.text))
    if column.kind == "score":
        return Ranking(**span, index=index, component=component, year=column.year, score=parse_score(cell.text))
    top = TOP.search(cell.text)
    value = int(top.group(1)) if top else 1 if FIRST.search(cell.text) else None
    if value is None:
        return None  # a goal of another kind ("Cải thiện điểm số"): no place to record
    return Target(**span, indicator=component or index, value=value, unit="rank", comparator="top",
                  deadline=column.year)


def _caption_kind(ctx: DocContext, start: int) -> str | None:
    """What the caption line above a table says its cells hold ("Bảng 1. Tiến bộ về xếp hạng Chỉ số
    ... giai đoạn 2017-2024": places)."""
    caption = ctx.text[ctx.text.rfind("\n", 0, max(0, start - 1)) + 1:start]
    kind = CAPTION_KIND.search(caption)
    return _kind(kind.group(0)) if kind else None


def _columns(header: list[Cell], width: int, captioned: str | None = None) -> list[Column] | None:
    """The value columns: the header's last ``width - 1`` cells, each a year; the cells before them
    are at most one super-header, which says what the year columns naming nothing hold (else the
    caption, ``captioned``)."""
    values, over = header[len(header) - (width - 1):], header[:len(header) - (width - 1)]
    if width < 2 or len(over) > 1 or any(not SUPER_HEADER.fullmatch(c.text) for c in over):
        return None
    matches = [YEAR_COLUMN.fullmatch(c.text) for c in values]
    if not all(matches):
        return None
    default = _kind(over[0].text) if over else captioned
    return [Column(_kind(m.group("kind")) or default, int(m.group("year"))) for m in matches]


def _table_facts(run: list[Cell], i: int, floor: int, ctx: DocContext, labelled: bool = True) -> tuple[list[Fact], int]:
    """The facts of the table whose header opens at ``run[i]`` (its label column's header, or with
    ``labelled`` False its first year, the label column's header left empty), and where it ends."""
    first = j = i + 1 if labelled else i
    while j < len(run) and (YEAR_COLUMN.fullmatch(run[j].text) or SUPER_HEADER.fullmatch(run[j].text)):
        j += 1
    header = run[first:j]
    index = (index_in(ctx, run[i:j]) or index_in(ctx, run[max(floor, i - 3):i])
             or _index_before(ctx, run[i].start))
    if not index or j >= len(run) or _label(run[j], index, ctx) is False:
        return [], i + 1
    # the width: from the first row's label to the second's
    width = next((w for w in range(2, MAX_COLUMNS + 1)
                  if j + w < len(run) and _label(run[j + w], index, ctx) is not False), 0)
    columns = _columns(header, width, _caption_kind(ctx, run[i].start)) if width else None
    if not columns:
        return [], i + 1
    rows: list[list[Fact]] = []
    at = j
    while at + width <= len(run):
        component = _label(run[at], index, ctx)
        cells = run[at + 1:at + width]
        if component is False or not all(_fits(c, col) for c, col in zip(cells, columns)):
            break
        rows.append([f for c, col in zip(cells, columns) if (f := _cell_fact(c, col, index, component, ctx))])
        at += width
    if len(rows) < 2:
        return [], i + 1
    return [f for row in rows for f in row], at


def _read_table(run: list[Cell], i: int, floor: int, ctx: DocContext) -> tuple[list[Fact], int]:
    if LABEL_HEADER.fullmatch(run[i].text):
        return _table_facts(run, i, floor, ctx)
    # a header of years alone opening a run: the label column's header cell was empty
    if i == 0 and YEAR_COLUMN.fullmatch(run[0].text):
        return _table_facts(run, i, floor, ctx, labelled=False)
    return [], i + 1


def extract_place_tables(sent: Sentence, ctx: DocContext) -> list[Fact]:
    if "place_tables" not in ctx.memory:
        ctx.memory["place_tables"] = document_tables(ctx, _read_table)
    facts = ctx.memory["place_tables"].get(sent.index, [])
    # a cell read here is no goal, place or number of the extractors after ("nằm trong top 10")
    ctx.claimed(sent).extend((f.start, f.end) for f in facts)
    return facts
