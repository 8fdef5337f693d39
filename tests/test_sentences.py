from extract.sentences import MAX_SENT_CHARS, sentence_bounds


def test_a_line_past_the_limit_is_still_read_sentence_by_sentence():
    text = "Tây Ninh xếp vị trí số 44 với 0,3426 điểm trong DTI 2021. " * 400  # one line, 23,200 chars
    bounds = sentence_bounds(text)
    assert len(bounds) == 400 and all(e - s <= MAX_SENT_CHARS for s, e in bounds)
    assert "".join(text[s:e] for s, e in bounds).replace(" ", "") == text.replace(" ", "")


def test_an_ellipsis_before_a_capital_ends_the_sentence():
    text = ("Chi phí thời gian đạt 7,68 điểm (năm 2021 là 7,54 điểm)… Mặc dù vậy, Lào Cai giảm điểm. "
            "Các tỉnh Hà Nội, Hải Phòng… đều tăng.")
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Chi phí thời gian đạt 7,68 điểm (năm 2021 là 7,54 điểm)…", "Mặc dù vậy, Lào Cai giảm điểm.",
        "Các tỉnh Hà Nội, Hải Phòng… đều tăng."]


def test_an_ellipsis_glued_to_the_next_capital_ends_the_sentence_too():
    text = "Bắc Ninh mạnh về đầu tư nước ngoài…Trong bảng xếp hạng, Hà Nội cao nhất."
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Bắc Ninh mạnh về đầu tư nước ngoài…", "Trong bảng xếp hạng, Hà Nội cao nhất."]


def test_a_list_number_opening_a_line_stays_with_its_item():
    text = "Mục tiêu như sau:\n1. Long An\nII. Về kinh tế\nb) Tăng trưởng 8%."
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Mục tiêu như sau:", "1. Long An", "II. Về kinh tế", "b) Tăng trưởng 8%."]
