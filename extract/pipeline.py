"""Entry point of extraction. PLACEHOLDER until the extraction engine (issue 3) lands."""
from __future__ import annotations

from extract.records import Fact


def extract_facts(
    text: str, doc: str, *, published: str | None = None, province: str | None = None
) -> list[Fact]:
    """All facts of one article's clean text.

    ``published`` (ISO date) resolves partial dates; ``province`` is the article's main
    province (canonical pre-2025 name) used when a sentence names none.
    """
    return []


def main_province(text: str) -> str | None:
    """The province an article is mainly about (canonical pre-2025 name), or None."""
    return None
