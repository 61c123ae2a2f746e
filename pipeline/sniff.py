"""Is this document HTML or plain text? A look at its first bytes (shared by sources and the crawler)."""

from __future__ import annotations

import re
from typing import Literal

_HTML_SNIFF = re.compile(rb"<(!doctype|html|head|body|meta|div|p|article|title)[\s>/]", re.I)


def sniff_kind(data: bytes) -> Literal["html", "text"]:
    """HTML when a tag appears near the start, else plain text."""
    return "html" if _HTML_SNIFF.search(data[:2048]) else "text"


_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.I)


def starts_as_html(data: bytes) -> bool:
    """The document opens with a doctype or an <html> tag: HTML whatever its file is called (a page
    saved as .txt)."""
    return _HTML_START.match(data) is not None
