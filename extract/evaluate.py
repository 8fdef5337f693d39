"""Score extracted facts against gold annotations.

Gold lines are fact dicts (SCHEMA fields) with ``doc`` (matched on its base
name), ``type``, ``text`` and the key fields below; ``start``/``end`` and
``sentence`` are optional, so gold survives changes in text cleaning.

A predicted fact matches a gold fact when: same doc base name, same type, the
key fields are equal (numbers compared with a small tolerance, strings by
:func:`extract.normalize.match_key`), and the spans overlap — by offsets when
both carry them, else one ``text`` contains the other (and, when gold gives a
sentence, the sentences agree).  Matching is one-to-one, greedy in gold order.

Key fields per type (the values a user of the data relies on):
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from extract import pillars
from extract.normalize import match_key
from extract.numbers import unit_name
from extract.titles import canonical_title
from extract.provinces import resolve_province
from extract.records import Fact

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "target": ("value", "comparator", "deadline", "category"),
    "metric": ("value", "denominator"),
    "ranking": ("index", "component", "year", "rank", "total", "score", "province"),
    "date": ("value", "role"),
    "legal_ref": ("doc_type", "number", "issued"),
    "official": ("name", "title"),
}
__doc__ += "\n".join(f"    {t}: {', '.join(f)}" for t, f in KEY_FIELDS.items())
# Fields a match does not depend on, checked on the facts that matched: a gold set may leave them out
AGREEMENT_FIELDS = ("province", "unit", "as_of", "indicator")
# An indicator is a phrase the annotator words freely ("số lao động sang Nhật Bản" for "24.358 người
# sang Nhật Bản"), so it agrees when half its words are shared (Dice over syllables, tones folded)
INDICATOR_OVERLAP = 0.5


def base(doc: str) -> str:
    return os.path.basename(str(doc).rstrip("/"))


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    if isinstance(a, str) and isinstance(b, str):
        return match_key(a) == match_key(b)
    return a == b


def _overlap(g: dict, p: dict) -> bool:
    if g.get("start") is not None and g.get("end") is not None:
        return g["start"] < p["end"] and p["start"] < g["end"]
    if g.get("sentence") and p.get("sentence"):
        gs, ps = match_key(g["sentence"]), match_key(p["sentence"])
        if gs not in ps and ps not in gs:  # cleaning may trim a lead-in such as "(BTN) -"
            return False
    gt, pt = match_key(g.get("text", "")), match_key(p.get("text", ""))
    if not (gt and pt):
        return False
    if gt in pt or pt in gt:
        return True
    # no offsets in the gold: place both spans in the predicted sentence and compare there
    ps = match_key(p.get("sentence") or "")
    gi, pi = ps.find(gt), ps.find(pt)
    return gi >= 0 and pi >= 0 and gi < pi + len(pt) and pi < gi + len(gt)


def _key_value(fact: dict, key: str) -> Any:
    """A pillar is compared by its registry name: gold may spell out "ứng dụng công nghệ
    thông tin" where the extractor writes the ICT Index's "Ứng dụng CNTT"; a title by the one it
    stands for ("Ủy viên Ban Chấp hành Trung ương Đảng" is "Ủy viên Trung ương Đảng"); a document number
    without the spaces a page may print in it."""
    value = fact.get(key)
    if key == "component" and isinstance(value, str):
        return pillars.canonical(fact.get("index"), value)
    if key == "title" and isinstance(value, str):
        return canonical_title(value)
    if key == "number" and isinstance(value, str):
        return "".join(value.split())  # "57- NQ/TW" as printed is the document 57-NQ/TW
    return value


def matches(g: dict, p: dict) -> bool:
    return (base(g["doc"]) == base(p["doc"]) and g["type"] == p["type"]
            and all(_eq(_key_value(g, k), _key_value(p, k)) for k in KEY_FIELDS.get(g["type"], ()))
            and _overlap(g, p))


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[dict] = field(default_factory=list)
    false_hits: list[dict] = field(default_factory=list)
    checked: Counter = field(default_factory=Counter)  # per agreement field, matches where gold gives it
    off: dict[str, list[tuple[dict, dict]]] = field(default_factory=dict)  # per field: (gold, predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def differing(g: dict, p: dict) -> list[str]:
    """The key fields on which a prediction disagrees with a gold fact."""
    return [k for k in KEY_FIELDS.get(g["type"], ()) if not _eq(_key_value(g, k), _key_value(p, k))]


def near_misses(score: "TypeScore") -> list[tuple[dict, dict, list[str]]]:
    """Misses that were found, but read wrong: each paired with an unmatched prediction of the
    same type over the same span, and the fields they disagree on. Tells "not seen" from
    "seen, one field off" (often the year an article leaves unsaid)."""
    out, used = [], set()
    for g in score.misses:
        for i, p in enumerate(score.false_hits):
            if i not in used and base(g["doc"]) == base(p["doc"]) and _overlap(g, p):
                used.add(i)
                out.append((g, p, differing(g, p)))
                break
    return out


@dataclass
class Report:
    by_type: dict[str, TypeScore]

    def field_errors(self) -> Counter:
        """How often each field was the one off, over all near misses (``type.field``)."""
        counts: Counter = Counter()
        for name, s in self.by_type.items():
            for _, _, fields in near_misses(s):
                counts.update(f"{name}.{f}" for f in fields)
        return counts

    @property
    def overall(self) -> TypeScore:
        s = TypeScore()
        for t in self.by_type.values():
            s.tp, s.fp, s.fn = s.tp + t.tp, s.fp + t.fp, s.fn + t.fn
        return s

    def to_text(self, show_errors: bool = True) -> str:
        lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for name, s in sorted(self.by_type.items()) + [("ALL", self.overall)]:
            lines.append(f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
        for key in AGREEMENT_FIELDS:
            checked = {n: (s.checked[key], s.checked[key] - len(s.off.get(key, [])))
                       for n, s in sorted(self.by_type.items()) if s.checked[key]}
            if checked:
                lines.append(f"{key} of matched facts: {sum(a for _, a in checked.values())}/"
                             f"{sum(c for c, _ in checked.values())} agree ("
                             + ", ".join(f"{n} {a}/{c}" for n, (c, a) in checked.items()) + ")")
        errors = self.field_errors()
        if errors:
            lines.append("near misses (span found, field off): "
                         + ", ".join(f"{k} {n}" for k, n in errors.most_common()))
        if show_errors:
            for name, s in sorted(self.by_type.items()):
                for m in s.misses:
                    lines.append(f"MISS  {name} {base(m['doc'])}: {m.get('text')!r} "
                                 + json.dumps({k: m.get(k) for k in KEY_FIELDS[name]}, ensure_ascii=False))
                for f in s.false_hits:
                    lines.append(f"FALSE {name} {base(f['doc'])}: {f.get('text')!r} "
                                 + json.dumps({k: f.get(k) for k in KEY_FIELDS[name]}, ensure_ascii=False))
                for key in AGREEMENT_FIELDS:
                    for g, p in s.off.get(key, []):
                        lines.append(f"{key.upper()} {name} {base(g['doc'])}: {g.get('text')!r} "
                                     f"gold {g.get(key)!r}, found {p.get(key)!r}")
        return "\n".join(lines)


def _as_dict(f: Fact | dict) -> dict:
    return f.to_dict() if isinstance(f, Fact) else dict(f)


def evaluate(gold: Iterable[dict], predicted: Iterable[Fact | dict], types: Iterable[str] | None = None) -> Report:
    """Per-type precision/recall/F1 with misses and false hits listed.

    Predictions for documents absent from the gold set are ignored (not scored).
    """
    gold = [dict(g) for g in gold]
    pred = [_as_dict(p) for p in predicted]
    gold_docs = {base(g["doc"]) for g in gold}
    pred = [p for p in pred if base(p["doc"]) in gold_docs]
    wanted = set(types) if types else set(KEY_FIELDS)
    report = Report({t: TypeScore() for t in sorted(wanted)})
    used: set[int] = set()
    for g in gold:
        if g["type"] not in wanted:
            continue
        score = report.by_type[g["type"]]
        hit = next((i for i, p in enumerate(pred) if i not in used and matches(g, p)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(g)
        else:
            used.add(hit)
            score.tp += 1
            for key in AGREEMENT_FIELDS:
                if key in g and key not in KEY_FIELDS[g["type"]]:
                    score.checked[key] += 1
                    if not _agree(key, g, pred[hit]):
                        score.off.setdefault(key, []).append((g, pred[hit]))
    for i, p in enumerate(pred):
        if i not in used and p["type"] in wanted:
            report.by_type[p["type"]].fp += 1
            report.by_type[p["type"]].false_hits.append(p)
    return report


def _agree(key: str, g: dict, p: dict) -> bool:
    if key == "province":
        return _province(g) == _province(p)
    if key == "indicator":
        return words_shared(g.get(key), p.get(key)) >= INDICATOR_OVERLAP
    if key == "unit" and isinstance(g.get(key), str) and isinstance(p.get(key), str):
        return _eq(unit_name(g[key]), unit_name(p[key]))  # "điểm phần trăm" is "điểm %"
    return _eq(g.get(key), p.get(key))


def words_shared(a: str | None, b: str | None) -> float:
    """Dice coefficient of two phrases' syllables: 1.0 when both name nothing."""
    wa, wb = Counter(re.findall(r"\w+", match_key(a or ""))), Counter(re.findall(r"\w+", match_key(b or "")))
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 1.0


def _province(fact: dict) -> str | None:
    """The canonical pre-2025 name, so gold may write an alias ("TP.HCM")."""
    name = fact.get("province")
    return (resolve_province(name) or name) if name else None


def rebase(gold: list[dict], texts: dict[str, tuple[str, str]]) -> list[dict]:
    """Gold offsets count in each file as written (``texts``: doc base name -> (as written, as
    read)); reading may drop a line before the body (an outlet's name where a date line would be),
    which moves every span after it. Such a span is moved with its sentence to where the sentence
    stands in the text as read, or compared by its text in the sentence when the sentence is not
    found there once."""
    out = []
    for g in gold:
        written, read = texts.get(base(g["doc"]), ("", ""))
        start, end, sentence = g.get("start"), g.get("end"), g.get("sentence") or ""
        if start is None or end is None or read[start:end] == g.get("text") or written[start:end] != g.get("text"):
            out.append(g)
            continue
        at_written = written.rfind(sentence, 0, start + len(sentence)) if sentence else -1
        if at_written >= 0 and read.count(sentence) == 1:
            shift = read.find(sentence) - at_written
            out.append({**g, "start": start + shift, "end": end + shift})
        else:
            out.append({k: v for k, v in g.items() if k not in ("start", "end")})
    return out


def load_gold(path: str | Path) -> list[dict]:
    """Gold facts from a JSONL file; blank lines and ``#`` comments are skipped."""
    out = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rec = json.loads(line)
        if "doc" not in rec or "type" not in rec:
            raise ValueError(f"{path}:{n}: gold record needs 'doc' and 'type'")
        out.append(rec)
    return out
