"""Output formats shared by every command."""
import io
import json

import pandas as pd

from vnmine import render

FRAME = pd.DataFrame({
    "province": ["Tây Ninh", "Tiền Giang"],
    "rank": pd.array([44, None], dtype="Int64"),
    "published_at": [pd.Timestamp("2022-12-10 00:34"), pd.NaT],
    "score": [0.3426, float("nan")],
})


def test_table_aligns_and_blanks_missing_values():
    lines = render.table(FRAME).splitlines()
    assert lines[0].split() == ["province", "rank", "published_at", "score"]
    assert "Tây Ninh" in lines[2] and "44" in lines[2] and "2022-12-10 00:34:00" in lines[2]
    assert not any(token in lines[3] for token in ("NaT", "nan", "<NA>", "None"))


def test_json_and_jsonl_use_null_and_iso_dates():
    out = io.StringIO()
    render.write(FRAME, "jsonl", out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first == {"province": "Tây Ninh", "rank": 44, "published_at": "2022-12-10T00:34:00", "score": 0.3426}
    assert second == {"province": "Tiền Giang", "rank": None, "published_at": None, "score": None}


def test_long_cells_are_cut_and_empty_frames_say_so():
    long = pd.DataFrame({"sentence": ["chuyển đổi số " * 20]})
    assert render.table(long, max_width=20).splitlines()[2].endswith("…")
    assert render.table(FRAME.iloc[0:0]) == "(no rows)"
