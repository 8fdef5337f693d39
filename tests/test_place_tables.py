"""Tables of one province's own places in an index, by pillar and year, one cell to a line."""
from extract.pipeline import extract_facts

PLAN = "\n".join([
    "Kế hoạch nâng hạng PCI của tỉnh Quảng Trị năm 2020",
    "UBND tỉnh Quảng Trị ban hành kế hoạch cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI), cụ thể như sau:",
    "Chỉ số thành phần", "Thứ hạng", "Năm 2018", "Năm 2019", "Kế hoạch 2020",
    "Gia nhập thị trường", "12", "8", "Phấn đấu nằm trong top 5",
    "Tính minh bạch", "40", "33", "Giữ vị trí thứ nhất",
    "Dịch vụ hỗ trợ doanh nghiệp", "–", "21", "Cải thiện điểm số",
    "Chỉ số PCI", "35", "30", "Duy trì vị trí dẫn đầu",
    "Nguồn: Sở Kế hoạch và Đầu tư",
])


def facts(text, kind):
    return [f for f in extract_facts(text, "t.txt", published="2020-03-02") if f.type == kind]


def test_each_place_under_a_year_is_a_ranking_of_the_articles_province_in_that_pillar():
    got = [(r.text, r.index, r.component, r.year, r.rank, r.total, r.score, r.province)
           for r in facts(PLAN, "ranking")]
    assert got == [("12", "PCI", "Gia nhập thị trường", 2018, 12, None, None, "Quảng Trị"),
                   ("8", "PCI", "Gia nhập thị trường", 2019, 8, None, None, "Quảng Trị"),
                   ("40", "PCI", "Tính minh bạch", 2018, 40, None, None, "Quảng Trị"),
                   ("33", "PCI", "Tính minh bạch", 2019, 33, None, None, "Quảng Trị"),
                   ("21", "PCI", "Hỗ trợ doanh nghiệp", 2019, 21, None, None, "Quảng Trị"),
                   ("35", "PCI", None, 2018, 35, None, None, "Quảng Trị"),  # the index's own row
                   ("30", "PCI", None, 2019, 30, None, None, "Quảng Trị")]


def test_a_cell_is_read_alone():
    first = facts(PLAN, "ranking")[0]
    assert PLAN[first.start:first.end] == "12" and first.sentence == "12"


def test_each_rank_goal_under_the_plans_column_is_a_target_due_that_year():
    got = {(t.text, t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in facts(PLAN, "target")}
    assert {("Phấn đấu nằm trong top 5", "Gia nhập thị trường", 5, "rank", "top", 2020),
            ("Giữ vị trí thứ nhất", "Tính minh bạch", 1, "rank", "top", 2020),
            ("Duy trì vị trí dẫn đầu", "PCI", 1, "rank", "top", 2020)} <= got
    assert not any(t.text == "Cải thiện điểm số" for t in facts(PLAN, "target"))  # no place to reach
    # a goal cell is read whole, once: no shorter "nằm trong top 5" of the rank-goal patterns beside it
    assert len(got) == 3 and len(facts(PLAN, "target")) == 3


def test_under_a_score_header_the_numbers_are_scores():
    text = "\n".join([
        "Điểm số PAPI của tỉnh Quảng Trị qua các năm:",
        "Nội dung", "Điểm", "2019", "2020",
        "Tham gia của người dân ở cấp cơ sở", "5,12", "5,30",
        "Công khai, minh bạch", "5,40", "5,61",
    ])
    got = [(r.index, r.component, r.year, r.rank, r.score) for r in facts(text, "ranking")]
    assert got == [("PAPI", "Tham gia của người dân ở cấp cơ sở", 2019, None, 5.12),
                   ("PAPI", "Tham gia của người dân ở cấp cơ sở", 2020, None, 5.3),
                   ("PAPI", "Công khai, minh bạch", 2019, None, 5.4),
                   ("PAPI", "Công khai, minh bạch", 2020, None, 5.61)]


def test_short_lines_with_years_are_no_table_only_the_table_of_places_is_read():
    timeline = "\n".join([
        "Các mốc cải thiện PCI của tỉnh Quảng Trị:",
        "Nội dung", "Năm 2018", "Năm 2019",  # no rows of pillars
        "Khởi công", "12", "Hoàn thành", "8",
        "Chỉ số", "Năm 2018", "Năm 2019",  # pillars, but no header says what the years hold
        "Gia nhập thị trường", "12", "8",
        "Tính minh bạch", "40", "33",
        "Theo kế hoạch, tỉnh tiếp tục cải thiện môi trường kinh doanh trong năm nay.",
    ])
    got = {r.text for r in facts(timeline + "\n" + PLAN, "ranking")}
    assert got == {"12", "8", "40", "33", "21", "35", "30"}
    assert all(r.start > len(timeline) for r in facts(timeline + "\n" + PLAN, "ranking"))


GII_TABLE = "\n".join([
    "Thứ hạng GII của Việt Nam luôn tăng kể từ năm 2017 (bảng 1).",
    "Bảng 1. Tiến bộ về xếp hạng Chỉ số đổi mới sáng tạo toàn cầu của Việt Nam giai đoạn 2017-2019.",
    "2017", "2018", "2019",
    "Nhóm chỉ số đầu vào ĐMST", "71", "65", "63",
    "1. Thể chế", "87", "83", "83",
])


def test_a_header_of_years_alone_under_a_caption_that_says_places():
    got = [(r.text, r.index, r.component, r.year, r.rank, r.province)
           for r in facts(GII_TABLE, "ranking") if r.sentence in ("71", "65", "63", "87", "83")]
    assert got == [("71", "GII", "Đầu vào đổi mới sáng tạo", 2017, 71, None),
                   ("65", "GII", "Đầu vào đổi mới sáng tạo", 2018, 65, None),
                   ("63", "GII", "Đầu vào đổi mới sáng tạo", 2019, 63, None),
                   ("87", "GII", "Thể chế", 2017, 87, None),
                   ("83", "GII", "Thể chế", 2018, 83, None),  # two equal cells side by side
                   ("83", "GII", "Thể chế", 2019, 83, None)]
