"""`vnmine query`, `vnmine sql` and `vnmine export` as a user types them."""
import json
import subprocess
import sys

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from vnmine.cli import cli
from warehouse_sample import build


def vnmine(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("cli") / "w.duckdb")


def test_rankings_table_by_alias(db):
    result = vnmine("query", "rankings", "--index", "DTI", "--province", "tay ninh", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:7] == ["index", "component", "province", "year", "rank", "total", "score"]
    assert "2021    44" in lines[2] and "0.3426" in lines[2]
    assert "2020    46" in lines[3] and "0.2686" in lines[3]


def test_targets_as_json_keep_lists_of_sources(db):
    rows = as_json(vnmine("query", "targets", "--province", "TÂY NINH", "--deadline", "2025",
                          "--format", "json", "--db", db))
    assert len(rows) == 1 and rows[0]["n_sources"] == 2 and len(rows[0]["sources"]) == 2


def test_csv_joins_lists_and_keeps_every_column(db):
    result = vnmine("query", "timeline", "--index", "dti", "--format", "csv", "--db", db)
    header, first, second = result.stdout.splitlines()
    assert header == "index,component,province,province_2025,year,rank,total,score,n_sources,sources"
    assert first.startswith("DTI,,Tây Ninh,Tây Ninh,2020,46,,0.2686,1,https://")


def test_compare_and_sources(db):
    rows = as_json(vnmine("query", "compare", "--deadline", "2025", "--format", "json", "--db", db))
    assert rows[0]["Tây Ninh"] == "100%" and rows[0]["Tiền Giang"] == "90%"
    sources = as_json(vnmine("query", "sources", "--format", "json", "--db", db))
    assert sum(r["articles"] for r in sources) == 4


def test_parquet_needs_out_and_writes_it(db, tmp_path):
    refused = vnmine("query", "targets", "--format", "parquet", "--db", db)
    assert refused.exit_code == 1 and "add --out" in refused.stderr
    out = tmp_path / "targets.parquet"
    assert vnmine("query", "targets", "--format", "parquet", "--out", out, "--db", db).exit_code == 0
    assert len(pd.read_parquet(out)) == 5


def test_listing_the_named_queries(db):
    result = vnmine("query", "--db", db)
    assert result.exit_code == 0
    for name in ("targets", "rankings", "compare", "timeline", "sources"):
        assert f"\n  {name} " in result.stdout


@pytest.mark.parametrize("args, message", [
    (["query", "nope"], "unknown query 'nope'; choose one of targets, rankings, compare, timeline, sources"),
    (["query", "targets", "--province", "Tay Nin"], "unknown province 'Tay Nin'; did you mean Tây Ninh"),
    (["query", "sources", "--province", "Tây Ninh"], "query sources does not take --province"),
    (["query", "targets", "--deadline", "soon"], "deadline must be a year"),
    (["sql", "DELETE FROM facts"], "read-only"),
    (["sql", "SELEC 1"], "SQL error: Parser Error"),
])
def test_bad_input_is_one_line(db, args, message):
    result = vnmine(*args, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_sql_is_read_only_and_answers(db):
    rows = as_json(vnmine("sql", "SELECT province, count(*) AS n FROM facts GROUP BY 1 ORDER BY 1",
                          "--format", "json", "--db", db))
    assert rows == [{"province": "Long An", "n": 1}, {"province": "Tiền Giang", "n": 3},
                    {"province": "Tây Ninh", "n": 7}]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (11,)


def test_injection_like_filters_return_nothing(db):
    hostile = "2025'; DROP TABLE facts; --"
    rows = as_json(vnmine("query", "targets", "--indicator", hostile, "--format", "json", "--db", db))
    assert rows == []
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (11,)


def test_export_from_the_cli(db, tmp_path):
    result = vnmine("export", "--format", "parquet", "--out", tmp_path / "x", "--db", db)
    assert result.exit_code == 0 and result.stdout.startswith("11 facts and 4 articles")
    with duckdb.connect() as con:
        n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/x/facts/**/*.parquet', "
                        f"hive_partitioning = true)").fetchone()
    assert n == (11,)


def test_missing_corrupt_and_locked_files_are_one_line(tmp_path):
    missing = vnmine("query", "targets", "--db", tmp_path / "missing.duckdb")
    assert missing.exit_code == 1 and "no warehouse at" in missing.stderr
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\x00garbage" * 100)
    broken = vnmine("sql", "SELECT 1", "--db", corrupt)
    assert broken.exit_code == 1 and broken.stderr.count("\n") == 1 and "cannot open database" in broken.stderr
    locked = build(tmp_path / "locked.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(locked)!r}); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = vnmine("query", "targets", "--db", locked)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "is locked by another process" in result.stderr
    finally:
        holder.kill()
        holder.wait()


# End to end: `vnmine run` on the embedded corpus, then the questions of the issue.

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = vnmine("run", "--db", path)
    assert result.exit_code == 0, result.output
    return path


def test_demo_dti_ranks_of_tay_ninh(demo):
    rows = as_json(vnmine("query", "rankings", "--index", "DTI", "--province", "Tây Ninh",
                          "--format", "json", "--db", demo))
    overall = {(r["year"], r["rank"], r["score"]) for r in rows if r["component"] is None}
    assert {(2021, 44, 0.3426), (2020, 46, 0.2686)} <= overall


def test_demo_2030_targets_of_both_provinces(demo):
    rows = as_json(vnmine("query", "targets", "--deadline", "2030", "--format", "json", "--db", demo))
    assert {r["province"] for r in rows} >= {"Tây Ninh", "Tiền Giang"}


def test_demo_compare_2025_side_by_side(demo):
    rows = as_json(vnmine("query", "compare", "--deadline", "2025", "--format", "json", "--db", demo))
    assert rows and {"Tây Ninh", "Tiền Giang"} <= set(rows[0])
    assert all(r["deadline"] == 2025 for r in rows)


def test_demo_export_round_trips(demo, tmp_path):
    assert vnmine("export", "--out", tmp_path / "x", "--db", demo).exit_code == 0
    with duckdb.connect() as other:
        back = other.execute(f"SELECT * EXCLUDE (province_slug, published_year) FROM read_parquet("
                             f"'{tmp_path}/x/facts/**/*.parquet', hive_partitioning = true)").df()
    with duckdb.connect(str(demo), read_only=True) as con:
        facts = con.execute("SELECT * FROM facts").df()
    assert len(facts) > 0
    key = "fact_id"
    assert facts.sort_values(key, ignore_index=True).astype(str).equals(
        back[list(facts.columns)].sort_values(key, ignore_index=True).astype(str))
