"""The facts of one type the whole pipeline finds in a short text: the helpers the extractor
tests share, so each test reads as usage (``[t] = targets("Đến năm 2025 ...")``)."""
from extract.pipeline import extract_facts
from extract.records import Fact


def facts(text: str, fact_type: str, **kw) -> list[Fact]:
    return [f for f in extract_facts(text, "t.txt", **kw) if f.type == fact_type]


def targets(text: str, **kw) -> list[Fact]:
    return facts(text, "target", **kw)


def metrics(text: str, **kw) -> list[Fact]:
    return facts(text, "metric", **kw)


def rankings(text: str, **kw) -> list[Fact]:
    return facts(text, "ranking", **kw)


def dates(text: str, **kw) -> list[Fact]:
    return facts(text, "date", **kw)


def legal_refs(text: str, **kw) -> list[Fact]:
    return facts(text, "legal_ref", **kw)


def officials(text: str, **kw) -> list[Fact]:
    return facts(text, "official", **kw)
