from extract.pipeline import extract_facts


def officials(text):
    return [f for f in extract_facts(text, "t.txt") if f.type == "official"]


def test_name_before_title():
    [o] = officials("Theo ông Nguyễn Trung Hiếu - Phó Giám đốc Sở Thông tin và Truyền thông (TT&TT) "
                    "tỉnh Tây Ninh, lĩnh vực kinh tế số còn hạn chế.")
    assert (o.name, o.title) == ("Nguyễn Trung Hiếu", "Phó Giám đốc")
    assert o.organization == "Sở Thông tin và Truyền thông tỉnh Tây Ninh"
    assert o.province == "Tây Ninh"


def test_title_chain_before_name():
    got = officials("Đó là ý kiến của Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tiền Giang Nguyễn Văn Vĩnh tại hội nghị.")
    assert {(o.name, o.title) for o in got} == {("Nguyễn Văn Vĩnh", "Phó Bí thư"), ("Nguyễn Văn Vĩnh", "Chủ tịch")}
    assert "Ủy ban nhân dân tỉnh Tiền Giang" in {o.organization for o in got}


def test_title_without_name_is_not_a_fact():
    assert officials("Người đứng đầu phải chỉ đạo; chủ tịch UBND cấp huyện chịu trách nhiệm.") == []
