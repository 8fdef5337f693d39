"""Text normalisation that never loses track of offsets.

Extraction runs on a *working* copy of the article: NFC, one tone placement
(old style: ``Hòa``, ``ủy``), zero-width characters dropped, quote and space
variants unified.  Every working index maps back to an index of the text the
caller gave us, so facts always carry offsets into the caller's text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that carry no content but break matching ("Tây\u200bNinh").
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# One-for-one replacements: keep length so offsets stay aligned.
CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    # the Icelandic eth that pages type for Đ/đ ("Nam Ðịnh"): the same glyph, another letter
    "\u00d0": "\u0110", "\u00f0": "\u0111",
}

# New-style ("hoà", "uỷ") to old-style ("hòa", "ủy") tone placement.  Both are
# valid Vietnamese; picking one lets "Thanh Hoá" match "Thanh Hóa".  Only at the
# end of a syllable (no final consonant), and not after "q" ("quý" stays).
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}


def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for i, toned_second in enumerate(_TONED[second]):
            toned_first = _TONED[first][i]
            for up1, up2 in ((False, False), (True, False), (True, True)):
                a = first.upper() if up1 else first
                b = toned_second.upper() if up2 else toned_second
                pairs[a + b] = (toned_first.upper() if up1 else toned_first) + (
                    second.upper() if up2 else second)
    return pairs


TONE_PAIRS = _tone_pairs()
_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(map(re.escape, TONE_PAIRS)) + r")(?![^\W\d_])")


_NEW_STYLE = {v: k for k, v in TONE_PAIRS.items()}
_NEW_RE = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, _NEW_STYLE)) + r")(?![^\W\d_])")


def new_style_tones(text: str) -> str:
    """The other spelling ("Thanh Hóa" -> "Thanh Hoá"), used to list alias variants."""
    return _NEW_RE.sub(lambda m: _NEW_STYLE[m.group(1)], text)


def canon_tones(text: str) -> str:
    """Old-style tone placement; same length as the input (NFC in, NFC out)."""
    return _TONE_RE.sub(lambda m: TONE_PAIRS[m.group(1)], text)


@dataclass(frozen=True)
class Normalized:
    """The working text plus the map back to the original text."""

    original: str
    text: str
    # offsets[i] = original index of working char i; offsets[len(text)] = len(original)
    offsets: tuple[int, ...] | None  # None when working and original align 1:1

    def to_original(self, i: int) -> int:
        return i if self.offsets is None else self.offsets[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end)


def normalize(original: str) -> Normalized:
    """Build the working text.  Fast path when the input is already NFC and clean."""
    if unicodedata.is_normalized("NFC", original) and not any(c in ZERO_WIDTH for c in original):
        work = original.translate(_TRANSLATE)
        return Normalized(original, canon_tones(work), None)
    pieces: list[str] = []
    offsets: list[int] = []
    # Normalise cluster by cluster (base char + combining marks) so each output
    # char knows which input chars it came from.
    for m in _CLUSTER_RE.finditer(original):
        cluster = m.group(0)
        if cluster[0] in ZERO_WIDTH:
            continue
        out = unicodedata.normalize("NFC", cluster).translate(_TRANSLATE)
        out = "".join(c for c in out if c not in ZERO_WIDTH)
        for j, ch in enumerate(out):
            pieces.append(ch)
            # every char of a composed cluster maps to the cluster start; the
            # last one is widened at span end via the next cluster's start.
            offsets.append(m.start())
    offsets.append(len(original))
    work = canon_tones("".join(pieces))
    return Normalized(original, work, tuple(offsets))


# a lone surrogate (a str decoded with errors="surrogateescape") is no character: the replacement
# character stands in, one for one, so the tokenizer and the offsets never see it
_TRANSLATE = str.maketrans({**CHAR_MAP, **{chr(c): "\ufffd" for c in range(0xD800, 0xE000)}})
_CLUSTER_RE = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*", re.S)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, no diacritics, single spaces: "Tây Ninh" -> "tay ninh"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w&]+", " ", text.lower())
    return " ".join(text.split())


def match_key(text: str) -> str:
    """Key for comparing phrases across spelling variants (tones, case, spaces, quotes)."""
    t = canon_tones(nfc(text)).translate(_TRANSLATE)
    return " ".join("".join(c for c in t if c not in ZERO_WIDTH).split()).casefold()
