"""Entry point of extraction: a pipeline of named components over one Doc.

    normalise -> spaCy Doc (sentences, gazetteer entities) -> extractors -> attribution
    -> offsets mapped back to the caller's text

Extractors are registered by name in :data:`EXTRACTORS` (order matters:
targets run before metrics so "Trong đó có 3 ..." is read as a goal) and are
pure functions ``(Sentence, DocContext) -> list[Fact]``.  Passes over the whole
document's facts, once every sentence is read, are registered in :data:`DOCUMENT_PASSES`.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc

from extract.context import NATIONAL, DocContext, Sentence, bare_line, doc_context, make_sentence, opens_line
from extract.dates import extract_dates, head_date
from extract.exam_scores import extract_exam_scores
from extract.legal import carry_issue_dates_back, extract_legal
from extract.metrics import extract_metrics
from extract.nlp import make_doc, sentences
from extract.normalize import Normalized, normalize
from extract.officials import extract_officials
from extract.place_tables import extract_place_tables
from extract.provinces import province_2025, resolve_province
from extract.rankings import extract_rankings
from extract.records import Fact
from extract.sentences import LIST_MARK
from extract.tables import extract_tables
from extract.year_tables import extract_year_tables
from extract.targets import extract_targets

Extractor = Callable[[Sentence, DocContext], list[Fact]]
EXTRACTORS: dict[str, Extractor] = {
    "dates": extract_dates,
    "legal": extract_legal,
    "tables": extract_tables,
    "place_tables": extract_place_tables,
    "year_tables": extract_year_tables,
    "rankings": extract_rankings,
    "targets": extract_targets,
    "exam_scores": extract_exam_scores,
    "metrics": extract_metrics,
    "officials": extract_officials,
}

# (facts of the whole document, in text order) -> None, mending facts in place
DocumentPass = Callable[[list[Fact]], None]
DOCUMENT_PASSES: dict[str, DocumentPass] = {
    # a document cited first without its date and later with it gets the date
    "legal_issue_dates": carry_issue_dates_back,
}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Add an extractor: ``@register("budgets") def f(sent, ctx): ...``."""
    def deco(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = fn
        return fn
    return deco


# the country as an article's subject: a province named once beside it is no subject; not the country
# in the name of a body ("Ủy ban MTTQ Việt Nam tỉnh", "Đảng Cộng sản Việt Nam")
NATIONAL_SCOPE = re.compile(r"(?i:\b(?:cả\s+nước|toàn\s+quốc|nước\s+ta)\b)|(?<!MTTQ )(?<!Tổ quốc )(?<!Cộng sản )\bViệt\s+Nam\b"
                            r"(?!\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)\b)")


def _main_province_work(ctx_ents, text: str) -> str | None:
    counts: Counter[str] = Counter()
    first_line_end = text.find("\n") if "\n" in text else len(text)
    for e in ctx_ents:
        if e.label == "PROVINCE":
            counts[e.id] += 3 if e.start < first_line_end else 1
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # provinces named alike often, as a national article lists them: none is its subject
    if ranked[0][1] == 1 and len(NATIONAL_SCOPE.findall(text)) >= 2:
        return None  # "toàn quốc có 902 đô thị" ... "Một góc TP Thủ Đức trực thuộc TP HCM": a caption's city
    return ranked[0][0]


# "1. Long An", "Tỉnh Quảng Bình": a line naming only a province heads the lines under it
_PROVINCE_HEADING = re.compile(rf"(?:{LIST_MARK.pattern}\s*)?(?:(?:tỉnh|thành phố|TP\.?)\s+)?", re.I)


def _heading_province(sent: Sentence, ctx: DocContext) -> None:
    """Keep the province a heading line names for the lines under it, up to the next heading
    (any line of its own without closing punctuation, a source in brackets aside)."""
    if not bare_line(sent, ctx) or sent.text.startswith("("):
        return
    names = sent.ents("PROVINCE")
    whole = len(names) == 1 and bool(_PROVINCE_HEADING.fullmatch(sent.text[:names[0].start])) \
        and names[0].end == len(sent.text.rstrip())
    ctx.memory["heading_province"] = names[0].id if whole and sent.index > 0 else None


# "Thành phố Tuyên Quang ..., cách thủ đô Hà Nội 165 km": the distance belongs to the place described
_DISTANCE_FROM = re.compile(r"\bcách\s+(?:(?:thủ\s+đô|trung\s+tâm|thành\s+phố|TP\.?|tỉnh)\s+)?$")


# "Sáng cùng ngày, tại huyện Can Lộc (Hà Tĩnh), ... thông xe dự án ... Dự án có chiều dài 35,1 km":
# a project named as the subject goes on in the other province the sentence before was set in
_PROJECT_SUBJECT = re.compile(r"(?:Dự án|Công trình|Tuyến|Cầu|Cây cầu|Nhà máy)\b")


def _scene_province(sent: Sentence, ctx: DocContext) -> None:
    """Keep the one province other than the article's that a sentence names, for a project the
    next sentences tell of (:data:`_PROJECT_SUBJECT`); a sentence naming others ends it."""
    named = {e.id for e in sent.ents("PROVINCE")}
    if named:
        ctx.memory["scene_province"] = next(iter(named)) if len(named) == 1 and ctx.province not in named else None


# "Đối với tỉnh Thái Bình, tổng sản phẩm ... Tổng giá trị sản xuất ...": a paragraph opened on one
# province, set apart from the article's, tells of it to its end
_TOPIC_OPENER = re.compile(r"(?:Đối với|Riêng|Còn|Tại|Ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")


def _topic_province(sent: Sentence, ctx: DocContext) -> None:
    """Keep the province a paragraph opens on ("Đối với tỉnh X, ...") for the sentences after
    it in that paragraph; a new line ends it."""
    if opens_line(sent, ctx):
        names = sent.ents("PROVINCE")
        opener = names and _TOPIC_OPENER.fullmatch(sent.text[:names[0].start]) \
            and sent.text[names[0].end:].lstrip().startswith(",")
        ctx.memory["topic_province"] = names[0].id if opener else None


def _attribute(fact: Fact, sent: Sentence, ctx: DocContext) -> None:
    """Province the fact is about: the last one named before or inside its span in the
    sentence, else the one a heading line above names ("1. Long An"), else the one its paragraph
    opened on ("Đối với tỉnh X, ..."), else, for a project that
    opens the sentence, the other province the sentence before named, else the article's."""
    if fact.province == NATIONAL:
        fact.province = None
    elif fact.province is None:
        rel = fact.start - sent.start
        before = [e for e in sent.ents("PROVINCE") if e.end <= rel + len(fact.text)
                  and not _DISTANCE_FROM.search(sent.text, 0, e.start)]
        # a province named only after the span is another subject ("xếp thứ 60/63 (tỉnh
        # Hà Tĩnh đạt điểm cao nhất)"): then the fact is about the article's province
        if before:
            fact.province = before[-1].id
        else:
            scene = ctx.memory.get("scene_province") if _PROJECT_SUBJECT.match(sent.text) else None
            fact.province = (ctx.memory.get("heading_province") or ctx.memory.get("topic_province") or scene
                             or ctx.province)
    fact.province_2025 = province_2025(fact.province)


@lru_cache(maxsize=1)
def _prepared(text: str) -> tuple[Normalized, Doc]:
    """The working text and its Doc. Callers ask for the article's main province and then
    its facts (``pipelines.batch.analyse``): the last text's Doc is kept so it is built once."""
    norm = normalize(text)
    return norm, make_doc(norm.text)


def extract_facts(
    text: str, doc: str, *, published: str | None = None, province: str | None = None
) -> list[Fact]:
    """All facts of one article's clean text.

    ``published`` (ISO date) resolves partial dates; ``province`` is the article's main
    province (canonical pre-2025 name) used when a sentence names none.  Input in
    any Unicode form is accepted: offsets always index into ``text`` as given.
    """
    if not text or not text.strip():
        return []
    norm, sdoc = _prepared(text)
    # a page dated to the month or the year only: partial dates resolve against that
    head = None if published else head_date(norm.text)
    ctx = doc_context(doc, norm.text, sdoc, published or (head[2] if head else None), None)
    ctx.memory["head_date"] = head
    ctx.province = resolve_province(province) if province else _main_province_work(ctx.entities, norm.text)
    bounds = sentences(sdoc, norm.text)
    ctx.memory["sentence_bounds"] = bounds
    facts: list[Fact] = []
    for i, (s, e) in enumerate(bounds):
        sent = make_sentence(ctx, i, s, e)
        _heading_province(sent, ctx)
        _topic_province(sent, ctx)
        for extractor in EXTRACTORS.values():
            for fact in extractor(sent, ctx):
                _attribute(fact, sent, ctx)
                # a table's row runs on past its first cell's line: its sentence is the row
                os_, oe = norm.original_span(min(s, fact.start), max(e, fact.end))
                # back to the caller's offsets; text and sentence re-read from it
                fact.start, fact.end = norm.original_span(fact.start, fact.end)
                fact.text = text[fact.start:fact.end]
                fact.sentence = text[os_:oe]
                facts.append(fact)
        _scene_province(sent, ctx)
    for document_pass in DOCUMENT_PASSES.values():
        document_pass(facts)
    # one fact per (type, span, values): overlapping patterns may read a span twice
    unique = {json.dumps(f.to_dict(), sort_keys=True, ensure_ascii=False): f for f in facts}
    return sorted(unique.values(), key=lambda f: (f.start, f.type))


def main_province(text: str) -> str | None:
    """The province an article is mainly about (canonical pre-2025 name), or None."""
    if not text or not text.strip():
        return None
    norm, sdoc = _prepared(text)
    ctx = doc_context("", norm.text, sdoc, None, None)
    return _main_province_work(ctx.entities, norm.text)
