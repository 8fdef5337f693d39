"""What a number counts: the noun or measure after it, read whole ("12.000 tỷ đồng", "21 dự án
điện gió", "145/151 xã, phường, thị trấn").

Shared by the quantity reader and the extractors that read a unit of their own (exam scores,
indicators).
"""
from __future__ import annotations

import re
from functools import cache
from itertools import dropwhile

from extract.clauses import PATTERNS, rx
from extract.numbers import MULTIPLIERS

BAD_UNITS = frozenset(PATTERNS["bad_units"])
WORD = r"[^\W\d_]+"
WORDS = rf"{WORD}(?: {WORD})*"  # an underthesea word of one or more syllables
# a counted noun or measure after a number: words, or a measure ending on its power ("15.000 m3/năm",
# "2.478,5 nghìn m3")
UNIT_WORD = re.compile(rf"{WORDS}|k?m[23]")
MAX_HEAD_NOUNS = 4


def unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The counted noun after a number: "10 doanh nghiệp", "1 lần/tuần", "2 huyện"."""
    # "63 tỉnh/thành phố", "63 tỉnh, thành" (the province's "thành" cut short): one field; other lists
    # ("17 bộ, cơ quan ngang bộ") are read whole by :func:`whole_unit` ('listed_units')
    # (not "34,5 giường/vạn dân": a rate per head, see 'per_unit')
    m = re.match(rf"\s({WORD}/{WORD}(?: phố)?(?!\s+dân)|(?:UBND )?tỉnh, thành(?: phố)?)(?!\w)", text[end:])
    if m:
        return m.group(1), end + m.end()
    from extract.nlp import words_at

    word = words_at(text, end)
    if not (word and UNIT_WORD.fullmatch(word[0])):
        return None, end
    if word[0] == "nhóm":  # a classifier: "26 nhóm chỉ tiêu" counts goals
        noun = words_at(text, word[1])
        if noun and rx()["plan_count_units"].match(noun[0]):
            return f"nhóm {noun[0]}", noun[1]
    return _compound(text, word)


def _compound(text: str, word: tuple[str, int]) -> tuple[str, int]:
    """A classifier with the noun underthesea split from it ("7 khu công nghiệp", "120 điểm cầu"),
    else the word alone ("120 điểm" are points of a score)."""
    from extract.nlp import words_at

    if word[0] in ("số", "tổng số"):  # what a fraction is of: "1/3 số hộ nghèo"
        whole, end = unit_after(text, word[1])
        return (f"{word[0]} {whole}", end) if whole else word
    noun = words_at(text, word[1])
    pair = noun and f"{word[0]} {noun[0]}"
    if pair and (rx()["site_unit"].fullmatch(pair) or rx()["compound_units"].fullmatch(pair)):
        third = words_at(text, noun[1])  # "2 cơ sở giáo dục đại học", "141 trạm y tế xã phường"
        if third and rx()["compound_units"].fullmatch(f"{pair} {third[0]}"):
            return f"{pair} {third[0]}", third[1]
        return pair, noun[1]
    return word


def whole_unit(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """The unit as a reader of the data needs it: "12.000 tỷ đồng" (not "tỷ": dong or dollars?),
    "730 nghìn tỷ đồng", "8 triệu lượt", "tăng 10%/năm" (a yearly rate, no level), "75 triệu
    đồng/người/năm". The rules read the unit's first word; the record keeps it whole."""
    if unit is None:
        return None, end
    from extract.nlp import words_at

    if " " not in unit:  # a measure the number parser read: "19,6 m2 sàn/người"
        unit, end = _compound(text, (unit, end))
    while unit.split()[-1].lower() in MULTIPLIERS:  # a scale says how many, the word after it of what
        word = words_at(text, end)
        if not (word and UNIT_WORD.fullmatch(word[0]) and word[0].lower() not in BAD_UNITS):
            break
        word = _compound(text, word)  # "120 triệu thuê bao"
        unit, end = f"{unit} {word[0]}", word[1]
    head = unscaled(unit)
    if rx()["generic_heads"].match(head):  # "21 dự án điện gió", "16 triệu lượt khách"
        unit, end = _named_head(text, unit, end)
    unit, end = listed_nouns(text, unit, end)
    per = rx()["per_unit"].match(text, end)
    if per:
        unit, end = unit + re.sub(r"^trên\s+|\s*/\s*", "/", per.group(0).strip()), per.end()
    return unit, end


def unscaled(unit: str) -> str:
    """The unit without the scale words that open it: "triệu hồ sơ" -> "hồ sơ", "tỷ đồng" -> "đồng"."""
    return " ".join(dropwhile(lambda w: w.lower() in MULTIPLIERS, unit.split()))


def _named_head(text: str, unit: str, end: int) -> tuple[str, int]:
    """ "21 dự án điện gió", "4 mỏ đá được gia hạn": a general noun takes the nouns after it."""
    from extract.nlp import tagged_words

    nouns = 0
    for s, e, tag in tagged_words(text):
        if s < end:
            continue
        if tag not in ("N", "Np") or not re.fullmatch(WORDS, text[s:e]) or text[end:s].strip() \
                or rx()["generic_head_stops"].match(text[s:e].lower()) or nouns == MAX_HEAD_NOUNS:
            break
        unit, end, nouns = f"{unit} {text[s:e]}", e, nouns + 1
    return unit, end


@cache
def _listed_item() -> tuple[re.Pattern[str], re.Pattern[str]]:
    listed = rx()["listed_units"].pattern
    return re.compile(rf"(?<!\w){listed}$"), re.compile(rf"(?:,\s*|\s+và\s+){listed}(?!\w)")


def listed_nouns(text: str, unit: str, end: int) -> tuple[str, int]:
    """ "145/151 xã, phường, thị trấn", "51 ý kiến, kiến nghị": nouns listed together count one field."""
    ends_listed, item = _listed_item()
    if not ends_listed.search(unit):
        return unit, end
    # not a place's name: "còn 2 xã, tỉnh Lâm Đồng còn 127 hộ" lists two places
    while (m := item.match(text, end)) and not text[m.end():].lstrip()[:1].isupper():
        unit, end = unit + text[end:m.end()], m.end()
    return unit, end
