"""Dates: "22/10/2022", "26.1.2021", "chiều 12-5", "tháng 7-2022", "năm 2025".

Publication date: when ``published`` is given and the same calendar day is
written in the text, that mention gets role ``published``.  When it is not in
the text we emit nothing for it: a fact must have a real span (SCHEMA:
``clean_text[start:end] == text``), and the caller already holds the value.
A page that gives only a month or a year under its headline ("07/2024") has
that as its publication date (``head_date``), to the month or the year.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from extract.context import NATIONAL, DocContext, Sentence, opens_line
from extract.records import DateFact


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((Path(__file__).parent / "patterns" / "dates.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    return [_wire_dateline()] + [re.compile(p) for p in _data()["patterns"]]


@lru_cache(maxsize=1)
def _wire_dateline() -> re.Pattern[str]:
    return re.compile(_data()["wire_dateline"])


@lru_cache(maxsize=1)
def _edition_gap() -> re.Pattern[str]:
    return re.compile(_data()["edition_gap"])


@lru_cache(maxsize=1)
def _edition_of_place() -> re.Pattern[str]:
    return re.compile(_data()["edition_of_place"])


@lru_cache(maxsize=1)
def _edition_label() -> re.Pattern[str]:
    return re.compile(_data()["edition_label"])


@lru_cache(maxsize=1)
def _edition_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_data()["edition_name"]), re.compile(_data()["edition_span"])


def _is_wire_dateline(text: str, start: int, end: int) -> bool:
    m = _wire_dateline().match(text, start)  # not fullmatch: the pattern looks past the end
    return bool(m) and m.end() == end


def _is_byline(sent: Sentence, ctx: DocContext, start: int, end: int) -> bool:
    """The date is a line of its own near the top, with at most the author before it and the
    time and section after it."""
    return (opens_line(sent, ctx) and sent.index <= BYLINE_SENTENCES and "\n" not in sent.text
            and bool(BYLINE_BEFORE.fullmatch(sent.text, 0, start)) and bool(BYLINE_AFTER.fullmatch(sent.text, end)))


def _is_edition_year(sent: Sentence, start: int, end: int, granularity: str) -> bool:
    """'chỉ số PAPI năm 2023': the year names which edition of an index, it is not a date."""
    if granularity != "year":
        return False
    if _edition_of_place().search(sent.text, max(0, start - 40), start) and re.match(r"\s*\)", sent.text[end:]):
        return True  # "từ bậc 21 (năm 2015)": the edition of that place
    label = _edition_label().match(sent.text, end)
    if label and (label.group("colon") or re.search(r"[,;]\s*$", sent.text[:start])):
        return True
    if any(e.end <= start and _edition_gap().fullmatch(sent.text[e.end:start]) for e in sent.ents("INDEX")):
        return True
    name, span = _edition_name()
    names = [e.end for e in sent.ents("INDEX")] + [m.end() for m in name.finditer(sent.text) if m.end() <= start]
    return any(start - 160 <= p < start and span.fullmatch(sent.text, p, start) for p in names)


def _valid(y: int, m: int | None, d: int | None) -> bool:
    try:
        date(y, m or 1, d or 1)
    except ValueError:
        return False
    return True


ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december")


def month_number(g: dict) -> int | None:
    """The month of a match: group "m" as a number, or "mon" an English month's name ("February")."""
    if g.get("m"):
        return int(g["m"])
    return ENGLISH_MONTHS.index(g["mon"].lower()) + 1 if g.get("mon") else None


def day_month(d: int, mo: int, y: int) -> tuple[int, int]:
    """Day and month of a written d/m/y; "4/13/2023" (a page in English format, 2:01:32 PM)
    can only be month first."""
    if mo > 12 and d <= 12 and _valid(y, d, mo):
        return mo, d
    return d, mo


# "Bắc Ninh, ngày 29 tháng 12 năm 2025" alone on its line: the date of the document itself
DOCUMENT_DATE_LINE = re.compile(r"[^\W\d][^\n,\d]{1,39},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# "Lệ Thu 11/05/2022", "09/05/2024 10:09 AM | Kinh tế vĩ mô", "Chuyển động ICT - Ngày đăng : 09:20,
# 28/04/2021", "Đăng ngày 10-11-2022 11:13, Lượt xem: 85": a byline's date line under the headline, the
# author's name or a label before it, the time and the section (or the page's view count) after
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
CAPITALISED = r"[A-ZÀ-ỸĐ][^\W\d_]*"
# also the section and the time before the date and the author after it ("Xuất nhập khẩu 09:48 30/01/2023 Bảo Ngọc",
# "03:22 PM 24/06/2025")
BYLINE_BEFORE = re.compile(rf"(?:{CAPITALISED}\s+){{0,4}}|[^\n\d]{{0,40}}?(?:[Nn]gày\s+đăng|[Cc]ập\s+nhật(?:\s+lúc)?|[Đđ]ăng\s+(?:lúc|ngày))"
                           rf"\s*:?\s*(?:{CLOCK}\s*[,|]?\s*)?|[^\n\d]{{0,40}}?{CLOCK}(?:\s*(?:AM|PM))?\s*[,|]?\s*")
BYLINE_AFTER = re.compile(rf"\s*(?:{CLOCK}\s*(?:AM|PM|SA|CH)?\s*(?:\(?GMT\s*\+\s*7\)?)?)?\s*(?:\|[^\n]*)?"
                          rf"(?:,?\s*(?i:lượt xem|lượt đọc)\s*:?\s*[\d.]+)?(?:\s+{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})?")
BYLINE_SENTENCES = 3  # the headline, a sapo line, the byline
DATELINE_LEAD = 20  # how far into a first line its date may start for the line to be a dateline
# "đến ngày 31/12", "trước 30/6": a day ahead in the year of writing
AHEAD = re.compile(r"(?:đến|trước|tới|hết|từ|sẽ|dự kiến|sắp)\s+(?:ngày\s+)?$|(?:sẽ|dự kiến|sắp)\b.{0,30}$")


# a page's date line giving only a month and year ("07/2024", "Tháng 7/2024") or a year ("2025")
MONTH_OR_YEAR = (r"(?:[Tt]háng\s+)?(?P<m>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
                 r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>0[1-9]|1[0-2])|(?P<y2>(?:19|20)\d\d)")  # "2025-06": ISO
MONTH_OR_YEAR_LINE = re.compile(rf"\s*(?:{MONTH_OR_YEAR})\s*")
# ... as the line right under the headline, perhaps after the outlet ("Báo Bà Rịa - Vũng Tàu, 01/2025") or
# the authors ("Thu Huyền - Thanh Phúc - 06/2021")
HEAD_DATE = re.compile(rf"\A[^\n]{{10,400}}\n[ \t]*\n[ \t]*(?:[^\W\d][^\n\d,]{{1,60}}?(?:,|\s[-–|]))?[ \t]*(?P<d>{MONTH_OR_YEAR})[ \t]*(?:\n|\Z)")


def head_date(text: str) -> tuple[int, int, str, str] | None:
    """(start, end, ISO value, granularity) of a publication date given to the month or the
    year only, on its own line right under the headline, as a page's date line may be."""
    m = HEAD_DATE.match(text)
    if not m:
        return None
    if m.group("y2"):
        return m.start("d"), m.end("d"), m.group("y2"), "year"
    year, month = (m.group("y"), m.group("m")) if m.group("y") else (m.group("y3"), m.group("m3"))
    return m.start("d"), m.end("d"), f"{year}-{int(month):02d}", "month"


def _long_after(published: str | None, month: int, day: int | None) -> bool:
    """A day and month more than two months after the publication date, in its year (a
    publication month counts from its last day)."""
    if not published or len(published) < 7 or not published[:4].isdigit():
        return False
    pub = int(published[5:7]) * 31 + (int(published[8:10]) if len(published) >= 10 else 31)
    return month * 31 + (day or 1) - pub > 62


def of_last_year(published: str | None, month: int, day: int | None, text: str, pos: int) -> bool:
    """A day or month written without its year at ``text[pos:]``, more than two months after the day of
    publication and with nothing before it looking ahead ("ngày 5/12" in an April article, "quý IV" in
    January): last year's, not this year's."""
    return _long_after(published, month, day) and not AHEAD.search(text, 0, pos)


def parse_dates(text: str, published: str | None = None,
                undated: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, ISO value, granularity) for every date in ``text``. Days and months with
    no year to read them in ("ngày 2 đến 3/10" in an undated article) go to ``undated``."""
    found, no_year = _parsed(text, published)
    if undated is not None:
        undated.extend(no_year)
    return list(found)


# Bounded: the dates extractor and a metric's as_of read the same sentence one after the other
@lru_cache(maxsize=256)
def _parsed(text: str, published: str | None) -> tuple[tuple[tuple[int, int, str, str], ...],
                                                      tuple[tuple[int, int], ...]]:
    undated: list[tuple[int, int]] = []
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    taken: list[tuple[int, int]] = []
    out = []
    for pat in _patterns():
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            # "từ ngày 2 đến 3/10": two days, the first in the month and year of the second; "từ tháng 6
            # đến 8/2026": two months, the first in the year of the second
            if g.get("d1"):
                parts = [(m.start(), m.end("d1"), g, g["d1"]), (m.start("d"), m.end(), g, g["d"])]
            elif g.get("m1"):
                parts = [(m.start(), m.end("m1"), {**g, "m": g["m1"]}, None), (m.start("second"), m.end(), g, None)]
            else:
                parts = [(m.start(), m.end(), g, g.get("d"))]
            read = [(a, b, _value(text, a, published, pub_year, groups, day)) for a, b, groups, day in parts]
            for a, b, (value, gran, valid_undated) in read:
                if value is None and valid_undated:
                    undated.append((a, b))
            if any(value is None for _, _, (value, _, _) in read):
                continue
            taken.append(m.span())
            out.extend((a, b, value, gran) for a, b, (value, gran, _) in read)
    return tuple(sorted(out)), tuple(undated)


def _value(text: str, start: int, published: str | None, pub_year: int | None, g: dict,
           day: str | None) -> tuple[str | None, str, bool]:
    """(ISO value or None, granularity, whether a day and month with no year to read them in)."""
    d = int(day) if day else None
    mo = month_number(g)
    y = int(g["y"]) if g.get("y") else pub_year
    if g.get("m2") and g.get("y") and mo and mo > int(g["m2"]):
        y -= 1  # "từ 15/12 đến 15/1/2026": the first day in the year before the last
    if g.get("this") and not mo and published and published[5:7] == "01":
        return None, "", False  # "năm nay" written in January mostly reviews the year just ended: no date
    if not g.get("y") and not g.get("this") and mo and of_last_year(published, mo, d, text, start):
        y -= 1
    if g.get("y") and d and mo:
        d, mo = day_month(d, mo, y)
    if y is None or not _valid(y, mo, d):
        return None, "", y is None and _valid(2000, mo, d)  # 2000: any leap year
    if d is not None:
        return f"{y:04d}-{mo:02d}-{d:02d}", "day", False
    if mo is not None:
        return f"{y:04d}-{mo:02d}", "month", False
    return f"{y:04d}", "year", False


def extract_dates(sent: Sentence, ctx: DocContext) -> list[DateFact]:
    facts = []
    # the day of publication is the article's: its main province, never a city a wire dateline names
    # ("Hà Nội (TTXVN 2/4/2024)")
    published_province = ctx.province or NATIONAL
    head = ctx.memory.get("head_date")
    if head and sent.start <= head[0] and head[1] <= sent.end:
        s, e = head[0] - sent.start, head[1] - sent.start
        facts.append(DateFact(doc=ctx.doc_name, text=sent.text[s:e], start=head[0], end=head[1], sentence=sent.text,
                              value=head[2], granularity=head[3], role="published", province=published_province))
        ctx.memory["published_seen"] = True
    undated: list[tuple[int, int]] = []
    for s, e, value, gran in parse_dates(sent.text, ctx.published, undated):
        if any(f.start < sent.start + e and sent.start + s < f.end for f in facts):
            continue
        if _is_edition_year(sent, s, e, gran):
            continue
        role = "mentioned"
        # only a dateline-like mention (year written out) is the publication date;
        # "chiều 12-5" on the day of publication is an event date
        # (not inside the headline: "Nghị quyết số 22/NQ-TU ngày 08/6/2022 ..." dates the document, the line under it
        # the page; a first line opening on the date is the dateline: "Thứ hai - 07/08/2023 15:42", as is a
        # byline line: "Cập nhật lúc: 08:32 |28/03/2017")
        if (ctx.published and value == ctx.published[:10] and not ctx.memory.get("published_seen")
                and ctx.published[:4] in sent.text[s:e]
                and (sent.index > 0 or s < DATELINE_LEAD or _is_byline(sent, ctx, s, e))):
            role = "published"
            ctx.memory["published_seen"] = True
        elif _is_wire_dateline(sent.text, s, e) and (ctx.published and value == ctx.published[:10] or (
                not ctx.published and not ctx.memory.get("published_seen") and sent.text[s:e].count("/") == 2)):
            # "Hà Nội (TTXVN 1/12)": an agency's dateline, year or not; in an undated article,
            # with its year ("(TTXVN 2/4/2024)"), it dates the article
            role = "published"
            ctx.memory["published_seen"] = True
        elif (gran == "day" and not ctx.memory.get("published_seen") and ctx.published and value == ctx.published[:10]
              and DOCUMENT_DATE_LINE.fullmatch(sent.text[:e]) and not sent.text[e:].strip()):
            role = "published"  # a document's own date line that dates the page (pipelines.textclean)
            ctx.memory["published_seen"] = True
        elif gran == "day" and not ctx.published and not ctx.memory.get("published_seen") and _is_byline(sent, ctx, s, e):
            role = "published"  # an undated article's byline date
            ctx.memory["published_seen"] = True
        facts.append(DateFact(doc=ctx.doc_name, text=sent.text[s:e], start=sent.start + s,
                              end=sent.start + e, sentence=sent.text, value=value,
                              granularity=gran, role=role, province=published_province if role == "published" else None))
    # "(thứ Tư) 19/10" is a day, no ratio for the metrics
    ctx.claimed(sent).extend((f.start, f.end) for f in facts)
    # without a publication year a day ("3/10", "TTXVN 1/12") is no date, and still no ratio
    ctx.claimed(sent).extend((sent.start + s, sent.start + e) for s, e in undated)
    return facts
