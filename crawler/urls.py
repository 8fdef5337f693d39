"""URL identity: one article, one URL, whatever tracking parameters the link carried."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|"
    r"zarsrc|zalo_\w+|ref|refer|referer|source|src|cmpid|ito|itm_\w+|vn_source|vn_medium|"
    r"vn_campaign|vn_content|vn_term)$", re.IGNORECASE)


def clean_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, query order kept."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    host = (parts.hostname or "").lower()
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def canonical_url(fetched: str, declared: str | None) -> str:
    """The page's ``link rel=canonical`` when it points into the same site, else the fetched URL;
    cleaned either way. A canonical on another host is ignored: syndicated copies name the
    original outlet, and the copy we fetched is the one we can fetch again."""
    fetched = clean_url(fetched)
    if declared:
        candidate = clean_url(urljoin(fetched, declared))
        if same_site(urlsplit(candidate).hostname, urlsplit(fetched).hostname):
            return candidate
    return fetched


def same_site(host: str | None, other: str | None) -> bool:
    strip = lambda h: (h or "").lower().removeprefix("www.")  # noqa: E731
    return bool(host) and strip(host) == strip(other)
