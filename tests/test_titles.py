from extract.titles import canonical_title, listed_title, names_its_org


def test_a_title_is_compared_by_the_one_it_stands_for():
    assert canonical_title("Ủy viên Ban Chấp hành Trung ương Đảng") == "Ủy viên Trung ương Đảng"
    assert canonical_title("Uỷ viên Ban Chấp hành Đảng bộ tỉnh") == "Tỉnh ủy viên"
    assert canonical_title("PCT") == "Phó Chủ tịch" and canonical_title("Giám đốc") == "Giám đốc"


def test_a_written_title_takes_its_listed_capitals_and_keeps_its_prefix():
    assert listed_title("giám đốc") == "Giám đốc"
    assert listed_title("Quyền giám đốc") == "Quyền Giám đốc"
    assert listed_title("Chức danh lạ") == "Chức danh lạ"  # an unlisted title is kept as written


def test_a_head_of_a_board_or_delegation_names_its_organisation():
    assert names_its_org("Trưởng Ban") and names_its_org("Phó Trưởng đoàn")
    assert not names_its_org("Giám đốc") and not names_its_org("Ban")
