"""The notebooks in notebooks/: committed clean, and executed top to bottom against a real
warehouse built from the embedded corpus, so they never rot."""
from __future__ import annotations

import re
import tempfile
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.image
import matplotlib.pyplot as plt
import nbformat
import pytest
from nbclient import NotebookClient

import warehouse
from pipelines.ingest import embedded_corpus
from vnmine.errors import VnmineError
from warehouse import queries
from warehouse.demo import article_text, demo_warehouse

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))
NAMES = [p.name for p in NOTEBOOKS]
MISSING_GLYPH = re.compile(r"Glyph \d+ .* missing from font")


def code_cells(path: Path) -> list:
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def test_the_three_notebooks_ship():
    assert NAMES == ["01_corpus_overview.ipynb", "02_compare_targets.ipynb", "03_rankings.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_committed_without_outputs(path):
    nbformat.validate(nbformat.read(path, as_version=4))
    for cell in code_cells(path):
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_first_code_cell_is_the_parameters_cell(path):
    first = code_cells(path)[0]
    assert "parameters" in first.metadata.get("tags", [])
    assert re.search(r"^DB = None\b", first.source, re.M)
    assert 'os.environ.get("VNMINE_DB")' in code_cells(path)[1].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_queries_go_through_the_warehouse_api(path):
    source = "\n".join(c.source for c in code_cells(path))
    assert "queries." in source
    assert not re.search(r"\bSELECT\b|\.execute\(|\.sql\(", source, re.I)
    assert 'plt.rcParams["font.family"] = "DejaVu Sans"' in source


def _draw_warnings(text: str) -> list[str]:
    """Warnings matplotlib emits while rendering ``text`` with the notebooks' font."""
    with plt.rc_context({"font.family": "DejaVu Sans"}), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.set_title(text)
        ax.barh([text], [1])
        fig.canvas.draw()
        plt.close(fig)
    return [str(w.message) for w in caught]


def test_vietnamese_province_names_render_with_every_glyph():
    assert not [m for m in _draw_warnings("Tây Ninh, Tiền Giang, Thừa Thiên Huế") if MISSING_GLYPH.search(m)]
    assert not [m for m in _draw_warnings("Đắk Lắk, Bà Rịa - Vũng Tàu, hạng 44, ≥ 80%") if MISSING_GLYPH.search(m)]


def test_a_missing_glyph_is_noticed():
    # the check above would catch a font without the glyphs: DejaVu Sans has no CJK
    assert [m for m in _draw_warnings("越南") if MISSING_GLYPH.search(m)]


def test_demo_warehouse_without_a_path_builds_the_embedded_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = demo_warehouse()
    assert Path(path).parent.parent == tmp_path
    with warehouse.open_warehouse(path, read_only=True) as con:
        assert len(queries.articles(con)) == len(embedded_corpus())


def test_demo_warehouse_keeps_an_existing_warehouse(tmp_path):
    path = tmp_path / "mine.duckdb"
    warehouse.connect(path).close()  # an empty warehouse of the user's
    assert demo_warehouse(path) == str(path)
    with warehouse.open_warehouse(path, read_only=True) as con:
        assert queries.articles(con).empty


def test_article_text_is_what_fact_offsets_index(warehouse_path):
    with warehouse.open_warehouse(warehouse_path, read_only=True) as con:
        for article_id in queries.articles(con)["article_id"]:
            text = article_text(con, article_id)
            for fact in queries.facts_of_article(con, article_id).itertuples():
                assert text[fact.start:fact.end] == fact.text
        with pytest.raises(VnmineError, match="no article with id 'nope'"):
            article_text(con, "nope")


@pytest.fixture(scope="module")
def warehouse_path(tmp_path_factory) -> str:
    return demo_warehouse(tmp_path_factory.mktemp("warehouse") / "vnmine.duckdb")


@pytest.fixture(scope="module")
def expected_charts(warehouse_path) -> dict[str, list[str]]:
    """The PNGs each notebook must save, given what the warehouse holds."""
    with warehouse.open_warehouse(warehouse_path, read_only=True) as con:
        targets = queries.targets(con)
        numeric = targets[targets["deadline"].isin([2025, 2030]) & targets["value"].notna()]
        timeline = queries.timeline(con)
        ranks = timeline[timeline["index"].isin(["DTI", "ICT Index"]) & timeline["component"].isna()]
        pillars = queries.rankings(con).dropna(subset=["component", "score"])
    return {
        "01_corpus_overview.ipynb": ["corpus_overview.png"],
        "02_compare_targets.ipynb": ["targets_2025_2030.png"] if len(numeric) else [],
        "03_rankings.ipynb": (["rank_movement.png"] if len(ranks.dropna(subset=["rank"])) else [])
        + (["pillars.png"] if len(pillars) else []),
    }


def execute(path: Path, workdir: Path, db: str, monkeypatch) -> nbformat.NotebookNode:
    """Run the notebook in ``workdir`` with the python3 kernel, VNMINE_DB pointing at ``db``.
    The executed copy is kept in ``workdir`` to read when a test fails."""
    monkeypatch.setenv("VNMINE_DB", db)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=300,
                            resources={"metadata": {"path": str(workdir)}})
    try:
        client.execute()
    finally:
        nbformat.write(nb, workdir / path.name)
    return nb


def outputs(nb) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def streamed(nb) -> str:
    return "".join(o.text for o in outputs(nb) if o.output_type == "stream")


def html(nb) -> str:
    return "".join(o.data.get("text/html", "") for o in outputs(nb) if "data" in o)


def assert_real_chart(png: Path) -> None:
    assert png.stat().st_size > 10_000, png
    pixels = matplotlib.image.imread(png)
    height, width = pixels.shape[:2]
    assert height >= 300 and width >= 400
    assert pixels.std() > 0.05  # not a blank canvas


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_runs_top_to_bottom(path, tmp_path, warehouse_path, expected_charts, monkeypatch):
    nb = execute(path, tmp_path, warehouse_path, monkeypatch)
    text = streamed(nb)
    assert f"warehouse: {warehouse_path}" in text
    assert not MISSING_GLYPH.search(text)
    charts = expected_charts[path.name]
    saved = sorted(p.name for p in (tmp_path / "figures").glob("*.png"))
    assert saved == sorted(charts)
    for name in charts:
        assert_real_chart(tmp_path / "figures" / name)
    images = [o for o in outputs(nb) if "image/png" in o.get("data", {})]
    assert len(images) == len(charts)


def test_corpus_overview_counts_articles_and_marks_facts(tmp_path, warehouse_path, monkeypatch):
    nb = execute(NOTEBOOKS[0], tmp_path, warehouse_path, monkeypatch)
    with warehouse.open_warehouse(warehouse_path, read_only=True) as con:
        articles = queries.articles(con)
    assert f"{len(articles)} articles" in streamed(nb)
    shown = html(nb)
    assert "Tây Ninh" in shown and "Báo Tây Ninh" in shown
    if articles["facts"].sum():
        assert "<mark" in shown  # displaCy marks, one per fact
    else:
        assert "No article has facts yet" in streamed(nb)


def test_targets_link_each_value_to_its_sentence(tmp_path, warehouse_path, monkeypatch):
    nb = execute(NOTEBOOKS[1], tmp_path, warehouse_path, monkeypatch)
    with warehouse.open_warehouse(warehouse_path, read_only=True) as con:
        targets = queries.targets(con)
    targets = targets[targets["deadline"].isin([2025, 2030])]
    shown = html(nb)
    if targets.empty:
        assert "No 2025/2030 targets" in streamed(nb)
        return
    links = re.findall(r'<a href="#target-(\d+)"', shown)
    anchors = re.findall(r'<li id="target-(\d+)"', shown)
    assert len(links) == len(anchors) == len(targets)
    assert sorted(links, key=int) == anchors
    assert targets["sentence"].iloc[0].split()[0] in shown
    # in each source sentence the span the target was read from is marked
    marked = sum(isinstance(t.text, str) and t.text in t.sentence for t in targets.itertuples())
    assert marked and shown.count("<mark>") == marked


def test_rankings_chart_and_pillars_for_a_chosen_province(tmp_path, warehouse_path, monkeypatch):
    nb = nbformat.read(NOTEBOOKS[2], as_version=4)
    with warehouse.open_warehouse(warehouse_path, read_only=True) as con:
        pillars = queries.rankings(con).dropna(subset=["component"])
    if pillars.empty:
        nb = execute(NOTEBOOKS[2], tmp_path, warehouse_path, monkeypatch)
        assert "No pillar scores for any province" in streamed(nb)
        return
    province = sorted(pillars["province"].dropna().unique())[-1]
    # what a parameterising runner (papermill) does: a cell after the parameters cell
    nb.cells.insert(next(i for i, c in enumerate(nb.cells) if c.cell_type == "code") + 1,
                    nbformat.v4.new_code_cell(f"PROVINCE = {province!r}"))
    path = tmp_path / NOTEBOOKS[2].name
    nbformat.write(nb, path)
    nb = execute(path, tmp_path, warehouse_path, monkeypatch)
    shown = html(nb)
    for component in pillars.loc[pillars["province"] == province, "component"]:
        assert component in shown
