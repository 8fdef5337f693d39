"""Crawl settings: politeness, robustness and TLS for old provincial portals."""
import socket
import ssl

import duckdb
import pytest
from fake_site.legacy_tls import LegacyTLSSite
from fake_site.site import EXPECTED

from crawler.runner import crawl_settings
from vnmine import __version__


def test_polite_defaults():
    settings = crawl_settings("w.duckdb")
    assert settings["USER_AGENT"].startswith(f"vnmine/{__version__} (+http")
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert 0 < settings.getint("DOWNLOAD_MAXSIZE") <= 16 * 1024 * 1024
    assert 0 < settings.getint("REDIRECT_MAX_TIMES") <= 10
    assert 503 in settings.getlist("RETRY_HTTP_CODES") and settings.getfloat("RETRY_BACKOFF_BASE") > 0


def test_command_line_overrides_win():
    settings = crawl_settings("w.duckdb", {"DOWNLOAD_DELAY": "3"})
    assert settings.getfloat("DOWNLOAD_DELAY") == 3 and settings["VNMINE_DB"] == "w.duckdb"


def _fetch_with_openssl_defaults(url: str) -> bytes:
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    host, port = url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw, context.wrap_socket(raw) as tls:
        tls.sendall(b"GET / HTTP/1.0\r\n\r\n")
        return tls.recv(100)


def test_crawl_reaches_a_portal_with_legacy_tls(tmp_path, run_crawl):
    """Provincial portals without RFC 5746 and preferring 1024-bit DH: OpenSSL 3 refuses
    them by default; the crawl's TLS settings get through and store every article."""
    with LegacyTLSSite() as site:
        with pytest.raises(ssl.SSLError, match="UNSAFE_LEGACY_RENEGOTIATION_DISABLED"):
            _fetch_with_openssl_defaults(site.url)
        db = tmp_path / "w.duckdb"
        result = run_crawl("--url", site.url + "/", "--db", db)
    assert result.returncode == 0, result.stderr[-3000:]
    con = duckdb.connect(str(db), read_only=True)
    urls = sorted(url for (url,) in con.execute("SELECT url FROM articles").fetchall())
    con.close()
    assert urls == [site.url + p for p in EXPECTED]


def test_with_scrapys_default_ciphers_the_old_portal_is_lost(tmp_path, run_crawl):
    """The server prefers 1024-bit DH, which OpenSSL 3 rejects: the test above can fail."""
    with LegacyTLSSite() as site:
        result = run_crawl("--url", site.url + "/", "--db", tmp_path / "w.duckdb",
                           DOWNLOADER_CLIENT_TLS_CIPHERS="DEFAULT")
        errors, requests = site.httpd.handshake_errors, site.requests
    assert "dh key too small" in result.stderr
    assert "0 new articles" in result.stdout and requests == []
    assert errors and all("handshake_failure" in e for e in errors), errors
