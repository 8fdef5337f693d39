"""The ``vnmine`` command line: each command a thin layer over a library function.

Commands are imported lazily, so ``vnmine --help`` does not load NLP models or Scrapy.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

from vnmine.errors import VnmineError

# command name -> "module:attribute" of its click command
COMMANDS = {
    "run": "vnmine.cli_ingest:run_command",
    "ingest": "vnmine.cli_ingest:ingest_command",
    "extract": "vnmine.cli_ingest:extract_command",
    "eval": "vnmine.cli_eval:eval_command",
    "crawl": "vnmine.cli_crawl:crawl_command",
    "runs": "vnmine.cli_crawl:runs_command",
    "query": "vnmine.cli_query:query_command",
    "sql": "vnmine.cli_query:sql_command",
    "export": "vnmine.cli_query:export_command",
    "bench": "vnmine.cli_bench:bench_command",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            return None  # tests/test_cli.py asserts every registered command resolves

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except VnmineError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # one line, never a traceback, unless asked for
            if os.environ.get("VNMINE_DEBUG"):
                raise
            first = str(exc).splitlines()[0] if str(exc) else ""
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {first} (set VNMINE_DEBUG=1 for the traceback)"
            ) from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnmine")
def cli() -> None:
    """vnmine: mine targets, metrics and index rankings from Vietnamese provincial news.

    Start with `vnmine run`, which builds a DuckDB warehouse from the embedded demo corpus.
    """


def main() -> None:
    cli.main(prog_name="vnmine")


if __name__ == "__main__":
    sys.exit(main())
