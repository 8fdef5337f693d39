"""Scrapy item pipelines: validate -> normalise -> deduplicate -> extract facts -> store.

Each stage is one small class wired in ``crawler/settings.py`` (ITEM_PIPELINES). The store
writes in batches, each one transaction, opening the warehouse only for the write so readers
can use the file between batches.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler import state
from crawler.items import ArticleItem
from crawler.urls import canonical_url, clean_url
from pipelines.textclean import normalize_text

log = logging.getLogger(__name__)
MIN_TEXT_CHARS = 200


class _Stage:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)

    def drop(self, why: str, message: str) -> DropItem:
        self.stats.inc_value(f"vnmine/dropped/{why}")
        return DropItem(message, log_level="DEBUG")


class ValidatePipeline(_Stage):
    """An article has a URL, enough text, and no publication date in the future."""

    def process_item(self, item: ArticleItem):
        article = item.article
        if not article.url or len(article.text) < MIN_TEXT_CHARS:
            raise self.drop("invalid", f"too little text: {item.fetched_url}")
        if article.published_at:
            try:
                published = datetime.fromisoformat(article.published_at)
            except ValueError:
                article.published_at = None
            else:
                if published > datetime.now() + timedelta(days=2):  # a bad clock or a misread date
                    article.published_at = None
        return item


class NormalisePipeline(_Stage):
    """Canonical URL (rel=canonical on the same site, tracking parameters stripped), NFC text,
    the outlet's name from the registry."""

    def process_item(self, item: ArticleItem):
        article = item.article
        url = canonical_url(item.fetched_url, article.meta.pop("canonical", None))
        article.url = article.doc = url
        article.text = normalize_text(article.text)
        article.source = item.source
        if clean_url(item.fetched_url) != url:
            article.meta["fetched_url"] = item.fetched_url
        return item


class DeduplicatePipeline(_Stage):
    """One article once: the same canonical URL or the same text (content hash) seen earlier
    in this run, or a canonical URL already stored, is marked duplicate; later stages skip it
    and the store only remembers its URL as seen."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.urls: set[str] = set()
        self.hashes: set[str] = set()
        self.stored: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    def spider_opened(self, spider) -> None:
        settings = self.crawler.settings
        self.stored = state.seen_urls(settings["VNMINE_DB"], wait=settings.getfloat("VNMINE_DB_WAIT"))

    def process_item(self, item: ArticleItem):
        article = item.article
        duplicate = article.url in self.urls or article.url in self.stored or article.content_hash in self.hashes
        if duplicate:
            self.stats.inc_value("vnmine/duplicates")
            item.duplicate = True
            return item
        self.urls.add(article.url)
        self.hashes.add(article.content_hash)
        return item


class ExtractPipeline(_Stage):
    """Main province (from the text, else the outlet's) and facts, as `vnmine run` does,
    computed in worker processes (:mod:`crawler.extraction`) while Scrapy keeps downloading.
    VNMINE_EXTRACT_WORKERS sets how many; 0 extracts in the crawl process."""

    def __init__(self, crawler: Crawler):
        from crawler.extraction import Extractor, workers_setting

        super().__init__(crawler)
        self.extractor = Extractor(workers_setting(crawler.settings))

    def open_spider(self) -> None:
        self.extractor.start()

    async def process_item(self, item: ArticleItem):
        from scrapy.utils.defer import maybe_deferred_to_future

        if item.duplicate:
            return item
        analysed = self.extractor.extract(item.article, item.province)
        item.article, item.facts = await maybe_deferred_to_future(analysed)
        return item

    async def close_spider(self) -> None:
        """Every article handed out comes back before the store's last flush (spider_closed)."""
        from scrapy.utils.defer import maybe_deferred_to_future

        await maybe_deferred_to_future(self.extractor.drain())


class StorePipeline(_Stage):
    """Batches of VNMINE_BATCH_SIZE articles, each one warehouse transaction
    (:func:`warehouse.store.load`); the fetched URLs go to crawl_seen right after."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.db = settings["VNMINE_DB"]
        self.size = max(1, settings.getint("VNMINE_BATCH_SIZE"))
        self.wait = settings.getfloat("VNMINE_DB_WAIT")
        self.batch: list[ArticleItem] = []
        self.seen_rows: list[tuple[str, str, str]] = []
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def process_item(self, item: ArticleItem):
        self.seen_rows.append((clean_url(item.fetched_url), item.article.url, item.source_key))
        if item.duplicate:
            return item
        self.batch.append(item)
        if len(self.batch) >= self.size:
            self.flush()
        return item

    def spider_closed(self, spider, reason: str) -> None:
        self.flush()

    def flush(self) -> None:
        if not self.batch and not self.seen_rows:
            return
        from warehouse.store import load

        batch, seen = self.batch, self.seen_rows
        with state.warehouse(self.db, wait=self.wait) as con:
            result = load(con, [(i.article, i.facts) for i in batch])
            state.record_seen(con, seen)
        self.batch, self.seen_rows = [], []
        stats = self.stats
        stats.inc_value("vnmine/new_articles", result.new_articles)
        stats.inc_value("vnmine/updated_articles", result.updated_articles)
        stats.inc_value("vnmine/duplicates", result.duplicates)
        stats.inc_value("vnmine/facts", result.facts)
        log.info("stored batch: %d new, %d updated, %d duplicate articles, %d facts (%d new articles so far)",
                 result.new_articles, result.updated_articles, result.duplicates, result.facts,
                 stats.get_value("vnmine/new_articles", 0))
