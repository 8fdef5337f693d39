"""The process pool gives the same answers as the plain loop, in the same order."""
from __future__ import annotations

import pytest

from pipelines import parallel
from pipelines.batch import analyse_all, ingest_paths
from pipelines.bench.corpus import write_site
from pipelines.ingest import read_articles
from vnmine.errors import VnmineError
from warehouse import open_warehouse

PAGES = 24  # above the size below which analyse_paths stays in this process


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return write_site(tmp_path_factory.mktemp("site"), PAGES)


def _key(item):
    article, facts = item
    return article.doc, article.article_id, article.province, [f.to_dict() for f in facts]


def test_pool_results_equal_the_sequential_loop_in_file_order(pages):
    sequential = [_key(item) for item in analyse_all(read_articles([pages]))]
    pooled = [_key(item) for item in parallel.analyse_paths([pages], workers=2)]
    assert pooled == sequential
    assert len(pooled) == PAGES
    assert sum(len(facts) for *_, facts in pooled) > 0


def test_workers_are_started_once_and_reused(pages):
    list(parallel.analyse_paths([pages], workers=2))
    before = set(parallel.pool(2)._processes)
    list(parallel.analyse_paths([pages], workers=2))
    assert set(parallel.pool(2)._processes) == before
    assert len(before) == 2


def test_bad_files_are_reported_in_order_and_the_rest_analysed(pages, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sorted(pages.glob("*.html"))[:20]
    for page in good:
        (folder / page.name).write_bytes(page.read_bytes())
    (folder / "000000-empty.html").write_bytes(b"")
    (folder / "zzz-binary.txt").write_bytes(b"\x00\x01\x02binary")
    errors: list[str] = []
    analysed = list(parallel.analyse_paths([folder], errors=errors, workers=2))
    assert len(analysed) == 20
    assert len(errors) == 2
    assert "empty" in errors[0] and "binary" in errors[1]
    with pytest.raises(VnmineError, match="empty"):
        list(parallel.analyse_paths([folder], workers=2))


def test_ingest_with_the_pool_stores_what_one_process_stores(pages, tmp_path):
    pooled = ingest_paths([pages], tmp_path / "pool.duckdb", workers=2)
    alone = ingest_paths([pages], tmp_path / "alone.duckdb", workers=1)
    assert pooled.loaded.new_articles == alone.loaded.new_articles == PAGES
    assert pooled.loaded.facts == alone.loaded.facts > 0

    def stored(db):
        with open_warehouse(db, read_only=True) as con:
            return con.execute("SELECT article_id, fact_id FROM facts ORDER BY 1, 2").fetchall()

    assert stored(tmp_path / "pool.duckdb") == stored(tmp_path / "alone.duckdb")


def test_a_missing_path_is_one_clear_error(tmp_path):
    with pytest.raises(VnmineError, match="no such file or folder"):
        list(parallel.analyse_paths([tmp_path / "nowhere"], workers=2))


def test_worker_count_can_be_set_from_the_environment(monkeypatch):
    monkeypatch.setenv("VNMINE_WORKERS", "3")
    assert parallel.default_workers() == 3
    monkeypatch.setenv("VNMINE_WORKERS", "zero")
    assert parallel.default_workers() >= 1


def test_a_killed_worker_is_one_clear_error_and_the_next_run_starts_afresh(pages):
    import os
    import signal

    results = parallel.analyse_paths([pages], workers=2)
    next(results)
    for pid in list(parallel.pool(2)._processes):
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(VnmineError, match="worker process died"):
        list(results)
    assert len(list(parallel.analyse_paths([pages], workers=2))) == PAGES
