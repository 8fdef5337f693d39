"""Scores an article tells of one province with no place of their own: the score of the
province just ranked ("Tổng điểm trung bình của địa phương này là 0,5064 điểm"), an index's
score named with the province ("PAPI 2022 của Hà Nội là 43,9 điểm", "giá trị DTI Đà Nẵng năm
2021 đạt 0,6419") or with the article's own ("chỉ số PAR INDEX của tỉnh đạt 87,61 điểm"), and
an index's score moving from one year to the next ("từ 90,30% (2021) xuống 82,18%").
"""
from __future__ import annotations

import re

from extract.context import DocContext, Entity, Sentence
from extract.numbers import parse_number
from extract.rank_context import carried_province, in_percent, named_index, patterns, year_for
from extract.records import Ranking


def own_score(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
              read: list[Ranking]) -> list[Ranking]:
    """ "Ninh Bình đứng thứ 6/63 ... Tổng điểm trung bình của địa phương này là 0,5064 điểm":
    the score of the province just ranked, with no position of its own; also an index's score
    told right after its name ("chỉ số PAPI là 40,62/80 điểm") of that province, the article's or
    the one the sentence opens on ("Đối với tỉnh Ninh Thuận, ..."), or of the province named with
    it ("PAPI 2022 của Hà Nội là 43,9 điểm") unless ``read`` already."""
    rx = patterns()
    province = carried_province(sent, ctx, index)
    m = rx["own_score"].search(sent.text) if province else None
    found = [(m.start(), m, index, index_year)] if m else []
    # "chỉ số PAR INDEX của tỉnh đạt 87,61 điểm": the article's province, attributed downstream
    articles_own = not sent.ents("PROVINCE") and bool(rx["own_province"].search(sent.text))
    topic = None if province or articles_own else _topic_province(sent)
    if province or articles_own or topic:
        found += [(e.start, m, *named_index(sent, e)) for e in sent.ents("INDEX")
                  if (not topic or e.start > topic.end) and (m := rx["index_own_score"].match(sent.text, e.end))]
    spans = [(r.start - sent.start, r.end - sent.start) for r in read]
    province = province or (topic and topic.id)
    found = [(a, m, idx, idx_year, province) for a, m, idx, idx_year in found] + [
        f for f in _named_province_scores(sent) if not any(f[0] < e and s < f[1].end() for s, e in spans)]
    out = []
    for a, m, idx, idx_year, prov in found:
        year, _ = year_for(sent.text, a, m.end(), ctx, idx, idx_year)
        out.append(Ranking(doc=ctx.doc_name, text=sent.text[a:m.end()], start=sent.start + a, end=sent.start + m.end(),
                           sentence=sent.text, province=prov, index=idx, component=None, year=year,
                           rank=None, total=None, score=parse_number(m.group("s"))))
    return out


def _topic_province(sent: Sentence) -> Entity | None:
    """ "Đối với tỉnh Ninh Thuận, kết quả Chỉ số PAPI năm 2021 đạt 43.83 điểm": the province a
    sentence opens on as its topic, when it names no other."""
    m = patterns()["topic_province"].match(sent.text)
    named = sent.ents("PROVINCE")
    if not m or len({p.id for p in named}) != 1 or not m.start() < named[0].start <= m.end():
        return None
    return named[0] if re.match(r"\s*,", sent.text[named[0].end:]) else None


def moved_score(sent: Sentence, ctx: DocContext, read: list[Ranking]) -> list[Ranking]:
    """ "Chỉ số Sipas giảm khá sâu (8, 12%), từ 90,30% (2021) xuống 82,18%": an index's score moving,
    told with no place, in an article about one province: the score of each year. Not of a
    sentence naming provinces, whose scores may be any of theirs."""
    out, spans = [], [(r.start - sent.start, r.end - sent.start) for r in read]
    for e in [] if sent.ents("PROVINCE") else sent.ents("INDEX"):
        m = patterns()["index_score_move"].match(sent.text, e.end)
        if not m or any(e.start < b and a < m.end() for a, b in spans):
            continue
        idx, idx_year = named_index(sent, e)
        if (m.group("u") == "%") != in_percent(idx):
            continue
        year, _ = year_for(sent.text, e.start, m.end(), ctx, idx, idx_year)
        if year is None:
            continue
        since = re.search(r"so\s+với\s+năm\s+((?:19|20)\d\d)", m.group(0))
        was = int(m.group("wy") or (since and since.group(1)) or year - 1)
        for y, span, g in ((was, "from", "was"), (year, "to", "s")):
            a, b = m.span(span)
            out.append(Ranking(doc=ctx.doc_name, text=sent.text[a:b], start=sent.start + a, end=sent.start + b,
                               sentence=sent.text, province=None, index=idx, component=None, year=y,
                               rank=None, total=None, score=parse_number(m.group(g))))
    return out


def _named_province_scores(sent: Sentence) -> list[tuple]:
    """ "PAPI 2022 (không trọng số) của Hà Nội là 43,9 điểm": the score of the province named
    right after the index."""
    rx, out = patterns(), []
    for e in sent.ents("INDEX"):
        of = rx["index_of_province"].match(sent.text, e.end)
        # the province's entity may hold its "tỉnh" ("của tỉnh Quảng Ngãi")
        p = next((p for p in sent.ents("PROVINCE") if of and of.start() < p.start <= of.end()), None)
        m = rx["province_score_is"].match(sent.text, p.end) if p else None
        idx, idx_year = named_index(sent, e) if m else (None, None)
        if m and (not m.group("pct") or in_percent(idx)):  # "đạt 86.45%" scores an index in percent
            out.append((e.start, m, idx, int(m.group("y") or 0) or idx_year, p.id))
    return out
