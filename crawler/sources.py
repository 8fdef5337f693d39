"""The sources registry: one entry per outlet, kept as data in ``sources.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from vnmine.errors import VnmineError

DISCOVERY = {"robots", "sitemap", "rss", "listing"}
NATIONAL = "national"


@dataclass
class Source:
    name: str
    key: str  # short slug: state directory and crawl_runs.source
    province: str  # canonical province name, or "national"
    domains: list[str]
    start_urls: list[str]
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    article_patterns: list[str] = field(default_factory=list)  # regexes on the URL
    deny_patterns: list[str] = field(default_factory=list)  # never requested
    discovery: list[str] = field(default_factory=lambda: ["robots", "sitemap", "listing"])
    kind: str = "newspaper"  # newspaper | portal
    settings: dict = field(default_factory=dict)  # per-site Scrapy setting overrides

    @property
    def local_province(self) -> str | None:
        return None if self.province == NATIONAL else self.province


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "site"


def _source(entry: dict, where: str) -> Source:
    if not isinstance(entry, dict):
        raise VnmineError(f"{where}: each source must be a mapping")
    missing = [k for k in ("name", "province", "domains", "start_urls") if not entry.get(k)]
    if missing:
        raise VnmineError(f"{where}: source {entry.get('name', '?')!r} lacks {', '.join(missing)}")
    unknown = set(entry) - set(Source.__dataclass_fields__)
    if unknown:
        raise VnmineError(f"{where}: source {entry['name']!r} has unknown keys {sorted(unknown)}")
    entry = {**entry, "key": entry.get("key") or slug(entry["domains"][0])}
    source = Source(**entry)
    bad = set(source.discovery) - DISCOVERY
    if bad:
        raise VnmineError(f"{where}: source {source.name!r}: unknown discovery {sorted(bad)}")
    for pattern in source.article_patterns + source.deny_patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise VnmineError(f"{where}: source {source.name!r}: bad pattern {pattern!r}: {exc}") from None
    return source


def load_sources(path: str | Path | None = None) -> list[Source]:
    """The registry at ``path``, or the packaged one."""
    if path is None:
        text, where = (resources.files("crawler") / "sources.yaml").read_text("utf-8"), "sources.yaml"
    else:
        try:
            text, where = Path(path).read_text("utf-8"), str(path)
        except OSError as exc:
            raise VnmineError(f"cannot read sources file {path}: {exc.strerror}") from None
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise VnmineError(f"{where} is not valid YAML: {str(exc).splitlines()[0]}") from None
    sources = [_source(e, where) for e in raw.get("sources", [])]
    keys = [s.key for s in sources]
    if len(keys) != len(set(keys)):
        raise VnmineError(f"{where}: duplicate source keys {sorted({k for k in keys if keys.count(k) > 1})}")
    return sources


def adhoc_source(url: str) -> Source:
    """A one-site crawl from a URL: same host, every discovery method."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise VnmineError(f"not an http(s) URL: {url}")
    host = parts.hostname
    return Source(name=host, key=slug(parts.netloc), province=NATIONAL, domains=[host], start_urls=[url],
                  discovery=["robots", "sitemap", "rss", "listing"])


@lru_cache(maxsize=1)
def _packaged_domains() -> dict[str, str]:
    return {d.lower().removeprefix("www."): s.province for s in load_sources() for d in s.domains}


def outlet_province(url: str | None) -> str | None:
    """The province of the registry outlet that publishes ``url`` (None for national outlets
    and unknown sites): a provincial paper's article is about its province unless it says so."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    while host:
        province = _packaged_domains().get(host)
        if province:
            return None if province == NATIONAL else province
        host = host.partition(".")[2] if "." in host else ""
    return None
