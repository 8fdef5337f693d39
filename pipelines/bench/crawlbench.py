"""Crawl throughput: the project spider against a bare Scrapy spider on the same local site.

Both run as subprocesses against one HTTP server on 127.0.0.1, with the same Scrapy
download settings and politeness switched off: on a real site, delays cap both spiders at
the same polite rate, so only the unthrottled run shows what the pipeline itself costs.
Each crawl is timed from the first request the server receives (interpreter and imports
done) until the process exits (every page processed and stored).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pipelines.bench.corpus import ARTICLES_DIR
from vnmine.errors import VnmineError

BARE_SPIDER = Path(__file__).with_name("bare_spider.py")
# The same for both spiders: no politeness delays, the same concurrency.
SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "16",
            "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "LOG_LEVEL": "WARNING"}
TIMEOUT_S = 600


class _Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as news sites serve
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms ACK stalls

    def __init__(self, *args, site: "SiteServer", **kwargs):
        self.site = site
        super().__init__(*args, **kwargs)

    def send_response(self, code, message=None):
        self.site.record(self.path, code)
        super().send_response(code, message)

    def log_message(self, format, *args):  # quiet: the benchmark counts, it does not log
        pass


class SiteServer:
    """Serves a folder over HTTP on a free local port, counting article pages served."""

    def __init__(self, folder: Path):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(folder), site=self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._lock = threading.Lock()
        self.reset()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def reset(self) -> None:
        with self._lock:
            self.articles_served = 0
            self.first_request: float | None = None
            self.last_article: float | None = None

    def record(self, path: str, code: int) -> None:
        with self._lock:
            if self.first_request is None:
                self.first_request = time.perf_counter()
            if code == 200 and path.startswith(f"/{ARTICLES_DIR}/"):
                self.articles_served += 1
                self.last_article = time.perf_counter()

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Crawl:
    spider: str
    pages: int  # article pages downloaded
    seconds: float  # first request -> process exit
    wall_seconds: float  # process start -> exit, imports included
    fetch_seconds: float  # first request -> last article page served: downloading alone

    @property
    def per_s(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    @property
    def fetched_per_s(self) -> float:
        return self.pages / self.fetch_seconds if self.fetch_seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "pages_per_s": round(self.per_s, 2), "fetched_per_s": round(self.fetched_per_s, 2)}


def _settings_args() -> list[str]:
    return [arg for key, value in SETTINGS.items() for arg in ("-s", f"{key}={value}")]


def bare_command(url: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "runspider", str(BARE_SPIDER), "-a", f"url={url}", *_settings_args()]


def project_command(url: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "vnmine.cli", "crawl", "--url", url, "--db", str(db), *_settings_args()]


def run_crawl(spider: str, command: list[str], server: SiteServer, cwd: Path) -> Crawl:
    server.reset()
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise VnmineError(f"the {spider} crawl took over {TIMEOUT_S} s") from None
    end = time.perf_counter()
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise VnmineError(f"the {spider} crawl failed (exit {done.returncode}): {last}")
    first = server.first_request or start
    return Crawl(spider, server.articles_served, round(end - first, 3), round(end - start, 3),
                 round((server.last_article or end) - first, 3))


def compare_crawls(site: Path) -> tuple[Crawl, Crawl]:
    """(project, bare) crawls of the site in ``site``; the bare one runs first."""
    with SiteServer(site) as server, tempfile.TemporaryDirectory(prefix="vnmine-crawl-") as tmp:
        bare = run_crawl("bare", bare_command(server.url), server, Path(tmp))
        project = run_crawl("project", project_command(server.url, Path(tmp) / "crawl.duckdb"), server, Path(tmp))
    return project, bare
