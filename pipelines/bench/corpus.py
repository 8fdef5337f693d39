"""A synthetic news site for benchmarks: N realistic HTML pages grown from the embedded corpus.

Article ``i`` is a pure function of ``(seed, i)``: one seed article, sometimes with
paragraphs borrowed from another, moved to another province, with its numbers and dates
redrawn, wrapped in the boilerplate of a provincial news page (menus, related links,
footer) so that HTML cleaning has real work to do. Listing pages chain 50 links each,
as a news site's category pages do, for the crawl benchmark.
"""
from __future__ import annotations

import html
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.ingest import embedded_corpus, read_articles

SEED = 2022
LINKS_PER_LISTING = 50
ARTICLES_DIR = "bai-viet"  # the article pages, apart from listings, so ingest can take the folder

_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_SECTIONS = ("Thời sự", "Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội", "Văn hóa", "Thể thao")


@dataclass(frozen=True)
class Seed:
    title: str
    paragraphs: tuple[str, ...]
    province: str


@dataclass
class SyntheticArticle:
    slug: str
    title: str
    sapo: str
    paragraphs: list[str]
    province: str
    published: str  # ISO datetime
    outlet: str


@lru_cache(maxsize=1)
def seeds() -> tuple[Seed, ...]:
    out = []
    for article in read_articles(embedded_corpus()):
        lines = [line.strip() for line in article.text.split("\n") if line.strip()]
        title = article.title or lines[0]
        body = lines[1:] if lines[0] == title else lines
        out.append(Seed(title=title, paragraphs=tuple(body), province=article.province or "Tây Ninh"))
    return tuple(out)


@lru_cache(maxsize=1)
def provinces() -> tuple[str, ...]:
    from extract.provinces import all_provinces

    return tuple(row["name"] for row in all_provinces())


def _redraw_numbers(text: str, rng: random.Random) -> str:
    """New dates, years and figures of the same written shape (``52,8`` stays d,d)."""
    def date(m: re.Match) -> str:
        return f"{rng.randint(1, 28)}{m[2]}{rng.randint(1, 12)}{m[2]}{rng.randint(2015, 2025)}"

    def year(m: re.Match) -> str:
        return str(int(m[0]) + rng.randint(-3, 3))

    def number(m: re.Match) -> str:  # every digit redrawn; a leading 1-9 stays 1-9
        return "".join(str(rng.randint(1 if i == 0 and ch != "0" else 0, 9)) if ch.isdigit() else ch
                       for i, ch in enumerate(m[0]))

    text = _DATE.sub(date, text)
    text = _YEAR.sub(lambda m: f"\x00{year(m)}\x00", text)  # shield years from the figure pass
    parts = text.split("\x00")
    return "".join(p if i % 2 else _NUMBER.sub(number, p) for i, p in enumerate(parts))


@lru_cache(maxsize=65536)
def slug_of(i: int, seed: int = SEED) -> str:
    """The URL slug of article ``i``, without building the article (for links to it)."""
    return f"{i:06d}-{_slug(random.Random(f'{seed}:{i}').choice(provinces()))}"


def make_article(i: int, seed: int = SEED) -> SyntheticArticle:
    rng = random.Random(f"{seed}:{i}")
    province = rng.choice(provinces())  # first draw: slug_of() repeats it
    base = seeds()[i % len(seeds())]
    paragraphs = list(base.paragraphs)
    if rng.random() < 0.5:  # lengths vary: some stories borrow a passage from another
        other = rng.choice(seeds())
        start = rng.randrange(len(other.paragraphs))
        borrowed = [p.replace(other.province, base.province) for p in other.paragraphs[start:start + rng.randint(1, 4)]]
        paragraphs[rng.randrange(1, len(paragraphs) + 1):0] = borrowed

    def localise(text: str) -> str:
        return _redraw_numbers(text.replace(base.province, province), rng)

    paragraphs = [localise(p) for p in paragraphs]
    published = (f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                 f"T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00+07:00")
    return SyntheticArticle(
        slug=slug_of(i, seed), title=localise(base.title), sapo=paragraphs[0],
        paragraphs=paragraphs[1:], province=province, published=published, outlet=f"Báo {province}")


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def _chrome(title: str, head: str, main: str, rng: random.Random, n: int, seed: int) -> str:
    """A news page around ``main``: header menu, most-read links, footer. Every link leads
    to a page of the site, so a crawler following all of them fetches exactly the site."""
    e = html.escape
    listings = _listings(n)
    menu = "".join(f'<li><a href="/{_listing_name(rng.randint(1, listings))}">{e(s)}</a></li>' for s in _SECTIONS)
    most_read = "".join(f'<li><a href="/{ARTICLES_DIR}/{slug_of(j, seed)}.html">{e(seeds()[j % len(seeds())].title)}</a></li>'
                        for j in rng.sample(range(n), min(n, 6)))
    return (
        f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title>{head}'
        '<link rel="stylesheet" href="/static/site.css"><script>window.dataLayer=[];</script></head>'
        f'<body><header class="site-header"><a class="logo" href="/">Tin tỉnh</a><nav><ul>{menu}</ul></nav>'
        '<form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>'
        f'<main>{main}</main><aside class="sidebar"><h3>Đọc nhiều</h3><ul>{most_read}</ul>'
        '<div class="ads">Quảng cáo</div></aside>'
        '<footer><p>Cơ quan chủ quản: UBND tỉnh. Giấy phép số 123/GP-BTTTT.</p>'
        '<p>© Bản quyền thuộc về Báo điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
        '</footer></body></html>\n')


def _listings(n: int) -> int:
    return max(1, -(-n // LINKS_PER_LISTING))


def _listing_name(page: int) -> str:
    return "index.html" if page == 1 else f"trang-{page}.html"


def render_article(article: SyntheticArticle, n: int, seed: int = SEED) -> str:
    """The page of one of the ``n`` articles of the site."""
    e = html.escape
    rng = random.Random(f"{seed}:chrome:{article.slug}")
    head = (f'<meta property="og:title" content="{e(article.title)}">'
            f'<meta property="og:site_name" content="{e(article.outlet)}">'
            f'<meta property="article:published_time" content="{article.published}">'
            f'<meta name="description" content="{e(article.sapo[:160])}">')
    body = "".join(f"<p>{e(p)}</p>" for p in article.paragraphs)
    related = "".join(f'<li><a href="/{ARTICLES_DIR}/{slug_of(j, seed)}.html">{e(seeds()[j % len(seeds())].title)}</a></li>'
                      for j in rng.sample(range(n), min(n, 4)))
    when = article.published
    main = (f'<article class="detail"><div class="breadcrumb"><a href="/">Trang chủ</a> / '
            f'<a href="/{_listing_name(rng.randint(1, _listings(n)))}">Chuyên mục</a></div>'
            f'<h1 class="title">{e(article.title)}</h1>'
            f'<div class="meta"><span class="author">PV</span> <time datetime="{when}">'
            f'{when[8:10]}/{when[5:7]}/{when[:4]} {when[11:16]}</time></div>'
            f'<h2 class="sapo">{e(article.sapo)}</h2><div class="content">{body}</div>'
            f'<div class="tags">Từ khóa: <a href="/">chuyển đổi số</a></div></article>'
            f'<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>')
    return _chrome(article.title, head, main, rng, n, seed)


def render_listing(page: int, n: int, seed: int = SEED) -> str:
    """Listing page ``page``: its 50 articles, newest id first, and a bar linking every listing."""
    e = html.escape
    first = (page - 1) * LINKS_PER_LISTING
    items = "".join(f'<li><a href="/{ARTICLES_DIR}/{slug_of(j, seed)}.html">{e(seeds()[j % len(seeds())].title)}</a></li>'
                    for j in range(first, min(n, first + LINKS_PER_LISTING)))
    bar = " ".join(f'<a href="/{_listing_name(k)}">{k}</a>' for k in range(1, _listings(n) + 1))
    return _chrome(f"Tin tức - trang {page}", "", f'<ul class="news-list">{items}</ul><nav class="pages">{bar}</nav>',
                   random.Random(f"{seed}:listing:{page}"), n, seed)


def write_site(folder: Path, n: int, seed: int = SEED) -> Path:
    """Write ``n`` article pages under ``folder/bai-viet`` and the listing pages linking
    them (``index.html``, ``trang-2.html`` ...). Returns the articles folder."""
    articles_dir = folder / ARTICLES_DIR
    articles_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        article = make_article(i, seed)
        (articles_dir / f"{article.slug}.html").write_text(render_article(article, n, seed), "utf-8")
    for page in range(1, _listings(n) + 1):
        (folder / _listing_name(page)).write_text(render_listing(page, n, seed), "utf-8")
    return articles_dir
