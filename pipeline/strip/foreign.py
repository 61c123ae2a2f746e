"""Blocks written in another language than the story's: the site's own chrome, not the story.

A repost farm pours a Russian, Korean or Spanish story into the theme of an English site: the theme's author
bio, newsletter box, disclaimer, list of more articles and even a popup holding a whole English article stay
around it, each as long as the story or longer. What the story is written in is known before any box is
chosen: its headline's script, and for a Latin headline the language of the headline and the first
paragraphs of prose under it. A block plainly written otherwise counts for nothing when the boxes are
weighed, so that it neither wins the page nor keeps the story's box from narrowing to the story (the scorer's
choice only: inside the chosen box the detectors decide what stays; a link's negative value stays).
"""

from __future__ import annotations

from collections.abc import Callable

from .dom import Block
from .langguess import main_script, stopword_hits, writes_script
from .sentences import has_sentence

FOREIGN_FACTOR = 0.0
# The story's language is read from this many paragraphs of prose under its headline (found among the next
# _LEAD_REACH blocks: a theme may put its menus between the two): this many own stopwords at least, this many
# times any other's (a Spanish story writes Portuguese's "o" now and then); a headline writing this many
# stopwords of a language must write some of that one.
_LEAD_PARAGRAPHS = 3
_LEAD_REACH = 100
_HEAD_HITS = 2
_LEAD_MIN = 80
_LEAD_LINKS = 0.2
_STORY_HITS = 5
_STORY_RATIO = 2
# A block is plainly in another language with this many own stopwords of it (a sentence's worth of text),
# this many times the story's.
_BLOCK_HITS = 3
_CLEAR_RATIO = 4


def discount_foreign(blocks: list[Block], values: list[float], title_index: int) -> None:
    """Scale the positive ``values`` of the blocks written otherwise than the story under the headline
    ``blocks[title_index]`` by FOREIGN_FACTOR, but a paragraph beside one of the story's in the same container
    (a Chinese story's paragraph in English, a quoted line): the story's own."""
    foreign = _foreign_test(blocks, title_index)
    if foreign is None:
        return
    found = {i for i, block in enumerate(blocks) if values[i] > 0 and foreign(block.text)}
    for i in found:
        if not any(_story_beside(blocks[i], blocks[j], foreign) for j in (i - 1, i + 1) if 0 <= j < len(blocks)):
            values[i] *= FOREIGN_FACTOR


def _story_beside(block: Block, other: Block, foreign: Callable[[str], bool]) -> bool:
    """Whether ``other`` is prose of the story's writing in ``block``'s container."""
    box, near = block.box, other.box
    return (near is box or near.parent is box.parent) and has_sentence(other.text) and not foreign(other.text)


def _foreign_test(blocks: list[Block], title_index: int) -> Callable[[str], bool] | None:
    """What tells a block written otherwise: under a headline in a script other than Latin, Latin letters
    and none of that script (a Chinese or Japanese story's English names stand beside its own letters);
    under a Latin one, the stopwords of another language than the story's, when that is clear."""
    script = main_script(blocks[title_index].text)
    if script is None:
        return None
    if script != "latin":
        if _prose_in(blocks, title_index, script) < _LEAD_MIN:
            return None  # the prose under the headline is not in its script (a bilingual site's English article)
        return lambda text: not writes_script(text, script) and writes_script(text, "latin")
    lang = _story_lang(blocks[title_index].text, _lead(blocks, title_index))
    if lang is None:
        return None
    return lambda text: len(text) >= _LEAD_MIN and _other_lang(text, lang)


def _prose_in(blocks: list[Block], title_index: int, script: str) -> int:
    """How many characters of prose the blocks under the headline write mainly in ``script``."""
    return sum(len(block.text) for block in blocks[title_index + 1:title_index + 1 + _LEAD_REACH]
               if block.link_density < _LEAD_LINKS and has_sentence(block.text) and main_script(block.text) == script)


def _lead(blocks: list[Block], title_index: int) -> list[str]:
    """The first paragraphs of prose under the headline."""
    lead: list[str] = []
    for block in blocks[title_index + 1:title_index + 1 + _LEAD_REACH]:
        text = block.text
        if len(text) >= _LEAD_MIN and block.link_density < _LEAD_LINKS and has_sentence(text):
            lead.append(text)
            if len(lead) == _LEAD_PARAGRAPHS:
                break
    return lead


def _story_lang(headline: str, lead: list[str]) -> str | None:
    """The language of the first paragraphs of prose under the headline, when their stopwords say it clearly
    and the headline says no other (a page may put the old story's English dek right under the headline)."""
    hits = sorted(stopword_hits(" ".join(lead)).items(), key=lambda kv: -kv[1])
    (lang, best), (_, second) = hits[0], hits[1]
    if best < _STORY_HITS or best < _STORY_RATIO * second:
        return None
    head = stopword_hits(headline)
    return lang if max(head.values()) < _HEAD_HITS or head[lang] else None


def _other_lang(text: str, lang: str) -> bool:
    """Whether ``text`` is plainly written in another language than ``lang``."""
    hits = stopword_hits(text)
    own = hits.pop(lang)
    other = max(hits.values())
    return other >= _BLOCK_HITS and other >= _CLEAR_RATIO * own
