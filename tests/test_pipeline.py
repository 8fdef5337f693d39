"""The extraction pipeline's wiring: extractors and whole-document passes are registered by name."""
from extract import pipeline
from extract.pipeline import DOCUMENT_PASSES, EXTRACTORS, extract_facts
from extract.records import Official


def test_a_registered_extractor_runs_on_every_sentence(monkeypatch):
    monkeypatch.setitem(EXTRACTORS, "first_words", None)

    @pipeline.register("first_words")
    def first_words(sent, ctx):
        word = sent.text.split()[0]
        return [Official(doc=ctx.doc_name, text=word, start=sent.start, end=sent.start + len(word),
                         sentence=sent.text, name=word)]

    text = "Ông Ba phát biểu. Bà Tư trả lời."
    words = [f.text for f in extract_facts(text, "t.txt") if f.text in ("Ông", "Bà")]
    assert words == ["Ông", "Bà"]


def test_a_document_pass_sees_the_whole_documents_facts_after_every_sentence():
    text = ("Tỉnh thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số. "
            "Kế hoạch số 12/KH-UBND ngày 3/2/2024 đặt mục tiêu đến năm 2025 có 80% hồ sơ trực tuyến.")
    [first, later] = [f for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    # the registered legal pass dates the first citation from the later one
    assert "legal_issue_dates" in DOCUMENT_PASSES
    assert first.issued == later.issued == "2024-02-03"
