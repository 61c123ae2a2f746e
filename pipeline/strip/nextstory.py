"""A whole next story appended under the article: infinite-scroll pages and farms that print the
下一篇 article's text below the first one. A label announcing it (Next story, 下一篇：, الخبر التالي),
no link, then a headline and prose, or the label with the headline as its link and the prose right under
it (an old portal's unclosed body box holding the teaser): from the label to the end of the article box
is another article."""

from __future__ import annotations

from . import vocab
from .dom import Block
from .revisions import Verdict
from .sentences import has_sentence

_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_PROSE = 25
_LINKED = 0.5
_STORY_PARAGRAPHS = 2


def drop_next_story(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Drop, as ``heuristic:next_story``, the appended story after the article's own kept prose."""
    prose_before = False
    for i in inside:
        block = blocks[i]
        if verdicts[i] is None and _prose(block):
            prose_before = True
            continue
        if not prose_before or (lead := _label(block.text)) is None:
            continue
        if block.link_density >= _LINKED:
            # 下一篇：<a>headline</a> with the story's text printed right under the link
            head = i
            if len(block.text) <= len(lead) + 3 or i + 1 not in inside or not _prose(blocks[i + 1]):
                continue
        else:
            head = i if block.box.tag in _HEADINGS and len(block.text) > len(lead) + 3 else i + 1
            if head not in inside or blocks[head].box.tag not in _HEADINGS:
                continue
        # a whole story: two paragraphs of prose at least (one is a teaser of it, which stays)
        if sum(_prose(blocks[j]) for j in range(head + 1, inside.stop)) >= _STORY_PARAGRAPHS:
            for j in range(i, inside.stop):
                verdicts[j] = ("heuristic:next_story", f"another article appended after {lead!r}", True)
            return


def _prose(block: Block) -> bool:
    return len(block.text) >= _PROSE and has_sentence(block.text) and block.link_density < _LINKED


def _label(text: str) -> str | None:
    low = text.casefold()
    if not low.startswith(vocab.NEXT_STORY_LEADS):  # (most blocks: one test in C)
        return None
    return next(lead for lead in vocab.NEXT_STORY_LEADS if low.startswith(lead))
