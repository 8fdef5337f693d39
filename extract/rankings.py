"""Rankings in published indices: "Tây Ninh xếp vị trí số 44 với 0,3426 điểm",
"Nhóm “Thể chế số” đạt 0,5 điểm, hạng 23", "hạng 5/63 tỉnh, thành phố năm 2019".

Which index and year: named in the sentence, else carried over from earlier
sentences (``ctx.memory``) and, for the year, from the article's own statement
of the index year ("năm 2021, Bộ TT&TT đánh giá xếp hạng...").  A rank with no
index in force is not emitted: a bare "xếp thứ 3" is too often a sports table.
"""
from __future__ import annotations

import re

from extract import pillars
from extract.context import NATIONAL, DocContext, Entity, Sentence
from extract.index_leads import index_leads, remember_indices
from extract.normalize import match_key
from extract.numbers import parse_number
from extract.own_scores import moved_score, own_score
from extract.rank_bodies import bodies_in_turn, leaders_in_turn, next_bodies
from extract.rank_context import (LIST_SEP, NAMED_BACK, PlacesPassed, carried_province, central_body_before, fronted_subject,
                                  in_percent, index_at, index_here, listed_after, passed_by, patterns, place_to_reach,
                                  ranks_countries, subject, subject_after, year_for)
from extract.rank_folds import (bracketed_places, field_before, first_lead, fold_restated, group_total, place_takes_score, places_of_another_year,
                                places_of_listed_years, restatement, scores_by_year, scores_moved, shared_total, within_sub_group)
from extract.records import Metric, Ranking
from extract.score_extremes import extreme_scores
from extract.scores import (component_places, component_scores, earlier_scores, listed_scores, national_average, national_value,
                            pillar_leads, score_near)


# the gap from a move's start to its end ("từ vị trí thứ 57 năm 2021| vươn |lên 10/63")
MOVED_TO = re.compile(r"\s*,?\s*(?:(?:tiến|vươn|tụt|rơi|tăng|giảm)\s+)?(?:(?:lên|xuống)\s+)?")
FROM = re.compile(r"từ\s*$")  # "từ vị trí số 28 ... lên": a place moved from


def extract_rankings(sent: Sentence, ctx: DocContext) -> list[Ranking | Metric]:
    rx = patterns()
    index, index_year = index_here(sent, ctx)
    ctx.memory["sentence"] = sent.index
    facts: list[Ranking | Metric] = []
    if index is None:
        return facts
    taken: list[tuple[int, int]] = []
    leads = index_leads(sent, ctx, taken)
    remember_indices(sent, ctx)
    text = sent.text
    facts += national_average(sent, ctx, index, index_year)
    facts += national_value(sent, ctx)
    before = ctx.memory.get("last_rank")
    # "Còn Gia Lai đứng thứ 19": a sentence right after a rank read goes on with its index
    goes_on = bool(before) and before[2] == sent.index - 1 and before[0] == index
    ranks = leads + _respectively(sent, ctx, index, index_year, taken) + _next_list(sent, ctx, index, index_year, taken)
    ranks += bodies_in_turn(sent, ctx, index, index_year, taken)
    passed = PlacesPassed(sent, ranks, before)
    ranks += leaders_in_turn(sent, ctx, index, index_year, taken, passed)
    ranks += _places_then_names(sent, ctx, index, index_year, taken) + extreme_scores(sent, ctx, index, index_year, taken)
    body_placed = False  # a body's place read in this sentence: later places are its own
    placed: list[str] = []  # provinces named with a place read below, for the next sentence
    from_places: list[tuple[int, int]] = []  # "từ vị trí số 28": the places moved from
    for pat in rx["rank"]:
        for m in pat.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in taken):
                continue
            gd = m.groupdict()
            # "như Hà Nội (thứ 43)": the place in brackets is the province's right before it
            bracketed = text.endswith("(", 0, a) and sent.province_before(a, max_gap=2)
            after = None if bracketed else subject_after(sent, b) or fronted_subject(sent, a, b)
            body_after = None if after else rx["central_body_after"].match(text, b)
            if not _a_place(sent, m, bool(after or body_after)):
                continue
            r_index, r_year = index_at(sent, a, b, index, index_year)
            # the rank read nearest before this one in the sentence (patterns run one after another)
            prev = max((r for r in ranks if r.end - sent.start <= a), key=lambda r: r.end, default=None)
            if gd.get("next"):
                # "Tiếp theo là X": one place after the rank before it, here or in the sentence before
                last = passed.last_before(a, max_gap=1 if goes_on else 0)
                if not last or last[0] != r_index:
                    continue  # no position to count from
                rank = last[1] + 1
            elif gd.get("behind"):
                rank = _place_behind(sent, ctx, m, r_index)
                if rank is None:
                    continue
            elif gd.get("r"):
                rank = int(gd["r"])
            else:
                rank = rx["word_rank"].get(match_key(gd.get("w") or ""), 1)
            total = int(gd["t"]) if gd.get("t") else None
            if total is None:
                tm = rx["total_after"].match(text, b)
                if tm:
                    total, b = int(tm.group("t")), tm.end()
            else:
                fm = rx["field_after"].match(text, b)
                b = fm.end() if fm else b
            countries = ranks_countries(r_index)
            if total is None and countries and (cm := rx["among_countries"].match(text, b)):
                total, b = int(cm.group("t")), cm.end()
            if total is not None and (rank > total or total > 63 and not countries) or (
                    not countries and rx["among_countries"].match(text, b)):
                continue  # out of 193 countries is no provincial rank
            if rx["regional_after"].match(text, b):
                continue  # "hạng 3/13 tỉnh, thành phố khu vực ĐBSCL": a place in a region
            if total != 63 and rx["regional_before"].search(text, 0, a):
                continue  # "thăng 1 bậc trong vùng TD&MNPB (từ vị trí 11 lên 10)"
            if countries and (rx["continental"].search(text, 0, a) or _other_country(text, a)):
                continue  # "Tại khu vực Đông Nam Á, Việt Nam xếp thứ 5/11 nước", "Hoa Kỳ (thứ 14)": not Vietnam's world place
            cn = rx["field_national"].match(text, b)
            b = cn.end() if cn else b
            named_end = after.end if after else body_after.end() if body_after else b
            # "từ vị trí số 28 của năm ngoái lên vị trí thứ 24": where it came from, a year earlier
            from_here = bool(FROM.search(text, max(0, a - 5), a))
            moved_from = rx["move_from"].match(text, b) if from_here else None
            if moved_from and rx["regional_after"].match(text, rx["moved_to"].match(text, moved_from.end()).end()):
                continue  # "từ vị trí thứ 5 lên thứ 4 trong vùng TD&MNPB": a move in a region
            score, s0, e0 = score_near(text, a, named_end, subject(sent, a) if gd.get("r") is None else None,
                                       percent=in_percent(r_index),
                                       used=[(r.start - sent.start, r.end - sent.start) for r in ranks],
                                       moved_from=bool(moved_from), passed=from_places)
            year, e0 = year_for(text, s0, e0, ctx, r_index, r_year, rank_end=b)
            if gd.get("y"):  # "tăng 20 bậc so với DTI 2020 (52/63)": the place of the year compared
                year, s0 = int(gd["y"]), a
            tail = None if score is not None else rx["score_tail"].match(text, e0)
            if tail:
                score, e0 = parse_number(tail.group("s")), tail.end()
            total, e0, restated = restatement(text, e0, rank, total)
            moved_from = moved_from or (rx["move_from"].match(text, e0) if from_here else None)
            if year and moved_from and not rx["year_after"].match(text, b):
                year -= 1
                s0, e0 = min(s0, text.rindex("từ", 0, a)), max(e0, moved_from.end("ago"))
            if year is None and not (sent.ents("INDEX") or rx["index_anaphora"].search(text) or goes_on):
                continue  # an index named here with no year is still a position ("PCI ... đạt thứ hạng 21")
            prov = after or sent.province_before(s0, max_gap=4) or (
                subject(sent, a) if gd.get("r") is None else None)
            carried = NATIONAL if countries else carried_province(sent, ctx, r_index)
            body = None if prov else (body_after.span() if body_after else central_body_before(sent, a))
            if prov:
                s0, e0 = min(s0, prov.start), max(e0, prov.end)
            elif body:  # a ministry's place: no province's
                s0, e0, carried = min(s0, body[0]), max(e0, body[1]), NATIONAL
                body_placed = True
            elif body_placed and not any(e.start < a for e in sent.ents("PROVINCE")):
                carried = NATIONAL  # "Bộ KH&CN xếp thứ 9, tăng 13 bậc so với vị trí thứ 22": the body's too
            if text.count("(", s0, e0) > text.count(")", s0, e0) and text.startswith(")", e0):
                e0 += 1  # "(0,8046/1 điểm)", "Long An (70,37 điểm, hạng 3)": the bracket the span opened
            lo = max([e for s, e in taken if e <= a] + [text.rfind(";", 0, a) + 1])
            taken.append((a, max(named_end, restated)))
            comps = pillars.components(text, r_index, a, lo, b, [(e.start, e.end) for e in sent.ents("PROVINCE")])
            if comps == [None] and prev and text[:a].rstrip().endswith("(") and ";" not in text[prev.end - sent.start:a]:
                comps = [prev.component]  # "Chỉ số HTNL xếp hạng 8, tăng 6 bậc so với năm 2017 (14)"
            if comps == [None] and prev and MOVED_TO.fullmatch(text, prev.end - sent.start, a):
                comps = [prev.component]  # "cải cách thể chế từ vị trí thứ 57 năm 2021 vươn lên 10/63": where it moved
            named = prov or sent.province_before(a)
            if prov:
                placed.append(prov.id)
            if comps == [None] and (named or carried):  # for "Bám sát Đà Nẵng ... là Cần Thơ"
                ctx.memory.setdefault("placed", {})[(r_index, named.id if named else carried)] = rank
            last = None if after or carried else sent.province_before(a)
            passer = passed_by(sent, last) if last and not bracketed else None
            if moved_from:
                from_places.append((s0, e0))
            # "A và B đều ở vị trí thứ 3": each pillar's ranking spans from its own name
            starts = {c: s for s, _, c in reversed(pillars.named(text, r_index, lo, a))} if len(comps) > 1 else {}
            for comp in comps:
                c0 = min(s0, starts.get(comp, s0))
                c0 -= 0 < c0 < s0 and text[c0 - 1] in "\"“"  # the quote the name opens with
                ranks.append(Ranking(doc=ctx.doc_name, text=text[c0:e0], start=sent.start + c0,
                                     end=sent.start + e0, sentence=text, index=r_index,
                                     province=after.id if after else carried or (passer.id if passer else None),
                                     component=comp, year=year, rank=rank, total=total, score=score))
    ranks += next_bodies(sent, ctx, index, index_year, passed)
    if last := passed.last(index):
        ctx.memory["last_rank"] = (*last, sent.index)
    shared_total(ranks, text)
    group_total(ranks, text)
    ranks = fold_restated(ranks, sent)
    field_before(ranks, sent, ctx.memory)
    ranks = within_sub_group(ranks, sent, ctx.memory)
    read_before = ctx.memory.get("ranks_read")
    earlier = read_before[2] if read_before and read_before[:2] == (index, sent.index - 1) else []
    ranks += places_of_listed_years(ranks, sent) + places_of_another_year(ranks, sent, earlier) + first_lead(ranks, sent)
    ranks += bracketed_places(ranks, sent)
    years = [r.year for r in ranks if r.year]
    if years:
        ctx.memory["rank_year"] = (index, max(years), sent.index)  # earlier years are comparisons
    read = [(r.start - sent.start, r.end - sent.start) for r in ranks]
    ranks += listed_scores(sent, ctx, index, index_year, taken + read)
    ranks += own_score(sent, ctx, index, index_year, ranks)
    ranks += moved_score(sent, ctx, ranks)
    ranks += component_places(sent, ctx, index, index_year, taken + read, ranks)
    ranks += component_scores(sent, ctx, index, index_year, taken + read, ranks)
    ranks += pillar_leads(sent, ctx, index, index_year, ranks)
    ranks = pillars.carried_pillar(scores_by_year(place_takes_score(ranks, sent), sent), sent.index, text, ctx.memory, index)
    ctx.claimed(sent).extend(scores_moved(ranks, sent))
    # "Tiền Giang xếp hạng 8, sau các tỉnh ... và Lào Cai. Trong đó, ...": Tiền Giang goes on
    provs = [r.province for r in ranks if r.province] or placed or [e.id for e in sent.ents("PROVINCE")]
    if ranks and provs:
        ctx.memory["rank_province"] = (index, provs[-1], sent.index)
    elif sent.ents("INDEX") and len(set(provs)) == 1:
        # "Chỉ số PAPI của tỉnh Yên Bái năm 2023 ... chuyển biến tích cực. Theo đó, ... đạt 4,73 điểm"
        ctx.memory["rank_province"] = (index, provs[0], sent.index)
    ctx.memory["ranks_read"] = (index, sent.index, ranks)
    facts += earlier_scores(sent, ctx, ranks)
    # a number inside a ranking ("đứng thứ 2, đạt 90,29%") is its score, no metric
    ctx.claimed(sent).extend((f.start, f.end) for f in ranks + facts)
    return facts + ranks


def _other_country(text: str, a: int) -> bool:
    """ "Hoa Kỳ (thứ 14)", "xếp trước Ấn Độ (hạng 46)": the bracket holds another country's place."""
    m = patterns()["other_country"].search(text, 0, a)
    return bool(m) and m["name"][0].isupper() and m["name"] not in ("Nam", "VN")


def _place_behind(sent: Sentence, ctx: DocContext, m: re.Match, index: str) -> int | None:
    """ "Bám sát Đà Nẵng ... là Cần Thơ": one place after the province named, if its place was read."""
    of = next((e.id for e in sent.ents("PROVINCE") if m.start("of") <= e.start < m.end("of")), None)
    place = ctx.memory.get("placed", {}).get((index, of))
    return place + 1 if place else None


def _a_place(sent: Sentence, m: re.Match, named_after: bool) -> bool:
    """Whether a rank phrase states a place in the index, not a move, a band, a goal or a lead
    in a region or in some pillars. ``named_after``: a province or body follows the phrase."""
    rx, text, (a, b) = patterns(), sent.text, m.span()
    # "xếp vị trí thứ hai" is as plain a place as "xếp vị trí 2"; "quán quân", "dẫn đầu", "đứng thứ
    # nhất" need a subject
    number = m.groupdict().get("r") is not None or bool(m.groupdict().get("w") and re.search(r"vị\s+trí\s+thứ\s", m.group(0)))
    if number and rx["not_rank_before"].search(text[max(0, a - 40):a]) \
            and re.search(r"(?:nhóm|top|tốp|Top|Tốp)\s*\d*\s*$", text[max(0, a - 12):a]):
        return False  # "nhóm 10 tỉnh ... hạng 5": a band
    if re.search(r"(?:lần|năm|tăng|giảm)\s*$", text[max(0, a - 8):a]) or re.match(r"\s*bậc\b", text[b:]):
        return False  # "thăng hạng 2 bậc" is a move, not a place
    if rx["statistic_league"].match(text, b):
        return False  # "đứng thứ hai toàn quốc về tỷ lệ cấp thẻ": a league by a statistic
    if number:
        return not place_to_reach(text, a)
    # a leader phrase ("dẫn đầu", "xếp thứ nhất", "Tiếp theo là")
    return not (
        not (subject(sent, a) or named_after  # "người đứng đầu" is a head of office
             or central_body_before(sent, a)  # "Bộ Tài chính là cơ quan dẫn đầu"
             or NAMED_BACK.search(text, max(0, a - 40), a)  # "Kết quả, địa phương giành vị trí á quân"
             or "danh hiệu" in m.group(0))  # "đón nhận danh hiệu Quán quân PCI": the title names the place
        or rx["target_cues"].search(text[:a])  # "phấn đấu ... dẫn đầu" is a goal
        or rx["band_before"].search(text[:a])  # "Tốp 3 bộ, ngành dẫn đầu là": a band, no place
        or rx["criteria_after"].match(text, b)  # "dẫn đầu cả nước ở 3 tiêu chí": pillars (scores.py)
        or rx["regional"].match(text, b))  # "dẫn đầu ... khu vực phía Bắc" leads a region


def _scores(listed: str) -> list[float | None]:
    """ "43,9603 và 41,7754", "70,7 điểm, 69,1 điểm": each score of a list, in order (not the
    numbers of an aside: "43,96 điểm (thuộc nhóm 14 tỉnh ...)")."""
    return [parse_number(x) for x in re.findall(r"\d+(?:[.,]\d+)?", re.sub(r"\([^()]*\)", "", listed))]


def _listed_before(sent: Sentence, pos: int, gap: re.Pattern[str]) -> list[Entity]:
    """The provinces listed right before ``pos`` ("TP.HCM và Quảng Ninh lần lượt ..."), in order:
    the last one ``gap`` before it, the others joined by commas or "và"."""
    provs: list[Entity] = []
    while (p := sent.province_before(pos)) and (
            LIST_SEP.fullmatch(sent.text, p.end, pos) if provs else gap.fullmatch(sent.text, p.end, pos)):
        provs.insert(0, p)
        pos = p.start
    return provs


def _ordinals(said: str) -> list[int]:
    """ "2 và 3", "thứ hai và thứ ba", "thứ tư đến thứ sáu" (a run): the places, in order."""
    words = patterns()["word_rank"]
    places = [int(w) if w.isdigit() else words[match_key(w)]
              for w in re.findall(r"\d+|[^\W\d_]+", said) if w.isdigit() or match_key(w) in words]
    if len(places) == 2 and re.search(r"\bđến\b", said):
        return list(range(places[0], places[1] + 1))
    return places


def _respectively(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                  taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3": positions paired with the
    provinces listed just before, in order; "lần lượt là các địa phương ... cao nhất": places 1, 2, ..."""
    out: list[Ranking] = []
    text = sent.text
    rx = patterns()
    moves = list(rx["respectively_move"].finditer(text))
    said = [m for m in rx["respectively"].finditer(text) if not any(v.start() <= m.start() < v.end() for v in moves)]
    # without "lần lượt", only right after the provinces: "Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7"
    plain = [m for m in rx["respectively_plain"].finditer(text)
             if not any(m.start() < e.end() for e in said + moves)]
    # "Hà Nội và TP.HCM có chỉ số ... thấp hơn, ở mức lần lượt là 43,9603 và 41,7754": scores, no places
    values = list(rx["respectively_values"].finditer(text))
    tops = list(rx["respectively_top"].finditer(text))  # "A, B và C lần lượt là các địa phương ... cao nhất"
    for m in moves + said + plain + values + tops:
        scores = _scores(m.group("scores")) if m in values else []
        gap = re.compile(r"\s*") if m in plain + tops else rx["respectively_values_gap" if m in values else "respectively_gap"]
        provs = _listed_before(sent, m.start(), gap)
        ranks = [None] * len(scores) if m in values else list(range(1, len(provs) + 1)) if m in tops else \
            _ordinals(m.group("ranks"))
        if len(provs) != len(ranks) or len(ranks) < 2:
            continue
        lead = None if scores else rx["respectively_scores"].search(text, 0, provs[0].start)
        if lead:
            scores = _scores(lead.group("scores"))
        if len(scores) != len(ranks):
            scores = [None] * len(ranks)
        year, _ = year_for(text, provs[0].start, m.end(), ctx, index, index_year)
        if year is None:
            continue
        taken.append((m.start(), m.end()))
        places = list(zip(provs, ranks, scores, [year] * len(ranks)))
        if m in moves:  # the places it moved from: the year named with them, else the year before
            was = [int(x) for x in re.findall(r"\d+", m.group("from"))]
            if len(was) == len(provs):
                was_year = int(m.group("fy")) if m.group("fy") else year - 1
                places = list(zip(provs, was, [None] * len(was), [was_year] * len(was))) + places
        for p, r, score, y in places:
            out.append(Ranking(doc=ctx.doc_name, text=text[provs[0].start:m.end()],
                               start=sent.start + provs[0].start, end=sent.start + m.end(), sentence=text,
                               province=p.id, index=index, component=None, year=y, rank=r,
                               total=None, score=score))
    return out


BRACKETED_SCORE = re.compile(r"\s*\(\s*(?P<s>\d+(?:,\d+)?)\s*điểm\s*\)")


def _places_then_names(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
                       taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Tây Ninh (47,35 điểm) và Bình Thuận (47,13
    điểm)": the places first, then the provinces holding them, in order."""
    out: list[Ranking] = []
    text = sent.text
    for m in patterns()["places_then_names"].finditer(text):
        ranks = [int(x) for x in re.findall(r"\d+", m.group("ranks"))]
        named = listed_after(sent, m.end(), BRACKETED_SCORE)
        year, _ = year_for(text, m.start(), m.end(), ctx, index, index_year)
        if len(named) != len(ranks) or year is None:
            continue
        taken.append((m.start(), named[-1][2]))
        for (p, score, end), r in zip(named, ranks):
            out.append(Ranking(doc=ctx.doc_name, text=text[m.start():end], start=sent.start + m.start(),
                               end=sent.start + end, sentence=text, province=p.id, index=index, component=None,
                               year=year, rank=r, total=None, score=parse_number(score.group("s")) if score else None))
    return out


def _next_list(sent: Sentence, ctx: DocContext, index: str, index_year: int | None,
               taken: list[tuple[int, int]]) -> list[Ranking]:
    """ "Đứng thứ hai là TP Huế. Các tỉnh xếp sau đó lần lượt là TP Hải Phòng và TP.HCM", "Hà Nội
    dẫn đầu. TP.HCM và Đà Nẵng lần lượt chiếm hai vị trí tiếp theo": the provinces listed take the
    places after the rank just read, in order, and the pillar it was read in. "Các vị trí tiếp theo
    ... lần lượt là Hải Phòng (70,34 điểm), ...": each name with its score, its own span."""
    last = ctx.memory.get("last_rank")
    if not last or last[0] != index or sent.index - last[2] > 1:
        return []
    text = sent.text
    if m := patterns()["next_list"].search(text):
        listed = listed_after(sent, m.end(), BRACKETED_SCORE, first=LIST_SEP)
        items = [(p, (p.start, end), parse_number(s.group("s")) if s else None) for p, s, end in listed]
        span = (m.start(), listed[-1][2] if listed else m.end())
    else:
        m = next((m for m in patterns()["next_places"].finditer(text) if sent.province_before(m.start(), 0)), None)
        if not m:
            return []
        provs = _listed_before(sent, m.start(), re.compile(""))
        span = (provs[0].start if provs else m.start(), m.end())
        items = [(p, span, None) for p in provs]
    year, _ = year_for(text, span[0], span[1], ctx, index, index_year)
    if len(items) < 2 or year is None:
        return []  # one province after "xếp sau là" is the rank patterns' "next"
    taken.append(span)
    pillar = ctx.memory.get("pillar")
    component = pillar[2] if pillar and pillar[:2] == (index, last[2]) else None
    return [Ranking(doc=ctx.doc_name, text=text[a:b], start=sent.start + a, end=sent.start + b, sentence=text,
                    province=p.id, index=index, component=component, year=year, rank=last[1] + i, total=None,
                    score=score) for i, (p, (a, b), score) in enumerate(items, 1)]
