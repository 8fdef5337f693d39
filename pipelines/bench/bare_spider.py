"""The yardstick for crawl speed: a Scrapy spider that downloads a site and does nothing else.

Run with ``scrapy runspider pipelines/bench/bare_spider.py -a url=http://...``; it follows
every link on the site and keeps no item, so its rate is Scrapy's own on that server.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.allowed_domains = [urlsplit(url).hostname]

    def parse(self, response):
        yield from response.follow_all(css="a")
