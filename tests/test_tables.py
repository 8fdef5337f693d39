"""Tables written one cell to a line: each row's province gets its place, score or goal."""
from extract.pipeline import extract_facts


def cells(*lines: str) -> str:
    return "\n\n".join(lines)


def facts(text, kind, **kw):
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == kind]


RANKING_TABLE = cells(
    "Bảng xếp hạng PCI năm 2019",
    "Địa phương", "Điểm số PCI", "Xếp hạng", "Nhóm xếp hạng",
    "Quảng Ninh", "73.40", "1", "Rất tốt",
    "BRVT", "66.96", "16", "Tốt",
    "Top 15 bảng xếp hạng PCI năm 2018",
    "Địa Phương", "PCI", "Xếp hạng PCI", "Nhóm xếp hạng",
    "Hà nội", "65.40", "9", "Tốt",
) + "\n\nBảng trên cho thấy các tỉnh dẫn đầu đã giữ vững vị trí của mình qua nhiều năm liền."


def test_each_row_of_a_ranking_table_is_a_ranking_of_its_province_in_the_captions_edition():
    got = [(r.province, r.index, r.year, r.rank, r.score, r.text) for r in facts(RANKING_TABLE, "ranking")]
    assert got == [("Quảng Ninh", "PCI", 2019, 1, 73.4, "Quảng Ninh\n\n73.40\n\n1"),
                   ("Bà Rịa - Vũng Tàu", "PCI", 2019, 16, 66.96, "BRVT\n\n66.96\n\n16"),
                   ("Hà Nội", "PCI", 2018, 9, 65.4, "Hà nội\n\n65.40\n\n9")]


GOAL_TABLE = cells(
    "Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của các tỉnh thành",
    "Tỉnh, thành phố", "Tăng trưởng GRDP 2026 - 2030 (%)", "Tỉnh, thành phố", "Tăng trưởng GRDP 2026 - 2030 (%)",
    "Hà Nội", "10,5 – 11,0", "Huế", "10,0",
    "CẢ NƯỚC", "Từ 10% trở lên",
)


def test_a_table_of_goals_for_a_period_to_come_gives_each_province_its_target():
    got = [(t.province, t.value, t.comparator, t.unit, t.deadline, t.indicator) for t in facts(GOAL_TABLE, "target",
                                                                                              published="2025-10-29")]
    assert got == [("Hà Nội", 10.5, ">=", "%", 2030, "Tăng trưởng GRDP"),
                   ("Thừa Thiên Huế", 10, "=", "%", 2030, "Tăng trưởng GRDP"),
                   (None, 10, ">=", "%", 2030, "Tăng trưởng GRDP")]


def test_the_same_table_for_a_period_gone_by_is_no_goal():
    assert facts(GOAL_TABLE, "target", published="2031-02-01") == []


def test_a_table_with_no_index_named_gives_no_ranking():
    text = cells("Kết quả thi đua năm 2019", "Địa phương", "Điểm", "Xếp hạng", "Quảng Ninh", "73.40", "1")
    assert facts(text, "ranking") == []


def test_short_lines_without_a_province_column_are_no_table():
    text = cells("Bảng xếp hạng PCI năm 2019", "Điểm số PCI", "Xếp hạng", "Quảng Ninh", "73.40", "1")
    assert facts(text, "ranking") == []


def test_a_paragraph_ends_the_table():
    text = cells("Bảng xếp hạng PCI năm 2019", "Địa phương", "Điểm số PCI", "Xếp hạng", "Quảng Ninh", "73.40") + (
        "\n\nTỉnh đã có nhiều nỗ lực trong cải thiện môi trường kinh doanh, thu hút đầu tư trong năm qua.\n\n"
        + cells("Đồng Tháp", "72.10", "2"))
    got = [(r.province, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("Quảng Ninh", None, 73.4)]


def test_an_undated_table_of_goals_needs_a_caption_that_aims():
    assert len(facts(GOAL_TABLE, "target")) == 3  # "Dự kiến ..."
    plain = GOAL_TABLE.replace("Dự kiến tốc độ", "Tốc độ")
    assert facts(plain, "target") == []


def test_a_rows_fact_traces_back_to_the_whole_row():
    first = facts(RANKING_TABLE, "ranking")[0]
    assert first.sentence == "Quảng Ninh\n\n73.40\n\n1" and RANKING_TABLE[first.start:first.end] == first.text
