# --- crawler fixtures (tests/test_crawl*.py) -------------------------------------------------
import os as _os
import subprocess as _subprocess
import sys as _sys
from pathlib import Path as _Path

import pytest as _pytest

# Fast, but configured: the same knobs a user has (`vnmine crawl -s KEY=VALUE`).
CRAWL_TEST_SETTINGS = {
    "DOWNLOAD_TIMEOUT": "1", "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
    "RETRY_TIMES": "1", "RETRY_BACKOFF_BASE": "0.3", "DOWNLOAD_MAXSIZE": "300000",
    "VNMINE_BATCH_SIZE": "3", "VNMINE_DB_WAIT": "10", "VNMINE_PROGRESS_INTERVAL": "1",
}
VNMINE = str(_Path(_sys.executable).with_name("vnmine"))


@_pytest.fixture
def fake_site():
    """The fake news site on 127.0.0.1 (tests/fake_site), fresh for each test."""
    from fake_site.server import FakeSite

    with FakeSite() as site:
        yield site


def crawl_args(*args, **settings) -> list[str]:
    merged = {**CRAWL_TEST_SETTINGS, **{k: str(v) for k, v in settings.items()}}
    command = [VNMINE, "crawl", *map(str, args)]
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    return command


@_pytest.fixture
def run_crawl():
    """Run `vnmine crawl ...` in a subprocess (Twisted's reactor starts once per process)."""

    def run(*args, **settings) -> _subprocess.CompletedProcess:
        return _subprocess.run(crawl_args(*args, **settings), capture_output=True, text=True,
                               timeout=300, env={**_os.environ, "PYTHONUNBUFFERED": "1"})

    return run
