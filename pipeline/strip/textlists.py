"""Passes over a text dump's line decisions that drop what only the lines around a line reveal: the
bulleted link list a repost ends the text with, and a newsletter promotion's copy between its asks;
and one that keeps what they reveal: a photo story's captions (组图: 图为… lines are its text)."""

from __future__ import annotations

import re

from . import vocab
from .revisions import photo_story
from .sentences import has_sentence
from .texttitles import Out

# A repost's link list without a heading: this many short bulleted lines at the end of the text.
_BULLET = re.compile(r"[·•●■◆▪]\s*\S")
_BULLET_ITEM_MAX = 40
_BULLET_RUN = 3
_CAPTION = "heuristic:caption"
# A newsletter promotion's copy has at least this many words (a subheading has fewer).
_PROMO_COPY_WORDS = 8


def drop_bulleted_tail(out: Out) -> None:
    """The short bulleted lines that end the kept text (· 本市启动夏季用电高峰保障工作, three or more)
    are a link list the repost added; an article's own list sits between paragraphs or after a line
    that announces it (…以下工作：)."""
    kept = [i for i, (_, rule, _) in enumerate(out) if rule is None]
    run: list[int] = []
    for i in reversed(kept):
        line = out[i][0]
        if len(line) > _BULLET_ITEM_MAX or not _BULLET.match(line) or has_sentence(line[:-1]):
            if line.endswith(("：", ":")) or line.rstrip("：: ") in vocab.LIST_INTRO_HEADS:
                return
            break
        run.append(i)
    if len(run) >= _BULLET_RUN:
        for i in run:
            out[i] = (out[i][0], "heuristic:related", "item of a bulleted link list ending the text")


def drop_promotion_copy(out: Out) -> None:
    """A line of words without a sentence end between two calls to action is the promotion's own copy
    (Sign up to First Edition / Our morning email breaks down the key stories of the day / Privacy
    Notice: …); a subheading is shorter than _PROMO_COPY_WORDS."""
    rule = "heuristic:call_to_action"
    for i in range(1, len(out) - 1):
        line = out[i][0]
        if (out[i][1] is None and out[i - 1][1] == rule and out[i + 1][1] == rule
                and len(line.split()) >= _PROMO_COPY_WORDS and not has_sentence(line)):
            out[i] = (line, rule, "a promotion's copy between its calls to action")


def keep_photo_captions(out: Out) -> Out:
    """The captions dropped as such (图为…) kept when they tell a photo story (:func:`.revisions.photo_story`,
    as on a page)."""
    captions = [i for i, (line, rule, _) in enumerate(out) if rule == _CAPTION and has_sentence(line)]
    if captions and photo_story([out[i][0] for i in captions], [line for line, rule, _ in out if rule is None]):
        for i in captions:
            out[i] = (out[i][0], None, "")
    return out
