"""The sources registry: shape of every entry (entries are data; nothing is fetched here)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from crawler.sources import DISCOVERY, NATIONAL, adhoc_source, load_sources
from extract.provinces import resolve_province
from vnmine.errors import VnmineError

SOURCES = load_sources()


def test_registry_holds_the_seed_outlets_and_many_provinces():
    domains = {d for s in SOURCES for d in s.domains}
    assert {"vtv.vn", "viettimes.vn", "baotayninh.vn", "baoapbac.vn"} <= domains
    provinces = {s.province for s in SOURCES if s.province != NATIONAL}
    assert len(provinces) >= 60
    assert {s.kind for s in SOURCES} == {"newspaper", "portal"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.key)
def test_every_entry_is_well_formed(source):
    assert source.province == NATIONAL or resolve_province(source.province) == source.province
    assert source.discovery and set(source.discovery) <= DISCOVERY
    assert re.fullmatch(r"[a-z0-9-]+", source.key)
    for url in source.start_urls + source.feeds + source.sitemaps:
        host = urlsplit(url).hostname
        assert urlsplit(url).scheme == "https"
        assert any(host == d or host.endswith("." + d) for d in source.domains), url


def test_keys_are_unique_and_seed_provinces_right():
    assert len({s.key for s in SOURCES}) == len(SOURCES)
    by_domain = {d: s for s in SOURCES for d in s.domains}
    assert by_domain["baotayninh.vn"].province == "Tây Ninh"
    assert by_domain["baoapbac.vn"].province == "Tiền Giang"
    assert by_domain["vtv.vn"].local_province is None


@pytest.mark.parametrize("text, message", [
    ("sources:\n  - name: X\n    province: Tây Ninh\n", "lacks domains, start_urls"),
    ("sources:\n  - {name: X, province: national, domains: [x.vn], start_urls: ['https://x.vn/'], colour: red}",
     "unknown keys ['colour']"),
    ("sources:\n  - {name: X, province: national, domains: [x.vn], start_urls: ['https://x.vn/'], discovery: [ftp]}",
     "unknown discovery ['ftp']"),
    ("sources:\n  - {name: X, province: national, domains: [x.vn], start_urls: ['https://x.vn/'], article_patterns: ['(']}",
     "bad pattern '('"),
    ("sources: [\n", "not valid YAML"),
])
def test_a_broken_registry_is_reported_in_one_line(tmp_path, text, message):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VnmineError, match=re.escape(message)):
        load_sources(path)


def test_adhoc_source_stays_on_the_host():
    source = adhoc_source("http://127.0.0.1:8080/tin-tuc")
    assert source.domains == ["127.0.0.1"] and source.key == "127-0-0-1-8080"
    assert set(source.discovery) == DISCOVERY


def test_outlet_province_from_the_registry():
    from crawler.sources import outlet_province

    assert outlet_province("https://baotayninh.vn/thuc-day-dti-a1.html") == "Tây Ninh"
    assert outlet_province("https://www.baolaocai.vn/x-post1.html") == "Lào Cai"
    assert outlet_province("https://vnexpress.net/x.html") is None  # national outlet
    assert outlet_province("https://example.org/") is None
    assert outlet_province(None) is None
