"""Running crawls: one process, one lock per warehouse, one Scrapy crawler per source."""
from __future__ import annotations

import fcntl
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from crawler.sources import Source
from vnmine.errors import VnmineError


@dataclass
class SourceResult:
    source: str
    status: str
    pages: int
    new_articles: int
    duplicates: int
    skipped_stored: int
    not_articles: int
    errors: int


def state_dir_for(db: str | Path) -> Path:
    return Path(f"{db}.crawl")


@contextmanager
def crawl_lock(state_dir: Path) -> Iterator[None]:
    """Only one crawl per warehouse at a time. The OS drops the lock when the process dies,
    so a killed crawl never blocks the next one."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / "crawl.lock"
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise VnmineError(f"another crawl is already running on this warehouse ({holder}); "
                          f"wait for it to finish (lock: {path})") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"PID {os.getpid()}, started {datetime.now():%Y-%m-%d %H:%M:%S}")
    handle.flush()
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def crawl_settings(db: str | Path, overrides: dict[str, str] | None = None):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("VNMINE_DB", str(db), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(sources: list[Source], db: str | Path, *, overrides: dict[str, str] | None = None,
              state_dir: str | Path | None = None) -> list[SourceResult]:
    """Crawl ``sources`` into the warehouse at ``db`` and return what each one brought.

    Each source keeps its Scrapy JOBDIR under ``state_dir`` (default ``<db>.crawl/<key>``), so a
    stopped crawl resumes its queue; the warehouse's seen-set keeps resumed crawls from
    downloading stored articles again.
    """
    from scrapy.crawler import Crawler, CrawlerProcess

    from crawler.extraction import workers_setting
    from crawler.spiders.news import NewsSpider
    from warehouse import open_warehouse

    if not sources:
        raise VnmineError("no sources to crawl")
    state = Path(state_dir) if state_dir else state_dir_for(db)
    settings = crawl_settings(db, overrides)
    workers_setting(settings)  # a bad value is a usage error, before anything starts
    with crawl_lock(state):
        with open_warehouse(db):  # create or migrate once, before any crawler opens it
            pass
        settings.set("VNMINE_RUN_ID", f"{datetime.now():%Y%m%dT%H%M%S}-{os.getpid()}", priority="cmdline")
        process = CrawlerProcess(settings)
        if settings["LOG_LEVEL"] != "DEBUG":  # start-up inventories are noise in a scheduled job's log
            for name in ("scrapy.middleware", "scrapy.addons", "scrapy.crawler"):
                logging.getLogger(name).setLevel(logging.WARNING)
        crawlers = []
        for number, source in enumerate(sources):
            own = settings.copy()
            own.update(source.settings, priority="spider")
            own.set("JOBDIR", str(state / source.key), priority="cmdline")
            # the first crawler installs the reactor, as CrawlerProcess does for its own crawlers
            crawler = Crawler(NewsSpider, own, init_reactor=number == 0)
            crawlers.append((source, crawler))
            process.crawl(crawler, source=source)
        process.start()
    results = []
    for source, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        from crawler.extensions import errors

        results.append(SourceResult(
            source=source.key, status=str(stats.get("finish_reason", "not started")),
            pages=stats.get("response_received_count", 0), new_articles=stats.get("vnmine/new_articles", 0),
            duplicates=stats.get("vnmine/duplicates", 0), skipped_stored=stats.get("vnmine/skipped_stored", 0),
            not_articles=stats.get("vnmine/not_articles", 0), errors=errors(stats)))
    return results
