from extract.rank_bodies import bodies_listed
from extracted import facts


def places(text):
    return [(r.text, r.province, r.rank, r.score) for r in facts(text, "ranking")]


def test_a_list_of_bodies_splits_before_each_head_word_only():
    text = "Bộ Công Thương, Bộ Văn hóa, Thể thao và Du lịch, Bộ Tài nguyên và Môi trường và Bộ Nội vụ."
    assert [text[a:b] for a, b in bodies_listed(text, 0)] == [
        "Bộ Công Thương", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài nguyên và Môi trường", "Bộ Nội vụ"]


def test_bodies_opening_the_clause_take_the_places_listed_in_turn():
    text = ("Theo DTI 2021, trong nhóm 17 bộ, ngành cung cấp dịch vụ công, Bộ Tài chính giữ vị trí đứng đầu, với giá "
            "trị 0,6321. Bộ KH&ĐT và Bảo hiểm xã hội Việt Nam mỗi cơ quan cùng tăng 1 bậc, vươn lên xếp vị trí thứ 2 "
            "và thứ 3 trên bảng xếp hạng.")
    assert places(text) == [("Bộ Tài chính giữ vị trí đứng đầu, với giá trị 0,6321", None, 1, 0.6321),
                            ("Bộ KH&ĐT", None, 2, None), ("Bảo hiểm xã hội Việt Nam", None, 3, None)]


def test_bodies_listed_as_the_next_places_count_on_from_the_place_before():
    text = ("Theo Vietnam ICT Index 2018, đối với nhóm các Bộ, Bộ Tài chính đứng thứ nhất; xếp thứ hai là Bảo hiểm "
            "xã hội Việt Nam; và các vị trí kế tiếp lần lượt là Ngân hàng Nhà nước, Bộ TT-TT,…")
    assert [(t, r) for t, _, r, _ in places(text)] == [
        ("Bộ Tài chính đứng thứ nhất", 1), ("xếp thứ hai là Bảo hiểm xã hội Việt Nam", 2),
        ("Ngân hàng Nhà nước", 3), ("Bộ TT-TT", 4)]


def test_the_next_places_go_on_from_the_sentence_before_and_need_a_place_read():
    lead = "Theo DTI 2021, Viện Hàn lâm KH&CN Việt Nam giữ vị trí dẫn đầu với giá trị DTI 2021 là 0,4736. "
    tail = "Hai vị trí tiếp theo lần lượt thuộc về Đài Truyền hình Việt Nam và Thông tấn xã Việt Nam."
    assert places(lead + tail)[1:] == [("Đài Truyền hình Việt Nam", None, 2, None),
                                      ("Thông tấn xã Việt Nam", None, 3, None)]
    assert places("Theo DTI 2021, ngành ngân hàng phát triển. " + tail) == []


def test_a_count_of_leading_places_goes_to_the_names_after_it_in_turn():
    got = places("Theo PCI 2019, 2 vị trí dẫn đầu lần lượt thuộc về Bộ Tư pháp và Ngân hàng Nhà nước Việt Nam.")
    assert got == [("Bộ Tư pháp", None, 1, None), ("Ngân hàng Nhà nước Việt Nam", None, 2, None)]
    # names without a head word are parted by the commas and the last "và"
    got = places("Trong ICT Index 2019, 3 vị trí đầu bảng lần lượt thuộc về các Tổng công ty Điện lực và Năng lượng, "
                 "Bưu chính Việt Nam và Cảng hàng không.")
    assert [r for _, _, r, _ in got] == [1, 2, 3] and got[1][0] == "Bưu chính Việt Nam"
    got = places("Về DTI 2022, ba vị trí dẫn đầu lần lượt là Quảng Ninh, Đà Nẵng và Thừa Thiên Huế.")
    assert [(p, r) for _, p, r, _ in got] == [("Quảng Ninh", 1), ("Đà Nẵng", 2), ("Thừa Thiên Huế", 3)]
    # a count that the names do not match is no list read
    assert places("Về DTI 2022, 4 vị trí dẫn đầu lần lượt là Quảng Ninh, Đà Nẵng và Thừa Thiên Huế.") == []


def test_leading_places_not_in_turn_give_only_the_first_its_place_and_the_next_ones_count_on():
    text = ("Theo DTI 2023, Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1. 4 vị trí tiếp theo thuộc về Bộ Tài chính, "
            "Ngân hàng Nhà nước, Bộ Tài nguyên và Môi trường, Bộ Thông tin và Truyền thông. Với nhóm 8 bộ, ngành "
            "không có dịch vụ công, 5 vị trí dẫn đầu thuộc về: Viện Hàn lâm khoa học và công nghệ Việt Nam, Ủy ban "
            "Quản lý vốn Nhà nước tại doanh nghiệp, Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và Ủy ban Dân tộc.")
    assert [(t, rank) for t, _, rank, _ in places(text)] == [
        ("Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1", 1), ("Bộ Tài chính", 2), ("Viện Hàn lâm khoa học và công nghệ Việt Nam", 1)]


def test_the_places_a_count_passed_without_naming_each_holder_are_counted_on_from():
    # "3 vị trí dẫn đầu thuộc về" takes places 1 to 3, though only the first name's is known
    lead = "Trong PCI 2020, 3 vị trí dẫn đầu thuộc về Quảng Ninh, Đồng Tháp và Long An"
    tail = "4 vị trí tiếp theo lần lượt thuộc về Bắc Ninh, Hà Nội, Đà Nẵng và Bình Dương."
    for text in (f"{lead}. Trong PCI 2020, {tail}", f"{lead}; {tail}"):
        assert [(p, r) for _, p, r, _ in places(text)] == [
            ("Quảng Ninh", 1), ("Bắc Ninh", 4), ("Hà Nội", 5), ("Đà Nẵng", 6), ("Bình Dương", 7)]


def test_a_count_of_places_opening_the_sentence_is_read_capitalised():
    got = places("Về DTI 2022, Quảng Ninh dẫn đầu. Ba vị trí tiếp theo lần lượt là Đà Nẵng, Thừa Thiên Huế và Bắc Ninh.")
    assert [(p, r) for _, p, r, _ in got] == [("Quảng Ninh", 1), ("Đà Nẵng", 2), ("Thừa Thiên Huế", 3), ("Bắc Ninh", 4)]


def test_provinces_counted_at_the_top_take_places_only_in_an_order_said():
    text = ("Theo PCI 2020, 10 tỉnh, thành có PCI dẫn đầu bảng xếp hạng theo thứ tự là: Quảng Ninh, Đồng Tháp, "
            "Long An, Bình Dương, Đà Nẵng, Vĩnh Long, Hải Phòng, Bến Tre, Hà Nội và Bắc Ninh.")
    got = places(text)
    assert [(p, r) for _, p, r, _ in got] == [
        ("Quảng Ninh", 1), ("Đồng Tháp", 2), ("Long An", 3), ("Bình Dương", 4), ("Đà Nẵng", 5),
        ("Vĩnh Long", 6), ("Hải Phòng", 7), ("Bến Tre", 8), ("Hà Nội", 9), ("Bắc Ninh", 10)]
    # a top group named without an order gives nobody a place
    assert places(text.replace("theo thứ tự ", "")) == []
