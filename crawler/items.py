"""What the spider hands to the item pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.records import Fact
from pipelines.records import Article


@dataclass
class ArticleItem:
    article: Article
    fetched_url: str  # after redirects, before canonicalisation
    source: str  # outlet name
    source_key: str
    province: str | None = None  # the outlet's province; None for national outlets
    facts: list[Fact] = field(default_factory=list)
    duplicate: bool = False  # set by the dedup stage: only its URL is recorded
