"""The titles officials hold, as the patterns list them: the listed form of a written title
("Quyền giám đốc" is "Quyền Giám đốc") and the title an abbreviation or long form stands for
("PCT" is "Phó Chủ tịch"), which is how evaluation compares titles.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extract.normalize import match_key

_P = json.loads((Path(__file__).parent / "patterns" / "officials.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _listed_titles() -> dict[str, str]:
    """Case-folded title -> its listed form, capitalised ("giám đốc" is written "Giám đốc")."""
    forms: dict[str, str] = {}
    for t in [*_P["titles"], *_P["title_short_forms"], *_P["title_abbreviations"]]:
        key = t.casefold()
        if key not in forms or t[0].isupper() and not forms[key][0].isupper():
            forms[key] = t
    return forms


def listed_title(written: str) -> str:
    """The listed form of a written title, its prefix kept ("Quyền giám đốc" is "Quyền Giám đốc")."""
    head, _, rest = written.partition(" ")
    if head in _P["title_prefixes"]:
        return f"{head} {listed_title(rest)}"
    return _listed_titles().get(written.casefold(), written)


@lru_cache(maxsize=1)
def _title_synonyms() -> dict[str, str]:
    forms = {match_key(k): v["title"] for k, v in _P["title_abbreviations"].items()}
    forms.update({match_key(k): v for k, v in _P["title_short_forms"].items()})
    return forms


def canonical_title(written: str) -> str:
    """The title a written form stands for: "Ủy viên Ban Chấp hành Trung ương Đảng" and "UVTW" are
    "Ủy viên Trung ương Đảng", "PCT" is "Phó Chủ tịch" (how titles are compared in evaluation)."""
    return _title_synonyms().get(match_key(written), written)


def names_its_org(title: str) -> bool:
    """'Trưởng Ban', 'Trưởng Đoàn': the title's last word opens its organisation's name."""
    return title.split()[-1].lower() in ("ban", "đoàn") and len(title.split()) > 1
