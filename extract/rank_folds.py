"""Several readings of places in one sentence, made one: a place said again after its score,
the field closing a list of pillar ranks, two readings of one phrase, scores labelled by year in a
later clause, scores moving beside places moving, one place for several years, the places just read
listed again for another year, a list going on with bare places in brackets, a lead again for the year of the first, the field told before a
lead, places within a sub-group, ministries' places within their group. Each function takes the
rankings the rank phrases gave and reconciles them."""
from __future__ import annotations

import re
from dataclasses import replace

from extract.context import NATIONAL, Sentence
from extract.numbers import parse_number
from extract.rank_context import patterns
from extract.records import Ranking


def restatement(text: str, e: int, rank: int, total: int | None) -> tuple[int | None, int, int]:
    """ "dẫn đầu ..., với 0,8241 điểm, xếp thứ nhất trên 34 tỉnh": the same place said again after
    the score, often with the field size. Returns the total, the span's end and where the
    restatement ends (0 when there is none)."""
    rx = patterns()
    m = rx["restated_rank"].match(text, e)
    if not m or (int(m.group("r")) if m.group("r") else 1) != rank:
        return total, e, 0
    tm = rx["total_after"].match(text, m.end())
    if tm and total is None and rank <= int(tm.group("t")) <= 63:
        return int(tm.group("t")), tm.end(), tm.end()
    return total, m.end(), m.end()


def shared_total(ranks: list[Ranking], text: str) -> None:
    """ "chính quyền số ở vị trí thứ 12, kinh tế số ... thứ 13 và xã hội số ... thứ 14 trong
    63 tỉnh": the field closing a list of pillar ranks is the field of each."""
    pill = [r for r in ranks if r.component]
    last = max(pill, key=lambda r: r.end, default=None)
    if last is None or last.total is None or not re.search(r"trong\s+(?:tổng\s+số\s+)?\d+\D{0,40}$", last.text):
        return
    for r in pill:
        if r.total is None and r.index == last.index and r.year == last.year:
            r.total = last.total


def group_total(ranks: list[Ranking], text: str) -> None:
    """ "Với nhóm 8 bộ, ngành không có dịch vụ công, 5 vị trí dẫn đầu lần lượt thuộc về ...": the
    ministries' places are in their group, whose size is the field of each; so are the provinces'
    places in a sentence that opens on their field ("Trong số 15 tỉnh thành, ...")."""
    groups = ((patterns()["body_group"].search(text), True), (patterns()["field_opening"].match(text), False))
    for m, bodies_only in groups:
        if not m:
            continue
        size = int(m.group("t"))
        for r in ranks:
            if (not bodies_only or r.province in (None, NATIONAL)) and r.total is None and r.rank and r.rank <= size:
                r.total = size


def _named(r: Ranking, sent: Sentence) -> set[str]:
    """The provinces a ranking names: its own, and those written inside its span."""
    return {e.id for e in sent.ents("PROVINCE") if r.start <= e.start + sent.start < r.end} | {r.province} - {None}


def fold_restated(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """ "Quảng Ninh đứng đầu PCI với 70,7 điểm, xếp thứ 1/63 tỉnh": one place said twice, with
    only the index and its score between or read twice from one phrase, is one ranking."""
    text, offset = sent.text, sent.start

    def place(r: Ranking) -> tuple:
        return r.index, r.component, r.year, r.rank

    kept: list[Ranking] = []
    for r in sorted(ranks, key=lambda r: r.start):
        prev = kept[-1] if kept else None
        if (prev and place(prev) == place(r) and len(_named(prev, sent) | _named(r, sent)) <= 1
                and (r.start < prev.end  # overlapping readings of one phrase
                     or patterns()["restated_between"].fullmatch(text, prev.end - offset, r.start - offset))):
            prev.end = max(prev.end, r.end)
            prev.text = text[prev.start - offset:prev.end - offset]
            prev.total, prev.score = prev.total or r.total, prev.score if prev.score is not None else r.score
            prev.province = prev.province or r.province
            continue
        kept.append(r)
    return kept


def scores_by_year(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """ "năm 2022, PCI Long An xếp hạng 10, năm 2023 tăng lên hạng 2; về điểm số, năm 2022 Long An
    đạt 68,45 điểm, năm 2023 đạt 70,94 điểm": scores labelled by year after the places are theirs."""
    placed = [r for r in ranks if r.rank is not None and r.score is None and r.year]
    dropped: set[int] = set()
    for m in patterns()["year_score"].finditer(sent.text) if placed else ():
        year, at = int(m.group("y")), sent.start + m.start("s")
        [q, *more] = [r for r in placed if r.year == int(year)] or [None]
        if q is None or more or at < q.end or {e.id for e in sent.ents("PROVINCE")
                                               if m.start() <= e.start < m.end()} - _named(q, sent):
            continue
        q.score = parse_number(m.group("s"))
        dropped |= {id(r) for r in ranks if r.rank is None and (r.index, r.year, r.score) == (q.index, year, q.score)}
    return [r for r in ranks if id(r) not in dropped]


SCORE_MOVE = re.compile(r"(?:tăng|giảm)\s+từ\s+(?P<was>\d+(?:[.,]\d+)?)\s*(?P<u>%|điểm)\s+(?:lên|xuống)\s+"
                        r"(?P<now>\d+(?:[.,]\d+)?)\s*(?P=u)")


def scores_moved(ranks: list[Ranking], sent: Sentence) -> list[tuple[int, int]]:
    """ "SIPAS 2021 của tỉnh tuy tăng từ 81,82% lên 84,4%, nhưng thứ hạng lại bị giảm từ 51/63 xuống
    56/63": a score moving beside a place moving, the first score the earlier year's. Returns
    the spans of the scores given (document offsets), read no more as metrics."""
    claimed = []
    for was, now in zip(ranks, ranks[1:]):
        if not (was.year and now.year == was.year + 1 and was.score is None and now.score is None
                and (was.index, was.component, was.province) == (now.index, now.component, now.province)
                and re.match(r"\s*(?:xuống|lên)\s", sent.text[was.end - sent.start:])
                and now.start - was.end <= 8):
            continue
        clause = max(sent.text.rfind(";", 0, was.start - sent.start), sent.text.rfind(". ", 0, was.start - sent.start))
        m = next(reversed(list(SCORE_MOVE.finditer(sent.text, clause + 1, was.start - sent.start))), None)
        if m:
            was.score, now.score = parse_number(m.group("was")), parse_number(m.group("now"))
            claimed.append((sent.start + m.start(), sent.start + m.end()))
    return claimed


# "Năm 2019, 2020, Bộ VHTT&DL xếp hạng 3", "năm 2019 và 2020 xếp hạng 59": one place for each
# year the clause opens on
YEARS_LISTED = re.compile(r"[Nn]ăm\s+((?:19|20)\d\d)((?:\s*,\s*(?:19|20)\d\d)*(?:\s*(?:,|và)\s*(?:19|20)\d\d))"
                          r"(?:\s*,|(?=\s+(?:xếp|đứng|giữ)\b))")


def places_of_listed_years(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """The rank read for the first of several years opening its clause, again for the others."""
    out = []
    for m in YEARS_LISTED.finditer(sent.text):
        for r in ranks:
            a = r.start - sent.start
            if r.year == int(m.group(1)) and a >= m.end() and not re.search(r"[\d;.]", sent.text[m.end():a]):
                for y in re.finditer(r"(?:19|20)\d\d", m.group(2)):
                    s = m.start(2) + y.start()
                    out.append(replace(r, year=int(y.group(0)), text=sent.text[s:r.end - sent.start],
                                       start=sent.start + s))
    return out


def places_of_another_year(ranks: list[Ranking], sent: Sentence, earlier: list[Ranking]) -> list[Ranking]:
    """ "... xếp 27/63, Xã hội số ... xếp 29/63 trong khi năm 2020 thì các thứ tự này là 47, 39, 29": the
    places just read, each given again for the year named, in the order read. A list opening its
    sentence ("(So sánh với năm 2021, các thứ hạng này là 24, 27, 29).") gives again ``earlier``,
    the places of the sentence before."""
    out = []
    for m in patterns()["places_of_year"].finditer(sent.text):
        numbers = list(re.finditer(r"\d+", m.group("ranks")))
        before = sorted((r for r in ranks if r.rank and r.end - sent.start <= m.start()), key=lambda r: r.start)
        if not before and not re.search(r"\d", sent.text[:m.start()]):
            before = sorted((r for r in earlier if r.rank), key=lambda r: r.start)
        if len(before) < len(numbers):
            continue
        for r, n in zip(before[-len(numbers):], numbers):
            a, b = m.start("ranks") + n.start(), m.start("ranks") + n.end()
            a = m.start() if n.start() == 0 else a  # the first holds the year and what is listed
            out.append(replace(r, year=int(m.group("y")), rank=int(n.group(0)), total=None, score=None,
                               text=sent.text[a:b], start=sent.start + a, end=sent.start + b, sentence=sent.text))
    return out


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
_BARE_PLACE = re.compile(r"\s*\((\d{1,2})\)")


def bracketed_places(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """ "gồm Phú Thọ (xếp thứ 8), Lạng Sơn (16), Lào Cai (23) và Thái Nguyên (26)": the list a place in
    brackets opens goes on with bare places in brackets, of the same index and year."""
    text, out = sent.text, []
    provinces = sent.ents("PROVINCE")
    for r in ranks:
        pos = r.end - sent.start
        opens = any(e.start == r.start - sent.start for e in provinces)  # the item names its province
        if r.rank is None or not opens or not text.startswith(")", pos - 1):
            continue
        for e in (e for e in provinces if e.start >= pos):
            place = _BARE_PLACE.match(text, e.end)
            if not (_LIST_GAP.fullmatch(text, pos, e.start) and place):
                break
            out.append(replace(r, text=text[e.start:place.end()], start=sent.start + e.start,
                               end=sent.start + place.end(), province=e.id, rank=int(place.group(1)),
                               total=None, score=None))
            pos = place.end()
    return out


def first_lead(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """ "Đây là lần thứ hai Hải Phòng dẫn đầu ..., sau lần đầu năm 2021": the lead just read, again
    for the year of the first."""
    out = []
    for m in patterns()["first_lead"].finditer(sent.text):
        lead = max((r for r in ranks if r.rank == 1 and r.end - sent.start <= m.start()), key=lambda r: r.end, default=None)
        if lead and lead.year != int(m.group("y")):
            out.append(replace(lead, year=int(m.group("y")), total=None, score=None, text=m.group(0),
                               start=sent.start + m.start(), end=sent.start + m.end()))
    return out


def field_before(ranks: list[Ranking], sent: Sentence, memory: dict) -> None:
    """ "trong 7 đơn vị được xếp hạng, Thông tấn xã Việt Nam đứng đầu": the field told before a
    place is the field of the first place read after it, in its sentence or, when none is read
    there, in the next ("có 13 tập đoàn ... tham gia xếp hạng. Tập đoàn Điện lực ... đứng đầu")."""
    fields = [(m.end(), int(m.group("t"))) for m in patterns()["field_before"].finditer(sent.text)]
    carried = memory.pop("field", None)
    if carried and carried[1] == sent.index - 1:
        fields.insert(0, (0, carried[0]))
    for end, total in fields:
        first = min((r for r in ranks if r.start - sent.start >= end), key=lambda r: r.start, default=None)
        if first is None:
            memory["field"] = (total, sent.index)
        elif first.total is None and first.rank and first.rank <= total:
            first.total = total


def within_sub_group(ranks: list[Ranking], sent: Sentence, memory: dict) -> list[Ranking]:
    """ "Trong 5 thành phố trực thuộc trung ương, Hải Phòng ... cao nhất - 6,88. Đứng thứ hai là Hà
    Nội ...": places in a sub-group are no national ranks. A score read with one stays, placeless."""
    rx = patterns()
    last = memory.get("sub_group")
    grouped = bool(rx["sub_group"].match(sent.text)) or bool(
        last == sent.index - 1 and rx["sub_group_goes_on"].match(sent.text))
    if not grouped:
        return ranks
    memory["sub_group"] = sent.index
    return [replace(r, rank=None, total=None) for r in ranks if r.score is not None]


def place_takes_score(ranks: list[Ranking], sent: Sentence) -> list[Ranking]:
    """ "Long An đạt 72,64 điểm, tăng 1,7 điểm so với năm 2023 và ... để giành vị trí thứ 3 toàn quốc": a
    score told first and the place of the same index and year later in the sentence, no other province
    named between, are one ranking, spanning the place."""
    dropped: list[Ranking] = []
    for s in sorted((r for r in ranks if r.rank is None and r.score is not None), key=lambda r: r.start):
        later = sorted((p for p in ranks if p.start >= s.end and p.rank is not None and p.score is None
                        and (p.index, p.year, p.component) == (s.index, s.year, s.component)
                        and p.province in (s.province, None)), key=lambda p: p.start)
        if not later or any(e.id != s.province for e in sent.ents("PROVINCE")
                            if s.end <= e.start + sent.start < later[0].end):
            continue
        later[0].score, later[0].province = s.score, later[0].province or s.province
        dropped.append(s)
    return [r for r in ranks if not any(r is d for d in dropped)]
