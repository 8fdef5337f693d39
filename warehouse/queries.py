"""Named queries: the questions researchers ask, as functions returning pandas DataFrames.

The CLI (`vnmine query NAME`) and notebooks call the same functions through
:data:`NAMED_QUERIES`. Filter values always reach DuckDB as bound parameters; province
filters accept any alias in any spelling and fail with close matches when unknown.
"""
from __future__ import annotations

import warnings
from typing import Any, Callable

import duckdb
import pandas as pd
import pyarrow as pa

from vnmine.errors import VnmineError


def _folded(sql: str) -> str:
    """SQL that case- and diacritic-folds ``sql`` (strip_accents leaves đ alone)."""
    return f"replace(strip_accents(lower({sql})), 'đ', 'd')"


# index names match whole, in any case: "dti", "ICT index"
_INDEX_MATCH = _folded('"index"') + " = " + _folded("?")


class _Filters:
    """WHERE clauses with their parameters, kept side by side so none is ever spliced in."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, value: Any) -> None:
        if value is not None:
            self.clauses.append(clause)
            self.params.append(value)

    def where(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def resolve_province_filter(name: str | None) -> str | None:
    """Canonical pre-2025 name for a user's province filter, or a clear error."""
    if name is None:
        return None
    from extract.provinces import close_matches, resolve_province

    canonical = resolve_province(name)
    if canonical:
        return canonical
    near = close_matches(name)
    hint = f"; did you mean {', '.join(near)}?" if near else "; try a name such as Tây Ninh or TP.HCM"
    raise VnmineError(f"unknown province {name!r}{hint}")


# Vietnamese names sort by their letters, not their code points ("Tây" before "Tiền")
_BY_PROVINCE = _folded("province") + " NULLS LAST"


def _year(value: Any, option: str) -> int | None:
    if value is None:
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise VnmineError(f"{option} must be a year such as 2025, not {value!r}") from None


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    # through Arrow: several times faster than .df() on wide text results. execute(), not
    # sql(): a caller's half-read result would make sql() fail; its extra copy is cheap
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Arrow output on a DB-API result", UserWarning)
            table = con.execute(sql, params).to_arrow_table()
    except duckdb.Error as exc:
        raise VnmineError(f"query failed: {str(exc).splitlines()[0]}") from None
    frame = table.to_pandas()
    for name, column in zip(table.column_names, table.columns):
        if pa.types.is_list(column.type):  # plain lists print and serialise; numpy arrays don't
            frame[name] = column.to_pylist()
        elif pa.types.is_integer(column.type) and column.null_count:  # ints stay ints beside NULLs
            frame[name] = column.to_pandas(types_mapper=pd.ArrowDtype).astype(
                f"Int{column.type.bit_width}")
    return frame


def targets(con, province=None, deadline=None, indicator=None) -> pd.DataFrame:
    """Distinct targets (syndicated copies counted once), with their sources."""
    f = _Filters()
    f.add("province = ?", resolve_province_filter(province))
    f.add("deadline = ?", _year(deadline, "deadline"))
    f.add(f"contains({_folded('indicator')}, {_folded('?')})", indicator)
    return _frame(con, "SELECT * FROM target_groups" + f.where()
                  + f" ORDER BY {_BY_PROVINCE}, deadline NULLS LAST, indicator, value", f.params)


def rankings(con, index=None, province=None, year=None, component=None) -> pd.DataFrame:
    """Distinct index rankings (a lead repeated in the body counts once), with sources."""
    f = _Filters()
    f.add(_INDEX_MATCH, index)
    f.add("province = ?", resolve_province_filter(province))
    f.add("year = ?", _year(year, "year"))
    f.add(f"contains({_folded('component')}, {_folded('?')})", component)
    return _frame(con, "SELECT * FROM ranking_groups" + f.where()
                  + f' ORDER BY "index", component NULLS FIRST, {_BY_PROVINCE}, year DESC, rank',
                  f.params)


def timeline(con, index=None, province=None) -> pd.DataFrame:
    """Rank and score per index, component, province and year (tidy, one row per year)."""
    f = _Filters()
    f.add(_INDEX_MATCH, index)
    f.add("province = ?", resolve_province_filter(province))
    return _frame(con, "SELECT * FROM ranking_timeline" + f.where()
                  + f' ORDER BY "index", component NULLS FIRST, {_BY_PROVINCE}, year', f.params)


COMPARATOR_SIGNS = {"=": "", ">=": "≥", "<=": "≤", "~": "~", ">": ">", "top": "top"}


def _target_cell(value, unit, comparator, category, text) -> str:
    """``≥ 80%``, ``~ 10 doanh nghiệp``, ``top 20``, ``khá``, ``cao hơn mức trung bình``."""
    if pd.isna(value):  # a qualitative goal: its level, else its own words
        return category if isinstance(category, str) else text
    value = float(value)
    number = str(int(value)) if value.is_integer() else f"{value:g}"
    unit = unit if isinstance(unit, str) and unit != "rank" else ""
    amount = number + unit if unit.startswith("%") else " ".join(filter(None, [number, unit]))
    sign = COMPARATOR_SIGNS.get(comparator, comparator if isinstance(comparator, str) else "")
    return " ".join(filter(None, [sign, amount]))


def compare(con, deadline=None, indicator=None) -> pd.DataFrame:
    """Targets side by side: one row per indicator and deadline, one column per province
    (each cell the newest source's goal), then ``sources``: the articles behind the row."""
    f = _Filters()
    f.add("deadline = ?", _year(deadline, "deadline"))
    f.add(f"contains({_folded('indicator')}, {_folded('?')})", indicator)
    f.clauses.append("province IS NOT NULL")
    rows = _frame(con, "SELECT * FROM province_targets" + f.where()
                  + f" ORDER BY {_BY_PROVINCE}, deadline NULLS LAST, indicator", f.params)
    if rows.empty:
        return pd.DataFrame(columns=["indicator", "deadline", "sources"])
    # indicators with the same indicator_key share a row, labelled as first seen
    keys = con.execute("SELECT list_transform(?, lambda x: indicator_key(x))",
                       [rows["indicator"].fillna("").tolist()]).fetchone()[0]
    rows["indicator"] = rows.groupby(pd.Series(keys, index=rows.index))["indicator"].transform("first")
    # plain tuples: DataFrame.apply builds a Series per row, half of this query's time
    rows["cell"] = [_target_cell(*cells) for cells in zip(
        rows["value"], rows["unit"], rows["comparator"], rows["category"], rows["text"])]
    rows["deadline"] = rows["deadline"].astype("Int64")
    provinces = list(dict.fromkeys(rows["province"]))
    wide = rows.pivot_table(index=["indicator", "deadline"], columns="province", values="cell",
                            aggfunc="first", dropna=False)
    wide = wide.dropna(how="all").reindex(columns=provinces)
    counts = rows.groupby(["indicator", "deadline"], dropna=False)["n_sources"].sum()
    wide["sources"] = counts.reindex(wide.index).astype("Int64")
    wide.columns.name = None
    wide = wide.reset_index()
    wide["order"] = wide["indicator"].fillna("").map(_fold_text)
    return wide.sort_values(["deadline", "order"], na_position="last", ignore_index=True).drop(columns="order")


def _fold_text(text: str) -> str:
    from extract.normalize import fold

    return fold(text)


def sources(con) -> pd.DataFrame:
    """Articles and facts per outlet and month of publication."""
    return _frame(con, """
        SELECT coalesce(a.source, '(unknown)') AS source,
               coalesce(strftime(a.published_at, '%Y-%m'), '(undated)') AS month,
               count(*) AS articles,
               sum(coalesce(n.facts, 0))::BIGINT AS facts
        FROM articles a
        LEFT JOIN (SELECT article_id, count(*) AS facts FROM facts GROUP BY 1) n USING (article_id)
        GROUP BY a.source, month
        ORDER BY a.source IS NULL, a.source, month""", [])


def articles(con) -> pd.DataFrame:
    """Every stored article with its fact count (text left out: see the articles table)."""
    return _frame(con, """
        SELECT a.article_id, a.url, a.doc, a.source, a.title, a.published_at, a.province,
               a.province_2025, coalesce(n.facts, 0)::BIGINT AS facts
        FROM articles a
        LEFT JOIN (SELECT article_id, count(*) AS facts FROM facts GROUP BY 1) n USING (article_id)
        ORDER BY a.published_at DESC NULLS LAST, a.doc""", [])


def facts_of_article(con, article_id) -> pd.DataFrame:
    """All facts of one article, in text order, with their context columns."""
    if not con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone():
        raise VnmineError(f"no article with id {article_id!r}; `vnmine query articles` lists them")
    return _frame(con, "SELECT * EXCLUDE (record) FROM facts_in_context WHERE article_id = ? "
                       "ORDER BY start, type", [article_id])


NAMED_QUERIES: dict[str, Callable[..., pd.DataFrame]] = {
    "targets": targets,
    "rankings": rankings,
    "compare": compare,
    "timeline": timeline,
    "sources": sources,
    "articles": articles,
    "facts": facts_of_article,
}

# Columns the terminal table shows; csv, json and parquet carry every column.
TABLE_COLUMNS = {
    "targets": ["province", "indicator", "comparator", "value", "unit", "deadline", "category",
                "n_sources", "url"],
    "rankings": ["index", "component", "province", "year", "rank", "total", "score",
                 "n_sources", "url"],
    "timeline": ["index", "component", "province", "year", "rank", "total", "score", "n_sources"],
    "articles": ["article_id", "source", "published_at", "province", "facts", "title"],
    "facts": ["type", "province", "start", "end", "text"],
}
