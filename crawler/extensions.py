"""Extensions: a periodic one-line progress log, and the crawl_runs record of each crawl."""
from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler import state

log = logging.getLogger("vnmine.crawl")


def errors(stats: dict) -> int:
    """Failures worth a look, each logged once as an error: requests that failed after every
    retry, spider and pipeline exceptions."""
    return stats.get("log_count/ERROR", 0)


class Progress:
    """Every VNMINE_PROGRESS_INTERVAL seconds: pages, new articles, errors, in one line."""

    def __init__(self, crawler: Crawler, interval: float):
        self.crawler, self.interval = crawler, interval
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "Progress":
        interval = crawler.settings.getfloat("VNMINE_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def spider_opened(self, spider) -> None:
        self.loop = task.LoopingCall(self.report, spider)
        self.loop.start(self.interval, now=False)

    def report(self, spider) -> None:
        stats = self.crawler.stats.get_stats()
        log.info("progress %s: %d pages, %d new articles, %d not articles, %d skipped as stored, %d errors",
                 spider.source.key, stats.get("response_received_count", 0),
                 stats.get("vnmine/new_articles", 0), stats.get("vnmine/not_articles", 0),
                 stats.get("vnmine/skipped_stored", 0), errors(stats))

    def spider_closed(self, spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()


class RunRecorder:
    """A crawl_runs row per source: inserted when the spider opens, completed once the engine
    has stopped (after the store's last batch, so the counts are final)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.reason = "unknown"
        self.source = ""
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RunRecorder":
        if not crawler.settings.get("VNMINE_RUN_ID"):
            raise NotConfigured
        return cls(crawler)

    def _args(self) -> tuple[str, str, float]:
        settings = self.crawler.settings
        return settings["VNMINE_DB"], settings["VNMINE_RUN_ID"], settings.getfloat("VNMINE_DB_WAIT")

    def spider_opened(self, spider) -> None:
        db, run_id, wait = self._args()
        self.source = spider.source.key
        state.start_run(db, run_id, self.source, wait=wait)

    def spider_closed(self, spider, reason: str) -> None:
        self.reason = reason

    def engine_stopped(self) -> None:
        if not self.source:
            return
        db, run_id, wait = self._args()
        stats = self.crawler.stats.get_stats()
        status = "finished" if self.reason.startswith(("finished", "closespider")) else "interrupted"
        state.finish_run(db, run_id, self.source, status=status,
                         pages=stats.get("response_received_count", 0),
                         new_articles=stats.get("vnmine/new_articles", 0),
                         duplicates=stats.get("vnmine/duplicates", 0), errors=errors(stats),
                         reason=self.reason, wait=wait)
