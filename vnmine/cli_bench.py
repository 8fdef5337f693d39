"""`vnmine bench`: how fast and how lean the pipeline is, measured in one run."""
from __future__ import annotations

import json

import click
import pandas as pd

from vnmine import render
from vnmine.errors import VnmineError


def _summary(result: dict) -> pd.DataFrame:
    rows = [("articles (N)", result["articles"], ""), ("workers", result["workers"], "")]
    for name in ("articles_per_s", "floor_articles_per_s", "floor_all_workers_articles_per_s",
                 "pipeline_over_floor_all_workers", "pipeline_over_floor_cpu", "facts_per_article",
                 "time_growth_n_to_4n", "crawl_pages_per_s", "bare_crawl_pages_per_s"):
        rows.append((name, result.get(name), ""))
    for name, verdict in result["targets"].items():
        met = {True: "met", False: "NOT MET", None: "not measured"}[verdict["met"]]
        note = f" ({verdict['note']})" if verdict.get("note") else ""
        rows.append((name, verdict["value"], f"target {verdict['target']}: {met}{note}"))
    if result.get("crawl_note"):
        rows.append(("crawl", None, result["crawl_note"]))
    return pd.DataFrame(rows, columns=["figure", "value", "verdict"]).astype({"value": object})


@click.command("bench")
@click.option("--quick", is_flag=True, help="The quick run (N=200); the default full run has N=2500, 4N=10,000.")
@click.option("--articles", "n", type=int, help="N: articles in the corpus (overrides --quick).")
@click.option("--facts", type=int, default=100_000, show_default=True,
              help="Facts in the synthetic warehouse the named queries are timed on.")
@click.option("--workers", type=int, default=0, help="Worker processes (default: one per core).")
@click.option("--no-crawl", is_flag=True, help="Skip the crawl comparison.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object on the last line.")
def bench_command(quick: bool, n: int | None, facts: int, workers: int, no_crawl: bool, as_json: bool) -> None:
    """Benchmark the pipeline on a synthetic corpus built from the embedded articles.

    Measures the floor (HTML -> text + word segmentation), the full pipeline (HTML -> facts
    -> DuckDB) and their ratio, growth from N to 4N articles, peak memory, the crawl against
    a bare Scrapy spider on a local server, and named-query latency. Progress goes to stderr.
    """
    from pipelines.bench.run import FULL_ARTICLES, QUICK_ARTICLES, Options, run_bench

    n = n if n is not None else QUICK_ARTICLES if quick else FULL_ARTICLES
    if n < 1 or facts < 1 or workers < 0:
        raise VnmineError("--articles and --facts must be at least 1, --workers at least 0")
    result = run_bench(Options(articles=n, workers=workers, crawl=not no_crawl, facts=facts),
                       progress=lambda line: click.echo(f"bench: {line}", err=True))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(render.table(_summary(result)))
