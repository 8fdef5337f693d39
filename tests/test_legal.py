import pytest

from extract.pipeline import extract_facts
from extracted import legal_refs


@pytest.mark.parametrize("text,number,issued,issuer", [
    ("theo Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 về việc gửi nhận văn bản",
     "28/2018/QĐ-TTg", "2018-07-12", "Thủ tướng Chính phủ"),
    ("Nghị quyết số 02-NQ/TU ngày 26.1.2021 của Tỉnh uỷ về chuyển đổi số", "02-NQ/TU", "2021-01-26", "Tỉnh ủy"),
    ("trong Quyết định 749 của Thủ tướng Chính phủ về phê duyệt", "749", None, "Thủ tướng Chính phủ"),
    ("triển khai Nghị quyết 8 của Tỉnh ủy về chuyển đổi số", "8", None, "Tỉnh ủy"),
    ("Quyết định số 749của Thủ tướng Chính phủ về phê duyệt Chương trình", "749", None, "Thủ tướng Chính phủ"),
    ("Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử", "36a/NQ-CP", "2015-10-14", "Chính phủ"),
    ("Nghị quyết số 05-NQ/TU ngày10/12/2021 của Tỉnh ủy Bà Rịa – Vũng Tàu khẳng định", "05-NQ/TU", "2021-12-10", "Tỉnh ủy"),
])
def test_references(text, number, issued, issuer):
    [ref] = legal_refs(text)
    assert (ref.number, ref.issued, ref.issuer) == (number, issued, issuer)
    assert text[ref.start:ref.end] == ref.text


def test_national_issuer_has_null_province_and_plans_without_number_are_skipped():
    [ref] = legal_refs("Tây Ninh thực hiện Quyết định số 28/2018/QĐ-TTg.")
    assert ref.province is None
    assert legal_refs("Kế hoạch phát triển doanh nghiệp giai đoạn 2021-2025.") == []


# Held-out sentences (tests/gold/heldout.jsonl): citation forms the rules were not written for.
@pytest.mark.parametrize("text,expected", [
    # a list of numbers under one document type
    ("các Nghị quyết số 18-NQ/TW, số 19-NQ/TW, số 27-NQ/TW, số 28-NQ/TW của Hội nghị Trung ương Khoá XII;",
     {("Nghị quyết", "18-NQ/TW", None), ("Nghị quyết", "19-NQ/TW", None),
      ("Nghị quyết", "27-NQ/TW", None), ("Nghị quyết", "28-NQ/TW", None)}),
    # the issue date stands before the verb "ban hành"
    ("Ngày 27/02/2006, Chủ tịch UBND huyện Mỹ Xuyên ban hành Quyết định số 39/QĐXD-CTUBH về việc phê duyệt báo cáo.",
     {("Quyết định", "39/QĐXD-CTUBH", "2006-02-27")}),
    # a report is a cited document too; "ngày" after a bare number is its date, not a time span
    ("xét kiến nghị của Thanh tra tỉnh tại Báo cáo số 101/BC-TTr ngày 23/9/2016, và Quyết định số 3398 "
     "ngày 08/8/2016 của UBND huyện",
     {("Báo cáo", "101/BC-TTr", "2016-09-23"), ("Quyết định", "3398", "2016-08-08")}),
    # lower-case mid-sentence citation, month of issue stated later
    ("HĐND TP bổ sung vào nghị quyết 04 về mức thu nhập chuyên gia, nhà khoa học đã được ban hành vào tháng 3-2018.",
     {("Nghị quyết", "04", "2018-03")}),
    # a span of time and a lower-case "thông báo" with a count are no citations
    ("Lập kế hoạch 05 năm tới; thông báo 2 trường hợp vi phạm.", set()),
    # "văn bản" with a number cites a letter; a count of documents does not
    ("Căn cứ Văn bản số 9368/BTNMT-KSONMT ngày 02 tháng 11 năm 2023 của Bộ Tài nguyên và Môi trường; "
     "tỉnh đã ban hành 20 văn bản chỉ đạo.", {("Văn bản", "9368/BTNMT-KSONMT", "2023-11-02")}),
])
def test_heldout_citations(text, expected):
    assert {(r.doc_type, r.number, r.issued) for r in legal_refs(text)} == expected


# Blind held-out (tests/gold/heldout_blind.jsonl): the council's term written after the code.
def test_council_term_after_code_keeps_number_and_issue_date():
    [r] = legal_refs("Đề án được phê duyệt tại Nghị quyết số 12/NQ-HĐND 17 ngày 05 tháng 07 năm 2019 của HĐND tỉnh.")
    assert (r.number, r.issued, r.issuer) == ("12/NQ-HĐND17", "2019-07-05", "Hội đồng nhân dân tỉnh")


def test_a_document_cited_again_keeps_its_date_and_a_project_named_by_number_is_no_citation():
    text = ("Tại Nghị quyết số 76-NQ/TU ban hành ngày 16/12/2024, Tỉnh ủy Kiên Giang đặt mục tiêu tăng trưởng. "
            "Giá trị sản xuất công nghiệp vượt mức của Nghị quyết số 76-NQ/TU.")
    assert [(r.number, r.issued) for r in legal_refs(text)] == [("76-NQ/TU", "2024-12-16"), ("76-NQ/TU", "2024-12-16")]
    text = "Ban Chỉ đạo 1287 về chuyển đổi số và Đề án 06 đã họp. Đề án số 06/QĐ-TTg được triển khai."
    assert [r.number for r in legal_refs(text)] == ["06/QĐ-TTg"]
    assert [f for f in extract_facts(text, "t.txt") if f.type == "metric"] == []


def test_a_space_printed_after_the_dash_and_the_year_of_issue_in_a_title():
    text = ("Kế hoạch 186/KH-UBND năm 2025 phát triển chính quyền số. Theo Tờ trình số 164/TTr- SKHCN ngày "
            "17/12/2025 và Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
    got = [(f.doc_type, f.number, f.issued) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("Kế hoạch", "186/KH-UBND", "2025"), ("Tờ trình", "164/TTr-SKHCN", "2025-12-17"),
                   ("Nghị quyết", "57-NQ/TW", "2024-12-22")]


def test_a_documents_own_header_gives_its_type_from_the_code_and_its_date_from_the_line_below():
    text = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\nSố: 186/KH-UBND\n\nBắc Ninh, ngày 29 tháng 12 năm 2025\n\n"
            "KẾ HOẠCH Phát triển chính quyền số tỉnh Bắc Ninh giai đoạn 2026-2030.")
    refs = [f for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert [(r.text, r.doc_type, r.number, r.issued) for r in refs] == [
        ("Số: 186/KH-UBND", "Kế hoạch", "186/KH-UBND", "2025-12-29")]
    # the page gives no date of its own: the header's date is the document's, a mentioned date (round 76)
    [d] = [f for f in extract_facts(text, "t.txt") if f.type == "date"]
    assert (d.value, d.role) == ("2025-12-29", "mentioned")


def test_a_number_after_so_in_running_text_or_with_an_unknown_code_is_no_header():
    text = "Số: 12/ABC-XYZ\n\nSố hộ nghèo: 12 hộ. Hà Nội, ngày 3 tháng 4 năm 2025 có mưa."
    facts = extract_facts(text, "t.txt")
    assert [f for f in facts if f.type == "legal_ref"] == []
    assert [(f.value, f.role) for f in facts if f.type == "date"] == [("2025-04-03", "mentioned")]


def test_a_colon_after_so_and_a_joint_code_with_its_own_slash():
    text = "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN ngày 15/11/2010 của Bộ Tài chính."
    [r] = [f for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert (r.doc_type, r.number, r.issued) == ("Thông tư liên tịch", "183/2010/TTLT/BTC-BNN", "2010-11-15")


def test_a_word_or_two_naming_the_kind_between_the_type_and_its_number():
    text = "Xét Báo cáo thẩm định số 18/BCTĐ-STP ngày 25 tháng 5 năm 2018 của Sở Tư pháp."
    [r] = [f for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert (r.doc_type, r.number, r.issued) == ("Báo cáo", "18/BCTĐ-STP", "2018-05-25")
    # without "số" the words after a type are its subject, no number follows
    assert [f for f in extract_facts("Báo cáo thẩm định 18 dự án đã xong.", "t.txt") if f.type == "legal_ref"] == []


def test_a_laws_name_between_its_type_and_its_number():
    # rounds 96 and 113: a law's name runs to nine words before "số"
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; "
            "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20 tháng 6 năm 2023; "
            "Luật Sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12.")
    got = [(f.doc_type, f.number, f.issued) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("Luật", "72/2025/QH15", None), ("Luật", "17/2023/QH15", "2023-06-20"), ("Luật", "50/2010/QH12", None)]


def test_a_type_written_with_each_word_capitalised():
    text = "Thực hiện Nghị Quyết số 22/NQ-TU ngày 08/6/2022 của Tỉnh ủy Kiên Giang và Quyết Định số 12/QĐ-UBND."
    got = [(f.doc_type, f.number) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("Nghị quyết", "22/NQ-TU"), ("Quyết định", "12/QĐ-UBND")]


def test_a_header_row_of_a_table_and_a_header_far_from_its_date_take_the_documents_date():
    row = "KẾ HOẠCH Cải thiện chỉ số PCI\n\n16/06/2021\n\nSố: 102/KH-UBND | Tuyên Quang, ngày 16 tháng 6 năm 2021 |\n"
    assert [(r.text, r.number, r.issued) for r in legal_refs(row) if r.text.startswith("Số")] == [
        ("Số: 102/KH-UBND", "102/KH-UBND", "2021-06-16")]
    # a legal-text site: the document's date on the page's date line (read as the publication
    # date, as vnmine's readers do), the header lines further down
    page = ("Kế hoạch 200/KH-UBND triển khai Chiến lược dữ liệu\n\nThừa Thiên Huế, ngày 13 tháng 5 năm 2024\n\n"
            "| Số hiệu | 200/KH-UBND |\nỦY BAN NHÂN DÂN\nSố: 200/KH-UBND\nThực hiện Quyết định số 142/QĐ-TTg.")
    refs = [f for f in extract_facts(page, "t.txt", published="2024-05-13") if f.type == "legal_ref"]
    assert [(r.text, r.issued) for r in refs if "Số" in r.text] == [
        ("| Số hiệu | 200/KH-UBND", "2024-05-13"), ("Số: 200/KH-UBND", "2024-05-13")]


def test_a_programme_is_a_chuong_trinh_however_it_is_written_and_its_bare_number_a_name():
    text = ("Thực hiện Chương trình hành động số 15/CTr-UBND ngày 26/10/2021 của UBND tỉnh và "
            "Chương trình số 08-CTr/TU ngày 12/3/2021 của Tỉnh ủy, Chương trình 135 hỗ trợ 20 xã.")
    got = [(r.doc_type, r.number, r.issued) for r in extract_facts(text, "t.txt") if r.type == "legal_ref"]
    assert got == [("Chương trình", "15/CTr-UBND", "2021-10-26"), ("Chương trình", "08-CTr/TU", "2021-03-12")]


def test_a_list_of_one_kind_after_a_colon_gives_each_item():
    got = legal_refs("Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 66/NQHĐND ngày 09/12/2024 về Kế hoạch phát triển "
                "kinh tế - xã hội năm 2025; số 05/NQ-HĐND ngày 20/02/2025 về điều chỉnh một số chỉ tiêu;")
    assert [(f.doc_type, f.number, f.issued) for f in got] == [("Nghị quyết", "66/NQHĐND", "2024-12-09"),
                                                               ("Nghị quyết", "05/NQ-HĐND", "2025-02-20")]
    assert got[0].text == "số 66/NQHĐND ngày 09/12/2024"


def test_a_metadata_row_that_lost_its_bars():
    [f] = [f for f in extract_facts("Số hiệu 1930/QĐ-UBND\nNgày ban hành 11/07/2025", "t.txt") if f.type == "legal_ref"]
    assert (f.doc_type, f.number) == ("Quyết định", "1930/QĐ-UBND")


def test_a_metadata_line_of_labels_gives_the_number_without_the_type_after_it():
    # a legal-text site's "Số hiệu: ... Loại văn bản: ..." line (rounds 54, 65, 76, 86)
    page = "Kế hoạch 30/KH-UBND 2025 phát triển nông lâm nghiệp\n\n20/01/2025\n\nSố hiệu: 30/KH-UBND Loại văn bản: Kế hoạch\n"
    [f] = [f for f in extract_facts(page, "t.txt", published="2025-01-20") if f.type == "legal_ref" and "Số" in f.text]
    assert (f.text, f.doc_type, f.number, f.issued) == ("Số hiệu: 30/KH-UBND", "Kế hoạch", "30/KH-UBND", "2025-01-20")


def test_a_number_typed_with_a_space_for_the_slash_or_without_the_bar_of_d():
    text = ("Kế hoạch hành động số 1492 KH-UBND ngày 6 tháng 6 năm 2014; Quyết định số 2498/QD-UBND; "
            "Kế hoạch số 147/CTr-UBND ngày 22 tháng 4 2015.")
    got = [(f.number, f.issued) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("1492/KH-UBND", "2014-06-06"), ("2498/QĐ-UBND", None), ("147/CTr-UBND", "2015-04-22")]


def test_a_spaced_dash_before_the_issuers_code():
    # round 72: "715/QĐ – UBND" is 715/QĐ-UBND; a bare number before a dash stays bare
    text = "Ông Cao Văn Cường vừa ký quyết định số 715/QĐ – UBND về phân hạng sản phẩm. Theo Quyết định 12 - UBND tỉnh chỉ đạo."
    got = [(f.text, f.number) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("quyết định số 715/QĐ – UBND", "715/QĐ-UBND"), ("Quyết định 12", "12")]
    # round 117: the dash glued to the code after it
    text = "Thực hiện Nghị quyết số 282/NQ -CP ngày 15/9/2025 của Chính phủ, tỉnh triển khai."
    assert [f.number for f in extract_facts(text, "t.txt") if f.type == "legal_ref"] == ["282/NQ-CP"]


def test_documents_signed_together_take_the_day_they_were_signed():
    text = ("Ngày 2/6/2022, Phó Thủ tướng Phạm Bình Minh đã ký các quyết định công nhận 6 địa phương đạt chuẩn "
            "nông thôn mới.\nCụ thể, Quyết định số 668/QĐ-TTg công nhận huyện Bình Tân.\n"
            "Quyết định số 669/QĐ-TTg công nhận huyện Vĩnh Thuận.\n"
            "Năm 2023, tỉnh thực hiện Quyết định số 318/QĐ-TTg về bộ tiêu chí.")
    got = [(f.number, f.issued) for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]
    assert got == [("668/QĐ-TTg", "2022-06-02"), ("669/QĐ-TTg", "2022-06-02"), ("318/QĐ-TTg", None)]


def test_the_legislature_spaced_after_qh_and_the_day_a_resolution_was_passed():
    [r] = legal_refs("Theo đó, ngày 12/6/2025, Quốc hội đã thông qua Nghị quyết số 202/2025/QH 15 về việc sắp xếp "
                "đơn vị hành chính cấp tỉnh.")
    assert (r.number, r.issued, r.issuer) == ("202/2025/QH15", "2025-06-12", "Quốc hội")


def test_a_document_cited_before_the_citation_that_dates_it_takes_that_date():
    text = ("Kế hoạch 283/KH-UBND năm 2025 thực hiện Nghị quyết 71/NQ-CP của tỉnh.\n"
            "Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ, UBND tỉnh ban hành kế hoạch.")
    got = [(r.text, r.issued) for r in legal_refs(text)]
    assert got == [("Kế hoạch 283/KH-UBND năm 2025", "2025"), ("Nghị quyết 71/NQ-CP", "2025-04-01"),
                   ("Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ", "2025-04-01")]


def test_a_bare_number_is_the_one_citation_it_opens_and_a_date_stated_after_a_long_title():
    # round 59: the issue date after the document's title and its issuer, the bare number before it
    text = ("Nghị quyết 72 đề ra mục tiêu nâng cao sức khỏe người dân đến năm 2030.\n"
            "Nghị quyết số 72-NQ/TW về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe "
            "nhân dân được Bộ Chính trị ban hành ngày 9/9/2025 có ý nghĩa đặc biệt quan trọng.")
    assert [(r.number, r.issued) for r in legal_refs(text, published="2025-09-28")] == [
        ("72", "2025-09-09"), ("72-NQ/TW", "2025-09-09")]
    # two documents the number opens: no telling which
    two = text + " Nghị quyết số 72/NQ-CP ngày 01/4/2025 của Chính phủ cũng được triển khai."
    assert [r.issued for r in legal_refs(two, published="2025-09-28")][0] is None
    # round 114: approved ("phê duyệt") on that day
    text = "Theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt ngày 24-11-2021, đến năm 2030, 65% dân số có nước sạch."
    assert [r.issued for r in legal_refs(text)] == ["2021-11-24"]


def test_a_title_set_in_capitals_cites_its_documents():
    text = ("THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025 CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU "
            "NGÀY 13/8/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY")
    got = [(r.text, r.doc_type, r.number, r.issued) for r in legal_refs(text)]
    assert got == [("NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025", "Nghị quyết", "71/NQ-CP", "2025-04-01"),
                   ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU NGÀY 13/8/2025", "Chương trình", "10-CTr/TU", "2025-08-13")]


def test_a_spaced_dash_between_the_number_and_its_code():
    # round 85: "Kế hoạch số 305 -KH/TU", "Nghị quyết số 57 - NQ/TW"
    text = ("Tỉnh ủy ban hành Kế hoạch số 305 -KH/TU ngày 20/2/2025 thực hiện Nghị quyết số 57 - NQ/TW "
            "ngày 22/12/2024 của Bộ Chính trị.")
    got = [(r.doc_type, r.number, r.issued) for r in legal_refs(text)]
    assert got == [("Kế hoạch", "305-KH/TU", "2025-02-20"), ("Nghị quyết", "57-NQ/TW", "2024-12-22")]


def test_a_bare_number_before_a_year_cites_without_dating():
    [r] = legal_refs("Các địa phương điều chỉnh tỷ lệ ngân sách chi cho các đề án thực hiện theo Nghị quyết 57 năm 2025 là 1%.")
    assert (r.text, r.number, r.issued) == ("Nghị quyết 57", "57", None)
    # a span of time is no citation; a full number's title year is its year of issue
    assert legal_refs("Tỉnh xây dựng kế hoạch 05 năm để triển khai.") == []
    [r] = legal_refs("Tỉnh ban hành Kế hoạch 186/KH-UBND năm 2025 về chuyển đổi số.")
    assert r.issued == "2025"


def test_a_date_set_in_brackets_after_the_number_dates_it_and_the_issuer_follows_the_brackets():
    # round 106: "(ngày 9-9-2025)" is an aside; the citation ends at its number
    text = "Nội dung của Nghị quyết số 72-NQ/TW (ngày 9-9-2025) của Bộ Chính trị về chăm sóc sức khỏe nhân dân."
    [ref] = legal_refs(text, published="2025-09-16")
    assert (ref.text, ref.issued, ref.issuer) == ("Nghị quyết số 72-NQ/TW", "2025-09-09", "Bộ Chính trị")


def test_a_bare_number_the_text_dates_dates_every_citation_of_it():
    # round 111: the headline and the later citations cite the dated bare number
    text = ("Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?\n"
            "Ngày 22/12/2024, Tổng Bí thư đã ký ban hành Nghị quyết số 57 của Bộ Chính trị về khoa học.\n"
            "Tỉnh ủy đã ban hành chương trình để thực hiện Nghị quyết số 57.")
    assert [(r.number, r.issued) for r in legal_refs(text)] == [("57", "2024-12-22")] * 3
