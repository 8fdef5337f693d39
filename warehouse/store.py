"""Loading articles and their facts: transactional and idempotent.

Each call to :func:`load` is one transaction. An article already stored under the same id
has its row and facts replaced (so re-running adds nothing and picks up better extraction);
an article whose text is already stored under another id is a duplicate and is skipped.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import lru_cache
from typing import Iterable, Sequence

import duckdb
import pandas as pd

from extract.records import Fact
from pipelines.records import Article
from vnmine.errors import VnmineError
from warehouse import groups

ARTICLE_COLUMNS = [
    "article_id", "url", "doc", "source", "title", "published_at", "province",
    "province_2025", "text", "content_hash", "meta",
]
FACT_COLUMNS = [
    "fact_id", "article_id", "type", "doc", "province", "province_2025", "text", "start", "end",
    "sentence", "indicator", "value", "unit", "comparator", "deadline", "category",
    "denominator", "as_of", "index", "component", "year", "rank", "total", "score",
    "granularity", "role", "doc_type", "number", "issued", "issuer", "name", "title",
    "organization", "record",
]


@dataclass
class LoadResult:
    new_articles: int = 0
    updated_articles: int = 0
    duplicates: int = 0
    facts: int = 0
    duplicate_docs: list[str] = field(default_factory=list)

    def add(self, other: "LoadResult") -> None:
        self.new_articles += other.new_articles
        self.updated_articles += other.updated_articles
        self.duplicates += other.duplicates
        self.facts += other.facts
        self.duplicate_docs += other.duplicate_docs


# built once: json.dumps with options builds a new encoder per call
_ID_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)
_RECORD_JSON = json.JSONEncoder(ensure_ascii=False)


def fact_id(article_id: str, record: dict) -> str:
    """Same article, same fact -> same id, whichever run produced it."""
    key = _ID_JSON.encode([article_id, record])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _record(fact: Fact) -> dict:
    """``fact.to_dict()`` without asdict's deep copy: every field is a scalar."""
    return {"type": fact.type, **{name: getattr(fact, name) for name in _field_names(type(fact))}}


# Python builds only these; the other columns are read out of `record` in SQL, in one pass
# (a dict and a DataFrame row of 34 columns per fact was most of a load's time). `value` is
# Python's str() of the number, as it has always been stored, not DuckDB's rendering.
INCOMING_FACT_COLUMNS = ["fact_id", "article_id", "value", "record"]
_FROM_RECORD = [c for c in FACT_COLUMNS if c not in INCOMING_FACT_COLUMNS]


def _fact_row(article_id: str, fact: Fact) -> tuple:
    record = _record(fact)
    value = record.get("value")
    return (fact_id(article_id, record), article_id, None if value is None else str(value),
            _RECORD_JSON.encode(record))


def _insert_facts_sql() -> str:
    paths = ", ".join(f"'$.{name}'" for name in _FROM_RECORD)
    picked = ", ".join(f'fields[{i}] AS "{name}"' for i, name in enumerate(_FROM_RECORD, 1))
    cols = ", ".join(f'"{c}"' for c in INCOMING_FACT_COLUMNS + _FROM_RECORD)
    return (f"INSERT INTO facts ({cols}) SELECT {', '.join(INCOMING_FACT_COLUMNS)}, {picked} "
            f"FROM (SELECT *, json_extract_string(record, [{paths}]) AS fields FROM incoming_facts)")


def _timestamp(published_at: str | None) -> pd.Timestamp | None:
    if not published_at:
        return None
    try:  # ISO dates, the usual case, without pandas' per-call format guessing
        return pd.Timestamp(datetime.fromisoformat(published_at))
    except ValueError:
        stamp = pd.to_datetime(published_at, errors="coerce", utc=False)
        return None if pd.isna(stamp) else stamp


def _article_row(article: Article, province_2025: str | None) -> dict:
    return {
        "article_id": article.article_id, "url": article.url, "doc": article.doc,
        "source": article.source, "title": article.title,
        "published_at": _timestamp(article.published_at),
        "province": article.province, "province_2025": province_2025, "text": article.text,
        "content_hash": article.content_hash,
        "meta": json.dumps(article.meta, ensure_ascii=False, default=str),
    }


def _province_2025(name: str | None) -> str | None:
    from extract.provinces import province_2025

    return province_2025(name) if name else None


def _stored(con: duckdb.DuckDBPyConnection, batch) -> tuple[set[str], dict[str, str]]:
    """Ids of the batch's articles already stored, and the stored owner of each of its
    content hashes: one query for the whole batch."""
    ids = [article.article_id for article, _ in batch]
    hashes = [article.content_hash for article, _ in batch]
    rows = con.execute("SELECT article_id, content_hash FROM articles WHERE article_id IN "
                       "(SELECT unnest(?)) OR content_hash IN (SELECT unnest(?))", [ids, hashes]).fetchall()
    wanted = set(ids)
    return {aid for aid, _ in rows if aid in wanted}, {chash: aid for aid, chash in rows}


# DuckDB caches every block it touches, up to 80% of RAM by default: without a cap a long
# load's memory grows with the warehouse (measured: about +100 MB over 10,000 articles). 128 MB
# rather than 256: the loading process's peak is 120 MB lower over 10,000 articles, at the same
# speed within noise (BENCHMARKS.md, session 4).
LOAD_MEMORY_LIMIT = "128MB"


def load(con: duckdb.DuckDBPyConnection, batch: Sequence[tuple[Article, Iterable[Fact]]]) -> LoadResult:
    """Store a batch of articles with their facts in one transaction. Caps the connection's
    DuckDB memory at LOAD_MEMORY_LIMIT (``vnmine ingest`` and the crawl both load through here)."""
    con.execute(f"SET memory_limit = '{LOAD_MEMORY_LIMIT}'")
    result = LoadResult()
    articles, facts, replaced = [], [], []
    stored_ids, stored_hashes = _stored(con, batch)
    seen_hashes: dict[str, str] = {}
    for article, article_facts in batch:
        aid, chash = article.article_id, article.content_hash
        owners = ({aid} & stored_ids) | ({stored_hashes[chash]} if chash in stored_hashes else set())
        if (owners and aid not in owners) or seen_hashes.get(chash, aid) != aid:
            result.duplicates += 1
            result.duplicate_docs.append(article.doc)
            continue
        if aid in seen_hashes.values():
            continue  # same article twice in one batch
        seen_hashes[chash] = aid
        if owners:
            replaced.append(aid)
            result.updated_articles += 1
        else:
            result.new_articles += 1
        articles.append(_article_row(article, _province_2025(article.province)))
        facts.extend(_fact_row(aid, f) for f in article_facts)
    fact_frame = pd.DataFrame(facts, columns=INCOMING_FACT_COLUMNS).drop_duplicates("fact_id")
    result.facts = len(fact_frame)
    if not articles:
        return result
    article_frame = pd.DataFrame(articles, columns=ARTICLE_COLUMNS)
    try:
        con.execute("BEGIN TRANSACTION")
        groups_before = groups.touched_keys(con, replaced)
        if replaced:
            con.execute("DELETE FROM facts WHERE article_id IN (SELECT unnest(?))", [replaced])
            con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", [replaced])
        con.register("incoming_articles", article_frame)
        con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                    f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM incoming_articles")
        if len(fact_frame):
            con.register("incoming_facts", fact_frame)
            con.execute(_insert_facts_sql())
        groups.refresh(con, groups_before, groups.touched_keys(con, list(article_frame["article_id"])))
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise VnmineError(f"load failed, nothing from this batch was stored: {str(exc).splitlines()[0]}") from None
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for view in ("incoming_articles", "incoming_facts"):
            try:
                con.unregister(view)
            except duckdb.Error:
                pass
    return result


def stored_urls(con: duckdb.DuckDBPyConnection) -> set[str]:
    """URLs already in the warehouse: the crawler's seen-set."""
    return {r[0] for r in con.execute("SELECT url FROM articles WHERE url IS NOT NULL").fetchall()}
