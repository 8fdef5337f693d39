"""A small warehouse built the way the pipeline builds one: Articles and extract.records
facts through warehouse.store.load. Offsets are real: ``article.text[start:end] == text``.

Shared by the warehouse, query, export and CLI tests.
"""
from __future__ import annotations

from pathlib import Path

from extract.records import Fact, Metric, Ranking, Target
from pipelines.records import Article
from warehouse import load, open_warehouse

DTI_TAY_NINH = ("Tây Ninh xếp vị trí số 44 với 0,3426 điểm, tăng 2 bậc so với năm 2020 "
                "(xếp 46 với 0,2686 điểm).")
TN_TARGET = "Đến năm 2025, Tây Ninh phấn đấu 100% hồ sơ thủ tục hành chính được xử lý trực tuyến."
TN_2030 = "Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh Tây Ninh."

BAO_TAY_NINH = Article(
    doc="https://baotayninh.vn/dti-2021.html", url="https://baotayninh.vn/dti-2021.html",
    source="Báo Tây Ninh", title="Thúc đẩy nâng cao các chỉ số DTI",
    published_at="2022-12-10T00:34", province="Tây Ninh",
    text=f"{DTI_TAY_NINH}\n\nTheo Sở TT&TT, năm 2021: {DTI_TAY_NINH}\n\n{TN_TARGET}\n\n{TN_2030}",
)
# The same target, syndicated by another outlet earlier in the year.
VTV = Article(
    doc="https://vtv.vn/tay-ninh-cds.htm", url="https://vtv.vn/tay-ninh-cds.htm",
    source="VTV", title="Tây Ninh đẩy mạnh chuyển đổi số", published_at="2022-10-22T19:08",
    province="Tây Ninh", text=f"Tin từ Tây Ninh.\n\n{TN_TARGET}",
)
TG_TARGET = "Đến năm 2025, Tiền Giang phấn đấu 90% hồ sơ thủ tục hành chính được xử lý trực tuyến."
TG_2030 = "Đến năm 2030, kinh tế số chiếm 25% GRDP của Tiền Giang."
AP_BAC = Article(
    doc="https://baoapbac.vn/cds.html", url="https://baoapbac.vn/cds.html", source="Báo Ấp Bắc",
    title="Tiền Giang chuyển đổi số", published_at="2022-05-12T20:21", province="Tiền Giang",
    text=f"{TG_TARGET}\n\n{TG_2030}\n\nTiền Giang có 960/1.818 thủ tục trực tuyến toàn trình.",
)
# A local file with no outlet and no date.
LOCAL = Article(doc="notes/long-an.txt", province="Long An",
                text="Đến năm 2025, Long An phấn đấu 85% hồ sơ thủ tục hành chính được xử lý trực tuyến.")


def spanned(cls: type[Fact], article: Article, needle: str, nth: int = 0, **fields) -> Fact:
    """A fact of ``cls`` whose span is the ``nth`` occurrence of ``needle`` in the article."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(needle, start + 1)
    end = start + len(needle)
    left = article.text.rfind("\n", 0, start) + 1
    right = article.text.find("\n", end)
    sentence = article.text[left: right if right != -1 else len(article.text)]
    fields.setdefault("province", article.province)
    return cls(doc=article.doc, text=needle, start=start, end=end, sentence=sentence, **fields)


def _target(article, needle, indicator, value, unit, deadline, province=None, comparator="="):
    return spanned(Target, article, needle, indicator=indicator, value=value, unit=unit,
                   comparator=comparator, deadline=deadline,
                   **({"province": province} if province else {}))


def batch() -> list[tuple[Article, list[Fact]]]:
    online = "hồ sơ thủ tục hành chính được xử lý trực tuyến"
    dti = {"index": "DTI", "component": None}
    return [
        (BAO_TAY_NINH, [
            spanned(Ranking, BAO_TAY_NINH, "Tây Ninh xếp vị trí số 44 với 0,3426 điểm", 0,
                    year=2021, rank=44, score=0.3426, **dti),
            spanned(Ranking, BAO_TAY_NINH, "xếp 46 với 0,2686 điểm", 0,
                    year=2020, rank=46, score=0.2686, **dti),
            # the lead repeated in the body: the same rankings again, other offsets
            spanned(Ranking, BAO_TAY_NINH, "Tây Ninh xếp vị trí số 44 với 0,3426 điểm", 1,
                    year=2021, rank=44, score=0.3426, **dti),
            spanned(Ranking, BAO_TAY_NINH, "xếp 46 với 0,2686 điểm", 1,
                    year=2020, rank=46, score=0.2686, **dti),
            _target(BAO_TAY_NINH, "100% hồ sơ thủ tục hành chính", online, 100, "%", 2025),
            _target(BAO_TAY_NINH, "kinh tế số chiếm 30% GRDP", "tỷ trọng kinh tế số trong GRDP",
                    30, "%", 2030),
        ]),
        (VTV, [_target(VTV, "100% hồ sơ thủ tục hành chính", online, 100, "%", 2025)]),
        (AP_BAC, [
            _target(AP_BAC, "90% hồ sơ thủ tục hành chính", online, 90, "%", 2025),
            _target(AP_BAC, "kinh tế số chiếm 25% GRDP", "Tỷ trọng kinh tế số trong GRDP",
                    25, "%", 2030),
            spanned(Metric, AP_BAC, "960/1.818 thủ tục", indicator="thủ tục trực tuyến toàn trình",
                    value=960, denominator=1818),
        ]),
        (LOCAL, [_target(LOCAL, "85% hồ sơ thủ tục hành chính", online, 85, "%", 2025)]),
    ]


def build(path: Path) -> Path:
    """A warehouse file at ``path`` holding the four sample articles and their facts."""
    with open_warehouse(path) as con:
        load(con, batch())
    return path
