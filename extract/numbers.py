"""Reading Vietnamese numbers: ``1.818`` = 1818, ``52,8`` = 52.8, ``960/1.818``, ``khoảng 10``.

Convention (SCHEMA): ``.`` groups thousands and ``,`` marks decimals.  An
English decimal (``2.79``) is accepted only where it cannot be a thousands
group: the part after the dot is not exactly three digits.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

_LEX = json.loads((Path(__file__).parent / "patterns" / "numbers.json").read_text("utf-8"))
QUALIFIERS: dict[str, str] = _LEX["qualifiers"]
NUMBER_WORDS: dict[str, int] = _LEX["number_words"]
MULTIPLIERS: dict[str, int] = _LEX["multipliers"]
SUFFIX_QUALIFIER = re.compile(r"(?:\s*/\s*năm)?\s+(" + "|".join(map(re.escape, _LEX["suffix_qualifiers"])) + r")(?!\w)")


def qualifier_after(text: str, end: int) -> str | None:
    """The comparator of a qualifier right after a quantity and its unit ("16% trở lên", "10%/năm trở lên")."""
    m = SUFFIX_QUALIFIER.match(text, end)
    return _LEX["suffix_qualifiers"][m.group(1)] if m else None


# A digit number: 1.818 | 132.000 | 52,8 | 0,3426 | 2.79 | 1,000.5 (rare) | 2021
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
# units written against the number: "2.085m2", "5ha", "30m", "70Mb/s", "1Gbps" (but "5G" is no quantity)
GLUED_UNIT = r"km2|km²|m2|m²|m3|m³|ha\b|km\b|m\b(?!/)|[MG]b/s|[MG]bps\b|MW\b|kWh\b|[MG]Hz\b|USD\b"
# a number after a letter and a hyphen ends a name ("COVID-19", "VNREDSat-1"): no quantity; nor is the
# base of a rate written with a space after the slash ("15 bác sỹ/ 10.000 dân"), nor the metres of a
# road's kilometre mark ("Km226+700")
NOT_IN_NAME = r"(?<![\w.,/])(?<![^\W\d_]-)(?<![^\W\d_]/\s)(?<!\d\+)"
NUM_RE = re.compile(rf"{NOT_IN_NAME}(?:{NUM})(?!(?!{GLUED_UNIT})\w|[.,]\d)")
# "ngày 10-13/3", "23-27/4": a day range's last day and month, no ratio
RATIO_RE = re.compile(rf"{NOT_IN_NAME}(?<!\d[-–])(?P<part>{NUM})\s?/\s?(?P<whole>{NUM})(?![\w/]|[.,]\d)")
# "942.934 trên tổng số 979.536 hồ sơ", "76 trong số 106 nhiệm vụ": a ratio in words (not a place: "thứ 4 trên
# tổng số 63 tỉnh", "vị trí số 1 trong số 63 tỉnh"), the counted noun perhaps told on both ends ("8.000 doanh
# nghiệp trên tổng số 11.300 doanh nghiệp")
OUT_OF_TOTAL_RE = re.compile(rf"(?<![\w.,/])(?<!thứ\s)(?<!hạng\s)(?<!trí\s)(?<!số\s)(?P<part>{NUM})(?:\s+(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,3}}))?"
                             rf"\s+(?:trên\s+tổng|trong(?:\s+tổng)?)\s+số\s+(?P<whole>{NUM})(?![\w/]|[.,]\d)(?(noun)(?=\s+(?P=noun)(?!\w)))")
# "Trong 250 dự án có 22 dự án nhà ở xã hội", "trong tổng số 90 thí sinh dự thi có 77 em đoạt giải": the
# whole first, then its one part (policy after rounds 99 and 108); a bracketed aside may stand between
# ("Trong số 310 km bờ biển (bờ biển đông 163 km, ...) có đến 204 km"), its numbers counts of their own, and
# so may a year ("trong tổng số 14 chỉ tiêu ... được giao năm 2025, có 12 chỉ tiêu"); not
# a subject before "có" ("Trong 10 chỉ số thành phần, tỉnh có 4 chỉ số tăng điểm": two counts), nor a
# stretch of time ("trong 12 tháng có 5 vụ")
AMONG_RE = re.compile(rf"(?<!\w)[Tt]rong\s+(?:tổng\s+)?(?:số\s+)?(?P<whole>{NUM})(?!\s*(?:tháng|năm|ngày|tuần|quý|giờ|phút)\b)\s+(?:[^.;:()\d,]|\([^()]*\)|năm\s+(?:19|20)\d\d){{1,150}}?"
                      rf"(?:(?<=\))\s*|,\s*|\s+)(?:thì\s+)?(?:chỉ\s+)?có\s+(?:đến\s+|tới\s+)?(?P<part>{NUM})(?![\w/]|[.,]\d)")
# what, after the part, makes the sentence list more parts of the whole ("có 5 nhóm tăng, 2 nhóm giảm và
# 4 nhóm ...": counts each) or a statistic's field ("có 13 sản phẩm tăng so với cùng kỳ"); a breakdown of
# the part itself ("có 77 em đoạt giải, gồm: 4 giải nhất; 19 giải nhì") is neither
MORE_PARTS = re.compile(r"^[^.;]*?(?:[,;]\s*|\s+và\s+)(?:có\s+)?\d|^\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:tăng|giảm)\b")
BREAKDOWN = re.compile(r"\b(?:bao\s+)?gồm\b|\(|\btrong\s+đó\b")
# "giải ngân 3.268 tỷ đồng/4.821 tỷ đồng": a ratio whose unit is written on both ends (round 123)
RATIO_UNIT_TWICE_RE = re.compile(rf"(?<![\w.,/])(?P<part>{NUM})\s+(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})\s?/\s?"
                                 rf"(?P<whole>{NUM})\s+(?P=noun)(?!\w)")
# "83,2%/50%": a share against a share (a result over its goal), read as one ratio in %
PERCENT_PAIR_RE = re.compile(rf"(?<![\w.,/])(?P<part>{NUM})\s?%\s?/\s?(?P<whole>{NUM})\s?%")
# "giảm ít nhất 1/3 số hộ nghèo": a fraction of a whole, its value 0.3333 (policy after round 75)
FRACTION_OF = re.compile(r"\s+(?:tổng\s+)?số\s")
FRACTION_MAX = 10
# "chiếm ... ⅔ kinh tế số": a fraction printed as one character, read like "2/3 số" above
VULGAR_FRACTION_RE = re.compile(r"(?<![\w,.])[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?!\w)")
# "08/2022": a month of a year, written like a ratio
MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
# "27% - 27,5%": the unit may be written on both ends
RANGE_RE = re.compile(rf"{NOT_IN_NAME}({NUM})(%?)\s?(?:-|–|đến|tới)\s?({NUM})(?!(?!{GLUED_UNIT})\w|[.,]\d)")
# "từ 80,4 triệu đồng đến 80,8 triệu đồng": a range whose unit is written on both ends, read up to its
# second number (the unit after it is read as any other)
RANGE_UNIT_TWICE_RE = re.compile(rf"(?<![\w.,/])({NUM})\s+([^\W\d]+(?:\s[^\W\d]+){{0,2}})\s*(?:-|–|đến|tới)\s*({NUM})\s+\2(?!\w)")
# "giảm nhiều (-9,28%)", "dịch vụ (+3,63%)": a sign written against the number, after a bracket,
# a space or a colon (not "quý I-2025", "12-5")
SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([-+−])$")
_QUAL_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s*$",
    re.I)


def parse_number(s: str) -> float | None:
    """The value of one written number, or None when it is not one."""
    s = s.strip().replace(" ", "")
    if not s or not re.fullmatch(r"\d[\d.,]*", s) or s[-1] in ".,":
        return None
    if "," in s and "." in s:
        # Vietnamese 1.234,5 or English 1,234.5: the later separator is the decimal one.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2:  # 1,000,000 English grouping
            if all(len(p) == 3 for p in parts[1:]):
                s = "".join(parts)
            else:
                return None
        else:
            s = s.replace(",", ".")
    elif "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3 and parts[0] != "0":
            s = "".join(parts)  # thousands grouping: 132.000
        elif len(parts) == 2:
            pass  # unambiguous English decimal: 2.79, 0.5
        else:
            return None
    try:
        return float(s)
    except ValueError:
        return None


def parse_score(s: str) -> float | None:
    """An index score: none reaches 1,000, so "45.366 điểm" (PAPI) is written with an English
    decimal point, not grouped in thousands."""
    value = parse_number(s)
    if value is not None and value >= 1000 and re.fullmatch(r"\s*\d{1,3}\.\d{3}\s*", s):
        return float(s.strip())
    return value


def as_int(x: float | None) -> int | float | None:
    """Whole numbers as int (for JSON that reads ``20`` not ``20.0``)."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def words_to_number(words: str) -> int | None:
    """"hai" -> 2, "mười lăm" -> 15, "hai mươi mốt" -> 21, "ba trăm" -> 300."""
    toks = words.lower().split()
    if not toks or any(t not in NUMBER_WORDS and t not in MULTIPLIERS and t != "linh" and t != "lẻ"
                       for t in toks):
        return None
    total, current, digit = 0, 0, 0  # ``digit``: the last digit word, which "mươi" makes tens
    for t in toks:
        if t in ("linh", "lẻ"):
            continue
        if t in MULTIPLIERS:
            current, digit = max(current, 1) * MULTIPLIERS[t], 0
            if MULTIPLIERS[t] >= 1000:
                total, current = total + current, 0
        elif t == "mười":
            current, digit = current + 10, 0
        elif t == "mươi":  # "hai trăm năm mươi": 200 + 5 * 10
            current, digit = current - digit + (digit or 1) * 10, 0
        else:
            current, digit = current + NUMBER_WORDS[t], NUMBER_WORDS[t]
    return total + current


_SUPERLATIVE = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|nơi|bộ)\s+(?:tăng|giảm)\s+$", re.I)
# "tối thiểu đạt 14,5%/năm", "tối thiểu có 1 doanh nghiệp": a floor or ceiling may stand before the verb of the value
_BOUND_VERB = re.compile(r"(?<!\w)(?P<q>tối thiểu|ít nhất|tối đa|không dưới|không quá)\s+(?:đạt|ở mức|có)(?=\s*$)", re.I)
# "tiếp nhận tàu tới 70.000 tấn", "tàu có trọng tải lên đến 50.000 DWT": the largest ship a berth takes
_SHIP_CEILING = re.compile(r"(?<!\w)(?:tàu|trọng\s+tải|tải\s+trọng)(?:\s+(?:có|trọng\s+tải|tải\s+trọng|lên))*\s+(?P<q>tới|đến)(?=\s*$)", re.I)


def qualifier_before(prefix: str) -> tuple[str, str] | None:
    """The qualifier ending ``prefix`` (text just before a number), as written, and its comparator."""
    m = _QUAL_RE.search(prefix[-30:])
    if m and _SUPERLATIVE.search(prefix[-30:], 0, m.start()):
        return None  # "tỉnh giảm ít nhất là 0.21%": the least fall, no floor
    if m:
        return m.group(1), QUALIFIERS[m.group(1).lower()]
    m = _BOUND_VERB.search(prefix[-30:])
    if m:
        return m.group(0), QUALIFIERS[m.group("q").lower()]
    m = _SHIP_CEILING.search(prefix[-30:])
    return (m.group("q"), "<=") if m else None


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    denominator: float | None = None
    comparator: str = "="
    unit: str | None = None
    high: float | None = None  # upper end of a range
    signed: bool = False  # written with its sign ("(-9,28%)", "(+3,63%)"): a change reported
    spelled: bool = False  # written in words ("hai huyện"): read as a goal only (extract.quantities)
    moved_from: bool = False  # the level a move starts at ("từ 33% năm 2020 lên 38%"): a level, no floor


# "đóng góp 0,55 điểm %": percentage points, a unit of their own
_UNIT_RE = re.compile(rf"\s?(%|phần trăm|điểm\s?%|điểm phần trăm|{GLUED_UNIT})")
_UNIT_NAMES = {"phần trăm": "%", "m²": "m2", "km²": "km2", "m³": "m3", "điểm%": "điểm %", "điểm phần trăm": "điểm %"}


def unit_name(written: str) -> str:
    """One name for a unit written several ways: "phần trăm" is "%", "km²" is "km2"."""
    return _UNIT_NAMES.get(written, written)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its qualifier, ratio partner and ``%`` unit."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for pattern, unit in ((PERCENT_PAIR_RE, "%"), (RATIO_UNIT_TWICE_RE, "noun"), (RATIO_RE, None), (OUT_OF_TOTAL_RE, None)):
        for m in pattern.finditer(text):
            if unit is None and MONTH_YEAR.fullmatch(m.group(0)):
                taken.append(m.span())  # "08/2022": a month, no ratio, and its month no number
                continue
            a, b = parse_number(m.group("part")), parse_number(m.group("whole"))
            if a is not None and b and free(*m.span()):
                fraction = unit is None and a < b <= FRACTION_MAX and FRACTION_OF.match(text, m.end())
                q = Quantity(m.start(), m.end(), round(a / b, 4)) if fraction else \
                    Quantity(m.start(), m.end(), a, denominator=b, unit=unit_name(m.group("noun")) if unit == "noun" else unit)
                out.append(_qualify(text, q))
                taken.append(m.span())
    for m in AMONG_RE.finditer(text):
        a, b = parse_number(m.group("part")), parse_number(m.group("whole"))
        tail = text[m.end():]
        tail = tail[:cut.start()] if (cut := BREAKDOWN.search(tail)) else tail
        if a is not None and b and a < b and not MORE_PARTS.search(tail) \
                and free(m.start(), m.end("whole")) and free(*m.span("part")):
            out.append(_qualify(text, Quantity(m.start(), m.end(), a, denominator=b)))
            taken += [(m.start(), m.end("whole")), m.span("part")]
    for m in VULGAR_FRACTION_RE.finditer(text):
        out.append(_qualify(text, Quantity(m.start(), m.end(), round(unicodedata.numeric(m.group(0)), 4))))
    for m in [*RANGE_UNIT_TWICE_RE.finditer(text), *RANGE_RE.finditer(text)]:
        lo, hi = parse_number(m.group(1)), parse_number(m.group(3))
        if lo is not None and hi is not None:
            lo = _abbreviated_low(m.group(1), m.group(3), lo, hi)
        if not free(m.start(), m.end(3)):
            continue
        if lo is None or hi is None or not lo < hi or 1900 <= lo <= 2100:
            continue  # "12-5" is a day and month, "2021-2025" a period
        end, unit = m.end(3), None
        u = _UNIT_RE.match(text, end)
        if m.group(2) == "%" and not (u and u.group(1) == "%"):
            continue  # "5% - 10 doanh nghiệp" is two quantities
        if u:
            end, unit = u.end(), unit_name(u.group(1))
        # "tăng 8,3-8,5%": the floor is the commitment, the ceiling is kept in ``high``; but
        # "giảm dưới 8 - 10%" caps it, the range read from its low end
        q = Quantity(m.start(), end, lo, comparator=">=", unit=unit, high=hi)
        # the qualifier before is part of what is written ("từ 10,0 đến 10,5%", "tối thiểu 30 - 50 doanh nghiệp")
        said = _qualify(text, q)
        out.append(said if said.comparator in ("<", "<=") else q if said.moved_from else replace(q, start=said.start))
        taken.append((m.start(), end))
    for m in NUM_RE.finditer(text):
        if not free(*m.span()):
            continue
        v = parse_number(m.group(0))
        if v is None:
            continue
        start, end, unit = m.start(), m.end(), None
        sign = SIGN_BEFORE.search(text, max(0, start - 2), start)
        if sign:
            start, v = sign.start(1), -v if sign.group(1) != "+" else v
        u = _UNIT_RE.match(text, end)
        if u:
            end, unit = u.end(), unit_name(u.group(1))
        out.append(_qualify(text, Quantity(start, end, v, unit=unit, signed=bool(sign))))
    for m in word_number_re().finditer(text):
        v = words_to_number(m.group(0))
        if v is not None and free(*m.span()):
            out.append(_qualify(text, Quantity(m.start(), m.end(), float(v), spelled=True)))
    return sorted(out, key=lambda q: q.start)


def _abbreviated_low(low: str, high: str, lo: float, hi: float) -> float:
    """"13 – 15.000 tấn" is 13.000 to 15.000: the low end is written without the thousands the high
    end shows, when adding them puts it just under the high end ("2 - 30.000" stays 2)."""
    if not low.isdigit() or "," in high or "." not in high:
        return lo
    scaled = lo * 1000 ** high.count(".")
    return scaled if scaled < hi < scaled * 10 else lo


# "từ 33% năm 2020 lên 38%", "từ 4,75% của GDP năm 2020 lên 5,01%", "từ 23,45% xuống còn 15%": where a
# move starts, not a floor ("từ 3 đến 5%" is a range, "từ 10% trở lên" a floor)
_MOVE_ON = re.compile(r"(?:\s+(?:[^\W\d]+|(?:19|20)\d\d|%)){0,6}?\s+(?:lên|xuống)\s+(?:(?:mức|còn|khoảng|gần|hơn|trên)\s+)*\d")


def _qualify(text: str, q: Quantity) -> Quantity:
    found = qualifier_before(text[max(0, q.start - 30):q.start])
    if not found:
        return q
    word, comp = found
    if word.lower() == "từ" and _MOVE_ON.match(text, q.end):
        return replace(q, moved_from=True)
    if word.lower() == "trên" and q.denominator is not None and q.value == q.denominator:
        return q  # "hiện diện trên 63/63 tỉnh": "trên" is the preposition, 63/63 is all of them
    return replace(q, start=q.start - len(text[:q.start]) + len(text[:q.start].rstrip()) - len(word), comparator=comp)


@lru_cache(maxsize=1)
def word_number_re() -> re.Pattern[str]:
    """A number spelled out, in lower case, from one of the 'spelled_starts' words on."""
    first = "|".join(_LEX["spelled_starts"])
    rest = sorted([w for w in NUMBER_WORDS if w not in ("năm", "không")] + list(MULTIPLIERS) + ["linh", "lẻ"],
                  key=len, reverse=True)
    return re.compile(rf"(?<![\w.,])(?:{first})(?:\s+(?:{'|'.join(rest)}|năm(?=\s+mươi)))*(?!\w)")
