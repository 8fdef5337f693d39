"""Ingestion of local files and folders, including the bad ones."""
import unicodedata
from pathlib import Path

import pytest

from pipelines.ingest import embedded_corpus, read_article, read_articles
from vnmine.errors import VnmineError

ARTICLE = "Tây Ninh phấn đấu\n\nĐến năm 2025, Tây Ninh có khoảng 10 doanh nghiệp công nghệ số.\n"


def test_embedded_corpus_ships_five_seeds_with_manifest():
    paths = embedded_corpus()
    assert len(paths) == 5
    articles = list(read_articles(paths))
    assert [a.doc for a in articles] == [p.name for p in paths]
    assert {a.province for a in articles} == {"Tây Ninh", "Tiền Giang"}
    assert sum(a.published_at is not None for a in articles) == 3
    assert len({a.article_id for a in articles}) == 5


def test_folder_is_walked_and_doc_is_the_path_as_given(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE.replace("10", "12"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = [a.doc for a in read_articles([tmp_path])]
    assert docs == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: â, ơ, đ precomposed, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones)
    return "".join(out).encode("cp1258")


def test_windows_1258_with_decomposed_tones_becomes_nfc(tmp_path):
    path = tmp_path / "cp1258.txt"
    data = to_cp1258(ARTICLE)
    assert b"\xcc" in data or b"\xd2" in data or b"\xf2" in data  # really decomposed tones
    path.write_bytes(data)
    article = read_article(path)
    assert "Tây Ninh có khoảng 10 doanh nghiệp" in article.text
    assert unicodedata.is_normalized("NFC", article.text)


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert "khoảng 10 doanh nghiệp" in read_article(path).text


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "file is empty"),
        (b"  \n\n ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (b"\x81\x8d\x8f\x90 \xff\xfe\xfa", "cannot decode"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(VnmineError) as err:
        read_article(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(VnmineError, match="no such file or folder"):
        list(read_articles([tmp_path / "nope"]))


def test_bad_files_are_collected_not_fatal_when_asked(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    problems: list[str] = []
    articles = list(read_articles([tmp_path], errors=problems))
    assert [a.doc for a in articles] == [str(tmp_path / "good.txt")]
    assert problems == [f"{tmp_path / 'empty.txt'}: file is empty"]


HTML = Path(__file__).parent / "html"


def test_saved_html_page_keeps_its_address_and_outlet_province(tmp_path):
    from pipelines.batch import analyse

    article = read_article(HTML / "tml__baolaocai_sample_article.html")
    assert article.doc == str(HTML / "tml__baolaocai_sample_article.html")
    assert article.url.startswith("https://baolaocai.vn/")
    assert article.title == "Sống đẹp từ những điều giản dị"
    analysed, facts = analyse(article)
    # the text names no province; Báo Lào Cai is the provincial paper of Lào Cai
    assert analysed.province == "Lào Cai"
    assert all(f.province in ("Lào Cai", None) for f in facts)


def test_listing_page_is_not_an_article(tmp_path):
    with pytest.raises(VnmineError, match="not an article"):
        read_article(HTML / "tml__vtcnews_home.html")
