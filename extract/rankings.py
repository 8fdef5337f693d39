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

from extract.context import PAST_YEAR_RE, DocContext, Entity, Sentence
from extract.normalize import match_key
from extract.numbers import parse_number
from extract.records import Metric, Ranking
from extract.context import NATIONAL

# "so với năm 2020 (xếp 46 ...)": here the comparison year is the rank's own year
BEFORE_YEAR_RE = re.compile(r"(?<!đến )(?<!tới )(?<!đoạn )(?<!hướng )(?:năm|Năm)\s+((?:19|20)\d\d)(?![\d/-])")
_P = json.loads((Path(__file__).parent / "patterns" / "rankings.json").read_text("utf-8"))
_INDICES = json.loads((Path(__file__).parent / "data" / "indices.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _components() -> dict[str, dict[str, str]]:
    """Per index: match key of every written form -> canonical component name."""
    return {idx: {match_key(alias): canonical for canonical, aliases in row.get("components", {}).items()
                  for alias in aliases}
            for idx, row in _INDICES.items() if not idx.startswith("_")}


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    rx = {k: re.compile(v) for k, v in _P.items() if isinstance(v, str) and not k.startswith("_")}
    rx["rank"] = [re.compile(p) for p in _P["rank"]]  # type: ignore[assignment]
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
        if not idx or not re.search(r"xếp hạng|đánh giá|công bố|bảng xếp", sent):
            continue
        m = PAST_YEAR_RE.search(sent)  # the year the sentence reports on comes first
        if m:
            y = int(m.group(1))
            if ctx.published_year is None or y <= ctx.published_year:
                counts.setdefault(idx[0], Counter())[y] += 1
    ctx.memory["index_years"] = {k: c.most_common(1)[0][0] for k, c in counts.items()}
    return ctx.memory["index_years"]


def _index_here(sent: Sentence, ctx: DocContext) -> tuple[str | None, int | None]:
    rx = _rx()
    idx = sent.ents("INDEX")
    if idx:
        ctx.memory["index"] = idx[-1].id
        m = rx["index_year_after"].match(sent.text, idx[-1].end)
        return idx[-1].id, int(m.group("y")) if m else None
    if "index" not in ctx.memory:
        # a title or lead written before the index is named is about the article's first index
        first = next((e for e in ctx.entities if e.label == "INDEX"), None)
        if first is not None and first.start < 600:
            return first.id, None
    return ctx.memory.get("index"), None


def _score_near(text: str, a: int, b: int) -> tuple[float | None, int, int]:
    """A score right after the rank phrase, else right before it."""
    rx = _rx()
    after = text[b:b + 30]
    m = re.match(r"^\s*[,(]?\s*(?:với|đạt|là|-)?\s*(?:tổng\s+)?(?:số\s+)?(?:điểm\s+)?(?:\(?\s*với\s+)?", after)
    m2 = rx["score"].match(after, m.end()) if m else None
    if m2:
        return parse_number(m2.group("s")), a, b + m2.end()
    # "dẫn đầu bảng xếp hạng PCI 2017 với 70,7 điểm", "... với kết quả 89,45"
    far = rx["score_far"].match(text[b:b + 70])
    if far and ("," in far.group("s") or "điểm" in far.group(0)):
        return parse_number(far.group("s")), a, b + far.end()
    before = text[max(0, a - 30):a]
    m3 = None
    for m3 in rx["score"].finditer(before):
        pass
    if m3 and re.fullmatch(r"[\s,;]*", before[m3.end():]):
        return parse_number(m3.group("s")), a - len(before) + m3.start(), b
    return None, a, b


def _year_for(text: str, a: int, b: int, ctx: DocContext, index: str | None,
              index_year: int | None) -> tuple[int | None, int]:
    rx = _rx()
    m = rx["year_after"].match(text, b)
    if m:
        return int(m.group("y")), b + m.end() - b
    before = list(BEFORE_YEAR_RE.finditer(text[:a]))
    if before:
        year = int(before[-1].group(1))
        if rx["next_year"].search(text, before[-1].end(), a):
            year += 1  # "Năm 2014 ... tốp 5 thì năm sau tụt xuống thứ 6"
        return year, b
    if index_year:
        return index_year, b
    return index_years(ctx).get(index or "", None), b


def _canonical_component(index: str | None, written: str) -> str:
    return _components().get(index or "", {}).get(match_key(written), written)


def _component(sent: Sentence, index: str | None, upto: int) -> str | None:
    """The pillar a rank at ``upto`` is about: quoted after "chỉ số"/"nhóm", or a
    "Pillar: ..." heading at the start of the line, the last one before the rank."""
    rx = _rx()
    found = [m for m in rx["component_quoted"].finditer(sent.text) if m.start() < upto]
    if found:
        return _canonical_component(index, found[-1].group("c").strip())
    heads = [m for m in rx["component_colon"].finditer(sent.text) if m.end() <= upto]
    if heads:
        m = heads[-1]
        if all(not (m.start("c") <= e.start < m.end()) for e in sent.ents("PROVINCE")):
            return _canonical_component(index, m.group("c").strip())
    return None


def _subject(sent: Sentence, pos: int) -> Entity | None:
    """The province a leader phrase at ``pos`` is said of: named just before it,
    with at most a few adverbs in between ("Quảng Ninh vươn lên dẫn đầu")."""
    prov = sent.province_before(pos)
    if prov and _rx()["subject_gap"].match(sent.text[prov.end:pos]):
        return prov
    return None


def extract_rankings(sent: Sentence, ctx: DocContext) -> list[Ranking | Metric]:
    rx = _rx()
    index, index_year = _index_here(sent, ctx)
    facts: list[Ranking | Metric] = []
    if index is None:
        return facts
    text = sent.text
    facts += _national_average(sent, ctx, index, index_year)
    taken: list[tuple[int, int]] = []
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
            if m.groupdict().get("r") is None and not _subject(sent, a):
                continue  # "người đứng đầu" is a head of office; a leader needs a subject
            gd = m.groupdict()
            if gd.get("r") is None and rx["target_cues"].search(text[:a]):
                continue  # "phấn đấu ... dẫn đầu" is a goal, not a position
            if gd.get("r") is None and re.search(r"nhóm\s+\d+[^.;]{0,40}$", text[:a]):
                continue
            rank = int(gd["r"]) if gd.get("r") else 1
            total = int(gd["t"]) if gd.get("t") else None
            if total is None:
                tm = rx["total_after"].match(text, b)
                if tm:
                    total, b = int(tm.group("t")), tm.end()
            else:
                fm = rx["field_after"].match(text, b)
                b = fm.end() if fm else b
            if total is not None and rank > total:
                continue
            score, s0, e0 = _score_near(text, a, b)
            year, e0 = _year_for(text, s0, e0, ctx, index, index_year)
            if year is None and not sent.ents("INDEX"):
                continue  # an index named here with no year is still a position ("PCI ... đạt thứ hạng 21")
            prov = sent.province_before(s0, max_gap=4) or (_subject(sent, a) if gd.get("r") is None else None)
            if prov:
                s0 = min(s0, prov.start)
            taken.append((a, b))
            facts.append(Ranking(doc=ctx.doc_name, text=text[s0:e0], start=sent.start + s0,
                                 end=sent.start + e0, sentence=text, index=index,
                                 component=_component(sent, index, a), year=year, rank=rank,
                                 total=total, score=score))
    facts += _listed_scores(sent, ctx, index, index_year, taken)
    return facts


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
                           component=_component(sent, index, e.start), year=year, rank=None,
                           total=None, score=parse_number(m.group("s"))))
    return out


_AVG = re.compile(r"(?:mức|điểm|điểm số)?\s*trung bình(?:\s+(?:của\s+)?cả nước)?\s*(?:là|đạt|:)?\s*"
                  r"(?P<s>\d+(?:[.,]\d+)?)\s*điểm")


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
