"""Collapsed panels: an accordion's or a tab's panel hidden until its toggle is pressed. A reader opens
it as a closed <details>, whose text is read too; the toggle is the panel's heading."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .sentences import SENTENCE_RE

# A panel holds at least this much text (the rest of an article folded under a button does too), under
# this share of it links (a menu a button opens is links).
_PANEL_MIN = 100
_PANEL_LINKS = 0.3


def unwrap_toggles(tree: LexborHTMLParser) -> None:
    """An accordion's toggle, an <a aria-controls> without href, opens a panel of the page and links
    nowhere: its text is the panel's heading, not link text (which would make the accordion's items
    look like teaser cards)."""
    for toggle in tree.css("a[aria-controls]:not([href])"):
        toggle.unwrap()


def panels(tree: LexborHTMLParser, found: list[tuple[LexborNode, int]]) -> set[int]:
    """The hidden elements (mem_ids) that are collapsed panels of prose: an accordion's or a tab's panel
    that a control on the page names (aria-controls), or that follows its disclosure button (one with
    aria-expanded, in the element right before it), holding sentences and few links. A reader opens
    them as a closed <details>, which is read too; a menu a button opens is links."""
    big = [(node, size) for node, size in found if size >= _PANEL_MIN]
    if not big:
        return set()
    opened = {target for control in tree.css("[aria-controls]")
              for target in (control.attributes.get("aria-controls") or "").split()}
    return {node.mem_id for node, size in big
            if (node.attributes.get("id") in opened or _after_toggle(node))
            and link_chars(node) < _PANEL_LINKS * size and SENTENCE_RE.search(node.text(deep=True))}


def _after_toggle(node: LexborNode) -> bool:
    """The element right before ``node`` is, or holds, a disclosure button: one with aria-expanded, or a
    heading's box made a button by its role (<div role="button"><h4>Sleep</h4></div>, whose panel only
    the page's CSS class hides)."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    if before is None:
        return False
    attrs = before.attributes
    return ("aria-expanded" in attrs or attrs.get("role") == "button"
            or before.css_first('[aria-expanded], [role="button"]') is not None)


def link_chars(node: LexborNode) -> int:
    """The chars of link text inside ``node``."""
    return sum(len(link.text(deep=True)) for link in node.css("a"))
