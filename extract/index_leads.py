"""First place in several indices at once: "Quảng Ninh dẫn đầu cả hai chỉ số PCI và PAPI
năm 2023" (the indices listed after the lead), "Cả hai chỉ số này, Quảng Ninh đều là địa
phương đứng đầu" (the indices the sentence before named). One ranking per index, each
with the year written with it, else the year written last in the list, else the article's.
"""
from __future__ import annotations

from extract.context import DocContext, Sentence
from extract.rank_context import clause_end, named_index, patterns, subject, year_for
from extract.records import Ranking

COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "2": 2, "3": 3, "4": 4}


def remember_indices(sent: Sentence, ctx: DocContext) -> None:
    """The indices this sentence names, for an anaphora in the next ("cả hai chỉ số này")."""
    named = [named_index(sent, e) for e in sent.ents("INDEX")]
    ctx.memory["named_indices"] = (sent.index, list(dict.fromkeys(named)))


def index_leads(sent: Sentence, ctx: DocContext, taken: list[tuple[int, int]]) -> list[Ranking]:
    rx, text, out = patterns(), sent.text, []
    before = ctx.memory.get("named_indices", (-9, []))
    for m in rx["index_leads"].finditer(text):
        prov = subject(sent, m.start("lead"))
        if prov is None or not (m.group("n") or m.group("front") or m.group("both") is not None):
            continue  # a lead in one index is the rank patterns'
        n = COUNTS.get(m.group("n2") or m.group("n"))
        if m.group("front") or m.group("these"):  # the indices of the sentence before
            named = before[1] if before[0] == sent.index - 1 else []
            a, b = m.start(), m.end()
        else:  # the indices listed right after the lead, up to the clause's end
            end = clause_end(text, m.end())
            ents = [e for e in sent.ents("INDEX") if m.end() <= e.start < end]
            named = list(dict.fromkeys(named_index(sent, e) for e in ents))
            tail = rx["index_year_after"].match(text, ents[-1].end) if ents else None
            a, b = prov.start, tail.end() if tail else (ents[-1].end if ents else m.end())
        taken.append((a, b))  # a lead in indices that cannot be told is no lead in the sentence's index
        if len({i for i, _ in named}) != (n or max(2, len(named))):
            continue
        # the year written with one of them, else the article's edition of any of them
        list_year = next((y for _, y in reversed(named) if y), None) or next(
            filter(None, (year_for(text, a, b, ctx, index, None)[0] for index, _ in named)), None)
        for index, year in named:
            year = year or list_year
            out.append(Ranking(doc=ctx.doc_name, text=text[a:b], start=sent.start + a, end=sent.start + b,
                               sentence=text, province=prov.id, index=index, component=None, year=year,
                               rank=1, total=None, score=None))
    return out
