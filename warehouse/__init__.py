"""The DuckDB warehouse: articles and facts with provenance, views that compare provinces."""
from warehouse.db import DEFAULT_DB, connect, open_warehouse
from warehouse.store import LoadResult, load, stored_urls

__all__ = ["DEFAULT_DB", "LoadResult", "connect", "load", "open_warehouse", "stored_urls"]
