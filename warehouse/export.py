"""Export for other engines: facts and articles as Hive-partitioned Parquet (or CSV).

Layout under the output folder::

    facts/province_slug=tay_ninh/published_year=2022/data_0.parquet
    articles/province_slug=tay_ninh/published_year=2022/data_0.parquet
    provinces.parquet, provinces_2025.parquet

Partition values are ASCII slugs, not Vietnamese names, because engines disagree on how
to percent-decode non-ASCII path segments (Spark decodes byte by byte). Facts without a
province or articles without a date go to Hive's ``__HIVE_DEFAULT_PARTITION__``, which
every engine reads back as NULL. The partition columns are extra; every warehouse column
is kept in the files unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from vnmine.errors import VnmineError

FORMATS = ("parquet", "csv")
PARTITION_COLUMNS = ("province_slug", "published_year")

_PARTITIONED = {
    "facts": """
        SELECT f.*, p.slug AS province_slug, year(a.published_at) AS published_year
        FROM facts f JOIN articles a USING (article_id)
        LEFT JOIN provinces p ON p.name = f.province""",
    "articles": """
        SELECT a.*, p.slug AS province_slug, year(a.published_at) AS published_year
        FROM articles a LEFT JOIN provinces p ON p.name = a.province""",
}
_SINGLE = ("provinces", "provinces_2025")


@dataclass
class ExportResult:
    folder: Path
    facts: int
    articles: int


def _options(fmt: str, partitioned: bool) -> str:
    parts = ["FORMAT parquet"] if fmt == "parquet" else ["FORMAT csv", "HEADER true"]
    if partitioned:
        # OVERWRITE empties only this table's own subfolder (facts/ or articles/)
        parts += [f"PARTITION_BY ({', '.join(PARTITION_COLUMNS)})", "OVERWRITE true"]
    return ", ".join(parts)


def export(con: duckdb.DuckDBPyConnection, out: str | Path, fmt: str = "parquet") -> ExportResult:
    """Write facts, articles and the reference tables under ``out``; re-exporting replaces them."""
    if fmt not in FORMATS:
        raise VnmineError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise VnmineError(f"{folder} exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table, select in _PARTITIONED.items():
            con.execute(f"COPY ({select}) TO ? ({_options(fmt, True)})", [str(folder / table)])
        for table in _SINGLE:
            con.execute(f"COPY {table} TO ? ({_options(fmt, False)})", [str(folder / f"{table}.{fmt}")])
    except (OSError, duckdb.Error) as exc:
        raise VnmineError(f"export to {folder} failed: {str(exc).splitlines()[0]}") from None
    facts, articles = con.execute("SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM articles)").fetchone()
    return ExportResult(folder, facts, articles)
