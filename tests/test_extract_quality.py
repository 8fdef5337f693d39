"""Quality and speed bars on the five seed articles (clean text from ingestion)."""
import time
from pathlib import Path

import pytest

from extract.evaluate import evaluate, load_gold
from extract.pipeline import extract_facts
from pipelines.ingest import read_articles

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "vnmine" / "data" / "seeds").glob("*.txt"))
HELDOUT = Path("/work/shared/corpus/heldout")


@pytest.fixture(scope="module")
def extracted():
    facts, texts = [], {}
    for art in read_articles([str(p) for p in SEEDS]):
        texts[art.doc] = art.text
        facts += extract_facts(art.text, art.doc, published=art.published_at and art.published_at[:10],
                               province=art.province)
    return facts, texts


@pytest.fixture(scope="module")
def report(extracted):
    return evaluate(load_gold(ROOT / "tests" / "gold" / "seeds.jsonl"), extracted[0])


def test_offsets_reproduce_text(extracted):
    facts, texts = extracted
    assert facts
    for f in facts:
        assert texts[f.doc][f.start:f.end] == f.text
        assert f.text in f.sentence


def test_recall_over_all_annotated_facts(report):
    assert report.overall.recall >= 0.9, report.to_text()


@pytest.mark.parametrize("fact_type", ["ranking", "legal_ref", "date"])
def test_precision_bars(report, fact_type):
    assert report.by_type[fact_type].precision >= 0.95, report.to_text()


def test_typical_article_is_fast(extracted):
    _, texts = extracted
    text = max(texts.values(), key=len)
    extract_facts(text, "warm.txt")
    t = time.perf_counter()
    extract_facts(text + "\n" + text[: max(0, 5000 - len(text))], "x.txt")
    assert time.perf_counter() - t < 1.0


def test_rules_generalise_to_heldout_rankings():
    text = (HELDOUT / "vietnews_train_061531.txt").read_text("utf-8")
    got = {(r.index, r.year, r.rank) for r in extract_facts(text, "h.txt") if r.type == "ranking"}
    assert ("PCI", 2017, 8) in got and ("PCI", 2017, 13) in got


@pytest.mark.parametrize("text", [
    "", "   \n", "Hello world, no Vietnamese here at all.", "x" * 1_000_000,
    "Tây Ninh đạt 52,8%\u200b " * 10, "Тест 中文 Tây Ninh xếp hạng DTI 44 với 0,3 điểm năm 2021.",
])
def test_bad_input_does_not_crash(text):
    for f in extract_facts(text, "bad.txt"):
        assert text[f.start:f.end] == f.text


def test_nfd_input_keeps_offsets_into_given_text():
    import unicodedata
    text = unicodedata.normalize("NFD", "Năm 2021, chỉ số DTI: Tây Ninh xếp vị trí số 44 với 0,3426 điểm.")
    facts = extract_facts(text, "nfd.txt")
    assert any(f.type == "ranking" and f.rank == 44 for f in facts)
    for f in facts:
        assert text[f.start:f.end] == f.text
