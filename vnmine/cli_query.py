"""`vnmine query`, `vnmine sql` and `vnmine export`: reading the warehouse, never changing it."""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click
import pandas as pd

from vnmine import render
from vnmine.errors import VnmineError
from warehouse.db import DEFAULT_DB

OUTPUT_FORMATS = (*render.FORMATS, "parquet")

db_option = click.option(
    "--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="DuckDB warehouse file (opened read-only).",
)
format_option = click.option(
    "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
    help="parquet needs --out.",
)
out_option = click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")

# query filter option -> parameter name of the named query functions
FILTERS = {
    "province": "Province, any alias, with or without diacritics (\"tay ninh\", \"TP.HCM\").",
    "deadline": "Target year, e.g. 2025.",
    "indicator": "Words the indicator contains (case and diacritics ignored).",
    "index": "Index short name: DTI, PCI, PAPI, ICT Index ...",
    "year": "Year the ranking measures.",
    "component": "Words the index component contains.",
    "article_id": "Article id (see `vnmine query articles`).",
}


def _for_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists become "a; b" so tables and CSV stay one value per cell; missing values blank."""
    frame = frame.copy()
    for column in frame.columns:  # pandas' <NA> and NaT would print as such
        if frame[column].dtype != object and frame[column].isna().any():
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, list)).any():
            frame[column] = frame[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    return frame


def emit(frame: pd.DataFrame, fmt: str, out: str | None, table_columns: list[str] | None = None) -> None:
    """Write a result in ``fmt`` to ``out`` or stdout."""
    if fmt == "parquet":
        if not out:
            raise VnmineError("--format parquet writes a file: add --out FILE.parquet")
        frame.to_parquet(out, index=False)
        click.echo(f"{len(frame)} rows -> {out}", err=True)
        return
    if fmt == "table" and table_columns:
        frame = frame[[c for c in table_columns if c in frame.columns]]
    if fmt in ("table", "csv"):
        frame = _for_text(frame)
    if out:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            render.write(frame, fmt, handle)
    else:
        render.write(frame, fmt, sys.stdout)


def _query_list() -> str:
    from warehouse.queries import NAMED_QUERIES

    lines = []
    for name, func in NAMED_QUERIES.items():
        params = [p for p in inspect.signature(func).parameters if p != "con"]
        flags = " ".join(f"[--{p.replace('_', '-')}]" for p in params)
        lines.append(f"  {name:<9} {flags:<48} {inspect.getdoc(func).splitlines()[0]}")
    return "\n".join(lines)


@click.command("query", epilog="Named queries: targets, rankings, compare, timeline, sources, "
               "articles, facts. Run `vnmine query` alone for their filters.")
@click.argument("name", required=False)
@click.option("--province", help=FILTERS["province"])
@click.option("--deadline", help=FILTERS["deadline"])
@click.option("--indicator", help=FILTERS["indicator"])
@click.option("--index", help=FILTERS["index"])
@click.option("--year", help=FILTERS["year"])
@click.option("--component", help=FILTERS["component"])
@click.option("--article-id", "article_id", help=FILTERS["article_id"])
@format_option
@out_option
@db_option
def query_command(name: str | None, fmt: str, out: str | None, db: str, **filters) -> None:
    """Run a named query over the warehouse: targets, rankings, compare, timeline, sources.

    Example: vnmine query rankings --index DTI --province "Tây Ninh"
    """
    from warehouse.db import open_for_reading
    from warehouse.queries import NAMED_QUERIES, TABLE_COLUMNS

    if name is None:
        click.echo("Named queries (vnmine query NAME [filters]):\n" + _query_list())
        return
    func = NAMED_QUERIES.get(name)
    if func is None:
        raise VnmineError(f"unknown query {name!r}; choose one of {', '.join(NAMED_QUERIES)}")
    params = {n: p for n, p in inspect.signature(func).parameters.items() if n != "con"}
    accepted = list(params)
    given = {k: v for k, v in filters.items() if v is not None}
    needed = [n for n, p in params.items() if p.default is inspect.Parameter.empty and n not in given]
    if needed:
        raise VnmineError(f"query {name} needs --{needed[0].replace('_', '-')}")
    refused = [k for k in given if k not in accepted]
    if refused:
        takes = ", ".join(f"--{p.replace('_', '-')}" for p in accepted) or "no filters"
        raise VnmineError(f"query {name} does not take --{refused[0].replace('_', '-')}; it takes {takes}")
    with open_for_reading(db) as con:
        frame = func(con, **given)
    emit(frame, fmt, out, TABLE_COLUMNS.get(name))


@click.command("sql")
@click.argument("statement")
@format_option
@out_option
@db_option
def sql_command(statement: str, fmt: str, out: str | None, db: str) -> None:
    """Run one SQL statement on a read-only connection to the warehouse.

    Tables: articles, facts, provinces, provinces_2025, crawl_runs, and the grouping tables
    target_groups, province_targets, ranking_groups, ranking_timeline (kept current by every
    load). Views: targets, metrics, rankings, dates, legal_refs, officials, facts_in_context.
    """
    import duckdb

    from warehouse.db import open_for_reading

    with open_for_reading(db) as con:
        try:
            frame = con.execute(statement).df()
        except duckdb.Error as exc:
            raise VnmineError(f"SQL error: {' '.join(str(exc).split())}") from None
    emit(frame, fmt, out)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", default="vnmine-export", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write; its facts/ and articles/ subfolders are replaced.")
@db_option
def export_command(fmt: str, out: str, db: str) -> None:
    """Export facts and articles partitioned by province and year (Hive layout) for Spark,
    Trino, Polars or DuckDB on another machine."""
    from warehouse.db import open_for_reading
    from warehouse.export import export

    with open_for_reading(db) as con:
        result = export(con, out, fmt)
    click.echo(f"{result.facts} facts and {result.articles} articles -> {Path(out)}/ "
               f"({fmt}, partitioned by province_slug and published_year)")
    click.echo(f"read back: SELECT * FROM read_{fmt}('{Path(out)}/facts/**/*.{fmt}', hive_partitioning=true)")
