"""Fact records: the output contract of ``../shared/SCHEMA.md``.

One dataclass per fact type, all sharing the common fields of :class:`Fact`.
Field names are fixed by the schema; add fields, never rename them.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar


@dataclass
class Fact:
    """Fields every fact carries. ``clean_text[start:end] == text`` always holds."""

    type: ClassVar[str] = ""
    doc: str
    text: str
    start: int
    end: int
    sentence: str
    province: str | None = None
    province_2025: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record as the schema prints it: ``type`` first, then every field."""
        return {"type": self.type, **asdict(self)}


@dataclass
class Target(Fact):
    type: ClassVar[str] = "target"
    indicator: str | None = None
    value: float | None = None
    unit: str | None = None
    comparator: str | None = None
    deadline: int | None = None
    category: str | None = None


@dataclass
class Metric(Fact):
    type: ClassVar[str] = "metric"
    indicator: str | None = None
    value: float | None = None
    unit: str | None = None
    comparator: str | None = "="
    denominator: float | None = None
    as_of: str | None = None


@dataclass
class Ranking(Fact):
    type: ClassVar[str] = "ranking"
    index: str | None = None
    component: str | None = None
    year: int | None = None
    rank: int | None = None
    total: int | None = None
    score: float | None = None


@dataclass
class DateFact(Fact):
    type: ClassVar[str] = "date"
    value: str | None = None
    granularity: str | None = None
    role: str = "mentioned"


@dataclass
class LegalRef(Fact):
    type: ClassVar[str] = "legal_ref"
    doc_type: str | None = None
    number: str | None = None
    issued: str | None = None
    issuer: str | None = None


@dataclass
class Official(Fact):
    type: ClassVar[str] = "official"
    name: str | None = None
    title: str | None = None
    organization: str | None = None


FACT_TYPES: dict[str, type[Fact]] = {
    cls.type: cls for cls in (Target, Metric, Ranking, DateFact, LegalRef, Official)
}


def fact_from_dict(record: dict[str, Any]) -> Fact:
    """Inverse of :meth:`Fact.to_dict`; unknown keys are ignored."""
    cls = FACT_TYPES[record["type"]]
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in record.items() if k in names})
