from extract.indicators import goal_indicator, metric_indicator, names_the_counted


def test_a_counted_noun_names_what_is_measured_and_an_amount_does_not():
    assert names_the_counted("tài khoản") and names_the_counted("triệu hồ sơ")
    assert not names_the_counted("tỷ đồng") and not names_the_counted("triệu đồng/người")
    assert not names_the_counted("%") and not names_the_counted("ha") and not names_the_counted(None)
    # power, energy, area and scores are amounts too; "điểm" before a noun counts places
    assert not any(map(names_the_counted, ("MW", "triệu kWh/năm", "km2", "tạ/ha", "điểm", "điểm phần trăm", "điểm %")))
    assert names_the_counted("điểm trường") and names_the_counted("điểm nguy cơ")


def test_power_and_area_are_named_by_the_phrase_before_them():
    text = "Dự án có tổng vốn đầu tư 4.679 tỷ đồng, công suất thiết kế 143 MW."
    assert metric_indicator(text, text.index("143"), len(text) - 1, "MW", ratio=False) == "công suất thiết kế"
    text = "Sau sáp nhập, diện tích tự nhiên của tỉnh là 9.888,91 km2."
    assert metric_indicator(text, text.index("9.888"), len(text) - 1, "km2", ratio=False) == "diện tích tự nhiên của tỉnh"


def test_an_amount_achieved_is_named_by_the_phrase_before_it():
    text = "Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng."
    assert metric_indicator(text, text.index("trên"), len(text) - 1, "tỷ đồng", ratio=False) == "GRDP của tỉnh"
    text = "Tỉnh đã tích hợp 960/1.818 dịch vụ công."
    assert metric_indicator(text, text.index("960"), len(text) - 1, "dịch vụ công", ratio=True) == "dịch vụ công"
    # an amount's ratio too (round 123), unless words after the amount say what it is of
    text = "Tổng giải ngân của thành phố đạt 1.034/2.320 tỷ đồng, đạt 44,6%."
    end = text.index(",")
    assert metric_indicator(text, text.index("1.034"), end, "tỷ đồng", ratio=True) == "Tổng giải ngân của thành phố"
    text = "Trong số 310 km bờ biển có đến 204 km bị sạt lở."
    assert metric_indicator(text, 0, text.index(" bị"), "km", ratio=True) == "km bị sạt lở"
    # a bare scale as the unit ("1,5/2 triệu") names nothing after it and measures nothing
    text = "Tỉnh đã giải ngân 1,5/2 triệu."
    assert metric_indicator(text, text.index("1,5"), len(text) - 1, "triệu", ratio=True) == "Tỉnh đã giải ngân"


def test_a_count_is_named_by_its_noun_and_the_words_after_that_say_which():
    text = "Hiện ứng dụng đã có hơn 132.000 tài khoản đăng ký."
    end = text.index(" đăng")
    assert metric_indicator(text, text.index("hơn"), end, "tài khoản", ratio=False) == "tài khoản đăng ký"
    # up to a cause, a place, a change or the next value
    text = "Cả nước có 351 xã đạt chuẩn nông thôn mới nâng cao, tăng 20 xã; Nghệ An 4 người do lũ cuốn."
    end = text.index(" đạt")
    assert metric_indicator(text, 11, end, "xã", ratio=False) == "xã đạt chuẩn nông thôn mới nâng cao"
    end = text.index(" do")
    assert metric_indicator(text, text.index("4 người"), end, "người", ratio=False) == "người"
    text = "Thu hút 852 ngàn khách quốc tế và 3 triệu lượt khách nội địa."
    end = text.index(" quốc")
    assert metric_indicator(text, text.index("852"), end, "ngàn khách", ratio=False) == "khách quốc tế"


def test_a_goal_is_named_after_a_percentage_or_before_an_amount():
    text = "Đến năm 2025, 80% thủ tục hành chính được cung cấp trực tuyến."
    assert goal_indicator(text, text.index("80"), text.index("%") + 1, "%") == "thủ tục hành chính"
    text = "Phấn đấu đến năm 2030, thu ngân sách đạt 15.445 tỷ đồng."
    assert goal_indicator(text, text.index("15"), text.index(" tỷ"), "tỷ đồng") == "thu ngân sách"


def test_the_item_before_and_a_bare_comparison_name_nothing():
    text = "Tỷ trọng công nghiệp-xây dựng chiếm 32,77% đến 32,79% và thương mại dịch vụ chiếm 59,13% đến 59,14%."
    a, b = text.index("32,77"), text.index("32,79%") + 6
    assert goal_indicator(text, a, b, "%") == "Tỷ trọng công nghiệp-xây dựng"
    a = text.index("59,13")
    assert goal_indicator(text, a, a + 17, "%") == "thương mại dịch vụ"


def test_a_goal_verb_cut_by_the_word_limit_is_still_no_part_of_the_name():
    # round 66: not "tiêu thu nhập bình quân đầu người", the tail of "mục tiêu"
    text = "Về văn hóa - xã hội, phường đặt mục tiêu thu nhập bình quân đầu người tăng hơn 8%/năm."
    assert goal_indicator(text, text.index("hơn"), text.index("/năm"), "%/năm") == "thu nhập bình quân đầu người"
    # a subject before "phấn đấu" names what it aims at; what a result beat names nothing
    text = "Tỷ lệ dân cư được sử dụng nước sạch phấn đấu đạt 60,06%."
    assert goal_indicator(text, text.index("60"), text.index("%") + 1, "%") == "Tỷ lệ dân cư được sử dụng nước sạch"
    text = "Thu ngân sách hằng năm đều vượt chỉ tiêu 246%."
    assert metric_indicator(text, text.index("246"), len(text) - 1, "%", ratio=False) is None



def test_a_share_is_named_by_the_noun_after_it_unless_the_phrase_before_names_a_share():
    text = "Khảo sát cho thấy 81% doanh nghiệp nhận định thủ tục còn rườm rà."
    pct = text.index("81%")
    assert metric_indicator(text, pct, pct + 3, "%", ratio=False) == "doanh nghiệp nhận định thủ tục còn rườm rà"
    text = "Tỷ lệ phủ sóng 5G đạt 61,2% dân số."
    pct = text.index("61,2%")
    assert metric_indicator(text, pct, pct + 5, "%", ratio=False) == "Tỷ lệ phủ sóng 5G"
    text = "Sản lượng thịt gia cầm tăng 7,7% nhờ chuyển đổi hình thức nuôi."
    pct = text.index("7,7%")
    assert metric_indicator(text, pct, pct + 4, "%", ratio=False) == "Sản lượng thịt gia cầm"


def test_a_share_of_a_plan_is_named_by_the_clause_subject_against_that_plan():
    text = "Thu ngân sách địa phương đạt 6.551 tỷ đồng, bằng 35,2% dự toán Trung ương giao, tăng 32,8%."
    pct = text.index("35,2%")
    assert metric_indicator(text, pct, pct + 5, "%", ratio=False) == (
        "Thu ngân sách địa phương so với dự toán Trung ương giao")
    # no verb before the first value; the plan after "so với"; a month's number is no value
    text = "Tính đến giữa tháng 12, thu dầu thô 27.412 tỷ đồng, ước đạt 85,8% so với dự toán và tăng 5,9%."
    pct = text.index("85,8%")
    assert metric_indicator(text, pct, pct + 5, "%", ratio=False) == "thu dầu thô so với dự toán"
    text = "Giá trị xuất khẩu ước đạt 18,5 tỷ USD, tăng 8,1% so với cùng kỳ, bằng 74% KH năm."
    pct = text.index("74%")  # not "bằng"
    assert metric_indicator(text, pct, pct + 3, "%", ratio=False) == "Giá trị xuất khẩu so với KH năm"
    # the share is the clause's first value
    text = "Cụ thể, thu dầu thô đạt 268,1% dự toán và bằng 177,5% so với cùng kỳ."
    pct = text.index("268,1%")
    assert metric_indicator(text, pct, pct + 6, "%", ratio=False) == "thu dầu thô so với dự toán"


def test_a_lead_word_is_peeled_off_whole_not_out_of_a_name():
    text = "Lào Cai đạt 4.123 ha."  # "Là" opens "Lào": no lead "là" to peel off
    assert metric_indicator(text, text.index("4.123"), text.index(" ha") + 3, "ha", ratio=False) == "Lào Cai"
    text = "Và tổng thu ngân sách đạt 4.123 tỷ đồng."
    assert metric_indicator(text, text.index("4.123"), len(text) - 1, "tỷ đồng", ratio=False) == "tổng thu ngân sách"



def test_the_year_told_at_and_the_copula_are_no_part_of_the_name():
    # round 112: "tỷ lệ hộ nghèo đa chiều đến năm 2024 là 1,93%"
    text = "Theo đó, tỷ lệ hộ nghèo đa chiều đến năm 2024 là 1,93%; tỷ lệ hộ nghèo dân tộc thiểu số còn 12,55%."
    first = text.index("1,93%")
    assert metric_indicator(text, first, first + 5, "%", ratio=False) == "tỷ lệ hộ nghèo đa chiều"
    last = text.index("12,55%")
    assert metric_indicator(text, last, last + 6, "%", ratio=False) == "tỷ lệ hộ nghèo dân tộc thiểu số"
    # a fall "xuống còn" keeps its verb; a year without "đến" may be a base year ("theo giá so sánh năm 2010")
    text = "Tỷ lệ hộ nghèo giảm xuống còn 2,1%."
    assert metric_indicator(text, text.index("2,1"), len(text) - 1, "%", ratio=False) == "Tỷ lệ hộ nghèo giảm xuống còn"


def test_a_bare_count_of_people_or_visits_is_named_by_the_phrase_before_it():
    text = "Trong đó, khách quốc tế ước đạt 8,5 triệu lượt và tăng gần 40% so với cùng kỳ."
    start = text.index("8,5")
    assert metric_indicator(text, start, text.index(" và"), "triệu lượt", ratio=False) == "khách quốc tế"
    text = "Năm 2023, xuất khẩu lao động là 1.061 người."
    start = text.index("1.061")
    assert metric_indicator(text, start, len(text) - 1, "người", ratio=False) == "xuất khẩu lao động"
    # words after the noun still say which: "người chết"
    text = "Bão làm 297 người chết."
    assert metric_indicator(text, text.index("297"), text.index(" chết"), "người", ratio=False) == "người chết"
    # a province and its verb say where, not what: the counted noun stays
    text = "Quảng Ninh đón 339.000 lượt, thấp hơn cùng kỳ."
    assert metric_indicator(text, text.index("339"), text.index(","), "lượt", ratio=False) == "lượt"


def test_a_goal_of_a_bare_count_is_named_by_the_phrase_before_it_too():
    text = "Đến năm 2025, khách quốc tế đạt 1,2 triệu lượt."
    start = text.index("1,2")
    assert goal_indicator(text, start, len(text) - 1, "triệu lượt") == "khách quốc tế"
    text = "Phấn đấu đến năm 2025, đón 5 triệu lượt khách du lịch."
    start = text.index("5 triệu")
    # a noun after the count names it already
    assert goal_indicator(text, start, text.index(" du lịch"), "triệu lượt khách") == "lượt khách du lịch"


def test_nouns_listed_after_a_percentage_are_named_together():
    # round 93: "90% thôn, tổ dân phố" is a share of villages and street groups, not of villages
    text = "Đến năm 2025, hơn 90% thôn, tổ dân phố đạt chuẩn văn hóa; 95% cơ quan, đơn vị, doanh nghiệp đạt chuẩn."
    start = text.index("hơn 90%")
    assert goal_indicator(text, start, start + 7, "%") == "thôn, tổ dân phố"
    start = text.index("95%")
    assert goal_indicator(text, start, start + 3, "%") == "cơ quan, đơn vị, doanh nghiệp"


def test_a_list_items_label_names_the_values_after_it():
    # round 113: "+ Thủy điện: 36,5 tỷ kWh, chiếm 23,4%" gives both values their source
    text = "+ Thủy điện: 36,5 tỷ kWh, chiếm 23,4%."
    for value, unit in (("36,5 tỷ kWh", "tỷ kWh"), ("23,4%", "%")):
        start = text.index(value)
        assert metric_indicator(text, start, start + len(value), unit, False) == "Thủy điện"
    text = "Tổng thu du lịch ước đạt: 45.606 tỉ đồng."
    assert metric_indicator(text, text.index("45"), len(text) - 1, "tỉ đồng", False) == "Tổng thu du lịch"


def test_a_place_or_a_lists_opening_line_is_no_label():
    # round 37: "Bắc Giang: 13,85%" says where; round 53: the line opening a list says what the list is of
    for text in ("Bắc Giang: 13,85%", "Các bộ có tỷ lệ thấp nhất lần lượt là: Xây dựng (16,6%)"):
        start = text.index("1")
        assert metric_indicator(text, start, start + 6, "%", False) is None
