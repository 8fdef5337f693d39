"""The Python API for notebooks: named queries returning DataFrames."""
import inspect

import pandas as pd
import pytest

import warehouse
from vnmine.errors import VnmineError
from warehouse import NAMED_QUERIES, open_warehouse
from warehouse import queries as q
from warehouse_sample import AP_BAC, BAO_TAY_NINH, VTV, build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("q") / "w.duckdb")


@pytest.fixture
def con(db):
    with open_warehouse(db, read_only=True) as con:
        yield con


def test_signatures_the_notebooks_rely_on():
    expected = {
        "targets": ["con", "province", "deadline", "indicator"],
        "rankings": ["con", "index", "province", "year", "component"],
        "compare": ["con", "deadline", "indicator"],
        "timeline": ["con", "index", "province"],
        "sources": ["con"],
        "facts_of_article": ["con", "article_id"],
        "articles": ["con"],
    }
    for name, params in expected.items():
        func = getattr(warehouse, name)
        assert func is getattr(q, name)
        signature = inspect.signature(func).parameters
        assert list(signature) == params
        assert all(signature[p].default is None for p in params[1:] if name not in ("facts_of_article",))
    assert set(NAMED_QUERIES) >= {"targets", "rankings", "compare", "timeline", "sources"}


def test_targets_count_a_syndicated_target_once(con):
    frame = q.targets(con)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["province"]) == ["Long An", "Tây Ninh", "Tây Ninh", "Tiền Giang", "Tiền Giang"]
    shared = frame[(frame.province == "Tây Ninh") & (frame.deadline == 2025)].iloc[0]
    assert shared["n_sources"] == 2 and shared["sources"] == sorted([BAO_TAY_NINH.url, VTV.url])


@pytest.mark.parametrize("alias", ["Tây Ninh", "tay ninh", "TÂY NINH", "Tỉnh Tây Ninh", "tinh tay ninh"])
def test_province_filters_accept_any_alias(con, alias):
    frame = q.targets(con, province=alias, deadline=2025)
    assert list(frame["value"]) == [100.0]


def test_targets_by_deadline_and_indicator_words(con):
    assert list(q.targets(con, deadline=2030)["province"]) == ["Tây Ninh", "Tiền Giang"]
    assert list(q.targets(con, deadline="2030")["value"]) == [30.0, 25.0]
    # case and diacritics do not matter, words are matched as typed (no wildcards)
    assert len(q.targets(con, indicator="TY TRONG kinh te")) == 2
    assert len(q.targets(con, indicator="xử lý trực tuyến", province="tiền giang")) == 1
    assert q.targets(con, indicator="%").empty


def test_rankings_by_index_province_and_year(con):
    frame = q.rankings(con, index="dti", province="tay ninh")
    assert [(r.year, r.rank, r.score) for r in frame.itertuples()] == [(2021, 44, 0.3426), (2020, 46, 0.2686)]
    assert list(q.rankings(con, year=2020)["rank"]) == [46]
    assert q.rankings(con, index="PCI").empty
    assert q.rankings(con, component="nhận thức").empty
    assert q.rankings(con, province="TP.HCM").empty


def test_timeline_is_one_row_per_year(con):
    frame = q.timeline(con, index="DTI", province="Tây Ninh")
    assert list(frame.columns[:6]) == ["index", "component", "province", "province_2025", "year", "rank"]
    assert list(zip(frame["year"], frame["rank"], frame["score"])) == [(2020, 46, 0.2686), (2021, 44, 0.3426)]


def test_compare_puts_provinces_side_by_side(con):
    frame = q.compare(con, deadline=2025)
    assert list(frame.columns) == ["indicator", "deadline", "Long An", "Tây Ninh", "Tiền Giang", "sources"]
    row = frame.iloc[0]
    assert (row["Long An"], row["Tây Ninh"], row["Tiền Giang"]) == ("85%", "100%", "90%")
    assert row["sources"] == 4  # Tây Ninh's target has two sources, each of the others one
    # "Tỷ trọng" and "tỷ trọng" are one indicator
    assert len(q.compare(con, indicator="kinh tế số")) == 1
    assert list(q.compare(con, deadline=1999).columns) == ["indicator", "deadline", "sources"]


def test_sources_per_outlet_and_month(con):
    frame = q.sources(con)
    assert list(zip(frame["source"], frame["month"], frame["articles"], frame["facts"])) == [
        ("Báo Tây Ninh", "2022-12", 1, 6), ("Báo Ấp Bắc", "2022-05", 1, 3),
        ("VTV", "2022-10", 1, 1), ("(unknown)", "(undated)", 1, 1)]


def test_articles_and_the_facts_of_one(con):
    listing = q.articles(con)
    assert list(listing["source"][:3]) == ["Báo Tây Ninh", "VTV", "Báo Ấp Bắc"]
    facts = q.facts_of_article(con, AP_BAC.article_id)
    assert list(facts["type"]) == ["target", "target", "metric"]
    assert list(facts["start"]) == sorted(facts["start"])
    assert set(facts["province_2025"]) == {"Đồng Tháp"}
    with pytest.raises(VnmineError, match="no article with id 'nope'"):
        q.facts_of_article(con, "nope")


def test_unknown_province_lists_close_matches(con):
    with pytest.raises(VnmineError, match=r"unknown province 'Tay Nin'; did you mean Tây Ninh") as err:
        q.targets(con, province="Tay Nin")
    assert "\n" not in str(err.value)


def test_a_deadline_must_be_a_year(con):
    with pytest.raises(VnmineError, match="deadline must be a year"):
        q.targets(con, deadline="soon")


@pytest.mark.parametrize("hostile", [
    "2025'; DROP TABLE facts; --", "' OR '1'='1", "x\" OR 1=1 --", "%", "_", "'); DELETE FROM articles; --",
])
def test_injection_like_values_return_nothing_and_harm_nothing(db, hostile):
    with open_warehouse(db) as con:  # writable: a successful injection would have effect
        assert q.targets(con, indicator=hostile).empty
        assert q.rankings(con, index=hostile, component=hostile).empty
        assert q.compare(con, indicator=hostile).empty
        assert q.timeline(con, index=hostile).empty
        with pytest.raises(VnmineError):
            q.targets(con, province=hostile)
        with pytest.raises(VnmineError):
            q.facts_of_article(con, hostile)
        assert con.execute("SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM articles)").fetchone() == (11, 4)


def test_a_compare_cell_writes_a_share_and_a_yearly_rate_against_the_number():
    assert q._target_cell(10.0, "%/năm", ">=", None, "trên 10%/năm") == "≥ 10%/năm"
    assert q._target_cell(12000.0, "tỷ đồng", "=", None, "12.000 tỷ đồng") == "12000 tỷ đồng"
