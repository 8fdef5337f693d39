"""The grouping tables: facts counted once across outlets, materialised.

Grouping (newest source per group, every source listed) over a three-way join costs
hundreds of milliseconds on every query, so its results are stored in tables named like
the views researchers know. Their SQL lives in views.sql as ``<table>_of(keys)`` macros.
:func:`rebuild` recomputes every group (when views.sql or the reference tables change);
:func:`refresh` recomputes only the groups a load batch touched, inside the batch's
transaction, so the tables are never stale.
"""
from __future__ import annotations

from typing import Sequence

import duckdb

# table -> (the view of facts it groups, its group key with {} for the indicator's key)
TABLES = {
    "target_groups": (
        "keyed_targets", "target_group_key(province, {}, deadline, value, unit, comparator, category)"),
    "province_targets": ("keyed_targets", "province_target_key(province, {}, deadline)"),
    "ranking_groups": ("rankings", 'ranking_group_key("index", component, province, year, rank, total, score)'),
    "ranking_timeline": ("rankings", 'ranking_timeline_key("index", component, province, year)'),
}


def _row_key(table: str) -> str:
    """The group key of a fact, or of a stored row: it carries the newest source's
    indicator, whose key is the group's."""
    return TABLES[table][1].format("indicator_key(indicator)")


def present(con: duckdb.DuckDBPyConnection) -> bool:
    found = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
        "AND table_name IN (SELECT unnest(?))", [list(TABLES)]).fetchall()}
    return found == set(TABLES)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every group; the caller owns the transaction."""
    for table in TABLES:
        con.execute(f"CREATE OR REPLACE TABLE {table} AS FROM {table}_of(NULL)")


def touched_keys(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, list[int]]:
    """Per table, the keys of the groups the stored facts of ``article_ids`` belong to."""
    if not article_ids:
        return {}
    found = {}
    for view in ("targets", "rankings"):  # a batch's facts are few: keyed row by row
        tables = [table for table, (source, _) in TABLES.items() if source.endswith(view)]
        lists = ", ".join(f"list(DISTINCT {_row_key(table)})" for table in tables)
        row = con.execute(f"SELECT {lists} FROM {view} WHERE article_id IN (SELECT unnest(?))",
                          [list(article_ids)]).fetchone()
        found.update({table: keys or [] for table, keys in zip(tables, row)})
    return found


def refresh(con: duckdb.DuckDBPyConnection, before: dict[str, list[int]],
            after: dict[str, list[int]]) -> None:
    """Recompute the groups that facts were in ``before`` a load or are in ``after`` it
    (a replaced article's old facts may leave a group, its new ones join others)."""
    for table in TABLES:
        keys = sorted(set(before.get(table, ())) | set(after.get(table, ())))
        if not keys:
            continue
        con.execute(f"DELETE FROM {table} WHERE {_row_key(table)} IN (SELECT unnest(?))", [keys])
        con.execute(f"INSERT INTO {table} FROM {table}_of(?)", [keys])
