"""`vnmine run`, `vnmine ingest` and `vnmine extract`."""
from __future__ import annotations

import json
import sys

import click
import pandas as pd

from vnmine import render
from warehouse.db import DEFAULT_DB

db_option = click.option(
    "--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="DuckDB warehouse file (created when missing).",
)


def _ingest_and_report(paths, db: str) -> None:
    from pipelines.batch import ingest_paths
    from warehouse import open_warehouse
    from warehouse.summary import province_summary, totals

    report = ingest_paths(paths, db)
    for problem in report.files_failed:
        click.echo(f"skipped: {problem}", err=True)
    loaded = report.loaded
    click.echo(f"{loaded.new_articles} new, {loaded.updated_articles} updated, "
               f"{loaded.duplicates} duplicate articles; {loaded.facts} facts extracted -> {db}")
    with open_warehouse(db, read_only=True) as con:
        click.echo(render.table(province_summary(con)))
        articles, facts = totals(con)
    click.echo(f"warehouse: {articles} articles, {facts} facts")
    if report.files_failed and not (loaded.new_articles or loaded.updated_articles):
        raise click.ClickException("no file could be ingested")


@click.command("run")
@db_option
def run_command(db: str) -> None:
    """Process the embedded demo corpus end to end into the warehouse and print a
    per-province summary. Running it again adds nothing."""
    from pipelines.ingest import embedded_corpus

    _ingest_and_report(embedded_corpus(), db)


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
def ingest_command(paths: tuple[str, ...], db: str) -> None:
    """Ingest your own .txt/.html files and folders into the warehouse.

    Bad files are reported and skipped; the rest is stored. With no PATHS, only
    creates or upgrades the warehouse.
    """
    if not paths:
        from warehouse import open_warehouse

        with open_warehouse(db):
            click.echo(f"warehouse {db} is ready")
        return
    _ingest_and_report(paths, db)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="JSON Lines (every field of SCHEMA.md) or a readable table.")
def extract_command(paths: tuple[str, ...], fmt: str) -> None:
    """Print the facts found in files and folders; no database involved."""
    from pipelines.batch import analyse_all
    from pipelines.ingest import read_articles

    rows = []
    for _, facts in analyse_all(read_articles(paths)):
        for fact in facts:
            record = fact.to_dict()
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                rows.append(record)
    if fmt == "table":
        columns = ["doc", "type", "province", "text"]
        render.write(pd.DataFrame(rows, columns=columns), "table")
