"""Index scores and places read without a rank phrase of their own: listed scores ("sau Thừa
Thiên Huế (0,9578 điểm), Quảng Ninh (0,8600 điểm)"), the score of the province just
ranked ("của địa phương này là 0,5064 điểm"), pillars with their scores ("dẫn đầu cả nước
ở 3 tiêu chí: Công khai, minh bạch (6,499 điểm); ...") or bare places ("nhận thức số 16/63"), and the country's own values
(national average, national index value), which are metrics with a null province. Also where
a rank phrase's own score stands (``score_near``): after it, before it, or opening the clause.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extract import pillars
from extract.context import NATIONAL, DocContext, Entity, Sentence
from extract.numbers import parse_number, parse_score
from extract.rank_context import carried_province, clause_end, index_at, patterns, year_for
from extract.records import Metric, Ranking


# how a province's score may follow its name: "(0,9578 điểm)", "đứng cuối bảng với 38,97 điểm",
# "đạt 69,10 điểm", "(0,7857)"
_YEAR = re.compile(r"(?:19|20)\d\d")
LISTED = ("listed_score", "bottom_score", "listed_reached", "bare_score")


def listed_scores(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                  taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "sau Thừa Thiên Huế (0,9578 điểm), Quảng Ninh (0,8600 điểm)", "Đắk Nông đứng cuối bảng
    với 38,97 điểm": scores without a position."""
    out, rx = [], patterns()
    # a ministry at the bottom ("Bộ Nội vụ đứng cuối bảng với 0,1821 điểm") has its score too
    subjects = [(e.start, e.end, e.id, LISTED + ("bottom_after",) * bool(rx["bottom_before"].search(sent.text, 0, e.start)))
                for e in sent.ents("PROVINCE")] + [
        (m.start(), m.end(), NATIONAL, ("bottom_score",)) for m in rx["body_subject"].finditer(sent.text)]
    for a0, b0, province, kinds in sorted(subjects, key=lambda s: s[0]):
        m = next(filter(None, (rx[k].match(sent.text, b0) for k in kinds)), None)
        if not m or any(a0 < b and a < m.end() for a, b in taken):
            continue
        # "chỉ số PAR INDEX của tỉnh đạt 87,61 điểm ...; chỉ số PAPI là ...": the index named before it
        own_index, own_year = index_at(sent, a0, m.end(), index, index_year)
        year, _ = year_for(sent.text, a0, m.end(), ctx, own_index, own_year)
        if year is None:
            continue
        taken.append((a0, m.end()))
        read = Ranking(doc=ctx.doc_name, text=sent.text[a0:m.end()], start=sent.start + a0,
                       end=sent.start + m.end(), sentence=sent.text, province=province, index=own_index,
                       component=pillars.components(sent.text, own_index, a0, sent.text.rfind(";", 0, a0) + 1, a0, [])[0],
                       year=year, rank=None, total=None, score=parse_number(m.group("s") or m.groupdict().get("f")))
        out.append(read)
        # "Năm 2019, Lào Cai đạt 5,31 điểm; năm 2020, đạt 5,15 điểm": the next year's, told on
        while on := rx["score_goes_on"].match(sent.text, read.end - sent.start):
            a = sent.text.rindex("năm", 0, on.start("y"))
            taken.append((a, on.end()))
            read = replace(read, text=sent.text[a:on.end()], start=sent.start + a, end=sent.start + on.end(),
                           year=int(on.group("y")), score=parse_number(on.group("s")))
            out.append(read)
    return out


# "mức trung bình của cả nước là 0,4595 điểm", "DTI 2020 cấp tỉnh trung bình là 0,3026", "giá trị
# trung bình của DTI cấp tỉnh đạt 0,6961 điểm" (an index scored in fractions of 1 may leave out "điểm")
_AVG = re.compile(r"(?:mức|điểm|điểm số)?\s*(?:trung bình|bình quân)(?:\s+(?:của\s+)?[A-Z]{2,5}(?:\s+(?:19|20)\d\d)?(?:\s+cấp\s+(?:tỉnh|bộ))?)?"
                  r"(?:\s+(?:trong\s+)?năm\s+(?:19|20)\d\d)?"
                  r"(?:\s+(?:của\s+)?(?:cả nước|các địa phương|các tỉnh(?:,\s*thành(?:\s+phố)?)?))?\s*(?:là|đạt|:|\()?\s*"
                  r"(?:(?P<s>\d+(?:[.,]\d+)?)\s*điểm\)?|(?P<f>0[.,]\d{3,4})(?![\d%]))")
# "điểm số trung bình về CCHC năm 2015 của các bộ, ngành là 85,3", "mức bình quân 76,99 của một năm
# trước": an average named first, its value after a few words, without "điểm"
# "Điểm số PCI năm 2022 đạt bình quân 65,74": the index's own average, named in group i
_AVG_NAMED = re.compile(r"(?:[Đđ]iểm(?:\s+số)?|[Mm]ức)(?P<i>\s+[A-Z]{2,5}(?:\s+năm\s+(?:19|20)\d\d)?\s+đạt)?\s+(?:trung bình|bình quân)"
                        r"(?:\s+[^\s\d,;.()]+|\s+(?:19|20)\d\d|,\s*(?:ngành|thành(?:\s+phố)?)){0,12}?"
                        r"\s+(?:(?:là|đạt)\s+)?(?P<s>\d+,\d+)(?![\d/]|\s*(?:%|triệu|tỷ|nghìn|ngàn|USD|đồng|điểm))"
                        r"(?P<ago>\s+của\s+(?:một\s+)?năm\s+(?:trước|ngoái))?")
# an average of the provinces or the ministries, not of one unit's pillars
_NATIONAL_SCOPE = re.compile(r"(?i:địa phương|cả nước|toàn quốc|các tỉnh|cấp tỉnh|các bộ)")
# "đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326)": the change belongs to the value read, and
# the bracket after the year compared holds that year's value
_CHANGE = re.compile(r"\s*[,(]?\s*(?:tăng|giảm)\s+\d+(?:[.,]\d+)?\s*%\s+so\s+với\s+năm\s+(?P<y>(?:19|20)\d\d)"
                     r"(?:\s*(?P<was>\(0[.,]\d{3,4}\)))?\s*\)?")
# "đạt 7,34 điểm (năm 2022 là 6,95 điểm)", "tăng 1,57 điểm so với năm 2018 (63,42 điểm)": last
# year's value, given beside this year's score; its year is group y, or y0 before the bracket
EARLIER = re.compile(r"\s*(?:so\s+với\s+năm\s+(?P<y0>(?:19|20)\d\d)\s*)?\(\s*(?P<t>(?(y0)|năm\s+(?P<y>(?:19|20)\d\d)"
                     r"\s+(?:là|đạt)\s+)(?P<v>\d+(?:[.,]\d+)?)\s*điểm)\s*\)")


def national_average(sent: Sentence, ctx: DocContext, index: str, index_year: int | None) -> list[Metric]:
    out: list[Metric] = []
    found = list(_AVG.finditer(sent.text))
    found += [m for m in _AVG_NAMED.finditer(sent.text) if not any(f.start("s") == m.start("s") for f in found)
              and not any(m.start() <= e.start < m.end() for e in sent.ents("PROVINCE"))]
    for m in found:
        if not _NATIONAL_SCOPE.search(sent.text, max(0, m.start() - 70), m.end()) \
                and not (m.groupdict().get("i") and not sent.ents("PROVINCE")) \
                or re.search(r"hơn\s*$", sent.text[:m.start()]) and not re.search(r"\s(?:là|đạt)\s", m.group(0)):
            # "cao hơn trung bình cả nước 1.561 điểm" is a gap; "cao hơn mức trung bình ... là 42,3" names it
            continue
        year, _ = year_for(sent.text, m.start(), m.end(), ctx, index, index_year)
        if year and m.groupdict().get("ago"):
            year -= 1
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        out.append(Metric(doc=ctx.doc_name, text=sent.text[a:m.end()], start=sent.start + a,
                          end=sent.start + m.end(), sentence=sent.text, province=NATIONAL,
                          indicator=f"{index} trung bình", value=parse_score(m.group("s") or m.group("f")),
                          unit="điểm", comparator="=", as_of=str(year) if year else None))
        out += _change_after(sent, ctx, out[-1], m.end())
    return sorted(out, key=lambda f: f.start)


def _change_after(sent: Sentence, ctx: DocContext, value: Metric, end: int) -> list[Metric]:
    """The change written after a national value: claimed, so its percent is no metric of its
    own; the value of the year compared, when given, a metric of that year."""
    m = _CHANGE.match(sent.text, end)
    if not m:
        return []
    ctx.claimed(sent).append((sent.start + m.start(), sent.start + m.end()))
    if not m.group("was"):
        return []
    a, b = m.span("was")
    return [replace(value, text=sent.text[a:b], start=sent.start + a, end=sent.start + b,
                    value=parse_number(sent.text[a + 1:b - 1]), as_of=m.group("y"))]


def earlier_scores(sent: Sentence, ctx: DocContext, ranks: list[Ranking]) -> list[Metric]:
    """ "Gia nhập thị trường đạt 7,34 điểm (năm 2022 là 6,95 điểm)", "tăng từ 5,75 điểm lên 5,93
    điểm": last year's score beside a score read, a metric of that year."""
    out = []
    for r in ranks:
        # right after the ranking, or inside it, after its score ("đạt 45,6196 điểm (năm 2022 là
        # 42,8559 điểm), xếp thứ 4/63")
        m = next((m for m in EARLIER.finditer(sent.text, r.start - sent.start, r.end - sent.start + 40)
                  if m.start() == r.end - sent.start or re.search(r"điểm\s*$", sent.text[:m.start()])),
                 None) if r.score is not None else None
        # "tăng từ 5,75 điểm lên 5,93 điểm, xếp thứ 16/63": the score it rose from, a year earlier
        rose = _ROSE_FROM.search(sent.text, max(0, r.start - sent.start - 50), r.start - sent.start) \
            if r.score is not None and r.year and not m else None
        if m or rose:
            a, b = m.span("t") if m else rose.span("s")
            out.append(Metric(doc=ctx.doc_name, text=sent.text[a:b], start=sent.start + a, end=sent.start + b,
                              sentence=sent.text, province=r.province,
                              indicator=" ".join(filter(None, (r.index, r.component))),
                              value=parse_number((m or rose).group("v")), unit="điểm", comparator="=",
                              as_of=(m.group("y") or m.group("y0")) if m else str(r.year - 1)))
    return out


_ROSE_FROM = re.compile(r"(?:tăng|giảm)\s+từ\s+(?P<s>(?P<v>\d+(?:[.,]\d+)?)\s*điểm)\s+(?:lên|xuống)\s+(?:mức\s+)?$")


def _pillars_with(sent: Sentence, ctx: DocContext, index: str, key: str, taken: list[tuple[int, int]],
                  read: list[Ranking]):
    """Pillars named with pattern ``key`` right after them, for the province the sentence is
    about: (pillar start, span end, match, pillar, the province entity named before or None, province id).
    Pillars listed before one shared value ("chỉ số hạ tầng kỹ thuật, chỉ số hạ tầng nhân lực đều đạt
    1,0000") each get it, their span ending with their name. ``read``: the ranks this sentence gave
    already, whose pillars are not read twice."""
    done = {r.component for r in read}
    names = pillars.named(sent.text, index, 0, len(sent.text))
    for i, (a, b, component) in enumerate(names):
        m = patterns()[key].match(sent.text, b)
        end = m.end() if m else b
        if not m:
            m = _shared(sent.text, names[i:], key)
        if not m or component in done or any(a < e and s < end for s, e in taken):
            continue
        prov = sent.province_before(a)
        province = prov.id if prov else carried_province(sent, ctx, index)
        if province is None and read and read[-1].province == NATIONAL:
            province = NATIONAL  # "Bộ VHTTDL dẫn đầu ..., trong đó chỉ số hạ tầng kỹ thuật là 0,7350"
        if province is not None:
            done.add(component)
            yield a, end, m, component, prov, province


_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:chỉ\s+số\s+)?")
_SHARED = re.compile(r"\s*đều\b")


def _shared(text: str, names: list[tuple[int, int, str]], key: str) -> re.Match | None:
    """The value after the last of the pillars listed from ``names[0]`` on, when "đều" shares it."""
    j = 0
    while j + 1 < len(names) and _LISTED.fullmatch(text, names[j][1], names[j + 1][0]):
        j += 1
    m = patterns()[key].match(text, names[j][1]) if j else None
    return m if m and _SHARED.match(text, names[j][1]) else None


def component_scores(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                     taken: list[tuple[int, int]], read: list[Ranking]) -> list[Ranking]:
    """Pillars named with their score: first place where the clause leading to them says
    "dẫn đầu", no place otherwise."""
    rx, text, out = patterns(), sent.text, []
    for a, end, m, component, prov, province in _pillars_with(sent, ctx, index, "component_score", taken, read):
        # "Bộ VHTTDL dẫn đầu ..., trong đó chỉ số hạ tầng kỹ thuật là 0,7350": a breakdown of the lead
        breakdown = text.rfind("trong đó", 0, a)
        leads = list(rx["component_lead"].finditer(text, max(prov.end if prov else 0, breakdown), a))
        lead_after = rx["pillar_lead_after"].match(text, m.end())  # "đạt 8,54 điểm, cao nhất cả nước"
        rank = 1 if (leads and leads[-1].group("first")) or lead_after else None
        year, _ = year_for(text, a, end, ctx, index, index_year)
        taken.append((a, end))
        out.append(Ranking(doc=ctx.doc_name, text=text[a:end], start=sent.start + a, end=sent.start + end,
                           sentence=text, province=province, index=index, component=component, year=year,
                           rank=rank, total=None, score=parse_number(m.group("s"))))
    return out


_PLACES_LISTED = re.compile(r"\b(?:xếp\s+(?:thứ|hạng)|thứ\s+hạng)\b")


def component_places(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                     taken: list[tuple[int, int]], read: list[Ranking]) -> list[Ranking]:
    """ "Thể chế số xếp hạng 6/63, nhận thức số 16/63, nhân lực số 28/63": pillars with their
    place out of the field written bare after them."""
    text, out = sent.text, []
    for a, end, m, component, _, province in _pillars_with(sent, ctx, index, "component_place", taken, read):
        if m.group("bare"):  # "Nhận thức số - xếp thứ 36; Thể chế số - 57": only in a list of places
            rank, total = int(m.group("bare")), None
            if not _PLACES_LISTED.search(text, 0, a):
                continue
        else:
            rank, total = int(m.group("r")), int(m.group("t"))
            if rank > total or total > 63:
                continue
        year, _ = year_for(text, a, end, ctx, index, index_year)
        taken.append((a, end))
        out.append(Ranking(doc=ctx.doc_name, text=text[a:end], start=sent.start + a, end=sent.start + end,
                           sentence=text, province=province, index=index, component=component, year=year,
                           rank=rank, total=total, score=None))
    return out


def pillar_leads(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                 read: list[Ranking]) -> list[Ranking]:
    """ "đứng đầu về 4 chỉ số chính gồm Nhận thức số, Thể chế số, ...": first place in each
    pillar named after the lead, for the province the sentence is about."""
    rx, text, out = patterns(), sent.text, []
    done = {r.component for r in read}
    for m in rx["pillar_leads"].finditer(text):
        end = clause_end(text, m.end())
        prov = sent.province_before(m.start())
        province = prov.id if prov else carried_province(sent, ctx, index)
        if province is None:
            continue
        year, _ = year_for(text, m.start(), m.end(), ctx, index, index_year)
        for a, b, component in pillars.named(text, index, m.end(), end):
            if component in done:
                continue
            a = m.start() if not out else a  # the first pillar's span holds the lead
            out.append(Ranking(doc=ctx.doc_name, text=text[a:b], start=sent.start + a, end=sent.start + b,
                               sentence=text, province=province, index=index, component=component, year=year,
                               rank=1, total=None, score=None))
    return out


def national_value(sent: Sentence, ctx: DocContext) -> list[Metric]:
    """ "ở cấp quốc gia, chỉ số DTI năm 2024 đạt 0,7955": the country's value, a metric."""
    out, rx = [], patterns()
    for e in sent.ents("INDEX"):
        m = rx["national_value"].match(sent.text, e.end)
        if not m or not rx["national_scope"].search(sent.text[max(0, e.start - 40, sent.text.rfind(";", 0, e.start) + 1):m.end()]):
            continue
        a = m.start("s")
        out.append(Metric(doc=ctx.doc_name, text=sent.text[a:m.end("s")], start=sent.start + a,
                          end=sent.start + m.end("s"), sentence=sent.text, province=NATIONAL,
                          indicator=f"{e.id} quốc gia", value=parse_number(m.group("s")), unit=None,
                          comparator="=", as_of=m.group("y")))
        out += _change_after(sent, ctx, out[-1], m.end("s"))
    return out


def score_near(text: str, a: int, b: int, leader: Entity | None = None, percent: bool = False,
               used: list[tuple[int, int]] = (), moved_from: bool = False,
               passed: list[tuple[int, int]] = ()) -> tuple[float | None, int, int]:
    """A score right after the rank phrase, else right before it, unless a rank read before
    in the sentence took it (``used``). ``percent``: the index scores in percent, so "đạt
    90,29%" right after the rank is its score. A place ``moved_from`` leaves the score opening
    the sentence to the place it moved to, ``passed`` over in between."""
    rx = patterns()
    aside = rx["move_aside"].match(text, b)  # "..., tăng 24 bậc, đạt 68,06 điểm"
    for at in (b, aside.end()) if aside and percent else (b,) if percent else ():
        pm = rx["percent_score"].match(text, at)
        if pm:
            return parse_score(pm.group("s")), a, pm.end()
    for at in (b, aside.end()) if aside else (b,):
        after = text[at:at + 45]
        m = rx["score_after"].match(after)
        m2 = rx["bare_score"].match(after)
        if not m2 and m:
            m2 = rx["score"].match(after, m.end())
            # "xếp vị trí thứ nhất với 0.4944", "dẫn đầu với số điểm 0,7985"
            if not m2 and re.search(r"(?:với|đạt|là|điểm(?:\s+số)?)\s*$", m.group(0)):
                m2 = rx["fraction_score"].match(after, m.end())
        if m2:
            return parse_score(m2.group("s")), a, at + m2.end()
        value = rx["score_value"].match(text[at:at + 120]) if at != b else None
        if value:  # "(giảm 14 bậc so với năm 2022) với tổng điểm là 41,5581"
            return parse_score(value.group("s")), a, at + value.end()
    # "dẫn đầu bảng xếp hạng PCI 2017 với 70,7 điểm", "... với kết quả 89,45"
    far = rx["score_far"].match(text[b:b + 170])
    if far and ("," in far.group("s") or "điểm" in far.group(0)):
        return parse_score(far.group("s")), a, b + far.end()
    value = rx["score_value"].match(text[b:b + 120])
    if value:
        return parse_score(value.group("s")), a, b + value.end()
    opening = next(reversed(list(rx["score_opening"].finditer(text, 0, a))), None)
    between = ""
    if opening:  # what stands between the score and the rank, less the places moved from
        between = text[opening.end():a]
        for s, e in sorted(passed, reverse=True):
            if opening.end() <= s and e <= a:
                between = between[:s - opening.end()] + between[e - opening.end():]
        between = rx["move_clause"].sub("", _YEAR.sub("", between))
    if opening and not moved_from and not any(opening.end() <= s < a and (s, e) not in passed for s, e in used) \
            and not re.search(r"\d", between):
        # "Với 0,4582 điểm, năm 2019, Tây Ninh xếp hạng 25/63": the clause opens on the score
        # a long clause between ("Với chỉ số PCI là 66,65 điểm bao gồm 10 chỉ số thành phần, bao quát
        # ..., Bình Định thứ 21"): the span keeps to the place, leaving the counts in between free
        return parse_score(opening.group("s")), opening.start("w") if a - opening.end() <= 40 else a, b
    before = text[max(0, a - 90):a]
    offset = a - len(before)
    # the last score before, passing over a change ("giảm 0,02 điểm so với năm 2022")
    m3 = None
    found = rx["score"].finditer(before) if not percent else rx["percent_before"].finditer(before)
    # last year's score in brackets after this year's is passed over: "(năm 2022 là 42,8559 điểm)"
    asides = [x.span() for x in EARLIER.finditer(before)]
    for m3 in reversed([f for f in found if not any(s <= offset + f.start() < e for s, e in used)
                        and not any(s <= f.start() < e for s, e in asides)]):
        # nor a threshold ("ở mức cao (trên 2 điểm), dẫn đầu vẫn là Quảng Ninh")
        if not (re.search(r"(?:tăng|giảm)\s*(?:thêm\s+)?$|(?:\(|mức|ngưỡng)\s*(?:trên|dưới|hơn)\s*$", before[:m3.start()])
                or re.match(r"\s*so\s+với", before[m3.end():])):
            break
    else:
        m3 = None
    if m3 and rx["between_score_rank"].fullmatch(EARLIER.sub("", before[m3.end():])):
        return parse_score(m3.group("s")), offset + m3.start(), b
    # "đạt 71,25 điểm, Quảng Ninh tiếp tục là tỉnh đứng đầu", "với 0,9655 điểm, giúp Đà Nẵng
    # dẫn đầu": the score clause, then the leader
    if m3 and leader is not None:
        s_at = leader.start - offset
        if s_at >= m3.end() and re.fullmatch(r"\s*,\s*(?:giúp\s+|đưa\s+)?", before[m3.end():s_at]):
            return parse_score(m3.group("s")), offset + m3.start(), b
    lead = rx["score_lead"].search(before)
    if lead:
        return parse_score(lead.group("s")), offset + lead.start(), b
    return None, a, b
