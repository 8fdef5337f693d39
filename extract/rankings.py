"""Rankings in published indices: "Tây Ninh xếp vị trí số 44 với 0,3426 điểm",
"Nhóm “Thể chế số” đạt 0,5 điểm, hạng 23", "hạng 5/63 tỉnh, thành phố năm 2019".

Which index and year: named in the sentence, else carried over from earlier
sentences (``ctx.memory``) and, for the year, from the article's own statement
of the index year ("năm 2021, Bộ TT&TT đánh giá xếp hạng...").  A rank with no
index in force is not emitted: a bare "xếp thứ 3" is too often a sports table.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from extract.context import NATIONAL, PAST_YEAR_RE, DocContext, Entity, Sentence
from extract.normalize import match_key
from extract.numbers import parse_number
from extract.records import Metric, Ranking
from extract import pillars

# "so với năm 2020 (xếp 46 ...)": here the comparison year is the rank's own year
BEFORE_YEAR_RE = re.compile(r"(?<!đến )(?<!tới )(?<!đoạn )(?<!hướng )(?:năm|Năm)\s+((?:19|20)\d\d)(?![\d/-])")
_P = json.loads((Path(__file__).parent / "patterns" / "rankings.json").read_text("utf-8"))
_INDICES = json.loads((Path(__file__).parent / "data" / "indices.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    def expand(pattern: str) -> str:
        return re.sub(r"<<(\w+)>>", lambda m: _P["_fragments"][m.group(1)], pattern)

    rx = {k: re.compile(expand(v)) for k, v in _P.items() if isinstance(v, str) and not k.startswith("_")}
    rx["rank"] = [re.compile(p) for p in _P["rank"]]  # type: ignore[assignment]
    rx["word_rank"] = {match_key(k): v for k, v in _P["word_rank"].items()}  # type: ignore[assignment]
    return rx


def index_years(ctx: DocContext) -> dict[str, int]:
    """Per index, the year the article says the ranking measures (most cited)."""
    if "index_years" in ctx.memory:
        return ctx.memory["index_years"]
    rx = _rx()
    counts: dict[str, Counter] = {}
    for e in ctx.entities:
        if e.label != "INDEX":
            continue
        m = rx["index_year_after"].match(ctx.text, e.end)
        if m:
            counts.setdefault(e.id, Counter())[int(m.group("y"))] += 2
    for s, e_ in ctx.memory.get("sentence_bounds", []):
        sent = ctx.text[s:e_]
        idx = [e.id for e in ctx.entities if e.label == "INDEX" and s <= e.start < e_]
        if not idx or not re.search(r"xếp hạng|đánh giá|công bố|bảng xếp|đo lường|chấm điểm", sent):
            continue
        m = PAST_YEAR_RE.search(sent)  # the year the sentence reports on comes first
        if m:
            y = int(m.group(1))
            if ctx.published_year is None or y <= ctx.published_year:
                counts.setdefault(idx[0], Counter())[y] += 1
    ctx.memory["index_years"] = {k: c.most_common(1)[0][0] for k, c in counts.items()}
    return ctx.memory["index_years"]


def _named_index(sent: Sentence, e: Entity) -> tuple[str, int | None]:
    """An index named in the sentence and the edition year written right after it ("PCI 2022")."""
    m = _rx()["index_year_after"].match(sent.text, e.end)
    return e.id, int(m.group("y")) if m else None


def _index_here(sent: Sentence, ctx: DocContext) -> tuple[str | None, int | None]:
    idx = sent.ents("INDEX")
    if idx:
        ctx.memory["index"] = idx[-1].id
        return _named_index(sent, idx[-1])
    if "index" not in ctx.memory:
        # a title or lead written before the index is named is about the article's first index
        first = next((e for e in ctx.entities if e.label == "INDEX"), None)
        if first is not None and first.start < 600:
            return first.id, None
    return ctx.memory.get("index"), None


def _index_at(sent: Sentence, a: int, b: int, index: str, index_year: int | None) -> tuple[str, int | None]:
    """The index of the rank at ``a``..``b`` when the sentence names several: one named right
    after it ("xếp thứ 14 về Chỉ số chuyển đổi số"), else the nearest before it ("Chỉ số PCI
    năm 2022 Đồng Nai đứng thứ 29; ... PAR Index đứng ở vị trí 51"), else the sentence's."""
    rx = _rx()
    named = sent.ents("INDEX")
    after = next((e for e in named if e.start >= b and rx["index_after"].fullmatch(sent.text, b, e.start)), None)
    before = [e for e in named if e.end <= a]
    e = after or (before[-1] if before else None)
    return _named_index(sent, e) if e else (index, index_year)


def _score_near(text: str, a: int, b: int, subject: Entity | None = None,
                percent: bool = False) -> tuple[float | None, int, int]:
    """A score right after the rank phrase, else right before it. ``percent``: the index
    scores in percent, so "đạt 90,29%" right after the rank is its score."""
    rx = _rx()
    pm = rx["percent_score"].match(text, b) if percent else None
    if pm:
        return parse_number(pm.group("s")), a, pm.end()
    after = text[b:b + 30]
    m = re.match(r"^\s*[,(]?\s*(?:với|đạt|là|-)?\s*(?:tổng\s+)?(?:số\s+)?(?:điểm\s+)?(?:\(?\s*với\s+)?", after)
    m2 = rx["score"].match(after, m.end()) if m else None
    if m2:
        return parse_number(m2.group("s")), a, b + m2.end()
    # "dẫn đầu bảng xếp hạng PCI 2017 với 70,7 điểm", "... với kết quả 89,45"
    far = rx["score_far"].match(text[b:b + 70])
    if far and ("," in far.group("s") or "điểm" in far.group(0)):
        return parse_number(far.group("s")), a, b + far.end()
    before = text[max(0, a - 90):a]
    # the last score before, passing over a change ("giảm 0,02 điểm so với năm 2022")
    m3 = None
    for m3 in reversed(list(rx["score"].finditer(before))):
        if not re.search(r"(?:tăng|giảm)\s*(?:thêm\s+)?$", before[:m3.start()]):
            break
    if m3 and rx["between_score_rank"].fullmatch(before[m3.end():]):
        return parse_number(m3.group("s")), a - len(before) + m3.start(), b
    # "đạt 71,25 điểm, Quảng Ninh tiếp tục là tỉnh đứng đầu": the score clause, then the subject
    if m3 and subject is not None:
        s_at = subject.start - (a - len(before))
        if s_at >= m3.end() and re.fullmatch(r"\s*,\s*", before[m3.end():s_at]):
            return parse_number(m3.group("s")), a - len(before) + m3.start(), b
    lead = rx["score_lead"].search(before)
    if lead:
        return parse_number(lead.group("s")), a - len(before) + lead.start(), b
    return None, a, b


def _year_for(text: str, a: int, b: int, ctx: DocContext, index: str | None,
              index_year: int | None) -> tuple[int | None, int]:
    rx = _rx()
    m = rx["year_after"].match(text, b) or rx["year_about"].match(text, b)
    if m:
        return int(m.group("y")), m.end()
    before = [m for m in BEFORE_YEAR_RE.finditer(text[:a])
              if not (rx["comparison_base"].search(text[max(0, m.start() - 12):m.start()])
                      and not re.fullmatch(r"\s*\(\s*", text[m.end():a]))
              and not text[max(0, m.start() - 2):m.start()].strip() == "("]  # "(năm 2023)" is an aside
    if before:
        year = int(before[-1].group(1))
        if rx["next_year"].search(text, before[-1].end(), a):
            year += 1  # "Năm 2014 ... tốp 5 thì năm sau tụt xuống thứ 6"
        return year, b
    if index_year:
        return index_year, b
    last = ctx.memory.get("rank_year")
    if last and last[0] == index and ctx.memory.get("sentence", -9) - last[2] <= 1:
        return last[1], b  # "Trong đó, CQS xếp thứ 40/63": the ranking just reported goes on
    return index_years(ctx).get(index or "", None), b


def _subject(sent: Sentence, pos: int) -> Entity | None:
    """The province a leader phrase at ``pos`` is said of: named just before it,
    with at most a few adverbs in between ("Quảng Ninh vươn lên dẫn đầu")."""
    prov = sent.province_before(pos)
    if prov and _rx()["subject_gap"].match(sent.text[prov.end:pos]):
        earlier = sent.province_before(prov.start)
        if earlier and re.fullmatch(r"\s*(?:,|và)\s*", sent.text[earlier.end:prov.start]):
            return None  # "Hà Nội, Huế ... và Thanh Hóa dẫn đầu": a group, not rank 1
        return prov
    return None


def _subject_after(sent: Sentence, b: int) -> Entity | None:
    """ "Ở vị trí thứ 2 là TP.HCM", "Vị trí thứ 3 ... thuộc về TP.Huế", "á quân Đồng Tháp"."""
    m = _rx()["subject_after"].match(sent.text, b)
    if not m:
        return None
    starts = {m.end(), m.start("pre") if m.group("pre") else m.end()}  # "tỉnh X" may be the entity
    return next((e for e in sent.ents("PROVINCE") if e.start in starts), None)


def extract_rankings(sent: Sentence, ctx: DocContext) -> list[Ranking | Metric]:
    rx = _rx()
    index, index_year = _index_here(sent, ctx)
    ctx.memory["sentence"] = sent.index
    facts: list[Ranking | Metric] = []
    if index is None:
        return facts
    text = sent.text
    facts += _national_average(sent, ctx, index, index_year)
    facts += _national_value(sent, ctx)
    taken: list[tuple[int, int]] = []
    before = ctx.memory.get("last_rank")
    # "Còn Gia Lai đứng thứ 19": a sentence right after a rank read goes on with its index
    goes_on = bool(before) and before[2] == sent.index - 1 and before[0] == index
    ranks: list[Ranking] = _respectively(sent, ctx, index, index_year, taken)
    for pat in rx["rank"]:
        for m in pat.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in taken):
                continue
            if rx["not_rank_before"].search(text[max(0, a - 40):a]) and "r" in m.groupdict() \
                    and re.search(r"(?:nhóm|top|tốp|Top|Tốp)\s*\d*\s*$", text[max(0, a - 12):a]):
                continue
            if re.search(r"(?:lần|năm|tăng|giảm)\s*$", text[max(0, a - 8):a]):
                continue
            gd = m.groupdict()
            r_index, r_year = _index_at(sent, a, b, index, index_year)
            after = _subject_after(sent, b)
            body_after = None if after else rx["central_body_after"].match(text, b)
            if gd.get("r") is None and not (_subject(sent, a) or after or body_after):
                continue  # "người đứng đầu" is a head of office; a leader needs a subject
            if gd.get("r") is None and rx["target_cues"].search(text[:a]):
                continue  # "phấn đấu ... dẫn đầu" is a goal, not a position
            if gd.get("r") is None and re.search(r"nhóm\s+\d+[^.;]{0,40}$", text[:a]):
                continue
            if gd.get("r") is None and rx["regional"].match(text, b):
                continue  # "dẫn đầu ... khu vực phía Bắc" leads a region, not the country
            if gd.get("next"):
                last = ctx.memory.get("last_rank")
                if not last or last[0] != r_index or sent.index - last[2] > 1:
                    continue  # "Tiếp theo là X" after no rank read: no position to count from
                rank = last[1] + 1
            elif gd.get("r"):
                rank = int(gd["r"])
            else:
                rank = rx["word_rank"].get(match_key(gd.get("w") or ""), 1)
            total = int(gd["t"]) if gd.get("t") else None
            if total is None:
                tm = rx["total_after"].match(text, b)
                if tm:
                    total, b = int(tm.group("t")), tm.end()
            else:
                fm = rx["field_after"].match(text, b)
                b = fm.end() if fm else b
            if total is not None and (rank > total or total > 63):
                continue  # out of 193 countries is no provincial rank
            cn = rx["field_national"].match(text, b)
            b = cn.end() if cn else b
            named_end = after.end if after else body_after.end() if body_after else b
            score, s0, e0 = _score_near(text, a, named_end, _subject(sent, a) if gd.get("r") is None else None,
                                        percent=_INDICES.get(r_index, {}).get("score_unit") == "%")
            year, e0 = _year_for(text, s0, e0, ctx, r_index, r_year)
            tail = None if score is not None else rx["score_tail"].match(text, e0)
            if tail:
                score, e0 = parse_number(tail.group("s")), tail.end()
            if year and re.search(r"từ\s*$", text[max(0, a - 5):a]) and rx["move_from"].match(text, e0) \
                    and not rx["year_after"].match(text, b):
                year -= 1  # "vươn từ vị trí thứ 8 lên thứ 3": where it came from, a year earlier
            if year is None and not (sent.ents("INDEX") or rx["index_anaphora"].search(text) or goes_on):
                continue  # an index named here with no year is still a position ("PCI ... đạt thứ hạng 21")
            prov = after or sent.province_before(s0, max_gap=4) or (
                _subject(sent, a) if gd.get("r") is None else None)
            carried = _carried_province(sent, ctx, r_index)
            body = None if prov else body_after or rx["central_body"].search(text, 0, s0)
            if prov:
                s0, e0 = min(s0, prov.start), max(e0, prov.end)
            elif body:  # a ministry's place: no province's
                s0, e0, carried = min(s0, body.start()), max(e0, body.end()), NATIONAL
            if text.count("(", s0, e0) > text.count(")", s0, e0) and text.startswith(")", e0):
                e0 += 1  # "(0,8046/1 điểm)", "Long An (70,37 điểm, hạng 3)": the bracket the span opened
            lo = max([e for s, e in taken if e <= a] + [text.rfind(";", 0, a) + 1])
            taken.append((a, named_end))
            ctx.memory["last_rank"] = (r_index, rank, sent.index)
            for comp in pillars.components(text, r_index, a, lo, b, [(e.start, e.end) for e in sent.ents("PROVINCE")]):
                ranks.append(Ranking(doc=ctx.doc_name, text=text[s0:e0], start=sent.start + s0,
                                     end=sent.start + e0, sentence=text, index=r_index,
                                     province=after.id if after else carried,
                                     component=comp, year=year, rank=rank, total=total, score=score))
    _shared_total(ranks, text)
    years = [r.year for r in ranks if r.year]
    if years:
        ctx.memory["rank_year"] = (index, max(years), sent.index)  # earlier years are comparisons
    provs = [r.province for r in ranks if r.province] or [e.id for e in sent.ents("PROVINCE")]
    if ranks and provs:
        ctx.memory["rank_province"] = (index, provs[-1], sent.index)
    read = [(r.start - sent.start, r.end - sent.start) for r in ranks]
    ranks += _listed_scores(sent, ctx, index, index_year, taken + read)
    ranks += _own_score(sent, ctx, index, index_year)
    # a number inside a ranking ("đứng thứ 2, đạt 90,29%") is its score, no metric
    ctx.memory.setdefault("claimed_spans", []).extend((r.start, r.end) for r in ranks)
    return facts + ranks


def _listed_scores(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                   taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "sau Thừa Thiên Huế (0,9578 điểm), Quảng Ninh (0,8600 điểm)": scores without a position."""
    out = []
    for e in sent.ents("PROVINCE"):
        m = _rx()["listed_score"].match(sent.text, e.end)
        if not m or any(e.start < b and a < m.end() for a, b in taken):
            continue
        year, _ = _year_for(sent.text, e.start, m.end(), ctx, index, index_year)
        if year is None:
            continue
        taken.append((e.start, m.end()))
        out.append(Ranking(doc=ctx.doc_name, text=sent.text[e.start:m.end()], start=sent.start + e.start,
                           end=sent.start + m.end(), sentence=sent.text, province=e.id, index=index,
                           component=pillars.components(sent.text, index, e.start, sent.text.rfind(";", 0, e.start) + 1,
                                                       e.start, [])[0],
                           year=year, rank=None,
                           total=None, score=parse_number(m.group("s"))))
    return out


_AVG = re.compile(r"(?:mức|điểm|điểm số)?\s*(?:trung bình|bình quân)(?:\s+(?:của\s+)?cả nước)?\s*(?:là|đạt|:|\()?\s*"
                  r"(?P<s>\d+(?:[.,]\d+)?)\s*điểm\)?")


def _national_average(sent: Sentence, ctx: DocContext, index: str, index_year: int | None) -> list[Metric]:
    out = []
    for m in _AVG.finditer(sent.text):
        if not re.search(r"địa phương|cả nước|toàn quốc|các tỉnh", sent.text[max(0, m.start() - 40):m.end()]):
            continue
        year, _ = _year_for(sent.text, m.start(), m.end(), ctx, index, index_year)
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        out.append(Metric(doc=ctx.doc_name, text=sent.text[a:m.end()], start=sent.start + a,
                          end=sent.start + m.end(), sentence=sent.text, province=NATIONAL,
                          indicator=f"{index} trung bình", value=parse_number(m.group("s")),
                          unit="điểm", comparator="=", as_of=str(year) if year else None))
    return out


def _shared_total(ranks: list[Ranking], text: str) -> None:
    """ "chính quyền số ở vị trí thứ 12, kinh tế số ... thứ 13 và xã hội số ... thứ 14 trong
    63 tỉnh": the field closing a list of pillar ranks is the field of each."""
    pill = [r for r in ranks if r.component]
    last = max(pill, key=lambda r: r.end, default=None)
    if last is None or last.total is None or not re.search(r"trong\s+\d+\s*\S*$", last.text):
        return
    for r in pill:
        if r.total is None and r.index == last.index and r.year == last.year:
            r.total = last.total


def _respectively(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                  taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3": positions paired with the
    provinces listed just before, in order."""
    out: list[Ranking] = []
    text = sent.text
    rx = _rx()
    for m in rx["respectively"].finditer(text):
        ranks = [int(x) for x in re.findall(r"\d+", m.group("ranks"))]
        provs, pos = [], m.start()
        while (p := sent.province_before(pos)) and (
                re.fullmatch(r"\s*(?:,|và)?\s*", text[p.end:pos]) if provs
                else rx["respectively_gap"].fullmatch(text, p.end, pos)):
            provs.insert(0, p)
            pos = p.start
        if len(provs) != len(ranks) or len(ranks) < 2:
            continue
        lead = rx["respectively_scores"].search(text, 0, provs[0].start)
        scores = [parse_number(x) for x in re.findall(r"\d+(?:[.,]\d+)?", lead.group("scores"))] if lead else []
        if len(scores) != len(ranks):
            scores = [None] * len(ranks)
        year, _ = _year_for(text, provs[0].start, m.end(), ctx, index, index_year)
        if year is None:
            continue
        taken.append((m.start(), m.end()))
        for p, r, score in zip(provs, ranks, scores):
            out.append(Ranking(doc=ctx.doc_name, text=text[provs[0].start:m.end()],
                               start=sent.start + provs[0].start, end=sent.start + m.end(), sentence=text,
                               province=p.id, index=index, component=None, year=year, rank=r,
                               total=None, score=score))
    return out


def _own_score(sent: Sentence, ctx: DocContext, index: str, index_year: int | None) -> list[Ranking]:
    """ "Ninh Bình đứng thứ 6/63 ... Tổng điểm trung bình của địa phương này là 0,5064 điểm":
    the score of the province just ranked, with no position of its own."""
    province = _carried_province(sent, ctx, index)
    m = _rx()["own_score"].search(sent.text) if province else None
    if not m:
        return []
    year, _ = _year_for(sent.text, m.start(), m.end(), ctx, index, index_year)
    return [Ranking(doc=ctx.doc_name, text=m.group(0), start=sent.start + m.start(), end=sent.start + m.end(),
                    sentence=sent.text, province=province, index=index, component=None, year=year,
                    rank=None, total=None, score=parse_number(m.group("s")))]


def _carried_province(sent: Sentence, ctx: DocContext, index: str) -> str | None:
    """ "TP Hà Nội ... xếp thứ 24/63. Trong đó, CQS xếp thứ 40/63": a sentence that names
    no province goes on about the one ranked just before."""
    last = ctx.memory.get("rank_province")
    if sent.ents("PROVINCE") or not last or last[0] != index or sent.index - last[2] > 1:
        return None
    return last[1]


def _national_value(sent: Sentence, ctx: DocContext) -> list[Metric]:
    """ "ở cấp quốc gia, chỉ số DTI năm 2024 đạt 0,7955": the country's value, a metric."""
    out, rx = [], _rx()
    for e in sent.ents("INDEX"):
        m = rx["national_value"].match(sent.text, e.end)
        if not m or not rx["national_scope"].search(sent.text[max(0, e.start - 40):m.end()]):
            continue
        a = m.start("s")
        out.append(Metric(doc=ctx.doc_name, text=sent.text[a:m.end("s")], start=sent.start + a,
                          end=sent.start + m.end("s"), sentence=sent.text, province=NATIONAL,
                          indicator=f"{e.id} quốc gia", value=parse_number(m.group("s")), unit=None,
                          comparator="=", as_of=m.group("y")))
    return out
