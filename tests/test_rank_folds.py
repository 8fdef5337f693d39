from extract.pipeline import extract_facts
from extracted import rankings


def test_a_place_said_again_after_its_score_is_one_ranking_with_the_field_size():
    text = ("Hà Nội tiếp tục khẳng định vai trò tiên phong khi dẫn đầu bảng xếp hạng Chỉ số Chuyển đổi số (DTI) "
            "cấp tỉnh năm 2024, với 0,8241 điểm, xếp thứ nhất trên 34 tỉnh, thành phố.")
    [r] = rankings(text)
    assert (r.province, r.rank, r.total, r.score, r.year) == ("Hà Nội", 1, 34, 0.8241, 2024)
    text = "Năm 2022, Quảng Ninh đứng đầu PCI với 70,7 điểm, xếp thứ 1/63 tỉnh, thành phố."
    [r] = rankings(text)
    assert (r.province, r.rank, r.total, r.score) == ("Quảng Ninh", 1, 63, 70.7)
    assert r.text.startswith("Quảng Ninh đứng đầu") and r.text.endswith("1/63 tỉnh, thành phố")


def test_two_provinces_at_the_same_place_stay_two_rankings():
    text = "Trong PCI 2022, Quảng Ninh xếp hạng 2, Hà Nội xếp hạng 2."
    assert [(r.province, r.rank) for r in rankings(text)] == [("Quảng Ninh", 2), ("Hà Nội", 2)]


def test_scores_labelled_by_year_in_a_later_clause_join_the_places_of_those_years():
    text = ("Cụ thể, năm 2022, PCI Long An xếp hạng 10, năm 2023 tăng lên hạng 2; về điểm số, năm 2022 Long An "
            "đạt 68,45 điểm, năm 2023 đạt 70,94 điểm, tăng 2,49 điểm.")
    got = [(r.year, r.rank, r.score) for r in rankings(text)]
    assert got == [(2022, 10, 68.45), (2023, 2, 70.94)]
    # two places of one year: whose score it is is not said
    text = "Năm 2022, PCI Long An xếp hạng 10, Tây Ninh xếp hạng 12; năm 2022 Tây Ninh đạt 66,1 điểm."
    assert [r.score for r in rankings(text) if r.rank] == [None, None]


def test_a_score_moving_beside_a_place_moving():
    text = ("Chỉ số SIPAS 2021 của tỉnh Khánh Hòa tuy tăng từ 81,82% lên 84,4%, nhưng thứ hạng lại bị giảm từ 51/63 "
            "xuống 56/63 tỉnh, thành phố.")
    facts = extract_facts(text, "t.txt")
    got = [(r.year, r.rank, r.total, r.score) for r in facts if r.type == "ranking"]
    assert got == [(2020, 51, 63, 81.82), (2021, 56, 63, 84.4)]
    assert [f.text for f in facts if f.type == "ranking"] == ["từ 51/63", "xuống 56/63 tỉnh, thành phố"]
    assert [f for f in facts if f.type == "metric"] == []  # neither the scores nor the place moved from
    # scores moving without places moving stay as they were read
    text = "Chỉ số SIPAS 2021 của tỉnh Khánh Hòa tăng từ 81,82% lên 84,4%, xếp thứ 56/63 tỉnh, thành phố."
    assert [(r.rank, r.score) for r in extract_facts(text, "t.txt") if r.type == "ranking"] == [(56, None)]


def test_one_place_for_each_year_the_clause_opens_on():
    got = [(r.year, r.rank, r.province) for r in extract_facts("DTI 2022. Năm 2020 và 2021, Long An xếp thứ 5.", "t.txt")
           if r.type == "ranking"]
    assert sorted(got) == [(2020, 5, "Long An"), (2021, 5, "Long An")]


def test_the_places_just_read_listed_again_for_another_year():
    text = ("Theo báo cáo DTI năm 2021, Chính quyền số cấp tỉnh, Yên Bái xếp thứ 24/63, Kinh tế số cấp tỉnh xếp "
            "27/63, Xã hội số cấp tỉnh xếp 29/63 trong khi năm 2020 thì các thứ tự này là 47, 39, 29.")
    got = [(r.component, r.year, r.rank, r.total, r.province) for r in rankings(text)]
    assert got[3:] == [("Chính quyền số", 2020, 47, None, "Yên Bái"), ("Kinh tế số", 2020, 39, None, "Yên Bái"),
                       ("Xã hội số", 2020, 29, None, "Yên Bái")]
    assert [f for f in extract_facts(text, "t.txt") if f.type == "metric"] == []
    # more numbers listed than places read: nothing to pair them with
    assert len(rankings("DTI 2021: Yên Bái xếp thứ 24/63, trong khi năm 2020 các thứ hạng này là 47, 39.")) == 1


def test_the_places_of_the_sentence_before_listed_again_for_another_year():
    text = ("Theo xếp hạng chỉ số Chuyển đổi số năm 2022, Chính quyền số cấp tỉnh Yên Bái xếp thứ 15/63, "
            "Kinh tế số xếp thứ 7/63, Xã hội số xếp thứ 10/63. (So sánh với năm 2021, các thứ hạng này là 24, 27, 29).")
    got = [(r.component, r.year, r.rank, r.province) for r in rankings(text) if r.year == 2021]
    assert got == [("Chính quyền số", 2021, 24, "Yên Bái"), ("Kinh tế số", 2021, 27, "Yên Bái"),
                   ("Xã hội số", 2021, 29, "Yên Bái")]


def test_one_place_for_two_years_joined_by_and_before_the_verb():
    text = ("Về Chỉ số PCI, nếu như năm 2018, Bắc Kạn đứng thứ 60, năm 2019 và 2020 xếp hạng 59, năm 2021 đứng "
            "thứ 48.")
    assert [(r.year, r.rank) for r in rankings(text)] == [(2018, 60), (2020, 59), (2019, 59), (2021, 48)]


def test_a_second_lead_names_the_year_of_the_first():
    text = ("Theo công bố PAR Index 2024, Hải Phòng đứng đầu cả nước. Đây là lần thứ hai Hải Phòng dẫn đầu cả nước "
            "về chỉ số cải cách hành chính, sau lần đầu năm 2021.")
    got = [(r.rank, r.year) for r in rankings(text)]
    assert got == [(1, 2024), (1, 2024), (1, 2021)]


def test_field_told_before_the_lead():
    text = ("Chỉ số ICT Index 2020 cũng xếp hạng các ngân hàng, theo đó, 34 ngân hàng được xếp hạng, Ngân hàng "
            "TMCP Đầu tư và Phát triển Việt Nam đứng đầu. Về các tập đoàn, có 13 tập đoàn, tổng công ty tham gia "
            "xếp hạng. Tập đoàn Điện lực Việt Nam đứng đầu.")
    assert [(r.rank, r.total) for r in rankings(text)] == [(1, 34), (1, 13)]
    band = "Theo ICT Index 2020, 5 đơn vị được xếp hạng cao nhất gồm Bộ Tài chính và Bộ Y tế. Bộ Tài chính đứng đầu."
    assert [(r.rank, r.total) for r in rankings(band)] == [(1, None)]


def test_places_in_a_sub_group_are_no_national_ranks_but_their_scores_stay():
    text = ("Năm 2022, Chỉ số PAPI được công bố. Trong 5 thành phố trực thuộc trung ương, Hải Phòng xếp thứ nhất "
            "với 6,88 điểm. Đứng thứ hai là Hà Nội, thứ ba là Đà Nẵng. Bình Dương xếp thứ 1 cả nước.")
    got = [(r.province, r.rank, r.score) for r in rankings(text)]
    assert got == [("Hải Phòng", None, 6.88), ("Bình Dương", 1, None)]


def test_ministries_rank_within_their_group():
    text = ("Theo DTI 2023, ở nhóm 17 bộ, ngành có dịch vụ công, Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1. "
            "Với nhóm 8 bộ, ngành không có dịch vụ công, 2 vị trí dẫn đầu lần lượt thuộc về Viện Hàn lâm khoa học "
            "và công nghệ Việt Nam và Đài Truyền hình Việt Nam.")
    got = [(r.rank, r.total) for r in extract_facts(text, "t.txt") if r.type == "ranking"]
    assert got == [(1, 17), (1, 8), (2, 8)]


def test_a_field_the_sentence_opens_on_is_the_field_of_each_place_in_it():
    # round 78
    text = ("Bộ chỉ số năng lực cạnh tranh điểm đến du lịch cấp tỉnh Việt Nam 2021 (VTCI 2021) được công bố. "
            "Trong số 15 tỉnh thành, hai trung tâm của cả nước là Hà Nội và TP.HCM, lần lượt xếp thứ 6 và thứ 8.")
    got = [(r.province, r.rank, r.total) for r in extract_facts(text, "t.txt") if r.type == "ranking"]
    assert got == [("Hà Nội", 6, 15), ("TP. Hồ Chí Minh", 8, 15)]
    # a band of the best, no field (round 43)
    text = text.replace("15 tỉnh thành,", "30 tỉnh thành có thành tích tốt nhất,")
    assert [r.total for r in extract_facts(text, "t.txt") if r.type == "ranking"] == [None, None]


def test_a_score_told_first_goes_to_the_place_told_later_in_the_sentence():
    text = ("Chỉ số PCI năm 2024 ghi nhận Long An đạt 72,64 điểm, tăng 1,7 điểm so với năm 2023 và vượt qua hàng chục "
            "tỉnh khác để giành vị trí thứ 3 toàn quốc. Tỉnh Đồng Tháp đạt 70,35 điểm, Bến Tre đứng thứ 20.")
    got = [(r.province, r.rank, r.score) for r in extract_facts(text, "t.txt") if r.type == "ranking"]
    assert got == [("Long An", 3, 72.64), ("Đồng Tháp", None, 70.35), ("Bến Tre", 20, None)]
