"""What a goal measures, as a short phrase from the sentence.

Vietnamese names the measured thing in three places, tried in this order:

* after a rank goal, introduced by "về": "thuộc nhóm 20 tỉnh dẫn đầu cả nước về
  chuyển đổi số" -> "chuyển đổi số";
* right after a percentage: "80% thủ tục hành chính được cung cấp trực tuyến"
  -> "thủ tục hành chính";
* before the number, once goal verbs, horizons and the subject are peeled off:
  "Phấn đấu đến năm 2030, tỷ lệ dân số có tài khoản thanh toán đạt 80%"
  -> "tỷ lệ dân số có tài khoản thanh toán".

A phrase that is only a goal cue ("Phấn đấu đến năm 2030", "phấn đấu đưa Tiền
Giang") names nothing: None is better than noise.
"""
from __future__ import annotations

import re
from itertools import dropwhile

from extract.numbers import MULTIPLIERS
from extract.clauses import PATTERNS, rx
from extract.quantities import indicator_before, is_percent

# "dẫn đầu cả nước về chuyển đổi số", "có điểm cao nhất về cải cách hành chính"
ABOUT_AFTER = re.compile(r"^[^.;:()]{0,40}?\s(?:về|trong lĩnh vực)\s+(?P<i>[^,.;:()\"“”]{3,60}?)"
                         r"(?=\s+(?:đề ra|đặt ra|trong|theo|của|tại|so với|đến năm|vào năm)\b|[,.;:()\"“”]|$)")
# words after a percentage that start its noun ("80% các xã", "50% số dịch vụ"; not the next item,
# "32,77% và thương mại dịch vụ chiếm 59,13%")
NOUN_AFTER_PCT = re.compile(
    r"^\s+(?!(?:và|hoặc|so)\b)(?P<i>(?:các\s+|số\s+|tổng\s+số\s+)?[^\W\d_][^,.;:()\"“”\d]{2,80}?)"
    r"(?=\s+(?:được|có|đạt|là|sẽ|phải|thực hiện|sử dụng|trở lên)\b|[,.;:()\"“”]|$)")
LEAD = re.compile(r"^(?i:đến năm \d{4}|tới năm \d{4}|trong năm \d{4}|năm \d{4}|đến \d{4}|cho năm \d{4}|"
                  r"giai đoạn \d{4}\s*-\s*\d{4}|trong đó|giữ vững|nâng cao|để|cho|của|là|gồm|cụ thể|cũng|còn|với|và|,)\s*")
# "đưa Tiền Giang vào nhóm ...": the object of "đưa" is the subject again
BRING = re.compile(r"^(?i:đưa)\s+(?:(?:TP\.?|tỉnh|thành phố)\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*\s*)*")
NOT_A_NOUN = re.compile(r"^(?:được|có|đạt|là|sẽ|phải|trở lên|so với|trên|năm|vào|đến|tới|trong)\b")


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    p = phrase
    for _ in range(4):
        p = BRING.sub("", LEAD.sub("", p.strip(" ,:-\"“”"))).strip(" ,:-\"“”")
    return p or None


def names_the_counted(unit: str | None) -> bool:
    """ "132.000 tài khoản": a unit that is a noun counted names what is measured; "12.000 tỷ
    đồng", "80%" and "50 ha" measure an amount of something named before the number."""
    if unit is None or is_percent(unit):
        return False
    noun = list(dropwhile(lambda w: w.lower() in MULTIPLIERS, unit.split()))  # "1,488 triệu hồ sơ"
    return bool(noun) and noun[0].split("/")[0] not in PATTERNS["measure_units"]


def metric_indicator(text: str, start: int, unit: str | None, ratio: bool) -> str | None:
    """The indicator of a value achieved starting at ``text[start]``: its unit when that names what
    is counted ("960/1.818 dịch vụ công" too), else the phrase before it ("GRDP của tỉnh")."""
    if names_the_counted(unit) or ratio and unit:
        return unit
    if unit is None and (label := rx()["labelled_value"].search(text, 0, start)):  # "Tổng số giường bệnh: 2.411"
        return label.group("label").rstrip()
    return _clean(indicator_before(text, start))


def goal_indicator(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The indicator of a goal read at ``text[start:end]`` (sentence offsets)."""
    about = ABOUT_AFTER.match(text[end:])
    if unit == "rank" and about:
        return about.group("i").strip()
    if is_percent(unit):
        after = NOUN_AFTER_PCT.match(text[end:])
        if after and not NOT_A_NOUN.match(after.group("i")):
            return after.group("i").strip()
    if unit != "rank" and names_the_counted(unit):
        return unit
    return _clean(indicator_before(text, start)) or (about.group("i").strip() if about else None)


# "Số người chết do HIV/AIDS trên 100.000 dân (người)": the unit in brackets closing a label
LABEL_UNIT = re.compile(r"\((?:ĐVT\s*:\s*)?(?P<u>%|[^\W\d][^()\d]{0,20}?)\)\s*:?\s*$")
LABEL_SHARE = re.compile(r"(?i)^(?:tổng\s+)?t[ỷỉ]\s+lệ\b")
LABEL_COUNT = re.compile(r"(?i)^(?:tổng\s+)?số\s+(?:lượng\s+)?")
# "Bác sĩ bình quân 1 vạn dân", "Giường bệnh tính bình quân 1 vạn dân số": what a rate counts, per what
LABEL_RATE = re.compile(r"(?i)^(?P<head>[^\W\d][^\d()]*?)\s+(?:tính\s+)?(?:bình\s+quân|trên)\s+(?P<base>(?:1|100|1\.000|10\.000|100\.000)\s?dân|(?:1\s)?vạn\s+dân)")


def label_unit(label: str) -> str | None:
    """The unit a statistics label gives its bare value ("Tổng số giường bệnh: 2.411", a table row):
    the unit in brackets closing it, % for a rate ("Tỷ lệ ..."), the noun a count counts ("Số ca mắc
    ..." counts ca), each per the base of a rate ("... trên 100.000 dân (người)": người/100.000 dân)."""
    from extract.nlp import words_at
    from extract.quantities import UNIT_WORD

    rate = LABEL_RATE.search(label)
    bracket = LABEL_UNIT.search(label)
    if bracket:
        unit = bracket.group("u").strip()
    elif LABEL_SHARE.match(label):
        return "%"
    elif count := LABEL_COUNT.match(label):
        word = words_at(label, count.end())
        unit = word[0] if word and UNIT_WORD.fullmatch(word[0]) else None
    else:
        unit = rate.group("head").lower() if rate else None
    if unit and unit != "%" and rate:
        unit += "/" + rate.group("base")
    return unit
