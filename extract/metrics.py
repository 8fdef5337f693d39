"""Metrics: values already reached — "đã có hơn 132.000 tài khoản",
"960/1.818 (đạt 52,8%)", "đạt 34,37%".  National averages of an index are
produced by the ranking extractor, which knows the index and year.
"""
from __future__ import annotations

from extract.context import DocContext, Sentence
from extract.numbers import as_int
from extract.quantities import candidates, indicator_before
from extract.records import Metric

_GOAL_CONTINUATION = ("Trong đó", "trong đó")


def extract_metrics(sent: Sentence, ctx: DocContext) -> list[Metric]:
    text = sent.text
    if text.startswith(_GOAL_CONTINUATION) and ctx.memory.get("goal_sentence") == sent.index - 1:
        return []
    facts = []
    # spans the targets and rankings of this sentence took (extractors run in that order)
    claimed = ctx.claimed(sent)
    for c in candidates(text):
        start, end = sent.start + c.start, sent.start + c.end
        if c.goal or any(s <= start and end <= e for s, e in claimed):
            continue
        unit = c.unit
        indicator = indicator_before(text, c.start) if unit == "%" else unit
        if c.q.denominator is not None:
            # "960/1.818 dịch vụ công": the noun after the ratio names what is counted
            indicator = unit or indicator_before(text, c.start)
        facts.append(Metric(doc=ctx.doc_name, text=text[c.start:c.end], start=sent.start + c.start,
                            end=sent.start + c.end, sentence=text, indicator=indicator,
                            value=as_int(c.q.value), unit=unit, comparator=c.q.comparator,
                            denominator=as_int(c.q.denominator),
                            as_of=ctx.published[:10] if ctx.published else None))
    return facts
