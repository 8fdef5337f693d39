"""The batch path: articles -> facts -> warehouse, in batches of one transaction each."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from extract import extract_facts, main_province
from extract.records import Fact
from pipelines.records import Article

if TYPE_CHECKING:
    from warehouse import LoadResult

# The warehouse (DuckDB, pandas: ~80 MB) is imported where it is used, so the extraction
# workers, which import this module for analyse(), do not carry it.

BATCH_SIZE = 200
# A reader may take the file between two batches: wait for it rather than fail the run.
READER_RELEASE_WAIT = 60.0


def analyse(article: Article, outlet_province: str | None = None) -> tuple[Article, list[Fact]]:
    """Attribute the article to its main province (the one its text is about, else its
    provincial outlet's: ``outlet_province`` when the caller knows the outlet, else the
    registry's entry for the article's host) and extract its facts."""
    if not article.province:
        from crawler.sources import outlet_province as registry_province

        article.province = (main_province(article.text) or outlet_province
                            or registry_province(article.url))
    date = article.published_at[:10] if article.published_at else None
    facts = extract_facts(article.text, article.doc, published=date, province=article.province)
    return article, facts


def analyse_all(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    for article in articles:
        yield analyse(article)


def _empty_load_result() -> "LoadResult":
    from warehouse import LoadResult

    return LoadResult()


@dataclass
class IngestReport:
    files_failed: list[str] = field(default_factory=list)
    loaded: LoadResult = field(default_factory=_empty_load_result)


def ingest_paths(paths: Iterable[str | Path], db: str | Path, *, batch_size: int = BATCH_SIZE,
                 workers: int | None = None) -> IngestReport:
    """Read, extract and store files and folders. Bad files are skipped and reported;
    every batch is one transaction, so a failure never leaves half a batch behind.

    Files are read and analysed by ``workers`` processes (default: one per core; 1 keeps
    everything in this process) while this one loads the batches.
    """
    from pipelines.parallel import analyse_paths
    from warehouse import load, open_warehouse

    report = IngestReport()
    analysed = analyse_paths(paths, errors=report.files_failed, workers=workers)

    def store(batch: list[tuple[Article, list[Fact]]]) -> None:
        # The file is opened for each batch: readers get it between batches, and DuckDB's
        # cache goes with the connection, so the loader's memory stays flat over a long run
        # (measured, BENCHMARKS.md: +100 MB over 10,000 articles on one connection, +31 MB
        # reopening).
        with open_warehouse(db, wait=READER_RELEASE_WAIT) as con:
            report.loaded.add(load(con, batch))

    with open_warehouse(db):  # a bad path or a file locked by another writer fails at once
        pass
    batch: list[tuple[Article, list[Fact]]] = []
    for item in analysed:
        batch.append(item)
        if len(batch) >= batch_size:
            store(batch)
            batch = []
    if batch:
        store(batch)
    return report
