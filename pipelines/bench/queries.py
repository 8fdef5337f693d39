"""Latency of the named queries on a warehouse of many synthetic facts.

Facts are real ``extract.records`` objects whose spans index their article's text, loaded
through ``warehouse.store.load`` like the pipeline's; provinces, indicators, indices and
years vary, and a share of articles are syndicated copies (same facts, another outlet), so
the grouping views have duplicates to fold.
"""
from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass, replace
from pathlib import Path

from extract.records import DateFact, Fact, LegalRef, Metric, Official, Ranking, Target
from pipelines.bench.corpus import SEED, provinces
from pipelines.records import Article
from vnmine.errors import VnmineError

FACTS_PER_ARTICLE = 20
REPEATS = 5
INDICATORS = ("hồ sơ thủ tục hành chính được xử lý trực tuyến", "kinh tế số chiếm GRDP",
              "doanh nghiệp sử dụng hợp đồng điện tử", "dân số trưởng thành có điện thoại thông minh",
              "hộ gia đình có cáp quang", "dịch vụ công trực tuyến toàn trình", "người dân có tài khoản thanh toán",
              "cơ quan nhà nước kết nối trục liên thông", "xã có tổ công nghệ số cộng đồng",
              "doanh nghiệp công nghệ số")
INDICES = ("DTI", "PCI", "PAPI", "ICT Index", "PAR Index", "SIPAS")
COMPONENTS = (None, None, "Nhận thức số", "Chính quyền số", "Kinh tế số", "Xã hội số")
DOC_TYPES = ("Quyết định", "Nghị quyết", "Chỉ thị", "Kế hoạch", "Công văn")
# (name, keyword arguments): every named query unfiltered, and the filters researchers use
CASES = (("targets", {}), ("targets", {"province": "Tây Ninh"}), ("rankings", {}),
         ("rankings", {"index": "DTI", "year": 2021}), ("compare", {}), ("compare", {"deadline": 2025}),
         ("timeline", {}), ("timeline", {"index": "PCI", "province": "TP.HCM"}), ("sources", {}),
         ("articles", {}), ("facts", {}))


@dataclass
class Latency:
    query: str
    filters: str
    rows: int
    median_ms: float | None
    max_ms: float | None
    error: str | None = None  # a failing query is reported, not allowed to end the run


def _one_fact(rng: random.Random, province: str) -> tuple[type[Fact], str, dict]:
    """A fact type, the sentence stating it, and its type-specific fields."""
    kind = rng.choices((Target, Metric, Ranking, DateFact, LegalRef, Official), weights=(25, 25, 15, 20, 10, 5))[0]
    year, indicator, value = rng.randint(2018, 2025), rng.choice(INDICATORS), float(rng.randint(10, 100))
    if kind is Target:
        deadline = rng.choice((2025, 2030))
        return kind, f"Đến năm {deadline}, {province} phấn đấu {value:g}% {indicator}.", dict(
            indicator=indicator, value=value, unit="%", comparator=">=", deadline=deadline)
    if kind is Metric:
        return kind, f"Năm {year}, {province} đạt {value:g}% {indicator}.", dict(
            indicator=indicator, value=value, unit="%", as_of=str(year))
    if kind is Ranking:
        index, rank = rng.choice(INDICES), rng.randint(1, 63)
        return kind, f"Năm {year}, {province} xếp hạng {rank}/63 về {index}.", dict(
            index=index, component=rng.choice(COMPONENTS), year=year, rank=rank, total=63,
            score=round(rng.random(), 4))
    if kind is DateFact:
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return kind, f"Ngày {day[8:]}/{day[5:7]}/{year}, hội nghị được tổ chức tại {province}.", dict(
            value=day, granularity="day")
    if kind is LegalRef:
        doc_type, number = rng.choice(DOC_TYPES), f"{rng.randint(1, 999)}/{year}/QĐ-UBND"
        return kind, f"Theo {doc_type} số {number} của UBND tỉnh {province}.", dict(
            doc_type=doc_type, number=number, issuer="UBND tỉnh")
    name = f"Nguyễn Văn {rng.choice('ABCDEGHKLMNPQT')}{rng.randint(1, 99)}"
    return kind, f"Ông {name} - Giám đốc Sở Thông tin và Truyền thông {province}.", dict(
        name=name, title="Giám đốc", organization="Sở Thông tin và Truyền thông")


def _article_facts(rng: random.Random, doc: str, province: str) -> tuple[str, list[Fact]]:
    """An article text of one sentence per fact, and the facts spanning those sentences."""
    lines: list[str] = []
    facts: list[Fact] = []
    offset = 0
    for _ in range(FACTS_PER_ARTICLE):
        cls, sentence, fields = _one_fact(rng, province)
        facts.append(cls(doc=doc, text=sentence, start=offset, end=offset + len(sentence),
                         sentence=sentence, province=province, **fields))
        lines.append(sentence)
        offset += len(sentence) + 1
    return "\n".join(lines), facts


def synthetic_batches(n_facts: int, seed: int = SEED, batch: int = 200):
    """Batches of (article, facts) adding up to about ``n_facts`` facts; one in five
    articles is a syndicated copy of the one before (same facts, another outlet)."""
    rng = random.Random(f"{seed}:warehouse")
    names = provinces()
    out: list[tuple[Article, list[Fact]]] = []
    for i in range(max(1, n_facts // FACTS_PER_ARTICLE)):
        province = rng.choice(names)
        url = f"https://bao{i % 40}.example.vn/bai-{i}.html"
        if out and rng.random() < 0.2:
            base, base_facts = out[-1]
            text, facts = base.text + f"\nNguồn: bản {i}.", base_facts
            province = base.province
        else:
            text, facts = _article_facts(rng, url, province)
        published = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = Article(doc=url, url=url, text=text, title=f"Tin {province} {i}", source=f"Báo {i % 40}",
                          published_at=published, province=province)
        out.append((article, [replace(f, doc=url) for f in facts]))
        if len(out) >= batch:
            yield out
            out = []
    if out:
        yield out


def build_warehouse(db: Path, n_facts: int, seed: int = SEED) -> int:
    """Fill ``db`` with about ``n_facts`` facts; returns the number stored."""
    from warehouse import load, open_warehouse

    stored = 0
    with open_warehouse(db) as con:
        for batch in synthetic_batches(n_facts, seed):
            stored += load(con, batch).facts
    return stored


def _time_one(query, con, args: dict, name: str, filters: str) -> Latency:
    rows = len(query(con, **args))
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        query(con, **args)
        timings.append((time.perf_counter() - start) * 1000)
    return Latency(name, filters, rows, round(statistics.median(timings), 1), round(max(timings), 1))


def time_queries(db: Path) -> list[Latency]:
    """Median and worst of ``REPEATS`` runs of each case, after one warm-up run."""
    from warehouse import open_warehouse
    from warehouse.queries import NAMED_QUERIES

    results = []
    with open_warehouse(db, read_only=True) as con:
        some_article = con.execute("SELECT article_id FROM articles ORDER BY article_id LIMIT 1").fetchone()[0]
        for name, kwargs in CASES:
            args = {"article_id": some_article} if name == "facts" else kwargs
            filters = ", ".join(f"{k}={v}" for k, v in kwargs.items())
            try:
                results.append(_time_one(NAMED_QUERIES[name], con, args, name, filters))
            except VnmineError as exc:
                results.append(Latency(name, filters, 0, None, None, error=str(exc)))
    return results
