"""The command line as a user meets it: the real `vnmine` entry point in a subprocess."""
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from vnmine.cli import COMMANDS

VNMINE = [sys.executable, "-m", "vnmine.cli"]


def vnmine(*args, cwd=None):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([*VNMINE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def counts(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)").fetchone()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_registered_command_exists(name):
    module, attr = COMMANDS[name].split(":")
    assert getattr(importlib.import_module(module), attr).name == name


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("run") / "demo.duckdb"
    first = vnmine("run", "--db", str(db))
    assert first.returncode == 0, first.stderr
    return db, first


def test_run_builds_the_warehouse_and_prints_a_summary(demo_db):
    db, result = demo_db
    articles, facts = counts(db)
    assert articles >= 5 and facts >= 30
    assert "Tây Ninh" in result.stdout and "Tiền Giang" in result.stdout
    assert "targets" in result.stdout and "rankings" in result.stdout


def test_run_twice_leaves_the_same_counts(demo_db):
    db, _ = demo_db
    before = counts(db)
    again = vnmine("run", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert counts(db) == before
    assert "0 new" in again.stdout


def test_ingest_own_folder_and_report_bad_files(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Hà Nội đặt mục tiêu\n\nĐến năm 2025, Hà Nội phấn đấu có 100% xã có hạ tầng số.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = vnmine("ingest", str(folder), "--db", str(tmp_path / "w.duckdb"))
    assert result.returncode == 0, result.stderr
    assert "skipped:" in result.stderr and "empty.txt: file is empty" in result.stderr
    assert counts(tmp_path / "w.duckdb")[0] == 1


def test_extract_prints_schema_records(tmp_path):
    seed = tmp_path / "dti.txt"
    seed.write_bytes((Path(__file__).resolve().parents[1] / "vnmine" / "data" / "seeds"
                      / "004_11bdf7d247f3446c.txt").read_bytes())
    result = vnmine("extract", str(seed), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "seed 004 holds DTI rankings"
    for record in records:
        assert {"type", "doc", "province", "province_2025", "text", "start", "end", "sentence"} <= set(record)
        assert record["doc"] == str(seed)
    table = vnmine("extract", str(seed), "--format", "table")
    assert table.returncode == 0 and "ranking" in table.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "no/such/file.txt"], "no such file or folder: no/such/file.txt"),
        (["extract", "no/such/file.txt"], "no such file or folder"),
        (["nonsense"], "No such command"),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, args, message):
    result = vnmine(*args, "--db", str(tmp_path / "x.duckdb")) if args[0] == "ingest" else vnmine(*args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_locked_database_from_the_cli(tmp_path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = vnmine("run", "--db", str(db))
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "is locked by another process" in lines[0]
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_everywhere(name):
    result = vnmine(name, "--help")
    assert result.returncode == 0 and "Usage: vnmine" in result.stdout
