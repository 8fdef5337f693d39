"""Check a round's gold.jsonl against its texts/: JSON, required fields and the kind of value each holds
(a comparator where SCHEMA.md wants one, a year as an int), text inside sentence, sentence in the file.
Usage: python eval/check_gold.py eval/round33"""
import json, re, sys, unicodedata
from pathlib import Path

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
FIELDS = {
    "target": ["indicator", "value", "unit", "comparator", "deadline", "category"],
    "metric": ["indicator", "value", "unit", "comparator", "denominator", "as_of"],
    "ranking": ["index", "component", "year", "rank", "total", "score"],
    "date": ["value", "granularity", "role"],
    "legal_ref": ["doc_type", "number", "issued", "issuer"],
    "official": ["name", "title", "organization"],
}
COMPARATORS = {"=", ">=", "<=", ">", "<", "~", "top"}
ISO = r"\d{4}(?:-\d\d){0,2}"


def is_int(v): return type(v) is int
def is_number(v): return isinstance(v, (int, float))
def is_iso(v): return bool(re.fullmatch(ISO, str(v)))
def or_null(kind): return lambda v: v is None or kind(v)


# field -> what SCHEMA.md allows in it
KINDS = {
    "comparator": lambda v: v in COMPARATORS,
    "deadline": or_null(is_int), "year": or_null(is_int), "rank": or_null(is_int), "total": or_null(is_int),
    "score": or_null(is_number), "denominator": or_null(is_number),
    "granularity": lambda v: v in ("day", "month", "year"),
    "role": lambda v: v in ("published", "mentioned"),
    # a period ("2021-2025") too: POLICY.md leaves the as_of of a value told for a period open
    "as_of": or_null(lambda v: bool(re.fullmatch(rf"{ISO}|\d{{4}}-\d{{4}}", str(v)))),
    "issued": or_null(is_iso),
}
# "value" means a number in targets and metrics, an ISO date in dates
def _same_kind(a, b):
    """Two characters of one word or number ("tăng12,42%" as printed runs a word into a number)."""
    return bool(a and b) and (a.isdigit() and b.isdigit() or a.isalpha() and b.isalpha())


VALUE_KINDS = {"target": or_null(is_number), "metric": is_number, "date": is_iso}
bad = 0
counts = {}
for n, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    try:
        g = json.loads(line)
    except ValueError as e:
        print(f"line {n}: bad JSON: {e}"); bad += 1; continue
    for k in ["doc", "type", "text", "sentence", "province"] + FIELDS.get(g.get("type"), ["?"]):
        if k not in g:
            print(f"line {n}: missing {k}"); bad += 1
    for k in FIELDS.get(g.get("type"), []):
        ok = VALUE_KINDS.get(g["type"], lambda v: True) if k == "value" else KINDS.get(k, lambda v: True)
        if k in g and not ok(g[k]):
            print(f"line {n}: {k} holds {g[k]!r}, not what SCHEMA.md wants there"); bad += 1
    path = HERE / "texts" / str(g.get("doc"))
    if not path.is_file():
        print(f"line {n}: no text file {path.name}"); bad += 1; continue
    body = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    s, t = g.get("sentence", ""), g.get("text", "")
    if unicodedata.normalize("NFC", s) != s or unicodedata.normalize("NFC", t) != t:
        print(f"line {n}: not NFC"); bad += 1
    if t not in s:
        print(f"line {n}: text not in sentence: {t!r}"); bad += 1
    if s not in body:
        print(f"line {n}: sentence not in {path.name}: {s[:60]!r}"); bad += 1
    start, end = g.get("start"), g.get("end")
    if start is not None and end is not None:
        # offsets found by searching the text can land on an earlier copy inside a longer word
        # or number ("7,5 km2" inside "17,5 km2")
        if body[start:end] != t:
            print(f"line {n}: offsets {start}-{end} do not give the text {t!r}"); bad += 1
        elif (start > 0 and _same_kind(body[start - 1], t[:1])) or (
                end < len(body) and _same_kind(t[-1:], body[end])):
            print(f"line {n}: offsets {start}-{end} cut a word or number: {body[max(0, start - 5):end + 5]!r}"); bad += 1
        elif not any(i <= start and end <= i + len(s) for i in
                     (m.start() for m in re.finditer(re.escape(s), body))):
            print(f"line {n}: offsets {start}-{end} fall outside the sentence"); bad += 1
    counts[g.get("type")] = counts.get(g.get("type"), 0) + 1
print("facts per type:", counts, "total", sum(counts.values()))
print("problems:", bad)
sys.exit(1 if bad else 0)
