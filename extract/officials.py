"""Officials: "ông Nguyễn Trung Hiếu - Phó Giám đốc Sở TT&TT tỉnh Tây Ninh",
"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tiền Giang Nguyễn Văn Vĩnh".

A chain of "title organisation" pairs is read left to right; the person is the
name right after the chain or right before it ("NAME - title ...").  Names come
from underthesea NER (run only on sentences holding a title) or, where NER
misses, from a capitalised run that starts with a common surname.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from extract.context import NATIONAL, DocContext, Sentence
from extract.nlp import person_names
from extract.records import Official
from extract.titles import listed_title, names_its_org

_P = json.loads((Path(__file__).parent / "patterns" / "officials.json").read_text("utf-8"))
_AG = json.loads((Path(__file__).parent / "data" / "agencies.json").read_text("utf-8"))
# a capitalised word; Central Highlands names may hold an apostrophe ("K'Đăm", "H'Yim")
CAP = r"[A-ZÀ-ỸĐ](?:['’][A-ZÀ-ỸĐ])?[a-zà-ỹđ]*"
MINISTER = re.compile(r"(?:^|\s)(?:Bộ|Thứ) trưởng$")


@lru_cache(maxsize=1)
def _rx():
    # the first letter as listed, the rest in any case: "Phó thủ tướng thường trực" is the listed
    # "Phó Thủ tướng Thường trực" ("các đại biểu" is no "Đại biểu"); a deputy's "phó" may be written
    # small ("Ông Hoàng Văn Tân, phó cục trưởng Cục SHTT")
    titles = "|".join(("[Pp]" if t.startswith("Phó ") else re.escape(t[0])) + "(?i:" + re.escape(t[1:]) + ")" for t in sorted(
        [*_P["titles"], *_P["title_short_forms"], *_P["title_abbreviations"]], key=len, reverse=True))
    prefixes = "|".join(map(re.escape, _P["title_prefixes"]))
    title = re.compile(rf"(?<![\w])(?:(?:{prefixes})\s+)?(?:{titles})(?![\w])")
    surnames = "|".join(sorted(map(re.escape, _P["surnames"]), key=len, reverse=True))
    # Ê Đê and Jarai names open on "Y" (men) or "H'" (women) and may run to five words:
    # "Y Thanh Hà Niê K'Đăm", "H'Yim Kđoh"
    name = re.compile(rf"(?:(?:{surnames})(?:\s+{CAP}){{1,3}}|(?:Y|H['’]{CAP})(?:\s+{CAP}){{1,4}})(?![\w'’])")
    heads = "|".join(sorted(map(re.escape, _P["org_heads"]), key=len, reverse=True))
    org = re.compile(rf"\s*(?:{heads})(?![\w])")
    abbrev = {}
    for canonical, forms in _AG.items():
        if not canonical.startswith("_"):
            for f in forms:
                if f != canonical and not f.islower():
                    abbrev[f] = canonical
    return title, name, org, abbrev


@lru_cache(maxsize=1)
def _ministries() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "Thứ trưởng TT&TT", "Bộ trưởng Y tế": a minister's title may name the ministry by its short
    form alone, the one agencies.json writes after "Bộ" ("Bộ TT&TT", "Bộ Y tế")."""
    short = {f[3:]: canonical for canonical, forms in _AG.items() if canonical.startswith("Bộ ")
             for f in forms if f.startswith("Bộ ") and f[3:] != f[3:].lower()}
    keys = "|".join(sorted(map(re.escape, short), key=len, reverse=True))
    return re.compile(rf"\s+(?:{keys})(?![\w&-])"), short


HONORIFICS = "|".join(sorted(map(re.escape, _P["honorifics"]), key=len, reverse=True))
HONORIFIC_AFTER = re.compile(rf"\s*,\s*(?:{HONORIFICS})\s+")  # "..., ông Lâm Đình Thắng"
HONORIFIC = re.compile(rf"(?:{HONORIFICS})\s+")
# "các Phó Bí thư ...: Bùi Văn Trường và Đỗ Thị Ngọc Ánh", "...: Thượng tướng Trần Quang Phương, ..."
MILITARY_RANK = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng)"
LISTED_AFTER = re.compile(rf"\s*:\s*(?:{MILITARY_RANK}\s+)?")
# "Theo Bí thư Tỉnh ủy, Trần Văn Rón, trong ...": a name set off by commas after the chain
APPOSED_AFTER = re.compile(r"\s*,\s*")
HISTORICAL = re.compile("|".join(map(re.escape, _P["historical_names"])))
ORGAN = re.compile("|".join(map(re.escape, _P["organ_names"])))  # "Ban Bí thư" holds no title
NEXT_HOLDER = re.compile(rf"\s*(?:,|và)\s*(?:(?:{HONORIFICS})\s+)?")
# "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Thiếu tướng A - Giám đốc Công an tỉnh; B - Phó Chủ tịch ...; C - ..."
NEXT_LISTED = re.compile(rf"(?:,|\s*[-–])[^;:]{{1,120}};\s*(?:và\s+)?(?:{MILITARY_RANK}\s+)?")
PLURAL = re.compile(r"\b[Cc]ác\s*(?:(?:đồng\s+chí|ông|bà|vị)\s+)?$")  # "các (đồng chí) Phó Chủ tịch UBND tỉnh: A, B, C"
PLACE_BEFORE = re.compile(rf"(?<!\w)(?i:{'|'.join(map(re.escape, _P['place_nouns']))})\s+$")
# "Bí thư Đảng ủy phường Phan Đình Phùng, tỉnh Thái Nguyên": a commune or ward named after a person,
# told as the place the sentence ends on (a holder after the unit goes on: "Chủ tịch UBND xã Nguyễn Văn A phát biểu")
UNIT_BEFORE = re.compile(r"(?<!\w)(?:phường|xã|thị\s+trấn|thị\s+xã|quận|huyện)\s+$")
# "Chủ tịch tỉnh Ninh Bình Phạm Quang Ngọc", "tân Phó Chủ tịch tỉnh Sơn La": the province is the organisation
PROVINCE_UNIT = re.compile(r"\s+((?:tỉnh|thành\s+phố|TP\.?)\s+)")
UNIT_NAME_ENDS = re.compile(r"\s*(?:[.;)]|$|,\s*(?:tỉnh|thành\s+phố|TP)\b)")
NEXT_WORD = re.compile(r" ([^\W\d_]+(?:['’][^\W\d_]+)?)(?=[\s,.;:)]|$)")
# "Nguyễn Trung Hiếu - Phó Giám đốc", "Nguyễn Anh Tuấn (Ủy viên Ban Thường vụ Tỉnh ủy, ...)",
# "Lê Hồng Minh - tân Phó Chủ tịch", "X giữ chức Bí thư Tỉnh ủy", "X tái đắc cử Bí thư Tỉnh ủy",
# a caption's "X ( đứng thứ hai từ phải sang) được bầu làm PCT ...", "X ( bên phải ) nhận chức PCT ...",
# a military rank before the post ("X, Đại tá, Chỉ huy trưởng ..."); a post held before ("X, nguyên Giám
# đốc Sở ...") is read as the title: the schema has no field for "former"
TERM = r"(?:nhiệm kỳ|khóa|khoá)\b"  # "khóa XV", "nhiệm kỳ 2021-2026": the term, not the organisation
# an appointment: "được bổ nhiệm giữ chức", "tiếp tục được bầu làm", "tái đắc cử chức", "tiếp tục làm"
TAKES_POST = (r"(?:(?:vừa\s+|tái\s+)?đắc\s+cử(?:\s+chức(?:\s+vụ)?)?\s+"
              r"|(?:(?:tiếp\s+tục\s+|vừa\s+|đã\s+)?được\s+(?:tín\s+nhiệm\s+)?(?:HĐND\s+|Hội\s+đồng\s+nhân\s+dân\s+)?"
              r"(?:tiếp\s+nhận\s+và\s+)?(?:bầu|bổ\s+nhiệm|điều\s+động|phân\s+công)\s+|tiếp\s+tục\s+)?(?:giữ\s+chức(?:\s+vụ)?|làm)\s+)")
TAKES_POST_BEFORE = re.compile(TAKES_POST + "$")
AGE = r"(?:,\s*\d{2}\s*tuổi\s*,?\s*)?"  # told between the name and the post: "X, 48 tuổi, được ..."
NAME_TO_TITLE = re.compile(rf"\s*(?:\([^()]{{0,40}}\)\s*)?{AGE}(?:[-,–(])?\s*(?:tân\s+|{TAKES_POST}"
                           rf"|nhận\s+chức\s+|nguyên\s+|{MILITARY_RANK},\s*)?")
# "X, Phó Chủ tịch HĐND tỉnh, giữ chức vụ Chủ tịch HĐND tỉnh": a second post taken by the holder of the first,
# also past the tail of the first's organisation ("Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công
# nghiệp được điều động giữ chức ...")
NEXT_POST = re.compile(rf"(?:\s+{TERM}[^,;:]*?|\s+và\s+các\s+[^,;:.]{{1,40}}?)?\s*,?\s*{TAKES_POST}")
# "phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh ... nhiệm kỳ 2016 - 2021 đối với: Ông A, ông B": the holders follow
HELD_BY = re.compile(rf"(?:,?\s+{TERM}[^,;:]*?)?\s*,?\s*đối\s+với\s*:?\s*")


# Where an organisation ends: the next clause break, a verb (the name follows it, if any), or
# 'kiêm' or 'làm' before a second office ('Phó Chủ tịch UBND tỉnh kiêm Phó Trưởng ban ...'), but not the
# 'làm' of a name ('Cục Việc làm', 'Trung tâm Dịch vụ việc làm'); a year ('Cụm trưởng Cụm thi đua số 3 năm
# 2025') or others' leaders ('... và lãnh đạo Sở VH,TT&DL các tỉnh') come after it.
_BREAK = re.compile(r"[;,:]\s|\s-\s|\s(?:kiêm|(?<![Vv]iệc\s)làm|về|tại|đã|cho|trong|khi|của|phụ trách|cho biết|phát biểu|nói|khẳng định|nhấn mạnh|đề nghị|báo cáo|trình bày|chủ trì|yêu cầu|kết luận|trao|cùng|được|thay"
                    r"|phê chuẩn|chúc mừng|tặng|ký|bổ nhiệm|miễn nhiệm|điều động|bầu(?! cử)|và các|và lãnh đạo|công bố|đọc|năm\s+(?:19|20)\d\d)\b")
# "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020-2025) giữ chức ...": the term, or the bracket
# the titles stood in, ends the organisation too
# "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội": a comma or a dash inside a name
# breaks no organisation
_COMMA_NAMES = re.compile("|".join(map(re.escape, _P["comma_names"])))


def _unbroken(text: str) -> str:
    """The text with the commas and dashes inside names blanked, offsets kept: where ``_BREAK`` ends an
    organisation."""
    return _COMMA_NAMES.sub(lambda m: re.sub(r"[,–-]", " ", m.group(0)), text)


AND_END = re.compile(r"\s+và$")
# "Phó Giám đốc Công an tỉnh điều hành ...": a province told by its noun alone, a lower-case word after
# it, closes the organisation (the verbs are too many to list in ``_BREAK``)
UNIT_END = re.compile(r"\s(?:tỉnh|thành\s+phố)(?=\s+(\w))")
_TERM = re.compile(rf"\s{TERM}")
_WORD = re.compile(r"\S+")
CONTEXT_WORDS = 8  # words of context either side: NER reads ±2 words, names hold at most 4


def _aside_close(text: str, start: int) -> int:
    """Where a bracket opened before ``start`` closes, else the end of the text."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return len(text)


def _ner_windows(text: str, titles: list[re.Match]) -> list[tuple[int, int]]:
    """Stretches of ``text`` where a name can belong to a title: a few words before the
    title ("NAME - title") to a few words past the clause its organisation runs in.
    NER is the slowest step; tagging these instead of the whole sentence halves it."""
    words = [m.span() for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    for t in titles:
        brk = _BREAK.search(text, t.end())
        right = brk.end() if brk else len(text)
        first = next(i for i, (_, e) in enumerate(words) if e > t.start())
        last = next((i for i, (s, _) in enumerate(words) if s >= right), len(words))
        a = words[max(0, first - CONTEXT_WORDS)][0]
        b = words[min(len(words), last + CONTEXT_WORDS) - 1][1]
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    return spans


def _ner_names(text: str, titles: list[re.Match]) -> list[tuple[int, int]]:
    out = []
    for a, b in _ner_windows(text, titles):
        out += [(a + x, a + y) for x, y in person_names(text[a:b])]
    return out


def _names(text: str, blocked: list[tuple[int, int]], titles: list[re.Match]) -> list[tuple[int, int]]:
    """Person-name spans; ``blocked`` are spans (provinces, agencies) a name cannot overlap."""
    _, name_rx, org_rx, _ = _rx()

    def ok(a: int, b: int) -> bool:
        words = text[a:b].split()
        longest = 5 if re.match(r"(?:Y|H['’])", words[0] if words else "") else 4
        # an acronym beside words in lower case is no part of a name ("Ban chỉ đạo IUU Quốc gia"); a name in
        # capitals is all capitals
        acronyms = {len(w) > 1 and w.isupper() for w in words}
        return (2 <= len(words) <= longest and all(w[0].isupper() and re.sub(r"['’]", "", w).isalpha() for w in words)
                and len(acronyms) == 1
                and not org_rx.match(text[a:b]) and not PLACE_BEFORE.search(text, max(0, a - 12), a)
                and not (UNIT_BEFORE.search(text, max(0, a - 12), a) and UNIT_NAME_ENDS.match(text, b)))

    def whole(a: int, b: int) -> int:
        """A name cut short, by NER or by the province cut off its front ("Hà Tĩnh Trần Báu Hà,"):
        the capitalised words right after it that no province or agency holds."""
        while (nxt := NEXT_WORD.match(text, b)) and nxt.group(1)[0].isupper() \
                and len(text[a:b].split()) < 4 and not any(x <= b + 1 < y for x, y in blocked):
            b = nxt.end()
        return b

    spans = []
    for a, b in _ner_names(text, titles):
        lead = HONORIFIC.match(text, a, b)  # NER may take a capitalised "Ông" into the name
        a = lead.end() if lead else a
        for x, y in blocked:  # NER may glue "Tiền Giang Nguyễn Văn Vĩnh" together
            if x <= a < y:
                a = y + len(text[y:b]) - len(text[y:b].lstrip())
        b = whole(a, b)
        # or the surname ("Ông Nguyễn Tăng Bính" read as "Tăng Bính"), a word at a time ("Mai Văn Huỳnh"
        # read as "Huỳnh": "Văn" is a surname too)
        while (surname := re.search(r"(?<!\S)(\S+) $", text[:a])) and not HONORIFIC.fullmatch(surname.group(0)) \
                and not any(x <= surname.start() < y for x, y in blocked) \
                and (full := name_rx.match(text, surname.start())) and full.end() >= b and len(text[a:b].split()) < 4:
            a = surname.start()
        if a < b and ok(a, b):
            spans.append((a, b))
    for m in name_rx.finditer(text):
        a, b = m.span()
        lead = HONORIFIC.match(text, a, b)  # "Ông" is a surname too, but not before another one
        a = lead.end() if lead and name_rx.match(text, lead.end()) else a
        # the character class of CAP also holds lower-case letters (À-Ỹ): cut at the first one
        for w in re.finditer(r"\S+", text[a:b]):
            if not w.group(0)[0].isupper():
                b = a + w.start() - 1
                break
        for x, y in blocked:
            if x <= a < y:
                a = y + len(text[y:b]) - len(text[y:b].lstrip())
                b = whole(a, b)
        if ok(a, b) and name_rx.match(text[a:b]) and not any(s < b and a < e for s, e in spans):
            spans.append((a, b))
    return sorted(spans)


def _expand(org: str) -> str:
    *_, abbrev = _rx()
    org = re.sub(r"\s*\([^)]{1,15}\)", "", org)  # "(TT&TT)" restates the name
    for short, long in sorted(abbrev.items(), key=lambda kv: -len(kv[0])):
        if org.startswith(short + " ") or org == short:
            org = long + org[len(short):]
            break
    return org.strip(" ,")


def _province_follows(text: str, pos: int, sent: Sentence) -> bool:
    unit = PROVINCE_UNIT.match(text, pos)
    # the gazetteer's entity takes the unit word in ("tỉnh Ninh Bình") or leaves it out
    return bool(unit) and any(e.start in (unit.start(1), unit.end()) for e in sent.ents("PROVINCE"))


def _next_name(names: list[tuple[int, int]], pos: int, default: int) -> int:
    """Where the first name after ``pos`` starts (``names`` in text order), else ``default``."""
    return next((a for a, _b in names if a > pos), default)


def extract_officials(sent: Sentence, ctx: DocContext) -> list[Official]:
    title_rx, _, org_rx, _ = _rx()
    text = sent.text
    # "Trưởng Đoàn Đại biểu Quốc hội": a title word inside the organisation a title names is no title
    # nor is one inside a body's name ("Ban Bí thư")
    found = list(title_rx.finditer(text))
    organs = [m.span() for m in ORGAN.finditer(text)]
    titles = [t for k, t in enumerate(found)
              if not (k and names_its_org(found[k - 1].group(0)) and t.start() - found[k - 1].end() <= 1)
              and not any(a < t.start() < b for a, b in organs)]
    if not titles:
        return []
    # "Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng": the late president's name is no holder's
    historical = [m.span() for m in HISTORICAL.finditer(text)]
    names = _names(text, [(e.start, e.end) for e in sent.entities if e.label in ("PROVINCE", "ORG")] + historical,
                   titles)
    unbroken = _unbroken(text)
    facts: list[Official] = []
    holder = None  # the last chain's (name span, end): a second post may be taken by the same person
    i = 0
    while i < len(titles):
        chain = []  # (title, org, start, end)
        pos = titles[i].start()
        j = i
        # a semicolon ends one guest's posts in a list of guests ("...; Phó Chủ tịch nước Võ Thị Ánh Xuân")
        while j < len(titles) and titles[j].start() - pos <= 2 and ";" not in text[pos:titles[j].start()]:
            t = titles[j]
            written = listed_title(t.group(0))
            org_end = t.end()
            short = _P["title_abbreviations"].get(written)
            ministry = MINISTER.search(written) and _ministries()[0].match(text, t.end())
            if short:  # "UVTW Đảng": title and organisation in one, up to a break or the name it stands before
                brk = _BREAK.search(text, t.end())
                org_end = min(brk.start() if brk else len(text), _next_name(names, t.end(), len(text)))
                chain.append((short["title"], short["organization"], t.start(), org_end))
            elif ministry:
                org_end = ministry.end()
                chain.append((written, _ministries()[1][ministry.group(0).strip()], t.start(), org_end))
            elif org_rx.match(text, t.end()) or names_its_org(written) or _province_follows(text, t.end(), sent):
                # the organisation runs to the next name, title, clause break or verb
                stop = _next_name(names, t.end(), len(text))
                # "Chủ tịch UBND tỉnh Long An nhận biểu trưng ...": the province closes the name
                stop = min([stop] + [e.end for e in sent.ents("PROVINCE") if e.start > t.end()][:1])
                nxt = titles[j + 1].start() if j + 1 < len(titles) else len(text)
                brk, term = _BREAK.search(unbroken, t.end()), _TERM.search(text, t.end())
                unit = next((u for u in UNIT_END.finditer(text, t.end()) if u.group(1).islower()), None)
                stop = min(stop, nxt, brk.start() if brk else len(text), term.start() if term else len(text),
                           unit.end() if unit else len(text), _aside_close(text, t.end()))
                # the sentence's full stop is not the name's; nor is the "và" before another's post ("Phó Chủ
                # tịch UBND tỉnh và Chủ tịch HHDL Việt Nam Vũ Thế Bình"): that post opens a chain of its own
                org_end = len(AND_END.sub("", text[:stop].rstrip(" .;:!?")))
            if not (short or ministry):
                org = text[t.end():org_end].strip(" ,")
                if names_its_org(written) and org:  # "Phó Trưởng Ban Tuyên giáo": of "Ban Tuyên giáo"
                    org = written.split()[-1].capitalize() + " " + org
                chain.append((_P["title_short_forms"].get(written, written), org, t.start(), org_end))
            pos = org_end
            # "X, Bí thư Tỉnh ủy làm Trưởng Ban"; "nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch Quốc hội"
            m = re.match(r"\s*,\s*(?:nguyên\s+)?|\s+(?:kiêm|làm)\s+|\s+", text[pos:])
            if m:
                pos += m.end()
            j += 1
        i = j
        start, end = chain[0][2], chain[-1][3]
        # the name right after the chain, or after a comma and an honorific ("..., ông Lâm Đình Thắng")
        afters = {re.match(r"\s*", text[end:]).end() + end}
        listed = LISTED_AFTER.match(text, end)
        m = HONORIFIC_AFTER.match(text, end) or listed
        if m:
            afters.add(m.end())
        held = HELD_BY.match(text, end)
        if held:
            honorific = HONORIFIC.match(text, held.end())
            afters |= {held.end(), honorific.end() if honorific else held.end()}
        name_span = next(((a, b) for a, b in names if a in afters), None)
        listed_before: list[tuple[int, int]] = []
        plural = bool(name_span) and bool(held or PLURAL.search(text, 0, start))
        if name_span:
            end = name_span[1]
        else:  # "Nguyễn Trung Hiếu - Phó Giám đốc ...": the name stands before the title
            name_span = next(((a, b) for a, b in names
                              if b <= start and NAME_TO_TITLE.fullmatch(text, b, start)), None)
            if name_span:
                start = name_span[0]
                # "Bà A, ông B và bà C được bầu giữ chức Phó Bí thư": all of them take the post
                while TAKES_POST_BEFORE.search(text, name_span[1], chain[0][2]) and (earlier := next(
                        ((a, b) for a, b in names if NEXT_HOLDER.fullmatch(text, b, start)), None)):
                    listed_before.insert(0, earlier)
                    start = earlier[0]
            elif holder and NEXT_POST.fullmatch(text, holder[1], start):
                name_span, start = holder[0], holder[0][0]
        if not name_span and (m := APPOSED_AFTER.match(text, end)):
            name_span = next(((a, b) for a, b in names if a == m.end() and re.match(r"\s*,", text[b:])), None)
            end = name_span[1] if name_span else end
        if not name_span:
            continue
        holders = listed_before + [name_span]
        # "các Phó Bí thư chuyên trách Đảng ủy UBND tỉnh: Bùi Văn Trường và Đỗ Thị Ngọc Ánh"; after a colon
        # each may bear a post of their own ("các Ủy viên Trung ương Đảng: A, Bộ trưởng Bộ Tư pháp; B, ...")
        if plural:
            for a, b in names:
                gap = text[holders[-1][1]:a]
                if a > holders[-1][1] and (NEXT_HOLDER.fullmatch(gap) or listed and NEXT_LISTED.fullmatch(gap)):
                    holders.append((a, b))
        holder = (name_span, end)
        for a, b in holders:
            name, end = text[a:b], max(end, b)
            for title, org, _s, _e in chain:
                organization = _expand(org) or None
                national = bool(organization) and organization.startswith(("Bộ ", "Chính phủ", "Quốc hội", "Văn phòng Chính phủ", "Ban Chấp hành Trung ương"))
                facts.append(Official(doc=ctx.doc_name, text=text[start:end], start=sent.start + start,
                                      end=sent.start + end, sentence=text,
                                      province=NATIONAL if national else None, name=name,
                                      title=title[0].upper() + title[1:], organization=organization))
    # "đối với: Ông A, ông B và ông C, Phó Chủ tịch ...": C's post is read from both sides, told once
    seen: set[tuple] = set()
    return [f for f in facts if (k := (f.name, f.title, f.organization)) not in seen and not seen.add(k)]
