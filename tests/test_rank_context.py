"""Which index and edition year a rank belongs to, and whose rank it is: subject, passed by, carried on."""
from extracted import facts

S004 = ("Theo Sở Thông tin và Truyền thông, năm 2021, Bộ TT&TT đánh giá xếp hạng chuyển đổi số cấp tỉnh: "
        "Thứ bậc xếp hạng DTI của các địa phương mức trung bình là 0,4595 điểm, Tây Ninh xếp vị trí số 44 "
        "với 0,3426 điểm, tăng 2 bậc so với năm 2020 (xếp 46 với 0,2686 điểm).")


def ranks(text):
    return {(r.province, r.index, r.component, r.year, r.rank, r.total, r.score) for r in facts(text, "ranking")}


def rankings(text):
    return [(r.province, r.rank, r.total, r.score, r.year, r.component)
            for r in facts(text, "ranking")]


def test_current_and_previous_year_in_one_sentence():
    got = {(r.index, r.year, r.rank, r.score, r.province) for r in facts(S004, "ranking")}
    assert got == {("DTI", 2021, 44, 0.3426, "Tây Ninh"), ("DTI", 2020, 46, 0.2686, "Tây Ninh")}


def test_rank_with_index_named_but_no_year_keeps_year_null():
    [r] = facts("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Thanh Hóa đã có bước tiến, đạt thứ hạng 15.", "ranking")
    assert (r.index, r.rank, r.year, r.province) == ("PCI", 15, None, "Thanh Hóa")


def test_abbreviated_pillars_continue_the_province_and_year_of_the_sentence_before():
    text = "Năm 2022, chỉ số DTI của Lào Cai xếp thứ 38/63. Trong đó, CQS xếp thứ 20/63; XHS xếp thứ 45/63."
    got = ranks(text)
    assert ("Lào Cai", "DTI", "Chính quyền số", 2022, 20, 63, None) in got
    assert ("Lào Cai", "DTI", "Xã hội số", 2022, 45, 63, None) in got


def test_province_named_after_the_position_and_post_merger_hue():
    text = ("Kết quả DTI năm 2021: Đà Nẵng dẫn đầu. Đứng ở vị trí thứ 3 là TP.Hồ Chí Minh. "
            "Vị trí thứ 4 trong bảng xếp hạng thuộc về TP. Huế.")
    got = {(r.province, r.rank) for r in facts(text, "ranking")}
    assert {("Đà Nẵng", 1), ("TP. Hồ Chí Minh", 3), ("Thừa Thiên Huế", 4)} <= got
    [hue] = [r for r in facts(text, "ranking") if r.rank == 4]
    assert hue.province_2025 == "Huế"


def test_parenthesised_year_is_an_aside_and_the_index_year_holds():
    text = ("Kết quả ICT Index 2024 được đưa ra ở diễn đàn thường niên (năm 2025), theo đó Khánh Hòa xếp hạng 9 "
            "về ICT Index 2024.")
    [r] = facts(text, "ranking")
    assert (r.year, r.rank, r.province) == (2024, 9, "Khánh Hòa")


def test_each_rank_takes_the_index_named_nearest_before_it():
    text = ("Trong đó, chỉ số PCI năm 2023 của Nam Định đứng thứ 31/63 tỉnh, thành; "
            "còn PAR Index đứng ở vị trí 22/63 tỉnh, thành.")
    got = {(r.index, r.rank) for r in facts(text, "ranking")}
    assert got == {("PCI", 31), ("PAR Index", 22)}


def test_index_named_after_the_rank_in_any_case_and_its_year():
    text = "Sóc Trăng đứng thứ 40 toàn quốc về Chỉ số Chuyển đổi số năm 2023"
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.province) == ("DTI", 2023, 40, "Sóc Trăng")


def test_year_of_the_field_named_after_the_rank_beats_the_event_year():
    text = ("DTI: tại Hội nghị năm 2024, tỉnh Bến Tre xếp thứ 20/63 tỉnh, thành phố về mức độ "
            "chuyển đổi số năm 2023, đạt 0,5512 điểm.")
    [r] = facts(text, "ranking")
    assert (r.year, r.rank, r.total, r.score) == (2023, 20, 63, 0.5512)


def test_a_sentence_right_after_a_rank_goes_on_with_its_index_and_edition():
    text = ("Đối với Chỉ số SIPAS, năm 2023 là năm thứ 2 triển khai đo lường sự hài lòng của người dân.\n"
            "Ở chỉ số này, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 90,61%. "
            "Còn Gia Lai đứng thứ 19, đạt 83,84% (giảm 3 bậc so với năm 2022).")
    got = [(r.province, r.index, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Quảng Ninh", "SIPAS", 2023, 1, 90.61), ("Gia Lai", "SIPAS", 2023, 19, 83.84)]
    # with no rank read just before, a bare "đứng thứ 19" names no index
    assert facts("Gia Lai đứng thứ 19 cả nước về số doanh nghiệp thành lập mới.", "ranking") == []


def test_two_indices_in_a_headline_and_the_edition_the_headline_names():
    text = ("Long An đứng thứ 2 về Chỉ số PCI 2023\n"
            "Sơn La đứng thứ 6 về Chỉ số SIPAS và thứ 15 về Chỉ số CCHC năm 2021.\n"
            "Tỉnh Quảng Ninh tiếp tục dẫn đầu với 71,25 điểm, Long An vươn lên vị trí Á quân từ vị trí thứ 10 "
            "trong Bảng xếp hạng PCI năm 2022, đã vươn lên vị trí thứ 2 của năm nay với 70,94 điểm.\n"
            "Về kết quả PCI, Long An đứng thứ hạng 12/63 tỉnh, thành cả nước (năm 2022 Long An đứng thứ hạng "
            "28/63 tỉnh, thành).")
    got = [(r.province, r.index, r.rank, r.year) for r in facts(text, "ranking")]
    assert ("Sơn La", "SIPAS", 6, 2021) in got and ("Sơn La", "PAR Index", 15, 2021) in got
    assert ("Quảng Ninh", "PCI", 1, 2023) in got  # "PCI năm 2022" later in the sentence is Long An's past
    assert ("Long An", "PCI", 2, 2023) in got and ("Long An", "PCI", 10, 2022) in got
    assert ("Long An", "PCI", 12, 2023) in got and ("Long An", "PCI", 28, 2022) in got
    assert ("Long An", "PCI", 2, 2022) not in got


def test_a_sentence_that_opens_on_the_place():
    crosshead = ("Hà Giang phấn đấu vào nhóm 20 tỉnh dẫn đầu về chuyển đổi số\n\n"
                 "Xếp thứ 26/63 tỉnh/thành phố có chỉ số chuyển đổi số")
    got = {(r.index, r.rank, r.total, r.province) for r in facts(crosshead, "ranking")}
    assert got == {("DTI", 26, 63, "Hà Giang")}
    fronted = "Đứng thứ 5 cả nước về chỉ số DTI năm 2022, Cần Thơ tiếp tục nỗ lực."
    [r] = facts(fronted, "ranking")
    assert (r.year, r.rank, r.province, r.text) == (2022, 5, "Cần Thơ", fronted.split(" tiếp")[0])


def test_a_place_reached_at_the_end_of_a_period_has_the_periods_last_year():
    text = ("Kết quả PCI năm 2021, Vĩnh Phúc đứng thứ 5 cả nước. Giai đoạn 2016-2020, thứ hạng PCI của tỉnh "
            "liên tục sụt giảm, từ vị trí thứ 9/63 (năm 2016) xuống vị trí 29/63.")
    got = [(r.rank, r.year) for r in facts(text, "ranking")]
    assert got == [(5, 2021), (9, 2016), (29, 2020)]


def test_a_province_after_the_complement_of_another_place_is_its_own_subject():
    text = ("Theo công bố, TP Hải Phòng đứng đầu cả nước về chỉ số cải cách hành chính (PAR Index 2024), "
            "xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba về chỉ số cải cách hành chính.")
    got = [(r.province, r.rank) for r in facts(text, "ranking")]
    assert got == [("Hải Phòng", 1), ("Bà Rịa - Vũng Tàu", 2), ("Hà Nội", 3)]


def test_places_in_a_list_labelled_by_year_and_a_place_vao_nam():
    text = ("Chỉ số PCI năm 2024 đã công bố. Từng đứng ở vị trí thứ 41/63 vào năm 2006, Hải Phòng đã có bước "
            "chuyển mình.\n\n2019: 68,73 điểm, xếp hạng 10/63\n\n2020: 69,27 điểm, xếp hạng 7/63")
    got = [(r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [(2006, 41, None), (2019, 10, 68.73), (2020, 7, 69.27)]


def test_the_edition_just_out_outweighs_a_headline_dated_by_publication():
    text = ("Bảng xếp hạng Chỉ số PAPI năm 2022\n\nChỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam "
            "năm 2021 (PAPI 2021) vừa được công bố sáng 10/5 tại Hà Nội. Năm nay, tỉnh Thừa Thiên Huế dẫn đầu "
            "bảng xếp hạng với 48,059 điểm.")
    assert [(r.year, r.rank, r.score) for r in facts(text, "ranking", published="2022-05-10")] == [(2021, 1, 48.059)]
    # without the edition named as just out, the headline's year stands
    text = text.replace("vừa được công bố", "được nhắc lại")
    assert [r.year for r in facts(text, "ranking", published="2022-05-10")] == [2022]


def test_the_pillars_after_a_place_go_on_with_its_province_not_the_last_named():
    text = ("Theo Vietnam ICT Index 2016, Tiền Giang xếp hạng 8, sau các tỉnh, thành là Đà Nẵng, Hà Nội và Lào Cai. "
            "Trong đó, Chỉ số Hạ tầng kỹ thuật xếp thứ 9.")
    got = {(r.province, r.component, r.rank) for r in facts(text, "ranking")}
    assert got == {("Tiền Giang", None, 8), ("Tiền Giang", "Hạ tầng kỹ thuật", 9)}


def test_a_fall_from_a_dated_place_ends_in_the_current_edition():
    text = ("Báo cáo PCI 2022 vừa được công bố. Thanh Hóa bị tụt hạng, từ vị trí thứ 24 năm 2019 tụt xuống "
            "vị trí thứ 47 như hiện tại. Cụ thể, năm 2022, PCI Long An xếp hạng 10, năm 2023 tăng lên hạng 2.")
    got = [(r.province, r.year, r.rank) for r in facts(text, "ranking")]
    assert got == [("Thanh Hóa", 2019, 24), ("Thanh Hóa", 2022, 47), ("Long An", 2022, 10), ("Long An", 2023, 2)]


def test_a_place_opening_the_sentence_after_a_score_names_its_subject_after_the_clause():
    text = ("Theo PCI 2022, Hà Tĩnh tăng 9 bậc. Cụ thể, từ 62,87 điểm, xếp vị trí 27 của cả nước năm 2021, "
            "Hà Tĩnh đã vươn lên vị trí thứ 18 với 67,18 điểm trong năm 2022.")
    got = [(r.province, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Hà Tĩnh", 2021, 27, 62.87), ("Hà Tĩnh", 2022, 18, 67.18)]


def test_the_provinces_a_place_passed_are_objects_the_place_is_the_subjects():
    text = ("Trong bảng xếp hạng PCI 2024, Hải Phòng lần đầu tiên vượt qua những địa phương từng nhiều năm giữ vững "
            "vị trí dẫn đầu như Quảng Ninh, Đồng Tháp... để vươn lên vị trí số 1 với 74,84 điểm.")
    assert rankings(text) == [("Hải Phòng", 1, None, 74.84, 2024, None)]


def test_a_place_moved_from_last_year_is_the_year_before_and_the_opening_score_is_the_new_place():
    text = ("Với điểm số 68,38, Hà Nội tăng 4 bậc trong PCI 2024, từ vị trí số 28 của năm ngoái "
            "lên vị trí thứ 24, nằm trong top 30 tỉnh, thành phố có chất lượng điều hành tốt.")
    got = [(r.text, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("từ vị trí số 28 của năm ngoái", 2023, 28, None), ("vị trí thứ 24", 2024, 24, 68.38)]


def test_a_place_moved_from_last_year_closing_its_clause_is_the_year_before_and_a_return_to_the_lead_is_first():
    text = "Năm 2014, Đà Nẵng trở lại vị trí dẫn đầu bảng xếp hạng PCI, tăng từ vị trí số 12 của năm ngoái."
    got = [(r.text, r.province, r.year, r.rank) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng trở lại vị trí dẫn đầu", "Đà Nẵng", 2014, 1),
                   ("từ vị trí số 12 của năm ngoái", "Đà Nẵng", 2013, 12)]


def test_a_place_opening_with_voi_names_its_subject_after_the_comma():
    text = "Bảng xếp hạng PCI 2017. Với thứ hạng 9, Hải Phòng (65,2 điểm) đã có sự thăng hạng đáng kể."
    assert rankings(text) == [("Hải Phòng", 9, None, 65.2, 2017, None)]


def test_after_a_past_editions_place_the_next_sentence_is_back_in_the_articles_edition():
    text = ("Bộ VHTTDL dẫn đầu ICT Index 2022 với 0,8838 điểm. Năm 2019, Bộ VHTTDL xếp hạng 3. "
            "Đứng ở vị trí thứ 2 là Bộ Tài nguyên và Môi trường.")
    assert [(r.year, r.rank) for r in facts(text, "ranking")] == [(2022, 1), (2019, 3), (2022, 2)]


def test_a_place_spelling_out_the_sentence_before_takes_its_year():
    text = ("Trong năm 2019, Bình Phước vẫn còn nằm trong nhóm cuối về chuyển đổi số. Cụ thể, tỉnh Bình Phước chỉ "
            "xếp vị trí 56 trên 63 tỉnh, thành phố theo xếp hạng chung chỉ số ICT Index.")
    assert [(r.year, r.rank, r.total) for r in facts(text, "ranking")] == [(2019, 56, 63)]
    # with no such opening, the year of the sentence before is not carried
    text = text.replace("Cụ thể, tỉnh", "Tỉnh")
    assert [(r.year, r.rank) for r in facts(text, "ranking")] == [(None, 56)]


def test_an_index_to_be_raised_is_no_edition_and_an_undated_index_takes_the_year_of_the_rank_before():
    text = ("Hà Tĩnh ban hành kế hoạch khắc phục hạn chế, nâng cao chỉ số PAR Index, SIPAS năm 2022\n\n"
            "Năm 2021, Chỉ số Cải cách hành chính tỉnh Hà Tĩnh tăng 3,3 điểm, xếp thứ 8/63 tỉnh, thành phố. "
            "Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước đạt 9,12 "
            "điểm, chiếm tỷ lệ 91,17%; xếp thứ 5/63 tỉnh, thành phố.")
    assert ranks(text) == {("Hà Tĩnh", "PAR Index", None, 2021, 8, 63, None),
                           ("Hà Tĩnh", "SIPAS", None, 2021, 5, 63, 91.17)}


def test_a_year_written_with_an_earlier_place_does_not_date_a_place_in_a_later_clause():
    text = ("Bảng xếp hạng PCI năm 2012 đã được công bố. Hà Nội tụt xuống thứ 51 so với thứ 36 đạt được trong "
            "năm 2011, trong khi Hải Phòng từ 45 xuống 50. Bình Dương, cũng từng đứng đầu vào năm 2007, giờ tụt "
            "xuống thứ 19.")
    assert {(r.province, r.year, r.rank) for r in facts(text, "ranking")} == {
        ("Hà Nội", 2012, 51), ("Hà Nội", 2011, 36), ("Hải Phòng", 2011, 45), ("Hải Phòng", 2012, 50),
        ("Bình Dương", 2007, 1), ("Bình Dương", 2012, 19)}


def test_a_province_in_apposition_keeps_its_place():
    text = ("Đồng Tháp trở thành tỉnh đứng đầu về xếp hạng PCI năm 2012, trong khi Lào Cai, tỉnh dẫn đầu "
            "năm 2011, về thứ ba.")
    assert {(r.province, r.year, r.rank) for r in facts(text, "ranking")} == {
        ("Đồng Tháp", 2012, 1), ("Lào Cai", 2011, 1), ("Lào Cai", 2012, 3)}


def test_a_move_of_an_amount_is_no_move_of_place():
    text = "Về PCI 2012, vốn đầu tư của Hải Phòng tăng từ 45 lên 50 tỷ đồng."
    assert facts(text, "ranking") == []


def test_a_lead_kept_names_the_province_before_giu():
    text = "Đây là năm thứ 3 liên tiếp Hà Nội giữ vị trí dẫn đầu cả nước về Chỉ số PII."
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Hà Nội", 1)]
