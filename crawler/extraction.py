"""Fact extraction off the event loop: the crawl's process pool.

Extraction costs tens of milliseconds of CPU per article, or more; run inside Twisted's
reactor it stalls every download for that long. Here each article goes to a pool of warm
worker processes and the item pipeline gets a Deferred that fires, on the reactor thread,
when the facts are back, so Scrapy keeps fetching meanwhile. ``VNMINE_EXTRACT_WORKERS``
sizes the pool (default: one worker per core); 0 extracts in the crawl process itself.

The pool is :func:`pipelines.parallel.pool`, niced: its workers leave with their parent
(a crawl stopped with kill -9 leaves no warm workers behind) and ignore Ctrl-C, so the crawl
finishes the articles in flight.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

from twisted.internet import defer

from extract.records import Fact
from pipelines import parallel
from pipelines.records import Article
from vnmine.errors import VnmineError

log = logging.getLogger(__name__)
# Downloads first: the crawl process needs little CPU but needs it promptly, or fetching
# stalls behind extraction; the extraction backlog is worked off meanwhile and at the end.
WORKER_NICENESS = 10


def analyse(article: Article, outlet_province: str | None) -> tuple[Article, list[Fact]]:
    """:func:`pipelines.batch.analyse`, imported in the worker: with workers, the crawl
    process itself never imports spaCy or underthesea."""
    from pipelines.batch import analyse as analyse_article

    return analyse_article(article, outlet_province)


def workers_setting(settings) -> int:
    """VNMINE_EXTRACT_WORKERS as a count: unset means one worker per core."""
    value = settings.get("VNMINE_EXTRACT_WORKERS")
    if value is None or value == "":
        return parallel.default_workers()
    if not str(value).strip().isdigit():
        raise VnmineError(f"VNMINE_EXTRACT_WORKERS must be a whole number (0: extract in the crawl process), "
                          f"got {value!r}")
    return int(value)


class Extractor:
    """``extract(article, province)`` -> Deferred firing with (article, facts)."""

    def __init__(self, workers: int):
        self.workers = workers
        self.pending: set[defer.Deferred] = set()

    def start(self) -> None:
        """Start and warm every worker now, while the first pages download, rather than on the
        first article. (Workers are spawned on demand: one per task submitted while none idle.)"""
        if self.workers:
            log.info("extracting facts in %d worker processes", self.workers)
            pool = parallel.pool(self.workers, niceness=WORKER_NICENESS)
            for _ in range(self.workers):
                pool.submit(os.getpid)

    def extract(self, article: Article, outlet_province: str | None) -> defer.Deferred:
        if not self.workers:
            return defer.maybeDeferred(analyse, article, outlet_province)
        from twisted.internet import reactor

        try:
            future = parallel.pool(self.workers, niceness=WORKER_NICENESS).submit(
                analyse, article, outlet_province)
        except BrokenProcessPool:
            # a worker died: the next article starts a fresh pool
            parallel.discard_pool(self.workers, niceness=WORKER_NICENESS)
            raise
        result = defer.Deferred()
        self.pending.add(result)
        result.addBoth(self._settled, result)
        # done-callbacks run on the pool's manager thread; Deferreds belong to the reactor's
        future.add_done_callback(lambda done: reactor.callFromThread(self._fire, result, done))
        return result

    def _fire(self, result: defer.Deferred, done: Future) -> None:
        error = done.exception()
        if error is None:
            result.callback(done.result())
            return
        if isinstance(error, BrokenProcessPool):
            parallel.discard_pool(self.workers, niceness=WORKER_NICENESS)
        result.errback(error)

    def _settled(self, outcome, result: defer.Deferred):
        self.pending.discard(result)
        return outcome

    def drain(self) -> defer.Deferred:
        """Fires once every extraction submitted so far has settled (successfully or not)."""
        return defer.DeferredList(list(self.pending), consumeErrors=False)
