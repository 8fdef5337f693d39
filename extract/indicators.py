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

from extract.clauses import PATTERNS, clause_start, rx
from extract.provinces import resolve_province
from extract.quantities import indicator_before, is_percent, label_unit, value_label
from extract.units import listed_nouns, unscaled

# "dẫn đầu cả nước về chuyển đổi số", "có điểm cao nhất về cải cách hành chính"
ABOUT_AFTER = re.compile(r"^[^.;:()]{0,40}?\s(?:về|trong lĩnh vực)\s+(?P<i>[^,.;:()\"“”]{3,60}?)"
                         r"(?=\s+(?:đề ra|đặt ra|trong|theo|của|tại|so với|đến năm|vào năm)\b|[,.;:()\"“”]|$)")
# words after a percentage that start its noun ("80% các xã", "50% số dịch vụ"; not the next item,
# "32,77% và thương mại dịch vụ chiếm 59,13%")
NOUN_AFTER_PCT = re.compile(
    r"^\s+(?!(?:và|hoặc|so)\b)(?P<i>(?:các\s+|số\s+|tổng\s+số\s+)?[^\W\d_][^,.;:()\"“”\d]{2,80}?)"
    r"(?=\s+(?:được|có|đạt|là|sẽ|phải|thực hiện|sử dụng|trở lên)\b|[,.;:()\"“”]|$)")
LEAD = re.compile(r"^(?i:(?:đến năm \d{4}|tới năm \d{4}|trong năm \d{4}|năm \d{4}|đến \d{4}|cho năm \d{4}|"
                  r"giai đoạn \d{4}\s*-\s*\d{4}|trong đó|giữ vững|nâng cao|để|cho|của|là|gồm|cụ thể|cũng|còn|với|và)(?!\w)|,)\s*")
# what ends a phrase without naming anything: the year it is told at or the verb before the value
# ("tỷ lệ hộ nghèo đa chiều đến năm 2024 là 1,93%", "tỷ lệ hộ nghèo dân tộc thiểu số còn 12,55%")
TRAIL = re.compile(r"\s+(?i:(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}|là)$|(?<!giảm)(?<!xuống)\s+(?:chỉ\s+)?còn$")
# "đưa Tiền Giang vào nhóm ...": the object of "đưa" is the subject again
BRING = re.compile(r"^(?i:đưa)\s+(?:(?:TP\.?|tỉnh|thành phố)\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*\s*)*")
# what follows a counted noun and says which ones ("xã đạt chuẩn nông thôn mới nâng cao"): words of
# letters only, up to punctuation, a number, a link to the next item ("và", "trong đó"), a change or a
# comparison, a cause or a place ("do", "tại"), a date word
WHICH_AFTER = re.compile(r"(?P<w>(?:\s+(?!(?:tăng|giảm|so|trong|gồm|với|bằng|chiếm|là|và|hoặc|của|cùng kỳ|đạt tỷ lệ|đạt tỉ lệ|do|tại|từ|trên|theo|cho|nhằm|để|vào|tương tự|nhưng|tổng|đến|năm|tháng|ngày|quý|trở lên|trở xuống)\b)[^\W\d_][\w/-]*){0,8})")
NOT_A_NOUN = re.compile(r"^(?:được|có|nhờ|do|đạt|là|sẽ|phải|trở lên|so với|trên|năm|vào|đến|tới|trong)\b")
# a share of a plan ("bằng 143% dự toán tỉnh giao", "đạt 87,9% so với dự toán")
PLAN_AFTER = re.compile(r"\s*(?:so với\s+)?(?P<p>(?:kế hoạch|KH|dự toán|chỉ tiêu)\b[^,.;:()\"“”…\d]{0,60}?)"
                        r"(?=\s+(?:và|tăng|giảm|bằng|đạt|cao|thấp|vượt)\b|[,.;:()\"“”…\d]|$)")
# a clause's first value: a number that is no day, month or year ("thu dầu thô 27.412 tỷ đồng",
# not the 12 of "giữa tháng 12/2022")
FIRST_VALUE = re.compile(r"(?i)(?<!tháng\s)(?<!năm\s)(?<!ngày\s)(?<![\d/.,-])\b\d")
# what opens a list of provinces' values, right before the first name: "gồm: ", "như: ", " ("
LIST_OPENER = re.compile(r"\s*(?:(?:bao\s+)?gồm|như|là)?\s*[:(]\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")
# a list item opening on a label of a few words and a colon ("+ Thủy điện: 36,5 tỷ kWh, chiếm 23,4%",
# "Tổng thu du lịch ước đạt: 45.606 tỉ đồng"): the label names each value after it that names nothing
# else; not a line that opens a list ("... như sau:", "... lần lượt là:")
ITEM_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s*|[-–•+]\s*)?(?P<label>[^\W\d][^\W\d_]*(?:\s+[^\W\d_]+){0,5}?)"
                        r"(?:\s+(?:ước\s+)?(?:đạt|là))?(?<!như sau)(?<!lần lượt)(?<!gồm)(?<!cụ thể):\s")
# a phrase that names a share itself ("Tỷ lệ phủ sóng 5G đạt 61,2% dân số")
NAMES_A_SHARE = re.compile(r"(?i)^(?:tổng\s+)?(?:t[ỷỉ]\s+lệ|t[ỷỉ]\s+trọng|tốc\s+độ)\b")


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    p = phrase
    for _ in range(4):
        p = TRAIL.sub("", BRING.sub("", LEAD.sub("", p.strip(" ,:-\"“”")))).strip(" ,:-\"“”")
    return p or None


def names_the_counted(unit: str | None) -> bool:
    """ "132.000 tài khoản": a unit that is a noun counted names what is measured; "12.000 tỷ
    đồng", "80%" and "50 ha" measure an amount of something named before the number."""
    if unit is None or is_percent(unit):
        return False
    counted = unscaled(unit)  # "1,488 triệu hồ sơ"
    return bool(counted) and not _a_measure(counted) and not rx()["score_unit"].match(counted)


def _a_measure(unit: str) -> bool:
    """ "tỷ đồng", "ha", "MW": an amount measured, not things counted (a bare scale, "triệu", is neither)."""
    words = unscaled(unit).split()
    return bool(words) and words[0].split("/")[0] in PATTERNS["measure_units"]


def metric_indicator(text: str, start: int, end: int, unit: str | None, ratio: bool) -> str | None:
    """The indicator of a value achieved at ``text[start:end]``: what it counts when its unit names
    that ("960/1.818 dịch vụ công" too), with the words that say which ("351 xã đạt chuẩn nông thôn
    mới nâng cao"); for a share, the phrase before it when that names a share ("Tỷ lệ phủ sóng 5G"),
    the clause's subject against the plan it is a share of ("Thu ngân sách so với dự toán tỉnh
    giao"), or the noun after it ("81% doanh nghiệp nhận định"); else the phrase before it ("GRDP của
    tỉnh")."""
    label = value_label(text, start)
    # "Tổng số giường bệnh: 2.411", "tổng số hồ sơ giải quyết TTHC là 168.746": the label names the value,
    # and gave it its unit
    if label and unit == label_unit(label.group("label")):
        return label.group("label").rstrip()
    if names_the_counted(unit) or ratio and unit:
        counted = counted_noun(text, end, unit) if ratio else what_is_counted(text, start, end, unit)
        # "giải ngân 3.268 tỷ đồng/4.821 tỷ đồng": an amount's ratio with nothing said of it after the
        # amount is named before it, as the amount is ("có đến 204 km bị sạt lở" is named after)
        if counted and not (ratio and counted == unscaled(unit) and _a_measure(unit)):
            return counted
    before = _clean(indicator_before(text, start))
    if before and NAMES_A_SHARE.match(before):
        return before
    pct = text.find("%", start, end)  # the plan may follow inside the value read ("bằng 106,8% so với dự toán")
    if is_percent(unit) and (plan := PLAN_AFTER.match(text, pct + 1 if pct >= 0 else end)):
        subject = clause_subject(text, start, end)
        return f"{subject} so với {plan.group('p')}" if subject else plan.group("p")
    return noun_after_percent(text, end, unit) or before or item_label(text, start)


def item_label(text: str, start: int) -> str | None:
    """The label the list item holding a value opens on ("+ Thủy điện: 36,5 tỷ kWh")."""
    label = ITEM_LABEL.match(text)
    if not label or label.end() > start or resolve_province(label.group("label")):
        return None  # "Bắc Giang: 13,85%": where, not what
    return label.group("label")


def what_is_counted(text: str, start: int, end: int, unit: str) -> str:
    """The counted noun with the words after it that say which ("351 xã đạt chuẩn nông thôn mới");
    a bare count of people, visits or homes ("3 triệu lượt") is named by the phrase before it."""
    counted = counted_noun(text, end, unit)
    return (counted in PATTERNS["bare_counted"] and subject_named(text, start)) or counted


def subject_named(text: str, start: int) -> str | None:
    """The phrase before a value that names what a bare count counts ("khách quốc tế đạt" before
    "3 triệu lượt"); None when it is only a province and a verb ("Quảng Ninh đón", "Đà Nẵng thu hút"),
    which says where, not what."""
    before = _clean(indicator_before(text, start))
    if not before:
        return None
    words = before.split()
    place = next((k for k in range(min(4, len(words)), 0, -1) if resolve_province(" ".join(words[:k]))), 0)
    return None if place and len(words) - place <= 2 else before


def clause_subject(text: str, start: int, end: int) -> str | None:
    """What the clause holding ``text[start:end]`` is about: the phrase before its first value
    ("Thu ngân sách đạt 6.551 tỷ đồng, bằng 35,2% dự toán" -> "Thu ngân sách")."""
    first = FIRST_VALUE.search(text, clause_start(text, start), end)
    return _clean(indicator_before(text, first.start())) if first else None


def noun_after_percent(text: str, end: int, unit: str | None) -> str | None:
    """ "80% thủ tục hành chính được cung cấp trực tuyến" -> "thủ tục hành chính": a share names
    what it is a share of right after it."""
    if not is_percent(unit):
        return None
    after = NOUN_AFTER_PCT.match(text[end:])
    if not after or NOT_A_NOUN.match(after.group("i")):
        return None
    # "90% thôn, tổ dân phố đạt chuẩn văn hóa": nouns listed together are one
    return listed_nouns(text, after.group("i").rstrip(), end + after.end("i"))[0].strip()


def counted_noun(text: str, end: int, unit: str) -> str:
    """The noun a count counts, with the words after it that say which: "52 dự án được điều chỉnh
    nội dung" -> "dự án được điều chỉnh nội dung" (up to the clause's next value or change)."""
    noun = unscaled(unit)
    which = WHICH_AFTER.match(text, end).group("w").strip()  # always matches, perhaps nothing
    return f"{noun} {which}" if which else noun


def list_head(text: str, first_name: int) -> str | None:
    """What a list of provinces' values measures, named before the list that opens at ``first_name``
    ("80.606 ha lúa, hoa màu, cây trồng khác bị thiệt hại (Lào Cai 4.123, ..." -> "cây trồng khác bị
    thiệt hại")."""
    opener = LIST_OPENER.search(text, 0, first_name)
    return _clean(indicator_before(text, opener.start())) if opener else None


def goal_indicator(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The indicator of a goal read at ``text[start:end]`` (sentence offsets)."""
    about = ABOUT_AFTER.match(text[end:])
    if unit == "rank" and about:
        return about.group("i").strip()
    if after := noun_after_percent(text, end, unit):
        return after
    if unit != "rank" and names_the_counted(unit):
        return what_is_counted(text, start, end, unit)
    return _clean(indicator_before(text, start)) or (about.group("i").strip() if about else None)
