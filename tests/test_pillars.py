"""Which pillar (component) of an index a rank is about, and what is no pillar."""
from extract.pipeline import extract_facts
from extracted import facts


def ranks(text):
    return {(r.province, r.index, r.component, r.year, r.rank, r.total, r.score) for r in facts(text, "ranking")}


def test_pillars_named_without_quotes_each_take_their_own_rank():
    text = ("Năm 2023, Bộ TT&TT công bố xếp hạng DTI, Bình Định xếp thứ 30. Về các trụ cột, chính quyền số "
            "của Bình Định đạt 0,5120 điểm, xếp thứ 33; kinh tế số đạt 0,4410 điểm, xếp thứ 41 và xã hội số "
            "đạt 0,3902 điểm, xếp thứ 38.")
    got = ranks(text)
    assert ("Bình Định", "DTI", "Chính quyền số", 2023, 33, None, 0.512) in got
    assert ("Bình Định", "DTI", "Kinh tế số", 2023, 41, None, 0.441) in got
    assert ("Bình Định", "DTI", "Xã hội số", 2023, 38, None, 0.3902) in got


def test_pillars_listed_before_one_shared_rank():
    text = ("Chỉ số DTI năm 2021 của Bắc Giang xếp thứ 12/63. Trong đó, các trụ cột “Chính quyền số” và "
            "“Kinh tế số” của Bắc Giang đều ở vị trí thứ 9/63 tỉnh thành.")
    got = {(r.component, r.rank) for r in facts(text, "ranking") if r.component}
    assert got == {("Chính quyền số", 9), ("Kinh tế số", 9)}
    # each ranking's span starts at its own pillar's name
    spans = sorted(r.text for r in facts(text, "ranking") if r.component)
    assert spans == ["“Chính quyền số” và “Kinh tế số” của Bắc Giang đều ở vị trí thứ 9/63 tỉnh thành",
                     "“Kinh tế số” của Bắc Giang đều ở vị trí thứ 9/63 tỉnh thành"]


def test_ict_long_name_is_no_pillar():
    text = ("Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông (ICT Index) năm 2020 "
            "được công bố, Lâm Đồng vươn lên đứng thứ 05 nhóm các tỉnh.")
    [r] = facts(text, "ranking")
    assert (r.component, r.rank) == (None, 5)


def test_pillar_named_after_the_rank_then_its_score():
    [r] = facts("Trong ICT Index 2023, Cần Thơ xếp thứ 3 về chỉ số hạ tầng nhân lực với 0,71 điểm.", "ranking")
    assert (r.component, r.rank, r.score, r.province) == ("Hạ tầng nhân lực", 3, 0.71, "Cần Thơ")


def test_a_list_lead_in_is_no_pillar():
    text = ("Theo ICT Index 2023, Đà Nẵng dẫn đầu. "
            "Tiếp theo sau là các địa phương: Cần Thơ (0,6881 điểm), Bắc Ninh (0,664 điểm).")
    listed = {(r.province, r.score, r.component) for r in facts(text, "ranking") if r.rank is None}
    assert listed == {("Cần Thơ", 0.6881, None), ("Bắc Ninh", 0.664, None)}


def test_last_years_places_in_brackets_keep_the_pillar_of_their_clause():
    text = ("Theo bảng xếp hạng ICT-Index năm 2018, Lào Cai giữ vị trí đứng thứ 8, giảm 1 bậc so với năm 2017 "
            "(hạng 7). Trong đó, chỉ số hạ tầng kỹ thuật xếp hạng 10, giảm 3 bậc so với năm 2017 (7); "
            "Chỉ số hạ tầng nhân lực xếp hạng 8, tăng 6 bậc so với năm 2017 (14).")
    got = [(r.index, r.component, r.year, r.rank) for r in facts(text, "ranking")]
    assert got == [("ICT Index", None, 2018, 8), ("ICT Index", None, 2017, 7),
                   ("ICT Index", "Hạ tầng kỹ thuật", 2018, 10), ("ICT Index", "Hạ tầng kỹ thuật", 2017, 7),
                   ("ICT Index", "Hạ tầng nhân lực", 2018, 8), ("ICT Index", "Hạ tầng nhân lực", 2017, 14)]
    assert {r.province for r in facts(text, "ranking")} == {"Lào Cai"}


def test_pillar_named_after_o_chi_so_with_its_score():
    text = "Trong ICT Index 2019, Đà Nẵng xếp hạng 1 ở chỉ số “hạ tầng kỹ thuật” với 0,7925/1 điểm."
    [r] = facts(text, "ranking")
    assert (r.province, r.component, r.rank, r.score, r.year) == ("Đà Nẵng", "Hạ tầng kỹ thuật", 1, 0.7925, 2019)


def test_pillars_named_after_each_place_in_a_list_of_places():
    text = ("Theo chỉ số Vietnam ICT Index 2020, về xếp hạng hạ tầng kỹ thuật, Bộ Công Thương xếp thứ 6/17, thứ 4/17 "
            "về hạ tầng nhân lực, thứ 8/17 về ứng dụng công nghệ thông tin.")
    got = [(r.component, r.rank, r.total, r.text) for r in facts(text, "ranking")]
    assert got == [("Hạ tầng kỹ thuật", 6, 17, "Bộ Công Thương xếp thứ 6/17"), ("Hạ tầng nhân lực", 4, 17, "thứ 4/17"),
                   ("Ứng dụng CNTT", 8, 17, "thứ 8/17")]


def test_pgi_pillars_named_before_the_place_or_after_it_by_number_and_topic():
    text = ("Trong PGI 2024, xét về chỉ số thành phần 3 liên quan đến vai trò lãnh đạo của chính quyền tỉnh trong thúc "
            "đẩy thực hành xanh, Gia Lai đứng ở vị trí 4/63. Gia Lai xếp vị trí 4/63 ở chỉ số thành phần 3 về vai trò "
            "lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh.")
    pillar = "Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh"
    assert ranks(text) == {("Gia Lai", "PGI", pillar, 2024, 4, 63, None)}
    assert len(facts(text, "ranking")) == 2
    assert facts(text, "metric") == []  # "chỉ số thành phần 3" numbers the pillar, it counts nothing


def test_this_index_after_a_pillar_goes_on_with_that_pillar():
    text = ("Theo ICT Index 2016, với số điểm 0,89, Đà Nẵng đứng đầu chỉ số ứng dụng CNTT. Năm nay, Tiền Giang có "
            "sự phát triển vượt bậc ở chỉ số này khi nhảy vọt 17 bậc, từ bậc 21 (năm 2015) lên bậc 4 cả nước (năm 2016).")
    assert ranks(text) == {("Đà Nẵng", "ICT Index", "Ứng dụng CNTT", 2016, 1, None, 0.89),
                           ("Tiền Giang", "ICT Index", "Ứng dụng CNTT", 2015, 21, None, None),
                           ("Tiền Giang", "ICT Index", "Ứng dụng CNTT", 2016, 4, None, None)}
    assert facts(text, "date") == []  # the years in brackets name the editions of the places


def test_a_province_doing_likewise_goes_on_with_the_pillar_carried_before():
    text = ("Theo ICT Index 2016, với số điểm 0,89, Đà Nẵng đứng đầu chỉ số ứng dụng CNTT. Năm nay, Tiền Giang có "
            "sự phát triển vượt bậc ở chỉ số này khi nhảy vọt 17 bậc, từ bậc 21 (năm 2015) lên bậc 4 cả nước (năm 2016). "
            "Trong khi đó, Bắc Giang cũng nhảy từ bậc 20 (năm 2015) lên bậc 5 (năm 2016).")
    got = {r for r in ranks(text) if r[0] == "Bắc Giang"}
    assert got == {("Bắc Giang", "ICT Index", "Ứng dụng CNTT", 2015, 20, None, None),
                   ("Bắc Giang", "ICT Index", "Ứng dụng CNTT", 2016, 5, None, None)}


def test_a_pillar_named_after_each_place_with_trong_is_that_place_s():
    text = ("Theo DTI 2022, Yên Bái xếp thứ 9 trong đảm bảo An toàn thông tin mạng, đứng thứ 15 trong xếp hạng "
            "thể chế số và xếp thứ 11 trong hoạt động kinh tế số.")
    assert {(r[2], r[4]) for r in ranks(text)} == {("An toàn thông tin mạng", 9), ("Thể chế số", 15),
                                                   ("Hoạt động kinh tế số", 11)}


def test_a_pillar_written_short_of_its_registry_name_leads_with_its_score():
    text = ("Theo PAPI 2022, Quảng Ninh đứng đầu ở chỉ số công khai, minh bạch trong quyết định (6,37 điểm), "
            "kiểm soát tham nhũng (4,58 điểm).")
    assert ranks(text) == {("Quảng Ninh", "PAPI", "Công khai, minh bạch", 2022, 1, None, 6.37),
                           ("Quảng Ninh", "PAPI", "Kiểm soát tham nhũng trong khu vực công", 2022, 1, None, 4.58)}


def test_a_pillar_s_bare_score_in_brackets_is_read_in_a_list_of_leads():
    text = ("Theo PAPI 2022, Quảng Ninh đứng đầu ở chỉ số công khai, minh bạch trong quyết định (6,37 điểm), "
            "kiểm soát tham nhũng (4,58 điểm); thủ tục hành chính công (7,65).")
    assert ("Quảng Ninh", "PAPI", "Thủ tục hành chính công", 2022, 1, None, 7.65) in ranks(text)


def test_par_index_fields_are_its_pillars_old_and_new_names_alike():
    text = ("Năm 2023, Chỉ số cải cách hành chính (PAR Index) của tỉnh Sơn La đạt 86,5%, xếp thứ 30/63. "
            "Trong đó, lĩnh vực cải cách thủ tục hành chính xếp thứ 12/63; cải cách tài chính công xếp thứ 5/63; "
            "hiện đại hóa nền hành chính đứng thứ 40.")
    assert {(r[2], r[4]) for r in ranks(text)} == {
        (None, 30), ("Cải cách thủ tục hành chính", 12), ("Cải cách tài chính công", 5),
        ("Xây dựng và phát triển chính quyền điện tử, chính quyền số", 40)}


def test_the_pillars_an_index_is_made_of_are_no_pillar_of_the_lead():
    text = ("Bộ TT&TT công bố DTI năm 2022.\nĐà Nẵng tiếp tục là địa phương dẫn đầu cả nước về chuyển đổi số với "
            "3 trụ cột chính quyền số, kinh tế số và xã hội số.")
    assert [(r.province, r.component, r.rank) for r in extract_facts(text, "t.txt") if r.type == "ranking"] \
        == [("Đà Nẵng", None, 1)]


def test_papi_sub_dimensions_are_pillars_of_their_own():
    text = ("Năm 2022, chỉ số PAPI được công bố. Ở điểm thành phần kiểm soát tham nhũng trong chính quyền địa "
            "phương, Bình Dương đứng thứ hai với 1,96 điểm.")
    [r] = [f for f in extract_facts(text, "t.txt") if f.type == "ranking"]
    assert (r.component, r.rank, r.score) == ("Kiểm soát tham nhũng trong chính quyền địa phương", 2, 1.96)


def test_a_groups_heading_is_no_pillar():
    text = ("Theo POBI 2019, nhóm B: công khai tương đối - bao gồm 27 tỉnh, đứng đầu là Kon Tum (74,54 điểm).\n"
            "Nhóm D: ít công khai - bao gồm: Hòa Bình (1,69 điểm), Đồng Tháp (7,9 điểm).")
    assert {r.component for r in facts(text, "ranking")} == {None}
