"""Loading into the warehouse: transactional, idempotent, duplicates skipped."""
import subprocess
import sys
import textwrap

import pytest

from extract.records import Ranking, Target
from pipelines.records import Article
from vnmine.errors import VnmineError
from warehouse import connect, load, open_warehouse, stored_urls

TEXT = "Tây Ninh xếp vị trí số 44 với 0,3426 điểm. Đến năm 2025 có khoảng 10 doanh nghiệp."


def article(url="https://baotayninh.vn/a.html", text=TEXT):
    return Article(doc=url, url=url, text=text, title="DTI", source="Báo Tây Ninh",
                   published_at="2022-12-10T00:34", province="Tây Ninh")


def facts(doc="https://baotayninh.vn/a.html"):
    span = "Tây Ninh xếp vị trí số 44 với 0,3426 điểm"
    return [
        Ranking(doc=doc, text=span, start=0, end=len(span), sentence=span + ".", province="Tây Ninh",
                index="DTI", year=2021, rank=44, score=0.3426),
        Target(doc=doc, text="khoảng 10 doanh nghiệp", start=60, end=82, sentence=TEXT[43:],
               province="Tây Ninh", indicator="doanh nghiệp", value=10.0, unit="doanh nghiệp",
               comparator="~", deadline=2025),
    ]


def counts(con):
    return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)").fetchone()


def test_load_twice_adds_nothing(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as con:
        first = load(con, [(article(), facts())])
        second = load(con, [(article(), facts())])
        assert (first.new_articles, first.facts) == (1, 2)
        assert (second.new_articles, second.updated_articles) == (0, 1)
        assert counts(con) == (1, 2)


def test_typed_views_read_back_the_facts(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as con:
        load(con, [(article(), facts())])
        rank = con.execute('SELECT "index", year, rank, score, url FROM rankings').fetchall()
        target = con.execute("SELECT value, comparator, deadline FROM targets").fetchall()
    assert rank == [("DTI", 2021, 44, 0.3426, "https://baotayninh.vn/a.html")]
    assert target == [(10.0, "~", 2025)]


def test_same_text_under_another_url_is_a_duplicate(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as con:
        load(con, [(article(), facts())])
        result = load(con, [(article(url="https://other.vn/copy.html"), facts("https://other.vn/copy.html"))])
        assert result.duplicates == 1 and result.duplicate_docs == ["https://other.vn/copy.html"]
        assert counts(con) == (1, 2)
        assert stored_urls(con) == {"https://baotayninh.vn/a.html"}


def test_a_failed_load_leaves_previous_data_whole(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as con:
        load(con, [(article(), facts())])
        broken = facts("https://x.vn/b.html")
        broken[0].text = None  # violates NOT NULL: the whole batch must roll back
        with pytest.raises(VnmineError, match="nothing from this batch was stored"):
            load(con, [(article("https://x.vn/c.html", TEXT + " Khác."), []),
                       (article("https://x.vn/b.html", TEXT + " Khác nữa."), broken)])
        assert counts(con) == (1, 2)


def test_locked_database_is_one_clear_line(tmp_path):
    db = tmp_path / "w.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(VnmineError) as err:
            connect(db)
        assert "is locked by another process" in str(err.value)
        assert "\n" not in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_not_a_database_file(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("hello, not a database", encoding="utf-8")
    with pytest.raises(VnmineError, match="cannot open database"):
        connect(bogus)


def test_a_reader_waits_for_a_writer_to_let_go(tmp_path):
    """A crawl holds the file only while it writes a batch; readers wait their turn."""
    db = tmp_path / "w.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); "
                               "time.sleep(1.5); c.close(); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(VnmineError, match="locked"):
            connect(db, read_only=True)  # no wait: fails at once
        con = connect(db, read_only=True, wait=20)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        con.close()
    finally:
        holder.kill()
        holder.wait()
