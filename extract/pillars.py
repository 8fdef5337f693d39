"""Which pillar (component) of an index a rank is about.

News write pillars in quotes ("Nhóm “Thể chế số” đạt ..."), as a "Pillar:" heading,
or plainly, by the name the index registry knows ("chính quyền số Trà Vinh đạt ...
xếp hạng thứ 29; kinh tế số đạt ..., xếp thứ 27", "CQS xếp thứ 40/63", "xếp thứ 3 cả
nước về ... chi phí không chính thức").  The pillar nearest before the rank wins;
one named after it ("về X") counts when none is before.  Pillars listed before a
shared rank ("A, B và C đều xếp vị trí thứ 2") each get that rank.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from extract.normalize import canon_tones, match_key

_INDICES = json.loads((Path(__file__).parent / "data" / "indices.json").read_text("utf-8"))
_P = json.loads((Path(__file__).parent / "patterns" / "rankings.json").read_text("utf-8"))
_QUOTED = re.compile(_P["component_quoted"])
_COLON = re.compile(_P["component_colon"])
_NOT_COMPONENT = re.compile(_P["component_not"])
# "PCI 2019: Quảng Ninh dẫn đầu", "Năng lực cạnh tranh 63 tỉnh thành: Quảng Ninh quán quân": a
# heading that names the index itself, or its field, is no pillar
_INDEX_HEAD = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+tỉnh")
# "thứ 4/17 về hạ tầng nhân lực", "Xếp thứ 9 trong đảm bảo An toàn thông tin mạng": a pillar named
# after a place is that place's
_ABOUT_EARLIER = re.compile(r"\d\s+(?:về|trong)\s+[^\d,;.()]{0,25}$")
# a pillar named after a place's "về"/"trong", up to "với"/"gồm": "dẫn đầu cả nước về chuyển đổi số
# với 3 trụ cột chính quyền số, ..." lists what the index is made of, no pillar the lead is in
_ABOUT = re.compile(r"\s*(?:cả\s+nước|toàn\s+quốc)?\s*(?:ở\s+)?(?:về|trong|chỉ\s+số)\s+(?:(?!\s(?:với|gồm)\s)[^,;.()]){0,100}")


@lru_cache(maxsize=1)
def _keys() -> dict[str, dict[str, str]]:
    """Per index: match key of every written form -> canonical component name."""
    return {idx: {match_key(alias): canonical for canonical, aliases in row.get("components", {}).items()
                  for alias in aliases}
            for idx, row in _INDICES.items() if not idx.startswith("_")}


@lru_cache(maxsize=None)
def _plain(index: str) -> re.Pattern[str] | None:
    """The registry names of one index's pillars, as written (case kept: "Hỗ trợ
    doanh nghiệp" is a pillar, "hỗ trợ doanh nghiệp" is often a plain phrase)."""
    aliases = sorted({canon_tones(a) for a in sum(_INDICES.get(index, {}).get("components", {}).values(), [])},
                     key=len, reverse=True)
    if not aliases:
        return None
    # not inside the ICT Index's own long name ("... phát triển và ứng dụng CNTT - truyền thông"),
    # nor a short name cut from a longer one ("chỉ số ứng dụng" of "chỉ số ứng dụng công nghệ thông tin")
    return re.compile(r"(?<![\w])(?<!phát triển và )(?:" + "|".join(map(re.escape, aliases)) + r")(?![\w-])"
                      r"(?!\s*(?:-|và)\s*(?:truyền\s+thông|TT\b))(?!\s+(?:công\s+nghệ|CNTT)\b)", re.IGNORECASE)


def canonical(index: str | None, written: str) -> str:
    return _keys().get(index or "", {}).get(match_key(written), written)


def named(text: str, index: str | None, lo: int, hi: int) -> list[tuple[int, int, str]]:
    rx = _plain(index or "")
    if rx is None:
        return []
    return [(m.start(), m.end(), canonical(index, m.group(0))) for m in rx.finditer(text, lo, hi)]


def components(text: str, index: str | None, upto: int, lo: int, end: int,
               provinces: list[tuple[int, int]]) -> list[str | None]:
    """Pillars of the rank at ``upto``..``end`` (sentence offsets); ``lo`` is where its
    clause starts (after the previous rank or ';').  ``[None]`` for the overall index."""
    found: list[tuple[int, str]] = []
    for m in _QUOTED.finditer(text):
        if m.start() < upto:
            found.append((m.start(), canonical(index, m.group("c").strip())))
    for m in _COLON.finditer(text):
        if m.end() <= upto and all(not (m.start("c") <= s < m.end()) for s, _ in provinces) \
                and not _INDEX_HEAD.search(m.group("c")) and not _NOT_COMPONENT.search(m.group("c")):
            found.append((m.start(), canonical(index, m.group("c").strip())))
    # a registry name inside a longer quoted pillar ("Hoạt động kinh tế số") is that pillar's word
    quoted = [(m.start("c"), m.end("c")) for m in _QUOTED.finditer(text)]
    # nor one named right after an earlier place ("xếp thứ 6/17, thứ 4/17 về hạ tầng nhân lực, thứ 8/17 ...")
    names = [n for n in named(text, index, lo, upto)
             if not any(qs <= n[0] < qe and (n[0], n[1]) != (qs, qe) for qs, qe in quoted)
             and not _ABOUT_EARLIER.search(text, max(0, n[0] - 40), n[0])]
    found += [(s, c) for s, _, c in names]
    if len(names) >= 2 and re.search(r"\bđều\b", text[names[-1][1]:upto]) \
            and all(re.fullmatch(r"\s*(?:,|và|”|\")?\s*(?:và\s+)?[“\"]?\s*", text[b:names[i + 1][0]])
                    for i, (_, b, _) in enumerate(names[:-1])):
        return list(dict.fromkeys(c for _, _, c in names))  # "A, B và C đều xếp thứ 2"
    inside = named(text, index, upto, end)  # "có số điểm ở hạng mục cung ứng dịch vụ công cao nhất"
    if inside:
        return [inside[0][2]]
    about = _ABOUT.match(text, end)
    if not names and about:
        after = named(text, index, end, about.end())  # "xếp thứ 3 cả nước về ... chi phí không chính thức"
        if after:
            return [after[0][2]]
    if not found:
        return [None]
    return [max(found)[1]]


# "ở chỉ số này", "Bắc Giang cũng nhảy từ bậc 20": the sentence goes on where the one before was
_GOES_ON = re.compile(f'{_P["index_anaphora"]}|{_P["likewise"]}')


def carried_pillar(ranks: list, sent_index: int, text: str, memory: dict, index: str) -> list:
    """ "Đà Nẵng đứng đầu chỉ số ứng dụng CNTT. ... Tiền Giang ... ở chỉ số này ... lên bậc 4":
    a sentence naming no pillar but "chỉ số này" (or "X cũng nhảy ...") goes on with the one pillar
    of the sentence before."""
    named = {r.component for r in ranks if r.component}
    last = memory.get("pillar")
    if ranks and not named and last and last[:2] == (index, sent_index - 1) and _GOES_ON.search(text):
        ranks = [replace(r, component=last[2]) for r in ranks]
        named = {last[2]}  # and the sentence after may go on with it too
    if len(named) == 1:
        memory["pillar"] = (index, sent_index, named.pop())
    return ranks
