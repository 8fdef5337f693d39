"""Sentence boundaries of news text, as character spans of the working text.

Lines first (news text puts headings, captions and paragraphs on their own lines), a line
past MAX_SENT_CHARS cut into pieces, then underthesea's ``sent_tokenize`` inside each piece,
mended where it reads news text wrongly: a list number opening a line, an ellipsis before
a capital.
"""
from __future__ import annotations

import re
from typing import Iterator

MAX_SENT_CHARS = 5000  # underthesea is not meant for megabyte lines; cut them first
_SENTENCE_END = re.compile(r"[.!?…][\"”')]*\s+")


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for every line of ``text``, a line longer than MAX_SENT_CHARS cut into
    pieces at its last sentence end (else its last space) before the limit: a text dump with
    no line breaks still reads sentence by sentence, and in linear time."""
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(0), m.start()
        start = 0
        while len(line) - start > MAX_SENT_CHARS:
            window = line[start:start + MAX_SENT_CHARS]
            ends = [e.end() for e in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ") + 1 or MAX_SENT_CHARS
            yield base + start, line[start:start + cut]
            start += cut
        yield base + start, line[start:]


def _underthesea_sentences(line: str) -> list[str]:
    """underthesea's sentences of one piece of a line (:func:`pieces`: never past MAX_SENT_CHARS)."""
    from underthesea import sent_tokenize

    try:
        return sent_tokenize(line)
    except Exception:  # a tokenizer failure must not lose the article
        return [line]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences (stripped of surrounding whitespace)."""
    bounds: list[tuple[int, int]] = []
    for base, line in pieces(text):
        cursor = 0
        for sent in _underthesea_sentences(line):
            sent = sent.strip()
            if not sent:
                continue
            i = line.find(sent, cursor)
            if i < 0:  # tokenizer rewrote the text: fall back to the rest of the line
                rest = line[cursor:]
                if rest.strip():
                    s = cursor + len(rest) - len(rest.lstrip())
                    bounds.append((base + s, base + len(line.rstrip())))
                cursor = len(line)
                break
            bounds.append((base + i, base + i + len(sent)))
            cursor = i + len(sent)
        if line[cursor:].strip():
            rest = line[cursor:]
            s = cursor + len(rest) - len(rest.lstrip())
            bounds.append((base + s, base + len(line.rstrip())))
    return _join_list_marks(text, [part for a, b in bounds for part in _split_at_ellipsis(text, a, b)])


# underthesea ends a sentence at a list's number opening a line ("1. Long An", "II. Về kinh tế")
LIST_MARK = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]")


def _join_list_marks(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        if out and LIST_MARK.fullmatch(text, *out[-1]) and (out[-1][0] == 0 or text[out[-1][0] - 1] == "\n") \
                and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# underthesea ends a sentence at "..." before a capital, but reads on past "…", spaced or not
# ("đầu tư nước ngoài…Trong bảng xếp hạng, Hà Nội ...")
_ELLIPSIS_END = re.compile(r"…[\"”')]*\s*(?=[^\W\d_])")


def _split_at_ellipsis(text: str, a: int, b: int) -> list[tuple[int, int]]:
    parts = []
    for m in _ELLIPSIS_END.finditer(text, a, b):
        if text[m.end()].isupper():
            parts.append((a, m.start() + len(m.group(0).rstrip())))
            a = m.end()
    return parts + [(a, b)]
