from extract.context import DocContext, sentence_before, within_any
from extract.pipeline import extract_facts, main_province

WIRE = ("SIPAS năm 2023\n\nHà Nội (TTXVN 18/4/2024) Người dân hài lòng đối với sự phục vụ của cơ quan hành chính "
        "nói chung ở mức 82,66%. Trong đó, Quảng Ninh đạt mức hài lòng 90,61%.")


def test_a_wire_dateline_names_where_the_report_was_filed_not_its_subject():
    assert main_province(WIRE) == "Quảng Ninh"
    [first] = [f for f in extract_facts(WIRE, "t.txt") if f.type == "metric" and f.value == 82.66]
    assert first.province != "Hà Nội"


def test_a_province_opening_a_line_without_a_wire_bracket_is_still_a_subject():
    text = "Hà Nội (năm 2023) có 82,66% người dân hài lòng. Quảng Ninh đạt 90,61%."
    [first] = [f for f in extract_facts(text, "t.txt") if f.type == "metric" and f.value == 82.66]
    assert first.province == "Hà Nội"


def test_a_line_naming_only_a_province_heads_the_lines_under_it():
    text = ("GRDP của một số tỉnh\n\n"
            "1. Long An\nGRDP bình quân đầu người đạt 120 triệu đồng.\n"
            "(Theo báo cáo của tỉnh)\nTỷ lệ hộ nghèo còn 1,2%.\n"
            "2. Tỉnh Quảng Bình\nGRDP bình quân đầu người đạt 90 triệu đồng.\n"
            "Nhận xét chung\nCả nước có 5 tỉnh đạt trên 100 triệu đồng.")
    got = [(f.value, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(120, "Long An"), (1.2, "Long An"), (90, "Quảng Bình"), (5, None)]


def test_a_project_opening_a_sentence_is_in_the_other_province_the_sentence_before_was_set_in():
    # round 81
    text = ("Đồng Nai thông xe hai cây cầu\n\nNgày 19-1, cầu vượt tại ngã tư Vũng Tàu ở Đồng Nai đã được thông xe. "
            "Cầu rộng 16 m. Sáng cùng ngày, tại huyện Can Lộc (Hà Tĩnh), UBND tỉnh Hà Tĩnh đã khánh thành tuyến tránh. "
            "Dự án có chiều dài 35,1 km. Tổng vốn của hai cầu ở Đồng Nai là 200 tỉ đồng. Dự án có 4 làn xe.")
    got = [(f.value, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(16, "Đồng Nai"), (35.1, "Hà Tĩnh"), (200, "Đồng Nai"), (4, "Đồng Nai")]
    # a sentence that is not about a project stays the article's
    text = text.replace("Dự án có chiều dài", "Lượng xe tăng")
    assert [f.province for f in extract_facts(text, "t.txt") if f.type == "metric" and f.value == 35.1] == ["Đồng Nai"]


def test_a_paragraph_opened_on_a_province_tells_of_it_to_its_end():
    # round 95: two provinces merged, each told in a paragraph of its own
    text = ("Hưng Yên sau hợp nhất\n\nGRDP của tỉnh Hưng Yên tăng 9%.\n"
            "Đối với tỉnh Thái Bình, GRDP ước đạt 36.154 tỷ đồng. Giá trị sản xuất ước đạt 105.954 tỷ đồng.\n"
            "Kim ngạch xuất khẩu ước đạt 4.200 triệu USD.")
    got = [(f.value, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(9, "Hưng Yên"), (36154, "Thái Bình"), (105954, "Thái Bình"), (4200, "Hưng Yên")]


def test_a_distance_from_a_province_is_the_described_places():
    # round 81
    text = "Thành phố Tuyên Quang nằm ở phía Nam tỉnh Tuyên Quang, cách thủ đô Hà Nội 165 km."
    assert [(f.value, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"] == [(165, "Tuyên Quang")]


def test_a_national_article_listing_provinces_alike_has_no_main_province():
    text = ("10 tháng, tổng mức bán lẻ hàng hóa tăng 9,3%\n\n"
            "Tổng mức bán lẻ hàng hóa cả nước ước đạt 5.772,9 nghìn tỷ đồng, tăng 9,3%. Một số địa phương có doanh thu "
            "tăng như: Đà Nẵng tăng 9,4%; Cần Thơ tăng 8,7%; Hà Nội tăng 8,0%.")
    assert main_province(text) is None
    [total] = [f for f in extract_facts(text, "t.txt") if f.type == "metric" and f.value == 5772.9]
    assert total.province is None
    # named more often than any other, a province is the subject
    assert main_province(text + " Đà Nẵng cũng dẫn đầu về du lịch.") == "Đà Nẵng"


def test_a_city_named_once_in_a_national_article_is_not_its_subject():
    # round 81: a photo caption's city in an article about the whole country
    text = ("Việt Nam đang tiến những bước dài trên hành trình mục tiêu hơn 1.000 đô thị\n\n"
            "Tính đến tháng 9/2023, toàn quốc có 902 đô thị. Tỷ lệ đô thị hóa cả nước ước đạt trên 42,6%.\n"
            "Một góc TP Thủ Đức trực thuộc TP HCM hiện nay.")
    assert main_province(text) is None
    # named in the headline, or more than once, the province is the subject
    assert main_province("TP HCM có 902 dự án\n\n" + text) == "TP. Hồ Chí Minh"



def test_the_country_in_a_bodys_name_is_no_national_scope():
    text = ("Xã Tuy Phước Tây phấn đấu tỷ lệ nghèo đa chiều giảm còn 0,23%\n\n"
            "Sáng 21-8, Đảng bộ xã Tuy Phước Tây (tỉnh Gia Lai) tổ chức Đại hội. Đồng chí Trần Minh Sơn, Phó Chủ tịch "
            "Ủy ban MTTQ Việt Nam tỉnh dự Đại hội. Đồng chí Trần Minh Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.")
    assert main_province(text) == "Gia Lai"
    assert main_province(text.replace("MTTQ Việt Nam tỉnh", "MTTQ tỉnh") + " Việt Nam có 34 tỉnh. Cả nước có 3.321 xã.") is None


def test_a_span_within_a_claimed_one():
    claimed = [(10, 20), (30, 40)]
    assert within_any(claimed, 12, 20) and within_any(claimed, 30, 40)
    assert not within_any(claimed, 18, 25) and not within_any([], 0, 1)


def test_the_sentence_before_is_read_from_the_bounds_the_pipeline_keeps():
    text = "Câu thứ nhất. Câu thứ hai."
    ctx = DocContext("t.txt", text, spacy_doc=None, memory={"sentence_bounds": [(0, 13), (14, 26)]})
    assert sentence_before(ctx, 1) == "Câu thứ nhất."
    assert sentence_before(ctx, 0) == ""
