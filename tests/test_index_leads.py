from extract.pipeline import extract_facts


def leads(text):
    return [(r.text, r.index, r.year, r.rank, r.province) for r in extract_facts(text, "t.txt")
            if r.type == "ranking"]


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
