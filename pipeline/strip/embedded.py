"""Where a page keeps its article out of the rendered body, for readers the visible one fails: each
reading gives the page with that copy made visible, tried only when the visible body is a stub."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

# A page whose scripts load the article may carry it in <noscript> for readers without them.
_NOSCRIPT_TAG = re.compile(r"</?noscript\b[^>]*>", re.I)
# A frameset page in <noframes>, the copy for browsers (and robots) without frames: its markup is raw text
# to the parser until the frameset's tags around it are gone.
_NOFRAMES = re.compile(r"<noframes\b", re.I)
_FRAMES_TAG = re.compile(r"</?(?:noframes|frameset|frame)\b[^>]*>", re.I)
# Or in a frame's inline document: <iframe srcdoc="&lt;p&gt;…">.
_SRCDOC = re.compile(r"<iframe\b[^>]*?\bsrcdoc\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(?:\s*</iframe\s*>)?", re.I)


def _show_noscript(html: str) -> str:
    return _NOSCRIPT_TAG.sub("", html)


def _show_noframes(html: str) -> str:
    return _FRAMES_TAG.sub("", html)


def _inline_srcdoc(html: str) -> str:
    """Each <iframe srcdoc="…"> replaced by the document it holds (its markup, unescaped)."""
    return _SRCDOC.sub(lambda m: unescape(m[1] or m[2] or ""), html)


# (what finds such a copy, the page with it shown, where the flag says the body came from)
EMBEDDED: tuple[tuple[re.Pattern[str], Callable[[str], str], str], ...] = (
    (_NOSCRIPT_TAG, _show_noscript, "<noscript> content, shown to readers without scripts"),
    (_NOFRAMES, _show_noframes, "<noframes> content, shown to browsers without frames"),
    (_SRCDOC, _inline_srcdoc, "<iframe srcdoc> document"),
)
