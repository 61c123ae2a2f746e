"""URL canonicalisation: one fetch per canonical URL.

What is changed, and why it is safe:

* the fragment is dropped (never sent to the server);
* scheme and host are lowercased, a trailing dot on the host is removed, IDNA hosts are kept as
  given by ``httpx.URL`` (punycode);
* the default port (80 for http, 443 for https) is dropped;
* an empty path becomes ``/``;
* tracking parameters (``utm_*``, ``gclid``, ``fbclid`` ...) are removed.

What is kept: the order of the remaining query parameters. Sorting them (as w3lib does) would merge
URLs that a server may treat differently (``?page=2&id=1`` routers, signed URLs whose signature
covers the order); reposting sites add tracking parameters at the end, so removal alone catches the
duplicates we see, without the risk.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = frozenset({
    "gclid", "dclid", "fbclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi",
    "spm", "share_token", "wt_mc", "wt.mc_id", "ref_src", "scm", "vn_source",
})
DEFAULT_PORTS = {"http": 80, "https": 443}
# Links whose path names a file no article is served as (a list page's photos and attachments): never
# worth a request or a max_pages slot, whatever the site's article pattern says. (A sitemap's own <loc>
# entries are the site's word and are still fetched; a PDF there is skipped as not HTML.)
FILE_SUFFIXES = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".svg", ".ico", ".tif", ".tiff",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf", ".epub",
    ".zip", ".rar", ".7z", ".tar", ".tgz", ".bz2", ".exe", ".apk", ".dmg", ".iso",
    ".mp3", ".m4a", ".wav", ".ogg", ".mp4", ".m4v", ".mov", ".avi", ".wmv", ".flv", ".webm", ".mkv",
    ".css", ".js", ".woff", ".woff2", ".ttf",
)


def is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of ``url`` (joined to ``base``), or None for a non-HTTP or malformed URL."""
    try:
        parts = urlsplit(urljoin(base, url.strip()) if base else url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def names_a_file(url: str) -> bool:
    """Whether the URL's path ends in a file type that is never an HTML page (``/2026/photo.JPG``)."""
    return urlsplit(url).path.lower().endswith(FILE_SUFFIXES)


def host_key(url: str) -> str:
    """``host[:port]`` of a canonical URL: the unit of politeness (one queue, one robots.txt)."""
    return urlsplit(url).netloc


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
