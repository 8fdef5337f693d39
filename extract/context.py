"""What every extractor sees: the article-level context and one sentence at a time."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

# A sentinel an extractor puts in ``province`` to say "this fact is national"
# (null province), as opposed to None = "attribute it for me".
NATIONAL = "\x00national"

YEAR_RE = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/]|[.,]\d)")
# "năm 2021" that states when something happened, not a horizon ("đến năm 2025")
# nor a comparison base ("so với năm 2020").
PAST_YEAR_RE = re.compile(r"(?<!đến )(?<!tới )(?<!đoạn )(?<!hướng )(?<!với )(?:năm|Năm)\s+((?:19|20)\d\d)(?![\d/-])")


@dataclass
class Entity:
    label: str
    id: str
    start: int  # working-text offsets
    end: int
    text: str


@dataclass
class DocContext:
    doc_name: str
    text: str  # working text
    spacy_doc: Doc
    published: str | None = None
    province: str | None = None  # article's main province
    entities: list[Entity] = field(default_factory=list)
    # carried across sentences by extractors (e.g. the ranking year in force)
    memory: dict = field(default_factory=dict)

    def claimed(self, sent: "Sentence") -> list[tuple[int, int]]:
        """Spans the facts of this sentence took so far (rankings, targets run first): a
        number inside one is no metric. Kept per sentence, so a long article stays linear."""
        if self.memory.get("claimed_in") != sent.index:
            self.memory["claimed_in"], self.memory["claimed_spans"] = sent.index, []
        return self.memory["claimed_spans"]

    @property
    def published_year(self) -> int | None:
        return int(self.published[:4]) if self.published and self.published[:4].isdigit() else None

    @property
    def published_month(self) -> int | None:
        month = (self.published or "")[5:7]
        return int(month) if month.isdigit() else None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int
    entities: list[Entity]  # offsets relative to the sentence

    def ents(self, label: str) -> list[Entity]:
        return [e for e in self.entities if e.label == label]

    def province_before(self, pos: int, max_gap: int | None = None) -> Entity | None:
        """The last province named before ``pos`` (sentence offsets)."""
        cands = [e for e in self.ents("PROVINCE") if e.end <= pos]
        if not cands:
            return None
        e = cands[-1]
        if max_gap is not None and pos - e.end > max_gap:
            return None
        return e


# "Hà Nội (TTXVN 18/4/2024) Người dân ... trong cả nước": a wire agency's dateline names where the
# report was filed, not what it is about
_WIRE_AFTER_PLACE = re.compile(r"\s*\((?:[A-ZĐ]{2,6}|[A-Z][a-z]+\.vn)"
                               r"(?:\s+[0-3]?\d\s*/\s*[01]?\d(?:\s*/\s*(?:19|20)\d\d)?)?\)")


def _is_dateline_place(text: str, start: int, end: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and bool(_WIRE_AFTER_PLACE.match(text, end))


def doc_context(doc_name: str, text: str, spacy_doc: Doc, published: str | None,
                province: str | None) -> DocContext:
    ents = [Entity(e.label_, e.ent_id_, e.start_char, e.end_char, e.text) for e in spacy_doc.ents
            if not (e.label_ == "PROVINCE" and _is_dateline_place(text, e.start_char, e.end_char))]
    return DocContext(doc_name, text, spacy_doc, published, province, ents)


def make_sentence(ctx: DocContext, index: int, start: int, end: int) -> Sentence:
    # the entities are in text order (a Doc's are): look the sentence's up, not all of them
    starts = ctx.memory.get("entity_starts")
    if starts is None:
        starts = ctx.memory["entity_starts"] = [e.start for e in ctx.entities]
    inside = ctx.entities[bisect_left(starts, start):bisect_left(starts, end)]
    ents = [Entity(e.label, e.id, e.start - start, e.end - start, e.text) for e in inside if e.end <= end]
    return Sentence(start, end, ctx.text[start:end], index, ents)


def sentence_before(ctx: DocContext, index: int) -> str:
    """The text of the sentence before sentence ``index`` ("" before the first)."""
    if index < 1:
        return ""
    s, e = ctx.memory["sentence_bounds"][index - 1]
    return ctx.text[s:e]


def opens_line(sent: Sentence, ctx: DocContext) -> bool:
    return sent.start == 0 or ctx.text[sent.start - 1] == "\n"


def bare_line(sent: Sentence, ctx: DocContext) -> bool:
    """A line of its own with no closing punctuation: a headline, crosshead or photo caption."""
    return opens_line(sent, ctx) and ctx.text[sent.end:sent.end + 1] in ("", "\n") and not ends_sentence(sent.text)


def ends_sentence(text: str) -> bool:
    """Closed by punctuation: no headline, crosshead or photo caption."""
    return bool(re.search(r"[.;:!?…]\s*$", text))


def within_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start:end`` lies inside one of ``spans`` (the spans a sentence's facts claimed)."""
    return any(s <= start and end <= e for s, e in spans)
