"""A ready warehouse for notebooks and demos: the embedded corpus, built once."""
from __future__ import annotations

import tempfile
from pathlib import Path

from warehouse.db import connect


def demo_warehouse(path: str | Path | None = None) -> str:
    """The path of an up-to-date warehouse to explore.

    An existing warehouse at ``path`` (e.g. the one ``vnmine run`` wrote) keeps its data and
    has its schema brought up to date, so notebooks can then open it read-only. Otherwise
    the embedded corpus is ingested into ``path``, or into a fresh temporary folder when no
    path is given, so a notebook always has data to show.
    """
    if path is not None and Path(path).exists():
        connect(path).close()  # a writable open applies pending migrations
        return str(path)
    if path is None:
        path = Path(tempfile.mkdtemp(prefix="vnmine-demo-")) / "demo.duckdb"
    # Imported here: extraction pulls in underthesea, which a caller with a warehouse never needs.
    from pipelines.batch import ingest_paths
    from pipelines.ingest import embedded_corpus

    ingest_paths(embedded_corpus(), path)
    return str(path)


def article_text(con, article_id: str) -> str:
    """The clean text of one article: what fact offsets (``start``/``end``) index into.

    ``queries.articles`` leaves text out to stay light; notebooks that mark facts need it.
    """
    row = con.execute("SELECT text FROM articles WHERE article_id = ?", [article_id]).fetchone()
    if row is None:
        from vnmine.errors import VnmineError

        raise VnmineError(f"no article with id {article_id!r}; `vnmine query articles` lists them")
    return row[0]
