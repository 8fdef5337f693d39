"""Exam scores (extract/exam_scores.py): a province's average mark in a national exam is a metric."""
from extract.pipeline import extract_facts

EXAM = ("Trong xếp hạng điểm thi tốt nghiệp THPT 2025 ở 34 tỉnh thành, Nghệ An dẫn đầu.\n"
        "Năm 2025, Nghệ An dẫn đầu cả nước về điểm trung bình thi tốt nghiệp THPT với 6,52 điểm. "
        "Hà Nội đứng thứ 4 với 6,44 điểm. "
        "Xếp thứ 2 và thứ 3 là Hà Nội và TP.HCM với điểm trung bình lần lượt là 5,275 và 5,256, đều hơn 120.000 thí sinh.")


def scores(text, published="2025-07-16"):
    return [(f.text, f.value, f.unit) for f in extract_facts(text, "t.txt", published=published)
            if f.type == "metric" and f.unit == "điểm"]


def test_a_provinces_average_mark_is_a_metric_with_or_without_its_unit():
    assert scores(EXAM) == [("6,52 điểm", 6.52, "điểm"), ("6,44 điểm", 6.44, "điểm"),
                            ("5,275", 5.275, "điểm"), ("5,256", 5.256, "điểm")]
    # the candidates counted are no mark
    counted = [f for f in extract_facts(EXAM, "t.txt", published="2025-07-16") if f.type == "metric" and f.value == 120000]
    assert [f.unit for f in counted] == ["thí sinh"]


def test_an_index_score_and_an_article_on_no_exam_give_no_marks():
    assert scores("Năm 2024, Hà Nội đứng thứ 4 với 6,44 điểm.") == []  # no exam in the article
    text = "Kỳ thi tốt nghiệp diễn ra ngày 26/6. Chỉ số PCI 2024 của tỉnh đạt 68,5 điểm."
    assert scores(text) == []  # an index's score, read by the rankings


def test_a_mark_aimed_at_and_a_bound_are_no_marks():
    text = "Về kỳ thi tốt nghiệp, tỉnh phấn đấu điểm trung bình đạt 6,5 điểm; Nghệ An có điểm trung bình trên 8."
    assert scores(text) == []
