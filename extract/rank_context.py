"""Where a rank stands: which index and edition year, and whose rank it is.

Shared by the rank-phrase reader (``extract.rankings``) and the score readers
(``extract.scores``). The index is the one named in the sentence, else carried
over from earlier sentences (``ctx.memory``); the year is the one written by the
rank, else the index's edition the article states ("năm 2021, Bộ TT&TT đánh giá
xếp hạng...", "PCI 2022").
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.context import PAST_YEAR_RE, DocContext, Entity, Sentence, sentence_before
from extract.normalize import match_key
from extract.records import Ranking


# "năm 2022 ...", or a list item labelled with its year: "2019: 68,73 điểm, xếp hạng 10/63"
BEFORE_YEAR_RE = re.compile(r"(?:(?<!đến )(?<!tới )(?<!đoạn )(?<!hướng )(?:năm|Năm)\s+|^(?=\d{4}\s*:))"
                            r"((?:19|20)\d\d)(?![\d/-])")
JUST_OUT = re.compile(r"vừa\s+(?:được\s+)?(?:công\s+bố|ra\s+mắt)")  # an edition just out
# between the provinces of a list: "Thanh Hóa, Điện Biên, Hà Tĩnh", "TP Hải Phòng và TP.HCM"
LIST_SEP = re.compile(r"\s*(?:,|và)?\s*")
NAME_PREFIX = re.compile(r"(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?")


_P = json.loads((Path(__file__).parent / "patterns" / "rankings.json").read_text("utf-8"))
INDICES = json.loads((Path(__file__).parent / "data" / "indices.json").read_text("utf-8"))


def ranks_countries(index: str | None) -> bool:
    """Whether the index ranks countries, not provinces ('ranks' in indices.json: the GII)."""
    return INDICES.get(index or "", {}).get("ranks") == "countries"


def in_percent(index: str | None) -> bool:
    """Whether the index scores in percent ('score_unit' in indices.json: "đạt 90,61%" is a score)."""
    return INDICES.get(index or "", {}).get("score_unit") == "%"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    def expand(pattern: str) -> str:
        return re.sub(r"<<(\w+)>>", lambda m: _P["_fragments"][m.group(1)], pattern)

    rx = {k: re.compile(expand(v)) for k, v in _P.items() if isinstance(v, str) and not k.startswith("_")}
    rx["rank"] = [re.compile(p) for p in _P["rank"]]  # type: ignore[assignment]
    rx["word_rank"] = {match_key(k): v for k, v in _P["word_rank"].items()}  # type: ignore[assignment]
    return rx


def place_to_reach(text: str, pos: int) -> bool:
    """ "phấn đấu ...: chỉ số PCI xếp hạng 15/34": a place after a goal cue in the sentence is
    a goal (``extract.targets``), no ranking, unless a result is reported in between."""
    cue = next(reversed(list(patterns()["target_cues"].finditer(text, 0, pos))), None)
    return bool(cue) and not re.search(r"\bđã\b|đạt được|kết quả", text[cue.end():pos])


# a place passed in a sentence: (where its mention ends, index, place)
Place = tuple[int, str, int]


@dataclass
class PlacesPassed:
    """The places passed so far in a sentence, for lists that count on from the last one ("Tiếp
    theo là X", "4 vị trí tiếp theo thuộc về ..."): the rankings read (``ranks``, the caller's
    list, growing) and the places a count took without naming each holder ("3 vị trí dẫn đầu
    thuộc về A, B và C" passes places 1 to 3)."""

    sent: Sentence
    ranks: list[Ranking]
    before: tuple | None  # ctx.memory["last_rank"] as the sentence began: (index, place, sentence)
    counted: list[Place] = field(default_factory=list)

    def all(self) -> list[Place]:
        return [(r.end - self.sent.start, r.index, r.rank) for r in self.ranks if r.rank] + self.counted

    def last_before(self, pos: int, max_gap: int = 1) -> tuple[str, int] | None:
        """(index, place) passed nearest before ``pos`` here, else the earlier sentence's last
        place if it is at most ``max_gap`` sentences back."""
        here = [p for p in self.all() if p[0] <= pos]
        if here:
            return max(here, key=lambda p: p[0])[1:]
        before = self.before
        return before[:2] if before and self.sent.index - before[2] <= max_gap else None

    def last(self, index: str) -> tuple[str, int] | None:
        """The place passed last in the text, in ``index`` if the sentence read one there: the one
        a list in the next sentences counts on from."""
        passed = self.all()
        own = [p for p in passed if p[1] == index] or passed
        return max(own, key=lambda p: p[0])[1:] if own else None


def _headline_end(text: str) -> int:
    """Where the first line (the headline) ends; the whole text if it is one line."""
    return text.find("\n") % (len(text) + 1)


def index_years(ctx: DocContext) -> dict[str, int]:
    """Per index, the year the article says the ranking measures: the most cited edition
    ("PCI 2023", thrice as heavy in the headline, which names the edition the article is
    about), and the year of sentences that report a ranking ("năm 2021, Bộ TT&TT đánh giá
    xếp hạng ...")."""
    if "index_years" in ctx.memory:
        return ctx.memory["index_years"]
    rx = patterns()
    headline_end = _headline_end(ctx.text)
    bounds = ctx.memory.get("sentence_bounds", [])
    starts = [s for s, _ in bounds]
    counts: dict[str, Counter] = {}
    first_index: dict[int, str] = {}  # sentence -> the first index it names
    for e in ctx.entities:
        if e.label != "INDEX":
            continue
        m = rx["index_year_after"].match(ctx.text, e.end)
        lo = max(ctx.text.rfind(".", 0, e.start), ctx.text.rfind("\n", 0, e.start), e.start - 80, 0)
        if m and not rx["target_cues"].search(ctx.text, lo, e.start) and not rx["improve_index"].search(ctx.text, lo, e.start):
            # "phấn đấu chỉ số DTI năm 2023 thuộc nhóm 20", "nâng cao chỉ số PAR Index, SIPAS năm 2022"
            # name a goal, no edition reported
            counts.setdefault(e.id, Counter())[int(m.group("y"))] += 6 if e.start < headline_end else 2
        i = bisect_right(starts, e.start) - 1
        if i >= 0 and e.start < bounds[i][1]:
            first_index.setdefault(i, e.id)
    for i, index in first_index.items():
        sent = ctx.text[bounds[i][0]:bounds[i][1]]
        if not re.search(r"xếp hạng|đánh giá|công bố|bảng xếp|đo lường|chấm điểm", sent):
            continue
        m = PAST_YEAR_RE.search(sent)  # the year the sentence reports on comes first
        if m:
            y = int(m.group(1))
            if ctx.published_year is None or y <= ctx.published_year:
                # "Chỉ số ... năm 2021 (PAPI 2021) vừa được công bố": the edition just out outweighs
                # a headline that dates it by the year of publication ("Chỉ số PAPI năm 2022")
                counts.setdefault(index, Counter())[y] += 6 if JUST_OUT.search(sent) else 1
    ctx.memory["index_years"] = {k: c.most_common(1)[0][0] for k, c in counts.items()}
    return ctx.memory["index_years"]


def index_weight(ctx: DocContext) -> dict[str, int]:
    """How much the article is about each index: how often it is named, thrice in the headline."""
    if "index_weight" not in ctx.memory:
        headline_end = _headline_end(ctx.text)
        weight: Counter = Counter()
        for e in ctx.entities:
            if e.label == "INDEX":
                weight[e.id] += 3 if e.start < headline_end else 1
        ctx.memory["index_weight"] = weight
    return ctx.memory["index_weight"]


def listed_after(sent: Sentence, pos: int, after: re.Pattern[str] | None = None,
                 first: re.Pattern[str] = NAME_PREFIX) -> list[tuple[Entity, re.Match | None, int]]:
    """The provinces listed from ``pos`` ("là Tây Ninh (47,35 điểm) và Bình Thuận"), in order: each
    with what ``after`` reads right after its name (a score in brackets), and where it ends. ``first``
    is what may stand before the first name."""
    out: list[tuple[Entity, re.Match | None, int]] = []
    while (p := next((e for e in sent.ents("PROVINCE") if e.start >= pos), None)) and (
            LIST_SEP if out else first).fullmatch(sent.text, pos, p.start):
        m = after.match(sent.text, p.end) if after else None
        pos = m.end() if m else p.end
        out.append((p, m, pos))
    return out


def named_index(sent: Sentence, e: Entity) -> tuple[str, int | None]:
    """An index named in the sentence and the edition year written right after it ("PCI 2022"),
    unless it is the base of a comparison ("so với chỉ số PCI năm 2019")."""
    m = patterns()["index_year_after"].match(sent.text, e.end)
    if m and patterns()["comparison_base"].search(sent.text, max(0, e.start - 20), e.end):
        return e.id, None
    return e.id, int(m.group("y")) if m else None


def index_here(sent: Sentence, ctx: DocContext) -> tuple[str | None, int | None]:
    idx = sent.ents("INDEX")
    if idx:
        # "công bố Chỉ số PCI và Chỉ số Xanh (PGI) năm 2023": of several, the article's own goes on
        ctx.memory["index"] = max((e.id for e in idx), key=lambda i: (index_weight(ctx).get(i, 0), i == idx[-1].id))
        return named_index(sent, idx[-1])
    if "index" not in ctx.memory:
        # a title or lead written before the index is named is about the article's first index
        first = next((e for e in ctx.entities if e.label == "INDEX"), None)
        if first is not None and first.start < 600:
            return first.id, None
    return ctx.memory.get("index"), None


def index_at(sent: Sentence, a: int, b: int, index: str, index_year: int | None) -> tuple[str, int | None]:
    """The index of the rank at ``a``..``b`` when the sentence names several: one named right
    after it ("xếp thứ 14 về Chỉ số chuyển đổi số"), else the nearest before it ("Chỉ số PCI
    năm 2022 Đồng Nai đứng thứ 29; ... PAR Index đứng ở vị trí 51"), else the sentence's."""
    rx = patterns()
    named = sent.ents("INDEX")
    after = next((e for e in named if e.start >= b and rx["index_after"].fullmatch(sent.text, b, e.start)), None)
    before = [e for e in named if e.end <= a]
    e = after or (before[-1] if before else None)
    # an index named only later in the sentence does not date this rank: "Quảng Ninh dẫn đầu ...,
    # Long An ... từ vị trí thứ 10 trong Bảng xếp hạng PCI năm 2022" (Quảng Ninh's is this year's)
    return named_index(sent, e) if e else (index, None if named else index_year)


def year_for(text: str, a: int, b: int, ctx: DocContext, index: str | None,
              index_year: int | None, rank_end: int | None = None) -> tuple[int | None, int]:
    """The edition year of the rank at ``a``..``b`` and where its span then ends: a year
    written right after the rank, else the last one before it (not a comparison base "so
    với năm 2020", unless the rank is in its bracket), else the index's year named with it,
    carried from the ranking just before, or the one the article states. ``rank_end``: where
    the rank phrase ends when a score after it extends the span to ``b``."""
    rx = patterns()
    ends = dict.fromkeys((b, rank_end or b))  # the span's end, then the rank phrase's
    m = next((m for end in ends for m in (rx["year_after"].match(text, end), rx["year_about"].match(text, end)) if m), None)
    if m:
        return int(m.group("y")), max(m.end(), b)
    if any(rx["this_year_after"].match(text, end) for end in ends):
        return index_years(ctx).get(index or "", None), b
    before = [m for m in BEFORE_YEAR_RE.finditer(text[:a])
              if not (rx["comparison_base"].search(text[max(0, m.start() - 30):m.start()])
                      and not re.fullmatch(r"\s*\(\s*", text[m.end():a]))
              # "(năm 2023)" is an aside, unless the bracket holds this rank: "(năm 2022 X đứng thứ 28)"
              and not (text[max(0, m.start() - 2):m.start()].strip() == "(" and ")" in text[m.end():a])
              # "từng đứng đầu vào năm 2007, giờ tụt xuống thứ 19": that year is the earlier place's
              and not (rx["place_of_year"].search(text, max(0, m.start() - 40), m.start()) and "," in text[m.end():a])]
    if before:
        year = int(before[-1].group(1))
        if rx["moved_on"].fullmatch(text, before[-1].end(), a) \
                and re.search(r"\d\s+(?:vào\s+)?$", text[:before[-1].start()]):
            # "từ vị trí thứ 24 năm 2019 tụt xuống vị trí thứ 47 như hiện tại": the year went with the start
            edition = index_years(ctx).get(index or "")
            return (edition if edition and edition > year else None), b
        if rx["next_year"].search(text, before[-1].end(), a):
            year += 1  # "Năm 2014 ... tốp 5 thì năm sau tụt xuống thứ 6"
        return year, b
    period = next(reversed(list(rx["period"].finditer(text, 0, a))), None)
    if period and rx["move_to"].search(text[max(0, a - 30):a]):
        return int(period.group("y")), b  # "giai đoạn 2016-2020, ... xuống vị trí 29/63": where the period ended
    if index_year:
        return index_year, b
    last = ctx.memory.get("rank_year")
    edition = index_years(ctx).get(index or "", None)
    if last and last[0] == index and ctx.memory.get("sentence", -9) - last[2] <= 1 \
            and not (edition and last[1] < edition):
        return last[1], b  # "Trong đó, CQS xếp thứ 40/63": the ranking just reported goes on
    if rx["elaboration"].match(text):  # "Cụ thể, ..." spells out the sentence before and its year
        before = sentence_before(ctx, ctx.memory.get("sentence", 0))
        years = {int(m.group(1)) for m in BEFORE_YEAR_RE.finditer(before)
                 if not rx["comparison_base"].search(before[max(0, m.start() - 30):m.start()])}
        if len(years) == 1:
            return years.pop(), b
    if edition is None and last and ctx.memory.get("sentence", -9) - last[2] == 1:
        # "Năm 2021, Chỉ số CCHC ... xếp thứ 8/63. Chỉ số Hài lòng ... xếp thứ 5/63": an index the
        # article dates nowhere goes on with the year of another's ranking just before
        return last[1], b
    return edition, b


def clause_end(text: str, pos: int) -> int:
    """Where the clause running on at ``pos`` ends: the next '.' or ';', else the text's end."""
    return min((i for i in (text.find(c, pos) for c in ".;") if i >= 0), default=len(text))


def subject(sent: Sentence, pos: int) -> Entity | None:
    """The province a leader phrase at ``pos`` is said of: named just before it,
    with at most a few adverbs in between ("Quảng Ninh vươn lên dẫn đầu")."""
    prov = sent.province_before(pos)
    if prov and patterns()["subject_gap"].match(sent.text[prov.end:pos]):
        earlier = sent.province_before(prov.start)
        if earlier and re.fullmatch(r"\s*(?:,|và)\s*", sent.text[earlier.end:prov.start]) \
                and not re.search(r"\slà\s+$", sent.text[max(0, earlier.start - 5):earlier.start]):
            return None  # "Hà Nội, Huế ... và Thanh Hóa dẫn đầu": a group, not rank 1 ("xếp thứ hai là X, Y xếp thứ ba")
        return prov
    # "Hà Nội tiếp tục khẳng định vai trò tiên phong ... khi dẫn đầu": the subject of the sentence
    if prov and patterns()["while_leading"].match(sent.text, prov.end, pos) \
            and patterns()["sentence_subject"].fullmatch(sent.text, 0, prov.start):
        return prov
    return None


# "Hải Phòng lần đầu tiên vượt qua những địa phương ... như Quảng Ninh, Đồng Tháp... để vươn lên vị trí
# số 1": the provinces passed or given as examples are objects, the place is the subject's
OBJECTS = re.compile(r"\s(?:vượt\s+qua|vượt|qua\s+mặt|bỏ\s+xa|như)\s[^.;]*$")


def passed_by(sent: Sentence, prov: Entity) -> Entity | None:
    """The sentence's subject when ``prov`` is one of the provinces it passed, else None."""
    first = next(iter(sent.ents("PROVINCE")), None)
    if first is None or first is prov or not OBJECTS.search(sent.text, first.end, prov.start) \
            or not patterns()["sentence_subject"].fullmatch(sent.text, 0, first.start):
        return None
    return first


def subject_after(sent: Sentence, b: int) -> Entity | None:
    """ "Ở vị trí thứ 2 là TP.HCM", "Vị trí thứ 3 ... thuộc về TP.Huế", "á quân Đồng Tháp"."""
    m = patterns()["subject_after"].match(sent.text, b)
    if not m:
        return None
    starts = {m.end(), m.start("pre") if m.group("pre") else m.end()}  # "tỉnh X" may be the entity
    return next((e for e in sent.ents("PROVINCE") if e.start in starts), None)


def fronted_subject(sent: Sentence, a: int, b: int) -> Entity | None:
    """ "Đứng thứ 5 cả nước về DTI năm 2022, Cần Thơ ...": a sentence that opens on the place
    names its subject after the clause."""
    if not patterns()["fronted_opening"].fullmatch(sent.text, 0, a):
        return None
    comma = sent.text.find(",", b, b + 80)
    if comma < 0 or re.search(r"[;.]", sent.text[b:comma]):
        return None
    # the name right after the comma, with or without its "tỉnh"/"TP" (an entity may hold it)
    starts = {comma + re.match(r",\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?", sent.text[comma:]).end(),
              comma + re.match(r",\s*", sent.text[comma:]).end()}
    return next((e for e in sent.ents("PROVINCE") if e.start in starts), None)


def central_body_before(sent: Sentence, a: int) -> tuple[int, int] | None:
    """The ministry or central body whose place the phrase at ``a`` states: a known agency
    right before it ("Bộ Văn hóa, Thể thao và Du lịch dẫn đầu", commas and all), else a body's
    name read by its head word ("Bộ Tài chính là cơ quan dẫn đầu")."""
    rx = patterns()
    for e in sent.ents("ORG"):
        if e.end <= a and rx["central_body"].fullmatch(sent.text[e.start:e.end].replace(",", " ") + sent.text[e.end:a]):
            return e.start, e.end
    m = rx["central_body"].search(sent.text, 0, a)
    return m.span() if m else None


# "tỉnh này", or the bare noun opening the sentence: "Kết quả, địa phương giành vị trí á quân"
ANAPHORA = re.compile(r"\b(?:tỉnh|thành phố|địa phương|đơn vị)\s+(?:này|nói trên)\b"
                      r"|^(?:[^,.;]{1,25},\s*)?(?:[Tt]ỉnh|[Đđ]ịa phương|[Tt]hành phố)\s+(?=[a-zà-ỹđ])")


# "địa phương giành vị trí á quân", "tỉnh này xếp thứ nhất": a leader phrase said of the province named back
NAMED_BACK = re.compile(r"(?<!\d )(?<!các )(?<!những )\b(?:tỉnh|thành phố|địa phương|đơn vị)(?:\s+(?:này|nói trên))?\s+(?:(?:đã|vẫn|cũng)\s+)?$")


def carried_province(sent: Sentence, ctx: DocContext, index: str) -> str | None:
    """ "TP Hà Nội ... xếp thứ 24/63. Trong đó, CQS xếp thứ 40/63": a sentence that names
    no province goes on about the one ranked just before."""
    last = ctx.memory.get("rank_province")
    # "các chỉ số thành phần của tỉnh này": named back, it may reach a little further
    reach = 3 if ANAPHORA.search(sent.text) else 1
    if sent.ents("PROVINCE") or not last or last[0] != index or sent.index - last[2] > reach:
        return None
    return last[1]
