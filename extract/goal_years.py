"""Goal years: whether a year or period a value is stated for is still to come when the article
was written, and so makes the value a goal or forecast due then ("năm 2030 đạt 95%", "giai đoạn
2026-2030 đạt hơn 710 nghìn tỷ đồng", "năm 2025 ước đạt ..." written in 2025).

"To come" is after the article's year of publication or, in an undated article, one of its
horizons ("đến năm 2030"); the year of writing of an undated article is the newest year it names
that is no horizon. The year of writing itself is over once its last quarter has begun: an
estimate for it then ("Năm 2021, GRDP ước đạt ..." in November) or a count "trong năm 2023" is a
result (``estimate_ahead``, ``year_over``).
"""
from __future__ import annotations

import re

from extract.as_of import as_of, sentence_dates
from extract.clauses import clause_start, lc_first, mask_asides, rx
from extract.context import DocContext
from extract.dates import of_last_year
from extract.goal_cues import horizon_years, names_a_body, unaimed, year_stated

# "ước tính ... năm 2023 là 6,19%" is a statistic estimated, no forecast; "Ước tháng 2, toàn tỉnh vận
# chuyển được ...", the part of the year named right after the word, is an estimate
ESTIMATE = re.compile(r"\b(?:[Dd]ự\s+ước|[Ưư]ớc\s+(?:đạt|tăng|giảm|thực hiện|khoảng|đón|thu|(?:đến\s+)?hết)|"
                      r"[Ưư]ớc(?=\s+(?:tháng\s+\d|quý\s|\d+\s+tháng\s)))\b")  # "ước đón" visitors
SUB_PERIOD = re.compile(r"(?i:\bquý\s+(?P<q>I{1,3}|IV|[1-4])\b|(?P<n>\d+)\s+tháng\b|tháng\s+(?P<m>\d{1,2})(?!\d))"
                        r"(?:\s*(?:đầu\s+)?(?:năm\s+|/)(?P<y>(?:19|20)\d\d)\b)?")
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
YEAR_WRITTEN = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")  # not "quý I/2025", "3/2025"
# "cao gấp hơn 2 lần so với năm 2025", "tăng gấp 2 lần năm 2025": a multiple of a year's value, that year its base
MULTIPLE_OF_YEAR = re.compile(r"\bgấp\b[^;.]{0,30}?\blần\s+(?:so\s+với\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b")
PERIOD = re.compile(r"(?:[Gg]iai đoạn|[Tt]hời kỳ|[Nn]hiệm kỳ|\b\d{1,2}\s+năm)\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)")
# "Đại hội đại biểu Đảng bộ xã ... nhiệm kỳ 2025-2030": a congress is held in the first year of its term
CONGRESS_TERM = re.compile(r"[Đđ]ại\s+hội\b[^.;\n]{0,120}?\bnhiệm\s+kỳ\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")
# the point a count or a result is told at: "(hết) tháng 12/2025", "ngày 25/6/2025", "(cuối) năm 2025"
_POINT = r"\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*[/-]\s*)?"
_MONTH_OR_DAY = r"tháng\s+\d{1,2}\s*(?:[/-]|\s+năm\s+)|\d{1,2}\s*[/-]\s*"
_YEAR = r"(?P<y>(?:19|20)\d\d)\b"
# "Tính đến tháng 12/2025, số lượng thẻ ... đạt trên 164 triệu thẻ": a count told at a point of that year, which the
# writing has reached, a horizon of the article or not
TOLD_AT = re.compile(rf"(?i:tính\s+đến|lũy\s+kế\s+đến){_POINT}(?:{_MONTH_OR_DAY}|năm\s+){_YEAR}")
# so is a result reported up to a month or a day ("Kết quả thực hiện Chương trình ... đến tháng 3/2025, tỷ lệ xã
# đạt chuẩn ... đạt 77,9%"); not up to a year, which may be a horizon ("kết quả ..., đến năm 2030 phấn đấu ...")
RESULT_AT = re.compile(rf"(?i:kết\s+quả)\b[^.;:\n]{{0,150}}?\bđến{_POINT}(?:{_MONTH_OR_DAY}){_YEAR}")
IN_YEAR = re.compile(r"(?i:trong năm)\s+(?P<y>(?:19|20)\d\d)")
# "Cụ thể, đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%" written in 2025: where things stood then
BY_YEAR = re.compile(r"(?i:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<y>(?:19|20)\d\d)")
# "đến hết tháng 9 năm 2025, ... đạt 74,4%" written in October 2025: a month gone by
BY_MONTH = re.compile(r"(?i:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|\s+năm\s+)(?P<y>(?:19|20)\d\d)")
LAST_QUARTER = 10  # the month from which the year of writing counts as over
# a month or part of a year named with its year: "tháng 1/2026", "2 tháng đầu năm 2026", "quý I/2026"
MONTH_NAMED = re.compile(r"(?i:tháng\s+(?P<m>0?[1-9]|1[0-2])\s*(?:[/-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)"
                         r"|(?P<n>0?[1-9]|1[0-2])\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y2>(?:19|20)\d\d)"
                         r"|quý\s+(?P<q>I{1,3}|IV|[1-4])\s*[/-]\s*(?P<y3>(?:19|20)\d\d)"
                         r"|(?<!từ )(?P<early>đầu\s+năm|tháng\s+đầu\s+tiên\s+của\s+năm)\s+(?P<y4>(?:19|20)\d\d))\b")
# "cả năm ước đạt 82.166 tỷ đồng", "ước cả năm 2025 tăng 7%", "tuổi thọ trung bình năm 2025 ước đạt 74,8 tuổi":
# the whole year's figure, estimated
# a goal named after a whole year's estimate; its "sẽ" is the estimate's own ("Dự kiến cả năm 2024, tỉnh
# sẽ thu hút được 1,696 tỷ USD" on 4 December)
GOAL_NAMED = re.compile(r"\b(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|nghị\s+quyết)\b", re.I)
WHOLE_YEAR_ESTIMATE = re.compile(r"(?i:cả\s+năm(?:\s+(?P<y>(?:19|20)\d\d))?\s+(?:dự\s+)?ước\s+(?:đạt|tăng|giảm|thực\s+hiện|tính)"
                                 r"|ước\s+(?:đạt\s+|thực\s+hiện\s+)?cả\s+năm(?:\s+(?P<y2>(?:19|20)\d\d))?"
                                 r"|\bnăm\s+(?P<y3>(?:19|20)\d\d)\s+(?:dự\s+)?ước\s+(?:đạt|tăng|giảm|thực\s+hiện|tính)"
                                 # "Dự kiến đến năm 2025, con số này tăng lên 4.776 USD" in October 2025 (POLICY, session 39)
                                 r"|\bdự\s+kiến\s+(?:đến\s+(?:hết\s+)?|trong\s+|cả\s+)?năm\s+(?P<y4>(?:19|20)\d\d)\b)")


def horizon_after(text: str, end: int) -> int | None:
    """ "kinh tế số chiếm khoảng 30% GDP vào năm 2030": the goal's own horizon follows it; not the
    base of a multiple ("gấp 2 lần năm 2025")."""
    m = rx()["horizon_after"].match(text, end)
    if not m or any(b.end("y") == m.end("y") for b in MULTIPLE_OF_YEAR.finditer(text)):
        return None
    return int(m.group("y"))


def is_future(year: int, ctx: DocContext) -> bool:
    """After the article's own year or, in an undated article, one of its horizons not yet reached
    when it was written ("giai đoạn 2021-2025" in an article that tells counts "Tính đến tháng 12/2025")."""
    if ctx.published_year:
        return year > ctx.published_year
    written = year_of_writing(ctx)
    return year in _horizons(ctx) and (written is None or year > written)


def _horizons(ctx: DocContext) -> set[int]:
    if "horizons" not in ctx.memory:
        ctx.memory["horizons"] = horizon_years(ctx.text)
    return ctx.memory["horizons"]


def future_year(text: str, pos: int, ctx: DocContext) -> int | None:
    """ "Tỷ lệ ... năm 2025 đạt 80%, năm 2030 đạt 95%": a value stated for a year still to come
    is a goal, with that year as its deadline. To come means after the article's own year or,
    in an undated article, one of its horizons ("đến năm 2030")."""
    year = year_stated(text, pos)
    if year:
        return year if is_future(year, ctx) else None
    # "GRDP bình quân đầu người đến năm 2025 đạt trên 70 triệu đồng" published in 2022: only a
    # dated article tells ("tới năm 2018 đạt hơn 6.000 USD" may look back from 2020)
    m = rx()["horizon_value"].search(text, clause_start(text, pos), pos)
    return int(m.group("y")) if m and ctx.published_year and is_future(int(m.group("y")), ctx) else None


def period_ahead(m: re.Match, ctx: DocContext) -> bool:
    """A period not begun when the article was written ("giai đoạn 2026-2030" at a 2025 congress);
    in an article with no year of its own, one that ends on a horizon of it."""
    written = year_of_writing(ctx)
    return int(m.group("y1")) > written if written else is_future(int(m.group("y2")), ctx)


def future_period(text: str, pos: int, ctx: DocContext) -> int | None:
    """ "Vốn đầu tư ... giai đoạn 2026-2030 đạt hơn 710 nghìn tỷ đồng": a value for a period still
    to come, or not over when written ("giai đoạn 2021-2025 đạt trên 10%/năm" in 2022), is a goal
    or a forecast, due at the period's end."""
    # "Tuyến cao tốc Vạn Ninh – Cam Lộ (thuộc cao tốc Bắc – Nam giai đoạn 2021-2025), dài 65,5 km": a
    # period in an aside closed before the value names what the value is of, not when
    m = next(reversed(list(PERIOD.finditer(mask_asides(text[:pos]), clause_start(text, pos)))), None)
    if m is None:  # "Giai đoạn 2025-2030, tốc độ tăng trưởng ... đạt 7-7,5%; GRDP ... đạt ...": opening the sentence, it governs it
        opening = PERIOD.match(text, len(text) - len(text.lstrip()))
        m = opening if opening and text.startswith(",", opening.end()) else None
    if not m or names_a_body(text, m) or rx()["achieved_past"].search(text, m.end(), pos):
        return None  # "nhiệm kỳ 2015-2020, tỉnh đã đón hơn 4,74 triệu lượt khách": the result so far
    end, written = int(m.group("y2")), year_of_writing(ctx)
    return end if (end > written if written else is_future(end, ctx)) else None


def estimate_ahead(text: str, pos: int, ctx: DocContext, before: str = "") -> int | None:
    """ "GRDP bình quân đầu người năm 2025 ước đạt gần 90 triệu đồng" while 2025 is still to come:
    an estimate for a period not over is a forecast, a goal of that year (the year named last
    before it in the sentence: "Trong giai đoạn 2020-2025, ...; thu ngân sách ước đạt ..."). A
    sentence that names no period goes on with the part of the year of ``before``, the sentence before
    it in its paragraph ("... trong tháng 10 ... Trong đó khách quốc tế ước đạt 461.000 lượt")."""
    cs = clause_start(text, pos)
    # or heading the list the number is an item of: "Cơ cấu kinh tế ước đến hết năm 2025: Nông, lâm, thủy sản 49,7%; ..."
    colon = text.rfind(": ", 0, cs)
    heads_list = colon >= 0 and not re.search(r"\.\s", text[colon:pos]) \
        and ESTIMATE.search(text, clause_start(text, colon), colon)
    if not (ESTIMATE.search(text, cs, pos) or heads_list):
        return None
    years = list(YEAR_WRITTEN.finditer(text, 0, pos))
    if parts := list(SUB_PERIOD.finditer(text, 0, pos)) or ([] if years else list(SUB_PERIOD.finditer(before))):
        # "6 tháng đầu năm 2024 ước đạt ...": a part of the year, over; but "9 tháng ước đạt" on 28 September
        return _part_running(parts[-1], ctx)
    if not years:
        return None
    year = int(years[-1].group(1))
    # the year of writing is not over before its last quarter ("ước cả năm 2024 tăng 7%" in July); in
    # it, "Năm 2021, GRDP ước đạt ..." (November 2021) is the year's result, estimated, and so is a
    # period ending in it ("bình quân hằng năm giai đoạn 2021 - 2025 ước đạt 7,1%")
    period_end = any(m.end() == years[-1].end() for m in PERIOD.finditer(text, 0, pos))
    return year if _year_ahead(year, ctx, period_end) else None


def _year_ahead(year: int, ctx: DocContext, period_end: bool = False) -> bool:
    """A year to come, or the year of writing before its last quarter (a period ending in it aside)."""
    return is_future(year, ctx) or ctx.published_year == year and not late_in_year(ctx) and not period_end


def _part_running(part: re.Match, ctx: DocContext) -> int | None:
    """The year of a part of it ("9 tháng", "hết tháng 9", "quý III") estimated before that part
    was over: written on a day known, in or before its last month (POLICY, session 36). The whole
    year's estimate is read as such (``estimate_ahead``)."""
    last = _last_month(part)
    year = int(part.group("y")) if part.group("y") else ctx.published_year
    if not year:
        return None
    first = last - 2 if part.group("q") else (last if part.group("m") else 1)
    if not part.group("y") and of_last_year(ctx.published, first, None, part.string, part.start()):
        year -= 1  # "Riêng trong quý IV, IIP ước tăng 9,9%" on 5 January: last year's quarter, over
    if last >= 12:  # "tính đến tháng 12-2025 ước đạt" on 8 December: the whole year, over in its last quarter
        return year if _year_ahead(year, ctx) else None
    known_day = bool(ctx.published) and len(ctx.published) >= 10
    return year if known_day and not _month_over(year, last, ctx) else None


def late_in_year(ctx: DocContext) -> bool:
    """Written in the last quarter of its year, or in a month not known: the year is as good as over.
    Without a month of publication, the latest month the article names in its year of writing stands
    for it ("tháng 1/2026", "2 tháng đầu năm 2026": early in 2026)."""
    if ctx.published_month is not None:
        return ctx.published_month >= LAST_QUARTER
    if "month_of_writing" not in ctx.memory:
        written = year_of_writing(ctx)
        ctx.memory["month_of_writing"] = max((1 if m.group("early") else _last_month(m) for m in MONTH_NAMED.finditer(ctx.text)
                                              if int(m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")) == written),
                                             default=None)
    month = ctx.memory["month_of_writing"]
    return month is None or month >= LAST_QUARTER


def _last_month(part: re.Match) -> int:
    """The last month of a part of the year, groups 'q', 'n' or 'm': "quý III", "9 tháng", "tháng 9" all end in 9."""
    if q := part.group("q"):
        return 3 * (QUARTERS.get(q.lower()) or int(q))
    return int(part.group("n") or part.group("m"))


def year_of_writing(ctx: DocContext) -> int | None:
    """The year of publication or, in an undated article, the newest year it names that is no
    horizon (a report on 2024 that compares with 2023 is written in 2024), or the year a congress it
    reports on is held, or the latest year a count is told at ("Tính đến tháng 12/2025") or a result reported
    up to ("Kết quả ... đến tháng 3/2025"), a horizon or not."""
    if ctx.published_year or "year_of_writing" in ctx.memory:
        return ctx.published_year or ctx.memory["year_of_writing"]
    # the first year of a period ("giai đoạn 2026-2030") says nothing of when the article was written
    named = {int(y) for y in YEAR_WRITTEN.findall(PERIOD.sub(lambda m: m.group("y2"), ctx.text))}
    named |= {int(m.group("y1")) for m in CONGRESS_TERM.finditer(ctx.text)}
    told = {int(m.group("y")) for rx in (TOLD_AT, RESULT_AT) for m in rx.finditer(ctx.text)}
    ctx.memory["year_of_writing"] = max((named - _horizons(ctx)) | told, default=None)
    return ctx.memory["year_of_writing"]


def month_gone_by(text: str, ctx: DocContext) -> bool:
    """ "Đến hết tháng 9 năm 2025, ..." in an article of October 2025: a month before the one of writing."""
    return any(_month_over(int(m.group("y")), int(m.group("m")), ctx) for m in BY_MONTH.finditer(text))


def _month_over(year: int, month: int, ctx: DocContext) -> bool:
    """A month before the one of writing."""
    return bool(ctx.published_month) and (year, month) < (ctx.published_year, ctx.published_month)


def year_reported(text: str, pos: int, ctx: DocContext) -> int | None:
    """The year the result before a plan's quota at ``pos`` is of: the date its sentence names before
    it ("Đến 30/11/2021, ... vượt kế hoạch đề ra (kế hoạch tăng từ 14 - 16% so với cuối năm 2020)" is
    2021's plan), else the year of writing, or the year just ended for a report written in January
    ("(vượt kế hoạch đề ra là từ 7,0% đến 7,5%)" on 4 January 2023 is 2022's plan)."""
    dated = as_of(text, sentence_dates(text, ctx.published), pos, None)
    if dated:
        return int(dated[:4])
    written = year_of_writing(ctx)
    return written - 1 if written and ctx.published_month == 1 else written


def future_after(text: str, end: int, ctx: DocContext) -> int | None:
    """ "Kinh tế số chiếm 25% GRDP vào 2025" in a 2022 article: a value for a year to come."""
    year = horizon_after(text, end)
    return year if year and is_future(year, ctx) else None


def told_as_result(text: str, pos: int, ctx: DocContext) -> bool:
    """A value a goal cue stands over that the article tells as a result all the same: a count
    "trong năm" of a year over, or the whole year's figure estimated late in it ("Mục tiêu ...;
    cả năm ước đạt 82.166 tỷ đồng" in November)."""
    return year_over(text, pos, ctx) or year_estimated(text, pos, ctx)


def year_estimated(text: str, pos: int, ctx: DocContext) -> bool:
    """ "cả năm ước đạt 82.166 tỷ đồng" written in the last quarter of that year: the year's result,
    estimated (see ``estimate_ahead``)."""
    m = next(reversed(list(WHOLE_YEAR_ESTIMATE.finditer(text, clause_start(text, pos), pos))), None)
    if not m or GOAL_NAMED.search(text, m.end(), pos):
        return False  # "... ước đạt 74,8 tuổi, vượt mục tiêu 74,5 tuổi": the goal named after the estimate
    named, written = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4"), year_of_writing(ctx)
    return written is not None and (not named or int(named) == written) and late_in_year(ctx)


def year_over(text: str, pos: int, ctx: DocContext) -> bool:
    """ "Trong năm 2023, có 08 bài, 67 tin ..." in a report written late in 2023: "trong năm" with
    a year over (or in its last quarter) when written, and no other cue of an aim, tells a result;
    so do "đến cuối năm 2024" written in 2025, "đến hết tháng 9/2025" written in October 2025 and
    "bình quân giai đoạn 2021 - 2025, ... tăng 9,8%" written in 2026."""
    r, text = rx(), lc_first(text)
    by = list(BY_YEAR.finditer(text, 0, pos))
    by_month = list(BY_MONTH.finditer(text, 0, pos))
    weak = [w for w in r["weak_goal"].finditer(text, 0, pos)
            if not any(b.start() <= w.start() < b.end() for b in by + by_month)]
    written = year_of_writing(ctx)
    # a goal named only as met ("giảm còn 1,3%; ..., đạt mục tiêu đề ra") is no aim
    if not (weak or by or by_month) or written is None or r["strong_goal"].search(unaimed(text)) \
            or r["goal_list"].search(text, 0, pos):
        return False
    # (where the cue stands, whether its time was over when written)
    cues = [(w.start(), _over(int(m.group("y")), written, ctx, within=True))
            for w in weak if (m := IN_YEAR.fullmatch(w.group(0)))] + [
        (w.start(), int(p.group("y2")) < written) for w in weak if (p := PERIOD.match(text, w.start()))]
    if len(cues) < len(weak):
        return False  # another weak cue ("đến 2030", "giai đoạn 2026-2030") aims ahead
    # "Đến cuối năm 2023, toàn tỉnh có 11.572 hộ nghèo" written in December 2023: the year's account
    cues += [(b.start(), (y := int(b.group("y"))) < written or y == written and ctx.published_month == 12) for b in by]
    cues += [(b.start(), _month_over(int(b.group("y")), int(b.group("m")), ctx) or int(b.group("y")) < written)
             for b in by_month]
    return max(cues)[1]


def cue_over(text: str, cue: re.Match, ctx: DocContext) -> bool:
    """A horizon cue whose year was over when the article was written ("Trong giai đoạn 2017-2021,
    ... lọt top 10" in 2022, "Đến năm 2021, ..."): it dates what was done, no aim."""
    written = year_of_writing(ctx)
    period = PERIOD.match(text, cue.start())
    year = int(period.group("y2")) if period else next(
        (int(y) for y in YEAR_WRITTEN.findall(text, cue.start(), cue.end() + 12)), None)
    # "trong năm 2025" in December 2025: the year's account, as year_over reads it
    return written is not None and year is not None and _over(
        year, written, ctx, within=bool(IN_YEAR.match(text, cue.start())))


def _over(year: int, written: int, ctx: DocContext, within: bool) -> bool:
    """A year before the one of writing; or, said of what happened within it ("trong năm 2025"), the
    year of writing in its last quarter."""
    return year < written or within and year == written and late_in_year(ctx)
