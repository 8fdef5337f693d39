"""Fact extraction off the event loop: the crawl's process pool.

Extraction costs tens of milliseconds of CPU per article, or more; run inside Twisted's
reactor it stalls every download for that long. Here each article goes to a pool of warm
worker processes and the item pipeline gets a Deferred that fires, on the reactor thread,
when the facts are back, so Scrapy keeps fetching meanwhile. ``VNMINE_EXTRACT_WORKERS``
sizes the pool (default: one worker per core); 0 extracts in the crawl process itself.

The pool is this module's own rather than :func:`pipelines.parallel.pool` because its
workers also watch their parent: a crawl stopped with kill -9 must not leave warm workers
(about 200 MB each) behind, and a pool worker blocked on its task queue never notices.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from twisted.internet import defer

from extract.records import Fact
from pipelines.records import Article
from vnmine.errors import VnmineError

log = logging.getLogger(__name__)
ORPHAN_CHECK_S = 1.0
WORKER_NICENESS = 10

_pools: dict[int, ProcessPoolExecutor] = {}


def analyse_article(article: Article, outlet_province: str | None) -> tuple[Article, list[Fact]]:
    """Main province (from the text, else the outlet's) and facts, as `vnmine run` does."""
    from extract import main_province
    from pipelines.batch import analyse

    article.province = article.province or main_province(article.text) or outlet_province
    return analyse(article)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(0)


def _init_worker(parent: int) -> None:
    # Downloads first: the crawl process needs little CPU but needs it promptly, or fetching
    # stalls behind extraction; the backlog of extraction is worked off meanwhile and at the end.
    os.nice(WORKER_NICENESS)
    # Ctrl-C reaches the whole process group; the crawl process handles it, finishing the
    # articles in flight, so the workers must not die of it first.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="orphan-watch").start()
    from pipelines.parallel import warm_up

    warm_up()


def _pool(workers: int) -> ProcessPoolExecutor:
    """One pool per process, shared by every source's crawler. Spawned, not forked: the crawl
    process holds DuckDB and reactor threads, and forking under a held lock can deadlock."""
    if workers not in _pools:
        _pools[workers] = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                              initializer=_init_worker, initargs=(os.getpid(),))
    return _pools[workers]


def workers_setting(settings) -> int:
    """VNMINE_EXTRACT_WORKERS as a count: unset means one worker per core."""
    value = settings.get("VNMINE_EXTRACT_WORKERS")
    if value is None or value == "":
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
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
            pool = _pool(self.workers)
            for _ in range(self.workers):
                pool.submit(os.getpid)

    def extract(self, article: Article, outlet_province: str | None) -> defer.Deferred:
        if not self.workers:
            return defer.maybeDeferred(analyse_article, article, outlet_province)
        from twisted.internet import reactor

        try:
            future = _pool(self.workers).submit(analyse_article, article, outlet_province)
        except BrokenProcessPool:
            _pools.pop(self.workers, None)  # a worker died: the next article starts a fresh pool
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
            _pools.pop(self.workers, None)
        result.errback(error)

    def _settled(self, outcome, result: defer.Deferred):
        self.pending.discard(result)
        return outcome

    def drain(self) -> defer.Deferred:
        """Fires once every extraction submitted so far has settled (successfully or not)."""
        return defer.DeferredList(list(self.pending), consumeErrors=False)
