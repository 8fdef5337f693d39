"""Clauses and asides: extract/clauses.py. Every helper keeps the text's length, so offsets hold."""
import re

from extract.clauses import blanked, clause_start, in_aside, lc_first, mask_asides


def test_a_closed_aside_is_blanked_and_offsets_kept():
    text = "tỷ lệ dịch vụ công (bao gồm cả thiết bị di động) đạt 100%"
    masked = mask_asides(text)
    assert len(masked) == len(text)
    assert "thiết bị" not in masked and masked.endswith("đạt 100%")


def test_an_aside_closed_before_a_number_does_not_break_its_clause():
    text = "Năm 2024, tỷ lệ dịch vụ công (bao gồm cả thiết bị di động) đạt 100%"
    assert text[clause_start(text, text.index("100%")):].startswith("Năm 2024")
    text = "GRDP tăng 8%; thu ngân sách đạt 20.000 tỷ đồng"
    assert text[clause_start(text, text.index("20.000")):].startswith(" thu ngân sách")


def test_in_aside_only_inside_a_bracket_still_open():
    text = "đạt 51,8% (23.600 tỷ đồng) và tăng 2,5% (kế hoạch 7%"
    assert in_aside(text, text.index("23.600"))
    assert not in_aside(text, text.index("2,5%"))
    assert in_aside(text, text.index("7%"))


def test_lc_first_lowers_only_the_first_letter():
    assert lc_first("“Phấn đấu đến năm 2030") == "“phấn đấu đến năm 2030"
    assert lc_first("2030 Phấn đấu") == "2030 phấn đấu"


def test_blanked_fills_each_match():
    assert blanked(re.compile(r"\d+"), "hạng 12/63", "x") == "hạng xx/xx"
