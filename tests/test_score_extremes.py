"""The highest and lowest score of an index, named with the province holding it."""
from extract.pipeline import extract_facts


def ranks(text):
    return {(r.province, r.index, r.year, r.rank, r.score) for r in extract_facts(text, "t.txt") if r.type == "ranking"}


def test_the_highest_score_is_first_place_and_the_lowest_a_score_without_a_place():
    text = ("Sáng ngày 11/4/2023, VCCI đã tổ chức công bố Chỉ số năng lực cạnh tranh cấp tỉnh năm 2022. "
            "Điểm PCI cao nhất là 72,95 (Quảng Ninh), giảm nhẹ so với năm 2021. Điểm PCI thấp nhất là 59,58 "
            "(Cao Bằng), tăng đáng kể (3,29 điểm) so với năm 2021.")
    assert ranks(text) == {("Quảng Ninh", "PCI", 2022, 1, 72.95), ("Cao Bằng", "PCI", 2022, None, 59.58)}


def test_an_extreme_without_its_province_in_brackets_is_no_place():
    text = "Theo PCI 2022, điểm số cao nhất là 72,95, thấp hơn năm 2021."
    assert ranks(text) == set()
