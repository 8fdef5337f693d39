"""Statistics tables with a year to a column, a row to a line: each cell is a metric of its year."""
from extract.pipeline import extract_facts
from extract.year_tables import _aligned

HEALTH = "\n".join([
    "Một số chỉ tiêu về y tế của thành phố",
    "",
    "  2015 2017 2019 2020 Sơ bộ 2021",
    "Giường bệnh tính bình quân 1 vạn dân số 63,93 69,38 78,56 95,85 93,02",
    "Số ca mắc các bệnh dịch 16.117 5.627 19.243 11.611 20.915",
    "Số người chết vì các bệnh dịch       31 79",
    "Số người bị ngộ độc thực phẩm   158",
    "Số người chết do ngộ độc thực phẩm",
    "Số người chết do HIV/AIDS trên 100.000 dân (người) 0,78 1,13 0,53 0,26 0,75",
    "",
    "Ngành y tế tiếp tục nâng cao chất lượng khám, chữa bệnh trong năm 2022.",
])


def metrics(text, **kw):
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == "metric"]


def test_each_cell_is_a_metric_of_its_columns_year_measured_as_its_row_label_says():
    got = [(m.text, m.value, m.as_of, m.unit) for m in metrics(HEALTH, published="2022-11-10")]
    assert got[:6] == [("63,93", 63.93, "2015", "giường bệnh/1 vạn dân"), ("69,38", 69.38, "2017", "giường bệnh/1 vạn dân"),
                       ("78,56", 78.56, "2019", "giường bệnh/1 vạn dân"), ("95,85", 95.85, "2020", "giường bệnh/1 vạn dân"),
                       ("93,02", 93.02, "2021", "giường bệnh/1 vạn dân"), ("16.117", 16117, "2015", "ca")]
    assert ("0,75", 0.75, "2021", "người/100.000 dân") in got
    assert len(got) == 18  # no "1 vạn dân" or "100.000 dân" of a label read as a value


def test_empty_cells_are_told_by_their_spaces_and_the_table_shows_how_many_a_cell_takes():
    got = {m.text: m.as_of for m in metrics(HEALTH, published="2022-11-10")}
    # "       31 79": three empty cells of a space each, so "   158" stands in the second column
    assert (got["31"], got["79"], got["158"]) == ("2020", "2021", "2017")


def test_the_header_years_are_dates_spanning_their_cells():
    dates = [(d.text, d.value) for d in extract_facts(HEALTH, "t.txt", published="2022-11-10") if d.type == "date"]
    assert dates[:5] == [("2015", "2015"), ("2017", "2017"), ("2019", "2019"), ("2020", "2020"), ("Sơ bộ 2021", "2021")]


def test_a_column_still_to_come_or_of_aims_holds_no_observation():
    plan = "\n".join(["Chỉ tiêu 2023 2024 Kế hoạch 2025 2030",
                      "Tỷ lệ hộ nghèo (%) 3,1 2,4 1,9 1,0"])
    assert [(m.value, m.as_of) for m in metrics(plan, published="2025-03-01")] == [(3.1, "2023"), (2.4, "2024")]


def test_a_row_that_fits_no_column_count_is_left_rather_than_guessed():
    assert _aligned("   158", "", 5, 2) == [1]
    assert _aligned("   158", "", 5, 1) == [2]
    assert _aligned(" 1 2 3 4 5 6", "", 5, 1) is None  # more cells than columns
    assert _aligned("  158", "      ", 5, 2) is None  # two spaces: no whole number of empty cells


def test_a_paragraph_with_two_years_is_no_table():
    text = "Năm 2019 2020 là hai năm khó khăn\nSố ca mắc các bệnh dịch 16.117 5.627"
    assert metrics(text, published="2022-11-10") == []

