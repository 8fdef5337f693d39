"""HTML news pages -> Article: trafilatura for the body, the page's own metadata for the rest.

What generic extraction gets wrong on Vietnamese news pages, and what this module adds:
- the lead paragraph (sapo) sits outside the body container, so trafilatura drops it; the page
  repeats it in its meta description, which we put back in front of the body when missing;
- dates: JSON-LD / OpenGraph first (they carry the time zone), then the byline
  ("Thứ Hai, 15/01/2024 08:30"), then htmldate; always reported in Vietnam local time;
- listing, home, tag and contact pages: told apart by og:type / JSON-LD type, and for pages
  without metadata by how much of the "body" is headline links;
- legacy encodings (windows-1258 with decomposed tone marks): decoded with the HTTP header and
  meta charset (w3lib, as Scrapy does), then NFC;
- data tables (a ranking or a plan by province): kept, one cell to a line as extract/tables.py
  reads them; a table of one column or one row is layout (a photo and its caption) and stays out.
No per-site rules so far: the pages in tests/html come out right with the generic ones.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone

import lxml.html
import trafilatura
from w3lib.encoding import html_to_unicode

from pipelines.records import Article
from pipelines.textclean import normalize_text

VIETNAM = timezone(timedelta(hours=7))
ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                 "blogposting", "report", "opinionnewsarticle", "backgroundnewsarticle"}
LISTING_OG_TYPES = {"website", "profile", "object"}
MIN_BODY_CHARS = 200
MAX_LISTING_SHARE = 0.7  # listings score 0.9-1.0 on tests/html, articles at most 0.45  # shorter "bodies" are contact pages, stubs and error pages
BYLINE_DATE = re.compile(
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)(?:\D{0,12}?(?P<H>\d{1,2})[:h](?P<M>\d\d))?")
TIME_FIRST = re.compile(r"(?P<H>\d{1,2})[:h](?P<M>\d\d)\D{0,12}?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)")
DATE_HINT = re.compile(r"date|time|byline|publish|meta|author|post-info|detail-info", re.I)
TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")  # trafilatura writes a table as Markdown rows
TABLE_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
EMPTY_CELL = "-"  # keeps the cells of a row in their columns


class NotAnArticle(Exception):
    """The page is a listing, home, tag or contact page, or holds no article text."""


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Bytes -> NFC text. ``encoding`` is the HTTP header's charset (it wins, as in browsers),
    else BOM, meta charset, then UTF-8; windows-1258's decomposed tone marks are composed."""
    if isinstance(data, bytes):
        header = f"text/html; charset={encoding}" if encoding else None
        _, data = html_to_unicode(header, data)
    return unicodedata.normalize("NFC", data)


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(normalize_text(value).split())
    return value or None


def _jsonld_objects(tree) -> list[dict]:
    found: list[dict] = []

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            found.append(node)
            walk(node.get("@graph", []))

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content() or "null", strict=False))
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still count
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _meta(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key and key not in found:
            found[key] = node.get("content")
    return found


def local_iso(value: str | None) -> str | None:
    """An ISO date or datetime -> Vietnam local time without zone, or None if unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        return "-".join(match.groups()) if match else None
    if len(value) <= 10:
        return moment.date().isoformat()
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _byline_date(tree) -> str | None:
    for node in tree.xpath("//*[@class or @id]"):
        if not DATE_HINT.search(f"{node.get('class', '')} {node.get('id', '')}"):
            continue
        text = " ".join(node.text_content().split())[:200]
        match = BYLINE_DATE.search(text) or TIME_FIRST.search(text)
        if match:
            parts = match.groupdict()
            try:
                moment = datetime(int(parts["y"]), int(parts["m"]), int(parts["d"]))
            except ValueError:
                continue
            if parts.get("H"):
                return moment.replace(hour=int(parts["H"]) % 24, minute=int(parts["M"])).isoformat(timespec="seconds")
            return moment.date().isoformat()
    return None


def _published(tree, articles: list[dict], meta: dict[str, str]) -> str | None:
    candidates = [obj.get("datePublished") for obj in articles]
    candidates += [meta.get(k) for k in ("article:published_time", "datepublished", "pubdate",
                                           "publishdate", "dc.date.issued", "article:published")]
    for value in candidates:
        iso = local_iso(value) if isinstance(value, str) else None
        if iso:
            return iso
    found = _byline_date(tree)
    if found:
        return found
    from htmldate import find_date

    return local_iso(find_date(tree, original_date=True, extensive_search=False))


def _title(tree, articles: list[dict], meta: dict[str, str], fallback: str | None) -> str | None:
    for obj in articles:
        if _clean(obj.get("headline")):
            return _clean(obj.get("headline"))
    h1 = [t for t in (_clean(h.text_content()) for h in tree.xpath("//h1")) if t]
    if len(h1) == 1:
        return h1[0]
    return _clean(meta.get("og:title")) or _clean(fallback)


def _listing_share(tree, body: str) -> float:
    """Share of the body's lines that are headline links or teasers sitting in a small card
    next to one: near 1 on listings, low on articles (one big body container)."""
    lines = [" ".join(line.split()).lstrip("-• ") for line in body.split("\n") if len(line.split()) >= 4]
    if not lines:
        return 1.0
    anchors = {" ".join(a.text_content().split()) for a in tree.xpath("//a")}
    anchors = [a for a in anchors if len(a.split()) >= 4]
    flagged = {line for line in lines if any(line.startswith(a) for a in anchors)}
    keys = {line[:80] for line in lines}
    for node in tree.xpath("//p|//div|//span|//li|//h3|//h2"):
        own = " ".join(node.text_content().split())[:80]
        if own not in keys or own in flagged:
            continue
        card = node.getparent()
        for _ in range(2):
            if card is None:
                break
            size = len(" ".join(card.text_content().split()))
            if size < 3 * len(own) + 300 and any(
                    len(a.text_content().split()) >= 6 and a.text_content().strip()[:80] != own
                    for a in card.iter("a")):
                flagged.add(own)
                break
            card = card.getparent()
    return sum(1 for line in lines if line in flagged or line[:80] in flagged) / len(lines)


def _is_article(tree, body: str, articles: list[dict], meta: dict[str, str]) -> bool:
    og_type = (meta.get("og:type") or "").lower()
    if articles or og_type == "article":
        return True
    if og_type in LISTING_OG_TYPES:
        return False
    return _listing_share(tree, body) < MAX_LISTING_SHARE


def _with_sapo(body: str, sapo: str | None) -> str:
    """The lead paragraph first: put it back when the extractor dropped it, move it up when
    the extractor placed it after the body (it sits outside the body container)."""
    if not sapo or sapo.endswith(("...", "…")):
        return body  # a truncated description is not the sapo
    probe = " ".join(sapo.split())[:60]
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if probe in " ".join(line.split()):
            if number == 0:
                return body
            return "\n".join([line] + lines[:number] + lines[number + 1:])
    if probe in " ".join(body.split()):
        return body  # spread over several lines: leave the extractor's order alone
    return f"{sapo}\n{body}"


def _row_cells(line: str) -> list[str]:
    inner = TABLE_ROW.match(line).group(1).replace("\\|", "\0")
    return [cell.strip().replace("\0", "|") or EMPTY_CELL for cell in inner.split("|")]


def _tables_as_cells(text: str) -> str:
    """Markdown tables to one cell a line; layout tables (one column or one row) dropped. Tables
    one after another come out as one run of rows: a row of another width starts a new one."""
    out: list[str] = []
    tables: list[list[list[str]]] = []
    for line in text.split("\n") + [""]:
        if TABLE_ROW.match(line):
            if not TABLE_RULE.match(line):
                row = _row_cells(line)
                if not tables or len(tables[-1][0]) != len(row):
                    tables.append([])
                tables[-1].append(row)
            continue
        out.extend(cell for rows in tables if len(rows) >= 2 and len(rows[0]) >= 2 for row in rows for cell in row)
        tables = []
        out.append(line)
    return "\n".join(out[:-1])


def _body_lines(text: str) -> str:
    return "\n".join(line.strip() for line in normalize_text(text).split("\n") if line.strip())


def parse_html(html: str | bytes, url: str | None = None, *, doc: str | None = None,
               encoding: str | None = None) -> Article:
    """Extract one article from a page; raises :class:`NotAnArticle` when there is none."""
    name = doc or url or "page"
    text = decode_html(html, encoding)
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        raise NotAnArticle(f"{name}: not an HTML page") from None
    jsonld = _jsonld_objects(tree)
    articles = [obj for obj in jsonld if _types(obj) & ARTICLE_TYPES]
    meta = _meta(tree)
    # Default balance, not favor_recall: recall pulls related-article teasers into the body.
    result = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                         include_tables=True)
    body = _body_lines(_tables_as_cells(result.text)) if result is not None and result.text else ""
    if not _is_article(tree, body, articles, meta):
        raise NotAnArticle(f"{name}: a listing or home page, not an article")
    description = next((_clean(o.get("description")) for o in articles if _clean(o.get("description"))),
                       None) or _clean(meta.get("description")) or _clean(meta.get("og:description"))
    body = _with_sapo(body, description)
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"{name}: no article text found")
    title = _title(tree, articles, meta, result.title if result is not None else None)
    lines = [line for line in body.split("\n") if line != title]
    text_out = "\n".join(([title, ""] if title else []) + lines)
    source = _clean(meta.get("og:site_name")) or (result.sitename if result is not None else None)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    article = Article(doc=doc or url or "", text=text_out, title=title, url=url, source=source,
                      published_at=_published(tree, articles, meta))
    if canonical:
        article.meta["canonical"] = canonical[0].strip()
    if result is not None and result.author:
        article.meta["author"] = _clean(result.author)
    return article
