"""Scrapy settings for vnmine crawls. Anything here can be overridden per run
(``vnmine crawl -s KEY=VALUE``) or per source (``settings:`` in the registry)."""
from vnmine import __version__

BOT_NAME = "vnmine"
SPIDER_MODULES = ["crawler.spiders"]

# Politeness: an honest name with a contact page, robots.txt obeyed, adaptive delays.
USER_AGENT = f"vnmine/{__version__} (+https://github.com/vnmine/vnmine; research crawler of public news)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 0.5
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2

# Robustness: bounded work per page, retries on server trouble and timeouts.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled on every retry of the same request
RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5
METAREFRESH_MAXDELAY = 5
DEPTH_LIMIT = 4  # listing -> pagination -> article is 2-3 hops; deeper is mostly archives
DEPTH_PRIORITY = 0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening ports on a scheduled crawler

# Provincial government portals still run servers without secure renegotiation (RFC 5746)
# that prefer Diffie-Hellman with 1024-bit groups. Scrapy's context factory sets OpenSSL's
# OP_LEGACY_SERVER_CONNECT; leaving DH out of the offer makes such a server fall back to
# ECDHE or RSA key exchange instead of failing with "dh key too small". ("@SECLEVEL=1" would
# be lost: Twisted expands the string to a cipher list.) tests/test_crawl_settings.py crawls
# a server of that kind.
DOWNLOADER_CLIENT_TLS_CIPHERS = "DEFAULT:!DH"

# After kill -9 the on-disk seen-file can be ahead of the request queue; the warehouse is the
# durable record of what is done, so duplicates are filtered in memory only (see dupefilter.py).
DUPEFILTER_CLASS = "crawler.dupefilter.MemoryDupeFilter"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SeenUrlsMiddleware": 50,
    "crawler.middlewares.ConditionalRequestMiddleware": 60,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.ValidatePipeline": 100,
    "pipelines.scrapy_pipelines.NormalisePipeline": 200,
    "pipelines.scrapy_pipelines.DeduplicatePipeline": 300,
    "pipelines.scrapy_pipelines.ExtractPipeline": 400,
    "pipelines.scrapy_pipelines.StorePipeline": 500,
}
EXTENSIONS = {
    "scrapy.extensions.logstats.LogStats": None,
    "crawler.extensions.Progress": 100,
    "crawler.extensions.RunRecorder": 200,
}

LOG_LEVEL = "INFO"
LOG_VERSIONS = []  # library versions belong in bug reports (`vnmine crawl -v` logs them at DEBUG)
STATS_DUMP = False  # `vnmine crawl` prints its own summary; -v brings the full dump back
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# vnmine's own settings.
VNMINE_DB = "vnmine.duckdb"
VNMINE_BATCH_SIZE = 50  # articles per warehouse transaction
VNMINE_EXTRACT_WORKERS = None  # fact-extraction processes; None: one per core, 0: in the crawl process
VNMINE_DB_WAIT = 120  # seconds to wait for a reader to release the warehouse before failing
VNMINE_PROGRESS_INTERVAL = 60  # seconds between progress lines
VNMINE_RUN_ID = ""  # set by the runner; groups the sources of one `vnmine crawl`
VNMINE_GUESS_SITEMAP = True  # also try /sitemap.xml when robots.txt names none
