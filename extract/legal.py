"""Legal and party documents: "Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018",
"Nghị quyết 8 của Tỉnh ủy", "Nghị quyết số 02-NQ/TU ngày 26.1.2021 của Tỉnh uỷ".

Only numbered references are facts: "Nghị quyết của Ban Thường vụ" without a
number cannot be told apart from any other resolution.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from extract.context import NATIONAL, DocContext, Sentence
from extract.dates import parse_dates
from extract.records import LegalRef

_DATA = json.loads((Path(__file__).parent / "patterns" / "legal.json").read_text("utf-8"))
NATIONAL_ISSUERS = {"Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
                    "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư",
                    "Bộ Thông tin và Truyền thông", "Bộ Nội vụ"}


@lru_cache(maxsize=1)
def _regexes():
    types = "|".join(sorted(map(re.escape, _DATA["doc_types"]), key=len, reverse=True))
    # number: 28/2018/QĐ-TTg | 02-NQ/TU | 749 | 17/CT-TTg | 202/2025/QH15
    number = r"\d+(?:[/-][\wĐđ&]+)*(?:/\d{4}/[\wĐđ&-]+)?"
    ref = re.compile(rf"(?P<type>{types})\s+(?:số\s+)?(?P<num>{number})(?![\w/])")
    phrases = {k: v for k, v in _DATA["issuer_phrases"].items() if not k.startswith("_")}
    issuer = re.compile(r"^,?\s*(?:ngày\s+\S+\s+)?(?:của|do)\s+("
                        + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) + r")")
    codes = [(re.compile(rf"(?:^|[/-]){c}$"), who) for c, who in _DATA["code_issuers"]]
    return ref, issuer, phrases, codes


def extract_legal(sent: Sentence, ctx: DocContext) -> list[LegalRef]:
    ref_re, issuer_re, phrases, codes = _regexes()
    facts = []
    for m in ref_re.finditer(sent.text):
        num = re.sub(r"\s+", "", m.group("num"))
        if re.fullmatch(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?", num) and m.group("type") != "Luật":
            continue  # "Kế hoạch 2025" is a year, not a number
        end = m.end()
        issued = None
        tail = sent.text[end:end + 40]
        dm = re.match(r"\s*,?\s*ngày\s+", tail)
        if dm:
            for s, e, value, gran in parse_dates(tail, ctx.published):
                if s <= dm.end() + 6 and gran == "day":
                    issued, end = value, end + e
                    break
        issuer = None
        for rx, who in codes:
            if rx.search(num):
                issuer = who
                break
        im = issuer_re.match(sent.text[end:])
        if im:
            issuer = phrases[im.group(1)]
            end = end + im.end()
        province = NATIONAL if issuer in NATIONAL_ISSUERS else None
        facts.append(LegalRef(doc=ctx.doc_name, text=sent.text[m.start():end],
                              start=sent.start + m.start(), end=sent.start + end,
                              sentence=sent.text, province=province, doc_type=m.group("type"),
                              number=num, issued=issued, issuer=issuer))
    return facts
