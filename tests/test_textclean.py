"""Plain-text dumps of news pages: title, byline date, outlet and body come out; chrome does not."""
from pathlib import Path

import pytest

from pipelines.textclean import clean_dump, normalize_text

SEEDS = Path(__file__).resolve().parents[1] / "vnmine" / "data" / "seeds"


def seed(name: str):
    return clean_dump((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name, title, published, source",
    [
        ("000_03d1ea368fe14b02.txt", "Tây Ninh: Chạy đà để tăng tốc trong công tác chuyển đổi số",
         "2022-10-22T19:08", "VTV"),
        ("001_b6f28f20c28cdc4a.txt",
         "Tây Ninh phấn đấu đến năm 2030 vào nhóm các tỉnh, thành phố thực hiện chuyển đổi số ở mức khá",
         None, "VietTimes"),
        ("002_69291db2c23c1c59.txt", None, None, None),
        ("003_75d9e15cc8222b14.txt", "Tiền Giang: Phấn đấu đến năm 2030 thuộc top 20 về chuyển đổi số",
         "2022-05-12T20:21", "Báo Ấp Bắc"),
        ("004_11bdf7d247f3446c.txt", "Thúc đẩy nâng cao các chỉ số DTI", "2022-12-10T00:34", "Báo Tây Ninh"),
    ],
)
def test_seed_metadata(name, title, published, source):
    cleaned = seed(name)
    assert (cleaned.title, cleaned.published_at, cleaned.source) == (title, published, source)
    if title:
        assert cleaned.text.startswith(title + "\n\n")


CHROME = {
    "000_03d1ea368fe14b02.txt": ["TIN MỚI", "ĐANG PHÁT", "Mời quý độc giả", "- Ảnh ", "(ảnh: Thùy Linh)",
                                 "Bản tin thời tiết"],
    "001_b6f28f20c28cdc4a.txt": ["0:00", "Nam miền Bắc", "Nữ miền Nam", "Ảnh Mic"],
    "003_75d9e15cc8222b14.txt": ["Quang cảnh hội nghị.", "phát biểu tại hội nghị.", "LÊ MINH", "(ABO)"],
    "004_11bdf7d247f3446c.txt": ["Hotline", "Đọc báo in", "Tải ứng dụng", "Tư tưởng Hồ Chí Minh", "google news",
                                 "Tin cùng chuyên mục", "Tổng đài tư vấn", "data:", "Nhi Trần", "(BTN)"],
}


@pytest.mark.parametrize("name", sorted(CHROME))
def test_site_chrome_is_removed(name):
    text = seed(name).text
    for chrome in CHROME[name]:
        assert chrome not in text, chrome


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_no_article_sentence_is_lost(name):
    """Every line of the dump that reads as a sentence of the article survives cleaning."""
    raw = normalize_text((SEEDS / name).read_text(encoding="utf-8"))
    text = seed(name).text
    chrome = CHROME.get(name, [])
    sentences = [
        line.strip() for line in raw.split("\n")
        if len(line.split()) >= 12 and line.strip().endswith((".", "…", ";"))
        and not any(c in line for c in chrome)
    ]
    assert sentences, "the seed should hold article sentences"
    for sentence in sentences:
        body = sentence.split(" - ", 1)[1] if sentence.startswith(("(BTN)", "VTV.vn")) else sentence
        body = body.split("– ", 1)[1] if body.startswith("VietTimes") else body
        body = body.split(") ", 1)[1] if body.startswith("(ABO)") else body
        assert body in text, body[:60]


def test_key_figures_survive():
    assert "960/1.818 (đạt 52,8%)" in seed("002_69291db2c23c1c59.txt").text
    assert "Tây Ninh xếp vị trí số 44 với 0,3426 điểm" in seed("004_11bdf7d247f3446c.txt").text
    assert "hạng 5/63 tỉnh, thành phố năm 2019" in seed("003_75d9e15cc8222b14.txt").text


def test_normalize_text_composes_and_drops_zero_width():
    decomposed = "Tây Ninh".replace("â", "a\u0302") + "\u200b\r\n"
    assert normalize_text(decomposed) == "Tây Ninh\n"


@pytest.mark.parametrize("name, dateline", [
    ("000_03d1ea368fe14b02.txt", "Duy Tuấn-Thứ bảy, ngày 22/10/2022 19:08 GMT+7"),
    ("004_11bdf7d247f3446c.txt", "Thứ bảy: 00:34 ngày 10/12/2022"),
])
def test_dateline_is_kept_after_the_title(name, dateline):
    cleaned = seed(name)
    assert cleaned.text.startswith(f"{cleaned.title}\n\n{dateline}\n\n")


def test_author_and_dateline():
    cleaned = seed("000_03d1ea368fe14b02.txt")
    assert cleaned.author == "Duy Tuấn"
    assert seed("003_75d9e15cc8222b14.txt").author == "LÊ MINH"


def test_dateline_of_only_a_date_and_time():
    cleaned = clean_dump("Hà Nội xếp thứ 6 về chuyển đổi số\n\nVăn Thiện 07/02/2025 16:30\n\n"
                         "Theo báo cáo DTI 2023, Hà Nội lọt vào Top 10 cả nước.")
    assert (cleaned.published_at, cleaned.author) == ("2025-02-07T16:30", "Văn Thiện")
    assert cleaned.title == "Hà Nội xếp thứ 6 về chuyển đổi số"


def test_dateline_of_only_a_bracketed_date():
    cleaned = clean_dump("Các mục tiêu chủ yếu tỉnh Kon Tum đến năm 2030\n\n(01-12-2022)\n\n"
                         "Ngày 02-12-2022, Ban chấp hành Đảng bộ tỉnh đã xem xét định hướng phát triển tỉnh.")
    assert (cleaned.published_at[:10], cleaned.title) == ("2022-12-01", "Các mục tiêu chủ yếu tỉnh Kon Tum đến năm 2030")


def test_dateline_with_the_time_first():
    cleaned = clean_dump("Đà Nẵng đứng đầu ICT Index\n\n17:15 24/08/2019\n\n"
                         "Bộ Thông tin và Truyền thông đã công bố Chỉ số ICT Index 2019.")
    assert (cleaned.published_at, cleaned.author) == ("2019-08-24T17:15", None)
    assert "17:15 24/08/2019" in cleaned.text
    # with the seconds: "09:16:26 | 18/10/2024"
    cleaned = clean_dump("Sáng tạo, quyết liệt trong chuyển đổi số\n\n09:16:26 | 18/10/2024\n\nNgày 17/10, tỉnh họp.")
    assert cleaned.published_at == "2024-10-18T09:16"
    # the author, then the time with no bar between (round 57)
    cleaned = clean_dump("Bế mạc Đại hội Thể dục thể thao tỉnh Thái Nguyên\n\nThu Hà 14:03, 30/09/2022\n\nNgày 30-9, tỉnh bế mạc.")
    assert (cleaned.published_at, cleaned.author) == ("2022-09-30T14:03", "Thu Hà")
    # the time in English, afternoon (round 121)
    cleaned = clean_dump("Thanh toán không dùng tiền mặt lan tỏa\n\n03:22 PM 24/06/2025\n\n6 tháng đầu năm 2025, thanh toán tăng.")
    assert cleaned.published_at == "2025-06-24T15:22"


def test_dateline_after_the_weekday_in_words_with_the_year_after_a_comma():
    # round 133
    cleaned = clean_dump("Vĩnh Long: Lúa đông xuân trúng mùa\n\nThứ Hai, 9 tháng 3, 2026\n\nNông dân lãi hơn 2 triệu đồng/công.")
    assert (cleaned.published_at, cleaned.title) == ("2026-03-09", "Vĩnh Long: Lúa đông xuân trúng mùa")


def test_dateline_in_iso_form():
    cleaned = clean_dump("Sơ kết 6 tháng thực hiện Nghị quyết số 57-NQ/TW\n\n2025-07-17 15:10:00.0\n\n"
                         "Trong 6 tháng đầu năm 2025, tỉnh Thái Nguyên đạt nhiều kết quả.")
    assert (cleaned.published_at, cleaned.title) == ("2025-07-17T15:10", "Sơ kết 6 tháng thực hiện Nghị quyết số 57-NQ/TW")
    assert clean_dump("Chỉ đạo mới của Bí thư Tỉnh uỷ\n\n2025-09-26\n\nSáng 26/9, tỉnh họp.").published_at == "2025-09-26"


def test_dateline_in_words():
    cleaned = clean_dump("Bình Phước tăng 4 bậc về Chỉ số CCHC\n\nNgày 14 tháng 04 năm 2023\n\n"
                         "Ngày 13/4, Bộ Nội vụ công bố Chỉ số CCHC năm 2022. Ngày 14 tháng 4 năm 2023, tỉnh họp.")
    assert (cleaned.published_at, cleaned.title) == ("2023-04-14", "Bình Phước tăng 4 bậc về Chỉ số CCHC")
    # a body sentence that opens on a date is no dateline
    assert clean_dump("Tiêu đề bài viết về chỉ số\n\nNgày 14 tháng 4 năm 2023, tỉnh họp bàn.").published_at is None


@pytest.mark.parametrize("line, published", [
    ("Đăng ngày 30 - 05 - 2022", "2022-05-30"),
    ("Cập nhật, 16:57, Thứ Hai, 08/08/2022 (GMT+7)", "2022-08-08T16:57"),
    ("Ngày: 08/04/2025", "2025-04-08"),
    ("Ngày đăng : 07:53, 17/07/2023", "2023-07-17T07:53"),
    ("15:39, ngày 22-06-2023", "2023-06-22T15:39"),
    ("08:00' - 05/11/2023", "2023-11-05T08:00"),
    ("( Cập nhật lúc: 05/10/2022  )", "2022-10-05"),
    ("17/04/2023 18:06 PM", "2023-04-17T18:06"),
    ("4/13/2023 2:01:32 PM", "2023-04-13T14:01"),  # month first: 13 can be no month
    ("4/12/2023 2:01:32 AM", "2023-12-04T02:01"),  # day first whenever it can be
    ("VTV8-Thứ ba, ngày 23/05/2017 16:13 GMT+7", "2017-05-23T16:13"),  # a channel's name with its number
    ("Thứ Năm, 15-10-2020, 21:49", "2020-10-15T21:49"),  # the weekday, a date with dashes
    ("Duy Quan - 22/10/2020, 10:50 GMT+07", "2020-10-22T10:50"),  # the zone with two digits
    ("16/01/2025 lúc 13:48 (GMT+7)", "2025-01-16T13:48"),  # "lúc" before the time
    ("Trọng Đảng - 19/09/2025", "2025-09-19"),  # an author and a date, no time
    ("Th 3, 11/07/2023 | 08:41 SA", "2023-07-11T08:41"),  # the weekday short, SA: morning
    ("Th 5, 13/07/2023 | 02:15 CH", "2023-07-13T14:15"),  # CH: afternoon
    ("Nhã Mi | 16:05 22/12/2022", "2022-12-22T16:05"),  # the author, then the time first
    ("Thứ năm - 01/02/2024 11:12 265", "2024-02-01T11:12"),  # a dash after the weekday, a view count (round 84)
    ("06-09-2025 - 19:13 PM | Bất động sản", "2025-09-06T19:13"),  # dashes, the section after a bar (round 100)
    ("01-04-2022 - 08:13 AM | Kinh tế số", "2022-04-01T08:13"),
    ("•19/01/2026 18:05", "2026-01-19T18:05"),  # after a bullet (round 77)
    ("Đăng ngày: 02-08-2019; 492 lần đọc", "2019-08-02"),  # the view count after (round 82)
    ("Cập nhật lúc: 05/09/2023 07:47 2209", "2023-09-05T07:47"),  # a bare view count (round 45)
    ("By admin on February 18, 2012", "2012-02-18"),  # a blog's English date line (round 74)
    ("March 3, 2021 at 10:15 pm", "2021-03-03T22:15"),
])
def test_dateline_after_a_publishing_word_or_a_time(line, published):
    cleaned = clean_dump(f"Kết quả Chỉ số SIPAS 2021 của tỉnh Ninh Thuận\n\n{line}\n\nNgày 25/5/2022, Ban Chỉ đạo họp.")
    assert (cleaned.published_at, cleaned.title) == (published, "Kết quả Chỉ số SIPAS 2021 của tỉnh Ninh Thuận")


def test_a_dateline_after_the_body_closes_it_and_keeps_the_body():
    body = ("Hà Nội (TTXVN 1/12) Đại hội Đảng bộ tỉnh Tuyên Quang đã thông qua Nghị quyết. Phấn đấu tốc độ "
            "tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030 đạt 10,5%/năm.")
    cleaned = clean_dump(f"Phấn đấu đến năm 2030: Tuyên Quang phát triển khá\n\n{body}\n\n"
                         "Xuất bản:Thứ hai, 01/12/2025 11:00 (GMT+7)")
    assert cleaned.published_at == "2025-12-01T11:00"
    assert cleaned.title == "Phấn đấu đến năm 2030: Tuyên Quang phát triển khá"
    assert body in cleaned.text


def test_a_closing_dateline_after_a_long_body_still_dates_the_page():
    body = "\n\n".join(f"Đoạn {i}: tỉnh Tuyên Quang phấn đấu tốc độ tăng trưởng bình quân giai đoạn 2026-2030 đạt 10,5%/năm."
                         for i in range(8))
    cleaned = clean_dump(f"Tuyên Quang phát triển khá\n\n{body}\n\nXuất bản:Thứ hai, 01/12/2025 11:00 (GMT+7)")
    assert cleaned.published_at == "2025-12-01T11:00"
    assert "Đoạn 0:" in cleaned.text and "Đoạn 7:" in cleaned.text


def test_a_closing_dateline_after_a_question_headline_keeps_the_body():
    body = ("Hà Nội (TTXVN 4/5) Năm 2021, Quảng Ninh giữ nguyên vị trí số một bảng xếp hạng Chỉ số năng lực cạnh "
            "tranh cấp tỉnh (PCI).")
    cleaned = clean_dump(f"(Interactive) Năng lực cạnh tranh của 63 địa phương thay đổi như thế nào?\n\n{body}\n\n"
                         "Xuất bản:Thứ tư, 04/05/2022 06:07 (GMT+7)")
    assert cleaned.published_at == "2022-05-04T06:07"
    assert body in cleaned.text


@pytest.mark.parametrize("caption,kept", [
    ("Hà Nội đứng thứ ba về Chỉ số cải cách hành chính năm 2024. Ảnh: Internet",
     "Hà Nội đứng thứ ba về Chỉ số cải cách hành chính năm 2024."),
    ("Ông Nguyễn Phú Tiến, Phó Cục trưởng phát biểu tại sự kiện. (Ảnh: TL)",
     "Ông Nguyễn Phú Tiến, Phó Cục trưởng phát biểu tại sự kiện."),
    ("Lãnh đạo tỉnh Tây Ninh dự hội nghị (Ảnh minh họa: Thành Nam)", "Lãnh đạo tỉnh Tây Ninh dự hội nghị"),
])
def test_a_photo_caption_is_kept_without_its_credit(caption, kept):
    cleaned = clean_dump(f"Hà Nội xếp thứ 3 cả nước về cải cách hành chính\n\n{caption}\n\nBộ Nội vụ đã công bố.")
    assert kept in cleaned.text.split("\n")
    assert "Ảnh" not in cleaned.text


def test_an_author_and_posts_between_the_title_and_the_dateline_are_kept():
    dump = ("Những định hướng lớn để phát triển tỉnh Bình Định đến năm 2030\n\nHỒ QUỐC DŨNG\n\n"
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Bình Định\n\n"
            "15:39, ngày 22-06-2023\n\nTCCS - Tỉnh Bình Định đã đạt được nhiều kết quả nổi bật.")
    cleaned = clean_dump(dump)
    assert (cleaned.title, cleaned.author, cleaned.published_at) == (
        "Những định hướng lớn để phát triển tỉnh Bình Định đến năm 2030", "HỒ QUỐC DŨNG", "2023-06-22T15:39")
    assert "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy" in cleaned.text and "TCCS" in cleaned.text


def test_an_official_documents_date_line_where_the_page_date_goes_dates_it_and_stays():
    raw = ("Kế hoạch 303/KH-UBND năm 2025 phát triển kinh tế - xã hội tỉnh Lạng Sơn\n\n"
           "Lạng Sơn, ngày 24 tháng 11 năm 2025\n\nSố: 303/KH-UBND\n\nKẾ HOẠCH\n\n"
           "Tăng trưởng kinh tế giai đoạn 2021 - 2025 ước đạt 7,1%.\n")
    cleaned = clean_dump(raw)
    assert cleaned.published_at == "2025-11-24"
    assert "Lạng Sơn, ngày 24 tháng 11 năm 2025\nSố: 303/KH-UBND\nKẾ HOẠCH" in cleaned.text


def test_a_document_date_line_under_a_host_name_and_a_header_dates_only_the_document():
    # round 76: the page shows no date of its own; the header's date is the document's
    raw = ("Kế hoạch 5625/KH-UBND năm 2025 của tỉnh Khánh Hòa\n\nHệ thống pháp luật\n\n"
           "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 5625/KH-UBND\nKhánh Hòa, ngày 12 tháng 5 năm 2025\n"
           "KẾ HOẠCH\nTăng trưởng kinh tế giai đoạn 2021 - 2025 ước đạt 7,1%.\n")
    cleaned = clean_dump(raw)
    assert cleaned.published_at is None and "Khánh Hòa, ngày 12 tháng 5 năm 2025" in cleaned.text


def test_a_document_date_line_deep_in_the_body_dates_nothing():
    body = "\n\n".join(f"Đoạn {i} của bài viết về kinh tế tỉnh." for i in range(15))
    cleaned = clean_dump("Tiêu đề bài viết về kinh tế\n\n" + body + "\n\nLạng Sơn, ngày 24 tháng 11 năm 2025\n")
    assert cleaned.published_at is None


def test_a_document_date_line_with_a_day_that_does_not_exist_dates_nothing():
    cleaned = clean_dump("Kế hoạch phát triển kinh tế tỉnh\n\nLạng Sơn, ngày 31 tháng 2 năm 2025\n\nNội dung kế hoạch.\n")
    assert cleaned.published_at is None and "ngày 31 tháng 2 năm 2025" in cleaned.text


def test_a_document_copied_with_its_hard_line_breaks_is_read_in_whole_lines():
    raw = ("Quyết định phê duyệt Kế hoạch chuyển đổi cơ cấu cây trồng\n\n"
           "An Giang, ngày 26\ntháng 8 năm 2021\n"
           "Căn cứ Nghị định số\n35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng\n"
           "lúa;\nTheo đề nghị tại Tờ trình số 190/TTr-SNNPTNT ngày\n10/8/2021.\n\n"
           "Địa phương\nĐiểm số\nQuảng Ninh\n73,40\nĐồng Tháp\n72,10\n")
    cleaned = clean_dump(raw)
    lines = cleaned.text.split("\n")
    assert cleaned.published_at == "2021-08-26"
    assert "Căn cứ Nghị định số 35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng lúa;" in lines
    assert "Theo đề nghị tại Tờ trình số 190/TTr-SNNPTNT ngày 10/8/2021." in lines
    assert lines[-6:] == ["Địa phương", "Điểm số", "Quảng Ninh", "73,40", "Đồng Tháp", "72,10"]  # a table's cells stay apart


@pytest.mark.parametrize("doc_type", ["Kết luận", "Thông báo", "Đề án", "Công điện"])
def test_every_document_type_of_the_legal_data_waits_for_its_number(doc_type):
    raw = f"Tiêu đề văn bản\n\nThực hiện {doc_type} số\n12-KL/TU ngày 5/3/2024 của Tỉnh ủy.\n"
    assert f"Thực hiện {doc_type} số 12-KL/TU ngày 5/3/2024 của Tỉnh ủy." in clean_dump(raw).text.split("\n")


def test_an_image_placeholder_is_no_wrapped_line():
    raw = ("Tây Ninh đặt mục tiêu chuyển đổi số\n\nNgày 5/3, tỉnh công bố kế hoạch chuyển đổi số đến năm 2025\n"
           "a\nlãnh đạo tỉnh phát biểu tại hội nghị\nKế hoạch đặt mục tiêu đến năm 2025 có 10 doanh nghiệp công nghệ số.\n")
    lines = clean_dump(raw).text.split("\n")
    assert "Ngày 5/3, tỉnh công bố kế hoạch chuyển đổi số đến năm 2025" in lines
    assert not any("lãnh đạo tỉnh phát biểu" in line for line in lines)  # the caption after the image goes


def test_a_date_line_to_the_month_stays_under_the_title_and_sets_no_timestamp():
    cleaned = clean_dump("Kinh tế Quảng Nam tăng trưởng dương\n\n07/2024\n\n(QNO) - Tại cuộc họp báo chiều 9/7, "
                         "UBND tỉnh cho biết GRDP tăng 2,7% so với cùng kỳ.\n")
    assert cleaned.text.split("\n")[:4] == ["Kinh tế Quảng Nam tăng trưởng dương", "", "07/2024", ""]
    assert cleaned.published_at is None


def test_a_headline_closed_by_a_full_stop_is_kept_as_the_title():
    cleaned = clean_dump("Nghị Quyết số 22/NQ-TU ngày 08/6/2022 về Chuyển đổi số tỉnh Kiên Giang đến năm 2025.\n\n"
                         "08/6/2022\n\nNghị quyết đề ra mục tiêu đến năm 2025 tỉnh Kiên Giang có 100% dịch vụ công "
                         "trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau.\n")
    assert cleaned.title.startswith("Nghị Quyết số 22/NQ-TU") and cleaned.text.startswith("Nghị Quyết số 22/NQ-TU")
    assert cleaned.published_at == "2022-06-08"


def test_a_headline_longer_than_forty_words_is_still_the_title_and_kept():
    headline = ("Kế hoạch 283/KH-UBND năm 2025 thực hiện Nghị quyết 71/NQ-CP và Chương trình hành động 10-CTr/TU "
                "thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                "chuyển đổi số trên địa bàn tỉnh Đồng Tháp theo hướng nhanh, bền vững và toàn diện trong giai đoạn tới")
    assert len(headline.split()) > 40
    cleaned = clean_dump(f"{headline}\n\n24/09/2025\n\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 283/KH-UBND")
    assert cleaned.title == headline
    assert cleaned.text.startswith(headline) and "Số: 283/KH-UBND" in cleaned.text


def test_a_repeated_heading_is_read_once_but_equal_table_cells_are_kept():
    raw = ("Tây Ninh tăng hạng chỉ số\n\nNgày 5/3, tỉnh công bố kết quả xếp hạng năm 2024 của các chỉ số\n"
           "Kết quả xếp hạng\nKết quả xếp hạng\n2020\n2021\n2022\nThể chế\n83\n83\n51\n")
    lines = clean_dump(raw).text.split("\n")
    assert lines.count("Kết quả xếp hạng") == 1
    assert lines[-3:] == ["83", "83", "51"]


def test_a_date_deep_in_a_legal_pages_metadata_is_no_dateline_and_nothing_above_it_is_lost():
    # round 112: a law site's page under its title, its document's number before "Ngày ban hành"
    raw = ("Quyết định 217/QĐ-BLĐTBXH năm 2025 công bố kết quả rà soát hộ nghèo năm 2024\n\nlawnet.vn\n\n"
           "Quyết định 217/QĐ-BLĐTBXH năm 2025 công bố kết quả rà soát hộ nghèo năm 2024\n"
           "Số hiệu: 217/QĐ-BLĐTBXH Loại văn bản: Quyết định\nNơi ban hành: Bộ Lao động - Thương binh và Xã hội\n"
           "Người ký: Lê Văn Thanh\nNgày ban hành: 04/02/2025\nNgày hiệu lực: Đã biết\n"
           "Căn cứ Nghị định số 07/2021/NĐ-CP của Chính phủ quy định chuẩn nghèo đa chiều.\n")
    cleaned = clean_dump(raw)
    assert cleaned.published_at is None
    assert cleaned.title.startswith("Quyết định 217/QĐ-BLĐTBXH")
    assert "Số hiệu: 217/QĐ-BLĐTBXH" in cleaned.text and "Ngày ban hành: 04/02/2025" in cleaned.text
