"""React's streamed server rendering (Suspense, as Next.js sends it): the page first holds a fallback
("Loading paragraph...") after an empty <template id="B:0"> (or an empty <template id="P:1"> where a
segment goes), and the content itself comes later in the stream, in a hidden <div hidden id="S:0"> at the
end of <body>, which a script ($RC("B:0","S:0"), $RS("S:1","P:1")) moves into place. Every reader sees
the content there, so it is put there before the walk; a saved copy without its scripts pairs each
hidden segment with the template of its own number, as React numbers them.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .ledger import Ledger

_MARK = 'id="S:'
_CALL = re.compile(r'\$R([CS])\("([^"]{1,40})","([^"]{1,40})"\)')
_FALLBACK_RULE = "non_content:stream_fallback"
_FALLBACK_END = "<!--/$-->"


def place_streamed(html: str, tree: LexborHTMLParser, ledger: Ledger) -> None:
    """Move each streamed segment's content to its template; a boundary's fallback, when the stream's
    comments delimit it (<!--$?--><template id="B:0"></template>fallback<!--/$-->), is dropped."""
    if _MARK not in html:
        return
    segments = {node.attributes.get("id"): node for node in tree.css('div[hidden][id^="S:"]')}
    if not segments:
        return
    # (template, segment): $RC names the boundary first, $RS the segment first
    pairs = [(first, second) if kind == "C" else (second, first) for kind, first, second in _CALL.findall(html)]
    if not pairs:  # (scripts gone: React gives a boundary, or a placeholder, its segment's number)
        pairs = [(f"{lead}:{key[2:]}", key) for key in segments if key for lead in ("B", "P")]
    for target_id, source_id in pairs:
        segment = segments.get(source_id)
        template = tree.css_first(f'template[id="{target_id}"]')
        if segment is None or template is None or segment.parent is None:
            continue
        if target_id.startswith("B:"):
            _drop_fallback(template, ledger)
        for child in list(segment.iter(include_text=True)):
            template.insert_before(child)
        segment.decompose()
        template.decompose()


def _drop_fallback(template: LexborNode, ledger: Ledger) -> None:
    """Remove what stands between a boundary's template and the comment closing the boundary."""
    run: list[LexborNode] = []
    node = template.next
    while node is not None and not (node.tag == "-comment" and node.html == _FALLBACK_END):
        run.append(node)
        node = node.next
    if node is None:  # no closing comment: the fallback's extent is unknown, and it stays
        return
    for item in run:
        if text := " ".join(item.text(deep=True).split()):
            ledger.drop(_FALLBACK_RULE, "the placeholder a streamed page shows until its content arrives", text,
                        action="remove")
        item.decompose()
