"""Quantities, their units and qualifiers, goal or achieved: extract/quantities.py (the cues in
extract/patterns/quantities.json), through the targets and metrics it gives."""
import pytest

from extract.pipeline import extract_facts
from extract.quantities import candidates, label_unit, value_label
from extracted import metrics, targets


def test_rate_bases_and_ages_are_no_amounts():
    text = "Phấn đấu đến năm 2025 có 80 thuê bao băng rộng di động trên 100 dân và 85% người dân từ 15 tuổi trở lên có tài khoản."
    assert {t.value for t in targets(text)} == {80, 85}


def test_a_speed_is_a_goal_of_its_own_but_not_what_a_share_reaches():
    text = ("Đến năm 2025, mạng băng rộng cố định với tốc độ trung bình đạt 100Mb/s. Tỉnh phấn đấu 100% "
            "người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1Gb/s.")
    assert [(t.value, t.unit) for t in targets(text)] == [(100, "Mb/s"), (100, "%")]


def test_a_floor_after_a_year_is_no_rate_base():
    text = "Mục tiêu: tỷ lệ nhân lực kinh tế số năm 2025 đạt trên 2%, năm 2030 đạt trên 3%; 5,6 ca trên 100.000 dân."
    assert [(t.value, t.comparator, t.deadline) for t in targets(text)] == [(2, ">=", 2025), (3, ">=", 2030), (5.6, "=", 2030)]


def test_groups_of_goals_are_counted_not_planned():
    text = "Kế hoạch xác định 26 nhóm chỉ tiêu cụ thể đến năm 2030 và 10 nhóm nhiệm vụ trọng tâm."
    facts = extract_facts(text, "t.txt")
    assert [(f.type, f.value, f.unit) for f in facts if f.type in ("target", "metric")] == [
        ("metric", 26, "nhóm chỉ tiêu"), ("metric", 10, "nhóm nhiệm vụ")]


def test_a_weather_or_water_forecast_holds_no_goal_and_no_result():
    # rounds 108 and 114: nobody sets out to reach a salinity line or a rainfall
    text = ("Về xâm nhập mặn lớn nhất tháng 3, ranh mặn trên sông Vàm Cỏ Đông dự báo ở mức 56-60km; Vàm Cỏ Tây 55-58km. "
            "Từ tháng 6 đến 8/2026, khả năng chuyển sang El Nino có xu hướng tăng dần, khoảng 35-45%.")
    assert not targets(text) and not metrics(text)
    # a forecast of the economy is a goal still, and a salinity reading without a forecast a result
    assert [t.value for t in targets("Bộ Công thương dự báo năm 2026 kim ngạch xuất khẩu tăng 8%.")] == [8]
    assert [m.value for m in metrics("Tháng 3, xâm nhập mặn vào sâu 60km ở ĐBSCL.")] == [60]


def test_a_reservoirs_design_frequency_is_no_goal_cue():
    # round 114: "tần suất đảm bảo tưới" names a design parameter, not an aim
    text = "Đây là công trình hồ chứa cấp II, tần suất đảm bảo tưới 80%, dung tích 13,86 triệu m3."
    assert not targets(text, published="2020-05-04")
    assert [m.value for m in metrics(text, published="2020-05-04")] == [80, 13.86]


def test_a_statistic_named_chi_tieu_and_estimated_is_a_result():
    # round 116: "chỉ tiêu" names the statistic read, "ước đạt" its estimate; not a goal
    text = "Tuy nhiên, chỉ tiêu tổng sản phẩm trên địa bàn (GRDP) Khánh Hòa ước đạt hơn 100 ngàn tỉ đồng, chỉ tăng 7,11%."
    assert not targets(text, published="2025-12-30")
    assert [m.value for m in metrics(text, published="2025-12-30")] == [100, 7.11]
    assert [t.value for t in targets("Chỉ tiêu tổng sản phẩm trên địa bàn năm 2026 tăng 10%.", published="2025-12-30")] == [10]


def test_a_count_written_with_a_thousands_dot_is_no_year():
    [t] = targets("Tỉnh phấn đấu thành lập 2.000 doanh nghiệp mới mỗi năm.")
    assert (t.value, t.unit) == (2000, "doanh nghiệp")


def test_counts_of_breakthroughs_parts_and_pages_are_no_goals():
    text = ("Đại hội xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá đến năm 2030. Báo cáo chính trị được bố cục "
            "gồm 2 phần với dung lượng 38 trang.")
    assert targets(text) == []
    assert [m.value for m in extract_facts(text, "t.txt") if m.type == "metric"] == [5, 3, 2, 38]


def test_a_topic_before_the_horizon_and_a_floor_closing_the_noun_phrase():
    text = "Về văn hóa - xã hội, đến năm 2030, tuổi thọ trung bình đạt 77,67 tuổi; hoàn thành 65.000 căn nhà ở xã hội trở lên."
    assert [(t.value, t.comparator, t.deadline) for t in targets(text)] == [(77.67, "=", 2030), (65000, ">=", 2030)]
    # the plan cited before the horizon ("Theo quyết định này") leaves the sentence a goal
    text = ("Theo quyết định này, đến năm 2025, tỷ trọng đóng góp của dịch vụ logistics vào GDP đạt 5-6%; "
            "tỷ lệ thuê ngoài dịch vụ logistics đạt 50-60%.")
    assert [(t.value, t.deadline) for t in targets(text)] == [(5, 2025), (50, 2025)]


def test_a_number_spelled_out_is_a_goal_only_after_a_goal_cue():
    [t] = targets("Năm 2024, Sóc Trăng phấn đấu có thêm hai huyện đạt chuẩn NTM.")
    assert (t.value, t.unit, t.deadline, t.text) == (2, "huyện", 2024, "hai huyện")
    # a horizon alone, "cả ba" (all three) and a report are no goal in words
    assert targets("Đại hội nhiệm kỳ 2025–2030 là lần đầu tiên sau hợp nhất ba tỉnh Lâm Đồng, Bình Thuận và Đắk Nông.") == []
    assert targets("Với mục tiêu vào top đầu khu vực ở cả ba lĩnh vực là chính quyền số, kinh tế số, xã hội số.") == []
    assert [f for f in extract_facts("Hai bên đã ký kết ba văn bản.", "t.txt") if f.type == "metric"] == []


def test_a_floor_before_the_verb_and_a_goal_cue_inside_an_aside():
    [t] = targets("Trong giai đoạn 2021-2025, Hải Phòng phấn đấu tăng trưởng GRDP bình quân tối thiểu đạt 14,5%/năm.")
    assert (t.value, t.comparator, t.deadline) == (14.5, ">=", 2025)
    # "chỉ tiêu" inside the closed bracket governs the bracket only: the parts after are results
    text = ("Tốc độ tăng trưởng kinh tế ước đạt 5,77% (chỉ tiêu nghị quyết là từ 7,5 - 8%); trong đó, "
            "khu vực dịch vụ tăng 8,76%; thuế sản phẩm tăng 5,47%.")
    assert [t.value for t in targets(text)] == [7.5]
    assert {m.value for m in extract_facts(text, "t.txt") if m.type == "metric"} == {5.77, 8.76, 5.47}


def test_a_multiple_over_a_base_year_is_a_goal_and_never_a_metric():
    text = "Phấn đấu đến năm 2030, quy mô GRDP gấp 2 – 2,5 lần so với năm 2020."
    got = [(f.type, f.value, f.unit, f.comparator, f.deadline, f.indicator) for f in extract_facts(text, "t.txt")
           if f.type in ("target", "metric")]
    assert got == [("target", 2, "lần", ">=", 2030, "quy mô GRDP")]
    # reported, or taken over another place, a multiple is no fact
    for other in ("Quy mô nền kinh tế năm 2025 đạt 126.000 tỷ đồng, gấp 1,5 lần so với đầu nhiệm kỳ.",
                  "Phấn đấu đến năm 2030, GRDP bình quân đầu người gấp 1,7 lần cả nước."):
        assert [f.text for f in extract_facts(other, "t.txt") if "lần" in f.text] == []


def test_a_multiple_with_tang_a_floor_or_a_base_period():
    text = ("Đến năm 2030, thu nhập bình quân đầu người khu vực nông thôn tăng 02 lần trở lên so với năm 2020. "
            "Phấn đấu tăng đầu tư giai đoạn 2021 - 2030 cho nông nghiệp ít nhất gấp 2 lần giai đoạn 2011 – 2020.")
    assert [(t.value, t.unit, t.comparator, t.deadline) for t in targets(text)] == [(2, "lần", ">=", 2030), (2, "lần", ">=", 2030)]
    # a rise told as a count of times, with no base or floor, is no multiple
    assert targets("Đến năm 2030, số lượt khách tăng 3 lần.") == []


def test_the_make_up_of_a_merged_province_is_observed_not_aimed_at():
    text = "Tỉnh An Giang (mới) sẽ có 102 xã, phường với tổng diện tích gần 9.900km², dân số là hơn 5 triệu người."
    facts = [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("target", "metric")]
    assert facts == [("metric", 102), ("metric", 9900), ("metric", 5)]
    # a goal word after the name keeps the goal
    [t] = targets("Sau sáp nhập, tỉnh phấn đấu trồng mới 1.000 ha rừng.")
    assert (t.value, t.unit) == (1000, "ha")


def test_a_floor_after_a_unit_per_year_and_an_index_value_aimed_at():
    [t] = targets("Đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng/năm trở lên.")
    assert (t.value, t.comparator) == (90, ">=")
    [t] = targets("Đến năm 2030, Chỉ số phát triển con người (HDI) phấn đấu đạt khoảng 0,75.")
    assert (t.value, t.comparator, t.deadline) == (0.75, "~", 2030)


def test_a_rank_move_in_a_headline_in_capitals_is_no_quantity_but_a_capitalised_noun_is():
    from extract.pipeline import extract_facts
    assert [f for f in extract_facts("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỈNH QUẢNG NGÃI TĂNG 24 BẬC", "t.txt")
            if f.type == "metric"] == []
    got = [f.value for f in extract_facts("Mạng lưới có hơn 10.000 Điểm giao dịch Bưu điện.", "t.txt") if f.type == "metric"]
    assert got == [10000]


@pytest.mark.parametrize("text, unit, span", [
    ("thu ngân sách đạt 12.000 tỷ đồng.", "tỷ đồng", "12.000 tỷ đồng"),  # dong, not dollars
    ("xuất khẩu đạt 4,5 tỷ USD", "tỷ USD", "4,5 tỷ USD"),
    ("vốn đầu tư 730 nghìn tỷ đồng;", "nghìn tỷ đồng", "730 nghìn tỷ đồng"),
    ("GRDP tăng bình quân 10%/năm", "%/năm", "10%/năm"),  # a yearly rate, not a level
    ("GRDP bình quân đầu người 75,96 triệu đồng/người/năm", "triệu đồng/người/năm", "75,96 triệu đồng/người/năm"),
    ("14,5 bác sĩ/1 vạn dân", "bác sĩ/1 vạn dân", "14,5 bác sĩ/1 vạn dân"),
    # the base of a rate after "trên" is written with a slash (round 68)
    ("đạt 15 bác sĩ trên 10.000 dân", "bác sĩ/10.000 dân", "15 bác sĩ trên 10.000 dân"),
    ("có 2 nghìn doanh nghiệp mới", "nghìn doanh nghiệp", "2 nghìn doanh nghiệp"),
    ("đạt 2 triệu trong năm 2025", "triệu", "2 triệu"),  # a function word is no unit
    ("khai thác 2.478,5 nghìn m3 gỗ", "nghìn m3", "2.478,5 nghìn m3"),  # a measure ending on its power
    ("mỏ có công suất 15.000 m3/năm", "m3/năm", "15.000 m3/năm"),
    ("còn 29 bộ, cơ quan trung ương chưa giải ngân", "bộ, cơ quan trung ương", "29 bộ, cơ quan trung ương"),
    ("gồm 224 danh mục dự án", "danh mục dự án", "224 danh mục dự án"),
    # a general noun takes the nouns after it, up to a verb or a year
    ("có 4 mỏ đá được gia hạn giấy phép", "mỏ đá", "4 mỏ đá"),
    ("lắp 1.204 hệ thống điện mặt trời mái nhà và", "hệ thống điện mặt trời mái nhà", "1.204 hệ thống điện mặt trời mái nhà"),
    ("có 13 chỉ số thành phần năm 2024 tăng điểm", "chỉ số thành phần", "13 chỉ số thành phần"),
    # marks of 10 and exam sites are counted, no score (round 59)
    ("tỉnh Thanh Hóa có 914 điểm 10 trong kỳ thi", "điểm 10", "914 điểm 10"),
    ("tỉnh bố trí 46 điểm thi trong kỳ thi", "điểm thi", "46 điểm thi"),
    ("thành phố có 24 điểm nguy cơ ùn tắc", "điểm nguy cơ", "24 điểm nguy cơ"),  # round 76
    ("mưa lớn gây 82 điểm ngập úng", "điểm ngập úng", "82 điểm ngập úng"),  # round 108
    ("có 1.272 điểm giao thông ngập lụt", "điểm giao thông", "1.272 điểm giao thông"),
    # a classifier keeps the noun underthesea splits from it (rounds 43 to 72)
    ("tỉnh có 7 khu công nghiệp đi vào hoạt động", "khu công nghiệp", "7 khu công nghiệp"),
    ("xảy ra 5 vụ cháy trong tháng", "vụ cháy", "5 vụ cháy"),
    ("có 3 bến cảng được công bố mở", "bến cảng", "3 bến cảng"),
    ("đạt 120 triệu thuê bao di động", "triệu thuê bao", "120 triệu thuê bao"),
    ("ảnh hưởng gần 2.000 hộ gia đình", "hộ gia đình", "gần 2.000 hộ gia đình"),
    ("bình quân 19,6 m2 sàn/người", "m2 sàn/người", "19,6 m2 sàn/người"),  # a measure the parser read
    # also after a scale: visits of whom, teams of what (round 57)
    ("đón hơn 16 triệu lượt khách trong năm", "triệu lượt khách", "hơn 16 triệu lượt khách"),
    ("tham gia 17 môn thể thao tại đại hội", "môn thể thao", "17 môn thể thao"),
    # nouns listed together count one field, up to a place's name (rounds 35 to 64)
    ("đến nay 145/151 xã, phường, thị trấn đạt chuẩn", "xã, phường, thị trấn", "145/151 xã, phường, thị trấn"),
    ("tổ chức cho 150 cán bộ, công chức tham gia", "cán bộ, công chức", "150 cán bộ, công chức"),
    ("có 18 quốc gia và vùng lãnh thổ đầu tư", "quốc gia và vùng lãnh thổ", "18 quốc gia và vùng lãnh thổ"),
    # also units, villages, boats and a household's kind (round 93)
    ("có 1.359/1.694 cơ quan, đơn vị, doanh nghiệp đạt chuẩn", "cơ quan, đơn vị, doanh nghiệp",
     "1.359/1.694 cơ quan, đơn vị, doanh nghiệp"),
    ("59/60 thôn, làng, tổ dân phố đạt chuẩn văn hóa", "thôn, làng, tổ dân phố", "59/60 thôn, làng, tổ dân phố"),
    ("hỗ trợ 85 tàu, thuyền neo đậu", "tàu, thuyền", "85 tàu, thuyền"),
    ("trên 1.260 doanh nghiệp, hộ kinh doanh tham gia", "doanh nghiệp, hộ kinh doanh", "trên 1.260 doanh nghiệp, hộ kinh doanh"),
    ("Đắk Lắk còn 2 xã, tỉnh Lâm Đồng còn nhiều hộ bị ngập", "xã", "2 xã"),
    ("bình quân đạt 16,43 tiêu chí/xã", "tiêu chí/xã", "16,43 tiêu chí/xã"),
])
def test_the_unit_is_kept_whole_scale_currency_and_per(text, unit, span):
    [c] = [c for c in candidates(text) if c.unit]
    assert (c.unit, text[c.start:c.end]) == (unit, span)


def test_an_aspect_word_after_a_number_is_no_unit():
    # round 69: "trọng tải 9.000 đang ..." ("is loading"): the ship's tonnage, no "đang" counted
    assert candidates("Tàu trọng tải 9.000 đang ăn hàng tại cảng.") == []


def test_what_was_granted_is_counted_though_cap_may_name_a_level():
    # round 74: "được cấp 40 văn bằng" (granted), not "dịch vụ công cấp 4"
    assert [(c.q.value, c.unit) for c in candidates("Năm 2011, Hà Nội được cấp 40 văn bằng.")] == [(40, "văn bằng")]


def test_a_bound_naming_a_class_of_places_is_no_value():
    # round 75: "các xã có tỷ lệ hộ nghèo cao trên 25%" says which communes, the goal is what follows
    text = "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4% trở lên."
    assert [(c.q.value, c.goal) for c in candidates("Phấn đấu " + text)] == [(4, True)]
    # round 127: vessels by their length, the counts of each class kept
    text = ("trong đó tàu cá có chiều dài từ 15m trở lên là 568 chiếc, tàu cá chiều dài từ 12m đến dưới 15m "
            "là 472 chiếc.")
    assert [c.q.value for c in candidates(text)] == [568, 472]


def test_a_qualifier_before_the_digits_keeps_a_grant_a_count():
    # round 75: "cấp hơn 76.000 thẻ" grants cards ("cấp 4" is a level); "đối tượng" is no "đối với"
    assert [c.q.value for c in candidates("Thái Bình cấp hơn 76.000 thẻ BHYT cho người nghèo.")] == [76000]
    assert [(c.q.value, c.unit) for c in candidates("tỉnh đã hỗ trợ 126.622/126.989 đối tượng.")] == [
        (126622, "đối tượng")]
    assert candidates("Tỷ lệ này là 5 đối với các xã.") == []


def test_a_span_of_weeks_is_no_amount():
    text = "Giải ngân tăng thêm gần 26.000 tỷ đồng so với số liệu công bố 1 tuần trước, sau 6 tuần thi."
    assert not [c for c in candidates(text) if c.unit == "tuần"]


def test_the_number_of_a_name_counts_nothing():
    text = "Dự án Nhà máy Điện gió Vân Canh 1 có tổng vốn đầu tư hơn 6.904 tỷ đồng."
    assert [c.q.value for c in candidates(text)] == [6904]
    text = "Dự án 2 do Bộ GTVT làm cơ quan chủ quản, dài khoảng 37,5 km."  # round 58
    assert [c.q.value for c in candidates(text)] == [37.5]
    # round 120: a site's attributes after its number
    text = "Khu công nghiệp Cộng Hoà 2 diện tích 190 ha, Tứ Kỳ 1 diện tích 115,8 ha, Nhà máy số 3 công suất 50 MW."
    assert [c.q.value for c in candidates(text)] == [190, 115.8, 50]


def test_a_multidimensional_poverty_rate_is_no_time_of_day():
    # round 66: "đa chiều" (multidimensional) is no "chiều" (afternoon) before a day
    text = "Phấn đấu tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 0,2% vào năm 2030."
    assert [(c.q.value, c.q.comparator) for c in candidates(text)] == [(0.2, "<=")]
    assert candidates("Chiều 12,5 nghìn người dự lễ.") == []


def test_stars_rate_a_class_and_count_nothing():
    text = "Năm 2025, toàn tỉnh có thêm 64 sản phẩm đạt chuẩn OCOP 3 sao và 10 sản phẩm 4 sao; phấn đấu có 52 sản phẩm từ 3 sao."
    facts = extract_facts(text, "t.txt")
    assert [(f.type, f.value) for f in facts if f.type in ("metric", "target")] == [
        ("metric", 64), ("metric", 10), ("target", 52)]


def test_a_provinces_bare_share_in_brackets_takes_the_counts_unit():
    text = "Mưa giông khiến khoảng 1.807 ngôi nhà bị hư hỏng (Lào Cai 31, Tuyên Quang 117); 5 điểm trường (Cao Bằng 3)."
    got = [(text[c.start:c.end], c.q.value, c.unit) for c in candidates(text)]
    assert got == [("khoảng 1.807 ngôi nhà", 1807, "ngôi nhà"), ("Lào Cai 31", 31, "ngôi nhà"),
                   ("Tuyên Quang 117", 117, "ngôi nhà"), ("5 điểm trường", 5, "điểm trường"), ("Cao Bằng 3", 3, "điểm trường")]
    # or after "gồm", and past a longer description of what is counted (round 76)
    text = ("có 80.606 ha lúa, hoa màu, cây trồng khác bị thiệt hại (Lào Cai 4.123, Sơn La 540). Đã xảy ra 27 sự cố, "
            "gồm Bắc Ninh 2, Hà Nội 1.")
    assert [(text[c.start:c.end], c.unit) for c in candidates(text)] == [
        ("80.606 ha", "ha"), ("Lào Cai 4.123", "ha"), ("Sơn La 540", "ha"), ("27 sự cố", "sự cố"),
        ("Bắc Ninh 2", "sự cố"), ("Hà Nội 1", "sự cố")]
    # a bare number after anything but a province's name is still too ambiguous
    assert [c.q.value for c in candidates("có 1.807 ngôi nhà hư hỏng (đợt 2 31, khác 117).")] == [1807]


def test_a_list_of_places_each_with_its_count_in_brackets():
    # rounds 77 and 106: the unit is the count's before the list, else the noun after "có" when the
    # count before counts the places themselves
    text = "TP HCM dẫn đầu với 288 em đạt giải, tiếp theo là Ninh Bình (238), Phú Thọ (229)."
    assert [(text[c.start:c.end], c.q.value, c.unit) for c in candidates(text)] == [
        ("288 em", 288, "em"), ("Ninh Bình (238)", 238, "em"), ("Phú Thọ (229)", 229, "em")]
    text = "Có 14/34 tỉnh, thành phố có học sinh lớp 10 đoạt giải, gồm: Đà Nẵng (3); Hà Nội (2)."
    assert [(text[c.start:c.end], c.unit) for c in candidates(text)][1:] == [
        ("Đà Nẵng (3)", "học sinh"), ("Hà Nội (2)", "học sinh")]
    # one bracket after a place is no list: "Hà Nội (2)" alone may be anything
    assert [c.q.value for c in candidates("Có 288 em đạt giải, đứng đầu là Hà Nội (2).")] == [288]


def test_the_number_of_a_place_belonging_to_another_counts_nothing():
    text = "Khảo sát tại Tổ dân phố 2 và Tổ dân phố 4 thuộc phường Quyết Thắng; Thôn 6 và thôn Kon Đào thuộc xã Kon Đào."
    assert [c.unit for c in candidates(text) if c.unit] == []  # round 65


def test_a_statistics_label_gives_its_bare_value_a_unit():
    assert label_unit("Tổng số giường bệnh") == "giường bệnh"
    assert label_unit("Số ca mắc các bệnh dịch") == "ca"
    assert label_unit("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ") == "%"
    assert label_unit("Doanh thu du lịch (tỷ đồng)") == "tỷ đồng"
    # a rate: what it counts, per the base the label names
    assert label_unit("Bác sĩ bình quân 1 vạn dân") == "bác sĩ/1 vạn dân"
    assert label_unit("Số người chết do HIV/AIDS trên 100.000 dân (người)") == "người/100.000 dân"
    assert label_unit("Số giường bệnh trên 1 vạn dân") == "giường bệnh/1 vạn dân"  # the base once
    assert label_unit("GRDP") is None
    # round 77: a rate per head named before "đạt" gives the bare number it reaches its unit
    [goal] = targets("Đến năm 2030, số sinh viên đại học/vạn dân đạt ít nhất là 260, tỷ lệ giảng viên tăng.")
    assert (goal.value, goal.unit, goal.comparator) == (260, "sinh viên/vạn dân", ">=")


def test_a_bare_number_a_count_named_before_it_reaches_counts_that_noun():
    # rounds 42, 64, 73 and 97: "Số X là N", "tổng số X ... là N" with no unit after the number
    got = [(f.value, f.unit, f.indicator) for f in extract_facts(
        "Số người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp là 745.000, giảm 12% so với năm trước. "
        "Tỉnh nâng tổng số HTX đang hoạt động trên địa bàn tỉnh là 1.213; có 160 HTX đăng ký mới.", "t.txt")
        if f.type == "metric"]
    assert got == [(745000, "người", "Số người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp"),
                   (1213, "HTX", "tổng số HTX đang hoạt động trên địa bàn tỉnh"), (160, "HTX", "HTX đăng ký mới")]
    # an index's value is no count ("chỉ số", "điểm số")
    for text in ("Năm 2025, Hà Nội có điểm số PII là 65,68.", "Năm 2025, chỉ số PII của Hà Nội là 65,68."):
        assert [f.unit for f in extract_facts(text, "t.txt") if f.type == "metric" and f.value == 65.68] in ([], [None])


def test_a_day_and_month_after_den_or_a_time_of_day_is_no_ratio():
    # rounds 71 and 72: pages with no year to resolve the day by
    assert candidates("Đến 20/7, Bắc Giang đã kết thúc mùa vụ vải thiều.") == []
    assert candidates("14:55 17/04") == []
    assert [c.q.value for c in candidates("Đến nay, 20/21 xã đạt chuẩn.")] == [20]
    # round 117: the day something starts, after "từ", "kể từ"; not a share moving on
    assert candidates("Trạm y tế chuyển về trực thuộc UBND cấp xã từ 1/1.") == []
    assert candidates("Bản đồ cà phê của Việt Nam ra sao kể từ 1/7?") == []
    assert [c.q.value for c in candidates("Số trường đạt chuẩn tăng từ 5/10 lên 7/10 trường.")][-1:] == [7]


def test_a_fraction_counts_what_it_is_of_and_a_digit_for_mot_so_counts_nothing():
    [goal] = targets("Đến năm 2030, tỉnh phấn đấu giảm ít nhất 1/3 số hộ nghèo so với năm 2025.")
    assert (goal.value, goal.unit, goal.comparator, goal.deadline) == (0.3333, "số hộ", ">=", 2030)
    [goal] = targets("Đến năm 2030, tỉnh phấn đấu giảm ⅓ số hộ nghèo so với năm 2025.")
    assert (goal.value, goal.unit) == (0.3333, "số hộ")
    # round 80: a fraction of no "số" is a share of a whole, nothing counted
    [share] = candidates("Thương mại điện tử chiếm 10% tổng mức bán lẻ và ⅔ kinh tế số.")[1:]
    assert (share.q.value, share.unit, share.end - share.start) == (0.6667, None, 1)
    # round 42: "giá cả 1 số hàng hóa" is "một số hàng hóa", some goods
    assert candidates("Do giá cả 1 số hàng hóa đầu vào tăng đã ảnh hưởng đến sản xuất.") == []


def test_a_levels_number_is_no_list_of_days_and_no_count():
    text = "Trong đó, 18 trường mầm non, gồm 3 trường công nhận mức 1 sau 5 năm và 6 trường nâng lên mức 2; gồm 14 trường công nhận mức 1, 9 trường mức độ 2."
    assert [m.value for m in extract_facts(text, "t.txt") if m.type == "metric"] == [18, 3, 6, 14, 9]


def test_a_school_level_and_a_flight_belong_to_the_unit():
    text = "Tỉnh có 18 trường mầm non, 23 trường tiểu học đạt chuẩn; sân bay đón 47 chuyến bay quốc tế."
    assert [m.unit for m in extract_facts(text, "t.txt") if m.type == "metric"] == [
        "trường mầm non", "trường tiểu học", "chuyến bay"]


def test_health_stations_universities_and_schools_named_in_two_or_three_words_are_the_unit():
    # rounds 59, 77, 79, 84 and 98 write the whole kind of station or school
    text = ("Thành phố có 168 trạm y tế, 141 trạm y tế xã phường và hơn 50 trường đại học; "
            "tỉnh có hơn 49 cơ sở giáo dục nghề nghiệp và 2 cơ sở giáo dục đại học.")
    assert [m.unit for m in extract_facts(text, "t.txt") if m.type == "metric"] == [
        "trạm y tế", "trạm y tế xã phường", "trường đại học", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục đại học"]


def test_the_label_a_bare_value_is_stated_under():
    for text, label in [("Tổng số giường bệnh: 2.411", "Tổng số giường bệnh"),
                        ("Năm 2024, số sinh viên đại học/vạn dân đạt 260", "số sinh viên đại học/vạn dân"),
                        ("Số người nộp hồ sơ đề nghị hưởng trợ cấp là 745.000", "Số người nộp hồ sơ đề nghị hưởng trợ cấp")]:
        found = value_label(text, text.rindex(" ") + 1)
        assert found and found.group("label") == label
    assert value_label("Chỉ số sản xuất là 105", len("Chỉ số sản xuất là ")) is None  # "chỉ số" counts nothing


def test_a_rate_per_head_written_with_the_old_spelling_bac_sy_is_one_unit():
    [m] = metrics("Năm 2025, số bác sỹ đạt 15 bác sỹ/ 10.000 dân.", published="2026-01-03")
    assert (m.value, m.unit) == (15, "bác sỹ/10.000 dân")


def test_a_ring_roads_number_and_a_holidays_date_count_nothing():
    # rounds 108 and 109
    assert [c.q.value for c in candidates("Đường Vành đai 4 Hà Nội dài 112,8km.")] == [112.8]
    assert [c.q.value for c in candidates("Dịp lễ 2/9 vừa qua, Bảo tàng đón hơn 14.600 lượt khách.")] == [14600]
    assert [c.q.value for c in candidates("Giá tăng từ mùng 4 Tết tới nay, thêm 20.000 đồng/kg.")] == [20000]


def test_the_number_of_a_round_of_events_counts_nothing():
    # round 113: "Đợt 3" is the third round, its firms and workers are counted
    got = [c.q.value for c in candidates("Đợt 3 dự kiến diễn ra trong tháng 6, với sự tham gia của 8–10 doanh nghiệp.")]
    assert got == [8]


def test_the_criteria_a_class_of_communes_meets_count_nothing():
    # rounds 82 and 104: the communes are counted; one commune named keeps its result
    text = "Có 18 xã duy trì 19 tiêu chí, 15 xã đạt 15-18 tiêu chí; 34/45 xã đạt 19/19 tiêu chí. Xã Tân Lập đạt 15/19 tiêu chí."
    assert [text[c.start:c.end] for c in candidates(text)] == ["18 xã", "15 xã", "34/45 xã", "15/19 tiêu chí"]


def test_positions_count_as_sites_but_not_as_places_in_a_table_or_a_rank_move():
    # rounds 63, 108, 109: roads' flooded spots, aircraft stands
    text = "Hiện còn 30 vị trí trên quốc lộ bị ngập; sân bay có 120 vị trí đỗ tàu bay."
    assert [c.q.value for c in candidates(text)] == [30, 120]
    text = "Hà Nội tăng 3 vị trí; TPHCM chiếm 3 vị trí đầu tiên, 4 vị trí tiếp theo thuộc về các bộ."
    assert [c.q.value for c in candidates(text)] == []


def test_a_list_of_bracketed_counts_cut_before_its_last_bracket_closes():
    # a page cut mid-list: the last count still reads, and nothing crashes
    text = "Có 288 em đạt giải, tiếp theo là Ninh Bình (238), Phú Thọ (229"
    assert [(text[c.start:c.end], c.unit) for c in candidates(text)] == [
        ("288 em", "em"), ("Ninh Bình (238)", "em"), ("Phú Thọ (229", "em")]


def test_a_sentence_s_candidates_are_read_once_and_each_caller_gets_its_own_list():
    from extract.pipeline import extract_facts
    from extract.quantities import _candidates
    text = "Năm 2024, tỉnh có 120 doanh nghiệp công nghệ số; phấn đấu đến năm 2030 có 500 doanh nghiệp."
    _candidates.cache_clear()
    facts = extract_facts(text, "t.txt", published="2025-01-10")
    assert {(f.type, f.value) for f in facts if f.type in ("target", "metric")} == {("metric", 120), ("target", 500)}
    assert _candidates.cache_info().hits >= 1  # the targets and the metrics share one reading
    candidates(text).clear()
    assert [c.q.value for c in candidates(text)] == [120, 500]
