"""Opening the warehouse: migrations in one transaction, version checks, reference tables."""
from importlib import resources

import duckdb
import pytest

from extract.provinces import all_provinces, all_provinces_2025
from vnmine.errors import VnmineError
from warehouse import connect, open_for_reading
from warehouse.db import OlderSchema, _migrations, migrate, schema_version_of_code
from warehouse.reference import refresh_reference

INITIAL = (resources.files("warehouse") / "migrations" / "001_initial.sql").read_text("utf-8")


def versions(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return sorted(r[0] for r in con.execute("SELECT version FROM schema_version").fetchall())


def tables(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def version_1_file(path):
    """A warehouse as the first release wrote it, holding one article."""
    with duckdb.connect(str(path)) as con:
        con.execute(INITIAL)
        con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        con.execute("INSERT INTO schema_version VALUES (1)")
        con.execute("INSERT INTO articles (article_id, doc, text, content_hash, province) "
                    "VALUES ('a1', 'old.txt', 'Tây Ninh', 'h1', 'Tây Ninh')")
    return path


def test_a_new_file_has_every_migration_and_the_reference_tables(tmp_path):
    with connect(tmp_path / "w.duckdb") as con:
        assert con.execute("SELECT count(*) FROM provinces").fetchone() == (63,)
        assert con.execute("SELECT count(*) FROM provinces_2025").fetchone() == (34,)
    assert versions(tmp_path / "w.duckdb") == [v for v, _ in _migrations()]
    assert schema_version_of_code() == max(v for v, _ in _migrations()) >= 3


def test_a_version_1_file_is_upgraded_and_keeps_its_data(tmp_path):
    path = version_1_file(tmp_path / "old.duckdb")
    assert "provinces" not in tables(path)
    with connect(path) as con:
        assert con.execute("SELECT doc FROM articles").fetchall() == [("old.txt",)]
        row = con.execute("SELECT province_2025, region FROM provinces WHERE name = 'Long An'").fetchone()
        assert row == ("Tây Ninh", "Đồng bằng sông Cửu Long")
        assert con.execute("SELECT count(*) FROM province_targets").fetchone() == (0,)
    assert versions(path) == [v for v, _ in _migrations()]


def test_a_migration_numbered_below_an_applied_one_still_runs(tmp_path):
    # 003 shipped first; 002 was written later: files at {1, 3} must still receive 002
    path = tmp_path / "w.duckdb"
    migrations = _migrations()
    with duckdb.connect(str(path)) as con:
        migrate(con, str(path), [m for m in migrations if m[0] != 2])
    assert 2 not in versions(path)
    connect(path).close()
    assert versions(path) == [v for v, _ in migrations]


def test_a_newer_file_is_a_clear_error_and_stays_untouched(tmp_path):
    path = tmp_path / "new.duckdb"
    connect(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_version VALUES (999)")
    for read_only in (False, True):
        with pytest.raises(VnmineError, match="schema version 999, newer than this vnmine") as err:
            connect(path, read_only=read_only)
        assert "\n" not in str(err.value)
    assert versions(path)[-1] == 999


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path):
    path = version_1_file(tmp_path / "old.duckdb")
    broken = [(1, INITIAL), (2, "CREATE TABLE half_done (x INTEGER);\nSELECT * FROM no_such_table;")]
    with duckdb.connect(str(path)) as con:
        with pytest.raises(duckdb.Error, match="no_such_table"):
            migrate(con, str(path), broken)
    assert versions(path) == [1]
    assert "half_done" not in tables(path)
    connect(path).close()  # and the real migrations still apply afterwards
    assert versions(path) == [v for v, _ in _migrations()]


def test_read_only_open_refuses_an_older_file_and_open_for_reading_upgrades_it(tmp_path):
    path = version_1_file(tmp_path / "old.duckdb")
    with pytest.raises(OlderSchema, match="lacks migration 2, 3"):
        connect(path, read_only=True)
    assert versions(path) == [1]
    with open_for_reading(path) as con:
        assert con.execute("SELECT count(*) FROM provinces").fetchone() == (63,)
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DELETE FROM articles")
    assert versions(path) == [v for v, _ in _migrations()]


def test_read_only_open_never_creates_a_file(tmp_path):
    with pytest.raises(VnmineError, match="no warehouse at"):
        connect(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_a_duckdb_file_that_is_not_a_warehouse(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(VnmineError, match="not a vnmine warehouse"):
        connect(path, read_only=True)


def test_reference_tables_follow_the_gazetteer(tmp_path):
    path = tmp_path / "w.duckdb"
    with connect(path) as con:
        assert refresh_reference(con) is False  # unchanged content: nothing rewritten
        # a stale copy, as an older gazetteer would have left it
        con.execute("DELETE FROM provinces WHERE name = 'Long An'")
        con.execute("UPDATE reference_digests SET digest = 'stale'")
    with connect(path) as con:
        stored = con.execute("SELECT name, code, region, province_2025 FROM provinces ORDER BY code").fetchall()
        merged = con.execute("SELECT merged_from FROM provinces_2025 WHERE name = 'Tây Ninh'").fetchone()[0]
    expected = sorted((p["name"], p["code"], p["region"], p["province_2025"]) for p in all_provinces())
    assert sorted(stored) == expected
    assert sorted(merged) == ["Long An", "Tây Ninh"]
    assert len(all_provinces_2025()) == 34


def test_views_left_by_another_version_are_refreshed_before_reading(tmp_path):
    path = tmp_path / "w.duckdb"
    connect(path).close()
    with duckdb.connect(str(path)) as con:  # as an older vnmine would have left them
        con.execute("DROP TABLE ranking_timeline")
        con.execute("UPDATE reference_digests SET digest = 'older' WHERE name = 'views'")
    with pytest.raises(OlderSchema, match="views from another vnmine version"):
        connect(path, read_only=True)
    with open_for_reading(path) as con:
        assert con.execute("SELECT count(*) FROM ranking_timeline").fetchone() == (0,)
