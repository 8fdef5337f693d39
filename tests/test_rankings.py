from extract.pipeline import extract_facts

S004 = ("Theo Sở Thông tin và Truyền thông, năm 2021, Bộ TT&TT đánh giá xếp hạng chuyển đổi số cấp tỉnh: "
        "Thứ bậc xếp hạng DTI của các địa phương mức trung bình là 0,4595 điểm, Tây Ninh xếp vị trí số 44 "
        "với 0,3426 điểm, tăng 2 bậc so với năm 2020 (xếp 46 với 0,2686 điểm).")


def facts(text, t, **kw):
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == t]


def test_current_and_previous_year_in_one_sentence():
    got = {(r.index, r.year, r.rank, r.score, r.province) for r in facts(S004, "ranking")}
    assert got == {("DTI", 2021, 44, 0.3426, "Tây Ninh"), ("DTI", 2020, 46, 0.2686, "Tây Ninh")}


def test_national_average_is_a_metric_with_null_province():
    [avg] = [m for m in facts(S004, "metric") if m.value == 0.4595]
    assert avg.province is None and avg.province_2025 is None


def test_component_and_inherited_year():
    text = S004 + "\nNhóm “Thể chế số” đạt 0,5 điểm, hạng 23."
    [r] = [r for r in facts(text, "ranking") if r.component]
    assert (r.component, r.year, r.rank, r.score) == ("Thể chế số", 2021, 23, 0.5)


def test_long_index_name_total_and_following_year():
    text = ("Chỉ số sẵn sàng ứng dụng, phát triển công nghệ thông tin và truyền thông của tỉnh được xếp hạng "
            "khá, cụ thể Tiền Giang đạt hạng 5/63 tỉnh, thành phố năm 2019 và hạng 16/63 tỉnh, thành phố năm 2020.")
    got = {(r.index, r.year, r.rank, r.total) for r in facts(text, "ranking")}
    assert got == {("ICT Index", 2019, 5, 63), ("ICT Index", 2020, 16, 63)}


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
