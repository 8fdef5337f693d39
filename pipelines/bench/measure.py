"""Timing, CPU and memory of the floor and of the pipeline over a folder of HTML pages.

The floor is the work no pipeline can skip: HTML -> text with trafilatura and underthesea
word segmentation, page after page in one warm process, the plain script anyone would
write first. It is also run on all workers, so the pipeline's cost can be compared with
the floor's on equal cores too. CPU seconds are recorded next to wall time: on a shared
machine they still compare the work done when other jobs steal the cores.
"""
from __future__ import annotations

import os
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from pipelines import parallel
from vnmine.errors import VnmineError

SAMPLE_EVERY_S = 0.05


@dataclass
class Run:
    articles: int
    seconds: float
    cpu_seconds: float  # this process and its workers together
    main_cpu_seconds: float  # this process alone: reading results, loading DuckDB
    peak_rss_mb: float  # this process and its workers together

    @property
    def per_s(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "articles_per_s": round(self.per_s, 2)}


def _tree() -> list[psutil.Process]:
    me = psutil.Process()
    return [me, *me.children(recursive=True)]


def tree_rss_mb() -> float:
    """Resident memory of this process plus all its descendants (the pool workers)."""
    total = 0
    for proc in _tree():
        try:
            total += proc.memory_info().rss
        except psutil.Error:  # a child that just exited
            continue
    return total / 2**20


def tree_cpu_seconds() -> dict[int, float]:
    """User + system CPU seconds of this process and each descendant, by pid."""
    out = {}
    for proc in _tree():
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        out[proc.pid] = times.user + times.system
    return out


class Meter:
    """Peak tree RSS (sampled in a thread) and tree CPU time over a ``with`` block."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self.cpu_seconds = 0.0
        self.main_cpu_seconds = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._cpu_start: dict[int, float] = {}

    def _sample(self) -> None:
        while True:
            self.peak_mb = max(self.peak_mb, tree_rss_mb())
            if self._stop.wait(SAMPLE_EVERY_S):
                return

    def __enter__(self) -> "Meter":
        self._cpu_start = tree_cpu_seconds()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, tree_rss_mb())
        end = tree_cpu_seconds()
        self.cpu_seconds = sum(t - self._cpu_start.get(pid, 0.0) for pid, t in end.items())
        me = os.getpid()
        self.main_cpu_seconds = end.get(me, 0.0) - self._cpu_start.get(me, 0.0)


def floor_task(paths: list[str]) -> list[int]:
    """Worker task: each page -> text -> words; returns the word counts."""
    import trafilatura
    from underthesea import word_tokenize

    counts = []
    for path in paths:
        text = trafilatura.extract(Path(path).read_text("utf-8"), favor_recall=True) or ""
        counts.append(len(word_tokenize(text)))
    return counts


def pages(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("*.html"))


def warm_pool(folder: Path, workers: int) -> None:
    """Start the workers and load their models outside any timed region."""
    if workers > 1:
        sample = pages(folder)[: 2 * workers * parallel.CHUNK_SIZE]
        list(parallel.ordered_map(floor_task, sample, workers=workers))


def measure_floor(folder: Path, workers: int, *, one_process: bool = False) -> Run:
    """The floor over every page: on all ``workers``, or page after page in one worker."""
    files = pages(folder)
    with Meter() as meter:
        start = time.perf_counter()
        if one_process and workers > 1:
            words = parallel.pool(workers).submit(floor_task, files).result()
        else:
            words = list(parallel.ordered_map(floor_task, files, workers=workers))
        seconds = time.perf_counter() - start
    if not any(words):
        raise VnmineError("the floor read no text: the synthetic pages are broken")
    return Run(len(files), round(seconds, 3), round(meter.cpu_seconds, 3), round(meter.main_cpu_seconds, 3),
               round(meter.peak_mb, 1))


def measure_pipeline(folder: Path, workers: int) -> tuple[Run, int]:
    """HTML -> text -> facts -> a fresh DuckDB file, the way ``vnmine ingest`` does it.
    Returns the run and the number of facts stored."""
    from pipelines.batch import ingest_paths

    with tempfile.TemporaryDirectory(prefix="vnmine-bench-") as tmp, Meter() as meter:
        start = time.perf_counter()
        report = ingest_paths([folder], Path(tmp) / "bench.duckdb", workers=workers)
        seconds = time.perf_counter() - start
    if report.files_failed:
        raise VnmineError(f"the pipeline skipped {len(report.files_failed)} pages: {report.files_failed[0]}")
    loaded = report.loaded
    run = Run(loaded.new_articles, round(seconds, 3), round(meter.cpu_seconds, 3), round(meter.main_cpu_seconds, 3),
              round(meter.peak_mb, 1))
    return run, loaded.facts
