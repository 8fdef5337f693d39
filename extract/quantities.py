"""Quantities in a sentence and whether each states a goal or an achievement.

Shared by the target and metric extractors so a number is read one way only:
a goal when a goal cue ("phấn đấu", "mục tiêu", "đến năm 2025" ...) stands
before it in its clause, an achieved value otherwise.  A horizon ("đến năm
2025") loses to a later "đạt"/"đã" ("ban hành kế hoạch đến năm 2025, đạt tỷ
lệ 100%": the 100% is reached, the year belongs to the plan).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from extract.numbers import MULTIPLIERS, Quantity, find_quantities, qualifier_after

_P = json.loads((Path(__file__).parent / "patterns" / "quantities.json").read_text("utf-8"))
BAD_UNITS = frozenset(_P["bad_units"])
CLAUSE_BREAK = re.compile(r"[;(]|\.\s|:\s")
ASIDE = re.compile(r"\([^()]*\)")
WORD = r"[^\W\d_]+"


@lru_cache(maxsize=1)
def rx() -> dict[str, re.Pattern[str]]:
    out = {k: re.compile(v) for k, v in _P.items() if isinstance(v, str) and not k.startswith("_")}
    out["deadlines"] = [re.compile(p) for p in _P["deadlines"]]  # type: ignore[assignment]
    out["counted_fields"] = [(re.compile(b), re.compile(n)) for b, n in _P["counted_fields"]]  # type: ignore[assignment]
    # the plan's figure in the bracket after a result: "(23.600 tỷ đồng)", "(kế hoạch tăng 7% – 7,5%)", with
    # the document that set it cited between ("so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ... (38%)");
    # or named right after it: "so với Nghị quyết đề ra là 40%", "đạt hơn 130% so với chỉ tiêu 20.000 người",
    # "(vượt kế hoạch đề ra là từ 7,0% đến 7,5%)"
    compared, share = _P["plan_compared"], _P["share_of_plan"]
    out["plan_quota"] = re.compile(rf"(?:(?:{compared}(?:\s+(?:tại|theo)\s[^();]{{0,100}})?|{share})\s*\(|{compared}\s+là\s"
                                   rf"|\(\s*(?:vượt\s+)?{_P['plan_in_bracket']}|{share}\s)\s*$")
    return out


@dataclass
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
    """ "xếp hạng 63 tỉnh, thành phố", "thứ 4 trên tổng số 63 tỉnh", "ở cả 3 trụ cột": the provinces or
    ministries an index covers, or the pillars a place leads in, counted."""
    number = number_start(text, q)
    return q.denominator is None and any(noun.match(text, q.end) and before.search(text, max(0, number - 30), number)
                                         for before, noun in rx()["counted_fields"])


DIGIT = re.compile(r"\d")
SLASH = re.compile(r"/\s*")


def number_start(text: str, q: Quantity) -> int:
    """Where the digits start, after a qualifier ("trên 34" -> "34")."""
    digit = DIGIT.search(text, q.start, q.end)
    return digit.start() if digit else q.start


def blanked(pattern: re.Pattern[str], text: str, fill: str = " ") -> str:
    """The text with each match of ``pattern`` overwritten by ``fill``, offsets kept."""
    return pattern.sub(lambda m: fill * len(m.group(0)), text)


def mask_asides(text: str) -> str:
    """The text with each closed bracket blanked out, offsets kept."""
    return blanked(ASIDE, text)


def in_aside(text: str, pos: int) -> bool:
    """``pos`` stands inside a bracket opened before it and not yet closed."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts; an aside closed before it does not break it
    ("tỷ lệ dịch vụ công (bao gồm cả thiết bị di động) đạt 100%")."""
    before = mask_asides(text[:pos])
    starts = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    return starts[-1] if starts else 0


VISION = re.compile(r"(?i:tầm nhìn)\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$")
# "cao hơn giai đoạn 2015-2020", "so với năm 2020": a base compared with, no horizon
COMPARED_WITH = re.compile(r"(?:\bhơn|so\s+với)\s+$")
# "tăng 1,19% so ước thực hiện năm 2017": the year a value is compared with is no deadline
BASELINE = re.compile(r"\bso(?:\s+với)?\s+(?:số\s+)?(?:ước\s+)?(?:thực\s+hiện|cùng\s+kỳ|kế\s+hoạch)\s+$")
# "(theo Bộ tiêu chí ... giai đoạn 2026-2030) đạt tối thiểu 15%": the period of a yardstick, no horizon
BY_YARDSTICK = re.compile(r"\(theo\s[^()]*$")


def deadlines(text: str) -> list[tuple[int, int]]:
    """(position, year) of every horizon in the sentence. A vision ("thời kỳ 2021 - 2030, tầm nhìn
    đến năm 2050") is no deadline beside another horizon: the goals are the plan's."""
    found = [m for pat in rx()["deadlines"] for m in pat.finditer(text)
             if not COMPARED_WITH.search(text, max(0, m.start() - 12), m.start())
             and not BY_YARDSTICK.search(text, 0, m.start())] or [
        m for m in rx()["plain_year"].finditer(text) if not BASELINE.search(text, max(0, m.start() - 40), m.start())]
    plan = [m for m in found if not VISION.search(text, max(0, m.start("y") - 25), m.start("y"))]
    return sorted((m.start(), int(m.group("y"))) for m in plan or found)


def horizon_years(text: str) -> set[int]:
    """Every year the text names as a horizon ("đến năm 2030", "giai đoạn 2021-2025")."""
    return {int(m.group("y")) for m in rx()["future_horizon"].finditer(text)}


def deadline_for(text: str, pos: int) -> int | None:
    """The horizon nearest before ``pos``, else the first one after it."""
    ds = deadlines(text)
    before = [y for p, y in ds if p < pos]
    if before:
        return before[-1]
    return ds[0][1] if ds else None


def carried_horizon(text: str) -> int | None:
    """The horizon a goal sentence hands on to the next: its last, unless that one dates only
    a closing purpose ("..., tạo nền tảng vững chắc để đạt ... trong giai đoạn 2026 - 2030")
    after a horizon of its own."""
    tail = rx()["purpose_tail"].search(text)
    return (tail and deadline_for(text[:tail.start()], tail.start())) or deadline_for(text, len(text))


def lc_first(text: str) -> str:
    """The sentence with its first letter lower-cased (same length), so that cue
    patterns written in lower case also match at the start: "Phấn đấu", "Mục tiêu"."""
    m = re.search(r"[^\W\d_]", text)
    return text if not m else text[:m.start()] + text[m.start()].lower() + text[m.start() + 1:]


def unaimed(text: str) -> str:
    """The text with each plan a result is measured against blanked out ("so với nghị quyết đề ra",
    "vượt chỉ tiêu"), offsets kept: the goal cue in it aims at no number after it."""
    return blanked(rx()["plan_met"], blanked(rx()["plan_compared"], text))


def plan_quota(head: str) -> bool:
    """The number after ``head`` is the quota of a plan a result is measured against, in a bracket:
    "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)"."""
    return bool(rx()["plan_quota"].search(head))


def _listed_after_goal(text: str, cs: int) -> bool:
    """The clause at ``cs`` is a later item of a list that a goal cue opened in this sentence:
    only ';' (and the ':' opening the list) stand between."""
    # a cue inside an aside opens no list: "(dự kiến hoàn thành trong tháng 7); tỷ lệ ... đạt 34%";
    # an aside inside the list does not end it: "... (bao gồm cả thiết bị di động) đạt 100%; ..."
    masked = unaimed(mask_asides(text))
    goals = list(rx()["strong_goal"].finditer(masked, 0, cs))
    between = masked[goals[-1].end():cs] if goals else ""
    return bool(goals) and text[:cs].rstrip()[-1:] in (";", ":") and not re.search(r"\.\s|[()]", between)


# "15/16 mục tiêu", "Kết quả các chỉ tiêu của Ngành 9 tháng đầu năm 2018: ...": goals counted, or their
# results told, are no cue of a goal
COUNTED_GOALS = re.compile(r"(?<=\d )(?:mục tiêu|chỉ tiêu)|(?<=kết quả )(?:thực hiện )?(?:các )?(?:mục tiêu|chỉ tiêu)")


def names_a_body(text: str, period: re.Match) -> bool:
    """ "Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030 có 56 người": a term naming a body is no horizon,
    nor the period of a standard ("hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025")."""
    label = "term_label" if period.group(0).startswith("nhiệm kỳ") else "standard_label"
    return bool(rx()[label].search(text, 0, period.start()))


def horizons(text: str) -> list[re.Match]:
    """The horizon cues of ``text`` ('weak_goal') that can aim at what follows: not a term naming a body
    ("Ban Chấp hành ... nhiệm kỳ 2025-2030"), nor a period after what a report shows ("Báo cáo chính trị
    ... cho thấy, GRDP giai đoạn 2021-2025 ... tăng bình quân 7,1%": shown, so done)."""
    shown = rx()["shown"].search(text)
    return [w for w in rx()["weak_goal"].finditer(text)
            if not names_a_body(text, w) and not (shown and shown.start() < w.start())]


def _counted_goal_list(head: str) -> bool:
    """ "7 mục tiêu tăng trưởng ... năm 2025 ... bao gồm: A đạt 12%; ...": goals counted, then listed;
    not a count of results ("15/16 chỉ tiêu đạt và vượt, gồm: ...")."""
    m = rx()["goal_list"].search(head)
    return bool(m) and not re.search(r"\d/\d+\s*$", head[:m.start()]) \
        and not rx()["achieved"].search(head, m.start(), m.end())


def is_goal(text: str, pos: int, comparator: str = "=") -> bool:
    r = rx()
    original = text
    text = blanked(COUNTED_GOALS, lc_first(text), "x")
    cs = clause_start(text, pos)
    head = text[cs:pos]
    whole_head = text[:pos]
    # a cue inside an aside closed before governs the aside only: "ước đạt 5,77% (chỉ tiêu nghị quyết là
    # từ 7,5 - 8%); trong đó, khu vực dịch vụ tăng 8,76%"; so does a plan a result is measured
    # against: "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng) và tăng 2,5%"
    if plan_quota(whole_head):
        return True
    cue = next(reversed(list(r["strong_goal"].finditer(unaimed(mask_asides(head))))), None)
    # "giữ vững mục tiêu tăng trưởng hai con số khi GRDP ước đạt 10,45%": the result after the aim
    if cue and not r["achieved_past"].search(head, cue.end()) or (
            r["strong_goal"].search(unaimed(mask_asides(whole_head))) and not r["achieved"].search(head)):
        return True
    if _listed_after_goal(text, cs) and not r["achieved_past"].search(head):
        return True  # "phấn đấu đến năm 2025, A đạt 20%; B đạt 2%": each item of the list is a goal
    if r["strong_goal"].match(text.lstrip(" \"“")[:12].lower()) and not r["achieved_past"].search(head):
        return True  # "Phấn đấu đến năm 2030, tỷ lệ ... đạt 80%": the whole sentence is the goal
    if r["goal_list"].search(whole_head) or _counted_goal_list(lc_first(original[:pos])):
        return True
    if r["horizon_lead"].match(text) and not r["achieved_past"].search(whole_head):
        return True  # "Đến năm 2025, kinh tế số chiếm 15% GRDP": the horizon governs the sentence
    if cs and r["clause_horizon"].match(text, cs) and not r["achieved_past"].search(head):
        return True
    if r["goal_after"].match(text, pos) and not r["achieved_past"].search(head):
        return True
    if comparator in ("<=", "<") and r["ceiling_goal"].search(head):
        return True
    weak = horizons(whole_head)
    # "Báo cáo ... đã khẳng định kết quả giai đoạn 2020-2025 với mức tăng trưởng 6,4%/năm": a result
    if weak and not r["achieved"].search(whole_head[weak[-1].end():]) and not r["achieved_past"].search(head) \
            and not r["change_since"].match(text, pos):
        return True
    # "tối thiểu 2 huyện", "ít nhất 1 lần/tuần": a floor is a norm to meet
    return bool(re.match(r"(?i:tối thiểu|ít nhất)\b", text[pos:]))


def unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The counted noun after a number: "10 doanh nghiệp", "1 lần/tuần", "2 huyện"."""
    # "63 tỉnh/thành phố", "63 tỉnh, thành phố", "17 bộ, cơ quan ngang bộ": one field
    m = re.match(rf"\s({WORD}/{WORD}(?: phố)?|(?:UBND )?tỉnh, thành(?: phố)?|bộ, (?:ngành|cơ quan ngang bộ))(?!\w)", text[end:])
    if m:
        return m.group(1), end + m.end()
    from extract.nlp import words_at

    word = words_at(text, end)
    if not (word and re.fullmatch(rf"{WORD}(?: {WORD})*", word[0])):
        return None, end
    if word[0] == "nhóm":  # a classifier: "26 nhóm chỉ tiêu" counts goals
        noun = words_at(text, word[1])
        if noun and rx()["plan_count_units"].match(noun[0]):
            return f"nhóm {noun[0]}", noun[1]
    if word[0] == "điểm":  # points of a score, but "120 điểm cầu" counts sites
        noun = words_at(text, word[1])
        if noun and rx()["site_unit"].fullmatch(f"điểm {noun[0]}"):
            return f"điểm {noun[0]}", noun[1]
    return word[0], word[1]


def whole_unit(text: str, unit: str | None, end: int) -> tuple[str | None, int]:
    """The unit as a reader of the data needs it: "12.000 tỷ đồng" (not "tỷ": dong or dollars?),
    "730 nghìn tỷ đồng", "8 triệu lượt", "tăng 10%/năm" (a yearly rate, no level), "75 triệu
    đồng/người/năm". The rules read the unit's first word; the record keeps it whole."""
    if unit is None:
        return None, end
    from extract.nlp import words_at

    while unit.split()[-1].lower() in MULTIPLIERS:  # a scale says how many, the word after it of what
        word = words_at(text, end)
        if not (word and re.fullmatch(rf"{WORD}(?: {WORD})*", word[0]) and word[0].lower() not in BAD_UNITS):
            break
        unit, end = f"{unit} {word[0]}", word[1]
    per = rx()["per_unit"].match(text, end)
    if per:
        unit, end = unit + re.sub(r"\s*/\s*", "/", per.group(0).strip()), per.end()
    return unit, end


# "65.000 căn nhà ở xã hội trở lên": the qualifier closes the noun phrase
NOUN_BEFORE_QUALIFIER = re.compile(r"(?:\s+[^\W\d_]+(?:/[^\W\d_]+)?){1,4}?(?=\s+trở\s+(?:lên|xuống)\b)")


def candidates(text: str) -> list[Candidate]:
    r = rx()
    out = []
    for q in find_quantities(text):
        if pair := _result_over_goal(text, q):
            out += pair
            continue
        num_start = q.start
        field = counts_field(text, q)
        if r["not_quantity_before"].search(text[max(0, num_start - 15):num_start]) and not field:
            continue
        if text.startswith("trên", q.start) and q.unit != "%" \
                and r["rate_base_before"].search(text[max(0, q.start - 30):q.start]):
            continue  # "5,6 ca trên 100.000 dân": the base of a rate
        if r["rate_base"].match(text, q.start):
            continue  # "80 thuê bao ... trên 100 dân": per 100 inhabitants
        if r["speed_of_coverage"].search(text, clause_start(text, q.start), q.start):
            continue  # "100% người sử dụng ... băng rộng tốc độ trên 1Gb/s": what the 100% reach
        if q.denominator is None and q.unit is None and 1900 <= q.value <= 2100 and q.value.is_integer() \
                and "." not in text[q.start:q.end]:
            continue  # a year, but "2.000 doanh nghiệp" is a count
        nxt = text[q.end:q.end + 3]
        if re.match(r"[.,]\d|[/-]\d|\.0\b|\s*G\b|:", nxt) or re.fullmatch(r"\d\.0", text[q.start:q.end]):
            continue  # 4.0, 5G, dates, times
        scale = not q.unit and bool(r["score_scale"].search(text, max(0, num_start - 15), num_start))
        unit, end = ("điểm", q.end) if scale else (q.unit, q.end) if q.unit else unit_after(text, q.end)
        if q.comparator == "=" and (after := qualifier_after(text, end) or (
                (noun_end := NOUN_BEFORE_QUALIFIER.match(text, end)) and qualifier_after(text, noun_end.end()))):
            q = replace(q, comparator=after)
        goal = is_goal(text, q.start, q.comparator) and not counts_plans(unit)
        # a merged unit's make-up; a signed change ("(-13,24%)"), a statistic reported
        never_goal = goal and _merged_makeup(text, q.start, unit) or q.signed
        # words count only after a goal cue in their clause ("phấn đấu có thêm hai huyện"), never in
        # "hai bên", "hợp nhất ba tỉnh" (nhiệm kỳ 2025-2030), "ở cả ba lĩnh vực"
        if q.spelled and not (goal and r["strong_goal"].search(lc_first(text), clause_start(text, q.start), q.start)
                              and not text.endswith("cả ", 0, q.start)):
            continue
        if goal and field:
            continue  # "phấn đấu thuộc nhóm 20 tỉnh dẫn đầu": a rank goal, read as such
        if q.unit is None and unit is None and q.denominator is None and not (
                r["index_value_before"].search(text, max(0, q.start - 30), q.start)):
            continue  # a bare number with nothing counted is too ambiguous, but for "HDI đạt 0,75"
        times = r["multiple"].search(text, max(0, q.start - 20), q.start) if unit == "lần" else None
        multiple = bool(times and r["multiple_base"].match(text, end))
        if multiple and times.group("floor"):
            q = replace(q, comparator=">=")
        # scores and rank moves belong to rankings, except a score to reach ("phải đạt từ 7
        # điểm trở lên"); function words are no unit, in a headline in capitals too ("TĂNG 24 BẬC")
        said = {unit, unit.split()[0]} if unit else set()
        said |= {w.lower() for w in said} if unit and unit.isupper() else set()
        if unit and not scale and said & BAD_UNITS and not r["site_unit"].fullmatch(unit) and not (
                goal and unit == "điểm" or unit == "điểm %"
                or multiple
                or unit == "tuổi" and "tuổi thọ" in text[clause_start(text, q.start):q.start].lower()):
            continue
        unit, end = whole_unit(text, unit, end)
        out.append(Candidate(q, q.start, end, unit, goal and not never_goal,
                             year_stated(text, q.start) or deadline_for(text, q.start) if goal and not never_goal else None,
                             result=never_goal, field=field or scale, multiple=multiple))
    return out


def year_stated(text: str, pos: int) -> int | None:
    """ "GRDP ... tăng dần qua các năm: năm 2026 đạt 133,5 triệu đồng; năm 2027 đạt ...": a goal's
    own year, stated in its clause ('year_value'), beats the sentence's horizon."""
    m = rx()["year_value"].search(text, clause_start(text, pos), pos)
    return int(m.group("y")) if m else None


def _merged_makeup(text: str, pos: int, unit: str | None) -> bool:
    """ "Tỉnh An Giang (mới) sẽ có 102 xã, phường": what a merged province will be made of."""
    r = rx()
    merged = next(reversed(list(r["merged_unit"].finditer(text, 0, pos))), None)
    return bool(merged) and not r["makeup_aim"].search(text, merged.end(), pos) and bool(
        unit and r["makeup_units"].search(unit) or r["makeup_units"].search(text, clause_start(text, pos), pos))


def _result_over_goal(text: str, q: Quantity) -> list[Candidate]:
    """ "Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn
    83,2%/50%": after a goal noun, a ratio above one (or of two shares) is a result over its goal."""
    if q.denominator is None or not (q.unit == "%" or q.value > q.denominator) \
            or not rx()["result_over_goal"].search(text, 0, q.start):
        return []
    slash = text.index("/", q.start)
    goal_start = SLASH.match(text, slash).end()
    unit, end = whole_unit(text, *((q.unit, q.end) if q.unit else unit_after(text, q.end)))
    result = Quantity(q.start, len(text[:slash].rstrip()), q.value, comparator=q.comparator, unit=q.unit)
    goal = Quantity(goal_start, q.end, q.denominator, unit=q.unit)
    return [Candidate(result, result.start, result.end, unit, False, None, result=True),
            Candidate(goal, goal_start, end, unit, True, deadline_for(text, goal_start))]


def indicator_before(text: str, pos: int, max_words: int = 7) -> str | None:
    """A short phrase naming what is measured: the words before ``pos`` in its clause."""
    head = text[clause_start(text, pos):pos]
    lead = list(re.finditer(r"\b(?:tỷ lệ|số lượng|tổng số|chỉ số)\b", head))
    if lead and re.search(r"\d", head[lead[-1].end():]):
        lead = []  # "tỷ lệ hộ nghèo giảm 1%/năm, HDI đạt 0,75": the lead named an earlier item
    # "công nghiệp chiếm 32,77% đến 32,79% và thương mại dịch vụ chiếm ...": the item before ends the phrase
    head = head[lead[-1].start():] if lead else re.split(r",\s|\d\s?%\s+(?:và|hoặc)\s+", head)[-1]
    for _ in range(3):  # "mới chỉ đạt": peel the verbs off one by one
        head = re.sub(r"\b(?:đạt|là|có|với|chỉ|mới|đã|khoảng|tối thiểu|ít nhất|hơn|trên|gần|sẽ|"
                      r"chiếm|được|lên|tới|đến|từ|bằng|cho|bảo đảm|đảm bảo|tăng|gấp|dự ước|ước)\s*$", "", head.strip()).strip()
    words = head.split()
    return " ".join(words[:max_words + 3] if lead else words[-max_words:]) or None
