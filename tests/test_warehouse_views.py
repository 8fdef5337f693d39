"""The researcher views: typed columns, provenance on every row, both province maps,
and duplicates across articles counted once."""
import pytest

from extract.records import Target
from pipelines.records import Article
from vnmine.errors import VnmineError
from warehouse import load, open_warehouse
from warehouse_sample import AP_BAC, BAO_TAY_NINH, LOCAL, VTV, build, spanned

ONLINE = "hồ sơ thủ tục hành chính được xử lý trực tuyến"


@pytest.fixture
def con(tmp_path):
    with open_warehouse(build(tmp_path / "w.duckdb")) as con:
        yield con


def column_types(con, view):
    return dict(con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                            f"WHERE table_name = '{view}'").fetchall())


def test_per_type_views_have_typed_columns(con):
    assert column_types(con, "targets")["value"] == "DOUBLE"
    assert column_types(con, "targets")["deadline"] == "INTEGER"
    assert column_types(con, "rankings")["score"] == "DOUBLE"
    assert column_types(con, "metrics")["denominator"] == "DOUBLE"
    assert column_types(con, "ranking_timeline")["rank"] == "INTEGER"


@pytest.mark.parametrize("view", ["targets", "metrics", "rankings", "target_groups",
                                  "province_targets", "ranking_groups"])
def test_every_row_carries_its_provenance(con, view):
    # per-fact views keep `url` (NULL for local files) and `doc`; grouped ones merge the two
    link = "coalesce(url, doc)" if view in ("targets", "metrics", "rankings") else "url"
    rows = con.execute(f"SELECT {link}, article_title, published_at, sentence, start, \"end\" "
                       f"FROM {view}").fetchall()
    assert rows
    for url, title, published, sentence, start, end in rows:
        assert url and sentence and 0 <= start < end
        if url != LOCAL.doc:  # the local file has neither title nor date
            assert title and published


def test_offsets_point_into_the_article_text(con):
    spans = con.execute("SELECT f.text, a.text[f.start + 1:f.\"end\"] FROM facts_in_context f "
                        "JOIN articles a USING (article_id)").fetchall()
    assert len(spans) == 11 and all(text == cut for text, cut in spans)


def test_facts_join_both_province_maps(con):
    rows = con.execute("SELECT DISTINCT province, province_code, region, province_2025, province_2025_code "
                       "FROM targets ORDER BY province_code").fetchall()
    assert rows == [
        ("Tây Ninh", "72", "Đông Nam Bộ", "Tây Ninh", "80"),
        ("Long An", "80", "Đồng bằng sông Cửu Long", "Tây Ninh", "80"),
        ("Tiền Giang", "82", "Đồng bằng sông Cửu Long", "Đồng Tháp", "82"),
    ]
    # on the 2025 map Long An's and Tây Ninh's 2025 targets meet in one province
    on_2025_map = con.execute(
        "SELECT province_2025, list_sort(list(province)) FROM province_targets "
        "WHERE deadline = 2025 GROUP BY 1 ORDER BY 1").fetchall()
    assert on_2025_map == [("Tây Ninh", ["Long An", "Tây Ninh"]), ("Đồng Tháp", ["Tiền Giang"])]


def test_a_syndicated_target_counts_once_and_lists_every_source(con):
    assert con.execute("SELECT count(*) FROM targets WHERE province = 'Tây Ninh' AND deadline = 2025").fetchone() == (2,)
    group = con.execute("SELECT n_sources, sources, outlets, url FROM target_groups "
                        "WHERE province = 'Tây Ninh' AND deadline = 2025").fetchall()
    assert group == [(2, sorted([BAO_TAY_NINH.url, VTV.url]), ["Báo Tây Ninh", "VTV"], BAO_TAY_NINH.url)]


def test_a_repeated_lead_counts_once_in_rankings(con):
    assert con.execute("SELECT count(*) FROM rankings").fetchone() == (4,)
    grouped = con.execute('SELECT year, rank, score, n_sources FROM ranking_groups ORDER BY year').fetchall()
    assert grouped == [(2020, 46, 0.2686, 1), (2021, 44, 0.3426, 1)]
    timeline = con.execute('SELECT "index", component, province, year, rank, score FROM ranking_timeline '
                           'ORDER BY year').fetchall()
    assert timeline == [("DTI", None, "Tây Ninh", 2020, 46, 0.2686), ("DTI", None, "Tây Ninh", 2021, 44, 0.3426)]


def newer_article(value, published_at):
    text = f"Đến năm 2025, Tiền Giang phấn đấu {value}% hồ sơ thủ tục hành chính được xử lý trực tuyến."
    article = Article(doc=f"https://baoapbac.vn/moi-{value}.html", url=f"https://baoapbac.vn/moi-{value}.html",
                      source="Báo Ấp Bắc", title="Mới", published_at=published_at,
                      province="Tiền Giang", text=text)
    fact = spanned(Target, article, f"{value}% hồ sơ thủ tục hành chính", indicator=ONLINE.upper(),
                   value=value, unit="%", comparator="=", deadline=2025)
    return article, [fact]


def test_province_targets_take_the_newest_source_and_keep_every_value(con):
    load(con, [newer_article(95, "2023-03-01"), newer_article(80, "2021-01-01")])
    row = con.execute("SELECT value, all_values, n_sources, url, published_at::DATE::VARCHAR "
                      "FROM province_targets WHERE province = 'Tiền Giang' AND deadline = 2025").fetchall()
    assert row == [(95.0, [80.0, 90.0, 95.0], 3, "https://baoapbac.vn/moi-95.html", "2023-03-01")]
    # differing values stay distinct targets
    assert con.execute("SELECT count(*) FROM target_groups WHERE province = 'Tiền Giang' "
                       "AND deadline = 2025").fetchone() == (3,)


def test_metrics_view(con):
    assert con.execute("SELECT indicator, value, denominator, url FROM metrics").fetchall() == [
        ("thủ tục trực tuyến toàn trình", 960.0, 1818.0, AP_BAC.url)]


def test_indicators_group_regardless_of_case_punctuation_and_spacing(con):
    keys = con.execute("SELECT indicator_key('Tỉnh,  thành phố  (CĐS)'), indicator_key('tỉnh thành phố cđs'), "
                       "indicator_key('tỷ lệ') = indicator_key('ty le')").fetchone()
    assert keys == ("tỉnh thành phố cđs", "tỉnh thành phố cđs", False)


GROUP_TABLES = ["target_groups", "province_targets", "ranking_groups", "ranking_timeline"]


def differences(con, table):
    """Rows the stored grouping table and a fresh grouping of every fact disagree on."""
    return con.execute(f"SELECT count(*) FROM ((FROM {table} EXCEPT ALL FROM {table}_of(NULL)) "
                       f"UNION ALL (FROM {table}_of(NULL) EXCEPT ALL FROM {table}))").fetchone()[0]


def test_grouping_tables_follow_each_load_including_replaced_articles(con):
    load(con, [newer_article(95, "2023-03-01")])
    # the same article extracted again with another value: its old group must go
    article, [fact] = newer_article(95, "2023-03-01")
    moved = Target(**{**{k: getattr(fact, k) for k in ("doc", "text", "start", "end", "sentence",
                                                         "province", "indicator", "unit", "comparator")},
                      "value": 97.0, "deadline": 2030})
    assert load(con, [(article, [moved])]).updated_articles == 1
    values = con.execute("SELECT value, deadline FROM target_groups WHERE province = 'Tiền Giang' "
                         "ORDER BY deadline, value").fetchall()
    assert (95.0, 2025) not in values and (97.0, 2030) in values
    assert [differences(con, table) for table in GROUP_TABLES] == [0, 0, 0, 0]


def test_a_failed_load_leaves_the_grouping_tables_as_they_were(con):
    before = con.execute("FROM target_groups ORDER BY ALL").fetchall()
    article, facts = newer_article(70, "2024-01-01")
    # a fact without a start offset breaks the facts table's NOT NULL: the whole batch rolls back
    broken = Target(doc=article.doc, text="x", start=None, end=1, sentence="x", indicator=ONLINE,
                    value=70.0, deadline=2025)
    with pytest.raises(VnmineError, match="load failed"):
        load(con, [(article, facts + [broken])])
    assert con.execute("FROM target_groups ORDER BY ALL").fetchall() == before
