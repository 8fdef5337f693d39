"""The DuckDB warehouse: articles and facts with provenance, views that compare provinces."""
from warehouse.db import DEFAULT_DB, connect, open_warehouse
from warehouse.store import LoadResult, load, stored_urls

__all__ = ["DEFAULT_DB", "LoadResult", "connect", "load", "open_warehouse", "stored_urls"]

# Named queries for notebooks and the CLI: each returns a pandas DataFrame.
from warehouse.db import open_for_reading  # noqa: E402
from warehouse.queries import (  # noqa: E402
    NAMED_QUERIES, articles, compare, facts_of_article, rankings, sources, targets, timeline,
)

__all__ += ["NAMED_QUERIES", "articles", "compare", "facts_of_article", "open_for_reading",
            "rankings", "sources", "targets", "timeline"]
