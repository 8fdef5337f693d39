import pytest

from extract.pipeline import extract_facts
from extracted import facts

S004 = ("Theo Sở Thông tin và Truyền thông, năm 2021, Bộ TT&TT đánh giá xếp hạng chuyển đổi số cấp tỉnh: "
        "Thứ bậc xếp hạng DTI của các địa phương mức trung bình là 0,4595 điểm, Tây Ninh xếp vị trí số 44 "
        "với 0,3426 điểm, tăng 2 bậc so với năm 2020 (xếp 46 với 0,2686 điểm).")


def test_component_and_inherited_year():
    text = S004 + "\nNhóm “Thể chế số” đạt 0,5 điểm, hạng 23."
    [r] = [r for r in facts(text, "ranking") if r.component]
    assert (r.component, r.year, r.rank, r.score) == ("Thể chế số", 2021, 23, 0.5)


def test_long_index_name_total_and_following_year():
    text = ("Chỉ số sẵn sàng ứng dụng, phát triển công nghệ thông tin và truyền thông của tỉnh được xếp hạng "
            "khá, cụ thể Tiền Giang đạt hạng 5/63 tỉnh, thành phố năm 2019 và hạng 16/63 tỉnh, thành phố năm 2020.")
    got = {(r.index, r.year, r.rank, r.total) for r in facts(text, "ranking")}
    assert got == {("ICT Index", 2019, 5, 63), ("ICT Index", 2020, 16, 63)}


def test_the_tourism_competitiveness_index_is_no_pci():
    # round 57: "năng lực cạnh tranh du lịch" is the VTCI, though "chỉ số năng lực cạnh tranh" opens the PCI's name
    text = ("Đặc biệt, du lịch Quảng Bình được xếp thứ 7 trong Bộ chỉ số năng lực cạnh tranh du lịch Việt Nam (VTCI) "
            "năm 2021.")
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.province) == ("VTCI", 2021, 7, "Quảng Bình")
    # round 69: nor is the logistics competitiveness index of the provinces (VLA)
    text = "Trong chỉ số năng lực cạnh tranh logistics cấp tỉnh năm 2022, Bắc Ninh đứng thứ 8 cả nước."
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.province) == ("LCI", 2022, 8, "Bắc Ninh")
    # round 78: "chỉ số năng lực cạnh tranh điểm đến" is as long as the PCI's "chỉ số năng lực cạnh tranh": the VTCI
    text = "Đà Nẵng dẫn đầu về chỉ số năng lực cạnh tranh điểm đến là nhờ an toàn và an ninh."
    [r] = facts(text, "ranking")
    assert (r.index, r.rank, r.province) == ("VTCI", 1, "Đà Nẵng")


def test_heldout_style_pci_and_papi():
    text = "Là thành phố kinh tế đứng đầu cả nước nhưng TP HCM chỉ xếp thứ 8 với 65,2 điểm trong PCI 2017."
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.score, r.province) == ("PCI", 2017, 8, 65.2, "TP. Hồ Chí Minh")
    text = 'Chỉ số PAPI "Công khai, minh bạch": tăng từ 5,75 điểm lên 5,93 điểm, xếp thứ 16/63 tỉnh, thành năm 2017.'
    [r] = facts(text, "ranking")
    assert (r.index, r.rank, r.total, r.score) == ("PAPI", 16, 63, 5.93)


def test_no_index_no_ranking_and_head_of_office_is_not_rank_one():
    assert facts("Đội bóng xếp thứ 3 với 40 điểm.", "ranking") == []
    assert facts("Chỉ số DTI năm 2021. Người đứng đầu phải chỉ đạo trực tiếp.", "ranking") == []


# Held-out sentences (tests/gold/heldout.jsonl): phrasings the rules were not written for.
PAPI_2017 = ("Báo cáo kết quả thực hiện Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI) "
             "năm 2017 của TP. HCM cho thấy TP có 5 chỉ số tăng điểm.\n")
HELDOUT_RANKINGS = [
    # the province in brackets leads a pillar; the rank itself is the article's province's
    (PAPI_2017 + 'Chỉ số "Trách nhiệm giải trình với người dân": tăng từ 4,92 điểm lên 5,15 điểm, xếp thứ '
     "26/63 tỉnh, thành (tỉnh Nam Định đạt điểm cao nhất).",
     {("PAPI", "Trách nhiệm giải trình với người dân", 2017, 26, 63, 5.15, "TP. Hồ Chí Minh"),
      ("PAPI", "Trách nhiệm giải trình với người dân", 2017, 1, None, None, "Nam Định")}),
    # a title written before the index is named, pillar in single quotes mapped to its canonical name
    ("Chỉ số 'kiểm soát tham nhũng khu vực công' của TP. HCM xếp 55/63 tỉnh thành\n\n" + PAPI_2017,
     {("PAPI", "Kiểm soát tham nhũng trong khu vực công", 2017, 55, 63, None, "TP. Hồ Chí Minh")}),
    # "Pillar: ..." heading; scores listed in brackets without a position
    ("Vietnam ICT Index năm 2019 vừa được công bố.\nDịch vụ công trực tuyến: Đà Nẵng xếp thứ 4 (với 0,7 điểm) "
     "sau Thừa Thiên Huế (1 điểm), Tiền Giang (0,72 điểm).",
     {("ICT Index", "Dịch vụ công trực tuyến", 2019, 4, None, 0.7, "Đà Nẵng"),
      ("ICT Index", "Dịch vụ công trực tuyến", 2019, None, None, 1.0, "Thừa Thiên Huế"),
      ("ICT Index", "Dịch vụ công trực tuyến", 2019, None, None, 0.72, "Tiền Giang")}),
    # leader phrases with adverbs between subject and verb, score far after the verb
    ("Sáng 22/3, VCCI đã công bố chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2017.\nĐây là lần đầu tiên tỉnh "
     "Quảng Ninh vươn lên vị trí dẫn đầu bảng xếp hạng PCI 2017 với 70,7 điểm.",
     {("PCI", None, 2017, 1, None, 70.7, "Quảng Ninh")}),
    ("Năm 2019, TP Đà Nẵng lần thứ 11 liên tiếp dẫn đầu về chỉ số sẵn sàng cho phát triển và ứng dụng "
     "công nghệ thông tin - truyền thông tại Việt Nam.",
     {("ICT Index", None, 2019, 1, None, None, "Đà Nẵng")}),
    # "năm sau" is the year after the one named before
    ("Năm 2014, PCI của thành phố nằm trong tốp 5 thì năm sau tụt xuống thứ 6.",
     {("PCI", None, 2015, 6, None, None, None)}),
]


@pytest.mark.parametrize("text,expected", HELDOUT_RANKINGS)
def test_heldout_rankings(text, expected):
    got = {(r.index, r.component, r.year, r.rank, r.total, r.score, r.province) for r in facts(text, "ranking")}
    assert got == expected


# Web-news phrasings (blind round 3): each written here in other words, provinces and numbers.

def test_pillar_ranks_share_the_field_that_closes_the_list():
    text = ("Theo DTI 2023, Ninh Thuận xếp thứ 27. Trong đó, chính quyền số ở vị trí thứ 15, kinh tế số ở "
            "vị trí thứ 30 và xã hội số ở vị trí thứ 22 trong 63 tỉnh, thành phố.")
    got = {(r.component, r.rank, r.total) for r in facts(text, "ranking") if r.component}
    assert got == {("Chính quyền số", 15, 63), ("Kinh tế số", 30, 63), ("Xã hội số", 22, 63)}


def test_respectively_pairs_provinces_with_positions():
    text = "Trong PCI 2020, Bắc Ninh và Hải Dương lần lượt xếp thứ 5 và 7."
    got = {(r.province, r.rank, r.year) for r in facts(text, "ranking")}
    assert got == {("Bắc Ninh", 5, 2020), ("Hải Dương", 7, 2020)}


def test_comparison_year_is_not_the_ranking_year_and_score_before_a_change_clause():
    text = "Theo DTI năm 2023, Phú Yên đạt 0,4500 điểm, giảm 0,0200 điểm so với năm 2022, xếp hạng thứ 47 cả nước."
    [r] = facts(text, "ranking")
    assert (r.year, r.rank, r.score, r.province) == (2023, 47, 0.45, "Phú Yên")
    assert r.text.endswith("cả nước")


def test_champion_and_runner_up_words():
    text = "Trong bảng xếp hạng PCI 2021, Long An tiếp tục giữ ngôi quán quân với 72,1 điểm, á quân Bình Dương đạt 70,6 điểm."
    got = {(r.province, r.rank, r.score) for r in facts(text, "ranking")}
    assert got == {("Long An", 1, 72.1), ("Bình Dương", 2, 70.6)}


def test_rank_moved_from_is_the_year_before():
    text = "Chỉ số PCI 2020: Bình Dương vươn từ vị trí thứ 9 lên thứ 4."
    got = {(r.province, r.year, r.rank) for r in facts(text, "ranking")}
    assert got == {("Bình Dương", 2019, 9), ("Bình Dương", 2020, 4)}


@pytest.mark.parametrize("text", [
    "Hà Nội, Hải Phòng và Cần Thơ dẫn đầu về chuyển đổi số năm 2024.",  # a group leads, no rank 1
    "Chỉ số PCI 2020 khảo sát và xếp hạng 63 tỉnh, thành phố.",  # ranks 63 provinces, no rank 63
    "Theo DTI 2022, Lâm Đồng cũng là tỉnh dẫn đầu khu vực Tây Nguyên.",  # a region, not the country
    "Theo DTI năm 2024, Việt Nam xếp 71/193 quốc gia về chính phủ điện tử.",  # countries, not provinces
])
def test_not_a_provincial_rank(text):
    assert facts(text, "ranking") == []


def test_a_ministrys_place_has_no_province():
    text = ("Theo DTI 2023, Hà Nội xếp thứ 6. Ở nhóm bộ, ngành có dịch vụ công, "
            "Bộ Tài chính xếp ở vị trí số 2.")
    got = {(r.rank, r.province) for r in facts(text, "ranking")}
    assert got == {(6, "Hà Nội"), (2, None)}
    # the State Bank written in lower case mid-sentence
    text = "Chỉ số PAR INDEX 2017: trong nhóm các bộ ngành, ngân hàng Nhà nước đạt chỉ số cao nhất với 92,36%."
    assert [(r.rank, r.score, r.province) for r in facts(text, "ranking")] == [(1, 92.36, None)]


def test_field_size_after_the_ranking_table():
    [r] = facts("Theo DTI 2023, Hà Nội vươn lên vị trí thứ 6 trong bảng xếp hạng 63 tỉnh, thành phố.", "ranking")
    assert (r.rank, r.total, r.year) == (6, 63, 2023)


def test_ordinal_words_and_the_subject_after_the_position():
    text = ("Chỉ số PAPI 2021: Bến Tre dẫn đầu, xếp thứ hai là tỉnh Vĩnh Long với 45,1 điểm, "
            "đứng thứ tư là tỉnh Trà Vinh với 44,2 điểm.")
    got = {(r.province, r.rank, r.score) for r in facts(text, "ranking")}
    assert got == {("Bến Tre", 1, None), ("Vĩnh Long", 2, 45.1), ("Trà Vinh", 4, 44.2)}


def test_the_next_one_after_the_last_rank():
    text = ("Chỉ số ICT Index 2020: Hà Nội xếp hạng 1 với 0,81/1 điểm, theo sau là tỉnh Bắc Ninh "
            "(0,75/1 điểm) và Hải Phòng (0,70/1 điểm).")
    got = {(r.province, r.rank, r.score) for r in facts(text, "ranking")}
    assert got == {("Hà Nội", 1, 0.81), ("Bắc Ninh", 2, 0.75), ("Hải Phòng", None, 0.7)}


def test_ministries_named_after_the_position_in_percent_scored_index():
    text = ("Năm 2021, với PAR Index của các bộ, đứng đầu là Bộ Tư pháp (90,1% điểm), "
            "xếp thứ ba là Bộ Công Thương (88,2% điểm).")
    got = {(r.province, r.rank, r.score, r.text) for r in facts(text, "ranking")}
    assert got == {(None, 1, 90.1, "đứng đầu là Bộ Tư pháp (90,1% điểm)"),
                   (None, 3, 88.2, "xếp thứ ba là Bộ Công Thương (88,2% điểm)")}
    assert not facts(text, "metric")  # the scores are the rankings', not metrics


def test_percent_score_after_the_rank_and_a_back_reference_to_the_index():
    text = ("Năm 2022, Chỉ số SIPAS được công bố.\n"
            "Ở chỉ số này, tỉnh Nam Định dẫn đầu với kết quả đạt 89,5%; đứng thứ 2 tỉnh Ninh Bình đạt 88,9%.")
    got = {(r.index, r.province, r.rank, r.score) for r in facts(text, "ranking")}
    assert got == {("SIPAS", "Nam Định", 1, 89.5), ("SIPAS", "Ninh Bình", 2, 88.9)}
    assert not [m for m in facts(text, "metric") if m.value in (89.5, 88.9)]


def test_respectively_after_a_gap_with_scores_listed_first():
    text = ("Với 0,5064 điểm và 0,4880 điểm, Ninh Bình và Thanh Hóa đã lần lượt đứng ở thứ hạng 6 và 12 "
            "trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh năm 2021.")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Ninh Bình", 6, 0.5064, 2021), ("Thanh Hóa", 12, 0.488, 2021)]


def test_scores_listed_in_turn_after_semicolons():
    text = ("Chỉ số PAPI 2022 đã được công bố. Ba tỉnh Điện Biên, Lào Cai và Bình Phước trong nhóm chỉ số thấp "
            "nhất, lần lượt 5,71; 5,78 và 5,97 điểm.")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Điện Biên", None, 5.71, 2022), ("Lào Cai", None, 5.78, 2022), ("Bình Phước", None, 5.97, 2022)]


def test_a_place_within_a_region_is_not_a_national_rank():
    text = ("Kết quả chỉ số CCHC năm 2019 của tỉnh An Giang xếp hạng 11/63 tỉnh, thành phố trong cả nước, đạt "
            "83,32%. Với kết quả này, An Giang xếp hạng 3/13 tỉnh, thành phố khu vực ĐBSCL.")
    got = [(r.province, r.index, r.year, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [("An Giang", "PAR Index", 2019, 11, 63, 83.32)]


def test_a_move_within_a_region_named_before_it_is_no_national_place():
    text = ("Điểm số PAPI năm 2022 của tỉnh Sơn La tăng khá. Thứ hạng trong cả nước thăng 7 bậc (từ vị trí 53 "
            "lên 46), và thăng 1 bậc trong vùng TD&MNPB (từ vị trí 11 lên 10).")
    got = {(r.year, r.rank) for r in facts(text, "ranking")}
    assert got == {(2021, 53), (2022, 46)}
    text = "Chỉ số PAPI 2022: kiểm soát tham nhũng trong khu vực công của Sơn La xếp thứ 20."
    assert [r.rank for r in facts(text, "ranking")] == [20]


def test_places_after_the_merger_listed_in_turn():
    text = ("Bộ Khoa học và Công nghệ công bố xếp hạng mức độ chuyển đổi số năm 2024 các tỉnh, thành phố.\n"
            "Theo đó, TP Hà Nội dẫn đầu với giá trị DTI (Bộ chỉ số đánh giá chuyển đổi số) đạt 0,8241. "
            "Đứng thứ hai là TP Huế với giá trị DTI đạt 0,7951. Các tỉnh, thành xếp sau đó lần lượt là "
            "TP Hải Phòng và TP.HCM. Đáng chú ý, Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7.")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Hà Nội", 1, 0.8241, 2024), ("Thừa Thiên Huế", 2, 0.7951, 2024),
                   ("Hải Phòng", 3, None, 2024), ("TP. Hồ Chí Minh", 4, None, 2024),
                   ("Thanh Hóa", 5, None, 2024), ("Điện Biên", 6, None, 2024), ("Hà Tĩnh", 7, None, 2024)]


def test_provinces_taking_the_next_places_in_turn_keep_the_pillar_of_the_rank_before():
    text = ("Theo Viet Nam ICT Index 2016, ở lĩnh vực hạ tầng kỹ thuật CNTT, Đà Nẵng dẫn đầu cả nước với 0,84 "
            "điểm. Thành phố Hồ Chí Minh và Hà Nội lần lượt chiếm hai vị trí tiếp theo với số điểm gần bằng nhau.")
    got = [(r.province, r.component, r.rank) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", "Hạ tầng kỹ thuật", 1), ("TP. Hồ Chí Minh", "Hạ tầng kỹ thuật", 2),
                   ("Hà Nội", "Hạ tầng kỹ thuật", 3)]


def test_a_place_moved_from_with_tien_len_is_the_year_before():
    text = "Năm 2022, theo DTI, tỉnh Yên Bái từ vị trí 27 tiến lên vị trí thứ 15 trong 63 tỉnh, thành."
    got = {(r.year, r.rank) for r in facts(text, "ranking")}
    assert got == {(2021, 27), (2022, 15)}


def test_a_pillars_place_moved_to_keeps_the_pillar_it_moved_from():
    text = ("Về Chỉ số CCHC năm 2022, cải cách thể chế từ vị trí thứ 57 năm 2021 vươn lên 10/63 tỉnh, thành năm 2022; "
            "cải cách chế độ công vụ từ vị trí thứ 49 năm 2021 vươn lên 20/63 tỉnh, thành phố năm 2022.")
    got = [(r.component, r.year, r.rank) for r in facts(text, "ranking")]
    assert got == [("Cải cách thể chế", 2021, 57), ("Cải cách thể chế", 2022, 10),
                   ("Cải cách chế độ công vụ", 2021, 49), ("Cải cách chế độ công vụ", 2022, 20)]


def test_places_respectively_in_words_and_as_a_run():
    text = ("Về kết quả PCI 2023, Long An và Hải Phòng lần lượt đứng thứ hai và thứ ba. Bắc Giang, Đồng Tháp và "
            "Bà Rịa - Vũng Tàu xếp lần lượt từ vị trí thứ tư đến thứ sáu.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [
        ("Long An", 2), ("Hải Phòng", 3), ("Bắc Giang", 4), ("Đồng Tháp", 5), ("Bà Rịa - Vũng Tàu", 6)]



def test_places_respectively_after_a_comma_and_with_thu_said_once():
    text = ("Về PCI 2021, hai trung tâm của cả nước là Hà Nội và TP.HCM, lần lượt xếp thứ 6 và thứ 8. "
            "Về PCI 2022, Hà Nội và TP HCM lần lượt xếp thứ hai, ba, với điểm số trên 4,5.")
    assert [(r.province, r.year, r.rank) for r in facts(text, "ranking")] == [
        ("Hà Nội", 2021, 6), ("TP. Hồ Chí Minh", 2021, 8), ("Hà Nội", 2022, 2), ("TP. Hồ Chí Minh", 2022, 3)]

def test_a_list_opened_by_a_place_in_brackets_goes_on_with_bare_places():
    text = ("Về PCI 2024, vùng Trung du và miền núi phía Bắc có 4 cái tên góp mặt gồm Phú Thọ (xếp thứ 8), "
            "Lạng Sơn (16), Lào Cai (23) và Thái Nguyên (26).")
    assert [(r.text, r.province, r.year, r.rank) for r in facts(text, "ranking")] == [
        ("Phú Thọ (xếp thứ 8)", "Phú Thọ", 2024, 8), ("Lạng Sơn (16)", "Lạng Sơn", 2024, 16),
        ("Lào Cai (23)", "Lào Cai", 2024, 23), ("Thái Nguyên (26)", "Thái Nguyên", 2024, 26)]
    # bare numbers in brackets with no place before them are no places
    assert facts("Về PCI 2024, các tỉnh Lạng Sơn (16), Lào Cai (23) có nhiều cải thiện.", "ranking") == []


def test_a_lead_after_the_score_told_first_and_the_next_place():
    text = ("Trong bảng xếp hạng PCI 2017, Quảng Ninh có số điểm 70,7 trên thang điểm 100, ở vị trí dẫn đầu; "
            "tiếp theo đó là Đà Nẵng, Đồng Tháp.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Quảng Ninh", 1), ("Đà Nẵng", 2)]


def test_number_one_of_the_index_named_right_after_it():
    text = "Quảng Ninh lập cú đúp, sau số 1 PCI 2022, nhận số 1 PAPI 2022."
    assert [(r.province, r.index, r.year, r.rank) for r in facts(text, "ranking")] == [("Quảng Ninh", "PAPI", 2022, 1)]


def test_a_place_kept_unchanged_in_words():
    text = "Năm 2021, Quảng Ninh giữ nguyên vị trí số một bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)."
    assert [(r.province, r.index, r.year, r.rank) for r in facts(text, "ranking")] == [("Quảng Ninh", "PCI", 2021, 1)]


def test_tiep_theo_counts_from_the_rank_before_it_not_the_last_one_read():
    text = ("Tỉnh Quảng Ninh đứng đầu trong bảng xếp hạng PAPI 2022 với 47,8763 điểm. Tiếp theo là tỉnh Bình "
            "Dương với 47,4488 điểm; xếp thứ ba là tỉnh Thanh Hóa với 46,0154 điểm; xếp thứ năm là Thừa "
            "Thiên Huế với 45,3845 điểm.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Quảng Ninh", 1, 47.8763), ("Bình Dương", 2, 47.4488), ("Thanh Hóa", 3, 46.0154),
                   ("Thừa Thiên Huế", 5, 45.3845)]


def test_sipas_named_by_what_it_measures():
    text = ("Năm 2022, sự hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước "
            "trên địa bàn tỉnh Yên Bái xếp thứ 11/63 tỉnh thành.")
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.total, r.province) == ("SIPAS", 2022, 11, 63, "Yên Bái")


def test_a_place_among_a_regions_provinces_named_by_the_region():
    text = "Năm 2021, Chỉ số CCHC tỉnh Sơn La xếp thứ 15/63 tỉnh, thành phố và đứng thứ 5/14 tỉnh Trung du và miền núi phía Bắc."
    assert [(r.rank, r.total) for r in facts(text, "ranking")] == [(15, 63)]


def test_places_before_and_after_a_move_respectively():
    text = ("Theo bảng xếp hạng ICT Index 2019, Đà Nẵng tiếp tục dẫn đầu. Bắc Ninh và Hải Phòng lần lượt tụt hạng "
            "từ vị trí thứ 4, thứ 5 của năm 2018 xuống vị trí thứ 9 và 11.")
    got = {(r.year, r.rank, r.province) for r in facts(text, "ranking") if r.province != "Đà Nẵng"}
    assert got == {(2018, 4, "Bắc Ninh"), (2018, 5, "Hải Phòng"), (2019, 9, "Bắc Ninh"), (2019, 11, "Hải Phòng")}


def test_a_goal_year_is_no_edition_and_a_list_of_pillar_places_shares_its_field():
    text = ("Tỉnh Cà Mau quyết tâm phấn đấu chỉ số DTI năm 2024 thuộc nhóm 20 của cả nước.\n\n"
            "Theo báo cáo DTI năm 2023, chỉ số DTI tỉnh Cà Mau đạt 0,5100 điểm, xếp thứ 30/63 tỉnh, thành phố.\n\n"
            "Qua phân tích các chỉ số, năm 2023 một số chỉ số còn thấp. Cụ thể, chỉ số về hạ tầng số hạng 12, "
            "nhận thức số hạng 40 trong tổng số 63 tỉnh, thành phố trong cả nước.")
    got = {(r.component, r.year, r.rank, r.total) for r in facts(text, "ranking")}
    assert got == {(None, 2023, 30, 63), ("Hạ tầng số", 2023, 12, 63), ("Nhận thức số", 2023, 40, 63)}


def test_a_ministry_leads_with_its_value_said_first_or_after():
    text = ("Kết quả DTI 2020: Thừa Thiên Huế xếp thứ 2. Theo báo cáo DTI 2020, với việc đạt giá trị DTI là 0,4944, "
            "Bộ Tài chính là cơ quan dẫn đầu. Còn Đài Truyền hình Việt Nam xếp vị trí thứ nhất với giá trị DTI là 0,2995.")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Thừa Thiên Huế", 2, None, 2020), (None, 1, 0.4944, 2020), (None, 1, 0.2995, 2020)]


def rankings(text):
    return [(r.province, r.rank, r.total, r.score, r.year, r.component)
            for r in facts(text, "ranking")]


def test_a_place_kept_against_last_year_is_this_years_and_a_band_between_score_and_place():
    text = ("Theo kết quả PCI năm 2020, tỉnh Kon Tum đạt 60,02 điểm, đạt mức trung bình và xếp thứ 56/63 tỉnh, "
            "thành phố. So với chỉ số PCI năm 2019, tỉnh Kon Tum vẫn giữ nguyên vị trí thứ 56/63 tỉnh, thành phố.")
    assert rankings(text) == [("Kon Tum", 56, 63, 60.02, 2020, None), ("Kon Tum", 56, 63, None, 2020, None)]


def test_last_years_place_in_a_bracket_after_the_index_compared():
    text = ("Báo cáo DTI 2021 cho thấy, Vĩnh Long xếp hạng 32/63, tăng 20 bậc so với DTI 2020 (52/63), "
            "trong đó nổi bật là chỉ số về an toàn thông tin mạng xếp thứ 8/63.")
    assert rankings(text) == [("Vĩnh Long", 32, 63, None, 2021, None), ("Vĩnh Long", 52, 63, None, 2020, None),
                              ("Vĩnh Long", 8, 63, None, 2021, "An toàn thông tin mạng")]


def test_vi_thu_is_a_place_and_ranking_17_ministries_is_a_count():
    text = "Đối với tỉnh Ninh Thuận, kết quả Chỉ số SIPAS 2021 đạt 88,64%, xếp vị thứ 16/63 tỉnh, thành phố."
    assert rankings(text) == [("Ninh Thuận", 16, 63, 88.64, 2021, None)]
    assert rankings("Chỉ số CCHC 2022 cấp bộ được sử dụng đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ.") == []


def test_a_ministrys_value_after_what_it_leads_and_the_cds_short_name_of_dti():
    text = "Theo DTI 2021, Bộ Tài chính đứng đầu về DTI của các bộ cung cấp dịch vụ công với giá trị 0,6321."
    assert rankings(text) == [(None, 1, None, 0.6321, 2021, None)]
    text = "Bộ TT-TT công bố Chỉ số CĐS-DTI năm 2021. Theo đó, Phú Yên xếp thứ 50/63 tỉnh thành."
    assert rankings(text) == [("Phú Yên", 50, 63, None, 2021, None)]


def test_a_place_in_the_results_of_digital_transformation_is_dti():
    text = ("Tháng 8/2022, Bộ Thông tin và Truyền thông đã đánh giá TP. HCM xếp hạng 3/63 tỉnh thành về kết quả "
            "chuyển đổi số năm 2021, tăng 2 hạng so với năm 2020.")
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.total, r.province) == ("DTI", 2021, 3, 63, "TP. Hồ Chí Minh")


def test_the_province_behind_one_placed_before_past_the_field_named_between():
    text = ("TP Đà Nẵng tiếp tục giữ vị trí thứ nhất nhóm các tỉnh, thành phố trực thuộc Trung ương về Vietnam ICT "
            "Index năm 2018. Xếp sau Đà Nẵng ở nhóm các tỉnh, thành phố trực thuộc Trung ương là TP HCM và Hà Nội.")
    got = [(r.province, r.rank) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", 1), ("TP. Hồ Chí Minh", 2)]  # the second name, no "lần lượt": no place


def test_the_province_right_behind_one_placed_before_and_the_ones_after():
    text = ("Đà Nẵng đã duy trì vị trí số 1 trên bảng xếp hạng ICT Index năm 2023 với số điểm 0,8485. "
            "Bám sát Đà Nẵng trên bảng xếp hạng năm 2023 là Cần Thơ với 0,6881 điểm, tiếp theo là Quảng Ninh "
            "với 0,6514 điểm. Trong khi đó, Phú Yên đứng cuối bảng với chỉ 0,1993 điểm.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", 1, 0.8485), ("Cần Thơ", 2, 0.6881), ("Quảng Ninh", 3, 0.6514),
                   ("Phú Yên", None, 0.1993)]
    unplaced = "Chỉ số PCI 2023 đã công bố. Đứng sau Quảng Ninh là Hà Nội."
    assert facts(unplaced, "ranking") == []


def test_ministries_banks_and_corporations_placed_in_the_ict_index():
    text = ("ICT Index 2023: Bộ Nội vụ đứng cuối bảng với 0,1821 điểm. Trong nhóm các ngân hàng thương mại, "
            "Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank) đã dẫn đầu bảng xếp hạng. Đối với nhóm các tập "
            "đoàn kinh tế, Tập đoàn Điện lực Việt Nam đã giành vị trí số một.")
    got = [(r.text, r.rank, r.score, r.province) for r in facts(text, "ranking")]
    assert got == [("Bộ Nội vụ đứng cuối bảng với 0,1821 điểm", None, 0.1821, None),
                   ("Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank) đã dẫn đầu", 1, None, None),
                   ("Tập đoàn Điện lực Việt Nam đã giành vị trí số một", 1, None, None)]


def test_a_lead_restated_with_its_score_and_a_lead_in_a_khi_clause():
    text = ("Tại Lễ công bố chỉ số PCI năm 2024, thành phố Hải Phòng đã xuất sắc vươn lên vị trí dẫn đầu cả "
            "nước, lần đầu tiên giữ ngôi Quán quân PCI với 74,84 điểm.")
    [r] = facts(text, "ranking")
    assert (r.province, r.rank, r.score, r.year) == ("Hải Phòng", 1, 74.84, 2024)
    text = ("Hà Nội tiếp tục khẳng định vai trò tiên phong trong chuyển đổi số khi dẫn đầu bảng xếp hạng Chỉ số "
            "Chuyển đổi số (DTI) cấp tỉnh năm 2024, với 0,8241 điểm.")
    [r] = facts(text, "ranking")
    assert (r.province, r.rank, r.score, r.year) == ("Hà Nội", 1, 0.8241, 2024)


def test_receiving_the_title_of_champion_is_first_place_of_the_article_province():
    text = ("Tại Lễ công bố PCI năm 2024, Hải Phòng dẫn đầu cả nước. Sự kiện đón nhận danh hiệu Quán quân PCI "
            "với 74,84 điểm năm 2024 là thành quả ấn tượng của thành phố Cảng.")
    got = [(r.province, r.rank, r.score, r.year) for r in facts(text, "ranking")]
    assert got == [("Hải Phòng", 1, None, 2024), ("Hải Phòng", 1, 74.84, 2024)]
    assert facts("Năm 2024, Hải Phòng phấn đấu giành danh hiệu Quán quân PCI.", "ranking") == []


def test_a_move_between_a_place_and_its_score_is_passed_over():
    text = "Năm 2023, PCI tỉnh Bình Thuận đứng thứ 18/63 tỉnh, thành phố, tăng 24 bậc, đạt 68,06 điểm."
    [r] = facts(text, "ranking")
    assert (r.rank, r.total, r.score) == (18, 63, 68.06)
    text = ("Chỉ số PAPI năm 2023, tỉnh Hà Nam xếp vị trí thứ 40/61 tỉnh, thành phố (giảm 14 bậc so với năm 2022) "
            "với tổng điểm là 41,5581.")
    [r] = facts(text, "ranking")
    assert (r.rank, r.total, r.score, r.year) == (40, 61, 41.5581, 2023)


def test_a_place_in_words_opening_a_clause():
    text = ("Trong PAPI 2021, tỉnh Thừa Thiên Huế dẫn đầu với 48,059 điểm; xếp thứ hai là tỉnh Bình Dương với "
            "47,178 điểm; thứ ba thuộc về tỉnh Thanh Hoá với 47,102 điểm.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Thừa Thiên Huế", 1, 48.059), ("Bình Dương", 2, 47.178), ("Thanh Hóa", 3, 47.102)]
    # not inside a clause: "lần thứ ba là ..." is no place
    assert [r.rank for r in facts("Trong PAPI 2021, đây là lần thứ ba là tỉnh Bình Dương dẫn đầu.", "ranking")] == [1]


def test_a_lead_named_after_the_index_and_a_score_before_a_contrast():
    text = ("Ở khối UBND tỉnh, dẫn đầu PAR Index 2021 là TP. Hải Phòng. Riêng tỉnh Khánh Hòa, tuy PAR Index 2021 "
            "tăng 2,54%, đạt 85,11%, nhưng tỉnh vẫn giữ nguyên vị trí đứng thứ 48/63 tỉnh, thành phố.")
    got = [(r.province, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [("Hải Phòng", 1, None, None), ("Khánh Hòa", 48, 63, 85.11)]


def test_a_bracketed_place_out_of_the_field():
    text = "Theo Vietnam ICT Index 2016, Tiền Giang tăng 9 bậc trong bảng xếp hạng (thứ 8/63 tỉnh, thành)."
    [r] = facts(text, "ranking")
    assert (r.province, r.year, r.rank, r.total) == ("Tiền Giang", 2016, 8, 63)


def test_central_bodies_named_in_full_and_the_one_next_after_them():
    text = ("Theo ICT Index 2017, Bộ Tài chính dẫn đầu. Đứng ở vị trí thứ hai là Bảo hiểm Xã hội Việt Nam, "
            "tiếp đến là Bộ Giáo dục và Đào tạo.")
    got = [(r.rank, r.province) for r in facts(text, "ranking")]
    assert got == [(1, None), (2, None), (3, None)]


def test_a_place_written_right_after_the_province_and_a_score_opening_a_long_clause():
    text = ("Với chỉ số PCI là 66,65 điểm bao gồm 10 chỉ số thành phần, bao quát những lĩnh vực chính, Bình Định "
            "thứ 21 trong danh sách 30 tỉnh, thành phố có chất lượng điều hành tốt nhất trong PCI 2022.")
    [r] = facts(text, "ranking")
    assert (r.text, r.province, r.year, r.rank, r.score) == ("Bình Định thứ 21", "Bình Định", 2022, 21, 66.65)
    assert [m.value for m in facts(text, "metric")] == [10, 30]
    assert facts("Trong PCI 2022, đây là lần thứ 17 trong số các kỳ công bố.", "ranking") == []


def test_a_misnamed_par_index_carried_to_the_place_with_its_score_out_of_100():
    text = ("Ban chỉ đạo cải cách hành chính của Chính phủ đã công bố kết quả chỉ số hành chính năm 2022. "
            "Theo đó Bắc Giang đứng vị trí thứ 4 trên tổng số 63 tỉnh, thành phố với số điểm đạt được 88,54/100.")
    [r] = [f for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert (r.index, r.year, r.province, r.rank, r.total, r.score) == ("PAR Index", 2022, "Bắc Giang", 4, 63, 88.54)
    assert r.text.endswith("88,54/100")


@pytest.mark.parametrize("text,expected", [
    ("Thái Nguyên giữ vững vị trí á quân về Chỉ số SIPAS năm 2024.", [("Thái Nguyên", 2)]),
    ("Quảng Ninh tiếp tục giữ vững vị trí 'quán quân' PAPI năm 2024.", [("Quảng Ninh", 1)]),
    ("Theo PCI 2024, tỉnh Bà Rịa – Vũng Tàu giữ vững vị trí thứ năm, duy trì trong top 10 PCI từ năm 2021.",
     [("Bà Rịa - Vũng Tàu", 5)]),
    ("Theo PCI 2024, xếp ở vị trí thứ hai là tỉnh Quảng Ninh. Thứ tư là tỉnh Bắc Giang, năm thứ ba liên tiếp.",
     [("Quảng Ninh", 2), ("Bắc Giang", 4)]),
    ("Trong đó, chỉ số cải cách hành chính PARINDEX 2023 xếp đầu tiên là Quảng Ninh, tiếp đó là Hải Phòng.",
     [("Quảng Ninh", 1), ("Hải Phòng", 2)]),
    ("PCI 2016: Đà Nẵng trụ vững ngôi đầu bảng, Hà Nội có tiến bộ", [("Đà Nẵng", 1)]),
    ("Theo bảng xếp hạng PCI 2016, Đà Nẵng tiếp tục có chỉ số năng lực cạnh tranh cấp tỉnh tốt nhất, đạt 70 điểm.",
     [("Đà Nẵng", 1)]),
])
def test_places_in_words_kept_quoted_or_opening_the_sentence(text, expected):
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == expected


def test_places_listed_before_the_provinces_that_hold_them_with_their_scores():
    text = ("Theo PAPI 2024, Quảng Ninh dẫn đầu. Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Tây Ninh (47,35 điểm) "
            "và Bình Thuận (47,13 điểm).")
    assert rankings(text) == [("Quảng Ninh", 1, None, None, 2024, None), ("Tây Ninh", 2, None, 47.35, 2024, None),
                              ("Bình Thuận", 3, None, 47.13, 2024, None)]


def test_a_lead_joined_by_and_to_the_sentence_subject_with_its_composite_score():
    text = ("Tại lễ công bố chỉ số PAPI 2024, tỉnh Quảng Ninh được xếp ở nhóm các tỉnh đạt điểm số cao nhất "
            "và đứng vị trí dẫn đầu toàn quốc với điểm tổng hợp đạt 47,82 điểm.")
    assert rankings(text) == [("Quảng Ninh", 1, None, 47.82, 2024, None)]


def test_a_percent_index_scored_in_an_opening_result_or_after_a_move_and_named_after_the_field():
    text = ("Tỉnh Thái Nguyên tiếp tục đứng ở vị trí số 2/63 tỉnh, thành phố trực thuộc Trung ương về Chỉ số hài lòng "
            "của người dân (Chỉ số SIPAS) năm 2024; xếp thứ 5 toàn quốc về Chỉ số cải cách hành chính. "
            "Với kết quả 90,23%, tỉnh Thái Nguyên tiếp tục giữ vững vị trí số 2 toàn quốc về SIPAS, sau Hải Phòng. "
            "Về Chỉ số cải cách hành chính năm 2024, Thái Nguyên xếp thứ 5 cả nước (tăng 1 bậc so với năm 2023) với 91,47%.")
    got = [(r.index, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [("SIPAS", 2, 63, None), ("PAR Index", 5, None, None), ("SIPAS", 2, None, 90.23),
                   ("PAR Index", 5, None, 91.47)]


def test_a_ministry_named_in_full_with_commas_leads():
    [r] = facts("Bộ Văn hóa, Thể thao và Du lịch dẫn đầu về Chỉ số ICT Index 2022", "ranking")
    assert (r.text, r.province, r.index, r.year, r.rank) == (
        "Bộ Văn hóa, Thể thao và Du lịch dẫn đầu", None, "ICT Index", 2022, 1)


def test_a_lead_with_its_field_right_after_it():
    text = ("Bộ VHTTDL dẫn đầu 17 Bộ, cơ quan ngang Bộ, cơ quan thuộc chính phủ có dịch vụ công về chỉ số ICT Index "
            "2022.")
    [r] = facts(text, "ranking")
    assert (r.province, r.rank, r.total, r.year) == (None, 1, 17, 2022)
    assert facts(text, "metric") == []  # the field is the ranking's total, no count (POLICY, round 86)


def test_a_place_after_a_verb_of_keeping_and_a_percent_score_after_the_lead():
    text = ("Chỉ số PAR INDEX 2019 tỉnh Quảng Ninh đạt 90,09 điểm. Như vậy, tỉnh Quảng Ninh đã duy trì 3 năm liên tiếp "
            "xếp ở vị trí quán quân.")
    assert [(r.rank, r.score) for r in facts(text, "ranking")] == [(None, 90.09), (1, None)]
    text = ("Chỉ số SIPAS năm 2019 tỉnh Quảng Ninh lần đầu tiên vươn lên vị trí dẫn đầu trong bảng xếp hạng với tỷ lệ "
            "hài lòng đạt 95,26% cao hơn tỷ lệ hài lòng chung của tỉnh năm 2018 là 4,11%.")
    [r] = facts(text, "ranking")
    assert (r.rank, r.score, r.text.endswith("95,26%")) == (1, 95.26, True)
    assert facts(text, "metric") == []  # the score is the ranking's; 4,11% is by how much it is higher


def test_a_lead_with_its_field_between_it_and_its_subject():
    text = ("Chỉ số PAR INDEX năm 2015 vừa được công bố. Theo đó, đứng đầu về CCHC trong khối các cơ quan bộ, ngành là "
            "Ngân hàng Nhà nước; còn đứng đầu về CCHC trong khối các địa phương là Đà Nẵng.")
    assert [(r.province, r.rank, r.year) for r in facts(text, "ranking")] == [(None, 1, 2015), ("Đà Nẵng", 1, 2015)]
    text = "Năm 2018, Quảng Ninh tiếp tục dẫn đầu của nước về chỉ số PCI, tiếp theo là Đồng Tháp."
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Quảng Ninh", 1), ("Đồng Tháp", 2)]


def test_years_in_a_row_are_no_place_and_a_bracketed_subject_leads():
    text = ("Về xếp hạng DTI 2022 cấp tỉnh, Đà Nẵng xếp hạng nhất, tiếp tục giữ vững vị trí 3 năm liên tiếp "
            "(2020-2022).")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Đà Nẵng", 1)]
    [r] = facts("[Đà Nẵng] 3 năm liên tiếp dẫn đầu xếp hạng DTI 2022.", "ranking")
    assert (r.province, r.rank, r.year) == ("Đà Nẵng", 1, 2022)


def test_a_lead_in_pillars_not_named_and_the_one_after_the_leader_opening_the_sentence():
    text = "Đà Nẵng xếp hạng nhất ở cả 3 trụ cột chuyển đổi số quốc gia theo DTI 2020."
    assert facts(text, "ranking") == []
    text = ("Theo DTI 2020, Đà Nẵng là địa phương đứng đầu. Sau Đà Nẵng là Thừa Thiên Huế, Bắc Ninh, Quảng Ninh.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Đà Nẵng", 1), ("Thừa Thiên Huế", 2)]


def test_the_highest_total_of_all_pillars_is_a_lead_and_its_score_restated_after_it():
    text = ("Chỉ số Xanh cấp tỉnh (PGI) có 4 chỉ số thành phần. Năm 2023, Quảng Ninh là tỉnh có tổng điểm của cả 4 chỉ "
            "số thành phần cao nhất, dẫn đầu bảng xếp hạng với 26 điểm.")
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.province, r.rank, r.score) == ("PGI", 2023, "Quảng Ninh", 1, 26)
    assert r.text.endswith("với 26 điểm")


def test_the_one_with_the_highest_index_value_leads_but_not_its_own_best_or_the_biggest_rise():
    [r] = facts("Thừa Thiên Huế có chỉ số hiệu quả quản trị và hành chính công cao nhất năm 2023", "ranking")
    assert (r.province, r.index, r.year, r.rank) == ("Thừa Thiên Huế", "PAPI", 2023, 1)
    assert facts("Năm 2023, Bình Thuận đạt chỉ số năng lực cạnh tranh cao nhất trong 15 năm trở lại.", "ranking") == []
    assert facts("Năm 2023, Bình Thuận có điểm số PCI tăng cao nhất cả nước.", "ranking") == []


def test_ke_sau_is_the_next_place_and_a_bracketed_place_after_a_name():
    text = "Năm 2014, Bộ Giao thông vận tải đứng đầu nhóm bộ, ngành về PAR Index. Kế sau là Bộ Tài chính, Ngân hàng Nhà nước."
    assert [r.rank for r in facts(text, "ranking")] == [1, 2]
    text = "Trong PGI 2024, Gia Lai đứng ở vị trí 30/63 với 25,05 điểm, chỉ sau Đắk Nông (29/63 với 25,24 điểm)."
    got = [(r.province, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [("Gia Lai", 30, 63, 25.05), ("Đắk Nông", 29, 63, 25.24)]


def test_a_place_at_a_region_and_a_lead_of_the_indexs_table_with_its_percent():
    text = ("Chỉ số PCI năm 2019 của Kiên Giang đứng hạng 35/63 cả nước và hạng 7 tại khu vực Đồng bằng sông "
            "Cửu Long.")
    assert [(r.rank, r.total) for r in facts(text, "ranking")] == [(35, 63)]
    text = "Năm 2023, Chỉ số cải cách hành chính (PAR Index) được công bố. Bộ Tư pháp dẫn đầu bảng Chỉ số năm 2023, đạt 89,95%."
    [r] = facts(text, "ranking")
    assert (r.index, r.year, r.rank, r.score, r.province) == ("PAR Index", 2023, 1, 89.95, None)


def test_a_field_of_provinces_under_the_centre_then_the_index_then_its_score():
    text = ("Năm 2023, thành phố Hà Nội xếp thứ 3/63 tỉnh, thành phố trực thuộc Trung ương về chỉ số cải cách "
            "hành chính (PAR INDEX), đạt 91,43%.")
    [r] = facts(text, "ranking")
    assert (r.province, r.index, r.rank, r.total, r.score) == ("Hà Nội", "PAR Index", 3, 63, 91.43)


def test_places_in_brackets_after_names_in_words_after_names_and_a_count_of_pillars():
    text = ("Theo kết quả xếp hạng chuyển đổi số cấp tỉnh năm 2020, Thanh Hóa xếp thứ 15. Thanh Hóa cao hơn nhiều "
            "so với các tỉnh lớn như Hà Nội (thứ 43), Nghệ An (thứ 36).")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Thanh Hóa", 15), ("Hà Nội", 43), ("Nghệ An", 36)]
    text = ("Theo DTI 2020, Đà Nẵng xếp hạng thứ nhất, Thừa Thiên Huế thứ hai và Bắc Ninh thứ ba. "
            "Xếp hạng 3 trụ cột chuyển đổi số của Bắc Ninh lần lượt là: Chính quyền số hạng 8, Kinh tế số hạng 2.")
    got = [(r.province, r.component, r.rank) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", None, 1), ("Thừa Thiên Huế", None, 2), ("Bắc Ninh", None, 3),
                   ("Bắc Ninh", "Chính quyền số", 8), ("Bắc Ninh", "Kinh tế số", 2)]
    # "lần thứ hai" is no place; "xếp hạng năm nay" is no fifth place
    assert [r.rank for r in facts("Theo DTI 2020, Đà Nẵng dẫn đầu, lần thứ hai.", "ranking")] == [1]
    assert facts("Trong bảng xếp hạng PCI năm nay, Hải Phòng vượt Quảng Ninh.", "ranking") == []


def test_a_place_in_words_after_the_score_needs_no_subject_right_before_it():
    text = "Theo ICT Index 2016, đối với hạ tầng nhân lực CNTT, Đà Nẵng đạt 0,76 điểm, xếp vị trí thứ hai sau Thanh Hóa."
    [r] = facts(text, "ranking")
    assert (r.province, r.component, r.rank, r.score) == ("Đà Nẵng", "Hạ tầng nhân lực", 2, 0.76)


def test_a_move_within_a_region_gives_no_place():
    text = ("Chỉ số CCHC năm 2022 của tỉnh Sơn La tăng 2 bậc, từ vị trí 15 lên 13 trong cả nước "
            "và tăng 1 bậc từ vị trí thứ 5 lên thứ 4 trong vùng TD&MNPB.")
    assert [(year, rank) for _, rank, _, _, year, _ in rankings(text)] == [(2021, 15), (2022, 13)]


def test_a_body_reaching_the_highest_index_of_a_year_leads_it_with_its_percent_score():
    text = ("Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022 cao nhất với kết quả là 91,77%, "
            "cao hơn 19,12% so với Bộ Ngoại giao.")
    assert rankings(text) == [(None, 1, None, 91.77, 2022, None)]


def test_a_place_moved_from_with_its_year_after_it_or_after_cua():
    text = ("Về PAPI 2020, có tỉnh tụt hạng như Lạng Sơn từ thứ 7 năm 2019 xuống 25 năm 2020. "
            "Bộ Y tế xếp ở vị trí thứ 5, tăng 8 bậc so với vị trí thứ 13 của 2019.")
    got = [(f.province, f.year, f.rank) for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert sorted(got, key=str) == sorted([("Lạng Sơn", 2019, 7), ("Lạng Sơn", 2020, 25), (None, 2020, 5), (None, 2019, 13)],
                                          key=str)


def test_ranked_highest_the_edition_after_a_national_index_value_and_a_place_among_countries():
    text = ("Đà Nẵng dẫn đầu cả nước về chuyển đổi số\n\n"
            "Đà Nẵng xếp hạng cao nhất cả nước về mức độ chuyển đổi số, theo công bố của Bộ.\n\n"
            "Theo báo cáo, chỉ số DTI quốc gia năm 2023 đạt 0,7 điểm. Việt Nam tăng 10 bậc trong bảng xếp hạng "
            "Chính phủ điện tử, đứng thứ 71 trong 193 quốc gia và vùng lãnh thổ.")
    got = [(f.province, f.index, f.year, f.rank) for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert got == [("Đà Nẵng", "DTI", 2023, 1)] * 2


def test_provinces_listed_in_turn_as_the_best_take_places_one_to_n():
    text = ("Quảng Ninh, Bắc Giang, Hải Phòng, Bà Rịa-Vũng Tàu và Đồng Tháp lần lượt là các địa phương có chất lượng "
            "điều hành kinh tế được đánh giá cao nhất trong Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2022.")
    assert {(r.province, r.index, r.year, r.rank) for r in facts(text, "ranking")} == {
        ("Quảng Ninh", "PCI", 2022, 1), ("Bắc Giang", "PCI", 2022, 2), ("Hải Phòng", "PCI", 2022, 3),
        ("Bà Rịa - Vũng Tàu", "PCI", 2022, 4), ("Đồng Tháp", "PCI", 2022, 5)}


def test_the_highest_position_in_the_table_is_first_place():
    text = ("Quảng Ninh có vị trí cao nhất trong bảng xếp hạng Chỉ số Xanh cấp tỉnh (PGI) 2023. "
            "Các vị trí tiếp theo thuộc về TP. Đà Nẵng, Đồng Nai, Hưng Yên và TPHCM.")
    assert {(r.province, r.index, r.year, r.rank) for r in facts(text, "ranking")} == {
        ("Quảng Ninh", "PGI", 2023, 1), ("Đà Nẵng", "PGI", 2023, 2)}


def test_the_highest_satisfaction_is_first_place_with_its_percent():
    text = ("Mức độ hài lòng của người dân (SIPAS 2023) ở 63 tỉnh, thành phố nằm trong khoảng 75,03% - 90,61%. "
            "Trong đó, Quảng Ninh nhận được mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính "
            "Nhà nước nói chung cao nhất với 90,61%.")
    assert {(r.province, r.index, r.year, r.rank, r.score) for r in facts(text, "ranking")} == {
        ("Quảng Ninh", "SIPAS", 2023, 1, 90.61)}


def test_an_index_s_score_of_a_province_named_after_the_index_and_its_year():
    text = "PCI năm 2022 của Sơn La là 63,22 điểm, tăng nhẹ so với năm 2021, nhưng thứ hạng lại tụt 3 bậc, đứng thứ 49."
    # the place told later in the sentence takes the score (rounds 43 and 50): one ranking
    assert {(r.province, r.year, r.rank, r.score) for r in facts(text, "ranking")} == {("Sơn La", 2022, 49, 63.22)}


def test_a_lead_in_the_public_sector_is_no_lead_in_a_region():
    text = ("Báo cáo PAPI 2022 công bố.\nNăm 2022, Bình Dương dẫn đầu về kiểm soát tham nhũng trong khu vực công. "
            "Năm 2022, Cần Thơ dẫn đầu khu vực phía Nam về chỉ số này.")
    got = [(r.province, r.component, r.rank, r.year) for r in facts(text, "ranking")]
    assert got == [("Bình Dương", "Kiểm soát tham nhũng trong khu vực công", 1, 2022)]


def test_the_members_of_a_top_group_are_no_places_but_a_place_after_one_is():
    text = ("Bộ TT&TT công bố DTI năm 2022.\nTốp 3 bộ, ngành dẫn đầu là Bộ Kế hoạch và Đầu tư, Bộ Tài chính và "
            "Bộ TN&MT. Vùng TD&MNPB lần đầu có 1 đại diện lọt vào tốp 10, đứng thứ nhì là tỉnh Bắc Giang.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Bắc Giang", 2)]


def test_next_is_the_first_province_listed_and_a_count_of_leaders_is_a_band():
    text = ("Vietnam ICT Index 2020 công bố.\nBộ Tài chính, Bảo hiểm Xã hội Việt Nam, Bộ Công thương là 5 đơn vị "
            "đứng đầu. Về xếp hạng chung các tỉnh, Đà Nẵng tiếp tục dẫn đầu Chỉ số ICT Index. Tiếp theo là các "
            "tỉnh Thừa Thiên Huế, Quảng Ninh, Cần Thơ trong top 5 dẫn đầu.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Đà Nẵng", 1), ("Thừa Thiên Huế", 2)]


def test_one_of_the_leading_few_is_a_band_not_the_lead():
    # round 71: "1 trong 5 tỉnh, thành phố dẫn đầu" names no first place
    text = ("Theo báo cáo DTI năm 2022, Lạng Sơn đứng ở vị trí thứ 6. Lạng Sơn cũng là 1 trong 5 tỉnh, thành phố "
            "dẫn đầu về mức độ lan tỏa ICT.")
    assert [(r.province, r.rank) for r in facts(text, "ranking")] == [("Lạng Sơn", 6)]


def test_a_place_in_words_with_its_holder_after_it():
    text = ("Báo cáo Vietnam ICT Index 2016 cho thấy chỉ số của Đà Nẵng là 0,8321 điểm, bỏ khá xa vị trí thứ hai "
            "của Hà Nội với 0,6705 điểm. Trong khi đó, ở vị trí thứ ba là Tp. HCM với 0,6456 điểm.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking") if r.rank]
    assert got == [("Hà Nội", 2, 0.6705), ("TP. Hồ Chí Minh", 3, 0.6456)]


def test_places_in_words_after_and_with_ministries_after_them():
    text = ("Theo ICT Index 2016, Bộ Tài chính cũng tiếp tục đứng ở vị trí số 1 với 0,8075 điểm, thứ hai là Ngân "
            "hàng Nhà nước Việt Nam và thứ ba là Bộ Giáo dục và Đào tạo.")
    got = [(r.text, r.province, r.rank) for r in facts(text, "ranking")]
    assert got[1:] == [("thứ hai là Ngân hàng Nhà nước Việt Nam", None, 2), ("thứ ba là Bộ Giáo dục và Đào tạo", None, 3)]


def test_leads_said_as_quan_quan_or_ngoi_vi_and_a_score_in_brackets_after_the_holder():
    text = ("Năng lực cạnh tranh 63 tỉnh thành: Quảng Ninh quán quân 5 năm liên tiếp.\n"
            "Theo PCI 2021, Quảng Ninh đã là quán quân của chỉ số này trong 5 năm liên tiếp.")
    assert [(r.province, r.rank, r.component) for r in facts(text, "ranking")] == [
        ("Quảng Ninh", 1, None), ("Quảng Ninh", 1, None)]
    text = ("Theo kết quả xếp hạng chỉ số PAR INDEX năm 2021 thì thành phố Hải Phòng lần đầu tiên bứt phá lên ngôi vị "
            "quán quân, với kết quả đạt 91.80%, cao hơn 0.66% so với đơn vị xếp vị trí thứ 2 là Quảng Ninh (đạt 91.14%).")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Hải Phòng", 1, 91.8), ("Quảng Ninh", 2, 91.14)]
    assert not [m for m in facts(text, "metric") if m.value in (91.8, 91.14)]


def test_first_place_said_as_vi_tri_dau_tien_and_two_places_named_before_one_holder():
    text = ("Báo cáo Vietnam ICT Index 2016: Đà Nẵng tiếp tục đứng vị trí đầu tiên về chỉ số sẵn sàng cho phát triển "
            "ứng dụng công nghệ thông tin – truyền thông. Hai vị trí thứ tư và thứ năm là Quảng Ninh và Thừa Thiên Huế.")
    got = [(r.index, r.province, r.rank) for r in facts(text, "ranking")]
    assert got == [("ICT Index", "Đà Nẵng", 1), ("ICT Index", "Quảng Ninh", 4)]  # no "lần lượt": the first name


def test_the_next_places_listed_in_turn_with_their_scores():
    text = ("Quảng Ninh dẫn đầu PCI 2023 với 71,25 điểm, Long An xếp thứ 2 với 70,94 điểm. Các vị trí tiếp theo "
            "trong Top 5 của bảng xếp hạng PCI 2023 lần lượt là Hải Phòng (70,34 điểm), Bắc Giang (69,75 điểm), "
            "Đồng Tháp (69,66 điểm).")
    got = [(r.text, r.province, r.rank, r.score) for r in facts(text, "ranking") if r.rank and r.rank > 2]
    assert got == [("Hải Phòng (70,34 điểm)", "Hải Phòng", 3, 70.34), ("Bắc Giang (69,75 điểm)", "Bắc Giang", 4, 69.75),
                   ("Đồng Tháp (69,66 điểm)", "Đồng Tháp", 5, 69.66)]


def test_a_place_said_of_the_province_named_back():
    text = ("Đáng chú ý trong PCI năm nay là Long An. Theo đó, địa phương này đã có bước tiến lớn về điểm số. "
            "Kết quả, địa phương giành vị trí á quân trong bảng xếp hạng PCI 2023 với 70,94 điểm.")
    assert [(r.province, r.rank, r.score) for r in facts(text, "ranking")] == [("Long An", 2, 70.94)]
    # "5 đơn vị dẫn đầu" is a band, no place
    assert facts("Về DTI 2023, ở cấp bộ có 5 đơn vị dẫn đầu, gồm: Bộ KH&ĐT, Bộ Tài chính.", "ranking") == []


def test_a_lead_said_again_as_the_years_running_is_one_ranking():
    text = ("Với điểm số PCI năm 2023 đạt 71,25 điểm, Quảng Ninh tiếp tục là tỉnh đứng đầu Chỉ số PCI năm 2023 "
            "và là năm thứ 7 liên tiếp địa phương này dẫn đầu.")
    assert [(r.province, r.rank, r.score) for r in facts(text, "ranking")] == [("Quảng Ninh", 1, 71.25)]


def test_scores_in_turn_with_an_aside_after_each():
    text = ("Chỉ số PAPI 2023 được công bố. Hà Nội và Thành phố Hồ Chí Minh lần lượt đạt 43,96 điểm (thuộc nhóm "
            "14 tỉnh có Chỉ số PAPI cao nhất) và 41,77 điểm (thuộc nhóm trung bình thấp).")
    assert [(r.province, r.rank, r.score) for r in facts(text, "ranking")] == [
        ("Hà Nội", None, 43.96), ("TP. Hồ Chí Minh", None, 41.77)]


@pytest.mark.parametrize("text, index", [
    ("Theo Chỉ số đổi mới sáng tạo cấp địa phương năm 2023, TPHCM xếp thứ 2 với 55,85 điểm.", "PII"),
    ("Trong xếp hạng công khai ngân sách POBI 2020, TP Đà Nẵng xếp thứ 2 với 92,26 điểm.", "POBI"),
    ("Theo Chỉ số công nghiệp công nghệ thông tin 2018, TP Hồ Chí Minh đứng thứ 2 với 0,5079 điểm.", "IT Industry Index"),
])
def test_the_innovation_open_budget_and_it_industry_indices_are_known(text, index):
    [r] = facts(text, "ranking")
    assert (r.index, r.rank) == (index, 2) and r.year in (2018, 2020, 2023)


def test_a_place_in_a_statistic_is_a_league_not_the_index_named_after_it():
    text = ("Năm 2022, Hà Tĩnh đứng thứ hai toàn quốc về tỷ lệ cấp thẻ Căn cước công dân; chỉ số chuyển đổi số "
            "cấp tỉnh (DTI), xếp thứ 37/63 tỉnh thành phố trên cả nước.")
    assert [(r.index, r.rank) for r in facts(text, "ranking")] == [("DTI", 37)]
    # a place in a pillar stays one
    assert [r.rank for r in facts("Năm 2022, PCI của Hà Tĩnh xếp thứ 3 cả nước về chi phí không chính thức.", "ranking")] == [3]


def test_the_e_business_index_and_its_trades_are_an_index_and_its_pillars():
    text = ("Thanh Hóa vươn lên vị trí 14/63 tỉnh, thành phố theo Báo cáo chỉ số TMĐT Việt Nam (EBI) năm 2025. "
            "Năm 2025, Thanh Hóa ghi nhận chỉ số giao dịch doanh nghiệp với người tiêu dùng (B2C) đứng thứ 9, "
            "giao dịch doanh nghiệp với doanh nghiệp (B2B) xếp thứ 13.")
    got = [(r.index, r.component, r.year, r.rank) for r in facts(text, "ranking")]
    assert got == [("EBI", None, 2025, 14), ("EBI", "B2C", 2025, 9), ("EBI", "B2B", 2025, 13)]


def test_an_index_of_countries_reads_a_place_among_countries_as_the_nations():
    text = ("Tây Ninh đẩy mạnh đổi mới sáng tạo\n\n"
            "Theo Báo cáo Chỉ số đổi mới sáng tạo toàn cầu (GII) 2024, Việt Nam xếp hạng 44/133 quốc gia, nền kinh tế. "
            "Năm 2021, Việt Nam xếp thứ 44 trên 132 quốc gia và nền kinh tế trong bảng xếp hạng GII.")
    got = [(f.province, f.index, f.year, f.rank, f.total) for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert got == [(None, "GII", 2024, 44, 133), (None, "GII", 2021, 44, 132)]


def test_only_vietnams_world_place_is_read_in_an_index_of_countries():
    # rounds 69 and 71: e-government (EGDI), cybersecurity (GCI) and logistics (LPI) rank countries too; a
    # place among neighbours or another country's place is none, and a rise counted "kể từ" a year keeps
    # the edition's year
    text = ("Báo cáo khảo sát Chính phủ điện tử năm 2024 (EGDI) của Liên Hợp Quốc cho thấy, Việt Nam đã vươn lên "
            "vị trí thứ 71/193 quốc gia. Tại khu vực Đông Nam Á, Việt Nam xếp thứ 5/11 nước. "
            "Tháng 9/2024, ITU công bố Chỉ số an toàn thông tin mạng toàn cầu năm 2024 (GCI). Theo đó, Việt Nam "
            "tăng 8 bậc kể từ báo cáo công bố năm 2021, vươn lên vị trí thứ 17/194 quốc gia và vùng lãnh thổ, "
            "đứng thứ 4 ở khu vực châu Á - Thái Bình Dương. Trong Chỉ số hiệu quả logistics (LPI) năm 2018, "
            "Việt Nam xếp thứ 39/160 nước, sau Singapore (thứ 7) và Thái Lan (thứ 32).")
    got = [(r.province, r.index, r.year, r.rank, r.total) for r in facts(text, "ranking")]
    assert got == [(None, "EGDI", 2024, 71, 193), (None, "GCI", 2024, 17, 194), (None, "LPI", 2018, 39, 160)]


def test_a_percent_score_before_the_place_may_leave_out_its_sign():
    # round 71: "Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ 29/63" scores PAR Index 2023 in percent
    text = ("Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX). Theo đó, Nam Định đạt 87,32, "
            "tăng 2,46 điểm %, xếp thứ 29/63 tỉnh, thành phố.")
    assert [(r.province, r.rank, r.total, r.score) for r in facts(text, "ranking")] == [("Nam Định", 29, 63, 87.32)]


def test_the_tourism_indices_are_their_own_not_the_pci():
    # round 78: VTCI ("năng lực cạnh tranh điểm đến du lịch") and VTDI ("Chỉ số phát triển du lịch")
    text = ("Theo báo cáo VTCI 2021, Đà Nẵng dẫn đầu cả nước về chỉ số năng lực cạnh tranh điểm đến du lịch với 4,7 điểm. "
            "Theo Chỉ số phát triển du lịch cấp tỉnh năm 2024, Đà Nẵng xếp thứ nhất với 4,89 điểm.")
    got = [(r.index, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("VTCI", 1, 4.7), ("VTDI", 1, 4.89)]


def test_the_index_of_service_to_citizens_and_firms_is_named_without_an_acronym():
    # round 95: the Prime Minister's monthly index (Quyết định 766/QĐ-TTg) has no short name
    text = "Gia Lai xếp thứ 7 cả nước về chỉ số phục vụ người dân, doanh nghiệp."
    got = [(r.index, r.rank, r.province) for r in facts(text, "ranking")]
    assert got == [("Chỉ số phục vụ người dân, doanh nghiệp", 7, "Gia Lai")]


def test_the_environmental_protection_index_and_its_top_five_as_a_band():
    # round 86: PEPI, a count of provinces opening the list ("5 tỉnh ... cao nhất là") makes it a band,
    # each place with its bare score out of 100; the lead is told apart, with the times in words
    text = ("Theo đó, 5 tỉnh, thành phố có tổng điểm Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm 2022 cao nhất "
            "là Đà Nẵng (73,33), Bắc Kạn (70,29) và Lạng Sơn (65,62). Với kết quả này, thành phố Đà Nẵng lần thứ hai "
            "liên tiếp đứng đầu trong 63 tỉnh, thành cả nước.")
    got = [(r.index, r.year, r.province, r.rank, r.total, r.score) for r in facts(text, "ranking")]
    assert got == [("PEPI", 2022, "Đà Nẵng", None, None, 73.33), ("PEPI", 2022, "Bắc Kạn", None, None, 70.29),
                   ("PEPI", 2022, "Lạng Sơn", None, None, 65.62), ("PEPI", 2022, "Đà Nẵng", 1, 63, None)]


def test_next_after_the_leader_and_the_last_of_the_table():
    text = ("Thành phố Đà Nẵng đứng đầu về thực hiện chỉ số PEPI năm 2021 với tổng điểm 79,82 điểm. Tiếp sau đó là "
            "Bà Rịa - Vũng Tàu với 78,79 điểm. Tỉnh Đắk Nông đứng cuối bảng xếp hạng chỉ số PEPI 2021, với số điểm 51,3.")
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Đà Nẵng", 1, 79.82), ("Bà Rịa - Vũng Tàu", 2, 78.79), ("Đắk Nông", None, 51.3)]
