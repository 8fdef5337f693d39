import pytest
from hypothesis import given, strategies as st

from extract.numbers import find_quantities, parse_number, parse_score, qualifier_after, qualifier_before, words_to_number


def test_vietnamese_formats():
    assert parse_number("1.818") == 1818
    assert parse_number("132.000") == 132000
    assert parse_number("52,8") == 52.8
    assert parse_number("0,3426") == 0.3426
    assert parse_number("2.79") == 2.79  # unambiguous English decimal


def test_ratio_percent_and_qualifiers():
    qs = find_quantities("tích hợp 960/1.818 (đạt 52,8%), đã có hơn 132.000 tài khoản, khoảng 10 doanh nghiệp")
    assert (qs[0].value, qs[0].denominator) == (960, 1818)
    assert (qs[1].value, qs[1].unit) == (52.8, "%")
    assert (qs[2].value, qs[2].comparator) == (132000, ">")
    assert qs[3].comparator == "~"


def test_qualifier_comparators():
    assert qualifier_before("có tối thiểu ")[1] == ">="
    assert qualifier_before("ít nhất ")[1] == ">="
    assert qualifier_before("cao hơn ")[1] == ">"
    assert qualifier_before("gần ")[1] == "~"
    # a floor before the verb of the value: the qualifier spans both
    assert qualifier_before("GRDP bình quân tối thiểu đạt ") == ("tối thiểu đạt", ">=")
    assert qualifier_before("mỗi xã ít nhất có ") == ("ít nhất có", ">=")  # "... có 2 điểm phục vụ"
    assert qualifier_before("có thể vượt mốc ") == ("vượt mốc", ">")  # "... 70 tỉ USD": more than the mark
    # the largest ship a berth takes is a ceiling (round 69); a rise "tới" a level is not
    assert qualifier_before("tiếp nhận tàu tới ") == ("tới", "<=")
    assert qualifier_before("tàu có trọng tải lên đến ") == ("đến", "<=")
    assert qualifier_before("doanh thu tăng tới ") is None


def test_from_is_where_a_move_starts_not_a_floor():
    a, _year, b, _ = find_quantities("tỷ lệ tăng từ 4,75% của GDP năm 2020 lên 5,01% năm 2024")
    assert (a.value, a.comparator, a.moved_from, b.value, b.moved_from) == (4.75, "=", True, 5.01, False)
    [a, _] = find_quantities("giảm từ 23,45% xuống còn 15%")
    assert a.moved_from
    for text in ("đạt từ 10% trở lên", "tăng từ 3 đến 5%"):  # a floor, a range
        first = find_quantities(text)[0]
        assert (first.comparator, first.moved_from) == (">=", False)
    assert qualifier_before("gần đạt ") is None  # "nearly reached" reports, sets no bound


def test_number_words():
    assert words_to_number("hai mươi mốt") == 21
    assert words_to_number("mười lăm") == 15
    assert words_to_number("ba trăm") == 300
    assert words_to_number("xin chào") is None
    assert words_to_number("hai trăm năm mươi") == 250  # "mươi" makes tens of the last digit only
    assert words_to_number("một trăm hai mươi tư") == 124


def test_spelled_numbers_are_found_from_an_unambiguous_first_word():
    [q] = [q for q in find_quantities("có thêm hai huyện đạt chuẩn") if q.spelled]
    assert (q.value, q.start, q.end) == (2, 8, 11)
    # "năm" (year), "một" (a) and "tư" (private) start none; "năm" goes on a number only before "mươi"
    assert [q.value for q in find_quantities("một năm, khu vực tư nhân") if q.spelled] == []
    assert [q.value for q in find_quantities("trong hai năm") if q.spelled] == [2]


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_grouping_roundtrip(n):
    written = f"{n:,}".replace(",", ".")
    assert parse_number(written) == n


@given(st.integers(min_value=0, max_value=9999), st.integers(min_value=0, max_value=99))
def test_decimal_comma_roundtrip(whole, frac):
    assert parse_number(f"{whole},{frac:02d}") == float(f"{whole}.{frac:02d}")


@given(st.text(max_size=200))
def test_find_quantities_never_crashes_and_spans_are_valid(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


def test_range_reads_as_floor_with_ceiling():
    [q] = find_quantities("GRDP tăng 8,3-8,5%")
    assert (q.value, q.high, q.comparator, q.unit) == (8.3, 8.5, ">=", "%")


@pytest.mark.parametrize("text, low", [
    ("khoảng 13 – 15.000 tấn", 13000),  # the low end's thousands are left unwritten (round 69)
    ("từ 5 - 10.000 đồng", 5000),
    ("từ 2 - 30.000 đồng", 2),  # 2.000 would be far under the high end: as written
    ("từ 13 – 15 triệu tấn", 13),
])
def test_a_range_may_leave_the_thousands_of_its_low_end_unwritten(text, low):
    [q] = find_quantities(text)
    assert q.value == low


def test_day_month_is_no_range():
    assert all(q.high is None for q in find_quantities("chiều 12-5"))


def test_area_unit_glued_or_spaced():
    got = [(q.value, q.unit) for q in find_quantities("mất 2.085m2, còn 3.103 m2 và 5ha")]
    assert got == [(2085, "m2"), (3103, "m2"), (5, "ha")]
    # a length in metres, glued (round 76); "m/s" is a speed, read whole after the space
    assert [(q.value, q.unit) for q in find_quantities("thiệt hại 30m kênh mương, gió 7,5 m/s")] == [(30, "m"), (7.5, None)]


def test_speed_and_power_units_glued_to_the_number_but_no_5g():
    got = [(q.value, q.unit) for q in find_quantities("tốc độ 70Mb/s, 1Gbps, nhà máy 50MW, phủ sóng 5G")]
    assert got == [(70, "Mb/s"), (1, "Gbps"), (50, "MW")]



def test_a_qualifier_after_the_quantity_and_its_unit():
    def after(text, quantity):
        return qualifier_after(text, text.index(quantity) + len(quantity))
    assert after("Tỷ lệ đô thị hóa: 16% trở lên.", "16%") == ">="
    assert after("Phấn đấu có 50 doanh nghiệp trở lên.", "50 doanh nghiệp") == ">="
    assert after("Tuổi bình quân 35 tuổi trở xuống.", "35 tuổi") == "<="
    assert after("đón tàu khách 5.000 GT hoặc lớn hơn khi đủ điều kiện", "5.000 GT") == ">="
    assert after("Có 50 doanh nghiệp trở thành đối tác.", "50 doanh nghiệp") is None


def test_percentage_points_are_a_unit_of_their_own():
    got = [(q.value, q.unit) for q in find_quantities("tăng 3,07%, đóng góp 0,55 điểm %; 1,79 điểm phần trăm")]
    assert got == [(3.07, "%"), (0.55, "điểm %"), (1.79, "điểm %")]
    assert [q.unit for q in find_quantities("đạt 70,5 điểm")] == [None]


def test_a_share_over_a_share_is_one_ratio_in_percent():
    [q] = find_quantities("tỷ lệ xã đạt chuẩn 83,2%/50% tổng số xã")
    assert (q.value, q.denominator, q.unit) == (83.2, 50, "%")


def test_a_ceiling_before_a_range_caps_it_from_the_low_end():
    [q] = find_quantities("Tỷ lệ trẻ em suy dinh dưỡng giảm dưới 8 - 10%")
    assert (q.value, q.comparator, q.high) == (8, "<=", 10)
    text = "chiếm khoảng 44 - 48%"
    [q] = find_quantities(text)
    assert (q.value, q.comparator) == (44, ">=")  # "khoảng" before a range: the floor stands
    assert text[q.start:q.end] == "khoảng 44 - 48%"  # and is written in the span, as "từ" is (round 116)
    text = "phấn đấu đạt mức hai con số, từ 10,0 đến 10,5%"
    assert [text[q.start:q.end] for q in find_quantities(text) if q.high] == ["từ 10,0 đến 10,5%"]


def test_square_kilometres_glued_to_the_number():
    [q] = find_quantities("Với diện tích 822,7km², Bắc Ninh là tỉnh nhỏ nhất")
    assert (q.value, q.unit) == (822.7, "km2")


def test_the_least_fall_of_a_province_is_no_floor():
    assert qualifier_before("tỉnh giảm nhiều nhất là 2.94% và tỉnh giảm ít nhất là ") is None
    assert qualifier_before("Tỷ lệ tăng ít nhất ") == ("ít nhất", ">=")


def test_an_index_score_never_reaches_a_thousand_so_its_point_is_a_decimal_point():
    assert parse_score("45.366") == 45.366
    assert parse_score("45,366") == 45.366
    assert parse_score("0,7985") == 0.7985
    assert parse_number("45.366") == 45366


def test_usd_glued_to_its_number_is_its_unit():
    [q] = find_quantities("chỉ tiêu Đại hội VII đề ra là 10.370USD/người/năm")
    assert (q.value, q.unit) == (10370, "USD")


def test_a_qualifier_after_a_yearly_rate():
    from extract.numbers import qualifier_after
    text = "đạt 10%/năm trở lên"
    assert qualifier_after(text, text.index("%") + 1) == ">="
    assert qualifier_after("đạt 10%/năm", len("đạt 10%")) is None


def test_a_month_and_year_is_no_ratio_and_its_month_no_number():
    assert find_quantities("08/2022") == []
    assert [(q.value, q.denominator) for q in find_quantities("đạt 7/12 chỉ tiêu, 960/1.818 hồ sơ")] == [(7, 12), (960, 1818)]


def test_a_sign_written_against_a_number_is_its_own():
    text = "so với CK giảm (-9,28%); dịch vụ (+3,63%); quý I-2025; chiều 12-5; GRDP - 11,89%"
    got = [(text[q.start:q.end], q.value) for q in find_quantities(text)]
    assert ("-9,28%", -9.28) in got and ("+3,63%", 3.63) in got
    assert ("11,89%", 11.89) in got  # a dash set off by spaces is punctuation
    assert all(q.value > 0 for q in find_quantities("quý I-2025, chiều 12-5"))


def test_a_ratio_with_its_unit_on_both_ends_is_one_ratio():
    # round 123: disbursed over planned, each with its unit
    [q] = find_quantities("tổng giải ngân đạt 3.268 tỷ đồng/4.821 tỷ đồng, đạt 67,8%")[:1]
    assert (q.value, q.denominator, q.unit) == (3268, 4821, "tỷ đồng")
    # different units either side are two quantities
    got = [(q.value, q.denominator) for q in find_quantities("đạt 84 đại biểu/141 ứng cử viên")]
    assert (84, 141) not in got


def test_a_ratio_in_words_but_not_a_place_out_of_the_field():
    [q] = find_quantities("tương ứng 942.934 trên tổng số 979.536 hồ sơ")
    assert (q.value, q.denominator) == (942934, 979536)
    assert [(q.value, q.denominator) for q in find_quantities("xếp thứ 4 trên tổng số 63 tỉnh")] == [(4, None), (63, None)]
    # the counted noun told on both ends (round 71); a different noun after the total is two counts
    [q] = find_quantities("gần 8.000 doanh nghiệp trên tổng số 11.300 doanh nghiệp")
    assert (q.value, q.denominator, q.comparator) == (8000, 11300, "~")
    got = [(q.value, q.denominator) for q in find_quantities("có 12 xã trên tổng số 40 hộ dân")]
    assert got == [(12, None), (40, None)]
    # "trong (tổng) số" too (rounds 94 and 99), but not after a place's "vị trí số"
    [q] = find_quantities("hoàn thành 76 trong số 106 nhiệm vụ")
    assert (q.value, q.denominator) == (76, 106)
    [q] = find_quantities("có 11 trong tổng số 16 tỉnh/thành phố")
    assert (q.value, q.denominator) == (11, 16)
    assert [q.denominator for q in find_quantities("xếp ở vị trí số 1 trong số 63 tỉnh thành")] == [None, None]


def ratios(text: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.denominator) for q in find_quantities(text)]


def test_the_whole_first_then_its_one_part_is_a_ratio():
    # rounds 99, 106, 108 and 112: "Trong (tổng) số M ..., có N ..." with one part after it
    assert ratios("Trong 250 dự án có 22 dự án nhà ở xã hội đã khởi công.") == [(22, 250)]
    assert ratios("trong tổng số 90 thí sinh dự thi có 77 em đoạt giải, gồm: 4 giải nhất; 19 giải nhì.") == [
        (77, 90), (4, None), (19, None)]  # a breakdown of the part is no second part
    # the numbers of a bracketed aside between the two are counts of their own
    assert ratios("Trong số 310 km bờ biển (bờ biển đông 163 km, bờ biển tây 147 km) có đến 204 km bị sạt lở.") == [
        (204, 310), (163, None), (147, None)]


def test_the_whole_then_several_parts_or_a_subject_or_a_stretch_of_time_is_counts():
    assert ratios("Trong 11 nhóm hàng có 5 nhóm tăng, 2 nhóm giảm và 4 nhóm giữ mức ổn định.") == [
        (11, None), (5, None), (2, None), (4, None)]
    assert ratios("Trong 10 chỉ số PCI thành phần, tỉnh có 4 chỉ số tăng điểm.") == [(10, None), (4, None)]
    assert ratios("Trong 19 sản phẩm công nghiệp chủ yếu, có 13 sản phẩm tăng so với cùng kỳ.") == [(19, None), (13, None)]
    assert ratios("Trong 12 tháng có 5 vụ cháy.") == [(12, None), (5, None)]
    # a year inside the whole's noun phrase (round 117)
    assert ratios("Trong tổng số 14 chỉ tiêu được giao năm 2025, có 12 chỉ tiêu đạt.")[0] == (12, 14)


def test_a_range_with_its_unit_written_on_both_ends():
    text = "GRDP bình quân đầu người đạt từ 80,4 triệu đồng đến 80,8 triệu đồng, tăng từ 2 xã đến 3 huyện"
    got = [(text[q.start:q.end], q.value, q.high, q.comparator) for q in find_quantities(text)]
    assert got[0] == ("từ 80,4 triệu đồng đến 80,8", 80.4, 80.8, ">=")
    assert [g[1] for g in got[1:]] == [2, 3]  # two units: two quantities


def test_a_number_ending_a_name_is_no_quantity():
    text = "Dịch COVID-19 tiếp tục được kiểm soát; vệ tinh VNREDSat-1; giai đoạn 2021-2025 tăng 5-6%"
    got = [text[q.start:q.end] for q in find_quantities(text)]
    assert "19" not in got and "1" not in got
    assert "5-6%" in got


def test_a_day_ranges_last_day_and_month_is_no_ratio():
    text = "xâm nhập mặn xuất hiện ngày 10-13/3 và các ngày 23-27/4; đạt 7/12 chỉ tiêu"
    assert [(q.value, q.denominator) for q in find_quantities(text) if q.denominator] == [(7, 12)]


def test_a_fraction_of_a_whole_is_its_value_and_a_count_out_of_a_total_stays_a_ratio():
    # policy after round 75: "giảm ít nhất 1/3 số hộ nghèo" aims at a third
    [third] = find_quantities("giảm ít nhất 1/3 số hộ nghèo")
    assert (third.value, third.denominator, third.comparator) == (0.3333, None, ">=")
    # round 80: the same fraction printed as one character
    [share] = find_quantities("chiếm 10% tổng mức bán lẻ và ⅔ kinh tế số")[1:]
    assert (share.value, share.denominator, share.unit) == (0.6667, None, None)
    [ratio] = find_quantities("đạt 8/8 nội dung")
    assert (ratio.value, ratio.denominator) == (8, 8)


def test_the_base_of_a_rate_after_a_slash_and_a_space_is_no_quantity():
    text = "số bác sỹ đạt 15 bác sỹ/ 10.000 dân"
    assert [q.value for q in find_quantities(text)] == [15]


def test_the_metres_of_a_kilometre_mark_are_no_number():
    # round 108: "Km226+700" marks a place on a road
    assert [q.value for q in find_quantities("Tại Km226+700 Quốc lộ 20, sạt lở dài khoảng 70 m.")] == [20, 70]
