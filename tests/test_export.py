"""Export for other engines: Hive-partitioned Parquet that reads back to the same facts."""
import duckdb
import pytest

from vnmine.errors import VnmineError
from warehouse import open_warehouse
from warehouse.export import export
from warehouse_sample import build


@pytest.fixture
def db(tmp_path):
    return build(tmp_path / "w.duckdb")


def read_back(con, folder, table, fmt="parquet"):
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    return con.execute(f"SELECT * EXCLUDE (province_slug, published_year) FROM "
                       f"{reader}('{folder}/{table}/**/*.{fmt}', hive_partitioning = true)").df()


def same_rows(left, right, key):
    left = left.sort_values(key, ignore_index=True).astype(str)
    right = right[list(left.columns)].sort_values(key, ignore_index=True).astype(str)
    return left.equals(right)


def test_parquet_round_trips_every_fact_and_article(db, tmp_path):
    out = tmp_path / "export"
    with open_warehouse(db, read_only=True) as con:
        result = export(con, out)
        facts = con.execute("SELECT * FROM facts").df()
        articles = con.execute("SELECT * FROM articles").df()
    assert (result.facts, result.articles) == (11, 4)
    with duckdb.connect() as other:  # another engine with no access to the warehouse
        back = read_back(other, out, "facts")
        assert list(back.columns) == list(facts.columns)
        assert same_rows(facts, back, "fact_id")
        assert same_rows(articles, read_back(other, out, "articles"), "article_id")
        assert other.execute(f"SELECT count(*) FROM '{out}/provinces.parquet'").fetchone() == (63,)


def test_partitions_are_ascii_province_slugs_and_publication_years(db, tmp_path):
    with open_warehouse(db, read_only=True) as con:
        export(con, tmp_path / "export")
    folders = sorted(str(p.relative_to(tmp_path / "export" / "facts").parent)
                     for p in (tmp_path / "export" / "facts").rglob("*.parquet"))
    assert folders == [
        "province_slug=long_an/published_year=__HIVE_DEFAULT_PARTITION__",
        "province_slug=tay_ninh/published_year=2022",
        "province_slug=tien_giang/published_year=2022",
    ]
    with duckdb.connect() as other:
        by_partition = other.execute(
            f"SELECT province_slug, published_year, count(*) FROM read_parquet("
            f"'{tmp_path}/export/facts/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY 1"
        ).fetchall()
    assert by_partition == [("long_an", None, 1), ("tay_ninh", 2022, 7), ("tien_giang", 2022, 3)]


def test_exporting_again_replaces_rather_than_appends(db, tmp_path):
    with open_warehouse(db, read_only=True) as con:
        export(con, tmp_path / "export")
        export(con, tmp_path / "export")
    with duckdb.connect() as other:
        assert len(read_back(other, tmp_path / "export", "facts")) == 11


def test_csv_export_reads_back_with_the_same_layout(db, tmp_path):
    with open_warehouse(db, read_only=True) as con:
        export(con, tmp_path / "csv", "csv")
        ids = sorted(r[0] for r in con.execute("SELECT fact_id FROM facts").fetchall())
    with duckdb.connect() as other:
        back = read_back(other, tmp_path / "csv", "facts", "csv")
    assert sorted(back["fact_id"]) == ids


def test_output_that_is_a_file_is_a_clear_error(db, tmp_path):
    (tmp_path / "taken").write_text("x")
    with open_warehouse(db, read_only=True) as con:
        with pytest.raises(VnmineError, match="exists and is not a folder"):
            export(con, tmp_path / "taken")
        with pytest.raises(VnmineError, match="unknown export format 'xlsx'"):
            export(con, tmp_path / "out", "xlsx")
