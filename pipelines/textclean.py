"""Plain-text dumps of news pages -> clean article text, title, byline date and outlet.

The dumps carry site chrome (menus, hotline, audio player, captions, related-article lists).
Which lines are chrome is data (``data/boilerplate.toml``); this module only applies it.
The clean text starts with the title (when one is found), then the dateline (the byline
with the publication date, kept verbatim so the date fact has a real span), each followed by a
blank line, then the body: facts stated in headlines and datelines keep offsets into one text.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extract.dates import DOCUMENT_DATE_LINE, MONTH_OR_YEAR_LINE, day_month, month_number, parse_dates
from extract.legal import DOC_TYPES

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
TERMINAL = tuple(".!?…:;\"”)»")


@dataclass
class CleanText:
    text: str
    title: str | None
    published_at: str | None  # ISO, local Vietnam time
    source: str | None
    author: str | None


@dataclass(frozen=True)
class _Rules:
    drop: tuple[re.Pattern, ...]
    captions: tuple[re.Pattern, ...]
    end: tuple[re.Pattern, ...]
    dateline: tuple[re.Pattern, ...]
    outlets: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = tomllib.loads((resources.files("pipelines") / "data" / "boilerplate.toml").read_text("utf-8"))

    def compile_all(key: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in raw[key])

    outlets = tuple(sorted(raw["outlets"].items(), key=lambda kv: -len(kv[0])))
    return _Rules(compile_all("drop"), compile_all("captions"), compile_all("end"), compile_all("dateline"), outlets)


def normalize_text(text: str) -> str:
    """NFC, no zero-width characters, Unix newlines, no trailing spaces."""
    text = unicodedata.normalize("NFC", text).translate(ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _matches(patterns: tuple[re.Pattern, ...], line: str) -> re.Match | None:
    for pattern in patterns:
        match = pattern.fullmatch(line)
        if match:
            return match
    return None


def _without_credit(line: str, rules: _Rules) -> str:
    """A photo caption without its credit: "Hà Nội đứng thứ ba. Ảnh: Internet" -> "Hà Nội đứng thứ ba."."""
    match = _matches(rules.captions, line)
    return match.group("keep") if match else line


def _parse_dateline(match: re.Match) -> tuple[str, str | None]:
    found = match.groupdict()
    parts = re.split(r"[/-]", found["date"]) if found.get("date") else (found["d"], month_number(found), found["y"])
    day, month, year = (int(x) for x in parts)
    day, month = day_month(day, month, year)
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    time = found.get("time") or found.get("time1")
    if time:
        hour, minute = (int(x) for x in time.split(":"))
        hour += 12 if found.get("pm") and hour < 12 else 0
        iso += f"T{hour:02d}:{minute:02d}"
    author = (found.get("author") or "").strip(" -–") or None
    return iso, author


def _strip_outlet(line: str) -> tuple[str, str | None]:
    for marker, outlet in _rules().outlets:
        if line.startswith(marker):
            rest = line[len(marker):].lstrip()
            if rest[:1] in "-–—":
                rest = rest[1:].lstrip()
            return rest, outlet
    return line, None


def _document_date(line: str) -> str | None:
    """An official document's own date line ("Lạng Sơn, ngày 24 tháng 11 năm 2025") where the page's
    date line goes, right under the title, dates the page. The line stays where it is. Deeper in the
    document's header, under an outlet's or host's name, it dates the document only: a mentioned date
    (policy after round 76)."""
    if DOCUMENT_DATE_LINE.fullmatch(line):
        # no day when it does not exist ("ngày 31 tháng 2"): then the line dates nothing
        return next((value for _, _, value, gran in parse_dates(line) if gran == "day"), None)
    return None


DATELINE_WITHIN = 6  # content lines from the top a page's date line may stand at (menus and a title before it)
TITLE_WORDS = 40  # a headline's usual length at most; a longer first line is cut to it to be judged


def _is_title_like(line: str) -> bool:
    return 3 <= len(line.split()) <= TITLE_WORDS and not line.endswith(TERMINAL[:5])


def _is_byline(line: str) -> bool:
    """A closing author line: "LÊ MINH", "Nhi Trần"."""
    words = line.split()
    return 1 <= len(words) <= 4 and not line.endswith(TERMINAL) and all(w[:1].isupper() for w in words)


LETTER = re.compile(r"[^\W\d_]")
IMAGE_PLACEHOLDER = "a"  # what some dumps leave of an image; the line after it is its caption
# a line that must go on with a number: "Căn cứ Nghị định số" / "35/2015/NĐ-CP", "Tờ trình số 190/TTr-SNNPTNT ngày" / "10/8/2021"
NUMBER_DUE = re.compile(rf"(?i:{'|'.join(map(re.escape, DOC_TYPES))})\s+số$|\S\s+ngày$")


def _unwrapped(lines: list[str]) -> list[str]:
    """A document copied with its hard line breaks ("ngày 26" / "tháng 8 năm 2021", "Căn cứ Nghị định
    số" / "35/2015/NĐ-CP ..."): a line that closes nothing, then one going on in lower case, are one
    line; so are a line wanting a number and the number. A new paragraph, a heading or a table cell
    opens on a capital (or is a number after a cell that wants none)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] not in ("", IMAGE_PLACEHOLDER) and line != IMAGE_PLACEHOLDER and (
                line[:1].islower() and not out[-1].endswith((".", ";", ":", "!", "?", "…", "|"))
                or line[:1].isdigit() and NUMBER_DUE.search(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def clean_dump(raw: str) -> CleanText:
    """Recover title, date, outlet and body from a plain-text dump of a news page."""
    rules = _rules()
    lines = [_without_credit(line.strip(), rules) for line in normalize_text(raw).split("\n")]
    stop = next((i for i, line in enumerate(lines) if line and _matches(rules.end, line)), len(lines))
    lines = _unwrapped(lines[:stop])
    content = [i for i, line in enumerate(lines) if line and not _matches(rules.drop, line)]

    published = author = title = source = None
    credit: list[int] = []
    # a page's date line stands near its top, or closes the article with at most a byline after it
    # ("Xuất bản: ..."); one in between (a legal page's metadata, "Ngày ban hành: 04/02/2025", under the
    # title and the document's number) dates the document, not the page
    date_at = next((i for i in content[:DATELINE_WITHIN] if _matches(rules.dateline, lines[i])), None)
    if date_at is None:  # the last line but bylines (a date line is never one: its digits)
        last = next((i for i in reversed(content) if not _is_byline(lines[i])), None)
        date_at = last if last is not None and _matches(rules.dateline, lines[last]) else None
    if date_at is not None:
        published, author = _parse_dateline(_matches(rules.dateline, lines[date_at]))
        # the first line may be a headline closed by a full stop ("Nghị Quyết số 22/NQ-TU ... năm 2030."),
        # or one longer than a headline usually is (a plan's whole title, 50 words): it is still the title
        before = [i for i in content if i < date_at and (_is_title_like(lines[i]) or (
            i == content[0] and _is_title_like(" ".join(lines[i].removesuffix(".").split()[:TITLE_WORDS]))))]
        after = [i for i in content if i > date_at]
        title_at = before[-1] if before else (after[0] if after and _is_title_like(lines[after[0]]) else None)
        # "HỒ QUỐC DŨNG" / "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy ..." between the title and the
        # dateline: the author and the author's posts, kept at the head of the body
        byline_at = max((i for i in content if title_at is not None and i < title_at), default=None)
        earlier = [i for i in before if byline_at is not None and i < byline_at]
        if earlier and _is_byline(lines[byline_at]):
            credit, author, title_at = [byline_at, title_at], lines[byline_at], earlier[-1]
    else:
        title_at = content[0] if len(content) > 1 and _is_title_like(lines[content[0]]) else None
        published = _document_date(lines[content[1]]) if title_at is not None else None
        # "07/2024" under the title: a date line to the month or year, kept as the dateline for the
        # extractor to read (published_at is a full date or nothing)
        if published is None and title_at is not None and MONTH_OR_YEAR_LINE.fullmatch(lines[content[1]]):
            date_at = content[1]
    if title_at is not None:
        title = lines[title_at]

    lead_at = next((i for i in content if _strip_outlet(lines[i])[1]), None)
    # "Xuất bản: ..." after the body: the dateline closes the article instead of opening it
    closing = date_at is not None and not any(len(lines[i]) > 80 for i in content if i > date_at) and (
        title_at is not None and title_at < date_at or any(len(lines[i]) > 80 for i in content if i < date_at))
    opened_at = -1 if closing else (date_at or -1)
    start = max(x for x in (lead_at, (title_at or -1) + 1, opened_at + 1, 0) if x is not None)
    if lead_at is not None:
        start = lead_at
    body: list[str] = []
    for i in content:
        if (i < start and i not in credit) or i == date_at or i == title_at:
            continue
        line = lines[i]
        if i == lead_at:
            line, source = _strip_outlet(line)
        if i > 0 and lines[i - 1] == IMAGE_PLACEHOLDER and body:
            continue  # the line after an image placeholder is its caption
        if body and line == body[-1] and LETTER.search(line):
            continue  # captions and headings repeated by the dump (not a table's equal cells: "83", "83")
        body.append(line)
    while body and _is_byline(body[-1]):
        author = author or body[-1]
        body.pop()
    head = [line for line in (title, lines[date_at] if date_at is not None else None) if line]
    text = "\n".join([part for line in head for part in (line, "")] + body)
    return CleanText(text=text, title=title, published_at=published, source=source, author=author)
