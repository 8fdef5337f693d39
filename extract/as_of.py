"""The date a value holds for (a metric's ``as_of``): the date or period its sentence names
before it ("Quý I/2025, GRDP tăng 7,2%" holds for 2025; "tính đến 26/10, ... đạt 39,98%" for that
day), never a date it is compared with ("tăng 8,95% so với cùng kỳ năm 2023") nor a document's
("Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018"); "8 tháng đầu năm" and "năm nay" are the year of
writing. A sentence that names none goes on with the date the values before it held for, or the
headline's; with none of these, ``as_of`` is null, as the annotators of the blind rounds left it (the
day of publication, the old default, agreed with 17% of their dates; this reading with 73%:
QUALITY.md)."""
from __future__ import annotations

import re

from extract.clauses import mask_asides
from extract.dates import parse_dates

# "so với (cùng kỳ) năm 2023", "cùng kỳ 2022", "cao hơn năm 2020", "giá so sánh năm 2010": a base, no date
# a value holds for, nor a plan's year (goal_cues.deadlines)
COMPARED_BASE = re.compile(r"(?:\bso(?:\s+với|\s+sánh)?|\bcùng\s+kỳ|\bhơn)\s+(?:(?:cùng\s+kỳ|cuối|đầu|giữa|hết)\s+)*(?:năm\s+)?$", re.I)
# "28/2018/QĐ-TTg ngày 12/7/2018", "02-NQ/TU ngày 26.1.2021": a document's date
_DOCUMENT = re.compile(r"[/-][A-ZĐ][\w&.-]*\s+(?:(?:ban\s+hành\s+)?ngày\s+)?$")
# "8 tháng đầu năm", "năm nay" with no year: a part of the year of writing, or all of it, dated to
# the year as "6 tháng đầu năm 2025" is (the annotators read both so)
_THIS_YEAR = re.compile(r"(?i:\b(?P<months>(?:\d\d?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một)?)\s+tháng\s+(?:đầu\s+)?năm)"
                        r"(?:\s+nay)?|\bnăm\s+nay)(?!\s*[/-]?\s*(?:19|20)\d\d)")

# "tăng 2% so với năm 2023 (9,379 triệu tấn)": the value opening the bracket is the base year's
_BASE_IN_BRACKET = re.compile(r"(?i:\bso(?:\s+với|\s+sánh)?(?:\s+cùng\s+kỳ)?\s+(?:năm\s+)?)(?P<y>(?:19|20)\d\d)\s*\(\s*$")
# "tăng 9,1% so với cùng kỳ năm trước (cùng kỳ năm 2024 tăng 8,4%)": the bracket tells that year's value
_SAME_PERIOD_BRACKET = re.compile(r"\(\s*cùng\s+kỳ\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s+(?:[^\W\d]+\s+){1,4}$", re.I)

# what may stand between a value and its own date: "33% năm 2020", "14,26% trong năm 2022", "4,75% của GDP năm 2020"
_OWN_DATE_GAP = re.compile(r"\s+(?:(?:trong|vào|của\s+[^\W\d]+)\s+)?")


def sentence_dates(text: str, published: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of the dates and periods a sentence names that a value may hold for."""
    parsed = [(s, e, v) for s, e, v, _ in parse_dates(text, published)]
    # "tháng 10 năm nay" is a date already, its "năm nay" no year of its own
    named = parsed + [(m.start(), m.end(), value) for m in _THIS_YEAR.finditer(text)
                      if (value := _this_year(m, published)) and not any(s < m.end() and m.start() < e for s, e, _ in parsed)]
    # a date after the day of writing is a horizon ("đến năm 2030"): nothing reported holds for it yet
    return sorted((s, e, v) for s, e, v in named if not COMPARED_BASE.search(text, max(0, s - 30), s)
                  and not _DOCUMENT.search(text, max(0, s - 40), s) and not _after(v, published))


def _after(value: str, published: str | None) -> bool:
    """Later than the day of writing, to the coarser of the two ("2024-12-28" is not after "2024-12")."""
    n = min(len(value), len(published or ""))
    return bool(published) and value[:n] > published[:n]


def _this_year(m: re.Match, published: str | None) -> str | None:
    """The year of writing; "năm nay" in January is the year just ended (a review of 2024 written on 9
    January 2025). Unknown in an undated article."""
    if not published:
        return None
    year = int(published[:4])
    return str(year - 1) if not m.group("months") and published[5:7] == "01" else str(year)


def as_of(text: str, dates: list[tuple[int, int, str]], pos: int, carried: str | None,
          end: int | None = None) -> str | None:
    """The date written right after the value at ``pos:end`` ("từ 11,91% năm 2021 lên 14,26% trong năm
    2022", "4,75% của GDP năm 2020"), else the last date ``text`` names before ``pos`` outside an aside
    closed before it ("đạt 61% (cuối năm 2023 là 38%); địa phương đạt 17%": 17% is not 2023's), else
    ``carried``. A value opening the bracket after a year compared with holds for that year, as does one
    in a bracket opening on that year's same period ("(cùng kỳ năm 2024 tăng 8,4%)")."""
    base = _BASE_IN_BRACKET.search(text, max(0, pos - 40), pos) or _SAME_PERIOD_BRACKET.search(text, max(0, pos - 60), pos)
    if base:
        return base.group("y")
    own = [v for s, _, v in dates if end is not None and s >= end and _OWN_DATE_GAP.fullmatch(text, end, s)]
    if own:
        return own[0]
    head = mask_asides(text[:pos])
    before = [v for s, e, v in dates if e <= pos and head[s:e] == text[s:e]]
    return before[-1] if before else carried
