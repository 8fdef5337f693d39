from extract.pipeline import extract_facts
from extract.dates import parse_dates
from extracted import dates


def test_partial_date_resolved_against_publication():
    d = dates("Hội nghị do UBND tỉnh tổ chức vào chiều 12-5.", published="2022-05-12")
    assert [(f.text, f.value, f.role) for f in d] == [("chiều 12-5", "2022-05-12", "mentioned")]


def test_published_role_only_when_written_in_text():
    d = dates("Thứ Năm, 12/05/2022, 20:21\nNội dung.", published="2022-05-12")
    assert d[0].role == "published" and d[0].value == "2022-05-12"
    assert dates("Không có ngày.", published="2022-05-12") == []


def test_formats():
    got = {f.value for f in dates("Ngày 26.1.2021 và tháng 7-2022, năm 2019.")}
    assert got == {"2021-01-26", "2022-07", "2019"}


def test_an_iso_date_as_some_pages_print_it():
    d = dates("Chỉ đạo mới của Bí thư Tỉnh uỷ\n\n2025-09-26\n\nSáng 26/9, tỉnh họp.", published="2025-09-26")
    assert [(f.text, f.value, f.role) for f in d] == [("2025-09-26", "2025-09-26", "published"),
                                                      ("Sáng 26/9", "2025-09-26", "mentioned")]
    assert parse_dates("mã 12025-09-26") == []  # digits running on are no date


def test_an_english_date_line_is_the_day_of_publication():
    # round 74: a blog reprint dated "By admin on February 18, 2012"
    d = dates("Năm 2011, Hà Nội được cấp nhiều bằng sáng chế nhất\n\nBy admin on February 18, 2012\n\nTheo báo cáo.",
              published="2012-02-18")
    assert [(f.text, f.value, f.role) for f in d] == [("Năm 2011", "2011", "mentioned"),
                                                      ("February 18, 2012", "2012-02-18", "published")]


def test_invalid_dates_are_not_facts():
    assert dates("ngày 31/2/2022") == []


def test_decades_are_not_years_and_bare_years_after_cuoi_and_va():
    text = "Từ những năm 1990, tỉnh đã đầu tư. Tỷ lệ này năm 2019 và 2020 tăng; đến cuối 2025 đạt 80%."
    assert [(d.text, d.value) for d in dates(text)] == [("năm 2019", "2019"), ("2020", "2020"), ("2025", "2025")]


def test_index_edition_year_is_no_date():
    text = "Tỉnh đứng thứ 2 về Chỉ số PAPI năm 2023; năm 2024 tỉnh tiếp tục cải thiện."
    assert [d.value for d in dates(text)] == ["2024"]
    text = ("Bộ công bố kết quả mức độ sẵn sàng cho phát triển và ứng dụng công nghệ thông tin năm 2017 "
            "(Vietnam ICT Index 2017) ngày 6/10/2017.")
    assert [d.value for d in dates(text)] == ["2017-10-06"]


def test_a_year_closing_a_long_ranking_name_is_its_edition_not_a_date():
    text = ("Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) của các bộ, ngành và các tỉnh, "
            "thành phố trực thuộc Trung ương năm 2022. So với năm 2021, xếp hạng năm 2022 của tỉnh giảm. "
            "Đối với Chỉ số SIPAS, năm 2023 là năm thứ 2 triển khai. Tỉnh vươn lên nhóm xếp hạng tốt năm 2022.")
    assert [(d.text, d.value) for d in dates(text)] == [
        ("năm 2021", "2021"), ("năm 2023", "2023"), ("năm 2022", "2022")]


def test_hom_nay_with_a_comma_is_a_date_and_no_ratio():
    text = "Tại lễ công bố hôm nay, 12/4, TS Giang cho biết."
    assert [(f.type, f.value) for f in extract_facts(text, "t.txt", published="2023-04-12")] == [
        ("date", "2023-04-12")]
    assert extract_facts(text, "t.txt") == []  # no year to resolve it against, and no 12/4 ratio


def test_day_words_opening_a_sentence_a_dotted_day_and_a_quarter():
    got = [(f.text, f.value) for f in dates("Sáng 19-5, tỉnh họp. Ngày 25 tháng 05 năm 2022, Sở công bố. "
                                            "Chiều ngày 23.8, UBND tỉnh làm việc. Trong quý III-2025, tỉnh hoàn thành.",
                                            published="2022-08-26")]
    assert got == [("Sáng 19-5", "2022-05-19"), ("Ngày 25 tháng 05 năm 2022", "2022-05-25"),
                   ("ngày 23.8", "2022-08-23"), ("quý III-2025", "2025")]
    assert dates("Tỷ lệ đạt 23.8 điểm, ngày 23.8.") == []  # a dotted day needs a publication year


def test_a_day_in_brackets_is_a_date_and_no_ratio():
    facts = extract_facts("Chiều nay (19/10), Bộ TT&TT tổ chức hội thảo. Chiều nay (thứ Tư) 19/10, họp.",
                          "t.txt", published="2021-10-19")
    assert [(f.type, f.text) for f in facts] == [("date", "Chiều nay (19/10)"), ("date", "Chiều nay (thứ Tư) 19/10")]
    assert [f.type for f in extract_facts("Chiều nay (19/10), Bộ TT&TT tổ chức hội thảo.", "t.txt")] == []


def test_two_days_of_a_month_a_bare_month_and_a_year_after_vao():
    text = ("Hai ngày chính là 13 và 14/10, cùng một số ngày khác trong tháng 10. "
            "Tháng 8/2022, Bộ đánh giá tỉnh. Kinh tế số chiếm 25% GRDP vào 2025. Hai tỉnh xếp thứ 13 và 14/63.")
    got = [(f.text, f.value) for f in extract_facts(text, "t.txt", published="2022-10-08") if f.type == "date"]
    assert got == [("13 và 14/10", "2022-10-14"), ("tháng 10", "2022-10"), ("Tháng 8/2022", "2022-08"),
                   ("2025", "2025")]


def test_a_news_agency_dateline_is_the_day_of_publication_and_no_ratio():
    text = "Hà Nội (TTXVN 1/12) Đại hội Đảng bộ tỉnh Tuyên Quang đã thông qua Nghị quyết."
    facts = extract_facts(text, "t.txt", published="2025-12-01")
    assert [(f.type, f.text, f.value, f.role) for f in facts] == [("date", "TTXVN 1/12", "2025-12-01", "published")]
    assert [f.type for f in extract_facts(text, "t.txt")] == []
    later = dates("Hà Nội (TTXVN 1/12) Đại hội họp.", published="2025-12-02")
    assert [(f.value, f.role) for f in later] == [("2025-12-01", "mentioned")]


def test_a_year_labelling_a_place_in_a_list_of_editions_is_no_date():
    text = ("Tỉnh xếp thứ 40/61 (Năm 2018: Xếp thứ 38/63, năm 2019: Xếp thứ 8/63, năm 2021 xếp thứ 22/60). "
            "Năm 2019, tỉnh ban hành kế hoạch.")
    assert [f.text for f in dates(text)] == ["Năm 2019"]
    # one place with its year in brackets, no list: the year stays a date
    assert [f.text for f in dates("Tỉnh tăng 25 bậc so năm 2016 (năm 2016 xếp thứ 36/63).")] == ["năm 2016", "năm 2016"]


def test_a_year_in_a_heading_in_capitals_is_a_date():
    assert [(f.text, f.value) for f in dates("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025")] == [("NĂM 2025", "2025")]


def test_a_span_of_days_is_two_dates_and_undated_it_is_no_ratio_and_no_goal():
    # the first day takes the month and year of the last (rounds 33, 36, 41 and 57 annotated so)
    text = "Đại hội sẽ diễn ra từ ngày 2 đến 3/10."
    assert [(f.text, f.value) for f in dates(text, published="2025-09-30")] == [("ngày 2", "2025-10-02"), ("3/10", "2025-10-03")]
    assert [f.type for f in extract_facts(text, "t.txt")] == []
    assert [(f.text, f.value) for f in dates("Hội nghị diễn ra từ 15 đến 20/9; giải đấu từ ngày 09 đến 21 tháng 12 năm "
                                              "2022; dịp lễ từ ngày 1 - 4/9/2023.", published="2025-09-30")] == [
        ("15", "2025-09-15"), ("20/9", "2025-09-20"), ("ngày 09", "2022-12-09"), ("21 tháng 12 năm 2022", "2022-12-21"),
        ("ngày 1", "2023-09-01"), ("4/9/2023", "2023-09-04")]
    # two bare days joined by "và" stay one date, the last day
    assert [(f.text, f.value) for f in dates("Lễ hội diễn ra vào 13 và 14/10.", published="2022-10-01")] == [
        ("13 và 14/10", "2022-10-14")]


def test_a_span_of_months_is_two_months_in_the_year_of_the_last():
    # round 108: in an undated article too, the year of the last month dates the first
    text = "Từ tháng 6 đến 8/2026, ENSO duy trì trạng thái trung tính; từ cuối tháng 2 đến tháng 5-2026, dòng chảy giảm."
    assert [(f.text, f.value) for f in dates(text)] == [
        ("tháng 6", "2026-06"), ("8/2026", "2026-08"), ("tháng 2", "2026-02"), ("tháng 5-2026", "2026-05")]


def test_a_first_day_before_a_dash_or_up_to_the_end_of_a_dated_last_day_takes_its_year():
    # rounds 105 and 107: undated articles; a first month after the last one's is of the year before
    text = ("Kim ngạch kỳ 1 (từ ngày 1/1 - 15/1/2026) tăng. Tính từ 1/7 đến hết 12/11/2025, có 1.243 hồ sơ. "
            "Từ 15/12 đến 15/1/2026 trời rét.")
    assert [(f.text, f.value) for f in dates(text)] == [
        ("ngày 1/1", "2026-01-01"), ("15/1/2026", "2026-01-15"), ("1/7", "2025-07-01"), ("12/11/2025", "2025-11-12"),
        ("15/12", "2025-12-15"), ("15/1/2026", "2026-01-15")]


def test_a_year_set_apart_and_a_year_named_by_the_lunar_calendar():
    # rounds 104 and 107
    assert [(f.text, f.value) for f in dates("Riêng 2025, thương mại lập kỳ tích. Năm Bính Ngọ 2026 là năm bản lề.")] == [
        ("2025", "2025"), ("Năm Bính Ngọ 2026", "2026")]


def test_a_date_that_can_only_be_month_first_is_read_so():
    assert [(d.text, d.value) for d in dates("Cập nhật 4/13/2023, công bố ngày 4/12/2023.")] == [
        ("4/13/2023", "2023-04-13"), ("ngày 4/12/2023", "2023-12-04")]


def test_two_days_of_one_month_joined_by_a_dash():
    assert [(d.text, d.value) for d in dates("Trong hai ngày 30-31/7, Đảng bộ tổ chức Đại hội.", published="2025-08-01")] == [
        ("ngày 30", "2025-07-30"), ("31/7", "2025-07-31")]
    assert [f.type for f in extract_facts("Trong hai ngày 30-31/7, Đảng bộ tổ chức Đại hội.", "t.txt")] == []  # no ratio


def test_a_day_long_after_the_publication_date_is_last_years_unless_it_lies_ahead():
    got = parse_dates("Ngày 5/12, HĐND tỉnh bầu ông Giang. Chiều 20/4 đoàn làm việc.", "2020-04-22")
    assert [v for _, _, v, _ in got] == ["2019-12-05", "2020-04-20"]
    got = parse_dates("Hoàn thành trước ngày 31/12; hội nghị sẽ diễn ra ngày 15/9.", "2020-04-22")
    assert [v for _, _, v, _ in got] == ["2020-12-31", "2020-09-15"]


def test_a_second_year_listed_after_the_first_with_a_comma():
    got = [(f.text, f.value) for f in extract_facts("Năm 2019, 2020, Bộ VHTT&DL xếp hạng 3.", "t.txt") if f.type == "date"]
    assert got == [("Năm 2019", "2019"), ("2020", "2020")]


def test_every_year_of_a_list_after_a_year_is_a_date():
    # rounds 69 and 98: "các năm 2007, 2010, 2012", "đến 2030, 2035 và 2045"
    text = "Mục tiêu cho 3 giai đoạn: từ nay đến 2030, 2035 và 2045. Sản lượng tăng trong các năm 2007, 2010, 2012."
    assert [d.value for d in dates(text)] == ["2030", "2035", "2045", "2007", "2010", "2012"]
    assert dates("Doanh thu đạt 2030 tỷ đồng, 2035 người lao động.") == []


def test_a_year_compared_after_an_index_edition_is_a_date():
    text = "Kết quả Chỉ số SIPAS 2019, tương tự như năm 2018 và 2017, tiếp tục mang đến một bức tranh toàn diện."
    assert [(d.text, d.value) for d in dates(text)] == [("năm 2018", "2018"), ("2017", "2017")]


def test_a_bare_year_after_a_holidays_name():
    got = [(f.text, f.value) for f in extract_facts("Khách tăng mạnh sau Tết Dương lịch 2026 và Tết Nguyên đán 2026.", "t.txt")
           if f.type == "date"]
    assert got == [("2026", "2026"), ("2026", "2026")]
    # after the lunar year's name: "Tết Nguyên đán Bính Ngọ 2026", "Xuân Ất Tỵ 2025"
    text = "Chuẩn bị Tết Nguyên đán Bính Ngọ 2026; bước sang Xuân Ất Tỵ 2025, tỉnh vui Tết Quý Mão 2023."
    assert [(d.text, d.value) for d in dates(text)] == [("Bính Ngọ 2026", "2026"), ("Ất Tỵ 2025", "2025"),
                                                        ("Quý Mão 2023", "2023")]


def test_a_year_after_a_holiday_written_in_lower_case_or_as_the_new_year():
    text = ("Khách đông dịp tết Nguyên đán 2024 và sau Tết cổ truyền 2026. Đầu năm Dương lịch 2026 có 40 du khách; "
            "ngày đầu năm mới 2026 và năm mới Ất Tỵ 2025 cũng vậy.")
    assert [(d.text, d.value) for d in dates(text)] == [("2024", "2024"), ("2026", "2026"), ("2026", "2026"),
                                                        ("2026", "2026"), ("Ất Tỵ 2025", "2025")]


def test_a_year_after_a_crop_season_or_a_plan_year_is_a_date_but_a_season_across_two_years_is_no_date():
    # round 96
    text = ("Trong vụ đông 2025, miền Bắc trồng rau. Kết thúc năm lương thực 2025 và năm kế hoạch 2025, sản lượng cao. "
            "Vụ Hè Thu 2025 tốt, vụ Đông Xuân 2024-2025 cũng vậy. Mở nước phục vụ vụ Xuân 2024.")
    assert [(d.text, d.value) for d in dates(text)] == [("2025", "2025")] * 4 + [("2024", "2024")]  # round 114


def test_two_days_from_to_written_with_dashes():
    # round 114: "(từ 1-3 đến 31-3)", the way "từ 1/3 đến 31/3" is read; a range of percentages is none
    text = "Dự báo nguồn nước mùa kiệt năm 2026 (từ 1-3 đến 31-3), trong tháng 3."
    assert [(d.text, d.value) for d in dates(text, published="2026-03-01")][1:3] == [("1-3", "2026-03-01"), ("31-3", "2026-03-31")]
    assert [d.text for d in dates("Tỷ lệ tăng từ 5-7 đến 10-12%.", published="2026-03-01")] == []


def test_a_day_and_month_in_words_with_the_year_is_a_day_without_ngay_too():
    # round 114: "áp dụng từ 01 tháng 01 năm 2026"; not a count of months
    assert [(d.text, d.value) for d in dates("Bảng giá đất áp dụng từ 01 tháng 01 năm 2026 trên địa bàn.")] == [
        ("01 tháng 01 năm 2026", "2026-01-01")]
    assert [d.value for d in dates("Trong 5 tháng 6 năm 2025 có mưa.")] == ["2025-06"]


def test_the_indexs_table_and_its_long_name_take_an_edition_year_but_trong_nam_is_a_date():
    assert dates("Bộ Tư pháp dẫn đầu bảng Chỉ số năm 2023, đạt 89,95%.") == []
    assert dates("Kết quả giúp có bức tranh về hiệu quả quản trị và hành chính công cấp tỉnh năm 2020.") == []
    text = "UBND ban hành Kế hoạch nâng cao các chỉ số: PCI, PAR INDEX và PAPI của tỉnh trong năm 2019 và những năm tiếp theo."
    assert [(d.text, d.value) for d in dates(text)] == [("năm 2019", "2019")]


def test_the_year_right_after_a_bare_index_word_is_its_edition():
    text = "Bộ Ngoại giao là đơn vị có kết quả chỉ số năm 2022 thấp nhất, giảm so với năm 2021."
    assert [d.value for d in dates(text)] == ["2021"]


def test_an_agency_dateline_with_its_year_dates_an_undated_article_and_belongs_to_no_province():
    text = "PAPI 2023\n\nHà Nội (TTXVN 2/4/2024) Kết quả Chỉ số PAPI năm 2023 được công bố ngày 5/4/2024."
    got = [(d.value, d.role, d.province) for d in extract_facts(text, "t.txt") if d.type == "date"]
    # the dateline's city is where the wire filed, not what the article is about
    assert got == [("2024-04-02", "published", None), ("2024-04-05", "mentioned", None)]


def test_an_undated_article_s_byline_date_line_is_its_publication_date():
    # also the section and the time before the date and the author after it (round 72)
    for head in ("Lệ Thu 11/05/2022", "11/05/2022 10:09 AM | Kinh tế vĩ mô", "Đăng ngày 11/05/2022 11:13, Lượt xem: 85",
                 "Xuất nhập khẩu 09:48 11/05/2022 Bảo Ngọc", "03:22 PM 11/05/2022"):  # the time in English (round 121)
        text = f"Tỉnh Hưng Yên xếp thứ 5/63 về PAPI năm 2021\n\n{head}\n\nTheo kết quả công bố ngày 10/5/2022, tỉnh tăng 39 bậc."
        got = [(d.text, d.value, d.role) for d in extract_facts(text, "t.txt") if d.type == "date"]
        assert got[0][1:] == ("2022-05-11", "published") and got[0][0].endswith("11/05/2022")
        assert ("ngày 10/5/2022", "2022-05-10", "mentioned") in got


def test_a_labelled_date_line_under_the_headline_dates_an_undated_article():
    text = "Vietnam ICT Index 2020\n\nChuyển động ICT - Ngày đăng : 09:20, 28/04/2021\nBộ Tài chính tiếp tục đứng đầu."
    assert [(d.value, d.role) for d in extract_facts(text, "t.txt") if d.type == "date"] == [("2021-04-28", "published")]


def test_a_period_of_years_is_no_date_however_its_dash_is_written():
    text = ("UBND tỉnh xây dựng Kế hoạch 5 năm 2026 - 2030; kế hoạch 5 năm 2021–2025 đã xong "
            "và KẾ HOẠCH NĂM 2026-2030 được duyệt trong năm 2026.")
    assert [d.text for d in dates(text)] == ["năm 2026"]


def test_a_date_line_to_the_month_or_year_dates_the_article():
    text = "Kinh tế Quảng Nam tăng trưởng dương\n\n07/2024\n\nTại cuộc họp báo chiều 9/7, UBND tỉnh cho biết."
    got = {(d.text, d.value, d.granularity, d.role) for d in dates(text)}
    assert got == {("07/2024", "2024-07", "month", "published"), ("chiều 9/7", "2024-07-09", "day", "mentioned")}
    text = "Quảng Ngãi tăng 5 bậc trong đánh giá chuyển đổi số\n\n2025\n\nSáng 12/7, tỉnh tổng kết."
    assert {(d.value, d.role) for d in dates(text)} == {("2025", "published"), ("2025-07-12", "mentioned")}
    # written ISO-style, or after the authors
    for line, value in (("2025-06", "2025-06"), ("Thu Huyền - Thanh Phúc - 06/2021", "2021-06")):
        port = f"Sản lượng hàng hóa thông qua cảng biển giữ đà tăng trưởng\n\n{line}\n\nCảng đón 9 triệu tấn."
        assert [(d.value, d.role) for d in dates(port)] == [(value, "published")]
    # a year in the body is no date line, and a full publication date given wins
    assert [d.role for d in dates("Kinh tế Quảng Nam tăng trưởng dương\n\nNăm 2024 tăng 2,7%.")] == ["mentioned"]
    assert {(d.value, d.role) for d in dates(text, published="2025-07-20")} == {("2025-07-12", "mentioned")}


def test_a_date_inside_the_headline_is_an_event_the_dateline_under_it_the_publication():
    text = "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 về chuyển đổi số.\n\n08/6/2022\n\nNội dung."
    assert [(d.text, d.role) for d in dates(text, published="2022-06-08")] == [
        ("ngày 08/6/2022", "mentioned"), ("08/6/2022", "published")]


def test_a_month_without_a_year_and_a_dotted_day_after_a_time_word():
    got = {(f.text, f.value) for f in extract_facts(
        "Chiều 11.11, Tỉnh ủy họp. Chỉ số sản xuất công nghiệp (IIP) tháng 10 tăng 1,3%. Trong 3 tháng 10 ngày, "
        "mỗi tháng 2 lần.", "t.txt", published="2025-11-12") if f.type == "date"}
    assert got == {("Chiều 11.11", "2025-11-11"), ("tháng 10", "2025-10")}


def test_a_month_on_the_date_line_after_the_outlet_is_the_publication_month():
    text = "Nâng cao chất lượng cuộc sống\n\nBáo Bà Rịa - Vũng Tàu, 01/2025\n\nĐến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%."
    [pub] = [d for d in dates(text) if d.role == "published"]
    assert (pub.text, pub.value) == ("01/2025", "2025-01")
    assert [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("metric", "target")] == [("metric", 93.5)]


def test_a_bare_year_compared_with_is_a_date():
    text = "Xuất siêu 31,4 triệu USD (cùng kỳ 2022 xuất siêu 41,3 triệu USD); giá trị tăng 2,5% so với 2021."
    assert [(d.text, d.value) for d in dates(text, published="2023-10-01")] == [("2022", "2022"), ("2021", "2021")]


def test_the_publication_date_is_the_article_s_and_takes_its_province():
    text = ("Tây Ninh đẩy mạnh chuyển đổi số\n\nThứ bảy, ngày 22/10/2022 19:08\n\n"
            "Năm 2022, tỉnh Tây Ninh có 120 dịch vụ công trực tuyến toàn trình.")
    [published] = [d for d in extract_facts(text, "t.txt", published="2022-10-22")
                   if d.type == "date" and d.role == "published"]
    assert (published.value, published.province) == ("2022-10-22", "Tây Ninh")


def test_a_range_of_days_written_day_and_month_is_two_dates_no_ratio():
    text = "Trong giai đoạn từ 1/1 đến 31/8, Việt Nam ghi nhận 2.534 dự án."
    facts = extract_facts(text, "t.txt", published="2025-09-06")
    assert [(f.text, f.value) for f in facts if f.type == "date"] == [("1/1", "2025-01-01"), ("31/8", "2025-08-31")]
    assert [f.text for f in facts if f.type == "metric"] == ["2.534 dự án"]


def test_a_day_counted_up_to_is_a_date_no_ratio_but_a_score_after_den_is_none():
    text = "Tính đến 26/10, tỷ lệ hồ sơ trực tuyến đạt 39,98%; điểm tăng từ 15/20 đến 18/20."
    facts = extract_facts(text, "t.txt", published="2025-11-07")
    assert [(f.text, f.value) for f in facts if f.type == "date"] == [("26/10", "2025-10-26")]
    assert "26/10" not in [f.text for f in facts if f.type == "metric"]


def test_a_day_a_task_is_due_before_is_a_date():
    # round 112: "hoàn thành ... trước 27/7 này"
    text = "Thủ tướng yêu cầu hoàn thành xóa nhà tạm cho gia đình người có công trước 27/7 này."
    facts = extract_facts(text, "t.txt", published="2025-07-09")
    assert [(f.text, f.value) for f in facts if f.type == "date"] == [("27/7", "2025-07-27")]


def test_a_month_of_this_year_is_that_month_of_the_year_of_publication():
    # rounds 56 and 58: "tháng 10 năm nay", also when the month is still ahead
    assert [(d.text, d.value) for d in dates("Trong tháng 10 năm nay, xuất khẩu tăng; tháng 12 năm nay sẽ tăng nữa.",
                                             published="2025-09-07")] == [
        ("tháng 10 năm nay", "2025-10"), ("tháng 12 năm nay", "2025-12")]


def test_day_ranges_listed_after_one_read_as_that_one():
    text = "Các đợt xâm nhập mặn cao vào các ngày 7-11/4, 23-27/4, 6-10/5."
    got = [(f.text, f.value) for f in extract_facts(text, "t.txt", published="2024-04-09") if f.type == "date"]
    assert got == [("ngày 7", "2024-04-07"), ("11/4", "2024-04-11"), ("23", "2024-04-23"), ("27/4", "2024-04-27"),
                   ("6", "2024-05-06"), ("10/5", "2024-05-10")]
    assert not [f for f in extract_facts(text, "t.txt", published="2024-04-09") if f.type in ("metric", "target")]


def test_a_date_in_a_title_written_in_capitals():
    text = "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 01/CT-TTG NGÀY 03 THÁNG 01 NĂM 2023 CỦA THỦ TƯỚNG CHÍNH PHỦ"
    assert [(d.text, d.value) for d in dates(text)] == [("NGÀY 03 THÁNG 01 NĂM 2023", "2023-01-03")]


def test_a_document_date_line_is_published_only_when_it_dates_the_page():
    text = "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nKhánh Hòa, ngày 12 tháng 5 năm 2025\nKẾ HOẠCH\nNội dung kế hoạch."
    assert [(d.value, d.role) for d in dates(text, published="2025-05-12")] == [("2025-05-12", "published")]
    # round 76: a page that shows no date of its own; the header's date is the document's
    assert [(d.value, d.role) for d in dates(text)] == [("2025-05-12", "mentioned")]


def test_nam_nay_is_the_year_of_writing_but_not_for_years_now_nor_in_a_january_review():
    # policy after rounds 55 and 56 and after 57 and 58
    text = "Năm nay, tỉnh tập trung phát triển. Từ nhiều năm nay, các cấp quan tâm."
    assert [(d.text, d.value, d.granularity) for d in dates(text, published="2025-10-07")] == [
        ("Năm nay", "2025", "year")]
    assert dates("Đại hội năm nay có 43 môn thể thao.", published="2023-01-03") == []


def test_a_month_and_year_joined_by_a_dot_is_that_month():
    # round 80: "CPI tháng 10.2018 tăng 2,76% so với tháng 12.2017"
    got = [(d.text, d.value) for d in dates("CPI tháng 10.2018 tăng 2,76% so với tháng 12.2017.", published="2018-11-01")]
    assert got == [("tháng 10.2018", "2018-10"), ("tháng 12.2017", "2017-12")]


def test_a_first_line_that_is_a_byline_dates_the_page():
    # round 86: the time and a bar before the date, past the first 20 characters of the line
    text = "Cập nhật lúc: 08:32 |28/03/2017\n\nĐến hết năm 2016, tỷ lệ dân nông thôn được cấp nước đạt 99,18%."
    assert [(d.value, d.role) for d in dates(text, published="2017-03-28T08:32")][0] == ("2017-03-28", "published")


def test_a_year_after_a_count_of_months_is_a_date():
    # round 95: "9 tháng 2025" leaves out the "năm" of "9 tháng năm 2025"; the values after it hold for 2025
    text = "Tổng sản phẩm (GRDP) 9 tháng 2025 trên địa bàn tỉnh ước đạt hơn 67.835 tỷ đồng."
    assert [(d.text, d.value) for d in dates(text)] == [("2025", "2025")]
    [metric] = [f for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert metric.as_of == "2025"


def test_a_day_with_its_year_after_a_comma_and_a_year_after_the_autumn_winter_crop():
    # round 133: a date line's "9 tháng 3, 2026"; "vụ thu đông 2025" as "vụ Hè Thu 2025"
    text = "Lúa trúng mùa\n\nThứ Hai, 9 tháng 3, 2026\n\nTỉnh có kế hoạch xuống giống vụ thu đông 2025 hơn 254.700 ha."
    got = [(d.text, d.value, d.role) for d in extract_facts(text, "t.txt", published="2026-03-09") if d.type == "date"]
    assert got == [("9 tháng 3, 2026", "2026-03-09", "published"), ("2025", "2025", "mentioned")]

