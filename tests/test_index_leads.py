from extracted import facts


def leads(text):
    return [(r.text, r.index, r.year, r.rank, r.province) for r in facts(text, "ranking")]


def test_a_lead_in_the_indices_listed_after_it():
    got = leads("Năm 2023, Quảng Ninh dẫn đầu cả hai chỉ số PCI và PAPI năm 2023.")
    span = "Quảng Ninh dẫn đầu cả hai chỉ số PCI và PAPI năm 2023"
    assert got == [(span, "PCI", 2023, 1, "Quảng Ninh"), (span, "PAPI", 2023, 1, "Quảng Ninh")]


def test_a_lead_in_the_indices_of_the_sentence_before():
    text = ("Bộ Nội vụ công bố Chỉ số hài lòng của người dân (SIPAS 2022) và Chỉ số cải cách hành chính "
            "(PAR INDEX 2022). Cả hai chỉ số này, Quảng Ninh đều là địa phương đứng đầu.")
    span = "Cả hai chỉ số này, Quảng Ninh đều là địa phương đứng đầu"
    assert leads(text) == [(span, "SIPAS", 2022, 1, "Quảng Ninh"), (span, "PAR Index", 2022, 1, "Quảng Ninh")]


def test_a_count_that_does_not_fit_the_indices_named_gives_nothing():
    text = ("Chỉ số PAPI và Chỉ số PCI năm 2022 đã công bố. "
            "Quảng Ninh hiện là tỉnh đứng đầu cả 4 chỉ số về hành chính, cải cách.")
    assert leads(text) == []
    assert leads("Chỉ số PCI năm 2022 đã công bố. Cả hai chỉ số này, Quảng Ninh đều đứng đầu.") == []


def test_first_place_won_in_every_index_listed_with_or_without_a_count():
    text = ("PAR INDEX 2023: Quảng Ninh đứng đầu. Quảng Ninh đoạt vị trí quán quân ở cả Chỉ số cải cách hành chính "
            "và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.")
    assert {(i, y, r, p) for _, i, y, r, p in leads(text)} == {
        ("PAR Index", 2023, 1, "Quảng Ninh"), ("SIPAS", 2023, 1, "Quảng Ninh")}
    assert len(leads(text)) == 3
    text = ("Năm 2023, Quảng Ninh tiếp tục đoạt vị trí quán quân ở cả hai bảng xếp hạng chỉ số quan trọng: Chỉ số "
            "cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành "
            "chính nhà nước (SIPAS).")
    assert [(i, y) for _, i, y, _, _ in leads(text)] == [("PAR Index", 2023), ("SIPAS", 2023)]


def test_first_on_all_four_tables_at_once():
    text = ("Quảng Ninh đứng đầu trên cả 4 bảng xếp hạng PAR INDEX, SIPAS, PCI và PGI năm 2023\n\nNăm 2023, Quảng "
            "Ninh xuất sắc xếp vị trí quán quân ở trên cả 4 bảng xếp hạng chỉ số quan trọng: Chỉ số cải cách hành "
            "chính (PAR Index), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số Xanh cấp tỉnh (PGI) và SIPAS.")
    got = [(r.index, r.rank, r.year, r.province) for r in facts(text, "ranking")]
    assert sorted(got) == sorted([(i, 1, 2023, "Quảng Ninh") for i in ("PAR Index", "SIPAS", "PCI", "PGI")] * 2)
