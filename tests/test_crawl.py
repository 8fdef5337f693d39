"""`vnmine crawl` against the fake news site over real HTTP: what is stored, what is never
requested, incremental runs, kill -9 and resume, the run lock, registry-driven crawls."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time

import duckdb
import psutil
import pytest
import yaml

from conftest import crawl_args
from fake_site.site import ALIAS, ARTICLES, EXPECTED, FLAKY, HUGE, MISSING, OLD_SITEMAP, PRIVATE, SLOW

from pipelines.batch import analyse
from pipelines.records import Article


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def stored(db) -> dict[str, tuple]:
    return {url: rest for url, *rest in rows(db, "SELECT url, published_at, title, text, province, content_hash FROM articles")}


def facts_by_article(db) -> dict[str, set]:
    found: dict[str, set] = {}
    for url, kind, start, end in rows(db, "SELECT a.url, f.type, f.start, f.\"end\" FROM facts f "
                                          "JOIN articles a USING (article_id)"):
        found.setdefault(url, set()).add((kind, start, end))
    return found


def test_crawl_stores_each_article_once_with_date_sapo_and_facts(fake_site, tmp_path, run_crawl):
    db = tmp_path / "w.duckdb"
    result = run_crawl("--url", fake_site.url + "/", "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]

    articles = stored(db)
    assert sorted(articles) == [fake_site.url + p for p in EXPECTED]
    for path, (title, sapo, paragraphs, published, template) in ARTICLES.items():
        published_at, stored_title, text, _, _ = articles[fake_site.url + path]
        assert published_at.isoformat() == published[:19], path  # local time, date and hour right
        assert stored_title == title
        assert text.startswith(f"{title}\n\n{sapo}\n"), path  # title line, then the sapo first
        assert all(p in text for p in paragraphs)
    assert "12 new articles" not in result.stdout and f"{len(EXPECTED)} new articles" in result.stdout


def test_facts_stored_are_the_extractors_facts(fake_site, tmp_path, run_crawl):
    db = tmp_path / "w.duckdb"  # extracted in worker processes, checked against this one's
    assert run_crawl("--url", fake_site.url + "/", "--db", db, VNMINE_EXTRACT_WORKERS=2).returncode == 0
    facts = facts_by_article(db)
    for url, (published_at, title, text, province, _) in stored(db).items():
        article = Article(doc=url, text=text, title=title, url=url, province=province,
                          published_at=published_at.isoformat())
        _, expected = analyse(article)
        assert facts.get(url, set()) == {(f.type, f.start, f.end) for f in expected}, url


def test_robots_tracking_and_failures(fake_site, tmp_path, run_crawl):
    db = tmp_path / "w.duckdb"
    result = run_crawl("--url", fake_site.url + "/", "--db", db)
    assert result.returncode == 0
    asked = fake_site.requests
    assert not [p for p in asked if p.startswith("/private/")]  # robots.txt: Disallow /private/
    assert PRIVATE not in asked
    assert OLD_SITEMAP in asked  # via the sitemap index named in robots.txt
    assert not [p for p in asked if "utm_" in p or "fbclid" in p]  # stripped before requesting
    assert ALIAS in asked  # fetched once, recognised by its canonical link, not stored twice
    assert asked.count(FLAKY) == 2  # 503, then retried after a back-off
    first, second = fake_site.site.times[FLAKY]
    assert second - first >= 0.3  # RETRY_BACKOFF_BASE
    for path in (SLOW, HUGE, MISSING):
        assert fake_site.url + path not in stored(db)
    (status, pages, new, errors), = rows(db, "SELECT status, pages, new_articles, errors FROM crawl_runs")
    assert (status, new) == ("finished", len(EXPECTED))
    assert errors >= 1  # the slow page gave up after its retry
    assert "progress " in result.stderr


def test_second_run_downloads_no_stored_article(fake_site, tmp_path, run_crawl):
    db = tmp_path / "w.duckdb"
    assert run_crawl("--url", fake_site.url + "/", "--db", db).returncode == 0
    before = stored(db)
    fake_site.requests.clear()

    result = run_crawl("--url", fake_site.url + "/", "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]
    again = [p for p in fake_site.requests if p.split("?")[0] in ARTICLES or p == ALIAS]
    assert again == []
    assert "/sitemap.xml" in fake_site.site.not_modified  # conditional request, 304
    assert "/sitemap_index.xml" in fake_site.requests
    assert OLD_SITEMAP not in fake_site.requests  # lastmod older than the previous run
    assert stored(db) == before
    runs = rows(db, "SELECT status, new_articles FROM crawl_runs ORDER BY started_at")
    assert runs == [("finished", len(EXPECTED)), ("finished", 0)]


def read_while_crawling(db, proc) -> dict:
    for _ in range(50):
        assert proc.poll() is None, "the crawl ended before it could be read"
        try:
            return stored(db)
        except duckdb.IOException:  # caught it writing a batch: retry, as readers do
            time.sleep(0.1)
    raise AssertionError("the warehouse was never readable during the crawl")


def _stderr_lines(proc) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_killed_crawl_resumes_to_the_same_warehouse(fake_site, tmp_path, run_crawl):
    reference = tmp_path / "reference.duckdb"  # extracted in the crawl process itself
    assert run_crawl("--url", fake_site.url + "/", "--db", reference, VNMINE_EXTRACT_WORKERS=0).returncode == 0

    db = tmp_path / "killed.duckdb"  # extracted in a pool of worker processes
    slow = {"VNMINE_BATCH_SIZE": 1, "DOWNLOAD_DELAY": 0.4, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            "VNMINE_EXTRACT_WORKERS": 2}
    proc = subprocess.Popen(crawl_args("--url", fake_site.url + "/", "--db", db, **slow),
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines, batches = _stderr_lines(proc), 0
    while batches < 3:
        line = lines.get(timeout=120)
        assert line is not None, "the crawl ended before it could be killed"
        batches += "stored batch" in line
    # the crawler holds the file only while it writes a batch: readers get in meanwhile
    assert len(read_while_crawling(db, proc)) >= 3
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = stored(db)
    assert 3 <= len(partial) < len(EXPECTED)
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert alive == []  # the extraction workers noticed and left

    result = run_crawl("--url", fake_site.url + "/", "--db", db, VNMINE_EXTRACT_WORKERS=2)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "extracting facts in 2 worker processes" in result.stderr
    assert stored(db) == stored(reference)
    assert facts_by_article(db) == facts_by_article(reference)
    statuses = [r[0] for r in rows(db, "SELECT status FROM crawl_runs ORDER BY started_at")]
    assert statuses == ["interrupted", "finished"]


def test_ctrl_c_finishes_the_articles_being_extracted(fake_site, tmp_path):
    db = tmp_path / "w.duckdb"
    slow = {"VNMINE_BATCH_SIZE": 1, "DOWNLOAD_DELAY": 0.4, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            "VNMINE_EXTRACT_WORKERS": 2}
    proc = subprocess.Popen(crawl_args("--url", fake_site.url + "/", "--db", db, **slow), stderr=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, start_new_session=True)
    seen = []  # the whole log, so that a failure under load explains itself
    for line in proc.stderr:
        seen.append(line)
        if sum("stored batch" in s for s in seen) == 2:
            break
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the crawl and its workers
    out, rest = proc.communicate(timeout=120)
    err = "".join(seen) + rest
    assert proc.returncode == 0, f"rc {proc.returncode}\nstdout: {out[-2000:]}\nstderr: {err[-6000:]}"
    assert "Traceback" not in err and "BrokenProcessPool" not in err
    (status, reason, new, errors), = rows(db, "SELECT status, finish_reason, new_articles, errors FROM crawl_runs")
    assert (status, reason, errors) == ("interrupted", "shutdown", 0)
    assert 2 <= new == len(stored(db)) < len(EXPECTED)


def test_a_second_crawl_on_the_same_warehouse_is_refused(fake_site, tmp_path, run_crawl):
    from crawler.runner import crawl_lock, state_dir_for

    db = tmp_path / "w.duckdb"
    with crawl_lock(state_dir_for(db)):
        result = run_crawl("--url", fake_site.url + "/", "--db", db)
    assert result.returncode == 1
    assert "another crawl is already running" in result.stderr
    assert "Traceback" not in result.stderr
    assert fake_site.requests == []


def test_crawl_all_from_a_sources_file(fake_site, tmp_path, run_crawl):
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump({"sources": [{
        "name": "Báo Thử Nghiệm", "key": "thu-nghiem", "province": "Tây Ninh",
        "domains": ["127.0.0.1"], "start_urls": [fake_site.url + "/chuyen-muc/kinh-te"],
        "feeds": [fake_site.url + "/rss.xml"], "discovery": ["rss", "listing"],
        "article_patterns": [r"-\d{4}\.html$"], "deny_patterns": ["/tag/"],
    }]}, allow_unicode=True), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = run_crawl("--all", "--sources", registry, "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "/sitemap.xml" not in fake_site.requests  # discovery limited to rss + listings
    assert not [p for p in fake_site.requests if p.startswith("/tag/")]
    assert {r[0] for r in rows(db, "SELECT DISTINCT source FROM articles")} == {"Báo Thử Nghiệm"}
    assert set(stored(db)) == {fake_site.url + p for p in EXPECTED}
    assert rows(db, "SELECT source, status FROM crawl_runs") == [("thu-nghiem", "finished")]

    runs = subprocess.run([crawl_args()[0], "runs", "--db", str(db), "--format", "csv"],
                          capture_output=True, text=True)
    assert runs.returncode == 0 and "thu-nghiem,20" in runs.stdout


@pytest.mark.parametrize("args, message", [
    ([], "exactly one of --url URL, --source NAME or --all"),
    (["--source", "no-such-paper"], "unknown source(s) no-such-paper"),
    (["--url", "ftp://example.vn/"], "not an http(s) URL"),
    (["--url", "http://example.vn/", "-s", "VNMINE_EXTRACT_WORKERS=two"], "VNMINE_EXTRACT_WORKERS must be a whole number"),
])
def test_crawl_usage_errors_are_one_line(tmp_path, args, message):
    result = subprocess.run(crawl_args(*args, "--db", tmp_path / "w.duckdb"), capture_output=True, text=True)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_runs_waits_for_the_batch_being_written(tmp_path):
    from warehouse import open_warehouse

    db = tmp_path / "w.duckdb"
    with open_warehouse(db):
        pass
    writer = duckdb.connect(str(db))  # as the crawler holds the file while writing a batch
    reader = subprocess.Popen([crawl_args()[0], "runs", "--db", str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    writer.close()
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert out.strip() == "(no rows)"  # read, after waiting for the writer
