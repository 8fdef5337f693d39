"""Reference tables ``provinces`` and ``provinces_2025``, filled from the gazetteer.

The gazetteer (``extract.provinces``) is the single source; the warehouse keeps a copy so
that any SQL tool can join facts to codes, regions and the 2025 map. The copy is replaced
whenever the gazetteer's content digest differs from the one stored, so a fixed alias
reaches old warehouse files on their next writable open, at the cost of one hash.
"""
from __future__ import annotations

import hashlib
import json

import duckdb
import pandas as pd

PROVINCE_COLUMNS = ["name", "code", "slug", "region", "type", "aliases", "province_2025"]
PROVINCE_2025_COLUMNS = ["name", "code", "codename", "type", "merged_from"]


def slug(name: str) -> str:
    """ASCII key for a province name: ``"Bà Rịa - Vũng Tàu"`` -> ``"ba_ria_vung_tau"``."""
    from extract.normalize import fold

    return "_".join(fold(name).split())


def _gazetteer() -> tuple[list[dict], list[dict]]:
    from extract.provinces import all_provinces, all_provinces_2025

    provinces = [{**row, "slug": slug(row["name"])} for row in all_provinces()]
    return provinces, all_provinces_2025()


def _digest(provinces: list[dict], provinces_2025: list[dict]) -> str:
    blob = json.dumps([provinces, provinces_2025], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def refresh_reference(con: duckdb.DuckDBPyConnection) -> bool:
    """Bring the reference tables in line with the gazetteer; True when they changed."""
    provinces, provinces_2025 = _gazetteer()
    digest = _digest(provinces, provinces_2025)
    stored = con.execute("SELECT digest FROM reference_digests WHERE name = 'provinces'").fetchall()
    if stored and stored[0][0] == digest:
        return False
    frames = {
        "provinces": pd.DataFrame(provinces, columns=PROVINCE_COLUMNS),
        "provinces_2025": pd.DataFrame(provinces_2025, columns=PROVINCE_2025_COLUMNS),
    }
    con.execute("BEGIN TRANSACTION")
    try:
        for table, frame in frames.items():
            con.register("incoming_reference", frame)
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM incoming_reference")
            con.unregister("incoming_reference")
        con.execute("DELETE FROM reference_digests WHERE name = 'provinces'")
        con.execute("INSERT INTO reference_digests VALUES ('provinces', ?)", [digest])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True
