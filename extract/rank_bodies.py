"""Places of ministries and central bodies named in lists: "Bộ KH&ĐT và Bảo hiểm xã hội Việt Nam
... xếp vị trí thứ 2 và thứ 3", "các vị trí kế tiếp lần lượt là Ngân hàng Nhà nước, Bộ TT-TT".
A body's place has a null province (the rank patterns read a body named alone).
"""
from __future__ import annotations

import re

from extract.context import NATIONAL, DocContext, Sentence
from extract.normalize import match_key
from extract.rank_context import PlacesPassed, listed_after, patterns, year_for
from extract.records import Ranking

# "Năm 2021, Bộ KH&ĐT và ...": a short lead-in before the bodies opening a clause
_LEAD_IN = re.compile(r"\s*(?:[^,;]{0,40},\s*)?")
# where a list of bodies ends: the clause's end, or the verb after the last name
_LIST_END = re.compile(r"\s*(?:[;.…(]|$)|\s+(?:mỗi|cùng|đều|đã|vẫn|tiếp|xếp|đứng|giữ|vươn|tăng|giảm|lần|với|có|đạt|là)\b")
# the last name goes on past a comma only into a capitalised word ("Bộ Văn hóa, Thể thao và Du lịch")
_LAST_NAME = re.compile(r"(?:[^,]|,\s*(?=[A-ZĐ]))*")
_CLAUSE_END = re.compile(r"\s*(?:[;.(]|$)")
_NAME = re.compile(r"[^,]+")


def bodies_listed(text: str, pos: int) -> list[tuple[int, int]]:
    """ "Ngân hàng Nhà nước Việt Nam, Bộ Công Thương, Bộ TN&MT và Bộ Nội vụ": the spans of the
    bodies listed from ``pos`` on. "Bộ Tài nguyên và Môi trường" is one name: a comma or "và"
    parts two names only before a body's head word ('next_body')."""
    head, sep = patterns()["body_head"], patterns()["next_body"]
    end = _LIST_END.search(text, pos + 1).start()
    out: list[tuple[int, int]] = []
    while head.match(text, pos, end):
        nxt = sep.search(text, pos + 1, end)
        if not nxt:
            out.append((pos, _LAST_NAME.match(text, pos, end).end()))
            break
        out.append((pos, nxt.start()))
        pos = nxt.end()
    return out


def _names_counted(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The ``n`` names listed from ``pos``: bodies told apart by their head words, else names
    parted by commas and the last "và" ("các Tổng công ty Đầu tư Phát triển Nhà và Đô thị, Thép
    Việt Nam và Hàng không Việt Nam")."""
    spans = bodies_listed(text, pos)
    if len(spans) == n:
        return spans
    end = _CLAUSE_END.search(text, pos).start()
    spans = [m.span() for m in _NAME.finditer(text, pos, end)]
    if spans and len(spans) == n - 1:
        a, b = spans.pop()
        cut = text.rfind(" và ", a, b)
        spans += [(a, cut), (cut + 4, b)] if cut > a else [(a, b)]
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]
    return spans if len(spans) == n else []


def leaders_in_turn(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                    taken: list[tuple[int, int]], passed: PlacesPassed) -> list[Ranking]:
    """ "3 vị trí dẫn đầu lần lượt thuộc về Bộ Tài chính, Ngân hàng Nhà nước Việt Nam và Bộ Giáo dục
    và Đào tạo": the provinces or bodies named take the first places, in order; "4 vị trí tiếp theo
    thuộc về ...", the places after the rank just read. Without "lần lượt" only the first name
    has a known place."""
    rx, text, out = patterns(), sent.text, []
    for m in rx["leaders_in_turn"].finditer(text):
        if m.group("named") and not m.group("turn"):
            continue  # "10 tỉnh dẫn đầu là: ...": a top group, in no order
        n = int(m.group("n")) if m.group("n").isdigit() else rx["word_rank"][match_key(m.group("n"))]
        first = 1
        if m.group("next"):
            last = passed.last_before(m.start(), max_gap=2)
            if not last or last[0] != index:
                continue  # no place to count on from
            first = last[1] + 1
        year, _ = year_for(text, m.start(), m.end(), ctx, index, index_year)
        if year is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        provs = [p for p, _, _ in listed_after(sent, m.end())]
        in_turn = bool(m.group("turn"))
        if provs:
            if len(provs) != n:
                continue
            end = provs[-1].end
            out += [_ranking(sent, ctx, (p.start, p.end), index, year, r, p.id)
                    for r, p in enumerate(provs if in_turn else provs[:1], first)]
        elif names := _names_counted(text, m.end(), n):
            end = names[-1][1]
            out += [_ranking(sent, ctx, span, index, year, r) for r, span in enumerate(names if in_turn else names[:1], first)]
        else:
            continue
        taken.append((m.start(), end))
        passed.counted.append((end, index, first + n - 1))
    return out


def _ranking(sent: Sentence, ctx: DocContext, span: tuple[int, int], index: str, year: int,
             rank: int, province: str = NATIONAL) -> Ranking:
    return Ranking(doc=ctx.doc_name, text=sent.text[span[0]:span[1]], start=sent.start + span[0],
                   end=sent.start + span[1], sentence=sent.text, province=province, index=index, component=None,
                   year=year, rank=rank, total=None, score=None)


def bodies_in_turn(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                   taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "Bộ KH&ĐT và Bảo hiểm xã hội Việt Nam mỗi cơ quan cùng tăng 1 bậc, vươn lên xếp vị trí
    thứ 2 và thứ 3": the bodies opening the clause take the places listed, in order."""
    rx, text, out = patterns(), sent.text, []
    for m in list(rx["respectively"].finditer(text)) + list(rx["respectively_plain"].finditer(text)):
        if any(a < m.end() and m.start() < b for a, b in taken) or sent.province_before(m.start()):
            continue
        opening = max(text.rfind(";", 0, m.start()), text.rfind(".", 0, m.start()), text.rfind(":", 0, m.start()))
        bodies = bodies_listed(text, _LEAD_IN.match(text, opening + 1).end())
        ranks = [int(x) for x in re.findall(r"\d+", m.group("ranks"))]
        year, _ = year_for(text, m.start(), m.end(), ctx, index, index_year)
        if len(bodies) != len(ranks) or len(ranks) < 2 or year is None:
            continue
        taken.append((bodies[0][0], m.end()))
        out += [_ranking(sent, ctx, span, index, year, r) for span, r in zip(bodies, ranks)]
    return out


def next_bodies(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                passed: PlacesPassed) -> list[Ranking]:
    """ "xếp thứ hai là Bảo hiểm xã hội Việt Nam; và các vị trí kế tiếp lần lượt là Ngân hàng Nhà
    nước, Bộ TT-TT": the bodies listed take the places after the rank read just before, here or
    in the sentence before."""
    m = patterns()["next_bodies"].search(sent.text)
    if not m:
        return []
    last = passed.last_before(m.start())
    bodies = bodies_listed(sent.text, m.end())
    year, _ = year_for(sent.text, m.start(), m.end(), ctx, index, index_year)
    if not last or last[0] != index or not bodies or year is None:
        return []
    return [_ranking(sent, ctx, span, index, year, last[1] + i) for i, span in enumerate(bodies, 1)]
