"""Request de-duplication kept in memory even when the crawl has a JOBDIR.

Scrapy's file-backed seen-set is written as requests are scheduled, but the disk queue's
bookkeeping only when the crawl stops cleanly; after kill -9 the seen-file lists requests the
resumed queue no longer holds, and they would never be fetched. The warehouse (stored URLs,
crawl_seen) is the durable record of finished work instead, so a resumed crawl rediscovers
everything else.
"""
from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter


class MemoryDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler):
        return cls(None, debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=crawler.request_fingerprinter)
