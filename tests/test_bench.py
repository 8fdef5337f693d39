"""The benchmark: its synthetic site, its local server, the crawl yardstick and a tiny run
of ``vnmine bench`` end to end (shape and sanity of the figures, never timing thresholds)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from pipelines.bench import corpus
from pipelines.bench.crawlbench import SiteServer, bare_command, run_crawl
from pipelines.bench.queries import build_warehouse, synthetic_batches, time_queries
from pipelines.html import parse_html

VNMINE = Path(sys.executable).with_name("vnmine")


def test_articles_are_deterministic_and_varied():
    assert corpus.make_article(7) == corpus.make_article(7)
    assert corpus.make_article(7, seed=1) != corpus.make_article(7)
    articles = [corpus.make_article(i) for i in range(30)]
    assert len({a.province for a in articles}) > 10
    assert len({a.published[:4] for a in articles}) > 3
    # same seed article, redrawn figures: the bodies differ
    assert articles[0].paragraphs != articles[5].paragraphs
    for a in articles:
        assert a.province in corpus.provinces()
        assert a.slug == corpus.slug_of(int(a.slug[:6]))


def test_a_page_reads_back_as_its_article():
    article = corpus.make_article(3)
    parsed = parse_html(corpus.render_article(article, n=10), url="http://127.0.0.1/x.html")
    assert parsed.title == article.title
    assert parsed.published_at.startswith(article.published[:10])
    assert article.paragraphs[-1] in parsed.text
    assert "Quảng cáo" not in parsed.text and "Đọc nhiều" not in parsed.text


def test_the_site_links_every_article_and_nothing_that_is_missing(tmp_path):
    articles = corpus.write_site(tmp_path, 120)
    assert len(list(articles.glob("*.html"))) == 120
    linked, missing = set(), set()
    for page in tmp_path.rglob("*.html"):
        for href in re.findall(r'href="(/[^"]*)"', page.read_text("utf-8")):
            if href.endswith(".html"):
                (linked if (tmp_path / href.lstrip("/")).is_file() else missing).add(href)
    assert not missing
    assert {h for h in linked if h.startswith("/bai-viet/")} == {f"/bai-viet/{p.name}" for p in articles.iterdir()}


def test_the_server_counts_article_pages_it_serves(tmp_path):
    corpus.write_site(tmp_path, 3)
    with SiteServer(tmp_path) as server:
        html = urllib.request.urlopen(server.url).read().decode("utf-8")
        first = re.search(r'href="(/bai-viet/[^"]+)"', html)[1]
        assert "<article" in urllib.request.urlopen(server.url + first.lstrip("/")).read().decode("utf-8")
        assert server.articles_served == 1
        server.reset()
        assert server.articles_served == 0


def test_the_bare_spider_downloads_every_article_once(tmp_path):
    corpus.write_site(tmp_path / "site", 60)
    with SiteServer(tmp_path / "site") as server:
        crawl = run_crawl("bare", bare_command(server.url), server, tmp_path)
    assert crawl.pages == 60
    assert 0 < crawl.seconds <= crawl.wall_seconds
    assert crawl.per_s > 0


def test_the_synthetic_warehouse_holds_real_spans_and_the_queries_answer(tmp_path):
    for batch in synthetic_batches(400):
        for article, facts in batch:
            assert facts
            assert all(article.text[f.start:f.end] == f.text for f in facts)
    stored = build_warehouse(tmp_path / "w.duckdb", 2000)
    assert stored >= 1500  # syndicated copies share facts
    latencies = time_queries(tmp_path / "w.duckdb")
    assert {q.query for q in latencies} == {"targets", "rankings", "compare", "timeline", "sources",
                                            "articles", "facts"}
    assert all(q.error is None and q.median_ms > 0 for q in latencies)
    assert next(q for q in latencies if q.query == "articles").rows == 100


def _bench(*args: str) -> dict:
    done = subprocess.run([str(VNMINE), "bench", *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1])


@pytest.fixture(scope="module")
def tiny_bench() -> dict:
    return _bench("--articles", "6", "--facts", "500", "--json")


def test_a_tiny_bench_reports_every_figure(tiny_bench):
    for key in ("articles_per_s", "floor_articles_per_s", "pipeline_over_floor", "crawl_pages_per_s",
                "bare_crawl_pages_per_s", "crawl_over_bare", "peak_rss_mb", "rss_growth_n_to_4n",
                "time_growth_n_to_4n", "query_max_ms"):
        assert isinstance(tiny_bench[key], (int, float)) and tiny_bench[key] > 0, key
    assert tiny_bench["articles"] == 6
    assert tiny_bench["runs"]["pipeline"]["articles"] == 6
    assert tiny_bench["runs"]["pipeline_4n"]["articles"] == 24
    assert tiny_bench["crawls"]["project"]["pages"] == tiny_bench["crawls"]["bare"]["pages"] == 6
    assert tiny_bench["facts_stored"] > 0
    assert set(tiny_bench["targets"]) == {"pipeline_over_floor", "crawl_over_bare", "peak_rss_mb",
                                          "rss_growth_n_to_4n", "query_max_ms"}
    assert all(isinstance(t["met"], bool) for t in tiny_bench["targets"].values())
    assert "10,000" in tiny_bench["targets"]["peak_rss_mb"]["note"]  # a tiny run says what it did not measure
    assert tiny_bench["machine"]["cores"] >= 1


def test_the_table_names_each_target_and_its_verdict():
    done = subprocess.run([str(VNMINE), "bench", "--articles", "4", "--facts", "200", "--no-crawl"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "pipeline_over_floor" in done.stdout and "target <= 1.5" in done.stdout
    assert "skipped (--no-crawl)" in done.stdout
    assert "bench: floor" in done.stderr  # progress goes to stderr, figures to stdout


def test_bad_sizes_are_one_clear_line():
    done = subprocess.run([str(VNMINE), "bench", "--articles", "0"], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: --articles and --facts must be at least 1, --workers at least 0"]
