"""Opening the warehouse: one place that turns DuckDB's failures into clear messages
and brings the schema up to date."""
from __future__ import annotations

import re
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

from vnmine.errors import VnmineError

DEFAULT_DB = "vnmine.duckdb"


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("warehouse") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = re.match(r"(\d+)_.*\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version_of_code() -> int:
    return _migrations()[-1][0]


def _describe(exc: duckdb.Error, path: str) -> str:
    message = str(exc)
    if "lock" in message.lower():
        pid = re.search(r"PID (\d+)", message)
        holder = f" (PID {pid.group(1)})" if pid else ""
        return f"database {path} is locked by another process{holder}; try again when it finishes"
    first = message.splitlines()[0] if message else type(exc).__name__
    return f"cannot open database {path}: {first}"


def _migrate(con: duckdb.DuckDBPyConnection, path: str) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    current = row[0] or 0
    code = schema_version_of_code()
    if current > code:
        raise VnmineError(
            f"database {path} has schema version {current}, newer than this vnmine "
            f"understands ({code}); upgrade vnmine"
        )
    pending = [(v, sql) for v, sql in _migrations() if v > current]
    if pending:
        con.execute("BEGIN TRANSACTION")
        try:
            for version, sql in pending:
                con.execute(sql)
                con.execute("INSERT INTO schema_version VALUES (?)", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    con.execute((resources.files("warehouse") / "views.sql").read_text(encoding="utf-8"))


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse at ``path``, schema up to date.

    Read-only connections never create or change the file; a missing file is an error then.
    """
    path = str(path)
    if read_only and not Path(path).exists():
        raise VnmineError(f"no warehouse at {path}; run `vnmine run --db {path}` first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise VnmineError(_describe(exc, path)) from None
    try:
        if read_only:
            _check_readable(con, path)
        else:
            _migrate(con, path)
    except duckdb.Error as exc:
        con.close()
        raise VnmineError(_describe(exc, path)) from None
    except BaseException:
        con.close()
        raise
    return con


def _check_readable(con: duckdb.DuckDBPyConnection, path: str) -> None:
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "schema_version" not in tables:
        raise VnmineError(f"{path} is not a vnmine warehouse (no schema_version table)")
    current = con.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
    if current > schema_version_of_code():
        raise VnmineError(
            f"database {path} has schema version {current}, newer than this vnmine "
            f"understands ({schema_version_of_code()}); upgrade vnmine"
        )
    if current < schema_version_of_code():
        raise VnmineError(
            f"database {path} has an older schema (version {current}); open it once for "
            f"writing (e.g. `vnmine ingest --db {path}` with no files) to upgrade it"
        )


@contextmanager
def open_warehouse(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """``connect`` as a context manager that always releases the file."""
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()
