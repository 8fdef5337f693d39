"""The highest and the lowest score of an index, each named with the province holding it:
"Điểm PCI cao nhất là 72,95 (Quảng Ninh)" is first place with its score; "Điểm PCI thấp nhất là
59,58 (Cao Bằng)" is the bottom, read as a score without a place (the field size is rarely given,
as for 'bottom_score').
"""
from __future__ import annotations

import re

from extract.context import DocContext, Sentence
from extract.numbers import parse_score
from extract.rank_context import index_at, patterns, year_for
from extract.records import Ranking

_CLOSE = re.compile(r"\s*\)")


def extreme_scores(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                   taken: list[tuple[int, int]]) -> list[Ranking]:
    text, out = sent.text, []
    for m in patterns()["extreme_score"].finditer(text):
        prov = next((p for p in sent.ents("PROVINCE") if p.start == m.end()), None)
        close = prov and _CLOSE.match(text, prov.end)
        if not close or any(m.start() < e and s < close.end() for s, e in taken):
            continue
        own_index, own_year = index_at(sent, m.start(), m.end(), index, index_year)
        year, _ = year_for(text, m.start(), m.end(), ctx, own_index, own_year)
        if year is None:
            continue
        taken.append((m.start(), close.end()))
        out.append(Ranking(doc=ctx.doc_name, text=text[m.start():close.end()], start=sent.start + m.start(),
                           end=sent.start + close.end(), sentence=text, province=prov.id, index=own_index,
                           component=None, year=year, rank=1 if m.group("x") == "cao" else None, total=None,
                           score=parse_score(m.group("s"))))
    return out
