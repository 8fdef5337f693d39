"""The article record that flows fetch -> clean -> extract -> store."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One cleaned article, the unit that flows fetch -> clean -> extract -> store."""

    doc: str  # URL for crawled pages, the path as given for local files
    text: str  # clean text, NFC; fact offsets index into it
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet name, e.g. "Báo Tây Ninh"
    published_at: str | None = None  # ISO date or datetime
    province: str | None = None  # main province, canonical pre-2025 name
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Hash of the text with whitespace collapsed: the same story stored twice hashes alike."""
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()

    @property
    def article_id(self) -> str:
        """Stable id: from the URL when there is one, else from the content."""
        key = f"url:{self.url}" if self.url else f"content:{self.content_hash}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
