"""Process-pool analysis: every core busy, models loaded once per worker, results in order.

Parsing HTML and extracting facts are CPU-bound Python, so threads would not help; a pool
of worker processes does. Each worker loads underthesea and spaCy once, in the pool
initializer, by analysing a tiny article. At most ``window`` chunks are in flight, so
memory stays flat however many articles stream through.

Workers live as long as the pool: what they keep between articles is bounded in
``extract.nlp`` (bounded caches, spaCy pipeline renewed every ``VOCAB_REFRESH_DOCS`` Docs).
Recycling workers (``max_tasks_per_child``) is not used: on Python 3.11-3.13 the executor
can stop replacing exited workers and hang (CPython gh-115634), and a fresh worker
costs ~2 s of CPU to load its models.

Workers watch their parent: a run stopped with kill -9 must not leave warm workers (about
200 MB each) behind, and a worker blocked on its task queue never notices otherwise. They
ignore Ctrl-C, which reaches the whole process group: the parent decides what stops.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from extract.records import Fact
from pipelines.records import Article
from vnmine.errors import VnmineError

T = TypeVar("T")
R = TypeVar("R")

CHUNK_SIZE = 4  # files per task: enough to amortise pickling, small enough to balance load
WARM_UP_TEXT = ("UBND tỉnh Tây Ninh phấn đấu đến năm 2025 có 80% hồ sơ được xử lý trực tuyến. "
                "Ông Nguyễn Văn A - Giám đốc Sở Thông tin và Truyền thông phát biểu.")

ORPHAN_CHECK_S = 1.0

_pools: dict[tuple[int, int], ProcessPoolExecutor] = {}


def default_workers() -> int:
    """Worker processes: ``VNMINE_WORKERS`` when set, else one per usable core."""
    env = os.environ.get("VNMINE_WORKERS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def warm_up() -> None:
    """Pool initializer: load every model the pipeline uses before the first real task."""
    from underthesea import word_tokenize

    from pipelines.batch import analyse

    word_tokenize(WARM_UP_TEXT)
    analyse(Article(doc="warm-up", text=WARM_UP_TEXT))


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_S)
    os._exit(0)


def _init_worker(parent: int, niceness: int) -> None:
    """Pool initializer: leave with the parent, ignore Ctrl-C, yield the CPU if asked, warm up."""
    if niceness:
        os.nice(niceness)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="orphan-watch").start()
    warm_up()


def pool(workers: int, *, niceness: int = 0) -> ProcessPoolExecutor:
    """The process-wide pool of ``workers`` warm workers, created on first use.

    ``niceness`` lowers the workers' priority (the crawl keeps its CPU for downloading).
    Workers are spawned, not forked: the parent may hold DuckDB threads, and a fork taken
    while another thread holds a lock can deadlock the child. As with any spawned pool, a
    script calling this must keep its top level under ``if __name__ == "__main__":``.
    """
    key = (workers, niceness)
    if key not in _pools:
        _pools[key] = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(os.getpid(), niceness))
    return _pools[key]


def has_pool(workers: int, *, niceness: int = 0) -> bool:
    return (workers, niceness) in _pools


def discard_pool(workers: int, *, niceness: int = 0) -> None:
    """Forget a pool whose worker died: the next :func:`pool` call starts a fresh one."""
    _pools.pop((workers, niceness), None)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(func: Callable[[list[T]], list[R]], items: Iterable[T], *, workers: int | None = None,
                chunk_size: int = CHUNK_SIZE) -> Iterator[R]:
    """``func`` over chunks of ``items`` in the pool, results yielded in input order.

    ``func`` takes a list and returns one result per item; it must be a module-level
    function (it is pickled by name). With one worker everything runs in this process.
    """
    workers = workers or default_workers()
    if workers <= 1:
        for chunk in _chunks(items, chunk_size):
            yield from func(chunk)
        return
    executor = pool(workers)
    window = 4 * workers
    pending: deque[Future] = deque()
    chunks = _chunks(items, chunk_size)
    try:
        for chunk in chunks:
            pending.append(executor.submit(func, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        discard_pool(workers)
        raise VnmineError(f"a worker process died (out of memory?); try fewer workers, "
                          f"e.g. VNMINE_WORKERS={max(1, workers - 1)}") from None
    finally:  # the consumer stopped early or a task failed: drop what is still queued
        for future in pending:
            future.cancel()


Outcome = tuple[tuple[Article, list[Fact]] | None, list[str]]


def read_and_analyse(paths: list[str]) -> list[Outcome]:
    """Worker task: each file -> (article, facts) or None, with the problems met reading it."""
    from pipelines.batch import analyse
    from pipelines.ingest import read_articles

    outcomes: list[Outcome] = []
    for path in paths:
        errors: list[str] = []
        try:
            articles = list(read_articles([path], errors=errors))
        except VnmineError as exc:  # the file vanished since the folder was listed
            articles, errors = [], [str(exc)]
        outcomes.append((analyse(articles[0]) if articles else None, errors))
    return outcomes


def analyse_paths(paths: Iterable[str | Path], *, errors: list[str] | None = None,
                  workers: int | None = None) -> Iterator[tuple[Article, list[Fact]]]:
    """Files and folders -> (article, facts), read and analysed in the pool, in file order.

    Like :func:`pipelines.ingest.read_articles`: with ``errors``, bad files are reported
    there and skipped; without, the first bad file raises.
    """
    from pipelines.ingest import expand

    files = [str(p) for p in expand(paths)]
    workers = workers or default_workers()
    if len(files) < 4 * CHUNK_SIZE and not has_pool(workers):
        workers = 1  # a handful of files: starting workers would cost more than it saves
    for item, problems in ordered_map(read_and_analyse, files, workers=workers):
        if problems and errors is None:
            raise VnmineError(problems[0])
        if errors is not None:
            errors.extend(problems)
        if item is not None:
            yield item
