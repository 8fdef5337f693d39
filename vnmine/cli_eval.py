"""``vnmine eval GOLD.jsonl [PATH...]``: score extraction against gold annotations."""
from __future__ import annotations

import os
from pathlib import Path

import click

from vnmine.errors import VnmineError

SEEDS = Path(__file__).parent / "data" / "seeds"


def _articles(paths: list[str]):
    from pipelines.ingest import read_articles

    return read_articles(paths)


def score_paths(gold: list[dict], paths: list[str]):
    """Extract from PATHs, or from the embedded seeds the gold file names, and score against
    ``gold`` (its offsets moved to the text as read where reading the files changed it)."""
    from extract.evaluate import evaluate, rebase
    from extract.pipeline import extract_facts
    from pipelines.ingest import decode

    if not paths:
        wanted = sorted({os.path.basename(g["doc"]) for g in gold})
        paths = [str(SEEDS / name) for name in wanted if (SEEDS / name).is_file()]
        if not paths:
            raise VnmineError("none of the gold documents is in the embedded corpus; pass PATHs")
    facts, texts = [], {}
    for art in _articles(paths):
        facts += extract_facts(art.text, art.doc, published=(art.published_at or None) and art.published_at[:10],
                               province=art.province)
        written = Path(art.doc) if Path(art.doc).is_file() else SEEDS / art.doc
        texts[os.path.basename(art.doc)] = (decode(written.read_bytes(), art.doc), art.text)
    return evaluate(rebase(gold, texts), facts)


@click.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--errors/--no-errors", default=True, help="List misses and false hits.")
def eval_command(gold: str, paths: tuple[str, ...], errors: bool) -> None:
    """Precision, recall and F1 per fact type against GOLD.jsonl."""
    from extract.evaluate import load_gold

    if not Path(gold).is_file():
        raise VnmineError(f"gold file not found: {gold}")
    try:
        records = load_gold(gold)
    except (ValueError, KeyError) as err:
        raise VnmineError(f"bad gold file: {err}") from err
    if not records:
        raise VnmineError(f"gold file has no records: {gold}")
    click.echo(score_paths(records, list(paths)).to_text(show_errors=errors))
