"""Local files and folders -> Articles. ``.txt`` dumps and ``.html`` pages, NFC throughout."""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from pipelines.html import NotAnArticle, parse_html
from pipelines.records import Article
from pipelines.textclean import clean_dump
from vnmine.errors import VnmineError

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
ENCODINGS = ("utf-8-sig", "utf-16", "cp1258")


def embedded_corpus() -> list[Path]:
    """The seed articles shipped inside the package (the demo corpus)."""
    folder = resources.files("vnmine") / "data" / "seeds"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def _manifest() -> dict[str, dict]:
    path = resources.files("vnmine") / "data" / "seeds" / "manifest.toml"
    return tomllib.loads(path.read_text("utf-8")).get("article", {}) if path.is_file() else {}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named and files inside folders named, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise VnmineError(f"no such file or folder: {raw}")
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.append(path)
    return found


def decode(data: bytes, name: str) -> str:
    """Bytes -> text. UTF-8 first; UTF-16 only with its BOM; Vietnamese Windows-1258 last."""
    if not data.strip():
        raise VnmineError(f"{name}: file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise VnmineError(f"{name}: looks like a binary file, not text or HTML")
    for encoding in ENCODINGS:
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise VnmineError(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1258")


def read_article(path: Path, doc: str | None = None) -> Article:
    """One file -> one Article; raises VnmineError with one clear line when it cannot."""
    doc = doc or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VnmineError(f"{doc}: cannot read ({exc.strerror})") from None
    text = decode(data, doc)
    kind = SUFFIXES.get(path.suffix.lower()) or ("html" if "<html" in text[:2000].lower() else "text")
    if kind == "html":
        try:
            article = parse_html(text, doc=doc)
        except NotAnArticle as exc:
            raise VnmineError(str(exc)) from None
        # a saved page names its own address: provenance, and the outlet it came from
        canonical = article.meta.get("canonical", "")
        article.url = article.url or (canonical if canonical.startswith(("http://", "https://")) else None)
    else:
        cleaned = clean_dump(text)
        if not cleaned.text.strip():
            raise VnmineError(f"{doc}: no article text left after cleaning")
        article = Article(doc=doc, text=cleaned.text, title=cleaned.title, source=cleaned.source,
                          published_at=cleaned.published_at,
                          meta={"author": cleaned.author} if cleaned.author else {})
    known = _manifest().get(path.name)
    if known:
        article.source = known.get("source", article.source)
        article.url = known.get("url", article.url)
        article.province = known.get("province", article.province)
        article.published_at = article.published_at or known.get("published_at")
    return article


def read_articles(paths: Iterable[str | Path], *, errors: list[str] | None = None) -> Iterator[Article]:
    """Articles from files and folders. With ``errors``, bad files are reported there and
    skipped; without, the first bad file raises. ``doc`` is the path as given, except for
    the embedded demo corpus, named by file name (its install path means nothing to anyone)."""
    for path in expand(paths):
        try:
            yield read_article(path, doc=path.name if _is_embedded(path) else str(path))
        except VnmineError as exc:
            if errors is None:
                raise
            errors.append(str(exc))


def _is_embedded(path: Path) -> bool:
    return path.parent == Path(str(resources.files("vnmine") / "data" / "seeds"))
