"""Downloader middlewares: skip what is already stored, ask only for what changed, back off
before retrying."""
from __future__ import annotations

import asyncio
import logging

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler import state
from crawler.urls import clean_url

log = logging.getLogger(__name__)


class SeenUrlsMiddleware:
    """Article URLs already in the warehouse are never downloaded again (incremental crawls)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.seen: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SeenUrlsMiddleware":
        return cls(crawler)

    def spider_opened(self, spider) -> None:
        settings = self.crawler.settings
        self.seen = state.seen_urls(settings["VNMINE_DB"], wait=settings.getfloat("VNMINE_DB_WAIT"))
        log.info("%d article URLs already stored will not be downloaded", len(self.seen))

    def process_request(self, request: Request):
        if clean_url(request.url) in self.seen:
            self.crawler.stats.inc_value("vnmine/skipped_stored")
            raise IgnoreRequest(f"already stored: {request.url}")
        return None


class ConditionalRequestMiddleware:
    """Feeds and sitemaps are asked for with If-None-Match / If-Modified-Since; an unchanged one
    (304) is not parsed again. Validators are saved only when a run finishes cleanly."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.known: dict[str, tuple[str | None, str | None]] = {}
        self.found: dict[str, tuple[str | None, str | None]] = {}
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ConditionalRequestMiddleware":
        return cls(crawler)

    def _source(self, spider) -> str:
        return spider.source.key

    def spider_opened(self, spider) -> None:
        settings = self.crawler.settings
        self.known = state.validators(settings["VNMINE_DB"], self._source(spider),
                                      wait=settings.getfloat("VNMINE_DB_WAIT"))

    def spider_closed(self, spider, reason: str) -> None:
        if reason == "finished":
            settings = self.crawler.settings
            state.save_validators(settings["VNMINE_DB"], self._source(spider), self.found,
                                  wait=settings.getfloat("VNMINE_DB_WAIT"))

    def process_request(self, request: Request):
        if request.meta.get("conditional") and request.url in self.known:
            etag, modified = self.known[request.url]
            if etag:
                request.headers.setdefault("If-None-Match", etag)
            if modified:
                request.headers.setdefault("If-Modified-Since", modified)
        return None

    def process_response(self, request: Request, response: Response):
        if not request.meta.get("conditional"):
            return response
        if response.status == 304:
            self.found[request.url] = self.known.get(request.url, (None, None))
            self.crawler.stats.inc_value("vnmine/not_modified")
            raise IgnoreRequest(f"not modified since last run: {request.url}")
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if response.status == 200 and (etag or modified):
            self.found[request.url] = (etag.decode("latin-1") if etag else None,
                                       modified.decode("latin-1") if modified else None)
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, timeouts, connection errors), each one waiting longer than the last:
    RETRY_BACKOFF_BASE * 2**(attempt-1) seconds, at most RETRY_BACKOFF_MAX."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            retry.meta["retry_delay"] = min(self.base * 2 ** (attempt - 1), self.cap)
        return retry

    async def process_request(self, request: Request):
        delay = request.meta.pop("retry_delay", 0)
        if delay:
            await asyncio.sleep(delay)
        return None
