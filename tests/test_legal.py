import pytest

from extract.pipeline import extract_facts


def legal(text):
    return [f for f in extract_facts(text, "t.txt") if f.type == "legal_ref"]


@pytest.mark.parametrize("text,number,issued,issuer", [
    ("theo Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 về việc gửi nhận văn bản",
     "28/2018/QĐ-TTg", "2018-07-12", "Thủ tướng Chính phủ"),
    ("Nghị quyết số 02-NQ/TU ngày 26.1.2021 của Tỉnh uỷ về chuyển đổi số", "02-NQ/TU", "2021-01-26", "Tỉnh ủy"),
    ("trong Quyết định 749 của Thủ tướng Chính phủ về phê duyệt", "749", None, "Thủ tướng Chính phủ"),
    ("triển khai Nghị quyết 8 của Tỉnh ủy về chuyển đổi số", "8", None, "Tỉnh ủy"),
])
def test_references(text, number, issued, issuer):
    [ref] = legal(text)
    assert (ref.number, ref.issued, ref.issuer) == (number, issued, issuer)
    assert text[ref.start:ref.end] == ref.text


def test_national_issuer_has_null_province_and_plans_without_number_are_skipped():
    [ref] = legal("Tây Ninh thực hiện Quyết định số 28/2018/QĐ-TTg.")
    assert ref.province is None
    assert legal("Kế hoạch phát triển doanh nghiệp giai đoạn 2021-2025.") == []
