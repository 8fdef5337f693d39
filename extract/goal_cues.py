"""Goal cues: whether a number in a sentence is aimed at, and by which horizon.

A number is a goal when a goal cue ("phấn đấu", "mục tiêu", "đến năm 2025" ...) stands before it
in its clause and no achievement ("đạt", "đã") comes between. A horizon ("đến năm 2025") loses to
a later "đạt"/"đã" ("ban hành kế hoạch đến năm 2025, đạt tỷ lệ 100%": the 100% is reached, the
year belongs to the plan).
"""
from __future__ import annotations

import re

from extract.as_of import COMPARED_BASE
from extract.clauses import blanked, clause_start, lc_first, mask_asides, rx

# "định hướng" after a plan's period ("giai đoạn 2021 - 2025, định hướng đến năm 2030") names its vision as
# "tầm nhìn" does; alone ("chiến lược đến năm 2025, định hướng đến năm 2030 với tầm nhìn vào Top 20") it may
# be where the goals are put
VISION = re.compile(r"(?:(?i:tầm nhìn)|(?i:giai đoạn|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4},?\s+định\s+hướng)\s+"
                    r"(?:(?:đến|tới)\s+)?(?:năm\s+)?$")
# "cao hơn giai đoạn 2015-2020", "so với cuối năm 2021", "(tại thời điểm cuối năm 2021 chưa có ...)": a
# base compared with or a point a state is told at, no horizon ("đến thời điểm cuối năm 2025" is one)
COMPARED_WITH = re.compile(r"(?:\bhơn|so\s+với|\btại\s+thời\s+điểm)\s+$")
# "tăng 1,19% so ước thực hiện năm 2017", "tăng 10,6% so với cuối năm 2021": the year a value is
# compared with is no deadline, nor the point a state is told at ("tại thời điểm cuối năm 2021")
BASELINE = re.compile(r"(?:\bso(?:\s+với)?\s+(?:(?:số\s+)?(?:ước\s+)?(?:thực\s+hiện|cùng\s+kỳ|kế\s+hoạch)\s+)?|\btại\s+thời\s+điểm\s+)"
                      r"(?:(?:cuối|đầu|giữa|hết)\s+)?$"
                      # "từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng": the year a move starts from
                      r"|\btừ\s+[\d.,]+(?:\s*%|(?:\s+[^\W\d]+){1,3})\s+$")
# "(theo Bộ tiêu chí ... giai đoạn 2026-2030) đạt tối thiểu 15%": the period of a yardstick, no horizon
BY_YARDSTICK = re.compile(r"\(theo\s[^()]*$")


def deadlines(text: str) -> list[tuple[int, int]]:
    """(position, year) of every horizon in the sentence. A vision ("thời kỳ 2021 - 2030, tầm nhìn
    đến năm 2050") is no deadline beside another horizon: the goals are the plan's."""
    found = [m for pat in rx()["deadlines"] for m in pat.finditer(text)
             if not COMPARED_WITH.search(text, max(0, m.start() - 20), m.start())
             # "(kế hoạch tăng từ 14 - 16% so với cuối năm 2020)": the plan's year is not the one its growth is compared with
             and not COMPARED_BASE.search(text, m.start(), m.start("y"))
             and not BY_YARDSTICK.search(text, 0, m.start())] or [
        m for m in rx()["plain_year"].finditer(text) if not BASELINE.search(text, max(0, m.start() - 40), m.start())]
    found = _not_of_what_was_done(text, sorted(found, key=lambda m: m.start()))
    plan = [m for m in found if not VISION.search(text, max(0, m.start("y") - 60), m.start("y"))]
    return sorted((m.start(), int(m.group("y"))) for m in plan or found)


def _not_of_what_was_done(text: str, found: list[re.Match]) -> list[re.Match]:
    """ "Phấn đấu đến hết năm 2030 có ít nhất 50% sản phẩm đã được xếp hạng 3 sao giai đoạn 2021-2025 được
    nâng hạng; có tối thiểu 10 sản phẩm 5 sao": after a horizon, the period of what was done is none."""
    kept: list[re.Match] = []
    for m in found:
        if kept and re.search(r"\bđã\b", text[max(kept[-1].end(), clause_start(text, m.start())):m.start()]):
            continue
        kept.append(m)
    return kept


def horizon_years(text: str) -> set[int]:
    """Every year the text names as a horizon ("đến năm 2030", "giai đoạn 2021-2025", "đến 2030, 2035 và 2045")."""
    years = set()
    for m in rx()["future_horizon"].finditer(text):
        years.add(int(m.group("y")))
        end = m.end()
        while listed := rx()["listed_year"].match(text, end):
            years.add(int(listed.group("y")))
            end = listed.end()
    return years


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


def unaimed(text: str) -> str:
    """The text with each plan a result is measured against blanked out ("so với nghị quyết đề ra",
    "vượt chỉ tiêu"), offsets kept: the goal cue in it aims at no number after it."""
    return blanked(rx()["need_counted"], blanked(rx()["plan_met"], blanked(rx()["plan_compared"], text)))


def plan_quota(head: str) -> bool:
    """The number after ``head`` is the quota of a plan a result is measured against, in a bracket:
    "đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)"."""
    return bool(rx()["plan_quota"].search(head))


def reports_against_plan(text: str) -> bool:
    """The sentence tells a result as a share of its plan that no goal would set ("đạt 104,2% kế hoạch")."""
    return bool(rx()["plan_share_reported"].search(text))


_PLAN_COMPARED_BEFORE = re.compile(r"(?:\bso\s+với|\bso|\bvượt|\bhơn|\b(?:không|chưa)\s+đạt(?:\s+(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch))?)\s+$")


def aiming_cues(masked: str, end: int) -> list[re.Match]:
    """The goal cues before ``end`` that aim at what follows: not a plan a result is compared with
    ("đạt 15 bác sĩ/vạn dân, cao hơn so với chỉ tiêu 10 bác sĩ/vạn dân; số giường bệnh đạt 34,5": the
    34,5 is no item of a list of goals; "đạt 10,52%, cao hơn mục tiêu Chính phủ giao, ... đứng thứ 4/34": no
    goal place), nor one missed ("không đạt chỉ tiêu đề ra là giảm còn 3,54 triệu tấn;
    nuôi trồng 5,753 triệu tấn": a result)."""
    return [g for g in rx()["strong_goal"].finditer(masked, 0, end)
            if not _PLAN_COMPARED_BEFORE.search(masked, max(0, g.start() - 30), g.start())]


def _listed_after_goal(text: str, cs: int) -> bool:
    """The clause at ``cs`` is a later item of a list that a goal cue opened in this sentence:
    only ';' (and the ':' opening the list) stand between."""
    # a cue inside an aside opens no list: "(dự kiến hoàn thành trong tháng 7); tỷ lệ ... đạt 34%";
    # an aside inside the list does not end it: "... (bao gồm cả thiết bị di động) đạt 100%; ..."
    masked = unaimed(mask_asides(text))
    goals = aiming_cues(masked, cs)
    between = masked[goals[-1].end():cs] if goals else ""
    return bool(goals) and text[:cs].rstrip()[-1:] in (";", ":") and not re.search(r"\.\s|[()]", between)


# "15/16 mục tiêu", "Kết quả các chỉ tiêu của Ngành 9 tháng đầu năm 2018: ...": goals counted, or their
# results told, are no cue of a goal
COUNTED_GOALS = re.compile(r"(?<=\d )(?:mục tiêu|chỉ tiêu)|(?<=kết quả )(?:thực hiện )?(?:các )?(?:mục tiêu|chỉ tiêu)")
# of those, a share of goals met ("đạt và vượt 18/22 chỉ tiêu chủ yếu HĐND Thành phố giao") is no aim for the
# sentence either (extract/targets.py); a count alone may announce the goals listed next ("Năm 2021, với 10
# chỉ tiêu trên các lĩnh vực. Trong đó, phấn đấu ...")
GOALS_MET = re.compile(r"(?<=\d/)\d+\s+(?:chỉ tiêu|mục tiêu)")


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


_DEADLINE = re.compile(r"(?i:đến|tới)\b")


def _since_horizon(head: str, horizon: re.Match) -> str:
    """What a number's head says after the horizon before it. After a deadline ("đến hết năm 2025, có
    ít nhất 280 sản phẩm đạt tiêu chuẩn 3 sao; có từ 3-4 sản phẩm ...") each item of a list is read
    alone: a standard met in an earlier item reports nothing; a report that went before still does ("đã")."""
    since = head[horizon.end():]
    if not _DEADLINE.match(horizon.group(0)) or rx()["achieved_past"].search(since):
        return since
    return since[since.rfind(";") + 1:]


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
            aiming_cues(unaimed(mask_asides(whole_head)), pos) and not r["achieved"].search(head)):
        return True
    if _listed_after_goal(text, cs) and not r["achieved_past"].search(head):
        return True  # "phấn đấu đến năm 2025, A đạt 20%; B đạt 2%": each item of the list is a goal
    if r["strong_goal"].match(text.lstrip(" \"“")[:12].lower()) and not r["achieved_past"].search(head):
        return True  # "Phấn đấu đến năm 2030, tỷ lệ ... đạt 80%": the whole sentence is the goal
    if r["goal_list"].search(whole_head) or _counted_goal_list(lc_first(original[:pos])):
        return True
    if r["horizon_lead"].match(text) and not r["achieved_past"].search(whole_head) and not reports_against_plan(text):
        return True  # "Đến năm 2025, kinh tế số chiếm 15% GRDP": the horizon governs the sentence, but
        # for a report measured against its plan ("Đến hết tháng 12/2024, ... đạt 104,2% kế hoạch")
    if cs and r["clause_horizon"].match(text, cs) and not r["achieved_past"].search(head):
        return True
    if r["goal_after"].match(text, pos) and not r["achieved_past"].search(head):
        return True
    if comparator in ("<=", "<") and r["ceiling_goal"].search(head):
        return True
    weak = horizons(mask_asides(whole_head))
    # "Báo cáo ... đã khẳng định kết quả giai đoạn 2020-2025 với mức tăng trưởng 6,4%/năm": a result
    if weak and not r["achieved"].search(_since_horizon(whole_head, weak[-1])) and not r["achieved_past"].search(head) \
            and not r["change_since"].match(text, pos):
        return True
    # "tối thiểu 2 huyện", "ít nhất 1 lần/tuần": a floor is a norm to meet
    return bool(re.match(r"(?i:tối thiểu|ít nhất)\b", text[pos:]))


def year_stated(text: str, pos: int) -> int | None:
    """ "GRDP ... tăng dần qua các năm: năm 2026 đạt 133,5 triệu đồng; năm 2027 đạt ...": a goal's
    own year, stated in its clause ('year_value') or labelling it ('year_label': "năm 2017: 90,0%"), beats
    the sentence's horizon."""
    r = rx()
    m = r["year_value"].search(text, clause_start(text, pos), pos) or r["year_label"].search(text, max(0, pos - 16), pos)
    return int(m.group("y")) if m else None
