"""Deciding block by block: kept, or dropped under a named rule.

Blocks outside the article's box are dropped (named by a detector when one fires, else
``heuristic:outside_body``); inside it, boxes whose class says boilerplate and the named detectors
drop the rest. A safety valve keeps the box's text whole, with a Flag, when the detectors would
drop most of it: better some boilerplate than a lost article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from ..record import Flag
from .blocks import Kind, kind_within, title_run
from .detection import detect
from .dom import Block, Box
from .heuristics import Context, has_sentence
from .ledger import TITLE_RULE, visible_chars
from .patterns import starts, words
from .text import HEADLINE_MIN
from .textlines import notice_date
from .texttitles import standalone_headline

_RELATED_ITEM_MAX = 80
# Outside the article box, blocks this close to it (or to the top of the page) are named by the
# detectors; farther ones are just outside_body. Mostly-link blocks are nav wherever they are.
_NEAR = 8
_LINK_LIST = 0.6
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "p", "div", "span", "td", "strong"})
# Dropped blocks longer than this are not metadata lines (date, source, author).
_META_LINE_MAX = 200
# A kicker (引题) in a heading right above the headline, or a ——subtitle right under it, is this short.
_KICKER_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_KICKER_MAX = 50
# A photo story: this many captions in the article box, holding this many times its other text.
_STORY_CAPTIONS = 2
_STORY_SHARE = 4
# The credits under an article's body are this many blocks at most (作者 / 编辑 / 来源 spans).
_CREDIT_BLOCKS = 3
# A summary repeats at least this much of the start of the paragraph after it.
_SUMMARY_MIN = 15
_DATA_CELL = frozenset({"pagination"})
# Headings and table cells repeat the start of what follows them by design.
# Share of a labelled teaser's two-char pieces the paragraph after it holds.
_TEASER_SHARE = 0.6
_NOT_SUMMARY_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
# The id of one post of a forum thread (Discuz postmessage_N / pid N, phpBB post_N).
_POST_ID = re.compile(r"(postmessage|post|pid|reply)_?(\d+)")
# What a Japanese paper or blog closes an article with: the reporters' names in brackets (【佐藤美咲】),
# or the source it was taken from (（北陸日報より）).
_CLOSING_CREDIT = re.compile(r"【[\u4e00-\u9fff\u3040-\u30ffー・、 　]{2,15}】|[（(][^（）()]{2,20}より[）)]")
# A forum post: its number, and whether a box lies in its message (postmessage_N) or around it.
Post = tuple[int, bool]


@dataclass(slots=True)
class Selection:
    paragraphs: list[str] = field(default_factory=list)
    drops: list[tuple[str, str, str]] = field(default_factory=list)
    # Elements holding a pager (上一页 1 2 下一页): where the next-page links are.
    pagers: list[LexborNode] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    # The short dropped blocks right under the body (作者：X　来源：Y in the article's footer).
    credit_lines: list[str] = field(default_factory=list)
    # Non-whitespace chars of the kept blocks (all of them lie in the article box).
    kept_chars: int = 0
    # On a page with no title elsewhere, the headline-like block right above the article.
    title: str | None = None


# (rule, evidence, by_structure): by_structure is true when the page's own markup (a class, a tag)
# names the block as boilerplate; the safety valve trusts those and second-guesses only the rest.
Verdict = tuple[str, str, bool] | None


def select_blocks(blocks: list[Block], region: Box | None, title: str | None, disabled: frozenset[str],
                  max_drop_ratio: float, answers: frozenset[int] = frozenset()) -> Selection:
    # The blocks inside the article box are a run: the walk makes them while inside its element.
    inside = range(region.first, region.end) if region is not None else range(len(blocks))
    verdicts = _verdicts(blocks, region, inside, title, disabled)
    _drop_summaries(blocks, verdicts)
    _drop_forum_replies(blocks, verdicts, answers)
    _drop_closing_credit(blocks, verdicts, inside)
    _keep_notice_dates(blocks, verdicts)
    _keep_photo_story(blocks, verdicts, inside)
    _drop_kicker_and_subtitle(blocks, verdicts)
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
    while above > 0 and _rule(verdicts[above]) == "heuristic:meta_line":
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
        if rule in ("heuristic:pagination", "heuristic:prev_next"):
            sel.pagers.append(block.box.node)
        # Date, author and source lines sit before the body or inside the article box.
        if len(block.text) < _META_LINE_MAX and (index < first_kept or index in inside):
            sel.meta_lines.append(block.text)
    sel.credit_lines = [b.text for b in blocks[last_kept + 1:last_kept + 1 + _CREDIT_BLOCKS]
                        if len(b.text) < _META_LINE_MAX]
    sel.paragraphs = merge_cells(kept)
    return sel


def _keep_notice_dates(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A date alone right under a kept line naming a notice's issuer (市教育局 / 2026年8月25日) is the
    date the notice is signed with, article text, as in text mode."""
    for i in range(1, len(blocks)):
        if (verdicts[i - 1] is None and _rule(verdicts[i]) == "heuristic:meta_line"
                and notice_date(blocks[i].text, blocks[i - 1].text)):
            verdicts[i] = None


def _drop_kicker_and_subtitle(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A paper's headline may stand between a kicker in a heading of its own (<h3>引题</h3><h1>…) and
    a subtitle opening with a dash (<h2>——副题</h2>): both are the headline's, not the article's."""
    at = next((i for i, v in enumerate(verdicts) if _rule(v) == TITLE_RULE), None)
    if at is None:
        return
    before, after = blocks[at - 1] if at else None, blocks[at + 1] if at + 1 < len(blocks) else None
    if (before is not None and verdicts[at - 1] is None and before.box.tag in _KICKER_TAGS
            and len(before.text) <= _KICKER_MAX and not has_sentence(before.text)):
        verdicts[at - 1] = ("heuristic:kicker", f"a <{before.box.tag}> right above the headline", False)
    if (after is not None and verdicts[at + 1] is None and after.text.startswith(("——", "──"))
            and len(after.text) <= _KICKER_MAX and not has_sentence(after.text)):
        verdicts[at + 1] = ("heuristic:subtitle", "the headline's ——subtitle right under it", False)


def _keep_photo_story(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """A photo story (组图) is told in its captions: when the article box holds two or more captions
    that are sentences and next to no other text, the captions are the article."""
    captions = [i for i in inside if _rule(verdicts[i]) == "caption" and has_sentence(blocks[i].text)]
    if len(captions) < _STORY_CAPTIONS:
        return
    other = sum(visible_chars(blocks[i].text) for i in inside if verdicts[i] is None)
    if other * _STORY_SHARE < sum(visible_chars(blocks[i].text) for i in captions):
        for i in captions:
            verdicts[i] = None


def _drop_summaries(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A kept block that the next kept one starts with is a summary of it when it is cut off there,
    mid-word or with "…" (DedeCMS's div.intro holds the first 40 chars of the article): the article
    says it in full. A heading the paragraph opens with ends at a word boundary. Spam words are
    left out of both: the teaser keeps a spam link taken out of the paragraph."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    for i, j in itertools.pairwise(kept):
        whole, text = blocks[i].text, blocks[j].text
        head = whole.rstrip("…. ")
        if whole != head and _teaser(head, text):
            verdicts[i] = ("heuristic:summary", "a labelled teaser, cut off, retelling the next paragraph", False)
            continue
        if (not _SUMMARY_MIN <= len(head) < len(text) or head[:_SUMMARY_MIN] != text[:_SUMMARY_MIN]
                or blocks[i].box.tag in _NOT_SUMMARY_TAGS):
            continue
        short, full = _without_spam(head), _without_spam(text)
        cut = whole != head or (head[-1].isalnum() and full[len(short):len(short) + 1].isalnum())
        if cut and full.startswith(short):
            verdicts[i] = ("heuristic:summary", "repeats the start of the next paragraph", False)


def _teaser(head: str, text: str) -> bool:
    """摘要：… cut off with "…", most of whose two-char pieces the next paragraph holds: the lead
    retold above the article (a paper's abstract is whole, and stays)."""
    lead = starts(head, "summary")
    if not lead:
        return False
    body = head[head.lower().find(lead) + len(lead):].lstrip(" :：】]")
    pairs = {body[k:k + 2] for k in range(len(body) - 1)}
    return len(pairs) >= _SUMMARY_MIN and sum(pair in text for pair in pairs) >= _TEASER_SHARE * len(pairs)


def _without_spam(text: str) -> str:
    low = text.lower()
    return words("spam", low).sub("", low)


def _drop_closing_credit(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """The article's last kept line when it is only a credit (_CLOSING_CREDIT)."""
    last = next((i for i in reversed(inside) if verdicts[i] is None), None)
    if last is not None and _CLOSING_CREDIT.fullmatch(blocks[last].text.strip()):
        verdicts[last] = ("heuristic:byline_editor", "a credit closing the article: names or source in brackets", False)


def _drop_forum_replies(blocks: list[Block], verdicts: list[Verdict], answers: frozenset[int]) -> None:
    """In a forum thread the article is the first post (in page order): kept blocks inside later
    posts are replies, however long. Where the post marks its message (Discuz postmessage_N), the
    rest of it is the poster's profile (积分, 帖子, 注册时间...). The answers of a Q&A page
    (``answers``: elements by mem_id) are posts too, each all message."""
    posts: dict[Box, Post | None] = {}
    found = [(i, post) for i, v in enumerate(verdicts)
             if v is None and (post := _post_of(blocks[i].box, posts, answers))]
    first = found[0][1][0] if found else None
    message = (first, True) in {post for _, post in found}
    for i, (number, in_message) in found:
        if number != first:
            verdicts[i] = ("heuristic:comments", f"forum reply (post {number}; the article is post {first})", True)
        elif message and not in_message:
            verdicts[i] = ("heuristic:forum_profile", f"in post {first} outside its message", True)


def _post_of(box: Box, posts: dict[Box, Post | None], answers: frozenset[int]) -> Post | None:
    """The forum post ``box`` lies in, from the nearest ancestor id naming one (or being an answer,
    numbered by where it starts)."""
    chain: list[Box] = []
    node: Box | None = box
    post: Post | None = None
    while node is not None and node not in posts:
        chain.append(node)
        if (ident := node.node.id) and (m := _POST_ID.fullmatch(ident)):
            post = (int(m.group(2)), m.group(1) == "postmessage")
            break
        if answers and node.node.mem_id in answers:
            post = (node.first, True)
            break
        node = node.parent
    else:
        post = posts[node] if node is not None else None
    for seen in chain:
        posts[seen] = post
    return post


def _headline_above(block: Block, verdict: Verdict) -> bool:
    """A block the article box left out only by position that reads as a headline (a one-paragraph
    article whose headline is a <p><strong> beside it), not a date or source line."""
    return (_rule(verdict) == "heuristic:outside_body" and len(block.text) >= HEADLINE_MIN
            and standalone_headline(block.text))


def _rule(verdict: Verdict) -> str | None:
    return verdict[0] if verdict is not None else None


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
        elif not inside:
            near = index < _NEAR or abs(index - span[0]) < _NEAR or abs(index - span[1]) < _NEAR
            verdict = _outside_verdict(block, Context(index, total, block.link_density) if near else None,
                                       disabled, far)
        else:
            kind = kind_within(block.box, region, kinds) if region is not None else None
            verdict = _inside_verdict(block, kind, Context(index, total, block.link_density), disabled,
                                      in_related)
        if verdict is not None:
            in_related = verdict[0] == "heuristic:related" or (in_related and verdict[0] != TITLE_RULE)
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
            and not block.text.endswith("。"))):
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
