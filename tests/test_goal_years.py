from extract.context import DocContext
from extract.goal_cues import horizons
from extract.goal_years import (cue_over, estimate_ahead, future_period, future_year, horizon_after, is_future,
                                late_in_year, year_estimated, year_of_writing, year_over)


def ctx(text, published=None):
    # the goal-year rules read only the text and the publication date, never the parsed Doc
    return DocContext(doc_name="t.txt", text=text, spacy_doc=None, published=published)


def test_a_year_is_to_come_after_the_year_of_publication():
    dated = ctx("Năm 2025 đạt 80%.", published="2024-03-01")
    assert is_future(2025, dated) and not is_future(2024, dated)


def test_in_an_undated_article_only_its_horizons_are_to_come():
    undated = ctx("Đến năm 2030, tỷ lệ đạt 95%. Năm 2023 đạt 70%.")
    assert is_future(2030, undated) and not is_future(2031, undated) and not is_future(2023, undated)


def test_an_undated_article_is_written_in_the_newest_year_it_names_that_is_no_horizon():
    assert year_of_writing(ctx("Năm 2024 tăng 7%, năm 2023 tăng 6%. Đến năm 2030 đạt 10%.")) == 2024
    # the first year of a period to come says nothing of when it was written
    assert year_of_writing(ctx("Năm 2025, giai đoạn 2026-2030 tăng 10%.")) == 2025
    # but a congress is held in the first year of its term
    text = "Ngày 30/7, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đến cuối năm 2024, thu nhập đạt 43,7 triệu đồng."
    assert year_of_writing(ctx(text)) == 2025
    assert year_of_writing(ctx("Kết quả nhiệm kỳ 2020-2025: năm 2024 thu nhập đạt 43,7 triệu đồng.")) == 2024
    # the years listed after a horizon are horizons too (round 98)
    assert year_of_writing(ctx("Năm 2025, Nghị quyết đặt mục tiêu cho 3 giai đoạn: từ nay đến 2030, 2035 và 2045.")) == 2025



def test_an_undated_article_that_tells_a_count_at_a_point_of_a_horizon_year_is_written_then():
    # "Tính đến tháng 12/2025" in an article on the plan "giai đoạn 2021-2025": 2025 is reached, no longer to come
    text = "Đề án giai đoạn 2021-2025 đã hoàn thành. Tính đến tháng 12/2025, số thẻ ngân hàng đạt trên 164 triệu thẻ."
    undated = ctx(text)
    assert year_of_writing(undated) == 2025 and not is_future(2025, undated)
    plan = ctx("Đề án giai đoạn 2021-2025. Tính đến tháng 12/2024, số thẻ đạt 150 triệu thẻ.")
    assert year_of_writing(plan) == 2024 and is_future(2025, plan)
    # so does a result reported up to a month (round 112)
    text = "Kết quả thực hiện Chương trình giai đoạn 2021-2025 đến tháng 3/2025, tỷ lệ xã đạt chuẩn đạt 77,9%."
    assert year_of_writing(ctx(text)) == 2025 and not is_future(2025, ctx(text))
    # but a year after "kết quả ... đến" may be a horizon
    assert year_of_writing(ctx("Năm 2024 đạt kết quả tốt, đến năm 2030 tỷ lệ đạt 90%.")) == 2024


def test_an_undated_article_is_late_in_its_year_unless_it_names_only_early_months_of_it():
    # "dự kiến năm 2026 ... sẽ tăng trên 8%" after January's figures is a forecast, not the year's estimate (round 107)
    early = ctx("Tháng đầu tiên của năm 2026, kim ngạch đạt 88 tỉ USD. Bộ Công thương dự kiến năm 2026 kim ngạch sẽ tăng trên 8%.")
    assert not late_in_year(early) and not year_estimated(early.text, early.text.index("trên 8%"), early)
    assert not late_in_year(ctx("Trong 2 tháng đầu năm 2026, xuất khẩu tăng 12%; quý I/2026 dự kiến tăng 10%."))
    assert late_in_year(ctx("Tính đến tháng 11/2026, xuất khẩu đạt 400 tỷ USD; tháng 1/2026 tăng 5%."))
    assert late_in_year(ctx("Năm 2026, xuất khẩu dự kiến tăng 10%."))  # no month named: as good as over
    assert late_in_year(ctx("Tháng 3/2025 tăng 5%.", published="2025-11-02"))  # the page's own month first


def test_a_value_for_a_year_to_come_is_due_that_year():
    text = "Tỷ lệ hồ sơ trực tuyến năm 2025 đạt 80%, năm 2030 đạt 95%."
    dated = ctx(text, published="2026-01-01")
    assert future_year(text, text.index("95"), dated) == 2030
    assert future_year(text, text.index("80"), dated) is None
    text = "Năm 2020 đạt 1.200 CLB, phấn đấu đến năm 2025 có 1.500 CLB, năm 2030 có 2.000 CLB."  # round 57
    assert future_year(text, text.index("2.000"), ctx(text, published="2021-02-26")) == 2030


def test_a_value_for_a_period_not_begun_is_due_at_its_end():
    text = "Vốn đầu tư giai đoạn 2026-2030 đạt hơn 710 nghìn tỷ đồng."
    assert future_period(text, text.index("710"), ctx(text, published="2025-10-01")) == 2030
    assert future_period(text, text.index("710"), ctx(text, published="2031-01-01")) is None
    text = "Vốn đầu tư 5 năm 2026-2030 đạt hơn 710 nghìn tỷ đồng."  # a plan of five years
    assert future_period(text, text.index("710"), ctx(text, published="2025-10-01")) == 2030


def test_a_result_told_for_a_period_is_no_goal():
    text = "Nhiệm kỳ 2020-2025, tỉnh đã đón hơn 4,74 triệu lượt khách."
    assert future_period(text, text.index("4,74"), ctx(text, published="2022-01-01")) is None


def test_an_estimate_for_a_year_not_over_is_a_forecast_but_not_one_for_a_part_of_it():
    text = "Năm 2025, GRDP bình quân đầu người ước đạt gần 90 triệu đồng."
    assert estimate_ahead(text, text.index("90"), ctx(text, published="2025-06-01")) == 2025
    assert estimate_ahead(text, text.index("90"), ctx(text, published="2026-02-01")) is None
    part = "6 tháng đầu năm 2025 ước đạt 7%."
    assert estimate_ahead(part, part.index("7%"), ctx(part, published="2025-07-01")) is None
    # round 66: the estimate heads a list after a colon
    listed = "Cơ cấu kinh tế ước đến hết năm 2025: Nông, lâm, thủy sản 49,7%; công nghiệp, xây dựng 22,3%."
    assert estimate_ahead(listed, listed.index("22,3"), ctx(listed, published="2025-07-30")) == 2025


def test_an_estimate_for_the_year_of_writing_in_its_last_quarter_is_the_years_result():
    text = "Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng, tăng 6% so với năm 2020."
    assert estimate_ahead(text, text.index("53"), ctx(text, published="2021-11")) is None
    assert estimate_ahead(text, text.index("53"), ctx(text, published="2021-12-06")) is None
    assert estimate_ahead(text, text.index("53"), ctx(text, published="2021")) is None  # month unknown
    assert estimate_ahead(text, text.index("53"), ctx(text)) is None  # undated: 2021 is the year of writing
    assert estimate_ahead(text, text.index("53"), ctx(text, published="2021-09-30")) == 2021


def test_a_year_after_a_goal_is_its_horizon_but_not_the_base_of_a_multiple():
    text = "Tỷ lệ đô thị hóa đạt 50% vào năm 2030; tổng vốn đầu tư tăng gấp 2 lần năm 2025."
    assert horizon_after(text, text.index("50%") + 3) == 2030
    assert horizon_after(text, text.index("2 lần") + 5) is None


def test_trong_nam_with_a_year_over_when_written_tells_a_result():
    text = "Trong năm 2023, có 08 bài, 67 tin và 04 phóng sự về chuyển đổi số."
    at = text.index("08")
    assert year_over(text, at, ctx(text, published="2024-02-01"))
    assert year_over(text, at, ctx(text, published="2023-12-20"))  # the year's last quarter
    assert not year_over(text, at, ctx(text, published="2023-03-01"))  # early in it: a plan
    # any other cue of an aim keeps it a goal
    aim = "Trong năm 2023, phấn đấu có 08 bài về chuyển đổi số."
    assert not year_over(aim, aim.index("08"), ctx(aim, published="2024-02-01"))


def test_a_horizon_cue_of_the_year_of_writing_late_in_it_is_over():
    # round 57: "... đón khoảng 12,4 triệu lượt khách trong năm 2025" on 9 December 2025 opens no goals
    text = "địa phương đón khoảng 12,4 triệu lượt khách trong năm 2025."
    [cue] = horizons(text)
    assert cue_over(text, cue, ctx(text, published="2025-12-09"))
    assert not cue_over(text, cue, ctx(text, published="2025-05-09"))


def test_the_whole_years_figure_estimated_late_in_it_is_its_result():
    text = "Mục tiêu tổng thu ngân sách 2 tháng cuối năm ước thực hiện 13.049 tỷ đồng; cả năm ước đạt 82.166 tỷ đồng."
    at = text.index("82.166")
    assert year_estimated(text, at, ctx(text, published="2025-11-05"))
    assert not year_estimated(text, at, ctx(text, published="2025-06-05"))  # mid-year: a forecast
    assert not year_estimated(text, text.index("13.049"), ctx(text, published="2025-11-05"))  # the months left


def test_a_forecast_for_the_year_of_writing_late_in_it_is_its_result():
    # round 66: "Dự kiến" for the year of writing, from its last quarter on, is an estimate like "ước"
    text = "Dự kiến đến năm 2025, con số này tăng lên 4.776 USD, tương đương 118,25 triệu đồng/người/năm."
    at = text.index("4.776")
    assert year_estimated(text, at, ctx(text, published="2025-10-09"))
    assert not year_estimated(text, at, ctx(text, published="2025-07-09"))  # mid-year: a forecast
    assert not year_estimated(text, at, ctx(text, published="2024-11-09"))  # a year to come


def test_a_forecasts_own_will_is_no_goal_named_after_it():
    # round 73: "sẽ" after "Dự kiến cả năm 2024" on 4 December is the estimate's verb, no aim of its own
    text = "Dự kiến cả năm 2024, tỉnh Nghệ An sẽ thu hút được 1,696 tỷ USD vốn FDI."
    assert year_estimated(text, text.index("1,696"), ctx(text, published="2024-12-04"))
    text = "Cả năm ước đạt 74,8 tuổi, vượt mục tiêu 74,5 tuổi."
    assert not year_estimated(text, text.index("74,5"), ctx(text, published="2024-12-04"))


def test_an_estimate_naming_no_period_goes_on_with_the_part_of_the_year_of_the_sentence_before():
    # round 70: "Trong tháng 8/2025, ... . Toàn tỉnh ước đón 1.155.000 lượt khách" on 23 August
    before = "Trong tháng 8/2025, hoạt động du lịch trên địa bàn tiếp tục duy trì đà tăng trưởng."
    text = "Toàn tỉnh ước đón 1.155.000 lượt khách, tăng 3,1% so với cùng kỳ năm 2024."
    at = text.index("1.155")
    assert estimate_ahead(text, at, ctx(text, published="2025-08-23"), before) == 2025
    assert estimate_ahead(text, at, ctx(text, published="2025-09-05"), before) is None  # the month over
    assert estimate_ahead(text, at, ctx(text, published="2025-08-23")) is None  # no period at all
    own = "Năm 2024, toàn tỉnh ước đón 1.155.000 lượt khách."  # a year of its own: the one before is not read
    assert estimate_ahead(own, own.index("1.155"), ctx(own, published="2025-08-23"), before) is None


def test_an_estimate_for_part_of_the_year_not_over_when_written_is_a_forecast():
    # round 67: "9 tháng ước đạt" on 28 September is due that year (POLICY, session 36); told after the
    # ninth month, or on a date line without its day, it is a result
    text = "Tổng thu ngân sách nhà nước 9 tháng ước đạt 1.887,9 nghìn tỷ đồng."
    at = text.index("1.887")
    assert estimate_ahead(text, at, ctx(text, published="2025-09-28")) == 2025
    assert estimate_ahead(text, at, ctx(text, published="2025-10-06")) is None
    assert estimate_ahead(text, at, ctx(text, published="2025-09")) is None
    quarter = "Riêng quý 3 năm 2024, tổng lượt khách ước đạt 3,8 triệu lượt."
    assert estimate_ahead(quarter, quarter.index("3,8"), ctx(quarter, published="2024-09-26")) == 2024
    # round 70: visitors "ước đón" are estimated as any value "ước đạt" is
    visitors = "Trong 8 tháng năm 2025, du lịch Thanh Hóa ước đón gần 15 triệu lượt khách."
    assert estimate_ahead(visitors, visitors.index("gần"), ctx(visitors, published="2025-08-23")) == 2025
    # round 91: "Ước" opening the sentence, before the month it estimates, on 28 February
    month = "Ước tháng 2, toàn tỉnh vận chuyển được hơn 500.000 tấn hàng hóa các loại."
    assert estimate_ahead(month, month.index("hơn"), ctx(month, published="2024-02-28")) == 2024
    assert estimate_ahead(month, month.index("hơn"), ctx(month, published="2024-03-02")) is None
    # the twelfth month is the whole year's estimate: a result in its last quarter
    year = "Thu ngân sách tỉnh tính đến tháng 12-2025 ước đạt khoảng 54.952 tỉ đồng."
    assert estimate_ahead(year, year.index("khoảng"), ctx(year, published="2025-12-08")) is None
    # a part of no months names no time still running (and breaks nothing)
    none = "Trong 0 tháng ước đạt 5 tỷ đồng."
    assert estimate_ahead(none, none.index("5 tỷ"), ctx(none, published="2025-03-05")) is None


def test_a_quarter_or_month_with_no_year_long_after_the_day_of_writing_is_last_years():
    # round 97: "quý IV", "Tháng 12" estimated in a review written on 5 January are the year just ended, over
    quarter = "Riêng trong quý IV, IIP ước tăng 9,9% so với cùng kỳ năm trước."
    assert estimate_ahead(quarter, quarter.index("9,9"), ctx(quarter, published="2026-01-05")) is None
    month = "Tháng 12, IIP ước tăng 2,2% so với tháng trước."
    assert estimate_ahead(month, month.index("2,2"), ctx(month, published="2026-01-05")) is None
    # in August the fourth quarter is still ahead: a forecast of the year of writing
    assert estimate_ahead(quarter, quarter.index("9,9"), ctx(quarter, published="2025-08-20")) == 2025


def test_by_the_end_of_a_year_over_when_written_tells_where_things_stood():
    text = "Cụ thể, đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%."
    at = text.index("93,5")
    assert year_over(text, at, ctx(text, published="2025-01"))
    assert not year_over(text, at, ctx(text, published="2024-06-01"))  # still ahead: a goal
    # round 60: the end of the year of writing, told in its December, is the year's account
    assert year_over(text, at, ctx(text, published="2024-12"))
    assert not year_over(text, at, ctx(text, published="2024-10-20"))
    ahead = "Đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%; đến năm 2030 đạt 95%."
    assert not year_over(ahead, ahead.index("95%"), ctx(ahead, published="2025-01"))

    # round 101: a goal named only as met ("đạt mục tiêu đề ra") is no cue of an aim
    met = "Đến cuối năm 2025, tỷ lệ hộ nghèo giảm còn 1,3%, đạt mục tiêu đề ra."
    assert year_over(met, met.index("1,3"), ctx(met, published="2025-12-27"))
    aim = "Đến cuối năm 2025, tỷ lệ hộ nghèo giảm còn 1,3%, phấn đấu đạt mục tiêu đề ra."
    assert not year_over(aim, aim.index("1,3"), ctx(aim, published="2025-12-27"))


def test_by_the_end_of_a_month_over_when_written_tells_where_things_stood():
    text = "Đến hết tháng 9/2025, toàn tỉnh có 500 doanh nghiệp công nghệ số."
    at = text.index("500")
    assert year_over(text, at, ctx(text, published="2025-10-01"))
    assert year_over(text, at, ctx(text, published="2026-02-01"))
    assert not year_over(text, at, ctx(text, published="2025-09-15"))  # the month not over: a goal


def test_an_average_over_a_period_ended_when_written_is_a_result():
    text = "Bình quân giai đoạn 2021 - 2025, giá trị tăng thêm của kinh tế số tăng 9,8%."
    pos = text.index("9,8")
    assert year_over(text, pos, ctx(text, "2026-01-05"))
    assert not year_over(text, pos, ctx(text, "2023-05-05"))
    assert not year_over("Mục tiêu " + text.lower(), pos + 9, ctx(text, "2026-01-05"))
