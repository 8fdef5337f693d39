"""Legal and party documents: "Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018",
"Nghị quyết 8 của Tỉnh ủy", "Nghị quyết số 02-NQ/TU ngày 26.1.2021 của Tỉnh uỷ".

Only numbered references are facts: "Nghị quyết của Ban Thường vụ" without a
number cannot be told apart from any other resolution.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from extract.context import NATIONAL, DocContext, Sentence
from extract.dates import parse_dates
from extract.records import Fact, LegalRef

_DATA = json.loads((Path(__file__).parent / "patterns" / "legal.json").read_text("utf-8"))
DOC_TYPES: tuple[str, ...] = tuple(_DATA["doc_types"])
# "nghị quyết" as written any case -> "Nghị quyết"; "Chương trình hành động" is a "Chương trình"
TYPE_BY_KEY = {t.lower(): _DATA["type_of"].get(t, t) for t in DOC_TYPES}
NATIONAL_ISSUERS = {"Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
                    "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư",
                    "Bộ Thông tin và Truyền thông", "Bộ Nội vụ"}


@lru_cache(maxsize=1)
def _regexes():
    # mid-sentence citations are often lower-case ("nghị quyết 04"), some pages capitalise each word
    # ("Nghị Quyết số 22/NQ-TU"): either case for the first letter of each word
    types = "|".join(r"\s".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in t.split())
                     for t in sorted(DOC_TYPES, key=len, reverse=True))
    # number: 28/2018/QĐ-TTg | 02-NQ/TU | 749 | 17/CT-TTg | 202/2025/QH15 | 36a/NQ-CP
    # the council's term may follow the code, spaced, before the date: "44/NQ-HĐND 18 ngày 12 ..."
    # a space may follow the dash or slash before a code: "57- NQ/TW", "164/TTr- SKHCN"
    # a space may stand for the slash before a code: "số 1492 KH-UBND"; the legislature may follow QH spaced: "QH 15"
    # a spaced dash may stand before the issuer's code: "số 715/QĐ – UBND", "282/NQ -CP", or before the code: "57 - NQ/TW", "305 -KH/TU"
    number = r"\d+(?:[a-z](?=[/-]))?(?:(?:[/-](?:\s(?=[A-ZĐ]))?|(?<=\d)\s[-–]\s?(?=[A-ZĐ]{2,}[-/][A-ZĐ])|\s(?=[A-ZĐ]{2,}[-/][A-ZĐ])|(?<=[A-ZĐ])\s[-–]\s?(?=[A-ZĐ]{2,}(?![\w/-])))[\wĐđ&]+)*(?:/\d{4}/[\wĐđ&-]+(?:/[\wĐđ&-]+)?)?(?:(?<=QH)\s\d{2}(?![\d/.,])|\s\d{1,2}(?=\s+ngày\s))?"
    # a space lost between number and word is a common typo: "Quyết định số 749của Thủ tướng"
    end = r"(?:(?![\w/])|(?<=\d)(?=(?:của|ngày|về|do)\s))"
    # "Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN": a colon may follow "số", a joint code its slash;
    # a word or two may name the kind before "số": "Báo cáo thẩm định số 18/BCTĐ-STP"; a name, capitalised, up to
    # nine words: "Luật Sử dụng năng lượng tiết kiệm và hiệu quả số 50/2010/QH12"
    ref = re.compile(rf"(?P<type>{types})(?:(?:\s+[A-ZĐ][^\W\d_]*(?:\s+(?!số\b)[^\W\d_]+){{0,8}}|(?:\s+(?!số\b)[^\W\d_]+){{1,2}})"
                     rf"\s+số\s*:?\s*(?=\d)|\s+(?:số\s*:?\s*(?=\d))?)"
                     rf"(?P<num>{number}){end}")
    # "các Nghị quyết số 18-NQ/TW, số 19-NQ/TW và số 27-NQ/TW": each listed number is a reference
    more = re.compile(rf"(?:\s*,\s*|\s+và\s+)(?P<so>số)\s+(?P<num>{number}){end}")
    # "các Nghị quyết của Hội đồng nhân dân tỉnh: số 66/NQ-HĐND ngày ... về ...; số 05/NQ-HĐND ...": a
    # list of one kind, each item opening on "số" after the colon or a semicolon
    listed = re.compile(rf"\b[Cc]ác\s+(?P<type>{types})(?:\s+(?:của|do)\s+[^:;.]{{3,80}})?\s*:\s*")
    item = re.compile(rf"(?:(?<=:\s)|(?<=;\s)|(?<=;))(?P<so>số)\s+(?P<num>{number}){end}")
    phrases = {k: v for k, v in _DATA["issuer_phrases"].items() if not k.startswith("_")}
    issuer = re.compile(r"^,?\s*(?:ngày\s+\S+\s+)?(?:của|do)\s+("
                        + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) + r")")
    codes = [(re.compile(rf"(?:^|[/-]){c}$"), who) for c, who in _DATA["code_issuers"]]
    # "Số: 186/KH-UBND", as a table row too: "Số: 102/KH-UBND | Tuyên Quang, ngày 16 tháng 6 năm
    # 2021 |", and a legal-text site's metadata row "| Số hiệu | 18/KH-UBND |" (its cells may have lost
    # their bars: "Số hiệu 1930/QĐ-UBND"), or its line of labels: "Số hiệu: 30/KH-UBND Loại văn bản: Kế hoạch"
    header = re.compile(rf"(?:\|\s*)?Số(?:\s*:|\s+hiệu\s*[|:]?)\s*(?P<num>{number})\s*(?P<row>(?:\||Loại\s+văn\s+bản\b).*)?")
    return ref, (more, listed, item), issuer, phrases, codes, header


DATE_ASIDE = re.compile(r"\s*\(\s*(?:ban hành\s+)?ngày\s*(?P<date>[^()]{4,20})\)")
# the date line under a document's header: "Bắc Ninh, ngày 29 tháng 12 năm 2025"
HEADER_DATE = re.compile(r"\s*[^\n,\d]{2,40},\s*(?=ngày\s+\d)")
HEADER_CODE = re.compile(r"\d+\w?(?:/\d{4})?[/-](?P<code>[^\W\d_]+)")


# a title set in capitals ("THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025 CỦA CHÍNH PHỦ") is read with its
# words in lower case, and its codes in their usual casing ("10-CTR/TU" is 10-CTr/TU)
CAPS_CITATION = re.compile(rf"(?:{'|'.join(t.upper() for t in DOC_TYPES)})\s+(?:SỐ\s+)?\d")
CAPS_WORD = re.compile(r"(?<![\w/-])[^\W\d_]{2,}(?![\w/-])")
CODE_CASE = {c.upper(): c for c in _DATA["code_types"]} | {"TTG": "TTg"}


def _caps_lowered(sent: Sentence) -> Sentence:
    if not CAPS_CITATION.search(sent.text):
        return sent
    text = CAPS_WORD.sub(lambda m: m.group(0).lower() if m.group(0).isupper() else m.group(0), sent.text)
    return replace(sent, text=text) if len(text) == len(sent.text) else sent


# "Ngày 27/02/2006, Chủ tịch UBND huyện ban hành Quyết định số 39/...": the date before the verb
ISSUED_BEFORE = re.compile(r"(?:ban hành|ký|phê duyệt|thông qua)\s+$")
YEAR_AFTER = re.compile(r"\s+năm\s+((?:19|20)\d\d)(?!\d)")
# "kế hoạch 05 năm" is a span of time, not "Nghị quyết 57 năm 2025"
NOT_A_NUMBER_AFTER = re.compile(r"\s+(?:năm(?!\s+(?:19|20)\d\d(?!\d))|tháng|ngày(?!\s+\d)|tỷ|tỉ|triệu|%)")
# "nghị quyết 04 ... đã được ban hành vào tháng 3-2018", "Nghị quyết số 72-NQ/TW về một số giải pháp ...
# được Bộ Chính trị ban hành ngày 9/9/2025", "Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ phê duyệt
# ngày 24-11-2021": the issue date stated later on, no other document between
ISSUED_LATER = re.compile(r"(?:(?!(?i:quyết định|nghị quyết|nghị định|chỉ thị|kế hoạch|thông tư|luật)\b)[^.;]){0,160}?"
                          r"\b(?:ban hành|phê duyệt|ký)\s+(?:vào\s+)?(?=ngày|tháng)")


# "Ngày 2/6/2022, Phó Thủ tướng ... đã ký các quyết định công nhận ...": documents signed together,
# listed by number in the sentences after
SIGNED_TOGETHER = re.compile(r"(?P<verb>ban hành|ký)\s+(?:các|những|\d+)\s+(?P<type>quyết định|nghị quyết|kế hoạch|chỉ thị)\b(?!\s+số)")

LISTED_LEAD = re.compile(r"(?:[-+•*]\s*|(?:Cụ thể|Theo đó|Trong đó)\s*,\s*)?")


def _signed_together(sent: Sentence, ctx: DocContext) -> None:
    m = SIGNED_TOGETHER.search(sent.text)
    day = m and _issued_before(sent.text, m.end("verb") + 1, ctx.published)
    if day:
        ctx.memory["signed_together"] = (m.group("type"), day, sent.index)


def _signed_with(doc_type: str, sent: Sentence, start: int, ctx: DocContext) -> str | None:
    """The day of a batch of documents of this type signed in the sentence before, or earlier in
    the run of sentences listing them, each opening on one ("Cụ thể, Quyết định số 668/QĐ-TTg ...")."""
    batch = ctx.memory.get("signed_together")
    if not batch or batch[0] != doc_type.lower() or batch[2] < sent.index - 1 or not LISTED_LEAD.fullmatch(sent.text[:start]):
        return None
    ctx.memory["signed_together"] = (batch[0], batch[1], sent.index)
    return batch[1]


def _issued_before(text: str, start: int, published: str | None) -> str | None:
    clause = text[:start]
    if not ISSUED_BEFORE.search(clause):
        return None
    for s, e, value, gran in reversed(parse_dates(clause, published)):
        if gran == "day" and not re.search(r"[.;]", clause[e:]):
            return value
    return None


def _header(sent: Sentence, ctx: DocContext, header_re) -> tuple[str, str, str | None, int] | None:
    """A document's own header ("Số: 186/KH-UBND" on its line): type from the code, date
    from the line below, else the page's own date line ("Tiền Giang, ngày 08 tháng 10 năm
    2019" or "08/10/2019" on a legal-text site), if it gives a day."""
    m = header_re.fullmatch(sent.text)
    code = HEADER_CODE.match(m.group("num")) if m else None
    doc_type = _DATA["code_types"].get(code.group("code")) if code else None
    if not doc_type:
        return None
    in_row = [value for _, _, value, gran in parse_dates(m.group("row") or "", ctx.published) if gran == "day"]
    below = HEADER_DATE.match(ctx.text, sent.end)
    found = parse_dates(ctx.text[below.end():below.end() + 30], ctx.published) if below else []
    issued = found[0][2] if found and found[0][0] == 0 and found[0][3] == "day" else None
    published = ctx.published if ctx.published and len(ctx.published) == 10 else None
    # the row's other cells (its date) are no part of the reference
    end = len(sent.text[:m.start("row")].rstrip()) if m.group("row") else len(sent.text.rstrip())
    return doc_type, m.group("num"), in_row[0] if in_row else issued or published, end


def _code_issuer(num: str, codes) -> str | None:
    """The issuer a document number's code names ("QĐ-TTg": Thủ tướng Chính phủ); first match wins."""
    return next((who for rx, who in codes if rx.search(num)), None)


def _doc_type(written: str) -> str:
    return TYPE_BY_KEY[" ".join(written.lower().split())]


def _refs(sent: Sentence, ref_re, list_res):
    """(doc type, type as written, number, start, number end) of every reference, list continuations included."""
    more_re, listed_re, item_re = list_res
    for m in ref_re.finditer(sent.text):
        written = m.group("type")
        doc_type = _doc_type(written)
        yield doc_type, written, m.group("num"), m.start(), m.end()
        pos = m.end()
        while (mm := more_re.match(sent.text, pos)):
            yield doc_type, written, mm.group("num"), mm.start("so"), mm.end()
            pos = mm.end()
    for m in listed_re.finditer(sent.text):
        written = m.group("type")
        for mm in item_re.finditer(sent.text, m.end()):
            yield _doc_type(written), written, mm.group("num"), mm.start("so"), mm.end()


def extract_legal(sent: Sentence, ctx: DocContext) -> list[LegalRef]:
    ref_re, list_res, issuer_re, phrases, codes, header_re = _regexes()
    facts = []
    _signed_together(sent, ctx)
    own = _header(sent, ctx, header_re)
    if own:
        doc_type, num, issued, end = own
        issuer = _code_issuer(num, codes)
        ctx.memory.setdefault("legal_refs", {})[(doc_type, num)] = (issued, issuer)
        province = NATIONAL if issuer in NATIONAL_ISSUERS else None
        facts.append(LegalRef(doc=ctx.doc_name, text=sent.text[:end], start=sent.start, end=sent.start + end,
                              sentence=sent.text, province=province, doc_type=doc_type,
                              number=num, issued=issued, issuer=issuer))
    capitals, sent = sent, _caps_lowered(sent)
    for doc_type, written, raw_num, start, end in _refs(sent, ref_re, list_res):
        # "1492 KH-UBND" is 1492/KH-UBND; "QD-UBND" and "ND-CP" typed without the bar are QĐ and NĐ
        num = re.sub(r"\s+", "", re.sub(r"^(\d+[a-z]?)\s+(?=[A-ZĐ])", r"\1/", raw_num)).replace("–", "-")
        num = re.sub(r"(?<![\wĐđ])(Q|N)D(?=-)", r"\1Đ", num)
        if sent is not capitals:
            num = re.sub(r"[^\W\d_]+", lambda m: CODE_CASE.get(m.group(0), m.group(0)), num)
        if re.fullmatch(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?", num) and doc_type != "Luật":
            continue  # "Kế hoạch 2025" is a year, not a number
        if num.isdigit() and NOT_A_NUMBER_AFTER.match(sent.text, end):
            continue  # "kế hoạch 05 năm" is a span of time
        if num.isdigit() and written[0].islower() and written not in _DATA["lower_bare"]:
            continue  # "thông báo 2 trường hợp" counts; only some types cite by a bare number
        cited = sent.text.startswith("số", start + len(written) + 1)
        if num.isdigit() and doc_type in _DATA["named_by_number"] and not cited:
            continue  # "Đề án 06" is the project's name, not a citation of a document
        issued = None
        tail = sent.text[end:end + 40]
        dm = re.match(r"\s*,?\s*ngày(?:\s+|(?=\d))", tail)  # "ngày10/12/2021": a typo that drops the space
        if dm:
            for s, e, value, gran in parse_dates(tail, ctx.published):
                if s <= dm.end() + 6 and gran == "day":
                    issued, end = value, end + e
                    break
        # "Kế hoạch 186/KH-UBND năm 2025": a title names the year of issue; after a bare number the year
        # is as often the year of the work done under it ("thực hiện Nghị quyết 57 năm 2025")
        year = YEAR_AFTER.match(tail) if issued is None and not num.isdigit() else None
        if year:
            issued, end = year.group(1), end + year.end()
        # "Nghị quyết số 72-NQ/TW (ngày 9-9-2025) của Bộ Chính trị": the date an aside, the citation
        # ends before it and its issuer follows it
        aside = DATE_ASIDE.match(tail) if issued is None else None
        aside_dates = aside and parse_dates(aside.group("date"), ctx.published)
        if aside_dates and aside_dates[0][0] == 0 and aside_dates[0][3] == "day":
            issued = aside_dates[0][2]
        issuer_from = end + aside.end() if aside_dates else end
        if issued is None:
            issued = _issued_before(sent.text, start, ctx.published) or _signed_with(doc_type, sent, start, ctx)
        later = ISSUED_LATER.match(sent.text, end) if issued is None else None
        if later:
            found = parse_dates(sent.text[later.end():later.end() + 25], ctx.published)
            issued = found[0][2] if found and found[0][0] == 0 else None
        issuer = _code_issuer(num, codes)
        im = issuer_re.match(sent.text[issuer_from:])
        if im:
            issuer = phrases[im.group(1)]
            if issuer_from == end:  # an issuer after a bracketed date stays outside the citation
                end += im.end()
        # "tăng 3,28% so với Nghị quyết số 76-NQ/TU": a document cited again is the one cited before
        known = ctx.memory.setdefault("legal_refs", {})
        earlier = known.get((doc_type, num))
        if earlier and not num.isdigit():
            issued, issuer = issued or earlier[0], issuer or earlier[1]
        known[(doc_type, num)] = (issued, issuer)
        province = NATIONAL if issuer in NATIONAL_ISSUERS else None
        facts.append(LegalRef(doc=ctx.doc_name, text=sent.text[start:end],
                              start=sent.start + start, end=sent.start + end,
                              sentence=sent.text, province=province, doc_type=doc_type,
                              number=num, issued=issued, issuer=issuer))
    return facts


def carry_issue_dates_back(facts: list[Fact]) -> None:
    """A document cited before the citation that dates it ("Kế hoạch 283/KH-UBND năm 2025 thực hiện
    Nghị quyết 71/NQ-CP" in a headline, "Nghị quyết số 71/NQ-CP ngày 01/4/2025" in the body) is the
    same document: its ``issued`` is the date the text gives it, wherever. A year a title gives
    ("năm 2025") stays the title's. A document cited by its bare number ("Nghị quyết 72") is the one
    the text dates by that bare number ("đã ký ban hành Nghị quyết số 72 ... ngày 9/9/2025"), else the
    one full citation of its type that number opens ("Nghị quyết số 72-NQ/TW ... ban hành ngày 9/9/2025")."""
    refs = [f for f in facts if f.type == "legal_ref"]
    dated = {}
    for f in sorted(refs, key=lambda f: f.issuer is None):  # one that names the issuer too, if any
        if f.issued and len(f.issued) == 10:
            dated.setdefault((f.doc_type, f.number), f)
    for f in refs:
        known = dated.get((f.doc_type, f.number))
        if known is None and f.number.isdigit():
            opened = [k for k in dated if k[0] == f.doc_type and re.match(rf"{f.number}[-/]", k[1])]
            known = dated[opened[0]] if len(opened) == 1 else None
        if known and f.issued is None:
            f.issued, f.issuer = known.issued, f.issuer or known.issuer
