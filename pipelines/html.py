"""HTML news pages -> Article. FIRST VERSION: trafilatura text + metadata.

The crawler issue deepens this (sapo kept, listing pages told apart, encodings).
"""
from __future__ import annotations

import trafilatura

from pipelines.records import Article
from pipelines.textclean import normalize_text


class NotAnArticle(Exception):
    """The page is a listing, home or contact page, or holds no article text."""


def parse_html(html: str | bytes, url: str | None = None, *, doc: str | None = None) -> Article:
    """Extract one article from a page; raises :class:`NotAnArticle` when there is none."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         favor_recall=True)
    if result is None or not getattr(result, "text", None):
        raise NotAnArticle(f"{doc or url}: no article text found")
    title = normalize_text(result.title).strip() if result.title else None
    body = normalize_text(result.text).strip()
    text = f"{title}\n\n{body}" if title else body
    return Article(doc=doc or url or "", text=text, title=title, url=url,
                   source=result.sitename, published_at=result.date)
