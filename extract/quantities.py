"""Quantities in a sentence and whether each states a goal or an achievement.

Shared by the target and metric extractors so a number is read one way only: with its unit, its
qualifier, and a goal or not as ``extract.goal_cues`` reads its clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.clauses import clause_start, lc_first, rx
from extract.goal_cues import deadline_for, deadlines, is_goal, year_stated
from extract.numbers import VULGAR_FRACTION_RE, Quantity, find_quantities, qualifier_after
from extract.provinces import resolve_province
from extract.units import BAD_UNITS, UNIT_WORD, unit_after, whole_unit


@dataclass(frozen=True)
class Candidate:
    q: Quantity
    start: int
    end: int  # including the unit
    unit: str | None
    goal: bool
    deadline: int | None
    result: bool = False  # never a goal: the result half of a result-over-goal pair, a merged unit's make-up, a signed change
    field: bool = False  # of the index itself: the provinces it covers, the pillars led in (counts_field), its scale
    multiple: bool = False  # "gấp 2 – 2,5 lần": a multiple, read only as a goal
    quota: bool = False  # the goal half of a result over its goal: the plan's figure, a goal however the result is told

    @property
    def counts_plans(self) -> bool:
        return counts_plans(self.unit)

    @property
    def percent(self) -> bool:
        return is_percent(self.unit)


def is_percent(unit: str | None) -> bool:
    """A share, or a share a year ("tăng 10%/năm")."""
    return unit is not None and unit.split("/")[0] == "%"


def counts_plans(unit: str | None) -> bool:
    """"12 chỉ tiêu", "5 ưu tiên", "26 nhóm chỉ tiêu": a count of goals, itself no goal."""
    return bool(unit and rx()["plan_count_units"].match(unit.removeprefix("nhóm ")))


def counts_field(text: str, q: Quantity) -> bool:
    """ "xếp hạng 63 tỉnh, thành phố", "nằm trong nhóm 15 tỉnh", "ở cả 3 trụ cột": the provinces or
    ministries an index covers, or the pillars a place leads in, counted."""
    return q.denominator is None and any(flanked(text, q, before, noun, 30) for before, noun in rx()["counted_fields"])


def ratio_to_period(text: str, start: int, end: int) -> bool:
    """ "bằng 139% cùng kỳ", "so với tháng trước bằng 101,72%": a percentage against another period's
    total (``text[start:end]``), a comparison with no level of its own (POLICY)."""
    r = rx()
    return bool(r["ratio_to_period"].match(text, end) or r["ratio_to_period_before"].search(text, max(0, start - 60), start))


def flanked(text: str, q: Quantity, before: re.Pattern[str], noun: re.Pattern[str], reach: int) -> bool:
    """``before`` ends within ``reach`` characters before the digits, and ``noun`` follows the number."""
    number = number_start(text, q)
    return bool(noun.match(text, q.end) and before.search(text, max(0, number - reach), number))


DIGIT = re.compile(r"\d")
LABEL_END = re.compile(r"\s*(?:[,;.(]|$)")  # "Tổng số giường bệnh: 2.411, trong đó:"
SLASH = re.compile(r"/\s*")


def number_start(text: str, q: Quantity) -> int:
    """Where the digits start, after a qualifier ("trên 34" -> "34")."""
    digit = DIGIT.search(text, q.start, q.end)
    return digit.start() if digit else q.start


# "65.000 căn nhà ở xã hội trở lên": the qualifier closes the noun phrase
NOUN_BEFORE_QUALIFIER = re.compile(r"(?:\s+[^\W\d_]+(?:/[^\W\d_]+)?){1,4}?(?=\s+trở\s+(?:lên|xuống)\b)")


def candidates(text: str) -> list[Candidate]:
    """The quantities of a sentence worth a fact, each read as a goal or not, with its unit and span."""
    return list(_candidates(text))


@lru_cache(maxsize=64)  # the targets and the metrics of a sentence read its candidates each
def _candidates(text: str) -> tuple[Candidate, ...]:
    r = rx()
    if r["nature_forecast"].search(text):
        return ()  # "ranh mặn ... dự báo ở mức 56-60km": no value anyone sets out to reach, nor one reached
    out = []
    for q in find_quantities(text):
        if pair := _result_over_goal(text, q):
            out += pair
            continue
        num_start = q.start
        field = counts_field(text, q)
        # right before the digits: "cấp 4" is a level, "cấp hơn 76.000 thẻ" a grant
        digits = number_start(text, q)
        if r["not_quantity_before"].search(text[max(0, digits - 15):digits]) and not field:
            continue
        if text.startswith("trên", q.start) and q.unit != "%" \
                and r["rate_base_before"].search(text[max(0, q.start - 30):q.start]):
            continue  # "5,6 ca trên 100.000 dân": the base of a rate
        if q.denominator and q.value <= 31 and q.denominator <= 12 and "," not in text[q.start:q.end] \
                and (r["day_before"].search(text, 0, q.start) or r["day_from"].match(text, q.start)):
            continue  # "Đến 20/7, ...", "từ 1/1": a day
        if r["rate_base"].match(text, q.start):
            continue  # "80 thuê bao ... trên 100 dân": per 100 inhabitants
        if r["speed_of_coverage"].search(text, clause_start(text, q.start), q.start):
            continue  # "100% người sử dụng ... băng rộng tốc độ trên 1Gb/s": what the 100% reach
        if flanked(text, q, *r["rank_band"], 12):
            continue  # "trong số 500 trường đại học tốt nhất thế giới": a band of places, no count
        if flanked(text, q, *r["place_field"], 45):
            continue  # "xếp thứ 40 trên 63 tỉnh", "tăng ở cả 34 địa phương": the field of a place or a statistic
        if r["class_bound"].search(text, max(0, digits - 100), digits):
            continue  # "các xã có tỷ lệ hộ nghèo cao trên 25% giảm ...": the bound naming a class of places
        if r["class_criteria"].search(text, max(0, digits - 40), digits) and r["class_criteria_after"].match(text, q.end):
            continue  # "15 xã đạt 15-18 tiêu chí": the criteria naming a class of communes
        if q.denominator is None and q.unit is None and 1900 <= q.value <= 2100 and q.value.is_integer() \
                and "." not in text[q.start:q.end]:
            continue  # a year, but "2.000 doanh nghiệp" is a count
        nxt = text[q.end:q.end + 3]
        if re.match(r"[.,]\d|[/-]\d|\.0\b|\s*G\b|:", nxt) or re.fullmatch(r"\d\.0", text[q.start:q.end]):
            continue  # 4.0, 5G, dates, times
        scale = not q.unit and bool(r["score_scale"].search(text, max(0, num_start - 15), num_start))
        unit, end = ("điểm", q.end) if scale else (q.unit, q.end) if q.unit else unit_after(text, q.end)
        if unit and unit.startswith("số ") and q.value >= 1:
            continue  # "giá cả 1 số hàng hóa" is "một số", some; only a fraction is of "số" ("1/3 số hộ")
        one_char_fraction = VULGAR_FRACTION_RE.search(text, q.start, q.end)
        if one_char_fraction and not (unit or "").startswith("số "):
            unit, end = None, q.end  # "chiếm ... ⅔ kinh tế số": a share of a whole, nothing counted
        if q.comparator == "=" and (after := qualifier_after(text, end) or (
                (noun_end := NOUN_BEFORE_QUALIFIER.match(text, end)) and qualifier_after(text, noun_end.end()))):
            q = replace(q, comparator=after)
        goal = is_goal(text, q.start, q.comparator) and not counts_plans(unit)
        # a merged unit's make-up or a project's attribute in a sentence that aims; a signed change
        # ("(-13,24%)"), a statistic reported
        never_goal = goal and (_merged_makeup(text, q.start, unit) or _project_attribute(text, q.start)) or q.signed
        # words count only after a goal cue in their clause ("phấn đấu có thêm hai huyện"), never in
        # "hai bên", "hợp nhất ba tỉnh" (nhiệm kỳ 2025-2030), "ở cả ba lĩnh vực"
        if q.spelled and not (goal and r["strong_goal"].search(lc_first(text), clause_start(text, q.start), q.start)
                              and not text.endswith("cả ", 0, q.start)):
            continue
        if goal and field:
            continue  # "phấn đấu thuộc nhóm 20 tỉnh dẫn đầu": a rank goal, read as such
        share_of, share_at, share_end = (None, q.start, end) if q.unit or unit or q.denominator else _share_of(text, q, out)
        if q.unit is None and unit is None and q.denominator is None:
            label = value_label(text, q.start) if LABEL_END.match(text, q.end) else None
            if not (r["index_value_before"].search(text, max(0, q.start - 30), q.start) or label or share_of or one_char_fraction):
                continue  # a bare number with nothing counted is too ambiguous, but for "HDI đạt 0,75",
                # "Tổng số giường bệnh: 2.411" and a province's share of a count ("(Lào Cai 31, ...)")
            unit = label_unit(label.group("label")) if label else None
        times = r["multiple"].search(text, max(0, q.start - 20), q.start) if unit == "lần" else None
        multiple = bool(times and r["multiple_base"].match(text, end))
        if multiple and times.group("floor"):
            q = replace(q, comparator=">=")
        # scores and rank moves belong to rankings, except a score to reach ("phải đạt từ 7
        # điểm trở lên"); function words are no unit, in a headline in capitals too ("TĂNG 24 BẬC")
        said = {unit, unit.split()[0]} if unit else set()
        said |= {w.lower() for w in said} if unit and unit.isupper() else set()
        if unit and not scale and said & BAD_UNITS and not r["site_unit"].fullmatch(unit) \
                and not _positions_counted(text, q, unit, end) and not (
                goal and unit == "điểm" or unit == "điểm %"
                or multiple
                or unit == "tuổi" and "tuổi thọ" in text[clause_start(text, q.start):q.start].lower()):
            continue
        unit, end = (share_of, share_end) if share_of else whole_unit(text, unit, end)
        out.append(Candidate(q, share_at, end, unit, goal and not never_goal,
                             year_stated(text, q.start) or deadline_for(text, q.start) if goal and not never_goal else None,
                             result=never_goal, field=field or scale, multiple=multiple))
    return tuple(out)


SHARE_NAME = re.compile(r"(?:[(,;]|\bgồm)\s*(?P<name>[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3})\s+$")
# where the provinces' shares of a count start: a bracket, or "gồm" ("27 sự cố, gồm Bắc Ninh 2, Hà Nội 1")
SHARES_OPEN = re.compile(r"\(|\b(?:bao\s+)?gồm\b")
SHARES_CLOSED = re.compile(r"[();]|\.\s")
BETWEEN_COUNT_AND_SHARES = re.compile(r"[^.;:()\d]{0,60}")


# "tiếp theo là Ninh Bình (238), Phú Thọ (229)", "gồm: Đà Nẵng (3); Hà Nội (2)": each place's count in
# brackets after its name, one item of a list of them
BRACKETED_SHARE = re.compile(r"(?:^|[,;:]|\b(?:gồm|là|và))\s*(?P<name>[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3})\s*\(\s*$")
ITEM_AFTER = re.compile(r"\s*\)\s*(?:[,;]|và\s)")
ITEM_BEFORE = re.compile(r"\)\s*(?:[,;]|và)\s*$")
# what a list of places counts, when no count names it: "có học sinh lớp 10 đoạt giải ..., gồm: Đà Nẵng (3)"
COUNTED_BEFORE_LIST = re.compile(r"\bcó\s+(?=[^\W\d])")


def _share_of(text: str, q: Quantity, before: list[Candidate]) -> tuple[str | None, int, int]:
    """The unit of the count a bare number is a province's share of, listed after it ("1.807 ngôi nhà
    bị hư hỏng (Lào Cai 31, Tuyên Quang 117)", "27 sự cố, gồm Bắc Ninh 2, Hà Nội 1"), and where the
    province's name starts and the share ends; else None."""
    bracketed = BRACKETED_SHARE.search(text, max(0, q.start - 40), q.start)
    if bracketed:
        return _bracketed_share(text, q, bracketed, before)
    name = SHARE_NAME.search(text, max(0, q.start - 40), q.start)
    opened = next(reversed(list(SHARES_OPEN.finditer(text, 0, q.start))), None)
    if not name or not opened or SHARES_CLOSED.search(text, opened.end(), q.start) \
            or resolve_province(name.group("name")) is None:
        return None, q.start, q.end
    count = next((c for c in reversed(before) if c.end <= opened.start()), None)
    shared = count and count.unit and BETWEEN_COUNT_AND_SHARES.fullmatch(text, count.end, opened.start())
    return (count.unit, name.start("name"), q.end) if shared else (None, q.start, q.end)


def _bracketed_share(text: str, q: Quantity, item: re.Match, before: list[Candidate]) -> tuple[str | None, int, int]:
    """A place's count in a list of "Place (N)" items takes the unit of the count before it in the
    sentence ("288 em đạt giải, tiếp theo là Ninh Bình (238)"; "Bắc Ninh (174 giải), Đà Nẵng (146)"),
    unless that count is of the places themselves ("có 14/34 tỉnh, thành phố ... có học sinh lớp 10
    đoạt giải ..., gồm: Đà Nẵng (3)"): then the noun after the last "có" before the list."""
    start = item.start("name")
    listed = ITEM_AFTER.match(text, q.end) or ITEM_BEFORE.search(text, max(0, start - 8), start)
    if not listed or resolve_province(item.group("name")) is None:
        return None, q.start, q.end
    bracket = text.find(")", q.end)
    closed = bracket + 1 if bracket >= 0 and not text[q.end:bracket].strip() else q.end
    count = next((c for c in reversed(before) if c.end <= start and "." not in text[c.end:start]), None)
    if count and count.unit and not rx()["place_units"].match(count.unit):
        return count.unit, start, closed
    has = next(reversed(list(COUNTED_BEFORE_LIST.finditer(text, count.end if count else 0, start))), None)
    unit = has and unit_after(text, has.end() - 1)[0]
    return (unit, start, closed) if unit else (None, q.start, q.end)


def _positions_counted(text: str, q: Quantity, unit: str, end: int) -> bool:
    """ "còn 30 vị trí trên các tuyến quốc lộ": positions counted as sites ('site_positions'), the unit
    read from where it stands (``end`` is where it ends)."""
    r = rx()
    return bool(r["site_positions"].match(text[end - len(unit):])) \
        and not r["site_positions_not_after"].search(text, max(0, q.start - 10), q.start)


def _merged_makeup(text: str, pos: int, unit: str | None) -> bool:
    """ "Tỉnh An Giang (mới) sẽ có 102 xã, phường": what a merged province will be made of."""
    r = rx()
    merged = next(reversed(list(r["merged_unit"].finditer(text, 0, pos))), None)
    return bool(merged) and not r["makeup_aim"].search(text, merged.end(), pos) and bool(
        unit and r["makeup_units"].search(unit) or r["makeup_units"].search(text, clause_start(text, pos), pos))


def _project_attribute(text: str, start: int) -> bool:
    """The value at ``start`` is a project's attribute ('project_attribute'), no goal: its clause
    names no horizon or goal cue of its own before it."""
    cs = clause_start(text, start)
    return bool(rx()["project_attribute"].search(text, max(cs, start - 60), start)) \
        and not any(cs <= p < start for p, _ in deadlines(text)) and not rx()["strong_goal"].search(lc_first(text), cs, start)


def _result_over_goal(text: str, q: Quantity) -> list[Candidate]:
    """ "Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn
    83,2%/50%": after a goal noun, a ratio above one (or of two shares) is a result over its goal; so is
    one with its unit on both ends that names the plan after it ("đạt 73.035,6 ha/73.294,8 ha kế hoạch")."""
    planned = q.unit is not None and q.unit != "%" and rx()["plan_after_ratio"].match(text, q.end)
    if q.denominator is None or not (planned or (q.unit == "%" or q.value > q.denominator)
                                     and rx()["result_over_goal"].search(text, 0, q.start)):
        return []
    slash = text.index("/", q.start)
    goal_start = SLASH.match(text, slash).end()
    unit, end = whole_unit(text, *((q.unit, q.end) if q.unit else unit_after(text, q.end)))
    result = Quantity(q.start, len(text[:slash].rstrip()), q.value, comparator=q.comparator, unit=q.unit)
    goal = Quantity(goal_start, q.end, q.denominator, unit=q.unit)
    return [Candidate(result, result.start, result.end, unit, False, None, result=True),
            Candidate(goal, goal_start, end, unit, True, deadline_for(text, goal_start), quota=True)]


# the goal verb and everything before it (the subject) are not what is measured
GOAL_VERB = re.compile(r"(?i:phấn đấu|đặt mục tiêu|mục tiêu|chỉ tiêu(?: cụ thể)?|đặt ra|đề ra|hướng (?:tới|đến)(?! năm))\s*")


def indicator_before(text: str, pos: int, max_words: int = 7) -> str | None:
    """A short phrase naming what is measured: the words before ``pos`` in its clause, after its
    goal verb (found before the words are counted: "đặt mục tiêu thu nhập bình quân đầu người tăng"),
    or before "phấn đấu" when it follows what it aims at ("tỷ lệ ... quy chuẩn phấn đấu đạt 60,06%";
    not "vượt chỉ tiêu": what was beaten names nothing)."""
    head = text[clause_start(text, pos):pos]
    if not (verbs := list(GOAL_VERB.finditer(head))):
        return _named(head, max_words)
    verb = verbs[-1]
    subject_first = verb.group(0).lower().startswith("phấn đấu")
    return _named(head[verb.end():], max_words) or (_named(head[:verb.start()], max_words) if subject_first else None)


YEAR_TOLD = re.compile(r"(?:\s+(?:tính\s+)?(?:đến|tới|trong|vào))?(?:\s+(?:hết|cuối))?\s+năm\s+\d{4}\b")


def _named(head: str, max_words: int) -> str | None:
    lead = list(re.finditer(r"\b(?i:tỷ lệ|số lượng|tổng số|chỉ số)\b", head))
    if lead:
        # a year the value is told at is no part of its name ("tỷ lệ hộ nghèo đa chiều đến năm 2024 là")
        after = YEAR_TOLD.sub("", head[lead[-1].end():])
        # "tỷ lệ hộ nghèo giảm 1%/năm, HDI đạt 0,75": the lead named an earlier item
        lead, head = ([], head) if re.search(r"\d", after) else (lead, head[:lead[-1].end()] + after)
    # "công nghiệp chiếm 32,77% đến 32,79% và thương mại dịch vụ chiếm ...": the item before ends the phrase
    head = head[lead[-1].start():] if lead else re.split(r",\s|\d\s?%\s+(?:và|hoặc)\s+", head)[-1]
    for _ in range(3):  # "mới chỉ đạt": peel the verbs off one by one
        head = re.sub(r"\b(?:đạt|là|có|với|chỉ|mới|đã|khoảng|tối thiểu|ít nhất|hơn|trên|gần|sẽ|"
                      r"chiếm|được|lên|tới|đến|từ|bằng|cho|bảo đảm|đảm bảo|tăng|gấp|dự ước|ước)\s*$", "", head.strip()).strip()
    words = head.split()
    return " ".join(words[:max_words + 3] if lead else words[-max_words:]) or None


# "Số người chết do HIV/AIDS trên 100.000 dân (người)": the unit in brackets closing a label
LABEL_UNIT = re.compile(r"\((?:ĐVT\s*:\s*)?(?P<u>%|[^\W\d][^()\d]{0,20}?)\)\s*:?\s*$")
LABEL_SHARE = re.compile(r"(?i)^(?:tổng\s+)?t[ỷỉ]\s+lệ\b")
LABEL_COUNT = re.compile(r"(?i)^(?:tổng\s+)?số\s+(?:lượng\s+)?")
# "Bác sĩ bình quân 1 vạn dân", "Giường bệnh tính bình quân 1 vạn dân số", "số bác sĩ/vạn dân": what a rate counts, per what
LABEL_RATE = re.compile(r"(?i)^(?P<head>[^\W\d][^\d()]*?)(?:\s+(?:tính\s+)?(?:bình\s+quân|trên)\s+|\s?/\s?)(?P<base>(?:1|100|1\.000|10\.000|100\.000)\s?dân|(?:1\s)?vạn\s+dân)")


def value_label(text: str, start: int) -> re.Match[str] | None:
    """The label a value at ``start`` is stated under, group 'label': a statistics label and a colon
    ("Tổng số giường bệnh: 2.411"), a rate per head or a count reached ("số sinh viên/vạn dân đạt
    260", "Số người nộp hồ sơ ... là 745.000")."""
    r = rx()
    return (r["labelled_value"].search(text, 0, start) or r["rate_reached"].search(text, 0, start)
            or r["count_reached"].search(text, 0, start))


def label_unit(label: str) -> str | None:
    """The unit a statistics label gives its bare value ("Tổng số giường bệnh: 2.411", a table row):
    the unit in brackets closing it, % for a rate ("Tỷ lệ ..."), the noun a count counts ("Số ca mắc
    ..." counts ca), each per the base of a rate ("... trên 100.000 dân (người)": người/100.000 dân)."""
    from extract.nlp import words_at

    rate = LABEL_RATE.search(label)
    bracket = LABEL_UNIT.search(label)
    if bracket:
        unit = bracket.group("u").strip()
    elif LABEL_SHARE.match(label):
        return "%"
    elif count := LABEL_COUNT.match(label):
        word = words_at(label, count.end())
        unit = whole_unit(label, word[0], word[1])[0] if word and UNIT_WORD.fullmatch(word[0]) else None
    else:
        unit = rate.group("head").lower() if rate else None
    if unit and unit != "%" and rate and "/" not in unit:  # "Số bác sĩ trên 10.000 dân" has it already
        unit += "/" + rate.group("base")
    return unit
