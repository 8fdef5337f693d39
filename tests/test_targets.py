from extract.pipeline import extract_facts


def targets(text, **kw):
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == "target"]


def test_rank_goal_is_top():
    [t] = targets("Đến năm 2030, phấn đấu đưa Tiền Giang thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.")
    assert (t.value, t.unit, t.comparator, t.deadline, t.province) == (20, "rank", "top", 2030, "Tiền Giang")


def test_qualitative_level():
    [t] = targets("Tây Ninh phấn đấu đến năm 2030 vào nhóm các tỉnh thành thực hiện chuyển đổi số khá.")
    assert (t.category, t.deadline, t.value) == ("khá", 2030, None)


def test_quantities_with_units_and_shared_deadline():
    text = ("Cụ thể, đến năm 2025, Tây Ninh có khoảng 10 doanh nghiệp công nghệ số. "
            "Trong đó có 3 doanh nghiệp có khả năng cung cấp giải pháp.")
    got = [(t.value, t.unit, t.comparator, t.deadline) for t in targets(text)]
    assert got == [(10, "doanh nghiệp", "~", 2025), (3, "doanh nghiệp", "=", 2025)]


def test_floor_and_period_deadline():
    [t] = targets("tăng tần suất phát trên hệ thống truyền thanh ít nhất 1 lần/tuần.")
    assert (t.value, t.unit, t.comparator) == (1, "lần/tuần", ">=")
    [t] = targets("bố trí ngân sách bảo đảm chi cho chuyển đổi số với tỷ lệ khoảng 1% tổng chi ngân sách hằng năm và giai đoạn 2021-2025.")
    assert (t.value, t.unit, t.comparator, t.deadline) == (1, "%", "~", 2025)


def test_enumeration_shares_one_deadline():
    text = ("Phấn đấu đến năm 2025, chỉ số DTI của tỉnh vào nhóm khá, trong đó: trụ cột chính quyền số vào nhóm "
            "25 tỉnh/thành phố dẫn đầu; trụ cột kinh tế số vào nhóm 30 tỉnh/thành phố.")
    got = {(t.value, t.comparator, t.category, t.deadline) for t in targets(text)}
    assert got == {(None, None, "khá", 2025), (25, "top", None, 2025), (30, "top", None, 2025)}
