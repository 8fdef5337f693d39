"""The date a value holds for (a metric's ``as_of``): the date or period its sentence names
before it ("Quý I/2025, GRDP tăng 7,2%" holds for 2025; "tính đến 26/10, ... đạt 39,98%" for that
day), never a date it is compared with ("tăng 8,95% so với cùng kỳ năm 2023") nor a document's
("Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018"). A sentence that names none goes on with the date
the values before it held for, or the headline's; with none of these, ``as_of`` is null, as the
annotators of the blind rounds left it (the day of publication, the old default, agreed with 17% of
their dates; this reading with 73%: QUALITY.md)."""
from __future__ import annotations

import re

from extract.clauses import mask_asides
from extract.dates import parse_dates

# "so với (cùng kỳ) năm 2023", "cùng kỳ 2022", "cao hơn năm 2020", "giá so sánh năm 2010": a base
_COMPARED = re.compile(r"(?:\bso(?:\s+với|\s+sánh)?|\bcùng\s+kỳ|\bhơn)\s+(?:(?:cùng\s+kỳ|cuối|đầu|hết)\s+)*(?:năm\s+)?$", re.I)
# "28/2018/QĐ-TTg ngày 12/7/2018", "02-NQ/TU ngày 26.1.2021": a document's date
_DOCUMENT = re.compile(r"[/-][A-ZĐ][\w&.-]*\s+(?:(?:ban\s+hành\s+)?ngày\s+)?$")


def sentence_dates(text: str, published: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of the dates and periods a sentence names that a value may hold for."""
    # a date after the day of writing is a horizon ("đến năm 2030"): nothing reported holds for it yet
    return [(s, e, v) for s, e, v, _ in parse_dates(text, published)
            if not _COMPARED.search(text, max(0, s - 30), s) and not _DOCUMENT.search(text, max(0, s - 40), s)
            and not (published and v > published[:len(v)])]


def as_of(text: str, dates: list[tuple[int, int, str]], pos: int, carried: str | None) -> str | None:
    """The last date ``text`` names before ``pos`` outside an aside closed before it ("đạt 61% (cuối
    năm 2023 là 38%); địa phương đạt 17%": 17% is not 2023's), else ``carried``."""
    head = mask_asides(text[:pos])
    before = [v for s, e, v in dates if e <= pos and head[s:e] == text[s:e]]
    return before[-1] if before else carried
