"""Crawl settings: politeness, robustness and TLS for old provincial portals."""
from OpenSSL import SSL
from scrapy.crawler import Crawler
from scrapy.spiders import Spider

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


def test_tls_context_allows_legacy_renegotiation():
    """Provincial portals without RFC 5746 fail with 'unsafe legacy renegotiation disabled'
    unless OP_LEGACY_SERVER_CONNECT is set on the client context."""
    from scrapy.core.downloader.contextfactory import _load_context_factory_from_settings

    crawler = Crawler(Spider, crawl_settings("w.duckdb"))
    factory = _load_context_factory_from_settings(crawler)
    context = factory._get_context()
    options = context.set_options(0)  # pyOpenSSL: ORs nothing in, returns the options in force
    assert options & SSL.OP_LEGACY_SERVER_CONNECT
    assert crawler.settings["DOWNLOADER_CLIENT_TLS_CIPHERS"].endswith("@SECLEVEL=1")
