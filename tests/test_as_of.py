"""The date a metric holds for: named before it in its sentence, carried from the values before it
or from the headline, never a date compared with, a document's date or a horizon."""
import pytest

from extract.as_of import as_of, sentence_dates
from extracted import metrics


def as_ofs(text, **kw):
    return [(m.text, m.as_of) for m in metrics(text, **kw)]


@pytest.mark.parametrize("text,published,expected", [
    ("Quý I/2025, toàn tỉnh có 120 doanh nghiệp thành lập mới.", None, "2025"),
    ("Theo số liệu của Bộ, tính đến 26/10, tỷ lệ hồ sơ trực tuyến đạt 39,98%.", "2025-11-07", "2025-10-26"),
    ("Lũy kế đến hết năm 2023, toàn tỉnh có 11.778 doanh nghiệp.", None, "2023"),
    # a day of the month a page is dated to is no day after it
    ("Tính đến trưa ngày 28/12, Lào Cai thu ngân sách đạt 12.259 tỷ đồng.", "2024-12", "2024-12-28"),
    # months of the year of writing, and the year itself; in January, "năm nay" is the year just ended
    ("Trong 8 tháng đầu năm, Bắc Ninh thu hút hơn 4,5 tỷ USD.", "2025-09-02", "2025"),
    ("Năm nay, tổng sản phẩm trên địa bàn tăng 8,89%.", "2023-01-04", "2022"),
])
def test_the_date_named_before_the_value(text, published, expected):
    [(_, got)] = as_ofs(text, published=published)
    assert got == expected


@pytest.mark.parametrize("text", [
    "Kim ngạch xuất khẩu ước đạt 525 triệu USD, tăng 8,95% so với cùng kỳ năm 2023.",
    "Theo Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018, tỉnh có 50 xã đạt chuẩn.",
    "GRDP theo giá so sánh năm 2010 ước đạt 44.171 tỷ đồng.",
])
def test_a_base_compared_with_a_documents_date_and_a_price_base_date_nothing(text):
    assert [got for _, got in as_ofs(text, published="2024-05-01")][:1] == [None]


def test_a_horizon_after_the_day_of_writing_dates_no_result():
    assert as_ofs("Kế hoạch đến năm 2030 đã triển khai ở 50 xã.", published="2022-05-01") == [("50 xã", None)]


def test_a_date_in_an_aside_closed_before_the_value_is_the_asides_only():
    text = "Tỷ lệ hồ sơ toàn trình cả nước đạt 42% (cuối năm 2023 là 17%); địa phương đạt 25%."
    dates = sentence_dates(text, None)
    assert [as_of(text, dates, text.index(v), None) for v in ("42%", "17%", "25%")] == [None, "2023", None]


def test_a_date_written_right_after_the_value_is_its_own():
    text = ("Tỷ lệ đóng góp của kinh tế số trong GDP tăng từ 11,91% năm 2021 lên 14,26% trong năm 2022; tỷ trọng từ "
            "4,75% của GDP năm 2020 lên 5,01%.")
    assert as_ofs(text, published="2023-08-01") == [("11,91%", "2021"), ("14,26%", "2022"), ("4,75%", "2020"),
                                                     ("5,01%", "2020")]



def test_the_value_opening_the_bracket_after_a_year_compared_with_is_that_years():
    # rounds 46, 50, 79 and 82: the base's own value, told in brackets
    text = "Năm 2024, sản lượng khai thác 3,855 triệu tấn, tăng 0,6% so với năm 2023 (3,832 triệu tấn)."
    assert as_ofs(text) == [("3,855 triệu tấn", "2024"), ("3,832 triệu tấn", "2023")]

def test_a_value_in_a_bracket_opening_on_a_years_same_period_is_that_years():
    # round 87: "(cùng kỳ năm 2024 tăng 8,4%)" tells 2024's growth beside 2025's
    text = "Tính chung 9 tháng năm 2025, IIP ước tăng 9,1% so với cùng kỳ năm trước (cùng kỳ năm 2024 tăng 8,4%)."
    assert [(m.value, m.as_of) for m in metrics(text, published="2025-10-08")] == [(9.1, "2025"), (8.4, "2024")]


def test_the_next_sentences_go_on_with_the_date_and_a_headline_dates_the_article():
    assert as_ofs("Năm 2024, toàn tỉnh có 120 doanh nghiệp mới. Tỉnh có thêm 30 hợp tác xã.") == [
        ("120 doanh nghiệp", "2024"), ("30 hợp tác xã", "2024")]
    assert as_ofs("Kết quả năm 2024 của tỉnh\n\nToàn tỉnh có thêm 30 hợp tác xã.") == [("30 hợp tác xã", "2024")]
    # round 84: a year opening a sentence without values dates the values after it, not the headline's
    text = ("Tổng kết năm 2023, triển khai nhiệm vụ năm 2024\n\nNăm 2023, toàn ngành đạt được nhiều kết quả. "
            "Nổi bật là, giải quyết việc làm cho 29.576 lao động.")
    assert as_ofs(text) == [("29.576 lao động", "2023")]
    # a day opening it is an event's, no date of the values
    assert as_ofs(text.replace("Năm 2023, toàn ngành", "Ngày 29/12/2023, toàn ngành")) == [("29.576 lao động", "2024")]


def test_no_date_named_is_no_date():
    assert as_ofs("Hiện ứng dụng đã có hơn 132.000 tài khoản đăng ký.", published="2022-10-22") == [
        ("hơn 132.000 tài khoản", None)]
