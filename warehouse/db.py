"""Opening the warehouse: one place that turns DuckDB's failures into clear messages
and brings the schema up to date."""
from __future__ import annotations

import hashlib
import re
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

from vnmine.errors import VnmineError
from warehouse import groups
from warehouse.reference import refresh_reference

DEFAULT_DB = "vnmine.duckdb"


class WarehouseLocked(VnmineError):
    """Another process holds the file (DuckDB allows one writer process, or readers only)."""


class OlderSchema(VnmineError):
    """A read-only open met a file that still lacks migrations (a writable open adds them)."""


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


def _describe(exc: duckdb.Error, path: str) -> VnmineError:
    message = str(exc)
    # DuckDB's own wording: the path itself may contain "lock", so match the phrase
    if re.search(r"could not set lock|conflicting lock", message, re.I):
        pid = re.search(r"PID (\d+)", message)
        holder = f" (PID {pid.group(1)})" if pid else ""
        return WarehouseLocked(
            f"database {path} is locked by another process{holder}; try again when it finishes")
    first = message.splitlines()[0] if message else type(exc).__name__
    return VnmineError(f"cannot open database {path}: {first}")


def migrate(con: duckdb.DuckDBPyConnection, path: str,
            migrations: list[tuple[int, str]] | None = None) -> None:
    """Apply every migration the file lacks, all in one transaction, then recreate the views.

    Versions are applied by set, not by "greater than the newest": a migration numbered
    below one already applied (002 written after 003 shipped) still reaches the file.
    A file holding a version this code does not know is newer than the code: an error.
    """
    migrations = _migrations() if migrations is None else migrations
    known = {v for v, _ in migrations}
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    applied = {r[0] for r in con.execute("SELECT version FROM schema_version").fetchall()}
    unknown = applied - known
    if unknown:
        raise VnmineError(
            f"database {path} has schema version {max(applied)}, newer than this vnmine "
            f"understands ({max(known)}); upgrade vnmine"
        )
    pending = [(v, sql) for v, sql in migrations if v not in applied]
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
    reference_changed = refresh_reference(con)
    con.execute(_views_sql())
    digest = _views_digest()
    views_changed = _stored_views_digest(con) != digest
    if reference_changed or views_changed or not groups.present(con):
        # the grouping tables derive from both: recomputed with the digest, or not at all
        con.execute("BEGIN TRANSACTION")
        try:
            groups.rebuild(con)
            con.execute("DELETE FROM reference_digests WHERE name = 'views'")
            con.execute("INSERT INTO reference_digests VALUES ('views', ?)", [digest]).fetchall()
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _views_sql() -> str:
    return (resources.files("warehouse") / "views.sql").read_text(encoding="utf-8")


def _views_digest() -> str:
    return hashlib.sha256(_views_sql().encode("utf-8")).hexdigest()


def _stored_views_digest(con: duckdb.DuckDBPyConnection) -> str | None:
    # fetchall, not fetchone: DuckDB 2.0 keeps a half-read result pending on the connection,
    # and register() refuses to run while one is
    rows = con.execute("SELECT digest FROM reference_digests WHERE name = 'views'").fetchall()
    return rows[0][0] if rows else None


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False,
            wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse at ``path``, schema up to date.

    Read-only connections never create or change the file; a missing file is an error then.
    While another process holds the file (a crawl writing a batch), retry with backoff for up
    to ``wait`` seconds before giving up with :class:`WarehouseLocked`.
    """
    deadline, pause = time.monotonic() + wait, 0.2
    while True:
        try:
            return _connect_once(str(path), read_only)
        except WarehouseLocked:
            if time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 5.0)


def _connect_once(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not Path(path).exists():
        raise VnmineError(f"no warehouse at {path}; run `vnmine run --db {path}` first")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise _describe(exc, path) from None
    try:
        if read_only:
            _check_readable(con, path)
        else:
            migrate(con, path)
    except duckdb.Error as exc:
        con.close()
        raise _describe(exc, path) from None
    except BaseException:
        con.close()
        raise
    return con


def _check_readable(con: duckdb.DuckDBPyConnection, path: str) -> None:
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "schema_version" not in tables:
        raise VnmineError(f"{path} is not a vnmine warehouse (no schema_version table)")
    applied = {r[0] for r in con.execute("SELECT version FROM schema_version").fetchall()}
    known = {v for v, _ in _migrations()}
    if applied - known:
        raise VnmineError(
            f"database {path} has schema version {max(applied)}, newer than this vnmine "
            f"understands ({max(known)}); upgrade vnmine"
        )
    missing = sorted(known - applied)
    if missing:
        raise OlderSchema(
            f"database {path} has an older schema (lacks migration {', '.join(map(str, missing))}); "
            f"open it once for writing (e.g. `vnmine ingest --db {path}` with no files) to upgrade it"
        )
    # views are recreated on writable opens only: a file last written by another vnmine
    # version may hold views that no longer match the queries of this one
    if _stored_views_digest(con) != _views_digest():
        raise OlderSchema(
            f"database {path} has views from another vnmine version; open it once for writing "
            f"(e.g. `vnmine ingest --db {path}` with no files) to refresh them"
        )


# How long readers (queries, notebooks) wait for a crawl to finish writing a batch.
READER_WAIT = 10.0


@contextmanager
def open_warehouse(path: str | Path = DEFAULT_DB, *, read_only: bool = False,
                   wait: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """``connect`` as a context manager that always releases the file."""
    con = connect(path, read_only=read_only, wait=wait)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def open_for_reading(path: str | Path = DEFAULT_DB, *, wait: float = READER_WAIT) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, waiting ``wait`` seconds for a writer to let go; a file with
    an older schema is first upgraded by a brief writable open, as opening an older file for
    any purpose should."""
    try:
        con = connect(path, read_only=True, wait=wait)
    except OlderSchema:
        connect(path, wait=wait).close()
        con = connect(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()
