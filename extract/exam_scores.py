"""Exam scores: a province's average mark in a national exam, "Nghệ An dẫn đầu cả nước về điểm
trung bình thi tốt nghiệp THPT với 6,52 điểm", "Hà Nội và TP.HCM với điểm trung bình lần lượt là
5,275 và 5,256", "Sơn La (3,629)".

Provinces placed by their average mark make a league by a statistic, no index (POLICY, sessions 29
and 37): each mark is a metric of unit "điểm" (rounds 59 and 68), its place no ranking. Read only in
an article about an exam and in a sentence naming no index, where "6,52 điểm" would be an index's
score, and only marks with decimals: "trên 8" is a bound and "513 điểm 10" a count of perfect marks.
"""
from __future__ import annotations

import re

from extract.as_of import as_of, sentence_dates
from extract.clauses import rx
from extract.context import DocContext, Sentence, within_any
from extract.numbers import as_int, find_quantities
from extract.units import BAD_UNITS, unit_after
from extract.records import Metric

EXAM = re.compile(r"(?i)\bkỳ\s+thi\b|\bthi\s+tốt\s+nghiệp\b|\bđiểm\s+thi\b|\bphổ\s+điểm\b|\bmôn\s+thi\b")
# the mark's own unit after it; a bare mark needs the word for a mark earlier in its sentence
MARK_UNIT = re.compile(r"\s*điểm\b(?!\s*(?:%|\d))")
MARK_WORD = re.compile(r"(?i)\bđiểm\s+(?:trung\s+bình|thi|số)\b|\bmức\s+điểm\b|\btổng\s+điểm\b")


def extract_exam_scores(sent: Sentence, ctx: DocContext) -> list[Metric]:
    if "exam" not in ctx.memory:
        ctx.memory["exam"] = bool(EXAM.search(ctx.text))
    text = sent.text
    named = MARK_WORD.search(text)
    if not ctx.memory["exam"] or sent.ents("INDEX") or not (marks := named or MARK_UNIT.search(text)):
        return []
    claimed = ctx.claimed(sent)
    dates = sentence_dates(text, ctx.published)
    facts = []
    for q in find_quantities(text):
        unit = MARK_UNIT.match(text, q.end)
        # "5,275 và 5,256", not "120.000 thí sinh" (the segmenter asked only for a bare number)
        bare = q.unit is None and q.denominator is None and marks.start() < q.start \
            and ((counted := unit_after(text, q.end)[0]) is None or counted.split()[0].lower() in BAD_UNITS)
        span = (sent.start + q.start, sent.start + q.end)
        if q.value.is_integer() or not (unit or bare) \
                or rx()["strong_goal"].search(text, 0, q.start) \
                or within_any(claimed, *span):
            continue
        end = unit.end() if unit else q.end
        facts.append(Metric(doc=ctx.doc_name, text=text[q.start:end], start=sent.start + q.start,
                            end=sent.start + end, sentence=text, indicator=named.group(0).lower() if named else "điểm thi",
                            value=as_int(q.value), unit="điểm", comparator=q.comparator,
                            as_of=as_of(text, dates, q.start, ctx.memory.get("as_of"), end)))
        claimed.append(span)
    return facts
