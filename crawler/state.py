"""The crawler's records in the warehouse: runs, fetched URLs, HTTP validators.

Every function opens the database, does one short transaction and closes it again, so readers
(`vnmine query`, notebooks) get the file between batches. When a reader holds it, writers wait
up to ``wait`` seconds, then fail with a clear message.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.db import open_warehouse
from warehouse.store import stored_urls


def warehouse(db: str | Path, *, wait: float = 120.0, read_only: bool = False):
    """A connection, waiting (with backoff) while another process holds the file: a crawl
    holds it only while it writes a batch, so readers and writers get their turn."""
    return open_warehouse(db, read_only=read_only, wait=wait)


_SEEN: dict[str, set[str]] = {}  # one per warehouse and process, shared by every source's crawler


def seen_urls(db: str | Path, *, wait: float = 120.0) -> set[str]:
    """Article URLs not to download again: stored articles and the other URLs they were found
    under. Read once per crawl process (a crawl's own new articles are tracked in memory)."""
    key = str(Path(db).resolve())
    if key not in _SEEN:
        with warehouse(db, wait=wait) as con:
            aliases = {r[0] for r in con.execute("SELECT url FROM crawl_seen").fetchall()}
            _SEEN[key] = stored_urls(con) | aliases
    return _SEEN[key]


def record_seen(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, str, str]]) -> None:
    """(fetched url, canonical url, source) of article pages handled in this batch."""
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=["url", "article_url", "source"]).drop_duplicates("url")
    con.register("incoming_seen", frame)
    try:
        con.execute("INSERT OR IGNORE INTO crawl_seen (url, article_url, source) "
                    "SELECT url, article_url, source FROM incoming_seen").fetchall()
    finally:
        con.unregister("incoming_seen")


def validators(db: str | Path, source: str, *, wait: float = 120.0) -> dict[str, tuple[str | None, str | None]]:
    with warehouse(db, wait=wait) as con:
        rows = con.execute("SELECT url, etag, last_modified FROM crawl_state WHERE source = ?", [source]).fetchall()
    return {url: (etag, modified) for url, etag, modified in rows}


def save_validators(db: str | Path, source: str, found: dict[str, tuple[str | None, str | None]],
                    *, wait: float = 120.0) -> None:
    if not found:
        return
    frame = pd.DataFrame([(u, source, e, m) for u, (e, m) in found.items()],
                         columns=["url", "source", "etag", "last_modified"])
    with warehouse(db, wait=wait) as con:
        con.register("incoming_state", frame)
        con.execute("INSERT OR REPLACE INTO crawl_state (url, source, etag, last_modified, checked_at) "
                    "SELECT url, source, etag, last_modified, current_timestamp FROM incoming_state").fetchall()
        con.unregister("incoming_state")


def start_run(db: str | Path, run_id: str, source: str, *, wait: float = 120.0) -> None:
    """Record a run as started; runs of this source still marked running died without a word
    (the crawl lock guarantees no other one is alive), so they are marked interrupted."""
    with warehouse(db, wait=wait) as con:
        con.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE source = ? AND status = 'running'", [source])
        con.execute("INSERT INTO crawl_runs (run_id, source, started_at, status) VALUES (?, ?, ?, 'running')",
                    [run_id, source, datetime.now()])


def last_finished(db: str | Path, source: str, *, wait: float = 120.0) -> datetime | None:
    """When the last run of ``source`` that reached its end started: sitemaps not modified
    since then hold nothing new."""
    with warehouse(db, wait=wait) as con:
        return con.execute("SELECT max(started_at) FROM crawl_runs WHERE source = ? AND status = 'finished'",
                           [source]).fetchone()[0]


def finish_run(db: str | Path, run_id: str, source: str, *, status: str, pages: int, new_articles: int,
               duplicates: int, errors: int, reason: str, wait: float = 120.0) -> None:
    with warehouse(db, wait=wait) as con:
        con.execute(
            "UPDATE crawl_runs SET ended_at = ?, status = ?, pages = ?, new_articles = ?, duplicates = ?, "
            "errors = ?, finish_reason = ? WHERE run_id = ? AND source = ?",
            [datetime.now(), status, pages, new_articles, duplicates, errors, reason, run_id, source])


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 20) -> pd.DataFrame:
    return con.execute(
        "SELECT run_id, source, started_at, ended_at, status, pages, new_articles, duplicates, errors, "
        "finish_reason FROM crawl_runs ORDER BY started_at DESC, source LIMIT ?", [limit]).df()
