"""MHTML (.mht, .mhtml): a browser's "save as single file", the page and its assets in one MIME message.

The page is the text/html part the message names as its root: the part at ``Snapshot-Content-Location``
(Chrome's header), else the part the multipart's ``start`` parameter names, else the first text/html part.
Its transfer encoding (quoted-printable, base64) is undone here. The charset its part header states becomes
the record's content type, a label the decode stage checks against the bytes as it checks an HTTP header.
The message's ``Date`` is when the page was saved, not when it was published, so it is not read.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import Message

MHTML_SUFFIXES = (".mht", ".mhtml")

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIRST_HEADER = re.compile(rb"[A-Za-z][\w-]*:")
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.I | re.M)
_WEB_URL = re.compile(r"https?://\S+\Z", re.I)


@dataclass(frozen=True, slots=True)
class SavedPage:
    html: bytes
    content_type: str | None
    url: str | None


def is_mhtml(data: bytes) -> bool:
    """The bytes open with MIME headers of a multipart/related message (an MHTML file under any name)."""
    head = data[:8192]
    end = _HEADER_END.search(head)
    header = head[: end.start()] if end else head
    return _FIRST_HEADER.match(header) is not None and _MULTIPART_RELATED.search(header) is not None


def _web_url(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if _WEB_URL.match(value) else None


def _root(message: Message, pages: list[Message]) -> Message:
    snapshot = _web_url(message.get("Snapshot-Content-Location"))
    start = (message.get_param("start") or "") if message.is_multipart() else ""
    for page in pages:
        if snapshot and _web_url(page.get("Content-Location")) == snapshot:
            return page
    for page in pages:
        if isinstance(start, str) and start and page.get("Content-ID", "").strip() == start.strip():
            return page
    return pages[0]


def saved_page(data: bytes) -> SavedPage | None:
    """The page an MHTML message holds, or None when it holds no text/html part."""
    message = email.message_from_bytes(data, policy=policy.compat32)
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        return None
    root = _root(message, pages)
    payload = root.get_payload(decode=True)
    html = payload if isinstance(payload, bytes) else b""
    charset = root.get_content_charset()
    url = _web_url(message.get("Snapshot-Content-Location")) or _web_url(root.get("Content-Location"))
    return SavedPage(html, f"text/html; charset={charset}" if charset else None, url)
