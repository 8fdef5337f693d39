import pytest

from extract.pipeline import extract_facts

# the seed sentence of 004: the DTI 2021 national average, then Tây Ninh's rank
AVERAGE = ("Theo Sở Thông tin và Truyền thông, năm 2021, Bộ TT&TT đánh giá xếp hạng chuyển đổi số cấp tỉnh: "
           "mức trung bình của các địa phương là 0,4595 điểm, Tây Ninh xếp vị trí số 44 với 0,3426 điểm.")


def facts(text, t, **kw):
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == t]


def rankings(text):
    return [(r.province, r.rank, r.total, r.score, r.year, r.component) for r in facts(text, "ranking")]



def test_national_average_is_a_metric_with_null_province():
    [avg] = [m for m in facts(AVERAGE, "metric") if m.value == 0.4595]
    assert avg.province is None and avg.province_2025 is None


def test_pillars_with_their_scores_first_where_the_clause_says_so():
    text = ("Quảng Ninh thăng hạng 2 bậc trở thành tỉnh dẫn đầu bảng xếp hạng PAPI 2020 với tổng điểm 48,811. "
            "Tỉnh này dẫn đầu cả nước ở 2 tiêu chí: Kiểm soát tham nhũng trong khu vực công (8,286 điểm) và "
            "Cung ứng dịch vụ công (7,713 điểm). Quảng Ninh cũng nằm trong top đầu cả nước ở tiêu chí "
            "Quản trị điện tử (3,14 điểm). Xếp thứ hai trong PAPI 2020 là Đồng Tháp với số điểm 46,961 điểm. "
            "Tỉnh này dẫn đầu cả nước ở tiêu chí Quản trị môi trường với 5,202 điểm.")
    got = [(r.province, r.component, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [
        ("Quảng Ninh", None, 1, 48.811, 2020),  # "thăng hạng 2 bậc" is a move, no rank 2
        ("Quảng Ninh", "Kiểm soát tham nhũng trong khu vực công", 1, 8.286, 2020),
        ("Quảng Ninh", "Cung ứng dịch vụ công", 1, 7.713, 2020),
        ("Quảng Ninh", "Quản trị điện tử", None, 3.14, 2020),
        ("Đồng Tháp", None, 2, 46.961, 2020),
        ("Đồng Tháp", "Quản trị môi trường", 1, 5.202, 2020)]


def test_last_years_score_beside_a_pillar_score_is_a_metric_of_that_year():
    text = ("Cụ thể ở chỉ số PCI năm 2023, tỉnh Nam Định tăng điểm ở các chỉ số thành phần là: Gia nhập thị trường "
            "đạt 7,10 điểm (năm 2022 là 6,80 điểm); Tính minh bạch đạt 6,20 điểm (năm 2022 là 6,00 điểm).")
    ranks = [(f.component, f.year, f.score) for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert ranks == [("Gia nhập thị trường", 2023, 7.1), ("Tính minh bạch", 2023, 6.2)]
    metrics = [(f.text, f.value, f.as_of, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert metrics == [("năm 2022 là 6,80 điểm", 6.8, "2022", "Nam Định"), ("năm 2022 là 6,00 điểm", 6.0, "2022", "Nam Định")]


def test_an_average_of_an_index_scored_in_fractions_needs_no_points():
    text = "Kết quả, DTI 2020 cấp tỉnh trung bình là 0,3026; DTI 2020 của các bộ cung cấp dịch vụ công trung bình là 0,3982."
    got = [(f.value, f.province, f.as_of) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(0.3026, None, "2020"), (0.3982, None, "2020")]


def test_a_lead_in_several_pillars_and_a_pillar_score_highest_in_the_country():
    text = ("Theo DTI 2023, Đà Nẵng dẫn đầu cả nước. Đây cũng là địa phương xếp hạng nhất ở cả 3 trụ cột Chính quyền số, "
            "Kinh tế số và Xã hội số.")
    got = {(r.component, r.rank, r.province) for r in facts(text, "ranking")}
    assert got == {(None, 1, "Đà Nẵng"), ("Chính quyền số", 1, "Đà Nẵng"), ("Kinh tế số", 1, "Đà Nẵng"),
                   ("Xã hội số", 1, "Đà Nẵng")}
    text = "Theo PCI 2023, tỉnh Bình Dương có chỉ số thành phần Chi phí thời gian đạt 8,10 điểm, cao nhất cả nước."
    [r] = facts(text, "ranking")
    assert (r.component, r.rank, r.score, r.province) == ("Chi phí thời gian", 1, 8.1, "Bình Dương")


def test_a_lead_in_the_country_in_several_pillars_listed_after_gom():
    text = ("Theo công bố của Bộ TT&TT, năm 2023, TP.Đà Nẵng tiếp tục là địa phương dẫn đầu cả nước về chuyển đổi "
            "số (DTI) ở 3 trụ cột, gồm: Chính quyền số, kinh tế số và xã hội số.")
    got = {(r.component, r.rank, r.year, r.province) for r in facts(text, "ranking")}
    assert got == {(None, 1, 2023, "Đà Nẵng"), ("Chính quyền số", 1, 2023, "Đà Nẵng"), ("Kinh tế số", 1, 2023, "Đà Nẵng"),
                   ("Xã hội số", 1, 2023, "Đà Nẵng")}


def test_a_national_value_keeps_its_change_and_the_compared_years_value():
    text = "Theo công bố của Bộ KH&CN, DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326)."
    got = [(f.text, f.value, f.as_of) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [("0,7955", 0.7955, "2024"), ("(0,7326)", 0.7326, "2023")]
    text = ("Báo cáo DTI 2021 cho thấy, giá trị trung bình DTI cấp tỉnh là 0,4014 (tăng 32,7% so với năm 2020). "
            "Các bộ, cơ quan ngang bộ có giá trị trung bình DTI 2021 là 0,4595.")
    got = [(f.value, f.as_of, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(0.4014, "2021", None), (0.4595, "2021", None)]


def test_pillars_with_bare_places_and_bare_scores():
    text = ("Năm 2021, Bến Tre xếp hạng thứ 31/63 về chuyển đổi số (DTI). Các kết quả cụ thể như: Thể chế số "
            "xếp hạng 6/63, nhận thức số 16/63, an toàn thông tin mạng 53/63.")
    got = [(r.component, r.rank, r.total, r.province) for r in facts(text, "ranking")]
    assert got == [(None, 31, 63, "Bến Tre"), ("Thể chế số", 6, 63, "Bến Tre"), ("Nhận thức số", 16, 63, "Bến Tre"),
                   ("An toàn thông tin mạng", 53, 63, "Bến Tre")]
    text = ("Chỉ số PCI năm 2022 của Kon Tum đạt 64,89 điểm, xếp thứ 37/63; có 6/10 chỉ số thành phần tăng điểm, "
            "gồm: Gia nhập thị trường 6,37 điểm (tăng 0,21); Chi phí không chính thức 7,21 điểm (tăng 1,41).")
    got = [(r.component, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [(None, 37, 64.89), ("Gia nhập thị trường", None, 6.37), ("Chi phí không chính thức", None, 7.21)]
    # a pillar phrase with a ratio that is no place out of the provinces
    assert [r.component for r in facts("Năm 2021, Bến Tre xếp thứ 31/63 về DTI. Kinh tế số 5/100 doanh nghiệp.",
                                       "ranking")] == [None]


def test_pillar_scores_of_the_province_the_index_sentence_named():
    text = ("Chỉ số PAPI năm 2023 của tỉnh Yên Bái tiếp tục có sự chuyển biến tích cực. Theo đó, chỉ số tham gia "
            "của người dân ở cấp cơ sở đạt 4,7348 điểm; cung ứng dịch vụ công cộng đạt 7,5827 điểm và quản trị "
            "điện tử 3,0940 điểm.")
    got = {(r.province, r.component, r.year, r.score) for r in facts(text, "ranking")}
    assert got == {("Yên Bái", "Tham gia của người dân ở cấp cơ sở", 2023, 4.7348),
                   ("Yên Bái", "Cung ứng dịch vụ công", 2023, 7.5827),
                   ("Yên Bái", "Quản trị điện tử", 2023, 3.094)}


def test_a_quoted_band_is_no_pillar_and_the_score_before_a_semicolon_is_the_ranks():
    text = ('Theo PAPI năm 2023, tỉnh Yên Bái tiếp tục ghi tên trong nhóm "Trung bình cao" với tổng điểm 42,4909; '
            "đứng ở vị trí thứ 28/63 tỉnh, thành phố trong cả nước.")
    [r] = facts(text, "ranking")
    assert (r.component, r.rank, r.total, r.score) == (None, 28, 63, 42.4909)


def test_scores_a_list_gives_without_places():
    text = ("Theo DTI 2022, Đà Nẵng dẫn đầu. Tiếp theo là Bình Dương (0,6512), Quảng Ninh (0,6400) và Hà Nội (0,6377). "
            "Tỉnh Lai Châu đứng cuối cùng của bảng xếp hạng DTI 2022 với 0,3810 điểm.")
    got = [(r.rank, r.score, r.province) for r in facts(text, "ranking")]
    assert got == [(1, None, "Đà Nẵng"), (2, 0.6512, "Bình Dương"), (None, 0.64, "Quảng Ninh"), (None, 0.6377, "Hà Nội"),
                   (None, 0.381, "Lai Châu")]


def test_pillar_scores_named_back_with_this_province():
    text = ("Tỉnh Bắc Ninh đứng đầu bảng xếp hạng PAPI 2022 với tổng số điểm trên 45,10 điểm. Với kết quả này, Bắc "
            "Ninh tăng 3 bậc. Các chỉ số thành phần của tỉnh này khá cao như: cung ứng dịch vụ công (8,1200 điểm); "
            "quản trị điện tử (4,0010 điểm).")
    got = [(r.component, r.rank, r.score, r.province) for r in facts(text, "ranking")]
    assert got == [(None, 1, 45.1, "Bắc Ninh"), ("Cung ứng dịch vụ công", None, 8.12, "Bắc Ninh"),
                   ("Quản trị điện tử", None, 4.001, "Bắc Ninh")]


def test_a_ministrys_lead_broken_down_into_pillar_scores_without_points():
    text = ("ICT Index 2022. Bộ VHTTDL dẫn đầu xếp hạng chung năm nay với số điểm ICT Index là 0,8838, trong đó chỉ số "
            "hạ tầng kỹ thuật là 0,7350; hạ tầng nhân lực là 1,0000, chỉ số ứng dụng là 0,8838.")
    got = [(r.province, r.component, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [(None, None, 1, 0.8838), (None, "Hạ tầng kỹ thuật", None, 0.735),
                   (None, "Hạ tầng nhân lực", None, 1.0), (None, "Ứng dụng CNTT", None, 0.8838)]


def test_a_short_pillar_name_does_not_cut_a_longer_one():
    text = ("Theo ICT Index 2019, tỉnh Thừa Thiên Huế đứng thứ nhất ở một số lĩnh vực, cụ thể như chỉ số ứng dụng "
            "công nghệ thông tin đạt 0,91 điểm.")
    got = [(r.component, r.score) for r in facts(text, "ranking") if r.component]
    assert got == [("Ứng dụng CNTT", 0.91)]


def test_a_listed_score_said_with_muc_diem_and_a_lead_within_a_group_is_no_place():
    text = ("Chỉ số PAPI 2019. Nhóm điểm thấp có 15 tỉnh. Thái Bình có điểm cao nhất trong nhóm này. "
            "Trong nhóm thấp nhất có Hà Nội với mức điểm 42,53 điểm, Hải Phòng 41,54 điểm.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Hà Nội", None, 42.53), ("Hải Phòng", None, 41.54)]


def test_pillars_listed_before_one_shared_score_each_get_it():
    text = ("Viện Hàn lâm Khoa học Công nghệ Việt Nam xếp hạng đầu trong 7 cơ quan được xếp hạng với điểm số ICT Index "
            "2022 là 0,8333, trong đó chỉ số hạ tầng kỹ thuật, chỉ số hạ tầng nhân lực đều đạt 1,0000, chỉ số ứng "
            "dụng là 0,5000.")
    got = [(r.component, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [(None, 1, 7, 0.8333), ("Hạ tầng kỹ thuật", None, None, 1.0),
                   ("Hạ tầng nhân lực", None, None, 1.0), ("Ứng dụng CNTT", None, None, 0.5)]
    assert all(r.province is None for r in facts(text, "ranking"))
    # without "đều" each pillar needs its own score
    listed = ("Viện Hàn lâm Khoa học Công nghệ Việt Nam xếp hạng đầu trong 7 cơ quan với điểm số ICT Index 2022 là "
              "0,8333, trong đó chỉ số hạ tầng kỹ thuật, chỉ số hạ tầng nhân lực đạt 0,9000.")
    assert [r.component for r in facts(listed, "ranking") if r.component] == ["Hạ tầng nhân lực"]


def test_national_averages_named_first_with_their_value_a_few_words_later():
    text = ("Chỉ số PAR INDEX năm 2015 đã công bố. Điểm số trung bình về CCHC năm 2015 của các bộ, ngành là 85,3, "
            "cao hơn nhiều mức bình quân 76,99 của một năm trước.")
    got = [(m.value, m.as_of, m.province) for m in facts(text, "metric")]
    assert got == [(85.3, "2015", None), (76.99, "2014", None)]
    # a share of a scale, or an income, is none
    ratio = "Chỉ số DTI 2020: điểm số trung bình cấp tỉnh là 0,3026/1.000 điểm."
    assert [m for m in facts(ratio, "metric") if m.denominator is None] == []
    assert facts("Chỉ số PCI 2020. Mức bình quân của các tỉnh là 95,5 triệu đồng.", "ranking") == []


def test_an_index_averaging_a_score_with_no_province_named_is_the_national_average():
    text = "Điểm số PCI năm 2022 đạt bình quân 65,74 (trên tổng số 100), cao hơn năm 2021 không nhiều."
    assert [(m.value, m.as_of, m.province) for m in facts(text, "metric")] == [(65.74, "2022", None)]
    # a province's own average is no national one
    assert facts("Điểm số PCI năm 2022 của Sơn La đạt bình quân 65,74.", "metric") == []


def test_the_score_a_pillar_rose_from_is_a_metric_of_the_year_before():
    text = 'Chỉ số PAPI 2017 "Công khai, minh bạch": tăng từ 5,75 điểm lên 5,93 điểm, xếp thứ 16/63 tỉnh, thành.'
    assert [(r.score, r.year) for r in facts(text, "ranking")] == [(5.93, 2017)]
    assert [(m.value, m.as_of, m.text) for m in facts(text, "metric")] == [(5.75, "2016", "5,75 điểm")]


# where a rank phrase's own score stands (score_near)
def test_leader_with_score_clause_before_the_subject():
    text = "Trong PCI 2022, với tổng điểm đạt 70,15 điểm, Bình Dương vẫn là tỉnh đứng đầu Chỉ số PCI."
    [r] = facts(text, "ranking")
    assert (r.province, r.rank, r.score, r.year) == ("Bình Dương", 1, 70.15, 2022)


def test_scores_given_respectively_are_not_ranks():
    text = "Trong Chỉ số PAPI năm 2023, Hà Nội và TP.HCM lần lượt đạt 43,96 điểm và 41,77 điểm."
    assert not [r for r in facts(text, "ranking") if r.rank is not None]


def test_score_and_rank_in_brackets_after_each_province():
    text = ("Theo bảng xếp hạng PCI năm 2020, sau tỉnh Quảng Ninh (đứng nhất năm thứ 4 liên tiếp), Đồng Tháp giữ "
            "vị trí thứ 2. Các tỉnh tiếp theo là: Long An (70,37 điểm, hạng 3), Vĩnh Long (69,34 điểm, hạng 6).")
    got = [(r.text, r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("tỉnh Quảng Ninh (đứng nhất", "Quảng Ninh", 1, None),
                   ("Đồng Tháp giữ vị trí thứ 2", "Đồng Tháp", 2, None),
                   ("Long An (70,37 điểm, hạng 3)", "Long An", 3, 70.37),
                   ("Vĩnh Long (69,34 điểm, hạng 6)", "Vĩnh Long", 6, 69.34)]


def test_a_sentence_opening_on_the_score_gives_it_to_its_first_rank():
    text = "Với 0,5123 điểm, năm 2020, Bình Phước xếp hạng 31/63 tỉnh, thành phố về ICT Index, tăng 4 bậc."
    got = [(r.index, r.year, r.rank, r.total, r.score, r.province) for r in facts(text, "ranking")]
    assert got == [("ICT Index", 2020, 31, 63, 0.5123, "Bình Phước")]


def test_a_percent_score_before_the_rank_and_a_score_after_this_years_place():
    text = ("Năm 2022, Chỉ số CCHC tỉnh Hà Giang đạt 84,31%, tăng 3 bậc so với năm 2021, xếp thứ 22/63 tỉnh, "
            "thành phố.")
    got = [(r.year, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [(2022, 22, 63, 84.31)]
    text = ("Bảng xếp hạng PCI năm 2023: Bình Dương dẫn đầu với 70,12 điểm, Đồng Tháp vươn lên vị trí á quân "
            "từ vị trí thứ 9 trong Bảng xếp hạng PCI năm 2022, đã vươn lên vị trí thứ 2 của năm nay với 69,80 điểm.")
    got = {(r.year, r.rank, r.score, r.province) for r in facts(text, "ranking")}
    # 70,12 is Bình Dương's: no later rank of the sentence takes it again
    assert (2023, 1, 70.12, "Bình Dương") in got and (2023, 2, 69.8, "Đồng Tháp") in got
    assert not any(score == 70.12 and prov == "Đồng Tháp" for _, _, score, prov in got)


@pytest.mark.parametrize("text, expected", [
    # a total score, then a change that is no score, then the rank
    ("Theo báo cáo PCI 2021, Long An có tổng điểm là 70,37, tăng 5 bậc và 2,1 điểm so với năm 2020, xếp thứ 3/63 tỉnh.",
     (2021, 3, 70.37, "Long An")),
    # a score opening the sentence, a move between it and the rank
    ("Với 65,40 điểm, PCI Sóc Trăng lần đầu tiên tăng 19 bậc lên hạng thứ 14 trong bảng xếp hạng năm 2021.",
     (2021, 14, 65.4, "Sóc Trăng")),
    # a score clause, then the climb to the place
    ("Theo PAPI năm 2022, tỉnh Bình Định đạt 44,2105 điểm, vươn lên vị trí thứ 4 cả nước.",
     (2022, 4, 44.2105, "Bình Định")),
    # the score after the long index name and its acronym
    ("Thành phố Đà Nẵng tiếp tục dẫn đầu về Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và "
     "truyền thông Việt Nam (ICT Index) năm 2020 với kết quả 0,81/1 điểm.", (2020, 1, 0.81, "Đà Nẵng")),
    # a place of an earlier year in an aside, with its own score
    ("Đây là năm PCI của Bình Thuận cao nhất (năm 2016 cũng đứng thứ 20/63 nhưng chỉ đạt 58,12 điểm).",
     (2016, 20, 58.12, "Bình Thuận")),
    # the last place gives no rank, but its score
    ("Tỉnh Quảng Ninh đứng đầu bảng xếp hạng PAPI 2021 với 47,21 điểm; tỉnh Kon Tum đứng cuối bảng với 37,90 điểm.",
     (2021, None, 37.9, "Kon Tum")),
], ids=["total-then-change", "opening-score-then-move", "score-then-climb", "after-long-index-name",
        "aside-earlier-year", "last-place-score"])
def test_a_score_found_where_the_sentence_puts_it(text, expected):
    got = {(r.year, r.rank, r.score, r.province) for r in facts(text, "ranking")}
    assert expected in got


def test_a_province_reaching_a_score_and_the_article_index_among_two():
    text = ("Bình Định lọt top 10 PCI\n\nVCCI công bố Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh "
            "(PGI) năm 2023. Theo đó, Bình Định đạt 68,20 điểm, tăng 5 bậc so với năm 2022.")
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.score, r.province) == ("PCI", 2023, None, 68.2, "Bình Định")


def test_a_score_before_the_place_past_a_change_or_last_years_value_in_brackets():
    text = "Kết quả PCI năm 2021, Vĩnh Phúc tăng 24 bậc so với năm 2020 với 69,69 điểm tăng 5,85 điểm đứng thứ 5 cả nước."
    [r] = facts(text, "ranking")
    assert (r.year, r.rank, r.score, r.province) == (2021, 5, 69.69, "Vĩnh Phúc")
    text = ("Chỉ số PAPI 2023 của tỉnh Sóc Trăng đạt tổng số 45,6196 điểm (năm 2022 là 42,8559 điểm), "
            "xếp thứ 4/63 tỉnh, thành phố.")
    [r] = facts(text, "ranking")
    assert (r.year, r.rank, r.total, r.score) == (2023, 4, 63, 45.6196)
    [m] = facts(text, "metric")
    assert (m.value, m.as_of, m.province) == (42.8559, "2022", "Sóc Trăng")


def test_a_pillar_score_that_brings_the_lead_after_it():
    text = ("Bảng xếp hạng ICT Index năm 2023: Đà Nẵng có Chỉ số hạ tầng kỹ thuật với 0,7908 điểm (xếp thứ "
            "2/63 tỉnh, thành phố) và Chỉ số ứng dụng công nghệ thông tin với 0,9655 điểm, giúp Đà Nẵng dẫn "
            "đầu toàn quốc ở hạng mục này.")
    got = [(r.component, r.rank, r.score) for r in facts(text, "ranking")]
    assert ("Ứng dụng CNTT", 1, 0.9655) in got
    assert ("Hạ tầng kỹ thuật", 2, 0.7908) in got


def test_a_score_with_a_typo_in_its_unit():
    [r] = facts("Theo PCI 2022, Thanh Hóa đạt 63,67 diểm, xếp hạng 47 cả nước.", "ranking")
    assert (r.rank, r.score) == (47, 63.67)


@pytest.mark.parametrize("text, expected", [
    ("Bảng xếp hạng PCI 2017. Đà Nẵng (70,1 điểm) xếp vị trí thứ 2.", [("Đà Nẵng", 2, None, 70.1, 2017, None)]),
    ("Bảng xếp hạng PCI 2017. Năm 2017 TP HCM (65,2 điểm) vẫn đứng thứ 8.",
     [("TP. Hồ Chí Minh", 8, None, 65.2, 2017, None)]),
    ("PCI 2017. Quảng Ninh lần đầu tiên vươn lên vị trí dẫn đầu với điểm số 70,7 trên thang điểm 100.",
     [("Quảng Ninh", 1, None, 70.7, 2017, None)]),
])
def test_a_score_in_brackets_before_the_place_or_out_of_a_hundred(text, expected):
    assert rankings(text) == expected


def test_a_score_joined_to_its_place_by_and_and_a_fraction_of_one_reached():
    text = "Theo PCI 2020, Long An đạt 70,37 điểm và đứng vị trí thứ 3, tăng 5 bậc so với năm 2019."
    assert rankings(text) == [("Long An", 3, None, 70.37, 2020, None)]
    text = "Theo DTI 2020, Đà Nẵng dẫn đầu. Tổng số điểm DTI Đà Nẵng đạt được là 0,4874, cao hơn mức trung bình."
    assert rankings(text) == [("Đà Nẵng", 1, None, None, 2020, None), ("Đà Nẵng", None, None, 0.4874, 2020, None)]


def test_a_percent_score_past_the_field_listed_or_in_brackets_after_the_group_led():
    text = ("Đà Nẵng tiếp tục dẫn đầu bảng xếp hạng về cải cách hành chính các bộ, ngành, tỉnh, thành năm 2014 "
            "(PAR INDEX), đạt 92,54%. Cùng với Đà Nẵng, Bộ Giao thông vận tải đứng đầu nhóm bộ, ngành (đạt 81,83%).")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", 1, 92.54), (None, 1, 81.83)]


def test_scores_said_respectively_without_places():
    text = ("Năm 2023, hai đầu tàu kinh tế của cả nước là Hà Nội và TP.HCM có chỉ số PAPI thấp hơn đáng kể, "
            "ở mức lần lượt là 43,9603 và 41,7754.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Hà Nội", None, 43.9603), ("TP. Hồ Chí Minh", None, 41.7754)]


def test_a_score_at_a_level_of_points_and_a_pillar_scored_out_of_ten():
    text = ("Năm 2023, Thừa Thiên Huế là địa phương dẫn đầu cả nước về chỉ số PAPI tổng hợp, với mức điểm 46,0415. "
            "Huế cũng là địa phương có số điểm ở hạng mục cung ứng dịch vụ công cao nhất trên cả nước, ở mức điểm 8,3/10.")
    got = [(r.component, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [(None, 1, 46.0415), ("Cung ứng dịch vụ công", 1, 8.3)]
    # a count over ten is no score
    assert [r.score for r in facts(text.replace("8,3/10", "8/10"), "ranking")] == [46.0415, None]


def test_last_years_score_in_brackets_after_the_year_compared_is_passed_over_by_the_rank():
    text = ("Chỉ số PCI năm 2019 của Kiên Giang đạt 64,99 điểm, tăng 1,57 điểm so với năm 2018 (63,42 điểm), "
            "đứng hạng 35/63 cả nước.")
    assert rankings(text) == [("Kiên Giang", 35, 63, 64.99, 2019, None)]
    [m] = facts(text, "metric")
    assert (m.text, m.value, m.as_of) == ("63,42 điểm", 63.42, "2018")


def test_a_change_in_brackets_between_score_and_place_and_a_bare_fraction_after_it():
    text = "Năm 2021, chỉ số PCI của Bà Rịa - Vũng Tàu đạt 69,03 điểm (tăng 3,55 điểm) xếp vị trí thứ 9."
    assert rankings(text) == [("Bà Rịa - Vũng Tàu", 9, None, 69.03, 2021, None)]
    text = "Theo DTI 2020, trong các cơ quan cấp Bộ, Bộ Tài chính xếp vị trí thứ nhất với 0.4944; các bộ không chênh lệch."
    assert rankings(text) == [(None, 1, None, 0.4944, 2020, None)]


def test_a_bare_fraction_after_the_words_for_points_is_the_score_even_closing_the_sentence():
    [r] = [f for f in extract_facts("Về PCI 2016, Quảng Ninh tiếp tục dẫn đầu với số điểm 0,6512.", "t.txt")
           if f.type == "ranking"]
    assert (r.rank, r.score) == (1, 0.6512)
    [r] = [f for f in extract_facts("Về DTI 2021, Đà Nẵng xếp thứ nhất với 0,6512.", "t.txt") if f.type == "ranking"]
    assert (r.rank, r.score) == (1, 0.6512)


def test_a_national_value_with_points_is_read_whole_and_an_average_of_the_index_named_after_cua():
    text = ("Theo báo cáo, chỉ số DTI quốc gia năm 2023 đạt 0,7326 điểm. Ở cấp địa phương, giá trị trung bình "
            "của DTI cấp tỉnh đạt 0,6784 điểm.")
    got = [(f.value, f.province) for f in extract_facts(text, "t.txt") if f.type == "metric"]
    assert got == [(0.7326, None), (0.6784, None)]


def test_a_score_written_with_an_english_decimal_point():
    text = "Theo PAPI 2021, tỉnh Hưng Yên xếp ở vị trí thứ 5/63 tỉnh, thành phố trên cả nước với 45.366 điểm."
    assert [(r.rank, r.total, r.score) for r in facts(text, "ranking")] == [(5, 63, 45.366)]


def test_a_threshold_in_brackets_is_no_score_of_the_lead():
    text = ("Năm 2022, chỉ số PAPI được công bố. 30/63 tỉnh, thành phố có chỉ số kiểm soát tham nhũng ở mức cao "
            "(trên 2 điểm), dẫn đầu vẫn là Quảng Ninh.")
    assert [(p, r, s) for p, r, _, s, _, _ in rankings(text)] == [("Quảng Ninh", 1, None)]
    # "với trên 47,8212 điểm" is the score itself
    text = "Năm 2024, chỉ số PAPI được công bố. Với trên 47,8212 điểm, Quảng Ninh đứng đầu."
    assert [(p, r, s) for p, r, _, s, _, _ in rankings(text)] == [("Quảng Ninh", 1, 47.8212)]


def test_scores_given_correspondingly():
    text = ("Ba tỉnh thành đứng vị trí cuối cùng của ICT Index 2016 thuộc về Lạng Sơn, Bạc Liêu và Điện Biên, với "
            "các điểm số tương ứng là 0,2144; 0,1914 và 0,1738.")
    assert [(p, r, s) for p, r, _, s, _, _ in rankings(text)] == [
        ("Lạng Sơn", None, 0.2144), ("Bạc Liêu", None, 0.1914), ("Điện Biên", None, 0.1738)]


def test_papi_averages_written_with_an_english_point_and_a_gap_above_the_average():
    text = ("Chỉ số PAPI năm 2021 được khảo sát tại 63 tỉnh, thành phố trên cả nước; điểm trung bình cả nước là "
            "42.269 điểm. Ninh Thuận đạt 43.83 điểm (cao hơn trung bình cả nước 1.561 điểm).")
    assert [(m.value, m.province) for m in facts(text, "metric") if m.unit == "điểm"] == [(42.269, None)]


def test_a_bottom_named_after_its_phrase_with_its_score_after_the_name():
    text = "Đứng cuối bảng xếp hạng chỉ số PAR INDEX năm 2021 là tỉnh Kiên Giang, đạt 79.97%."
    assert [(p, r, s) for p, r, _, s, _, _ in rankings(text)] == [("Kiên Giang", None, 79.97)]


def test_a_percent_of_those_surveyed_before_the_place_is_its_score():
    text = ("Đối với chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm "
            "2019 tỉnh An Giang đạt 89,81% đối tượng khảo sát đánh giá hài lòng, xếp hạng 8/63 tỉnh, thành phố.")
    assert rankings(text) == [("An Giang", 8, 63, 89.81, 2019, None)]


def test_pillar_scores_told_after_an_ellipsis_and_one_without_points_before_its_change():
    text = ("Năm 2022, PCI của Lào Cai xếp thứ 11/63. Hầu hết các chỉ số thành phần PCI năm 2022 của Lào Cai đều "
            "được cải thiện. Cụ thể, chỉ số gia nhập thị trường đạt 7,37 điểm; chi phí thời gian đạt 7,68 điểm… "
            "Mặc dù vậy, Lào Cai cũng có một số chỉ số giảm điểm như chính sách hỗ trợ doanh nghiệp 5,09 (giảm 1,1 "
            "điểm), thiết chế pháp lý 7,87 điểm (giảm 0,16 điểm).")
    assert [(p, s, c) for p, r, _, s, _, c in rankings(text) if r is None] == [
        ("Lào Cai", 7.37, "Gia nhập thị trường"), ("Lào Cai", 7.68, "Chi phí thời gian"),
        ("Lào Cai", 5.09, "Hỗ trợ doanh nghiệp"), ("Lào Cai", 7.87, "Thiết chế pháp lý")]


def test_a_pillar_score_after_its_change():
    # round 73: "tăng 0,6 điểm, đạt 6,73 điểm": the change first, then the score
    text = ("Chỉ số PCI năm 2021 của Tuyên Quang xếp thứ 29/63 tỉnh, thành phố với 64,76 điểm. Trong 10 chỉ số "
            "thành phần, chỉ số tiếp cận đất đai tăng 0,6 điểm, đạt 6,73 điểm.")
    assert [(p, s, c) for p, r, _, s, _, c in rankings(text) if r is None] == [
        ("Tuyên Quang", 6.73, "Tiếp cận đất đai")]


def test_pillar_places_after_a_dash_in_a_list_of_places():
    text = ("Năm 2021, Bắc Kạn xếp thứ 51 trên Bảng xếp hạng DTI 2021. Trong đó, xếp hạng theo từng Chỉ số chính "
            "lần lượt là: Nhận thức số - xếp thứ 36; Thể chế số - 57; Hoạt động xã hội số - 50.")
    assert [(r, t, c) for _, r, t, _, _, c in rankings(text)] == [
        (51, None, None), (36, None, "Nhận thức số"), (57, None, "Thể chế số"), (50, None, "Hoạt động xã hội số")]
    # numbers after a dash, with no place told: no places
    text = "Năm 2021, Bắc Kạn xếp thứ 51 trên Bảng xếp hạng DTI 2021. Số chỉ tiêu: Thể chế số - 5; Hạ tầng số - 4."
    assert [c for *_, c in rankings(text)] == [None]


def test_a_score_told_on_for_the_next_year_keeps_the_province_and_pillar():
    text = ("Cụ thể 8 chỉ số thành phần PAPI 2019/2020 của Lào Cai như sau: Chỉ số “công khai, minh bạch”: "
            "Năm 2019, Lào Cai đạt 5,46 điểm; năm 2020, đạt 5,61 điểm.")
    got = [(r.text, r.province, r.component, r.year, r.score) for r in facts(text, "ranking")]
    assert got == [("Lào Cai đạt 5,46 điểm", "Lào Cai", "Công khai, minh bạch", 2019, 5.46),
                   ("năm 2020, đạt 5,61 điểm", "Lào Cai", "Công khai, minh bạch", 2020, 5.61)]


def test_a_score_out_of_100_and_the_lowest_place_with_its_score():
    text = ("Kết quả xếp hạng Chỉ số công khai ngân sách tỉnh POBI 2018 cho thấy, đứng đầu là Vĩnh Long "
            "(90,52/100 điểm), còn Hải Phòng ở mức thấp nhất (5,14/100 điểm).")
    got = [(r.province, r.index, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Vĩnh Long", "POBI", 2018, 1, 90.52), ("Hải Phòng", "POBI", 2018, None, 5.14)]


def test_points_out_of_sixty():
    text = "Năm 2011, chỉ số PAPI Quảng Bình đạt mức điểm 40,35/60 điểm, xếp ở vị trí số 1 trong số 63 tỉnh thành."
    [r] = [f for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert (r.rank, r.score) == (1, 40.35)


def test_a_percent_score_opening_a_line_or_before_a_comparison_with_the_average():
    # round 94: "Đạt" capitalised after a heading's colon, and an aside comparing with the country
    text = ("Kết quả Chỉ số cải cách hành chính năm 2024 của thành phố Cần Thơ.\n"
            "a) PAR INDEX: Đạt 89,13%, hạng 22/63 (tăng 20 bậc).")
    assert [(r.rank, r.total, r.score) for r in facts(text, "ranking")] == [(22, 63, 89.13)]
    text = ("Đối với tỉnh Ninh Thuận, Chỉ số SIPAS năm 2022 đạt 81,83% (cao hơn trung bình cả nước 1,75%), "
            "xếp thứ 20/63 tỉnh, thành phố; xếp thứ 4/14 tỉnh, thành phố loại III.")
    # the place among the provinces of one class is no national rank
    assert rankings(text) == [("Ninh Thuận", 20, 63, 81.83, 2022, None)]
