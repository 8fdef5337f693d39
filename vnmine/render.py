"""Rendering tables for the terminal and for other programs: one function for every command."""
from __future__ import annotations

import json
import sys
from typing import IO, Any, Iterable

import pandas as pd

FORMATS = ("table", "csv", "json", "jsonl")


def _missing(value: Any) -> bool:
    """None, NaN, NaT and pandas' NA alike; lists and arrays are never missing."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _cell(value: Any, width: int) -> str:
    text = "" if _missing(value) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(frame: pd.DataFrame, *, max_width: int = 60) -> str:
    """A plain aligned text table; long cells are cut with an ellipsis."""
    if frame.empty:
        return "(no rows)"
    headers = [str(c) for c in frame.columns]
    rows = [[_cell(v, max_width) for v in row] for row in frame.itertuples(index=False)]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]

    def line(cells: Iterable[str]) -> str:
        return "  ".join(c.rjust(w) if n else c.ljust(w)
                         for c, w, n in zip(cells, widths, numeric)).rstrip()

    return "\n".join([line(headers), line("-" * w for w in widths), *map(line, rows)])


def _jsonable(value: Any) -> Any:
    if _missing(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _jsonable(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def write(frame: pd.DataFrame, fmt: str = "table", out: IO[str] | None = None) -> None:
    """Write ``frame`` to ``out`` (stdout) as a table, CSV, a JSON array or JSON Lines."""
    out = out or sys.stdout
    if fmt == "table":
        out.write(table(frame) + "\n")
    elif fmt == "csv":
        frame.to_csv(out, index=False)
    elif fmt == "json":
        out.write(json.dumps(records(frame), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in records(frame):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
