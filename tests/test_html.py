"""HTML -> Article on real Vietnamese news pages (tests/html, copied from the shared corpus with
their ground truth in tests/html/gt) and on small pages written here."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from fake_site.site import encode_1258
from pipelines.html import NotAnArticle, local_iso, parse_html

HERE = Path(__file__).parent / "html"
SILVER = sorted((HERE / "gt").glob("*.silver.json"))


def page(name: str) -> bytes:
    return (HERE / name).read_bytes()


def body_lines(article) -> list[str]:
    return article.text.split("\n")[2:]


def test_vnexpress_gold_title_date_sapo_and_body():
    gold = json.loads((HERE / "gt" / "fundus__VnExpress.json").read_text("utf-8"))["V1"]
    article = parse_html(page("fundus__VnExpress_2025_10_22.html"),
                         "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html")
    assert article.title == gold["title"]
    assert article.published_at == "2025-10-22T19:25:52"  # gold: 2025-10-22 19:25:52+07:00
    assert article.text.startswith(f"{gold['title']}\n\n{gold['body']['summary'][0]}\n")
    paragraphs = [p for s in gold["body"]["sections"] for p in s["paragraphs"]]
    kept = [p for p in paragraphs if p in article.text]
    assert len(kept) >= 0.8 * len(paragraphs)


def test_htmldate_gold_date():
    gold = json.loads((HERE / "gt" / "htmldate__VnExpress.net-Kinh-doanh.gt.json").read_text("utf-8"))
    article = parse_html(page("htmldate__VnExpress.net-Kinh-doanh.html"), gold["url"])
    assert article.published_at[:10] == gold["date"]


@pytest.mark.parametrize("truth", SILVER, ids=lambda p: p.name.split(".")[0])
def test_silver_pages_title_date_and_lead(truth):
    gt = json.loads(truth.read_text("utf-8"))
    article = parse_html(page(gt["file"]), gt["canonical_url"])
    assert article.title == gt["title"]
    assert article.published_at == local_iso(gt["date_published"])
    assert body_lines(article)[0] == gt["description"]  # the sapo (lead) comes first
    assert article.meta["canonical"] == gt["canonical_url"]
    assert unicodedata.is_normalized("NFC", article.text)
    truth = [" ".join(p.split()) for p in gt["body_paragraphs"] + [gt["description"]]]
    kept = [p for p in truth if p[:60] in " ".join(article.text.split())]
    assert len(kept) >= 0.9 * len(truth)
    extra = [line for line in body_lines(article) if not any(line[:60] in p for p in truth)]
    assert len(extra) <= 2, extra  # bylines, captions; no teasers of other articles


@pytest.mark.parametrize("name", ["tml__baocantho_category.html", "tml__vtcnews_home.html", "tml__znews_kinhdoanh.html"])
def test_listing_and_home_pages_are_not_articles(name):
    with pytest.raises(NotAnArticle, match="listing or home page"):
        parse_html(page(name))


def _without_metadata(html: str) -> str:
    html = re.sub(r"<script[^>]*ld\+json.*?</script>", "", html, flags=re.S)
    return re.sub(r"<meta[^>]*og:type[^>]*>", "", html)


@pytest.mark.parametrize("name, is_article", [
    ("tml__baocantho_category.html", False), ("tml__vtcnews_home.html", False),
    ("tml__znews_kinhdoanh.html", False), ("tml__baolaocai_sample_article.html", True),
    ("tml__znews_sample_article.html", True), ("fundus__VnExpress_2025_10_22.html", True),
])
def test_pages_without_metadata_are_judged_by_their_body(name, is_article):
    html = _without_metadata(page(name).decode("utf-8"))
    if is_article:
        assert parse_html(html).text
    else:
        with pytest.raises(NotAnArticle):
            parse_html(html)


BYLINE_PAGE = """<html><head><meta charset="{charset}"><title>Tin tỉnh</title></head><body>
<h1>Tiền Giang đạt kim ngạch xuất khẩu 4,5 tỷ USD</h1>
<div class="post-date">Thứ Năm, 28/12/2023 - 16:05</div>
<div class="content"><p>Năm 2023, kim ngạch xuất khẩu của tỉnh Tiền Giang đạt 4,5 tỷ USD, tăng 8,3% so với năm trước.</p>
<p>Các mặt hàng chủ lực gồm trái cây, thủy sản, dệt may và giày da; thị trường lớn nhất là Trung Quốc và Hoa Kỳ.</p>
<p>Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu đạt 5 tỷ USD.</p></div></body></html>"""


def test_byline_date_and_title_without_metadata():
    article = parse_html(BYLINE_PAGE.format(charset="utf-8"), "https://baoapbac.vn/kinh-te/x-1.html")
    assert article.published_at == "2023-12-28T16:05:00"
    assert article.text.startswith("Tiền Giang đạt kim ngạch xuất khẩu 4,5 tỷ USD\n\nNăm 2023, kim ngạch")


def test_windows_1258_from_header_or_meta_comes_out_nfc():
    expected = parse_html(BYLINE_PAGE.format(charset="utf-8")).text
    data = encode_1258(BYLINE_PAGE.format(charset="windows-1258"))
    assert unicodedata.normalize("NFC", data.decode("cp1258")) != data.decode("cp1258")  # decomposed marks
    assert parse_html(data).text == expected  # meta charset
    assert parse_html(encode_1258(BYLINE_PAGE.format(charset="utf-8")), encoding="windows-1258").text == expected


def test_a_contact_page_is_not_an_article():
    html = "<html><head><title>Liên hệ</title></head><body><h1>Liên hệ</h1><p>Điện thoại: 0276 3822 000</p></body></html>"
    with pytest.raises(NotAnArticle):
        parse_html(html)


@pytest.mark.parametrize("value, local", [
    ("2025-12-23T09:02:07.000+07:00", "2025-12-23T09:02:07"),
    ("2024-01-04T20:00:00Z", "2024-01-05T03:00:00"),  # UTC evening is the next morning in Vietnam
    ("2025-06-17T13:43:02+0700", "2025-06-17T13:43:02"),
    ("2026-01-08", "2026-01-08"),
    ("8/1/2026", None),
])
def test_dates_in_vietnam_local_time(value, local):
    assert local_iso(value) == local


TABLE_PAGE = """<html><head><meta property="og:type" content="article"><title>PCI 2019</title></head><body><article>
<h1>Công bố bảng xếp hạng PCI năm 2019</h1>
<p>Sáng nay, Phòng Thương mại và Công nghiệp Việt Nam công bố bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh
năm 2019, với nhiều địa phương có bước tiến đáng kể so với các năm trước đó.</p>
<p><strong>Bảng xếp hạng PCI năm 2019</strong></p>
<table><thead><tr><th>Địa phương</th><th>Điểm số PCI</th><th>Xếp hạng</th></tr></thead><tbody>
<tr><td>Quảng Ninh</td><td>73,40</td><td>1</td></tr>
<tr><td>Đồng Tháp</td><td></td><td>2</td></tr>
<tr><td>Bà Rịa | Vũng Tàu</td><td>71,30</td><td>3</td></tr></tbody></table>
<table><tr><td><img src="a.jpg"></td></tr><tr><td>Lãnh đạo tỉnh nhận giải tại lễ công bố. Ảnh: TL</td></tr></table>
<p>Các địa phương còn lại sẽ được công bố chi tiết trong báo cáo đầy đủ của Phòng Thương mại và Công nghiệp Việt Nam.</p>
</article></body></html>"""


def test_a_data_table_comes_out_one_cell_to_a_line_and_a_layout_table_stays_out():
    lines = body_lines(parse_html(TABLE_PAGE))
    at = lines.index("Địa phương")
    assert lines[at - 1:at + 13] == ["Bảng xếp hạng PCI năm 2019", "Địa phương", "Điểm số PCI", "Xếp hạng",
                                     "Quảng Ninh", "73,40", "1", "Đồng Tháp", "-", "2", "Bà Rịa | Vũng Tàu", "71,30", "3",
                                     lines[at + 12]]
    assert lines[at + 12].startswith("Các địa phương còn lại")  # the photo's caption table is layout
    assert not any("Ảnh: TL" in line for line in lines)


def test_a_ranking_table_on_a_page_gives_each_province_its_place():
    from extract.pipeline import extract_facts
    article = parse_html(TABLE_PAGE)
    got = {(f.province, f.index, f.year, f.rank, f.score) for f in extract_facts(article.text, "pci.html")
           if f.type == "ranking"}
    assert {("Quảng Ninh", "PCI", 2019, 1, 73.4), ("Đồng Tháp", "PCI", 2019, 2, None)} <= got
