"""Targets: numeric goals ("khoảng 50 doanh nghiệp" by 2030), rank goals
("nhóm 20 tỉnh dẫn đầu", "top 20" -> comparator ``top``, unit ``rank``) and
qualitative levels ("vào nhóm ... khá" -> category ``khá``).

A deadline is the horizon nearest before the goal in the sentence; a sentence
that continues an enumeration ("Trong đó có 3 doanh nghiệp...", "mỗi huyện có
tối thiểu 1 xã") inherits the horizon of the goal sentence before it.
"""
from __future__ import annotations

import re

from extract.context import DocContext, Sentence, bare_line, ends_sentence, opens_line, sentence_before, within_any
from extract.numbers import as_int
from extract.indicators import goal_indicator
from extract.goal_years import (MULTIPLE_OF_YEAR, PERIOD, cue_over, estimate_ahead, future_after, future_period, future_year, told_as_result,
                                horizon_after, is_future, month_gone_by, period_ahead, year_of_writing, year_reported)
from extract.clauses import blanked, clause_start, in_aside, lc_first, mask_asides, rx
from extract.goal_cues import (GOALS_MET, aiming_cues, carried_horizon, deadline_for, deadlines, horizons, plan_quota,
                               reports_against_plan, unaimed, year_stated)
from extract.quantities import candidates, ratio_to_period
from extract.rank_context import patterns as rank_patterns, place_to_reach
from extract.records import Target

CROSSHEAD_WORDS = 10
LEAD_SENTENCES = 3  # the headline, perhaps a dateline, and the lead's first sentences
PLAN_NAMED = re.compile(r"(?i:kế hoạch|đề án|chương trình)")
GOALS_NAMED = re.compile(r"(?i:mục tiêu|chỉ tiêu)")
GOAL_LIST_HEADLINE = re.compile(r"(?i:(?:các|những|một số)\s+)?(?i:mục tiêu|chỉ tiêu)\b")
DATELINE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b")
# "Kết quả thực hiện các chỉ tiêu", "Nhiều chỉ tiêu vượt kế hoạch", "Nhiều chỉ tiêu trong nhóm dẫn đầu cả
# nước": a crosshead over a report
REPORT_HEAD = re.compile(r"(?i:kết quả|vượt|hoàn thành|đạt|thực hiện|nhiều\s+(?:chỉ tiêu|mục tiêu))")
REPORTED = re.compile(r"\bđã\b[^;:]*\bkết quả\b")  # a result told, whatever its period
HORIZON = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?năm\s+(?:19|20)\d\d")
GOAL_PARTS = re.compile(r",\s*trong đó\b")
# "vượt xa mục tiêu 65 tỷ USD", "vượt chỉ tiêu đề ra là 2,5–3%/năm": the goal a result went past
SURPASSED = re.compile(r"\bvượt\s+(?:xa\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:\s+(?:đề\s+ra|được\s+giao|năm))?\s*(?:là\s+)?$")
# a sentence going on with the goals before it; one opening on a share ("80% báo cáo định kỳ ...") too,
# or on what they cost ("Tổng kinh phí để đầu tư ... là trên 43,7 tỷ đồng")
CONTINUES = re.compile(r"^(?:(?:Trong đó|trong đó|Đồng thời|Cụ thể|Bên cạnh đó|Ngoài ra|(?P<then>Theo đó)"
                       r"|Tổng (?:kinh phí|nguồn vốn|vốn)|Kinh phí (?:thực hiện|để))\b|(?=\d+(?:,\d+)?\s?%\s+[^\W\d]))")
# "Thu ngân sách năm nay dự kiến được 737.000 tỷ đồng": the year of writing, never a horizon carried
# "năm nay", "trong 4 tháng cuối năm"; "phấn đấu đến cuối ngày 31/12, ...", "đến hết tháng 12": a day or month of no year named
# (not "Tính đến ngày 25/6", the point a count is told at)
THIS_YEAR = re.compile(r"\b[Nn]ăm\s+nay\b|\btháng\s+cuối\s+năm\b(?!\s+\d)|(?<![Tt]ính\s)(?i:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d{1,2})"
                       r"(?!\s*[/.-]?\s*\d|\s+năm\s+\d)")


def _listed_goal(sent: Sentence, ctx: DocContext) -> tuple[bool, int | None]:
    """Is this sentence an item of a list of goals opened by a heading sentence, and
    that heading's horizon. A list runs line by line while each line reads as an item."""
    heading = ctx.memory.get("goal_heading")
    if rx()["goal_heading"].search(sent.text):
        # lower-cased, a heading in capitals names its horizon too ("CÁC CHỈ TIÊU ... NHIỆM KỲ 2020-2025");
        # a sub-heading without one ("II. Về văn hóa - xã hội (10 chỉ tiêu) 12.") keeps the list's, and
        # one after a goal line ("Mục tiêu cụ thể ... đến năm 2030") that line's
        horizon = deadline_for(sent.text.lower(), len(sent.text)) or (
            heading[0] if heading and heading[1] == sent.index - 1 else None) or _carried_deadline(sent, ctx) or (
            ctx.memory.get("headline_horizon") if ctx.memory.get("headline_names_goals") else None) or _plan_before(sent, ctx)
        ctx.memory["goal_heading"] = (horizon, sent.index)
        return False, None
    if not heading or heading[1] != sent.index - 1:
        return False, None
    item = bool(rx()["list_item"].match(sent.text))
    # "1. Long An" then its goals line by line: a numbered sub-heading's lines are items of the list
    # up to the next item or crosshead; the sources in brackets between them too
    under = len(heading) > 2 and heading[2] and not (bare_line(sent, ctx) and not sent.text.startswith("("))
    if opens_line(sent, ctx) and not item and not under:
        ctx.memory.pop("goal_heading")
        return False, None
    sub = item and bare_line(sent, ctx) and len(sent.text.split()) <= CROSSHEAD_WORDS and not candidates(sent.text)
    ctx.memory["goal_heading"] = (heading[0], sent.index, sub or (under and not item))
    return True, heading[0]


def _plan_before(sent: Sentence, ctx: DocContext) -> int | None:
    """The horizon of a plan the sentence before names ("Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết
    ... về kế hoạch phát triển kinh tế - xã hội năm 2023." then "Các chỉ tiêu chủ yếu:")."""
    before = sentence_before(ctx, sent.index)
    return deadline_for(before, len(before)) if PLAN_NAMED.search(before) or GOALS_NAMED.search(before) else None


def _plan_paragraph(sent: Sentence, ctx: DocContext) -> tuple[bool, int | None]:
    """Is this sentence a later one of a paragraph that a plan opener began ("Mục tiêu cụ
    thể: ... tối thiểu 95%. Tỷ lệ hài lòng ... đạt 90%."), and the plan's horizon (also
    given for an opener that names none, when it goes on with a plan in force)."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    plan = ctx.memory.get("plan_paragraph")
    going_on = bool(plan) and plan[2] == sent.index - 1
    if going_on and bare_line(sent, ctx) and not re.search(r"\d", sent.text):
        # a photo's caption (its credit cleaned off) or a crosshead between paragraphs of the plan
        ctx.memory["plan_paragraph"] = (plan[0], plan[1], sent.index)
        return False, None
    named = carried_horizon(sent.text)
    if named and PLAN_NAMED.search(sent.text):
        ctx.memory["plan_horizon"] = named
    # a crosshead stating its own goal ("Phấn đấu đến năm 2030 thu nhập ... đạt 90 triệu đồng") sums up
    # its section, as a headline does: the report under it is no plan
    # (a plan met or compared with opens none: "Theo đó, tuổi thọ ... ước đạt 74,8 tuổi, vượt mục tiêu 74,5 tuổi")
    if rx()["plan_opener"].match(unaimed(lc_first(sent.text))) and not (sent.index and bare_line(sent, ctx) and candidates(sent.text)) \
            and not _stood_then(sent.text, named, ctx) and not reports_against_plan(sent.text):
        # "Trong lĩnh vực xã hội, tỉnh đặt mục tiêu ...": a new part of the plan in force keeps its
        # horizon; so does one after the article named the plan ("ban hành kế hoạch ... năm 2025")
        # the headline's horizon dates the lead's plan, and the article's first plan when the
        # headline names goals ("Nhiều mục tiêu, nhiệm vụ phát triển kinh tế năm 2023")
        first = "plans_opened" not in ctx.memory and ctx.memory.get("headline_names_goals")
        horizon = named or (plan[1] if going_on else None) or (
            ctx.memory.get("plan_horizon") if ends_sentence(sent.text) else None) or (
            ctx.memory.get("headline_horizon") if sent.index <= LEAD_SENTENCES or first else None)
        ctx.memory["plan_paragraph"] = (para, horizon, sent.index)
        if sent.start > 0:
            ctx.memory["plans_opened"] = True
        return False, horizon
    if going_on and plan[0] != para and (rx()["plan_topic"].match(sent.text)
                                         or (plan[1] and _goes_on_listing(sent.text, ctx))):
        # the next paragraph of a plan: opening on its topic ("Về sử dụng dịch vụ viễn thông, ..."),
        # or going on with a plan that has a horizon, until a sentence reports
        plan = (para, plan[1], plan[2])
    if not plan or plan[0] != para:
        under, horizon = _goal_section(sent, ctx)
        return (True, horizon) if under and not rx()["plan_breaker"].search(lc_first(sent.text)) else (False, None)
    if rx()["plan_breaker"].search(lc_first(sent.text)):
        ctx.memory.pop("plan_paragraph")  # the paragraph turns to what was done
        return False, None
    ctx.memory["plan_paragraph"] = (para, plan[1], sent.index)
    return True, plan[1]


def _stood_then(text: str, named: int | None, ctx: DocContext) -> bool:
    """ "Cụ thể, đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%" written in 2025, "đến hết tháng 9 năm
    2025, ... đạt 74,4%" written in October 2025: a horizon gone by, with no goal word, tells where
    things stood and opens no plan."""
    written = year_of_writing(ctx)
    return bool(named and (written and named < written or month_gone_by(text, ctx))
                and not rx()["strong_goal"].search(lc_first(text)))


def _goal_section(sent: Sentence, ctx: DocContext) -> tuple[bool, int | None]:
    """Whether this sentence stands under a crosshead naming goals ("Mục Tiêu Đến Năm 2030",
    "Các chỉ tiêu chủ yếu"), and its horizon: the paragraphs are goals up to the next crosshead."""
    section = ctx.memory.get("goal_section")
    return (section[1], section[2]) if section and section[0] < sent.index else (False, None)


def _crosshead(sent: Sentence, ctx: DocContext) -> None:
    """A line of its own with no closing punctuation opens a section; one naming goals (not
    their results) makes a section of goals, due in the year it names if any; any other ends
    the one before."""
    if bare_line(sent, ctx):
        # the headline sums up the article (its goal may be one the body reports on), and a
        # long line is a caption: neither heads a section of goals
        # a crosshead stating its own goal ("Hà Nội đặt mục tiêu tăng trưởng trên 11%") sums up its
        # section like the headline does, rather than heading a list
        if DATELINE.search(sent.text) and len(sent.text.split()) <= CROSSHEAD_WORDS:
            return  # the dateline under the headline ends no section
        # a headline that only names a list ("Các chỉ tiêu chủ yếu đến năm 2025") heads the whole article
        goals = (sent.index > 0 or bool(GOAL_LIST_HEADLINE.match(sent.text))) and len(sent.text.split()) <= CROSSHEAD_WORDS \
            and bool(GOALS_NAMED.search(sent.text)) and not REPORT_HEAD.search(sent.text) and not candidates(sent.text)
        horizon = deadline_for(sent.text.lower(), len(sent.text)) if goals else None
        ctx.memory["goal_section"] = (sent.index, goals, horizon)


def _plan_step(sent: Sentence, ctx: DocContext) -> bool:
    """ "Lạng Sơn phấn đấu năm 2026 thu ... đạt 18.000 tỷ đồng. Thu hút đầu tư từ 2 dự án ... trở
    lên": a step of the plan, told without a subject, right after its goal sentence."""
    if not (rx()["plan_step"].match(sent.text) and _carried_deadline(sent, ctx)):
        return False
    prev_end = ctx.memory["sentence_bounds"][sent.index - 1][1]
    return "\n" not in ctx.text[prev_end:sent.start] and _goes_on_listing(sent.text, ctx)


def _carried_deadline(sent: Sentence, ctx: DocContext) -> int | None:
    """The horizon of the goal sentence just before, if there is one."""
    return ctx.memory.get("deadline") if ctx.memory.get("deadline_sentence", -9) >= sent.index - 1 else None


def _sole_carried(sent: Sentence, ctx: DocContext) -> int | None:
    """ "Cụ thể, phấn đấu đến năm 2025 ... . Triển khai tối thiểu 10 dịch vụ ...": the one horizon
    of the goal sentence just before outranks the plan's ("giai đoạn 2021-2025, định hướng đến năm
    2030"); a sentence with several ("đến năm 2030 ... và đến năm 2050 ...") does not."""
    return _carried_deadline(sent, ctx) if ctx.memory.get("deadline_sole") else None


def _deadline(sent: Sentence, ctx: DocContext, pos: int) -> int | None:
    """The horizon in the sentence, else the one of the goal sentence just before, else the year of
    the plan the article named ("ban hành kế hoạch nâng cao chỉ số PCI năm 2020")."""
    return deadline_for(sent.text, pos) or _carried_deadline(sent, ctx) or ctx.memory.get("plan_horizon")


def _headline_goal(ctx: DocContext, value: float, unit: str | None) -> int | None:
    """ "Cao Bằng quyết tâm đạt mục tiêu tăng trưởng kinh tế 8% trong năm 2025" (headline) ...
    "quyết tâm thực hiện kế hoạch tăng trưởng kinh tế 8%": the headline's goal said again keeps
    its horizon."""
    return ctx.memory.get("headline_goals", {}).get((as_int(value), unit))


def _goes_on_listing(text: str, ctx: DocContext) -> bool:
    """ "Tỷ trọng ... đạt 10% (đến năm 2030 đạt 20%)", "Công nghiệp thuộc nhóm phát triển mạnh":
    a sentence that names no year gone by reads as more of the plan before it."""
    if not ends_sentence(text):
        return False  # a crosshead ("Lắp camera cho 105 nhóm trẻ") turns to another topic
    # a period under way counts when the sentence aims at its end ("phấn đấu ... giai đoạn 2021 - 2030 đạt 8,2%/năm")
    aims = bool(rx()["strong_goal"].search(lc_first(text)))
    if any(not (period_ahead(m, ctx) or aims and is_future(int(m.group("y2")), ctx)) for m in PERIOD.finditer(text)):
        return False
    text = MULTIPLE_OF_YEAR.sub("", PERIOD.sub("", text))
    return all(is_future(int(y), ctx) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text))


# the verb a value follows: "chiếm 27%, công nghiệp và xây dựng chiếm 28%"
_VALUE_VERB = re.compile(r"(?:chiếm|đạt|tăng|giảm)(?:\s+(?:bình quân|khoảng|trên))?\s+$")


def _listed_next(text: str, prev_start: int, prev_end: int, pos: int) -> bool:
    """The clause at ``pos`` is the next item after the goal read at ``prev_start``: past a ';', or past
    a comma with the same verb before both values ("... đến năm 2020 chiếm 27%, công nghiệp và xây
    dựng chiếm 28%, dịch vụ chiếm 45%")."""
    between = text[prev_end:pos]
    if ";" in between:
        return True
    verb, again = _VALUE_VERB.search(text, 0, prev_start), _VALUE_VERB.search(text, prev_end, pos)
    return bool(verb and again and verb.group(0).split()[0] == again.group(0).split()[0]
                and re.fullmatch(r",[^\d,;.()]{1,60}", text[prev_end:again.start()].rstrip()))


def _aimed(text: str, pos: int) -> bool:
    """A goal read at ``pos`` that clauses after it may go on listing: aimed at, by a goal cue before
    it or a horizon in its clause ("GRDP đến năm 2030 đạt ..."; not "năm 2025 ước đạt ..."), and
    outside brackets ("ước đạt 5,77% (chỉ tiêu nghị quyết là từ 7,5 - 8%); ..."); not a quota a result is
    measured against ("79,3%/ chỉ tiêu 80%; tỷ lệ ... là 42,4%/ ...")."""
    return not in_aside(text, pos) and bool(aiming_cues(unaimed(lc_first(text)), pos)
                                            or HORIZON.search(text, clause_start(text, pos), pos))


def _reports_on_quotas(text: str, lc: str, facts: list[Target], sent: Sentence) -> bool:
    """ "... ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%); ...", "... ước đạt 70,09 tỷ USD, vượt xa mục tiêu
    65 tỷ USD": a report whose only goals are the quotas its results are measured against, and whose only
    goal words are in brackets or after the result's "vượt". "Trong đó, ..." after it goes on with the report.
    So does one with no goal read that measures a result against its plan ("Đến hết tháng 12/2024, tổng sản
    lượng thủy sản 9,609 triệu tấn, đạt 104,2% kế hoạch")."""
    if not facts:
        return reports_against_plan(text)
    if all(SURPASSED.search(text, 0, f.start - sent.start) for f in facts):
        return True
    if not all(plan_quota(text[:f.start - sent.start]) for f in facts):
        return False
    return not rx()["strong_goal"].search(mask_asides(lc))


def extract_targets(sent: Sentence, ctx: DocContext) -> list[Target]:
    r = rx()
    text = sent.text
    lc = lc_first(text)
    facts: list[Target] = []
    cands = candidates(text)
    prev_goal = ctx.memory.get("goal_sentence") == sent.index - 1
    cont = CONTINUES.match(text)
    # "Theo đó, 90% hồ sơ ...": the specifics of a goal with a horizon, not of any aim
    # "Cụ thể, diện tích hiện tại của Lâm Đồng là ...": the specifics turn to what is now
    continues = (bool(cont) and prev_goal and (not cont.group("then") or bool(_carried_deadline(sent, ctx)))
                 and not r["plan_breaker"].search(lc)) or prev_goal and _plan_step(sent, ctx)
    _crosshead(sent, ctx)
    listed, list_deadline = _listed_goal(sent, ctx)
    in_plan, plan_deadline = _plan_paragraph(sent, ctx)  # a plan runs on under the items of a list
    if not listed:
        listed, list_deadline = in_plan, plan_deadline
    claimed = ctx.claimed(sent)
    # the sentence before in this paragraph: an estimate naming no period goes on with its part of the year
    before = "" if opens_line(sent, ctx) else sentence_before(ctx, sent.index)
    any_goal = False
    # "GRDP ... năm 2030 đạt 9.800 USD, trong đó công nghiệp chiếm 66-67%": the parts of a goal
    parts = GOAL_PARTS.search(text)
    whole: Target | None = None  # the goal before the parts
    for c in cands:
        if c.result or c.field or c.q.moved_from or within_any(claimed, sent.start + c.start, sent.start + c.end):
            continue  # a result over its goal; the field of a rank ("top 10 tỉnh"); the level a goal moves from
            # ("nâng tỷ lệ từ 33% năm 2020 lên 38%"); a date's day and month
            # ("từ ngày 2 đến 3/10"), a ranking's score
        if c.percent and ratio_to_period(text, c.q.start, c.end) and r["ratio_verb"].search(text, max(0, c.q.start - 20), c.q.start):
            continue  # "ước ..., so với tháng trước bằng 101,72%": a comparison, no goal
        if told_as_result(text, c.start, ctx) and not c.quota:
            continue  # "Trong năm 2023, có 08 bài ..." late in 2023, "cả năm ước đạt ..." in November
        # "đã khẳng định kết quả giai đoạn 2020-2025 với ...": a result told is no goal by its period
        future = None if c.goal or c.counts_plans or REPORTED.search(text, clause_start(text, c.start), c.start) else (
            future_year(text, c.start, ctx) or future_after(text, c.end, ctx)
            or estimate_ahead(text, c.start, ctx, before) or future_period(text, c.start, ctx))
        a_part = whole is not None and c.start >= parts.end() and not c.counts_plans
        # "GRDP đến năm 2030 đạt hơn 630.000 tỷ đồng; tốc độ tăng trưởng ... đạt từ 11% trở lên": the
        # clauses after a goal list more of them, due with it, unless one names its own year or a result
        listed_on = facts[-1] if facts and _listed_next(text, facts[-1].start - sent.start, facts[-1].end - sent.start, c.start) and _aimed(
            text, facts[-1].start - sent.start) and not (c.counts_plans or year_stated(text, c.start)
                                                         or r["achieved_past"].search(text, clause_start(text, c.start), c.start)) else None
        if not (c.goal or future or a_part or listed_on or ((continues or listed) and not c.counts_plans)):
            continue
        if facts and r["change_of_previous"].fullmatch(text, facts[-1].end - sent.start, c.start) and (
                c.percent or r["amount_of_change"].search(text, facts[-1].end - sent.start, c.start)):
            # "Tổng chi ngân sách 11.892 tỷ đồng, tăng 3,07%", "có 2.528.789 học sinh (tăng 39.632 học sinh so với
            # năm học trước)": the goal's change, no goal of its own
            continue
        any_goal = True
        claimed.append((sent.start + c.start, sent.start + c.end))
        facts.append(Target(doc=ctx.doc_name, text=text[c.start:c.end], start=sent.start + c.start,
                            end=sent.start + c.end, sentence=text,
                            indicator=goal_indicator(text, c.start, c.end, c.unit),
                            value=as_int(c.q.value), unit=c.unit, comparator=c.q.comparator,
                            deadline=future or horizon_after(text, c.end) or c.deadline or deadline_for(text, c.start)
                            or (whole.deadline if a_part else None) or (
                                year_reported(text, c.start, ctx) if plan_quota(text[:c.start]) else year_of_writing(ctx) if THIS_YEAR.search(text, 0, c.start) else
                                _sole_carried(sent, ctx) or list_deadline or _carried_deadline(sent, ctx)
                                or _headline_goal(ctx, c.q.value, c.unit) or (listed_on and listed_on.deadline)
                                or (r["goal_list"].search(lc, 0, c.start) and ctx.memory.get("plan_horizon")))))
        if parts is not None and whole is None and c.end <= parts.start() and not plan_quota(text[:c.start]):
            whole = facts[-1]  # (a plan's quota a result is measured against has no parts listed)
    # "nhiệm kỳ 2015-2020, tỉnh đã đón ...": a period with what was done in it is no aim
    goalish = bool(aiming_cues(blanked(GOALS_MET, unaimed(lc)), len(lc)) or any(
        not r["achieved_past"].search(lc, w.end()) and not cue_over(lc, w, ctx) for w in horizons(lc)))
    if goalish or prev_goal:
        rank_goals = [(m, "top") for m in r["rank_goal"].finditer(text)] + [  # "top 20"; "PCI xếp hạng 15/34"
            (m, "=") for m in r["rank_place_goal"].finditer(text) if place_to_reach(text, m.start())
            and not rank_patterns()["regional_after"].match(text, m.end())]  # "đứng thứ 7 khu vực ĐBSCL"
        for m, comparator in rank_goals:
            if within_any(claimed, sent.start + m.start(), sent.start + m.end()):
                continue  # a goal cell of a table of places, read whole ("Phấn đấu nằm trong top 10")
            weak = [w for w in r["weak_goal"].finditer(text)
                    if w.start() > m.start() or not r["achieved"].search(text, w.end(), m.start())]
            if not (r["strong_goal"].search(lc[:m.start()]) or weak or prev_goal):
                continue  # "Tới năm 2020, Lâm Đồng đạt 38,62 điểm, ... nằm trong nhóm 16 tỉnh": a result
            clause = lc[clause_start(lc, m.start()):m.start()]
            if r["achieved_past"].search(clause) and not r["strong_goal"].search(clause):
                continue  # "Vĩnh Phúc đã trở lại top 10, cao hơn kế hoạch ... top 15": a result
            cue = next(reversed(list(r["strong_goal"].finditer(lc, 0, m.start()))), None)
            if cue and r["achieved_past"].search(lc, cue.end(), m.start()):
                continue  # "giữ vững mục tiêu ... khi GRDP ước đạt 10,45%, đứng thứ 3/34": the result after the aim
            any_goal = True
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            end = m.end()
            tail = comparator == "top" and re.match(
                r"\s+(?:tỉnh(?:,\s*thành(?:\s+phố)?)?|địa phương|quốc gia|nước|trường|cơ sở)[^;,.]{0,60}?(?:dẫn đầu|(?:cao|tốt) nhất|hàng đầu)",
                text[end:])
            if tail:
                end += tail.end()
            facts.append(Target(doc=ctx.doc_name, text=text[a:end], start=sent.start + a,
                                end=sent.start + end, sentence=text,
                                indicator=goal_indicator(text, a, end, "rank"), value=int(m.group("n")),
                                unit="rank", comparator=comparator, deadline=_deadline(sent, ctx, a)))
        for m in r["category_goal"].finditer(text):
            if r["category_not_after"].match(text[m.end():]) or r["rank_goal"].match(text, m.start()):
                continue
            if m.group("c") == "dẫn đầu":
                continue  # a rank goal without a number: no value to record
            any_goal = True
            inner = re.sub(r"^(?:vào|thuộc|nằm trong|ở)\s+(?:nhóm|mức|loại)\s*(?:các\s+)?", "",
                           m.group(0)[:m.start("c") - m.start()]).strip(" ,")
            inner = re.sub(r"\s*(?:ở\s+)?mức$", "", inner)
            facts.append(Target(doc=ctx.doc_name, text=text[m.start():m.end()],
                                start=sent.start + m.start(), end=sent.start + m.end(), sentence=text,
                                indicator=inner or goal_indicator(text, m.start(), m.end(), None), value=None, unit=None,
                                comparator=None, deadline=_deadline(sent, ctx, m.start()),
                                category=m.group("c")))
        for m in r["relative_goal"].finditer(text):
            any_goal = True
            comparator = "<" if m.group("c") == "thấp hơn" else (">=" if m.group("c") == "không thấp hơn" else ">")
            facts.append(Target(doc=ctx.doc_name, text=text[m.start():m.end()], start=sent.start + m.start(),
                                end=sent.start + m.end(), sentence=text,
                                indicator=goal_indicator(text, m.start(), m.end(), "rank"), value=None,
                                unit=None, comparator=comparator, deadline=_deadline(sent, ctx, m.start())))
    if goalish or any_goal:  # a goal read by its form alone ("kiểm soát ... dưới 4%") goes on a list too
        d = carried_horizon(text)
        if d:
            ctx.memory["deadline"] = d
            ctx.memory["deadline_sentence"] = sent.index
            ctx.memory["deadline_sole"] = len({y for _, y in deadlines(text)}) == 1
        elif any_goal and ctx.memory.get("deadline_sentence", -9) >= sent.index - 1:
            ctx.memory["deadline_sentence"] = sent.index  # the enumeration goes on
        elif any_goal and listed and list_deadline and {f.deadline for f in facts} == {list_deadline}:
            # "Về xã hội, nghị quyết nêu duy trì ... 105 triệu người." going on with a plan due 2030: the
            # sentences after it go on with that horizon ("Tuổi thọ bình quân đạt khoảng 75,5 tuổi.")
            ctx.memory["deadline"] = list_deadline
            ctx.memory["deadline_sentence"] = sent.index
    if (any_goal or goalish) and not _reports_on_quotas(text, lc, facts, sent):
        ctx.memory["goal_sentence"] = sent.index
    if sent.start == 0 and not facts and GOALS_NAMED.search(text) and not REPORT_HEAD.search(text):
        ctx.memory["headline_horizon"] = deadline_for(text.lower(), len(text))
        ctx.memory["headline_names_goals"] = True
    if sent.start == 0 and facts and facts[0].deadline:
        # "Năm 2023, kinh tế số hướng tới mục tiêu ...": a headline goal dates the plan the lead opens
        ctx.memory["headline_horizon"] = facts[0].deadline
        ctx.memory["headline_goals"] = {(f.value, f.unit): f.deadline for f in facts if f.deadline}
    return facts
