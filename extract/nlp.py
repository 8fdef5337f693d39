"""The shared NLP layer: one spaCy ``Doc`` per article, built once per call.

* tokens: underthesea's tokenizer (the regex step before its word segmenter:
  syllables, with numbers "0,3426", dates "12/7/2018" and abbreviations "TP.HCM",
  "QĐ-TTg" kept whole) as the Doc's tokenizer, aligned to the *working* text so
  char offsets are exactly those of the working text. Words (syllables joined by
  underthesea's segmenter) are asked for on demand (``words_at``): joining them
  in the Doc would cost its CRF on every sentence and split gazetteer names
  where the segmenter's words straddle them;
* sentences: ``extract.sentences`` (lines, then underthesea's ``sent_tokenize``),
  set on the Doc's tokens;
* entities: an ``entity_ruler`` fed from the gazetteers (provinces, indices,
  agencies) — data files, not code;
* officials' names: underthesea ``ner`` on demand, only on the stretch of a
  sentence around a title word (``extract.officials``), because it is the slowest step.

Models load once per process (``lru_cache``); nothing is downloaded.
"""
from __future__ import annotations

import ctypes
import gc
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.pipeline.span_ruler import prioritize_existing_ents_filter
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extract.normalize import canon_tones, nfc
from extract.provinces import text_aliases
from extract.sentences import MAX_SENT_CHARS, pieces, sentence_bounds

_HERE = Path(__file__).parent
def _load(name: str) -> dict:
    return json.loads((_HERE / name).read_text("utf-8"))


def entity_patterns() -> list[dict]:
    """EntityRuler patterns from the gazetteer data files (label, pattern, id), matched as
    written: "Hòa Bình" is a province, "hòa bình" is peace."""
    pats: list[dict] = []
    for alias, canonical in text_aliases().items():
        pats.append({"label": "PROVINCE", "pattern": alias, "id": canonical})
    # the longer name wins the overlap: "Thái Bình Dương" is the ocean, no "Thái Bình"
    for place in _load("data/other_places.json")["places"]:
        pats.append({"label": "PLACE", "pattern": canon_tones(nfc(place))})
    for canonical, forms in _load("data/agencies.json").items():
        if canonical.startswith("_"):
            continue
        for form in forms:
            pats.append({"label": "ORG", "pattern": canon_tones(nfc(form)), "id": canonical})
    return pats


def index_patterns() -> list[dict]:
    """Index names, matched in any case: headlines write "Chỉ số Chuyển đổi số"."""
    pats: list[dict] = []
    for canonical, row in _load("data/indices.json").items():
        if canonical.startswith("_"):
            continue
        for alias in row["aliases"]:
            pats.append({"label": "INDEX", "pattern": canon_tones(nfc(alias)), "id": canonical})
    return pats


# spaCy's vocab keeps every new token for good (mostly numbers: ~5 a news article, ~0.5 KB
# each), so a long-running worker grows with the corpus; a fresh pipeline every
# VOCAB_REFRESH_DOCS Docs bounds it, for ~0.1 s per refresh.
VOCAB_REFRESH_DOCS = 1000
_docs_made = 0


def _release_memory() -> None:
    """Hand freed heap back to the OS: glibc keeps it otherwise, and a long-running worker's
    RSS creeps up with fragmentation long after the objects are gone."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to trim


def token_spans(text: str) -> list[tuple[int, int]]:
    """Char spans of underthesea's tokens, piece by piece (:func:`pieces`), a final full
    stop always a token of its own. Characters its patterns leave out become tokens of
    their own, so the tokens always cover the text."""
    # the compiled patterns its ``tokenize`` runs: their match spans are the tokens, with no
    # normalisation (``tokenize`` then reads each match's many named groups, twice the time)
    from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

    spans: list[tuple[int, int]] = []

    def rest(base: int, chunk: str) -> None:
        spans.extend((base + g.start(), base + g.end()) for g in re.finditer(r"\S+", chunk))

    for base, line in pieces(text):
        cursor = 0
        for m in patterns.finditer(line):
            i, j = m.span()
            if j == i:
                continue
            rest(base + cursor, line[cursor:i])
            if j - i > 1 and line[j - 1] == ".":  # "TP.HCM." at a sentence's end: the name, then the stop
                spans += [(base + i, base + j - 1), (base + j - 1, base + j)]
            else:
                spans.append((base + i, base + j))
            cursor = j
        rest(base + cursor, line[cursor:])
    return spans


class UndertheseaTokenizer:
    """A spaCy tokenizer whose tokens are underthesea's (see :func:`token_spans`)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # spacy.util.get_words_and_spaces does this by searching the text again, quadratic
        # on a megabyte of text; the spans already say where each token is
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for s, e in [*token_spans(text), (len(text), len(text))]:
            gap = text[pos:s]
            if gap.startswith(" ") and words:  # one space after a token is its trailing space
                spaces[-1], gap = True, gap[1:]
            if gap:  # other whitespace is a token of its own, as in spaCy's own tokenizer
                words.append(gap)
                spaces.append(False)
            if e > s:
                words.append(text[s:e])
                spaces.append(False)
            pos = e
        return Doc(self.vocab, words=words, spaces=spaces)


@Language.component("surnamed_places")
def surnamed_places(doc: Doc) -> Doc:
    """ "Ảnh: Nguyễn Huế", "ông Lê Thanh Hóa": a province's name right after a surname is part of
    a person's name, no place."""
    surnames = _surnames()
    doc.ents = [e for e in doc.ents
                if not (e.label_ == "PROVINCE" and e.start > 0 and doc[e.start - 1].text in surnames)]
    return doc


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(map(canon_tones, _load("patterns/officials.json")["surnames"]))


@spacy.registry.misc("vnmine.index_names_over_inner_ents.v1")
def index_names_over_inner_ents() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    """The index ruler's merge: an index's name holds the names of what it ranks ("Chỉ số phát
    triển Chính phủ điện tử" holds the agency "Chính phủ"), so it replaces an entity it covers
    whole; where the two only overlap, the entity already found stays."""
    def merge(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
        spans = list(spans)
        kept = [e for e in entities if not any(s.start <= e.start and e.end <= s.end and len(s) > len(e) for s in spans)]
        return prioritize_existing_ents_filter(kept, spans)
    return merge


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("xx")
    nlp.max_length = 5_000_000
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)  # before the rulers: their patterns go through it
    # spaCy's span-ruler-based entity ruler: the legacy one re-filters all entities for each
    # match, quadratic in an article with thousands of names
    ruler = nlp.add_pipe("future_entity_ruler", name="entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_patterns())
    # a second ruler: the first one's entities win where the two overlap, but for those inside an index's name
    indices = nlp.add_pipe("span_ruler", name="index_ruler", config={
        "spans_key": None, "annotate_ents": True, "overwrite": False, "phrase_matcher_attr": "LOWER",
        "ents_filter": {"@misc": "vnmine.index_names_over_inner_ents.v1"}})
    indices.add_patterns(index_patterns())
    nlp.add_pipe("surnamed_places")
    return nlp


def make_doc(text: str) -> Doc:
    """The working text as a Doc with sentences and gazetteer entities set."""
    global _docs_made
    _docs_made += 1
    if _docs_made > VOCAB_REFRESH_DOCS:
        _docs_made = 1
        get_nlp.cache_clear()
        _release_memory()
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    if len(doc):
        # a boundary inside a token (rare) is dropped rather than splitting the token.
        # Set in one array: the per-token ``is_sent_start`` setter rescans the Doc each time.
        idx = doc.to_array([IDX]).astype("int64")
        starts = numpy.isin(idx, numpy.fromiter((s for s, _ in sentence_bounds(text)), dtype="int64"))
        starts[0] = True
        doc.from_array([SENT_START], numpy.where(starts, 1, -1).astype("uint64").reshape(-1, 1))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# a photo credit the sentence splitter left at the head of the next sentence
PHOTO_CREDIT = re.compile(r"\((?:Ảnh|Nguồn ảnh|Ảnh minh họa)\s*:[^()\n]{0,60}\)\.?")


def sentences(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Sentence char spans: the Doc's sentences with edge whitespace trimmed.

    Same spans as iterating ``doc.sents``, read in one array pass: ``Doc.sents``
    re-checks the sentence annotation token by token and cost ~10 ms per article.
    ``text`` is the Doc's text if the caller has it (``Doc.text`` rebuilds it from tokens).
    """
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX]).astype("int64")
    starts = arr[arr[:, 0] == 1, 1].tolist()
    if arr[0, 0] != 1:  # the first token always opens a sentence
        starts.insert(0, int(arr[0, 1]))
    last = doc[-1]
    ends = starts[1:] + [last.idx + len(last.text)]
    out: list[tuple[int, int]] = []
    text = doc.text if text is None else text
    for s, e in zip(starts, ends):
        chunk = text[s:e]
        s += len(chunk) - len(chunk.lstrip())
        e -= len(chunk) - len(chunk.rstrip())
        credit = PHOTO_CREDIT.match(text, s, e) if out else None
        if credit:  # "... xếp vị trí thứ 2. (Ảnh: KT) Ở vị trí thứ 4, ...": the credit closes the caption before
            out[-1] = (out[-1][0], credit.end())
            s = credit.end() + len(text[credit.end():e]) - len(text[credit.end():e].lstrip())
        if e > s:
            out.append((s, e))
    return out


# Bounded caches: these pay off within an article (several extractors and titles ask about
# the same sentence); kept across thousands of articles they only grow a worker's memory.
@lru_cache(maxsize=1024)
def person_names(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of PER entities in ``sentence`` (underthesea NER), offsets into it."""
    from underthesea import ner

    if len(sentence) > MAX_SENT_CHARS:
        return ()
    try:
        tagged = ner(sentence)
    except Exception:
        return ()
    spans: list[tuple[int, int]] = []
    cursor = 0
    current: list[int] | None = None
    for word, _pos, _chunk, tag in tagged:
        i = sentence.find(word, cursor)
        if i < 0:
            continue
        cursor = i + len(word)
        if tag == "B-PER" or (tag == "I-PER" and current is None):
            if current:
                spans.append((current[0], current[1]))
            current = [i, cursor]
        elif tag == "I-PER" and current is not None:
            current[1] = cursor
        else:
            if current:
                spans.append((current[0], current[1]))
            current = None
    if current:
        spans.append((current[0], current[1]))
    return tuple(spans)


def _located(sentence: str, words: Iterable[tuple[str, str]]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, tag) of each (word, tag) underthesea returned, found in ``sentence`` in order."""
    spans, cursor = [], 0
    for w, tag in words:
        i = sentence.find(w, cursor)
        if i < 0:
            continue
        cursor = i + len(w)
        spans.append((i, cursor, tag))
    return tuple(spans)


@lru_cache(maxsize=256)
def _words(sentence: str) -> tuple[tuple[int, int], ...]:
    """underthesea word segmentation as char spans (syllables joined into words)."""
    from underthesea import word_tokenize

    if len(sentence) > MAX_SENT_CHARS:
        return ()
    try:
        toks = word_tokenize(sentence)
    except Exception:
        return ()
    return tuple((s, e) for s, e, _ in _located(sentence, ((w, "") for w in toks)))


@lru_cache(maxsize=64)
def tagged_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """underthesea part-of-speech tags as (start, end, tag) char spans; asked for only where a
    rule needs them, as tagging costs about 10 ms a sentence."""
    from underthesea import pos_tag

    if len(sentence) > MAX_SENT_CHARS:
        return ()
    try:
        return _located(sentence, pos_tag(sentence))
    except Exception:
        return ()


def words_at(sentence: str, pos: int) -> tuple[str, int] | None:
    """The word starting at (or right after whitespace from) ``pos`` and its end.

    underthesea may glue a number to its noun ("0,3426 điểm"); such a token is
    re-split at the first space so the noun alone comes back.
    """
    while pos < len(sentence) and sentence[pos] == " ":
        pos += 1
    for s, e in _words(sentence):
        if s <= pos < e:
            if s < pos:  # glued "10 doanh nghiệp": take what follows the number
                return sentence[pos:e], e
            return sentence[s:e], e
    return None
