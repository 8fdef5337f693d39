"""Tables written one cell to a line, as a page's <table> comes out of a text dump:

    Bảng xếp hạng PCI năm 2019          (caption)
    Địa phương | Điểm số PCI | Xếp hạng | Nhóm xếp hạng      (header, a cell per line)
    Quảng Ninh | 73.40 | 1 | Rất tốt                         (rows of as many cells)

The header opens on a province column. A column of an index's place or score makes each row a
ranking of its province, the index and edition named by the header or the caption; a column of a
quantity for a period still to come ("Tăng trưởng GRDP 2026 - 2030 (%)") makes each row a target due
at the period's end. A header may repeat its columns (two provinces to a row). The rows end at the
first cell that does not fit: the next table's caption, or a paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from extract.context import NATIONAL, DocContext, Sentence
from extract.goal_years import is_future
from extract.numbers import as_int, find_quantities, parse_score
from extract.provinces import resolve_province
from extract.records import Fact, Ranking, Target

CELL_WORDS = 12  # a cell is a short line; a paragraph ends the table
MAX_COLUMNS = 8
PROVINCE_COLUMN = re.compile(r"(?i)(?:tỉnh|địa phương|đơn vị)(?:\s*[,/]?\s*thành(?:\s+phố)?)?")
NATION = re.compile(r"(?i)cả nước|toàn quốc")
BAND_COLUMN = re.compile(r"(?i)\bnhóm\b|\bxếp loại\b")
RANK_COLUMN = re.compile(r"(?i)\b(?:xếp hạng|thứ hạng|hạng|vị trí|thứ tự)\b")
SCORE_COLUMN = re.compile(r"(?i)\bđiểm\b")
YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")
UNIT = re.compile(r"\(\s*(%|[^()\d]{1,20}?)\s*\)")
AIMED = re.compile(r"(?i)dự kiến|mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|định hướng")


@dataclass
class Cell:
    start: int
    end: int
    text: str


def lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cells(text: str) -> list[list[Cell]]:
    """Runs of short lines: blank lines between them do not break a run, a paragraph does."""
    runs: list[list[Cell]] = [[]]
    for pos, line in lines_at(text):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            if len(stripped.split()) <= CELL_WORDS and not stripped.endswith((".", ";", ":")):
                runs[-1].append(Cell(start, start + len(stripped), stripped))
            elif runs[-1]:
                runs.append([])
    return [run for run in runs if run]


def _province(cell: Cell) -> str | None:
    return NATIONAL if NATION.fullmatch(cell.text) else resolve_province(cell.text)


def _kind(header: Cell, ctx: DocContext) -> str | None:
    """What a column holds: "province", "rank", "score" ("Điểm số PCI", or just "PCI"), "goal" (a
    quantity for a year or period) or nothing read ("Nhóm xếp hạng": a band, no place)."""
    if PROVINCE_COLUMN.fullmatch(header.text):
        return "province"
    if BAND_COLUMN.search(header.text):
        return None
    if RANK_COLUMN.search(header.text):
        return "rank"
    if SCORE_COLUMN.search(header.text) or index_in(ctx, [header]):
        return "score"
    return "goal" if YEARS.search(header.text) else None


def index_in(ctx: DocContext, cells: list[Cell]) -> str | None:
    for cell in reversed(cells):
        found = [e.id for e in ctx.entities if e.label == "INDEX" and cell.start <= e.start and e.end <= cell.end]
        if found:
            return found[-1]
    return None


def _year_in(cells: list[Cell]) -> int | None:
    """The last year named, or the end of the last period ("2026 - 2030")."""
    for cell in reversed(cells):
        found = list(YEARS.finditer(cell.text))
        if found:
            return int(found[-1].group(2) or found[-1].group(1))
    return None


def _header_at(run: list[Cell], i: int) -> int:
    """How many cells the header opening at ``i`` has (0: none opens there)."""
    if not PROVINCE_COLUMN.fullmatch(run[i].text):
        return 0
    n = 1  # the header runs to the first row's province
    while i + n < len(run) and n <= MAX_COLUMNS and _province(run[i + n]) is None:
        n += 1
    return n if 2 <= n <= MAX_COLUMNS and i + n < len(run) else 0


def _table_facts(run: list[Cell], i: int, width: int, floor: int, ctx: DocContext) -> tuple[list[Fact], int]:
    """The facts of the table whose header opens at ``i``, and where its rows end. Its caption is
    in the few cells above the header, after the table before it (which ends at ``floor``)."""
    header, caption = run[i:i + width], run[max(floor, i - 3):i]
    kinds = [_kind(h, ctx) for h in header]
    index = index_in(ctx, header) or index_in(ctx, caption)
    edition = _year_in(header) or _year_in(caption)
    facts: list[Fact] = []
    at = i + width
    while at + 1 < len(run):
        row = run[at:at + width]
        if _province(row[0]) is None:
            break
        for col, cell in enumerate(row):
            province = _province(cell) if kinds[col] == "province" else None
            if province is None:
                continue
            values: dict[str, tuple[Cell, Cell]] = {}
            for k in range(col + 1, len(row)):
                if kinds[k] == "province":
                    break  # the row's next province
                if kinds[k]:
                    values[kinds[k]] = (row[k], header[k])
            fact = _row_fact(cell, province, values, index, edition, ctx)
            if fact:
                facts.append(fact)
        at += width
    return facts, at


def _row_fact(name: Cell, province: str, values: dict[str, tuple[Cell, Cell]], index: str | None,
              edition: int | None, ctx: DocContext) -> Fact | None:
    """One province's cells of a row: its place and score, or its goal."""
    last = max((cell for cell, _ in values.values()), key=lambda c: c.end, default=name)
    row = ctx.text[name.start:last.end]
    span = dict(doc=ctx.doc_name, text=row, start=name.start, end=last.end, sentence=row, province=province)
    if index and ("rank" in values or "score" in values):
        rank = values.get("rank")
        score = values.get("score")
        rank_v = int(rank[0].text) if rank and rank[0].text.isdigit() else None
        score_v = parse_score(score[0].text) if score else None
        if rank_v is None and score_v is None:
            return None
        return Ranking(**span, index=index, year=edition, rank=rank_v, score=score_v)
    goal = values.get("goal")
    if not goal:
        return None
    end = _year_in([goal[1]])
    quantities = find_quantities(goal[0].text)
    if not quantities or not end or not _ahead(end, goal[1], ctx):
        return None
    q = quantities[0]
    unit = q.unit or next((m.group(1) for m in UNIT.finditer(goal[1].text)), None)
    indicator = UNIT.sub("", YEARS.sub("", goal[1].text)).strip(" -–,")
    return Target(**span, indicator=indicator or None, value=as_int(q.value), unit=unit,
                  comparator=q.comparator, deadline=end)


def _ahead(end: int, header: Cell, ctx: DocContext) -> bool:
    """A period still to come when written, or, undated, a column of aims (not the article's
    horizons, which ``is_future`` falls back to: a table's column names its own)."""
    if ctx.published_year:
        return is_future(end, ctx)
    return bool(AIMED.search(ctx.text[max(0, header.start - 300):header.end]))


def by_sentence(facts: list[Fact], ctx: DocContext) -> dict[int, list[Fact]]:
    """A document's table facts keyed by the sentence each starts in (the cell's line)."""
    starts = [s for s, _ in ctx.memory["sentence_bounds"]]
    out: dict[int, list[Fact]] = {}
    for fact in facts:
        out.setdefault(bisect_right(starts, fact.start) - 1, []).append(fact)
    return out


TableReader = Callable[[list[Cell], int, int, DocContext], tuple[list[Fact], int]]


def document_tables(ctx: DocContext, read: TableReader) -> dict[int, list[Fact]]:
    """Every table ``read`` finds in the document's runs of cells, its facts keyed by sentence.
    ``read(run, i, floor, ctx)`` gives the facts of a table whose header opens at ``i`` and where
    it ends (``i + 1`` with no facts when none opens there); a caption is looked for above ``i``
    but not above ``floor``, the end of the table before."""
    found: list[Fact] = []
    for run in _cells(ctx.text):
        i = floor = 0
        while i < len(run):
            facts, end = read(run, i, floor, ctx)
            if facts:
                floor = end
            found += facts
            i = max(end, i + 1)
    return by_sentence(found, ctx)


def _read_table(run: list[Cell], i: int, floor: int, ctx: DocContext) -> tuple[list[Fact], int]:
    width = _header_at(run, i)
    return _table_facts(run, i, width, floor, ctx) if width else ([], i + 1)


def extract_tables(sent: Sentence, ctx: DocContext) -> list[Fact]:
    if "tables" not in ctx.memory:
        ctx.memory["tables"] = document_tables(ctx, _read_table)
    return ctx.memory["tables"].get(sent.index, [])
