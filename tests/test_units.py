"""What a number counts: the unit read after it, whole."""
import pytest

from extract.units import unit_after, unscaled, whole_unit


def read(text: str, number: str) -> str | None:
    """The whole unit after the first ``number`` in ``text``, and check it stands where it is said to end."""
    end = text.index(number) + len(number)
    unit, unit_end = whole_unit(text, *unit_after(text, end))
    assert unit is None or text[:unit_end].endswith(unit)
    return unit


@pytest.mark.parametrize("text, number, unit", [
    ("Đến năm 2025 có khoảng 10 doanh nghiệp công nghệ số.", "10", "doanh nghiệp"),
    ("Vốn đầu tư đạt 12.000 tỷ đồng.", "12.000", "tỷ đồng"),  # dong, not "tỷ" alone
    ("Tỉnh có 7 khu công nghiệp.", "7", "khu công nghiệp"),  # a classifier and its noun
    ("Tỉnh có 21 dự án điện gió đang triển khai.", "21", "dự án điện gió"),  # a general noun names its kind
    ("Thu nhập bình quân 75 triệu đồng/người/năm.", "75", "triệu đồng/người/năm"),
    ("Tiếp nhận 51 ý kiến, kiến nghị của cử tri.", "51", "ý kiến, kiến nghị"),  # nouns listed together
    ("Có 63 tỉnh/thành phố tham gia.", "63", "tỉnh/thành phố"),
    ("Giảm 1/3 số hộ nghèo.", "1/3", "số hộ"),  # what a fraction is of
])
def test_the_unit_is_read_whole(text, number, unit):
    assert read(text, number) == unit


def test_a_place_after_a_list_is_not_one_more_noun_of_it():
    # "còn 2 xã, tỉnh Lâm Đồng còn 127 hộ" lists two places, each with its count
    assert read("Tỉnh Gia Lai còn 2 xã, tỉnh Lâm Đồng còn 127 hộ.", "2") == "xã"


def test_no_noun_after_the_number_is_no_unit():
    assert read("Tây Ninh xếp vị trí số 44.", "44") is None


@pytest.mark.parametrize("unit, head", [("triệu hồ sơ", "hồ sơ"), ("tỷ đồng", "đồng"), ("doanh nghiệp", "doanh nghiệp")])
def test_unscaled_drops_the_scale_words(unit, head):
    assert unscaled(unit) == head
