"""Clauses and asides of a sentence, and the cue patterns (patterns/quantities.json) that the
readers of quantities and goals share. Every helper keeps offsets: text is blanked, never cut.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

PATTERNS = json.loads((Path(__file__).parent / "patterns" / "quantities.json").read_text("utf-8"))
CLAUSE_BREAK = re.compile(r"[;(]|\.\s|:\s")
ASIDE = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def rx() -> dict[str, re.Pattern[str]]:
    out = {k: re.compile(v) for k, v in PATTERNS.items() if isinstance(v, str) and not k.startswith("_")}
    out["deadlines"] = [re.compile(p) for p in PATTERNS["deadlines"]]  # type: ignore[assignment]
    out["counted_fields"] = [(re.compile(b), re.compile(n)) for b, n in PATTERNS["counted_fields"]]  # type: ignore[assignment]
    out["rank_band"] = tuple(map(re.compile, PATTERNS["rank_band"]))  # type: ignore[assignment]
    out["place_field"] = tuple(map(re.compile, PATTERNS["place_field"]))  # type: ignore[assignment]
    # the plan's figure in the bracket after a result: "(23.600 tỷ đồng)", "(kế hoạch tăng 7% – 7,5%)", with
    # the document that set it cited between ("so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ... (38%)");
    # or named right after it: "so với Nghị quyết đề ra là 40%", "đạt hơn 130% so với chỉ tiêu 20.000 người",
    # "(vượt kế hoạch đề ra là từ 7,0% đến 7,5%)"
    compared, share = PATTERNS["plan_compared"], PATTERNS["share_of_plan"]
    # "cao hơn nhiều so với chỉ tiêu 10 bác sĩ/vạn dân", "vượt mục tiêu 74,5 tuổi": the plan's figure, named bare
    out["plan_quota"] = re.compile(rf"(?:(?:{compared}(?:\s+(?:tại|theo)\s[^();]{{0,100}})?|{share})\s*\(|{compared}\s+là\s"
                                   rf"|\(\s*(?:vượt\s+)?{PATTERNS['plan_in_bracket']}|{share}\s"
                                   rf"|(?:\bso\s+với|\bvượt)\s+(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)\s)\s*$")
    return out


def blanked(pattern: re.Pattern[str], text: str, fill: str = " ") -> str:
    """The text with each match of ``pattern`` overwritten by ``fill``, offsets kept."""
    return pattern.sub(lambda m: fill * len(m.group(0)), text)


def mask_asides(text: str) -> str:
    """The text with each closed bracket blanked out, offsets kept."""
    return blanked(ASIDE, text)


def in_aside(text: str, pos: int) -> bool:
    """``pos`` stands inside a bracket opened before it and not yet closed."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts; an aside closed before it does not break it
    ("tỷ lệ dịch vụ công (bao gồm cả thiết bị di động) đạt 100%")."""
    before = mask_asides(text[:pos])
    starts = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    return starts[-1] if starts else 0


# a sentence's first letter, or a clause's after a colon: "Thái Bình: Phấn đấu tăng trưởng ... 10,5% trở lên"
_OPENING_LETTER = re.compile(r"^[\W\d_]*[^\W\d_]|(?<=:\s)[^\W\d_]")


def lc_first(text: str) -> str:
    """The sentence with its opening letters lower-cased (same length), so that cue patterns
    written in lower case also match at the start: "Phấn đấu", "Mục tiêu"."""
    return _OPENING_LETTER.sub(lambda m: m.group(0).lower(), text)
