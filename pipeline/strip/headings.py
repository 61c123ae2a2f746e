"""Headline candidates read from the blocks: h1s and h2s, the ones that are one link, and blocks whose
class names a title (div.biaoti)."""

from __future__ import annotations

import itertools
import re

from . import vocab
from .blocks import joined
from .classnames import class_and_id
from .dom import Block, Box
from .metaline import meta_line
from .sentences import Context, has_sentence

_NAMED_TITLE_MAX = 80
_COLUMN_MAX = 8  # a column's or a frame's heading (今日热文精选), not a story's headline
_LEAD_MIN = 50  # a story's first paragraph
_PARAGRAPH = 200
# A link to a site's home page: empty, "/", "./", "index.html", "https://www.site.cn/".
_HOME_HREF = re.compile(r"(?:(?:https?:)?//[^/?#]+)?(?:/|\./)?(?:index\.\w+)?(?:[?#].*)?", re.I)
_LOGO_TOKEN = re.compile(r"(?:^|[\s_-])(?:" + "|".join(vocab.SITE_LOGO_NAMES) + r")(?:$|[\s_-])")
_TITLE_TOKEN = re.compile(r"(?:^|[\s_-])(?:" + "|".join(vocab.TITLE_CLASS) + r")(?:$|[\s_-])")


def headings(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Headline candidates: the h1s and the h2s, leaving out the site's logo text and linked ones (a site
    logo in an <h1>) but an <h1> linked to a page other than the home page (a headline linked to its own
    page, as WordPress themes print it); the lines of one heading broken by <br> as one."""
    heads = [b for b in blocks if b.box.tag in ("h1", "h2") and not _in_logo(b.box)
             and (b.link_density < 0.5 or (b.box.tag == "h1" and not _home_link(b.box)))]
    runs = [(run[0].box.tag, joined([b.text for b in run]))
            for run in (list(run) for _, run in itertools.groupby(heads, key=lambda b: b.box))]
    return [text for tag, text in runs if tag == "h1"], [text for tag, text in runs if tag == "h2"]


def framed_headline(blocks: list[Block], title: str | None) -> str | None:
    """An aggregator frames the story it shows under its own column heading (<h1>今日热文精选</h1>, its
    <title> too): where the chosen headline is that short a heading and a later heading outside the
    column heading's box stands over the story's first paragraph (within four lines: an info line, a 原标题
    line, a salutation first), that heading is the story's headline, if the info line is under it or the
    column heading has none. (A portal's subtitle <h2> sits in the headline's own box; a section heading
    in the body comes after the headline's info line: the headline stays.)"""
    if not title or len(title) > _COLUMN_MAX:
        return title
    at = next((i for i, b in enumerate(blocks) if b.text == title and b.box.tag in ("h1", "h2")), None)
    frame = blocks[at].box.parent if at is not None else None
    if at is None or frame is None:
        return title
    dated = any(meta_line(b.text, Context()) for b in blocks[at + 1:at + 3])
    for i in range(at + 1, len(blocks) - 1):
        head = blocks[i]
        if head.box.tag in ("h1", "h2", "h3") and len(head.text) > _COLUMN_MAX and head.link_density < 0.5 \
                and any(len(b.text) >= _LEAD_MIN for b in blocks[i + 1:i + 5]):
            over_info = meta_line(blocks[i + 1].text, Context()) is not None
            return head.text if (over_info or not dated) and not frame.first <= i < frame.end else title
        if len(head.text) >= _LEAD_MIN:
            return title  # the body began first: no story header below
    return title


def linked_headings(blocks: list[Block]) -> tuple[list[str], frozenset[str]]:
    """h1s and h2s that are one link: to another page (a blog's post title linked to itself, Kubrick's
    <h2><a rel="bookmark">, or a teaser's: a headline only where the metadata agrees), and home (the
    site's name, casefolded: <h1><a href="/">Harbour Notes</a></h1>; a <title> segment equal to it is
    the site's)."""
    linked = [b for b in blocks if b.box.tag in ("h1", "h2") and b.link_density >= 0.5]
    return [b.text for b in linked if not _home_link(b.box)], frozenset(b.text.casefold() for b in linked
                                                                       if _home_link(b.box))


def column_labels(blocks: list[Block]) -> frozenset[str]:
    """h1s and h2s that label a sidebar's column (博客导读, Blog统计, 导航: a blog host's template, the same on
    every blog): a heading of a few characters over a list (list items or links) with no paragraph in the
    next few lines (a headline's lead comes within them, after its info line and a share bar)."""
    labels: set[str] = set()
    for at, block in enumerate(blocks):
        if block.box.tag not in ("h1", "h2") or len(block.text) > _COLUMN_MAX:
            continue
        under = list(itertools.takewhile(lambda b: b.box.tag not in _HEADING_TAGS, blocks[at + 1:at + 1 + _LIST_SEEN]))
        if under and (under[0].box.tag == "li" or under[0].link_density >= 0.5) \
                and all(len(b.text) < _LEAD_MIN for b in under):
            labels.add(block.text)
    return frozenset(labels)


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LIST_SEEN = 4


def _in_logo(box: Box) -> bool:
    """Whether the heading is the site's logo text: it, or one of the two boxes around it, is named so
    (<div class="logo"><h1>婺源新闻网——中国最美乡村的窗口</h1>, unlinked: an old portal's banner)."""
    around: Box | None = box
    for _ in range(3):
        if around is None:
            return False
        if _LOGO_TOKEN.search(around.names):
            return True
        around = around.parent
    return False


def _home_link(box: Box) -> bool:
    """Whether the heading's link goes to a home page: "/", "index.html", a bare host."""
    link = box.node.css_first("a[href]")
    href = (link.attributes.get("href") or "") if link is not None else ""
    return _HOME_HREF.fullmatch(href.strip()) is not None


def named_titles(blocks: list[Block], doc_title: str | None = None) -> tuple[list[str], list[str]]:
    """Blocks in a box named as a title (div.biaoti, p.news_title) above the article's first long
    paragraph, or that the <title> names before its site's name (a 2000s portal's <td><font size=5><b>
    headline under <title>headline-城南在线</title>). A sidebar's div.title is among them (boxes are not
    scored yet): choose_title ranks these last for that reason. Second, of them, the bold lines right above
    the page's info line (:func:`_above_info_line`): the headline a table layout shows, which outranks a
    <title> naming something else (the site's greeting, 感谢您访问〖…〗, the same on every page)."""
    top = _page_top(blocks)
    named: list[str] = []
    over_info: list[str] = []
    for at, block in enumerate(top):
        if not _line_shaped(block):
            continue
        if _above_info_line(block, top[at + 1:at + 2]):
            over_info.append(block.text)
        elif not (_TITLE_TOKEN.search(block.box.names) or _before_site_name(block.text, doc_title)
                  or _above_lead(block, blocks[at + 1:at + 2])):
            continue
        named.append(block.text)
    return named, over_info


def _page_top(blocks: list[Block]) -> list[Block]:
    """The blocks above the page's first paragraph-long one."""
    return list(itertools.takewhile(lambda b: len(b.text) <= _PARAGRAPH, blocks))


def _line_shaped(block: Block) -> bool:
    """A headline's shape outside an h1/h2: a short line, not a link."""
    return block.box.tag not in ("h1", "h2") and len(block.text) <= _NAMED_TITLE_MAX and block.link_density < 0.5


def _above_info_line(block: Block, below: list[Block]) -> bool:
    """A line of its own in bold right above the page's info line (发布时间：… 来源：…): the headline of
    a table layout that gives it no heading tag (<td><font size=4><b>标题</b></font></td>)."""
    return (bool(below) and len(block.text) >= _HEADLINE_MIN and block.text[-1] not in _SENTENCE_END
            and meta_line(below[0].text, Context()) is not None and _bold(block))  # (the selector query last)


def _above_lead(block: Block, below: list[Block]) -> bool:
    """A line of its own in bold right above a paragraph of prose: the headline of an old forum's or
    magazine's page that gives it no heading tag, no info line and no <title> (<p align=center><strong>标题
    </strong></p><hr><p>正文…)."""
    return (bool(below) and len(block.text) >= _HEADLINE_MIN and block.text[-1] not in _SENTENCE_END
            and len(below[0].text) >= _LEAD_MIN and has_sentence(below[0].text) and _bold(block))


def post_titles(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """A blog post's title right over its body (:func:`_over_post_body`), as a line of its own and as one
    link to the post's own page (ranked lower: a portal's teaser titles are links over their summaries)."""
    lines: list[str] = []
    links: list[str] = []
    for at, block in enumerate(_page_top(blocks)):
        if _over_post_body(block, blocks[at + 1:at + 5]):
            (lines if block.link_density < 0.5 else links).append(block.text)
    return lines, links


def _over_post_body(block: Block, below: list[Block]) -> bool:
    """A line whose box or link is named as a title (div.postTitle, td.post-title, a#viewpost1_TitleUrl),
    unlinked or one link holding all its text, over the post's body: a paragraph of prose, long or with a
    second one in the two lines under it (a subheading between), after an info line (its date) or not."""
    if block.box.tag in ("h1", "h2") or not _HEADLINE_MIN <= len(block.text) <= _NAMED_TITLE_MAX \
            or block.text[-1] in "。." or block.box.end - block.box.first != 1 or not _named_title(block):
        return False
    body = below[1:] if below and meta_line(below[0].text, Context()) is not None else below[:3]
    prose = [len(b.text) >= _LEAD_MIN and has_sentence(b.text) for b in body]
    return bool(prose) and prose[0] and (len(body[0].text) >= _PARAGRAPH or any(prose[1:3]))


def _named_title(block: Block) -> bool:
    """Unlinked, its box named as a title; or one link holding all its text, to no home page, with it or its
    box so named. Tested before the lines under it are read: few lines pass, and reading those costs more."""
    if block.link_density < 0.5:
        return TITLE_WORD.search(block.box.names) is not None
    links = block.box.node.css("a[href]")
    return len(links) == 1 and links[0].text(deep=True).strip() == block.text and (
        TITLE_WORD.search(block.box.names + " " + class_and_id(links[0])) is not None) and not _home_link(block.box)


# A title's name inside a class or id, glued or camel-cased (posttitle, viewpost1_TitleUrl, post-title).
TITLE_WORD = re.compile("title|biaoti|headline|heading")


def _bold(block: Block) -> bool:
    """The block is all of its box, and all in bold or a larger font."""
    box = block.box
    if box.end - box.first != 1:
        return False
    if box.tag in ("b", "strong"):
        return True
    bold = box.node.css_first("b, strong, font[size]")
    return bold is not None and bold.text(deep=True).strip() == block.text


# What follows the headline in a <title>: a separator, then the site's short name.
_SITE_SUFFIX = re.compile(r"\s*(?:[-_|｜–]|(?<!—)—(?!—))\s*[^-_|｜–—]{2,20}")
_HEADLINE_MIN = 6
_SENTENCE_END = "。！？.!?"


def _before_site_name(text: str, doc_title: str | None) -> bool:
    return bool(doc_title and len(text) >= _HEADLINE_MIN and doc_title.startswith(text)
                and _SITE_SUFFIX.fullmatch(doc_title, len(text)))
