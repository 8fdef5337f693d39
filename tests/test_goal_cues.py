"""Goal or not, and which horizon: extract/goal_cues.py (the cues in
extract/patterns/quantities.json), through the targets and facts it gives."""
from extract.goal_cues import carried_horizon, deadlines, is_goal
from extract.pipeline import extract_facts
from extracted import metrics, targets


def test_an_expected_take_is_a_goal():
    [t] = targets("Xuất khẩu nông, lâm, thủy sản kỳ vọng thu 70 tỉ USD trong năm 2025")
    assert (t.value, t.unit, t.deadline) == (70, "tỉ USD", 2025)


def test_a_result_above_the_forecast_is_no_goal():
    # round 72: "cao hơn dự kiến" sets a result against the forecast, the next sentence's results too
    text = ("Tổng sản lượng vải thiều đạt hơn 199.500 tấn, cao hơn dự kiến gần 20.000 tấn.\n"
            "Trong đó, vải sớm đạt hơn 61.000 tấn; vải chính vụ đạt hơn 138.500 tấn.")
    assert targets(text) == []
    assert targets("Sản lượng dự kiến đạt 200.000 tấn.")[0].value == 200000


def test_a_projects_design_is_no_goal():
    # round 87: a plant's planned capacity, cost and output are its attributes (POLICY: metrics)
    text = ("Tổng công suất nhà máy dự kiến 200 MW với tổng mức đầu tư dự kiến 3.000 tỷ đồng. "
            "Khi đi vào hoạt động, nhà máy dự kiến cung cấp 6-10 tỷ kWh điện mỗi năm.")
    assert targets(text) == []
    assert {m.value for m in metrics(text)} == {200, 3000, 6}
    # a horizon still makes a goal of it
    [t] = targets("Đến năm 2030, tổng công suất dự kiến đạt 14.415 MW.")
    assert (t.value, t.deadline) == (14415, 2030)


def test_resolve_before_a_verb_of_attainment_is_a_goal_cue_and_the_noun_is_not():
    # round 88: "quyết tâm tăng trưởng GRDP 10 - 10,5%"
    [t] = targets("Năm 2026, tỉnh Tây Ninh quyết tâm tăng trưởng GRDP 10 - 10,5%")
    assert (t.value, t.comparator, t.deadline) == (10, ">=", 2026)
    text = "Với quyết tâm cao, năm 2025 tỉnh đạt tăng trưởng 9,52%."
    assert targets(text) == [] and [m.value for m in metrics(text)] == [9.52]


def test_goal_cue_after_the_number():
    [t] = targets("Theo kế hoạch, trên 60% hợp tác xã sẽ ứng dụng nền tảng số.")
    assert (t.value, t.comparator) == (60, ">=")


def test_every_item_of_a_goal_list_after_semicolons_is_a_goal():
    text = ("Về xã hội số, kế hoạch đề ra các mục tiêu đến năm 2027 như: tỷ lệ hộ gia đình có cáp quang "
            "đạt 85%; tỷ lệ người dân có tài khoản thanh toán đạt trên 60%.")
    got = {(t.value, t.comparator, t.deadline) for t in targets(text)}
    assert got == {(85, "=", 2027), (60, ">=", 2027)}


def test_a_goal_in_an_aside_does_not_make_the_next_items_goals():
    text = ("Tỉnh đã rà soát các thủ tục (dự kiến hoàn thành trong tháng 7); tỷ lệ hồ sơ trực tuyến "
            "đạt 34,5%.")
    assert [f.type for f in extract_facts(text, "t.txt") if f.text == "34,5%"] == ["metric"]


def test_a_term_naming_a_body_is_no_horizon():
    text = "Ban Chấp hành Đảng bộ tỉnh Cà Mau nhiệm kỳ 2025-2030 có 56 người."
    assert targets(text) == []
    assert [m.value for m in extract_facts(text, "t.txt") if m.type == "metric"] == [56]
    # a term as the time of a goal still is one
    assert [(t.value, t.deadline) for t in targets("Nhiệm kỳ 2025-2030, tỉnh có thêm 56 xã nông thôn mới.")] == [(56, 2030)]


def test_the_number_of_those_needing_something_is_a_count_reported_unless_due_by_a_time_named():
    # round 129: vacancies reported for a half-year gone by, and the share told after them
    text = ("Trong 6 tháng đầu năm 2025, trên địa bàn có hơn 110 doanh nghiệp có nhu cầu tuyển dụng với tổng số lao động "
            "cần tuyển lên tới 15.500 người, trong đó lao động nữ chiếm khoảng 70%.")
    assert targets(text, published="2025-07-17") == []
    assert [m.value for m in metrics(text, published="2025-07-17")] == [110, 15500, 70]
    # round 55: what is left to disburse by a month named is a goal
    text = "Số vốn còn lại cần giải ngân đến hết tháng 01/2026 là trên 12.615 tỷ đồng."
    assert [t.value for t in targets(text, published="2025-11-12")] == [12615]


def test_a_plan_named_for_a_period_is_due_at_its_end():
    # round 128: no "năm" before the period
    text = ("Kế hoạch tài chính 2026 - 2030, An Giang đặt mục tiêu tăng trưởng kinh tế từ 11%/năm trở lên, "
            "GRDP toàn giai đoạn gần 2,4 triệu tỷ đồng.")
    assert [(t.value, t.deadline) for t in targets(text, published="2025-12-20")] == [(11, 2030), (2.4, 2030)]
    # a document's date is no period
    assert deadlines("Kế hoạch số 12/KH-UBND ngày 5/3/2025 đặt mục tiêu 30 doanh nghiệp.") == []


def test_the_year_a_move_starts_from_is_no_horizon():
    # round 123: "từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng" in the 2026 scenario
    text = ("Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự kiến từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng. "
            "Trong đó, khu vực công nghiệp – xây dựng dự kiến tăng 19,29%.")
    assert [(t.value, t.deadline) for t in targets(text, published="2026-03-12")] == [(67735, 2026), (19.29, 2026)]


def test_a_school_year_is_due_at_its_end():
    # round 118: "năm học 2025-2026" runs to mid-2026
    assert deadlines("Năm học 2025-2026 sẽ tuyển dụng 145 giáo viên.") == [(0, 2026)]
    text = "Để chuẩn bị cho khai giảng năm học 2025-2026, toàn thành phố dự kiến sẽ đưa vào sử dụng 1.287 phòng học mới."
    assert [(t.value, t.deadline) for t in targets(text)] == [(1287, 2026)]


def test_a_period_in_which_values_were_recorded_is_no_horizon():
    # round 83: "ghi nhận" (recorded) reports, like "đạt"
    text = "Bước sang giai đoạn 2021 - 2025, tỉnh Quảng Ngãi ghi nhận 18 dự án FDI với tổng vốn khoảng 650 triệu USD."
    assert targets(text, published="2025-09-03") == []
    got = targets("Giai đoạn 2021 - 2025, tỉnh thu hút 18 dự án FDI.", published="2025-09-03")
    assert [(t.value, t.deadline) for t in got] == [(18, 2025)]


def test_a_period_compared_with_is_no_horizon_for_the_goals_that_follow():
    text = ("Hà Nội đề ra mục tiêu đến năm 2025, duy trì tăng trưởng kinh tế cao hơn giai đoạn 2015-2020. "
            "Hà Nội cơ bản trở thành thành phố công nghiệp hóa, GRDP/người đạt 8.100-8.300 USD/người.")
    got = [(t.value, t.deadline) for t in targets(text) if t.value is not None]
    assert got == [(8100, 2025)]


def test_a_horizon_up_to_the_end_of_a_period_is_due_at_its_last_year():
    [t] = targets("Tổng thu từ khách du lịch dự kiến đến hết năm 2016 – 2020 đạt 7.826 tỷ đồng.")
    assert (t.value, t.deadline) == (7826, 2020)
    text = ("Nghị quyết đặt ra các chỉ tiêu về kinh tế, xã hội và môi trường cho 5 năm 2026-2030. Trong đó các chỉ tiêu môi "
            "trường là: tỷ lệ che phủ rừng duy trì mức 42%; lượng phát thải khí nhà kính giảm 8-9%.")
    assert [(t.value, t.deadline) for t in targets(text, published="2026-02-23")] == [(42, 2030), (8, 2030)]


def test_a_year_opening_a_clause_is_the_horizon_of_what_follows():
    text = ("Trong giai đoạn 1997-2021, tăng trưởng GRDP của tỉnh đạt khá cao, bình quân tăng 13,4%/năm; năm 2022, kinh tế phục hồi, dự kiến "
            "cả 17/17 chỉ tiêu đạt và vượt; tốc độ tăng trưởng kinh tế ước đạt 9,54%.")
    assert [(t.value, t.deadline) for t in targets(text)] == [(9.54, 2022)]


def test_a_closing_purpose_s_horizon_is_not_handed_on():
    text = ("Chính phủ đặt mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên, tạo nền tảng vững chắc để đạt "
            "tốc độ tăng trưởng hai con số trong giai đoạn 2026 - 2030.")
    assert carried_horizon(text) == 2025
    assert carried_horizon("Phấn đấu đến năm 2030, GRDP bình quân đầu người đạt 9.800 USD.") == 2030


def test_goals_counted_then_listed_are_goals_but_results_counted_are_not():
    goals = targets("7 mục tiêu tăng trưởng của các ngành, lĩnh vực năm 2025 thuộc Bộ Công Thương nêu tại Nghị quyết "
                    "số 25/NQ-CP bao gồm: Tốc độ tăng tổng kim ngạch xuất khẩu hàng hóa đạt 12%; thặng dư thương mại "
                    "hàng hóa đạt 30 tỷ USD.")
    assert [(t.value, t.deadline) for t in goals] == [(12, 2025), (30, 2025)]
    assert targets("Năm 2025, tỉnh có 15/16 chỉ tiêu đạt và vượt, gồm: GRDP tăng 8,2%; thu ngân sách đạt "
                   "20.000 tỷ đồng.") == []


def test_a_year_compared_with_is_no_deadline():
    assert deadlines("Kim ngạch nhập khẩu 400 triệu USD, giảm 6,52% so với ước thực hiện năm 2017.") == []
    assert deadlines("Thu ngân sách tăng 7,98% so với số ước thực hiện năm 2018.") == []
    # round 83: a plan named before it is no plan of that year
    assert deadlines("Vượt kế hoạch đề ra (kế hoạch tăng từ 14 - 16% so với cuối năm 2020).") == []
    assert [y for _, y in deadlines("Phấn đấu GDP năm 2019 tăng 6,8%.")] == [2019]
    # the end of a year compared with, the point a state is told at
    assert deadlines("Chỉ tiêu 80%, tăng 10,6% so với cuối năm 2021.") == []
    assert deadlines("Chỉ tiêu 20% (tại thời điểm cuối năm 2021 chưa có huyện nào).") == []
    assert [y for _, y in deadlines("Phấn đấu đến thời điểm cuối năm 2025 có 20 huyện.")] == [2025]


def test_the_period_of_a_standard_is_no_horizon():
    text = ("Kết quả rà soát hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025: "
            "hộ nghèo có 10.689 hộ, chiếm 3,20% tổng số hộ.")
    facts = extract_facts(text, "t.txt", published="2022-12-20")
    assert [(f.type, f.value) for f in facts if f.type in ("target", "metric")] == [
        ("metric", 10689), ("metric", 3.2)]
    # a set of criteria is a standard too
    text = ("Số xã đã được công nhận đạt chuẩn nông thôn mới nâng cao đáp ứng Bộ tiêu chí giai đoạn 2021 - 2025 "
            "là 3/15 xã, tỷ lệ 20%.")
    assert [(f.type, f.value) for f in extract_facts(text, "t.txt") if f.type in ("target", "metric")] == [
        ("metric", 3), ("metric", 20)]


def test_a_result_told_after_the_aim_it_keeps_is_no_goal():
    text = ("9 tháng đầu năm 2025, Ninh Bình vẫn giữ vững mục tiêu tăng trưởng hai con số khi GRDP ước đạt "
            "10,45%, đứng thứ 3/34 tỉnh, thành trong cả nước.")
    facts = extract_facts(text, "t.txt", published="2025-10-10")
    assert not [f for f in facts if f.type == "target"]
    assert [f.value for f in facts if f.type == "metric"] == [10.45]


def test_a_state_told_ensured_before_a_colon_opens_no_goal_list():
    # round 77: "đảm bảo" closing its clause tells how things stand; "đảm bảo 100% ..." aims
    text = ("Công tác duy trì sĩ số đảm bảo: bậc mầm non duy trì sĩ số hàng năm đạt 100%; bậc THCS duy trì "
            "sĩ số hàng năm đạt 99,3%.")
    facts = extract_facts(text, "t.txt", published="2024-06-01")
    assert [(f.type, f.value) for f in facts if f.type in ("metric", "target")] == [("metric", 100), ("metric", 99.3)]
    assert is_goal("Tỉnh đảm bảo 100% trường học có điện.", 13)


def test_a_crop_season_is_due_at_its_end():
    [t] = targets("Vụ Đông - Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha.",
                  published="2023-11-22")
    assert (t.value, t.unit, t.deadline) == (11397.2, "ha", 2024)


def test_a_plan_a_result_is_compared_with_or_has_met_aims_at_nothing_after_it():
    # round 59: a national review written on 29 December 2025
    text = ("Bộ trưởng cho biết ngành y tế đã hoàn thành và vượt cả 4 chỉ tiêu chủ yếu được Quốc hội giao.\n"
            "Theo đó, tuổi thọ trung bình năm 2025 ước đạt 74,8 tuổi, vượt mục tiêu 74,5 tuổi. Tỉ lệ đạt 15 bác "
            "sĩ/vạn dân, cao hơn nhiều so với chỉ tiêu 10 bác sĩ/vạn dân; số giường bệnh đạt 34,5 giường/vạn dân.")
    got = [(f.type, f.value, f.unit) for f in extract_facts(text, "t.txt", published="2025-12-29")
           if f.type in ("target", "metric")]
    # the plan's figures named after the results are the goals, due in the year reported on
    assert got == [("metric", 4, "chỉ tiêu"), ("metric", 74.8, "tuổi"), ("target", 74.5, "tuổi"),
                   ("metric", 15, "bác sĩ/vạn dân"), ("target", 10, "bác sĩ/vạn dân"),
                   ("metric", 34.5, "giường/vạn dân")]
    assert {f.deadline for f in extract_facts(text, "t.txt", published="2025-12-29") if f.type == "target"} == {2025}


def test_a_result_above_the_goal_or_tasks_set_completed_aim_at_nothing_after_them():
    # round 83
    text = ("Tốc độ tăng trưởng kinh tế đạt 10,52%, cao hơn mục tiêu Chính phủ giao, đứng thứ nhất vùng Trung du "
            "và miền núi phía Bắc và đứng thứ 4/34 tỉnh, thành phố trong cả nước.")
    assert targets(text) == []
    text = ("Năm 2025, Sở Tài chính đã nỗ lực vượt qua khó khăn, hoàn thành toàn diện các nhiệm vụ được giao. "
            "GRDP bình quân đầu người đạt 111,4 triệu đồng, đứng thứ 4/34 tỉnh, thành phố.")
    assert targets(text) == []
    assert [t.value for t in targets("Tỉnh phấn đấu hoàn thành các nhiệm vụ được giao, đứng thứ 4/34 tỉnh.")] == [4]


def test_a_holiday_named_with_its_year_dates_the_goals_set_for_it():
    # round 60 (POLICY after rounds 59 and 60): bonuses planned for "Tết Dương lịch 2026" are due 2026
    text = ("Đối với Tết Dương lịch 2026, có 176 doanh nghiệp dự kiến thưởng cho 40.266 lao động, với mức thưởng "
            "bình quân 2,26 triệu đồng/người.")
    assert [(t.value, t.deadline) for t in targets(text, published="2025-12-24")] == [(40266, 2026), (2.26, 2026)]
    assert deadlines("Tết Nguyên đán 2027, tỉnh dự kiến thưởng 5 triệu đồng.") == [(0, 2027)]
    # the lunar year's name between the holiday and its year (round 62)
    text = "Dự báo sức mua trong dịp Tết Nguyên đán Bính Ngọ 2026 sẽ tăng khoảng 5% so với Tết năm trước."
    assert [(t.value, t.deadline) for t in targets(text, published="2025-12-20")] == [(5, 2026)]



def test_a_goal_cue_opening_a_headline_after_its_place_and_colon():
    # round 33: the cue is capitalised after "Thái Bình:"
    text = "Thái Bình: Phấn đấu tăng trưởng GRDP năm 2025 đạt 10,5% trở lên"
    [t] = targets(text)
    assert (t.value, t.comparator, t.deadline) == (10.5, ">=", 2025)


def test_each_item_after_a_deadline_is_read_alone_and_a_period_of_what_was_done_is_no_horizon():
    # round 66: "đạt tiêu chuẩn" in the first item reports nothing about the third
    text = ("Đến hết năm 2025, toàn tỉnh có ít nhất 280 sản phẩm OCOP đạt tiêu chuẩn từ 3 sao trở lên; "
            "có từ 3-4 sản phẩm có tiềm năng đạt 5 sao.")
    assert [(t.value, t.deadline) for t in targets(text)] == [(280, 2025), (3, 2025)]
    text = ("Phấn đấu đến hết năm 2030 có ít nhất 50% sản phẩm đã được xếp hạng 3 sao giai đoạn 2021-2025 "
            "được nâng hạng lên 4 sao; có tối thiểu 10 sản phẩm đạt tiêu chuẩn 5 sao.")
    assert [(t.value, t.deadline) for t in targets(text)] == [(50, 2030), (10, 2030)]


def test_a_running_total_to_the_end_of_a_year_is_no_goal():
    text = "Lũy kế đến hết năm 2020, toàn tỉnh có 11.778 doanh nghiệp đăng ký kinh doanh."
    assert targets(text) == []


def test_striving_as_a_noun_and_goals_set_and_met_aim_at_nothing():
    # round 66: "sự phấn đấu" is the effort made; "hoàn thành các chỉ tiêu chủ yếu đề ra" is a plan met
    assert targets("Với sự phấn đấu nỗ lực của cả hệ thống chính trị, tốc độ tăng trưởng kinh tế của huyện đạt 8,5%.") == []
    text = ("Trong nhiệm kỳ qua, xã đã cơ bản thực hiện hoàn thành các chỉ tiêu chủ yếu đề ra. "
            "Cụ thể, tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 10,3%.")
    assert targets(text) == []


def test_a_target_met_or_beaten_is_no_goal_cue_for_what_follows():
    # round 78: "vượt 2,97% so với chỉ tiêu; có 76 tộc đạt danh hiệu ..." reports results
    text = ("Năm 2023, số hộ đạt danh hiệu đạt 14.504 hộ, vượt 2,97% so với chỉ tiêu; có 76 tộc đạt danh hiệu "
            "tộc văn hóa (tỷ lệ 89%).")
    assert not is_goal(text, text.index("76 tộc")) and not is_goal(text, text.index("89%"))


def test_the_figure_of_a_plan_the_provincial_committee_gave_is_a_goal():
    # round 70: "so với chỉ tiêu UBND tỉnh giao (35,5%)"
    text = "Tổng số người tham gia BHXH chiếm tỷ lệ 35,1%, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)."
    assert is_goal(text, text.index("35,5%")) and not is_goal(text, text.index("35,1%"))


def test_a_report_measured_against_its_plan_is_no_goal_whatever_horizon_opens_it():
    # round 82: "đạt 104,2% kế hoạch" tells a result; the horizon before it is the report's cut-off
    text = ("Đến hết tháng 12/2024, tổng sản lượng thủy sản 9,609 triệu tấn, đạt 104,2% kế hoạch. Trong đó, "
            "khai thác 3,855 triệu tấn, vượt 8,9% kế hoạch, không đạt chỉ tiêu đề ra là giảm còn 3,54 triệu tấn; "
            "nuôi trồng 5,753 triệu tấn, vượt 1,03% kế hoạch. Kim ngạch xuất khẩu 10,07 tỷ USD, đạt 106% kế hoạch.")
    assert [t.value for t in targets(text)] == [3.54]  # the goal missed
    # a share of the plan a goal may aim at still leaves the horizon its goal
    assert [t.value for t in targets("Đến năm 2025, giải ngân vốn đầu tư công đạt 100% kế hoạch.")] == [100]


def test_a_quarter_of_a_plan_is_due_in_its_year():
    # round 107: "quý 1-2026" names the plan's year, with no "năm" before it
    [t] = targets("Về mục tiêu, nhiệm vụ tháng 2 và quý 1-2026, thành phố phấn đấu tăng trưởng kinh tế quý 1 "
                  "đạt 112.684 tỉ đồng.", published="2026-02-05")
    assert (t.value, t.deadline) == (112684, 2026)
