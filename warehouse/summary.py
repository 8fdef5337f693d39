"""The per-province summary printed after a run."""
from __future__ import annotations

import duckdb
import pandas as pd

SUMMARY_SQL = """
SELECT coalesce(a.province, '(none)') AS province,
       count(DISTINCT a.article_id) AS articles,
       count(f.fact_id) FILTER (WHERE f.type = 'target') AS targets,
       count(f.fact_id) FILTER (WHERE f.type = 'metric') AS metrics,
       count(f.fact_id) FILTER (WHERE f.type = 'ranking') AS rankings,
       count(f.fact_id) AS facts
FROM articles a LEFT JOIN facts f USING (article_id)
GROUP BY 1 ORDER BY articles DESC, province
"""


def province_summary(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Articles, targets, metrics, rankings and all facts per article province."""
    return con.execute(SUMMARY_SQL).df()


def totals(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(articles, facts) stored."""
    return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)").fetchone()
