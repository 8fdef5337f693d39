"""One spider for every outlet: the registry entry says where to look, the page says what it is.

Discovery: robots.txt ``Sitemap:`` lines, the registry's sitemaps (or a guessed /sitemap.xml),
RSS/Atom feeds (listed or found via ``link rel=alternate``) and listing pages followed link by
link, pagination included, within DEPTH_LIMIT. Every HTML page is handed to
:func:`pipelines.html.parse_html`; listing, tag and contact pages come back as NotAnArticle and
are only mined for links.
"""
from __future__ import annotations

import gzip
import re
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import state
from crawler.items import ArticleItem
from crawler.sources import Source
from crawler.urls import clean_url
from pipelines.html import NotAnArticle, parse_html

ARTICLE_PRIORITY = 10  # new articles first, so an interrupted crawl has stored the most
# Without registry patterns: slugs with several words and an id, the shape of Vietnamese news URLs.
ARTICLE_URL = re.compile(r"/[^/?#]*-[^/?#]*-[^/?#]*(\d{4,}|\.html?|\.htm)[^/]*$|/\d{5,}(\.html?)?$", re.I)
ALWAYS_DENY = [r"/(dang-nhap|login|dang-ky|register|search|tim-kiem|lien-he|contact)(/|\?|$)",
               r"\.(pdf|docx?|xlsx?|zip|rar|mp3|mp4|jpg|jpeg|png|gif)$", r"/(print|in-bai)/"]


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: Source, **kwargs):
        super().__init__(name=f"news:{source.key}", **kwargs)
        self.source = source
        self.allowed_domains = list(source.domains)
        self.article_patterns = [re.compile(p) for p in source.article_patterns]
        deny = ALWAYS_DENY + list(source.deny_patterns)
        self.deny = [re.compile(p, re.I) for p in deny]
        # Domains and deny patterns are checked in follow() (LinkExtractor's allow_domains
        # compares host:port, and sitemap and feed links need the same checks).
        self.links = LinkExtractor(unique=True)

    # -- discovery ----------------------------------------------------------------------------

    async def start(self):
        settings = self.settings
        self.since = state.last_finished(settings["VNMINE_DB"], self.source.key,
                                         wait=settings.getfloat("VNMINE_DB_WAIT"))
        source, discovery = self.source, set(self.source.discovery)
        roots = sorted({f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in source.start_urls})
        if "robots" in discovery:
            for root in roots:
                yield scrapy.Request(f"{root}/robots.txt", callback=self.parse_robots,
                                     errback=self.ignore_failure)
        if "sitemap" in discovery:
            guessed = [] if "robots" in discovery else [f"{root}/sitemap.xml" for root in roots]
            for url in source.sitemaps or guessed:  # with robots, the guess waits for robots.txt
                yield self.sitemap_request(url)
        if "rss" in discovery:
            for url in source.feeds:
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.ignore_failure,
                                     meta={"conditional": True})
        for url in source.start_urls:
            yield scrapy.Request(url, callback=self.parse_page)

    def sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_failure,
                              meta={"conditional": True})

    def parse_robots(self, response: Response):
        named = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not named and not self.source.sitemaps and self.settings.getbool("VNMINE_GUESS_SITEMAP") \
                and "sitemap" in self.source.discovery:
            named = [urljoin(response.url, "/sitemap.xml")]
        for url in named:
            yield self.sitemap_request(url)

    def parse_sitemap(self, response: Response):
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        try:
            sitemap = Sitemap(body)
        except Exception:  # noqa: BLE001 - an HTML error page served as sitemap.xml
            self.logger.info("not a sitemap: %s", response.url)
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                if self.unchanged_since_last_run(entry.get("lastmod")):
                    self.crawler.stats.inc_value("vnmine/sitemaps_unchanged")
                    continue
                yield self.sitemap_request(loc)
            else:
                yield from self.follow(response, loc, from_index=True)

    def unchanged_since_last_run(self, lastmod: str | None) -> bool:
        """A child sitemap last modified before the previous complete run started (a day of
        slack for servers that round lastmod or lie about time zones)."""
        if not lastmod or self.since is None:
            return False
        try:
            moment = datetime.fromisoformat(lastmod.strip().replace("Z", "+00:00"))
        except ValueError:
            return False
        return moment.replace(tzinfo=None) < self.since - timedelta(days=1)

    def parse_feed(self, response: Response):
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True))
        except etree.XMLSyntaxError:
            return
        if root is None:
            return
        links = root.xpath("//item/link/text() | //*[local-name()='entry']/*[local-name()='link']/@href")
        for link in links:
            yield from self.follow(response, link.strip(), from_index=True)

    def parse_page(self, response: Response):
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"html"):
            return
        yield from self.extract_article(response)
        discovery = self.source.discovery
        if "rss" in discovery:
            feeds = response.xpath('//link[@rel="alternate"][contains(@type,"rss") or contains(@type,"atom")]/@href')
            for href in feeds.getall():
                yield scrapy.Request(response.urljoin(href), callback=self.parse_feed,
                                     errback=self.ignore_failure, meta={"conditional": True})
        if "listing" in discovery:
            for link in self.links.extract_links(response):
                yield from self.follow(response, link.url)

    def follow(self, response: Response, url: str, *, from_index: bool = False):
        url = clean_url(response.urljoin(url))
        if not self.on_site(url) or any(p.search(url) for p in self.deny):
            return
        if self.is_article_url(url):
            yield scrapy.Request(url, callback=self.parse_page, priority=ARTICLE_PRIORITY,
                                 errback=self.ignore_failure)
        elif not from_index or not self.article_patterns:
            yield scrapy.Request(url, callback=self.parse_page, errback=self.ignore_failure)

    def on_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        return any(host == d.removeprefix("www.") or host.endswith("." + d) for d in self.allowed_domains)

    def is_article_url(self, url: str) -> bool:
        if self.article_patterns:
            return any(p.search(url) for p in self.article_patterns)
        return bool(ARTICLE_URL.search(urlsplit(url).path))

    # -- articles -----------------------------------------------------------------------------

    def extract_article(self, response: TextResponse):
        try:
            article = parse_html(response.body, response.url, encoding=response.encoding)
        except NotAnArticle:
            self.crawler.stats.inc_value("vnmine/not_articles")
            return
        yield ArticleItem(article=article, fetched_url=response.url, source=self.source.name,
                          source_key=self.source.key, province=self.source.local_province)

    def ignore_failure(self, failure):
        # Missing robots/sitemaps/feeds and 404s are normal; requests that fail after every retry
        # are logged as errors by the retry middleware and counted in crawl_runs.errors.
        self.logger.debug("not fetched: %s", failure.value)
