"""`vnmine crawl` and `vnmine runs`."""
from __future__ import annotations

import click
import pandas as pd

from vnmine import render
from vnmine.errors import VnmineError
from warehouse.db import DEFAULT_DB


def _settings(pairs: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise VnmineError(f"-s expects KEY=VALUE, got {pair!r}")
        found[key.strip()] = value
    return found


@click.command("crawl")
@click.option("--url", help="Crawl one site from this URL (same host only).")
@click.option("--source", "names", multiple=True, help="Registry source to crawl (key or name); repeatable.")
@click.option("--all", "everything", is_flag=True, help="Crawl every source in the registry.")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False),
              help="Sources registry (YAML); default: the packaged crawler/sources.yaml.")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB warehouse file (created when missing).")
@click.option("--state-dir", type=click.Path(file_okay=False),
              help="Where crawl state (resumable queues, lock) lives; default <db>.crawl/.")
@click.option("--max-pages", type=int, help="Stop each source after this many pages.")
@click.option("-s", "--set", "pairs", multiple=True, metavar="KEY=VALUE",
              help="Override a Scrapy/vnmine setting, e.g. -s DOWNLOAD_DELAY=2.")
@click.option("-v", "--verbose", is_flag=True, help="Log every request (Scrapy DEBUG).")
def crawl_command(url, names, everything, sources_file, db, state_dir, max_pages, pairs, verbose) -> None:
    """Crawl news sites into the warehouse: articles with their facts, each stored once.

    Incremental: stored articles are not downloaded again, and an interrupted crawl resumes.
    """
    from crawler.runner import run_crawl
    from crawler.sources import adhoc_source, load_sources

    chosen = sum(bool(x) for x in (url, names, everything))
    if chosen != 1:
        raise VnmineError("say what to crawl: exactly one of --url URL, --source NAME or --all")
    if url:
        sources = [adhoc_source(url)]
    else:
        registry = load_sources(sources_file)
        if everything:
            sources = registry
        else:
            by_name = {s.key: s for s in registry} | {s.name: s for s in registry}
            unknown = [n for n in names if n not in by_name]
            if unknown:
                raise VnmineError(f"unknown source(s) {', '.join(unknown)}; see the registry "
                                  f"({sources_file or 'crawler/sources.yaml'})")
            sources = [by_name[n] for n in names]
    overrides = _settings(pairs)
    if max_pages:
        overrides["CLOSESPIDER_PAGECOUNT"] = str(max_pages)
    if verbose:
        overrides.setdefault("LOG_LEVEL", "DEBUG")
        overrides.setdefault("STATS_DUMP", "True")
    results = run_crawl(sources, db, overrides=overrides, state_dir=state_dir)
    frame = pd.DataFrame([vars(r) for r in results])
    click.echo(render.table(frame))
    click.echo(f"{int(frame['new_articles'].sum())} new articles -> {db}")


@click.command("runs")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=False),
              help="DuckDB warehouse file.")
@click.option("--limit", default=20, show_default=True, help="How many runs to show, newest first.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
              show_default=True)
def runs_command(db: str, limit: int, fmt: str) -> None:
    """Show the last crawl runs: start, end, status, pages, new articles, errors.

    Works while a crawl is running: it waits a few seconds for the batch being written.
    """
    from crawler.state import recent_runs
    from warehouse.db import open_for_reading

    with open_for_reading(db) as con:
        render.write(recent_runs(con, limit), fmt)
