"""Deciding block by block: kept, or dropped under a named rule.

Blocks outside the article's box are dropped (named by a detector when one fires, else
``heuristic:outside_body``); inside it, boxes whose class says boilerplate and the named detectors
drop the rest. A safety valve keeps the box's text whole, with a Flag, when the detectors would
drop most of it: better some boilerplate than a lost article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from ..record import Flag
from .blocks import title_run
from .commentlist import drop_comment_list
from .copies import COPY_NOTE_RULE
from .detection import detect
from .dom import Block, Box
from .kinds import Kind, kind_within
from .ledger import TITLE_RULE, visible_chars
from .matome import drop_thread_blocks
from .nextstory import drop_next_story
from .notices import drop_legal_notice
from .opening import drop_opening_dateline
from .plate import drop_address_plate, drop_site_banner
from .revisions import (
    Verdict,
    drop_closing_credit,
    drop_forum_replies,
    drop_kicker_and_subtitle,
    drop_pull_quotes,
    drop_repeated_title,
    drop_summaries,
    keep_notice_dates,
    keep_photo_story,
    keep_sapo,
    rule_of,
)
from .sections import keep_linked_headings, keep_linked_items
from .sentences import Context, has_sentence
from .shapes import pagination
from .text import HEADLINE_MIN
from .texttitles import crumb_title, standalone_headline
from .threadposts import drop_signature, name_replies
from .vertical import drop_vertical_label

_RELATED_ITEM_MAX = 80
# A linked headline with its date stamp after it (·韩红发新专辑 赵薇助阵 (2005-04-27 18:03PM)): a list's item
# even where the headline holds a sentence's mark (拜托！跟谁生啊) and the stamp halves its link share.
_ITEM_STAMP = re.compile(r"[(（\[]\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                         r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?\s*[)）\]]\s*$")
_STAMPED_LINKS = 0.3
# Outside the article box, blocks this close to it (or to the top of the page) are named by the
# detectors; farther ones are just outside_body. Mostly-link blocks are nav wherever they are.
_NEAR = 8
_LINK_LIST = 0.6
# (an old portal's headline is often loose text in <font size=5><b>, under <body> or <center> itself)
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "p", "div", "span", "td", "strong", "b", "font", "center", "body"})
# Dropped blocks longer than this are not metadata lines (date, source, author).
_META_LINE_MAX = 200
_POST_FOOTER = "heuristic:post_footer"
# The credits under an article's body are this many blocks at most (作者 / 编辑 / 来源 spans).
_CREDIT_BLOCKS = 3
# In a table cell, figures and marks are data (1 2 3, ✓, —), not a pager or a rule.
_DATA_CELL = frozenset({"pagination", "separator"})
# The rules that drop a list of links to other pages.
_LINK_LISTS = frozenset({"heuristic:nav", "heuristic:related"})


@dataclass(slots=True)
class Selection:
    paragraphs: list[str] = field(default_factory=list)
    drops: list[tuple[str, str, str]] = field(default_factory=list)
    # Elements holding a pager (上一页 1 2 下一页): where the next-page links are.
    pagers: list[LexborNode] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    # Those of them inside the article box above its body: the article's own date line comes first
    # (a sidebar's item date before the article box is no date of the article).
    head_lines: list[str] = field(default_factory=list)
    # Those of them dropped as a list of links (a "Most read" sidebar's items, or a 相关报道 list under the
    # body inside the article box, and their dates: other stories' dates, never this one's).
    listed_lines: list[str] = field(default_factory=list)
    # The short dropped blocks right under the body (作者：X　来源：Y in the article's footer).
    credit_lines: list[str] = field(default_factory=list)
    # Non-whitespace chars of the kept blocks (all of them lie in the article box).
    kept_chars: int = 0
    # On a page with no title elsewhere, the headline-like block right above the article.
    title: str | None = None


def select_blocks(blocks: list[Block], region: Box | None, posts: list[Box], title: str | None,
                  disabled: frozenset[str], max_drop_ratio: float, answers: frozenset[int] = frozenset(),
                  site_names: frozenset[str] = frozenset()) -> Selection:
    """The verdict on each block of the page (``posts``: its forum thread's, threadposts.thread_posts)."""
    # The blocks inside the article box are a run: the walk makes them while inside its element.
    inside = range(region.first, region.end) if region is not None else range(len(blocks))
    verdicts = _verdicts(blocks, region, inside, title, disabled)
    drop_pull_quotes(blocks, verdicts, region)
    drop_summaries(blocks, verdicts)
    drop_forum_replies(blocks, verdicts, answers)
    drop_thread_blocks(blocks, verdicts)
    drop_signature(blocks, verdicts, inside)
    name_replies(blocks, verdicts, region, posts)
    keep_notice_dates(blocks, verdicts)
    keep_photo_story(blocks, verdicts, inside)
    keep_sapo(blocks, verdicts, inside)
    keep_linked_headings(blocks, verdicts, inside)
    keep_linked_items(blocks, verdicts, inside)
    drop_kicker_and_subtitle(blocks, verdicts)
    drop_repeated_title(blocks, verdicts, title)
    drop_next_story(blocks, verdicts, inside)
    drop_comment_list(blocks, verdicts, inside)
    drop_legal_notice(blocks, verdicts, inside, disabled)
    drop_opening_dateline(blocks, verdicts, inside)
    drop_vertical_label(blocks, verdicts)
    drop_address_plate(blocks, verdicts, inside)
    drop_site_banner(blocks, verdicts, inside, site_names)
    drop_closing_credit(blocks, verdicts, inside)  # (last: the article's last line is known only now)
    sel = Selection()
    region_chars = kept_chars = 0
    for i in inside:
        if not _trusted(verdicts[i]):
            chars = visible_chars(blocks[i].text)
            region_chars += chars
            if verdicts[i] is None:
                kept_chars += chars
    if region_chars and kept_chars < (1 - max_drop_ratio) * region_chars:
        sel.flags.append(Flag("strip", "safety_valve",
                              f"detectors would keep {kept_chars} of {region_chars} chars of the article box",
                              blocks[inside[0]].text[:80]))
        for i in inside:
            if not _trusted(verdicts[i]):
                verdicts[i] = None
        kept_chars = region_chars
    sel.kept_chars = kept_chars
    kept: list[Block] = []
    first_kept = next((i for i, v in enumerate(verdicts) if v is None), len(blocks))
    above = first_kept - 1
    while above > 0 and rule_of(verdicts[above]) == "heuristic:meta_line":
        above -= 1  # the date and source line between headline and body
    if title is None and 0 <= above < len(blocks) - 1 and _headline_above(blocks[above], verdicts[above]):
        verdicts[above] = (TITLE_RULE, "headline-like block right above the article, moved to the title field", True)
        sel.title = blocks[above].text
    last_kept = len(blocks)
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict is None:
            kept.append(block)
            last_kept = index
            continue
        rule, evidence, _ = verdict
        sel.drops.append((rule, evidence, block.text))
        # (a pager a box's class named first: WordPress's div.page-links "Pages: 1 2 3")
        if rule in ("heuristic:pagination", "heuristic:prev_next") or pagination(block.text, Context()):
            sel.pagers.append(block.box.node)
        # Date, author and source lines sit before the body or inside the article box (a saved copy's
        # note dates the copy), or right under the body as a blog post's footer (作者:X 阅读(12) 发表于:…).
        if len(block.text) < _META_LINE_MAX and rule != COPY_NOTE_RULE and (
                index < first_kept or index in inside or (index == last_kept + 1 and rule == _POST_FOOTER)):
            sel.meta_lines.append(block.text)
            if index in inside and index < first_kept:
                sel.head_lines.append(block.text)
            elif rule in _LINK_LISTS and (_list_item(block.box) or index in inside):
                sel.listed_lines.append(block.text)
    sel.credit_lines = [b.text for b in blocks[last_kept + 1:last_kept + 1 + _CREDIT_BLOCKS]
                        if len(b.text) < _META_LINE_MAX]
    sel.paragraphs = merge_cells(kept)
    return sel


def _list_item(box: Box | None) -> bool:
    """The box is a list's item or inside one."""
    while box is not None:
        if box.tag == "li":
            return True
        box = box.parent
    return False


def _headline_above(block: Block, verdict: Verdict) -> bool:
    """A block the article box left out only by position that reads as a headline (a one-paragraph
    article whose headline is a <p><strong> beside it), not a date or source line."""
    return (rule_of(verdict) == "heuristic:outside_body" and len(block.text) >= HEADLINE_MIN
            and standalone_headline(block.text))


def _trusted(verdict: Verdict) -> bool:
    return verdict is not None and (verdict[0] == TITLE_RULE or verdict[2])


def _verdicts(blocks: list[Block], region: Box | None, inside_at: range, title: str | None,
              disabled: frozenset[str]) -> list[Verdict]:
    out: list[Verdict] = []
    in_related = False
    headline = title_run(blocks, title, _TITLE_TAGS) or range(0)
    total = len(blocks)
    kinds: dict[Box, Kind | None] = {}
    span = (inside_at[0], inside_at[-1]) if inside_at else (0, 0)
    far: Verdict = ("heuristic:outside_body", f"outside the article box <{region.tag if region else ''}>", True)
    for index, block in enumerate(blocks):
        inside = index in inside_at
        verdict: Verdict
        if index in headline:
            verdict = (TITLE_RULE, "the headline, moved to the title field", True)
        elif headline and index < headline.start and title and crumb_title(block.text) == title:
            verdict = ("heuristic:breadcrumb", "a trail of crumbs above the headline, ending in it", True)
        elif not inside:
            near = index < _NEAR or abs(index - span[0]) < _NEAR or abs(index - span[1]) < _NEAR
            verdict = _outside_verdict(block, Context(index, total, block.link_density) if near else None,
                                       disabled, far)
        else:
            kind = kind_within(block.box, region, kinds) if region is not None else None
            verdict = _inside_verdict(block, kind, Context(index, total, block.link_density), disabled,
                                      in_related)
        if verdict is not None:
            # A related heading (a detector's, not a box's class) starts a list its short lines continue;
            # the blocks after a box of teaser cards are no items of it.
            in_related = (verdict[0] == "heuristic:related" and not verdict[2]) or (
                in_related and verdict[0] != TITLE_RULE)
        else:
            in_related = False
        out.append(verdict)
    return out


def _outside_verdict(block: Block, ctx: Context | None, disabled: frozenset[str], far: Verdict) -> Verdict:
    """Outside the article box everything goes; the detectors only name what sits near the article
    (crumbs, date lines, prev/next, footers) or at the top of the page (spam headers): ``ctx`` is
    given only there."""
    if ctx is not None and (found := detect(block.text, ctx, disabled)):
        return (f"heuristic:{found[0]}", found[1], True)
    if (density := block.link_density) >= _LINK_LIST and "nav" not in disabled:
        return ("heuristic:nav", f"{density:.0%} link text", True)
    return far


def _inside_verdict(block: Block, kind: Kind | None, ctx: Context, disabled: frozenset[str],
                    in_related: bool) -> Verdict:
    if kind is not None and kind[0] not in disabled:
        name, evidence = kind
        return ("caption" if name == "caption" else f"heuristic:{name}", f"inside {evidence}", True)
    if block.box.tag in ("td", "th") and not block.link_density:
        disabled = disabled | _DATA_CELL  # figures in a table cell; a pager's numbers are links
    if found := detect(block.text, ctx, disabled):
        return (f"heuristic:{found[0]}", found[1], False)
    # (a link's title never ends with "。"; a one-sentence paragraph after the list does)
    if in_related and "related" not in disabled and (ctx.link_density >= 0.5 or (
            len(block.text) <= _RELATED_ITEM_MAX and not has_sentence(block.text[:-1])
            and not block.text.endswith("。")) or (
            ctx.link_density >= _STAMPED_LINKS and len(block.text) <= _RELATED_ITEM_MAX
            and _ITEM_STAMP.search(block.text))):
        return ("heuristic:related", "item of a related-links list", False)
    return None


def merge_cells(kept: list[Block]) -> list[str]:
    """One line per table row: cells of the same row are joined with a space (a cell's text may sit
    in a <p> of its own: <td><p><strong>类别</strong></p></td>)."""
    out: list[str] = []
    prev: Box | None = None
    for block in kept:
        box = _cell(block.box)
        if (prev is not None and box.tag in ("td", "th") and prev.tag in ("td", "th")
                and prev is not box and prev.parent is box.parent):
            out[-1] = f"{out[-1]} {block.text}"
        else:
            out.append(block.text)
        prev = box
    return out


def _cell(box: Box) -> Box:
    """The table cell a paragraph fills, or the box itself."""
    parent = box.parent
    return parent if box.tag == "p" and parent is not None and parent.tag in ("td", "th") else box
