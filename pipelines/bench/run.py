"""One benchmark run: floor, pipeline at N and 4N, crawl comparison, query latency, targets."""
from __future__ import annotations

import importlib.util
import platform
import tempfile
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Callable

import psutil

from pipelines import parallel
from pipelines.bench import crawlbench, measure, queries
from pipelines.bench.corpus import SEED, write_site

QUICK_ARTICLES = 200
FULL_ARTICLES = 2500  # 4N = 10,000 articles: the memory target's size
WAREHOUSE_FACTS = 100_000
CRAWL_PAGES = 300  # at most: the project spider stores as it goes, a full-size crawl adds minutes, not insight
TARGETS = {  # figure: (comparison, bound)
    "pipeline_over_floor": ("<=", 1.5),
    "crawl_over_bare": (">=", 0.5),
    "peak_rss_mb": ("<", 1024.0),
    "rss_growth_n_to_4n": ("<=", 1.25),  # flat memory, with room for sampling noise
    "query_max_ms": ("<", 200.0),
}


@dataclass
class Options:
    articles: int = QUICK_ARTICLES
    workers: int = 0  # 0: one per core
    crawl: bool = True
    facts: int = WAREHOUSE_FACTS
    seed: int = SEED


def machine() -> dict:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text("utf-8").splitlines()
    except OSError:
        cpuinfo = []
    names = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
    cpu = names[0] if names else platform.processor()
    return {"cpu": cpu, "cores": parallel.default_workers(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "load_average_1m": round(psutil.getloadavg()[0], 2),  # other jobs on the machine skew wall times
            "os": platform.platform(), "python": platform.python_version(),
            **{name: version(name) for name in ("trafilatura", "underthesea", "spacy", "scrapy", "duckdb")}}


def _verdicts(figures: dict) -> dict:
    out = {}
    for name, (op, bound) in TARGETS.items():
        value = figures.get(name)
        met = None if value is None else {"<=": value <= bound, ">=": value >= bound, "<": value < bound}[op]
        out[name] = {"value": value, "target": f"{op} {bound:g}", "met": met}
    return out


def run_bench(options: Options, progress: Callable[[str], None] = lambda _: None) -> dict:
    workers = options.workers or parallel.default_workers()
    n, n4 = options.articles, 4 * options.articles
    result: dict = {"articles": n, "workers": workers, "seed": options.seed}
    load_at_start = round(psutil.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory(prefix="vnmine-bench-") as tmp:
        root = Path(tmp)
        progress(f"writing {n} + {n4} synthetic article pages")
        site, big_site = root / "site", root / "site4n"
        pages, big_pages = write_site(site, n, options.seed), write_site(big_site, n4, options.seed)

        progress(f"starting {workers} workers")
        measure.warm_pool(pages, workers)
        progress(f"floor: HTML -> text + word segmentation of {n} pages, in one process")
        floor = measure.measure_floor(pages, workers, one_process=True)
        progress(f"floor again on {workers} workers")
        floor_all = measure.measure_floor(pages, workers)
        progress(f"pipeline: HTML -> facts -> DuckDB of {n} pages")
        pipeline, facts = measure.measure_pipeline(pages, workers)
        progress(f"pipeline again at 4N = {n4} pages")
        big, _ = measure.measure_pipeline(big_pages, workers)
        result.update(
            articles_per_s=round(pipeline.per_s, 2), floor_articles_per_s=round(floor.per_s, 2),
            pipeline_over_floor=round(pipeline.seconds / floor.seconds, 3),
            floor_all_workers_articles_per_s=round(floor_all.per_s, 2),
            pipeline_over_floor_all_workers=round(pipeline.seconds / floor_all.seconds, 3),
            pipeline_over_floor_cpu=round(pipeline.cpu_seconds / floor.cpu_seconds, 3),
            facts_stored=facts, facts_per_article=round(facts / max(pipeline.articles, 1), 2),
            peak_rss_mb=max(floor.peak_rss_mb, floor_all.peak_rss_mb, pipeline.peak_rss_mb, big.peak_rss_mb),
            rss_growth_n_to_4n=round(big.peak_rss_mb / pipeline.peak_rss_mb, 3),
            time_growth_n_to_4n=round(big.seconds / pipeline.seconds, 3),
            runs={"floor": floor.to_dict(), "floor_all_workers": floor_all.to_dict(),
                  "pipeline": pipeline.to_dict(), "pipeline_4n": big.to_dict()})

        result.update(crawl_pages_per_s=None, bare_crawl_pages_per_s=None, crawl_over_bare=None)
        if not options.crawl:
            result["crawl_note"] = "skipped (--no-crawl)"
        elif importlib.util.find_spec("vnmine.cli_crawl") is None:
            result["crawl_note"] = "skipped: `vnmine crawl` is not available in this checkout"
        else:
            crawl_site = site
            if n > CRAWL_PAGES:
                crawl_site = root / "crawl"
                write_site(crawl_site, CRAWL_PAGES, options.seed)
            progress(f"crawl: bare Scrapy spider, then `vnmine crawl`, over {min(n, CRAWL_PAGES)} pages")
            project, bare = crawlbench.compare_crawls(crawl_site)
            result.update(crawl_pages_per_s=round(project.per_s, 2), bare_crawl_pages_per_s=round(bare.per_s, 2),
                          crawl_over_bare=round(project.per_s / bare.per_s, 3) if bare.per_s else None,
                          crawls={"project": project.to_dict(), "bare": bare.to_dict()})

    with tempfile.TemporaryDirectory(prefix="vnmine-bench-wh-") as tmp:
        db = Path(tmp) / "warehouse.duckdb"
        progress(f"warehouse of {options.facts} synthetic facts")
        stored = queries.build_warehouse(db, options.facts, options.seed)
        progress("named queries")
        latencies = queries.time_queries(db)
    timed = [q.median_ms for q in latencies if q.error is None]
    result.update(warehouse_facts=stored, query_max_ms=max(timed) if timed else None,
                  queries=[asdict(q) for q in latencies])
    result["targets"] = _verdicts(result)
    if n4 < 10_000:
        result["targets"]["peak_rss_mb"]["note"] = f"measured up to {n4} articles, not 10,000"
    if stored < 100_000:
        result["targets"]["query_max_ms"]["note"] = f"measured on {stored} facts, not 100,000"
    failed = [f"{q.query}({q.filters})" for q in latencies if q.error]
    if failed:
        result["targets"]["query_max_ms"].update(met=False, note=f"failed: {', '.join(failed)}")
    result["machine"] = {**machine(), "load_average_1m_at_start": load_at_start}
    return result
