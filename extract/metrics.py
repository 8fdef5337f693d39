"""Metrics: values already reached — "đã có hơn 132.000 tài khoản",
"960/1.818 (đạt 52,8%)", "đạt 34,37%".  National averages of an index are
produced by the ranking extractor, which knows the index and year.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extract.as_of import as_of, sentence_dates
from extract.clauses import clause_start, in_aside, rx
from extract.context import NATIONAL, DocContext, Sentence, within_any
from extract.goal_years import told_as_result
from extract.indicators import list_head, metric_indicator
from extract.numbers import as_int
from extract.quantities import DIGIT, Candidate, candidates, number_start, ratio_to_period
from extract.rank_context import patterns as rank_patterns
from extract.records import Metric

_GOAL_CONTINUATION = ("Trong đó", "trong đó")
# "tuy PAR Index 2021 tăng 2,54%": the change of an index's value
_CHANGE_OF_INDEX = re.compile(r"\s*(?:năm\s+)?(?:(?:19|20)\d\d\s+)?(?:tăng|giảm)\s+(?:thêm\s+)?")
# "tăng 8,9 triệu đồng so với năm 2023": a change, not a level; but a growth rate with no value of its
# own read is the indicator itself ("GRDP ước tăng 10,55%", "Thu ngân sách tăng 31,74% so với cùng kỳ"); nor
# is capital "cấp mới và tăng thêm 298,08 triệu USD" (new and added: a level)
_CHANGE = re.compile(r"(?<!mới và )(?:tăng(?:\s+trưởng)?|giảm)(?:\s*:)?\s+(?:thêm\s+|đột\s+biến\s+|mạnh\s+|nhẹ\s*,\s*)?(?:(?:khoảng|gần|hơn|trên|tới)\s+)?$")
# "tăng 1 vụ và 1 người chết so với cùng kỳ": a second change sharing the verb of the first
_SHARED_CHANGE = re.compile(r"(?:tăng|giảm)\s+\d[\d.,]*\s+[^\d,;.()]{1,20}?\s+và\s+$")
# "tỉnh giảm nhiều nhất là 2.94%": the largest change is a change
_EXTREME = re.compile(r"(?:tăng|giảm)\s+(?:nhiều|ít|cao|thấp)\s+nhất\s+(?:là\s+)?$")
# "FDI tăng đột biến hơn 70%, đạt khoảng 4,4 tỷ USD", "tăng 10,43% so với cùng kỳ, tương đương hơn 3 tỷ
# USD": the level the change led to follows it
_LEVEL_AFTER = re.compile(r"(?:\s*(?:so\s+(?:với\s+)?)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?)?"
                          r"\s*,\s*(?:đạt|lên|là|tương\s+đương)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d")
# "11 chỉ tiêu đạt 100% nghị quyết": how far the goals counted were met, said of the count
_OF_COUNTED_GOALS = re.compile(r"\d+\s+chỉ\s+tiêu\s+(?:đạt|vượt)\s+$")
# "cao hơn 1,39% so với năm 2023": the difference from the year compared, no level
_HIGHER = re.compile(r"(?:cao|thấp|nhiều|ít)\s+hơn\s")
# "đạt 95,26% cao hơn tỷ lệ hài lòng chung của tỉnh năm 2018 là 4,11%": by how much, named after what
# "cao hơn cùng kỳ 32%": the same, the period named before the number
_HIGHER_BY = re.compile(r"(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:[^,;.()]{3,80}?\s(?:là|khoảng)|(?:so\s+với\s+)?cùng\s+kỳ(?:\s+năm\s+\S+)?)\s+$")
# "8.634,8 tỷ đồng, tăng 6,9%", "8.230 tỷ đồng tăng", "(... tỷ đồng) và tăng", "(tương đương 1.749.600 người),
# tăng", "vượt 33,3% dự toán và tăng":
# the change of the value just read ("Covid-19, tăng" is no value)
_AFTER_A_NUMBER = re.compile(r"(?<![\w-])\d[\d.,]*[^\d;.()]{0,50}?(?:\)?[,(]\s*(?:tương\s+(?:đương|ứng)|tức(?:\s+là)?|và)?"
                             r"|\)?\s+và|\s(?:đồng|USD))\s*(?:bình\s+quân\s*)?$")
_WITH_A_PERIOD = r"o\s+(?:với\s+)?(?:cùng\s+kỳ|năm|đầu|kỳ|tháng|quý)"  # "(s)o với cùng kỳ", "(S)o với tháng 10/2025"
_COMPARED = re.compile(rf"[^;.]{{0,40}}?\bs{_WITH_A_PERIOD}")
# "So với tháng 10/2025, số vụ cháy tăng 4 vụ": the comparison told first, in the clause, for all the
# changes listed after it ("..., số người chết giảm 61 người (-8%), số người bị thương giảm 539 người")
_COMPARED_FIRST = re.compile(rf"\b[Ss]{_WITH_A_PERIOD}(?:[^;.]|\.(?=\d)){{0,200}}$")
# "cao hơn 19,12% so với Bộ Ngoại giao", "cao hơn 1,4% chỉ số trung bình chung": a difference from
# whatever is compared
_COMPARED_WITH_ANY = re.compile(r"[^;.]{0,40}?\bso\s+(?:với\s+)?|\s+(?:(?:chỉ\s+số|mức|điểm)\s+)?(?:trung\s+bình|bình\s+quân)")
# "thấp hơn 5,25% so với chỉ tiêu được giao": a result against the plan, a metric (POLICY, rounds 45 and 46)
_AGAINST_PLAN = re.compile(r"\s+so\s+(?:với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|nghị\s+quyết|mục\s+tiêu)\b")
# "đứng đầu 6 tỉnh Bắc Trung Bộ", "thứ 2 trong 6 tỉnh Bắc Trung Bộ": the provinces of a region as
# the field of a regional place (no national rank either, see 'regional_after' in rankings.json)
_PROVINCES = re.compile(r"(?:tỉnh|địa phương)\b")
_REGIONAL_PLACE = re.compile(r"(?:đầu|(?:thứ|hạng|vị\s+trí)\s+\S+)\s+(?:(?:trong|trên)\s+)?(?:các\s+)?$")
# "63 tỉnh, thành phố", "17 bộ, ngành", "6 địa phương": a count of the country's provinces or
# ministries is about the country, whichever province the article is about; not the districts
# of one ("15 địa phương cấp huyện") nor a neighbour's provinces ("3 tỉnh Campuchia")
_UNITS_OF_THE_COUNTRY = re.compile(r"(?:tỉnh|địa phương|bộ)\b")
_NOT_THE_COUNTRYS = re.compile(r"\s+cấp\s+(?:huyện|xã)|[^,;.]{0,20}\b(?:Campuchia|Lào|Trung Quốc)")
# "trung bình cả nước là 87,16%", "tỷ trọng kinh tế số trên GDP của cả nước năm 2021 là 11,91%": a
# value said of the whole country, unless a province is its subject ("tỉnh An Giang xếp hạng 11/63
# tỉnh, thành phố trong cả nước, đạt 83,32%", "tỉnh cao nhất là 94,07%")
_COUNTRY_SCOPE = re.compile(r"(?:(?:trong|trên|của)\s+|trung\s+bình\s+|bình\s+quân\s+|^)(?:cả\s+nước|toàn\s+quốc)\b", re.I)
_PROVINCE_AS_SUBJECT = re.compile(r"(?i:xếp|đứng|hạng|thứ|nhất|đầu|top|tốp|so\s+với|hơn|tỉnh|thành\s+phố\s+(?!trực)|địa\s+phương\s+này)")
_GROWTH = re.compile(r"(?i:GRDP|GDP|tăng trưởng|kinh tế\s+(?:\S+\s+)?(?:ước\s+)?tăng)")
# "Tổng sản phẩm GRDP ... ước đạt 36.154 tỷ đồng, tăng 9%": GRDP's growth is a fact of its own, after its
# level too (rounds 34, 37 and 95); not the growth of GRDP per head, of a sector's value told after it or
# of what contributes to it ("đóng góp vào GDP cả nước khoảng 989.000 tỷ đồng, tăng 11,2%")
_GDP = re.compile(r"(?<!vào )(?i:GRDP|GDP|tổng sản phẩm)")
_NOT_GDP_ITSELF = re.compile(r"(?i:đầu người|công nghiệp|dịch vụ|nông|xây dựng|giá trị|vốn|\bthu\b|xuất|nhập)")
# "nhóm B (nhóm có kết quả chỉ số từ 80% đến dưới 90%)", "ở nhóm đầu (từ 90% trở lên)": the bounds of a band
# "từ trên 80% đến dưới 90%": open at both ends, a band even with no group named; "nằm trong khoảng
# 75,03% - 90,61%": the spread of the provinces' values
_BAND = re.compile(r"(?i:nhóm)\b[^;.]{0,50}?(?:từ\s+)?\d+(?:,\d+)?\s*%\s*(?:trở\s+lên|(?:đến|-)\s*(?:dưới\s+)?\d+(?:,\d+)?\s*%)"
                   r"|từ\s+trên\s+\d+(?:,\d+)?\s*%\s*(?:đến|-)\s*dưới\s+\d+(?:,\d+)?\s*%"
                   r"|(?:nằm\s+trong\s+khoảng|dao\s+động\s+(?:trong\s+khoảng\s+)?)\s*(?:từ\s+)?\d+(?:,\d+)?\s*%\s*(?:đến|-|–)\s*\d+(?:,\d+)?\s*%")
# "chỉ số CCHC trên 90%, bao gồm 2 đơn vị", "dưới 80% có 4 bộ", "tốt trên 40% như: Phú Thọ (62,7%)": the bound
# of a band its members follow
_BAND_BOUND = re.compile(r"(?:từ|đến)\s+$")
# "có 16/34 địa phương ... tăng trưởng GRDP đạt từ 8% trở lên", "1 trong 8 địa phương có mức tăng trưởng chưa đạt
# kỳ vọng (dưới 8%)", "09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD", "25 bộ, cơ quan có tỉ lệ
# giải ngân dưới 1%": the bound the provinces or bodies counted pass, no value of anyone's
# (but "Các địa phương ... đều đạt ... trên 80%" tells what all of them reached)
_MONEY = re.compile(r"\b(?:đồng|USD)\b")
_COUNTED_PAST = re.compile(r"(?i:\d+(?:/\d+)?|một\s+số|nhiều)\s+(?:tỉnh|địa\s+phương|bộ|cơ\s+quan|đơn\s+vị)\b[^;.]{0,60}$")
# "nhân sự 2 tỉnh Điện Biên, Tây Ninh": the provinces named, not counted
_NAMED_NEXT = re.compile(r"\s*(?:tỉnh\s+|thành\s+phố\s+)?")
# "top 10 tỉnh, thành", "Trong số 30 tỉnh thành có thành tích tốt nhất": the size of a top group names the
# group, no count of anything (rounds 39 and 43)
_TOP_GROUP = re.compile(r"(?i:\b(?:top|tốp))\s+$")
_GROUP = re.compile(r"(?i:\bnhóm|trong\s+số)\s+$")
_TOPS_IT = re.compile(r"[^;.,]{0,60}?(?:dẫn\s+đầu|cao\s+nhất|tốt\s+nhất|đứng\s+đầu)")
_BAND_MEMBERS = re.compile(r"\s*,?\s*(?:(?:bao\s+gồm|gồm|có)\s+(?:các\s+|\d+\s)|như\s*:)")


# "CPI tháng 6 tăng 0,55%": a percentage kept after its verb is a growth read as the value
_GROWTH_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+trưởng)?\s+$")


def _a_change(text: str, start: int, end: int, rate: bool, signed: bool) -> bool:
    """ "Kinh tế số đạt 0,7723, tăng 13,3%", "tăng 8,9 triệu đồng so với năm 2023", "bằng 95,3% so với
    cùng kỳ": a change, told by the value before it or, for an amount, the comparison after it. A
    ``rate`` of growth with no value of its own read ("dịch vụ tăng 7,6% so với năm trước"), or in a
    sentence about growth, is the growth itself."""
    if _HIGHER.match(text, start) and _COMPARED_WITH_ANY.match(text, end) or _HIGHER_BY.search(text, max(0, start - 100), start):
        return True
    verb = _CHANGE.search(text, max(0, start - 30), start) or _SHARED_CHANGE.search(text, max(0, start - 40), start)
    if _EXTREME.search(text, max(0, start - 30), start) or rate and ratio_to_period(text, start, end) \
            and not verb and not _GROWTH.search(text, 0, start):
        return True
    if signed:  # "(+6.39%)" is a change, but "khu vực dịch vụ ... tăng trưởng dương (+3,63%)" growth
        return not (rate and _GROWTH.search(text))
    return bool(verb) and bool(_AFTER_A_NUMBER.search(text, max(0, verb.start() - 60), verb.start())
                               or not rate and (_COMPARED.match(text, end) or _COMPARED_FIRST.search(text, 0, verb.start()))
                               or _LEVEL_AFTER.match(text, end)) \
        and not (rate and _GROWTH.search(text, 0, verb.start()))


def _gdp_growth(text: str, pos: int) -> bool:
    """The value at ``pos`` is GRDP's growth: GRDP opens its clause and no other amount is named since."""
    clause = clause_start(text, pos)
    gdp = _GDP.search(text, clause, pos)
    return bool(gdp) and not _NOT_GDP_ITSELF.search(text, gdp.end(), pos)


def _of_the_country(sent: Sentence, start: int) -> bool:
    text = sent.text
    clause = max(clause_start(text, start), start - 90)
    scope = next(reversed(list(_COUNTRY_SCOPE.finditer(text, clause, start))), None)
    return bool(scope) and not any(e.start < start for e in sent.ents("PROVINCE") if e.start >= clause) \
        and not _PROVINCE_AS_SUBJECT.search(text, clause, scope.start()) \
        and not _PROVINCE_AS_SUBJECT.search(text, scope.end(), start)


def _is_change(sent: Sentence, c: Candidate, previous_end: int | None, bands: list[tuple[int, int]],
               previous_growth: bool) -> bool:
    """A change of a value, no value of its own: of the one just read, of an index, a band's bound,
    a count of goals or the bound counted provinces pass. A result against the plan ("tăng 7,07% so
    với kế hoạch", "thấp hơn 5,25% so với chỉ tiêu") is a value (POLICY, rounds 45 and 46)."""
    text = sent.text
    if _AGAINST_PLAN.match(text, c.end):
        return False
    if previous_growth and rx()["next_growth"].fullmatch(text, previous_end, c.start):
        # "CPI tháng 6 tăng 0,55% so với tháng trước, tăng 3,52% so với cùng kỳ": a growth read as the
        # value (no level told) and the next growth of it are both values
        return False
    return _a_change(text, c.q.start, c.end, c.percent, c.q.signed) or c.percent and (
        previous_end is not None and (rx()["change_of_previous"].fullmatch(text, previous_end, c.start) and not _gdp_growth(text, c.start)
                                      or in_aside(text, c.start) and rx()["next_change_in_bracket"].fullmatch(text, previous_end, c.start)
                                      or rx()["change_right_after"].fullmatch(text, previous_end, c.start)
                                      and bool(rx()["change_since"].match(text, c.q.start)))
        or any(_CHANGE_OF_INDEX.fullmatch(text, e.end, c.start) for e in sent.ents("INDEX"))
        or any(a <= c.start and c.end <= b for a, b in bands)
        or (c.q.comparator != "=" or _BAND_BOUND.search(text, max(0, c.start - 8), c.start))
        and bool(_BAND_MEMBERS.match(text, c.end))
        or bool(_OF_COUNTED_GOALS.search(text, max(0, c.start - 30), c.start))) \
        or c.q.comparator not in ("=", "~") and (c.percent or bool(c.unit and _MONEY.search(c.unit))) \
        and bool(_COUNTED_PAST.search(text, max(0, c.start - 90), c.start))


# what may stand between one province's value and the next one's, besides the province: "Quảng Ngãi
# (11,51%), Hải Phòng (11,2%)", "Lào Cai 4.123, Sơn La 540"
_LIST_GAP = re.compile(r"[\s,;()]*(?:và\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s+)?")


def _listed_by_province(sent: Sentence, facts: list[Metric]) -> list[Metric]:
    """ "tăng trưởng ... gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)", "bị thiệt hại (Lào Cai 4.123, Sơn La
    540)": the values of a list of provinces, each right after its name, measure what the phrase before
    the list names (:func:`extract.indicators.list_head`)."""
    out: list[Metric] = []
    head, prev_end = None, 0
    for f in facts:
        digits = f.start - sent.start + (m.start() if (m := DIGIT.search(f.text)) else 0)
        named = [e for e in sent.ents("PROVINCE") if prev_end <= e.start and e.end <= digits]
        listed = bool(named) and bool(_LIST_GAP.fullmatch(sent.text, named[-1].end, digits))
        if not listed:
            head = None
        elif not (head and _LIST_GAP.fullmatch(sent.text, prev_end, named[-1].start)):
            head = list_head(sent.text, named[-1].start)  # the list's first item
        out.append(replace(f, indicator=head) if head else f)
        prev_end = f.end - sent.start
    return out


def extract_metrics(sent: Sentence, ctx: DocContext) -> list[Metric]:
    text = sent.text
    if text.startswith(_GOAL_CONTINUATION) and ctx.memory.get("goal_sentence") == sent.index - 1:
        return []
    facts = []
    # spans the targets and rankings of this sentence took (extractors run in that order)
    claimed = ctx.claimed(sent)
    dates = sentence_dates(text, ctx.published)
    previous_end, previous_growth = None, False
    bands = [m.span() for m in _BAND.finditer(text)]
    for c in candidates(text):
        change = _is_change(sent, c, previous_end, bands, previous_growth)
        previous_end = c.end
        previous_growth = c.percent and not change and bool(_GROWTH_BEFORE.search(text, max(0, c.q.start - 20), c.q.start))
        named_from = _NAMED_NEXT.match(text, c.q.end).end()
        named_next = any(c.q.end < e.start <= named_from for e in sent.ents("PROVINCE"))
        if named_next and (c.unit and _PROVINCES.match(c.unit) or not text[text.rfind("\n", 0, c.start) + 1:c.start].strip()):
            continue  # "2 tỉnh Thái Nguyên và Lào Cai"; a table's row number ("1 An Giang – Kế hoạch ...")
        regional = (bool(c.unit and _PROVINCES.match(c.unit)) and bool(rank_patterns()["regional_after"].match(text, c.end))
                    and bool(_REGIONAL_PLACE.search(text, max(0, c.start - 30), c.start)))
        # the number alone inside a span read already: "từ 51/63" of a ranking is "từ 51/63 xuống" here
        number = (sent.start + c.q.start, sent.start + c.q.end)
        # "Trong năm 2023, có 08 bài" late in 2023; the level a goal moves from ("từ 33% năm 2020 lên 38%")
        goal = c.goal and (c.quota or not told_as_result(text, c.start, ctx)) and not c.q.moved_from
        lead_in = (max(0, c.q.start - 20), number_start(text, c.q))
        top_group = c.field and bool(_TOP_GROUP.search(text, *lead_in)) \
            or bool(_GROUP.search(text, *lead_in)) and bool(_TOPS_IT.match(text, c.end))
        if goal or c.multiple or change or regional or top_group \
                or not c.field and within_any(claimed, *number):
            continue
        unit = c.unit
        facts.append(Metric(doc=ctx.doc_name, text=text[c.start:c.end], start=sent.start + c.start,
                            end=sent.start + c.end, sentence=text,
                            indicator=metric_indicator(text, c.start, c.end, unit, c.q.denominator is not None),
                            value=as_int(c.q.value), unit=unit, comparator=c.q.comparator,
                            denominator=as_int(c.q.denominator),
                            as_of=as_of(text, dates, c.start, ctx.memory.get("as_of"), c.end),
                            province=NATIONAL if unit and _UNITS_OF_THE_COUNTRY.match(unit)
                            and not _NOT_THE_COUNTRYS.match(text, c.end) or _of_the_country(sent, c.start) else None))
    facts = _listed_by_province(sent, facts)
    # "Năm 2024, GRDP tăng 7,2%. Công nghiệp tăng 9%.": the next values hold for the same date
    if facts and (named := [v for s, e, v in dates if e <= facts[-1].start - sent.start]):
        ctx.memory["as_of"] = named[-1]
    elif sent.index == 0 and dates:  # a headline's date: what the article reports holds for it
        ctx.memory["as_of"] = dates[-1][2]
    elif dates and not text[:dates[0][0]].strip() and len(dates[0][2]) == 4 and ctx.memory.get("as_of"):
        # "Năm 2023, toàn ngành ... đạt được nhiều kết quả. Nổi bật là, ... 29.576 lao động": a year opening a
        # sentence without values dates the values after it in place of the headline's year (where nothing was
        # carried, the annotators mostly left such values undated; a day opening it is an event's)
        ctx.memory["as_of"] = dates[0][2]
    return facts
