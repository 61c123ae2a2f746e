"""Line-level stripping for plain-text input (.txt reposts): the same detectors, one line at a time.

Paragraphs are the non-empty lines, stripped of indentation. The first line no detector drops and
that reads as a headline (short, no sentence end) becomes the title.
"""

from __future__ import annotations

import re

from ..record import Flag
from . import vocab
from .bylines import drop_bylines
from .commentlist import HEAD_MAX as COMMENT_HEAD_MAX
from .commentlist import ITEM_MAX as COMMENT_ITEM_MAX
from .commentlist import comment_stamp
from .detection import detect
from .heuristics import spam_terms
from .infoline import NUMBER_DOT, info_line
from .inline import drop_inline_marks
from .ledger import TITLE_RULE, Ledger, visible_chars
from .matome import drop_thread_lines
from .notices import drop_legal_notice_lines
from .sentences import SENTENCE_END, Context, has_sentence, has_sentence_besides_addresses
from .sitetitle import strip_site
from .spamruns import drop_spam_runs
from .textlines import addresses_line, notice_date, outlet_name, page_furniture, repeats_title, share_button
from .textlists import drop_bulleted_tail, drop_promotion_copy, keep_photo_captions
from .texttitles import (
    headline,
    kicker_and_subtitle,
    standalone_headline,
    title_below_breadcrumb,
    title_below_labels,
    title_below_page_title,
    title_in_crumb_shape,
)

# After a "相关阅读" heading, short lines are its link list until a real paragraph comes back.
_LIST_ITEM_MAX = 60
# The longest standfirst read as part of a text's header.
_STANDFIRST_MAX = 200
# "2 thoughts on “…”", "3 responses to …": a blog's comment thread, every line below it a comment.
_THREAD_HEAD = re.compile(r"\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s", re.I)
# Above the headline, a chain of three or more keyword phrases joined by "-", "_" or "|" without a
# sentence in it (六合彩开奖结果-香港马会资料-白小姐一肖中特): farms rotate their keywords faster than any
# vocabulary can follow, so there the shape is the evidence.
_CHAIN_SPLIT = re.compile(r"\s*[-_|｜]\s*")
_CHAIN_LINKS = 3
_CHAIN_PHRASE = (3, 40)
# A line under a spam header is its last line when spam words make at least this share of it; a headline
# holding a few (国产动画电影票房突破20亿元: 国产, 电影) is the article's.
_SPAM_SHARE_BELOW = 0.5
# What a dump's title line may carry after the headline: a site name, spam words, a date.
# A doubled dash (主标题——副标题) joins a subtitle, never a site name.
TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜\-–]|(?<!—)—(?!—))\s*")
_SITE_NAME = re.compile(r"[^_|｜]{2,16}(?:网|網|站|报|報|门户|頻道|频道|在线|在線|新闻|新聞|资讯|資訊)"
                        r"|[\w.-]+\.[a-z]{2,}")
_TRAILING_DATE = re.compile(r"\s+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# A copy-pasted page's header above the headline: crumbs joined by ">" without a home crumb, and menu
# lines of section names (CJK items of up to four chars); a longer headline is looked for this far.
_TRAIL_SPLIT = re.compile(r"\s*(?:>>|[>»›＞〉→])\s*")
_CRUMB_MAX = 12
_MENU_SPLIT = re.compile(r"[\s|｜·/]+")
_MENU_ITEM_CJK = 4
_MENU_ITEMS_HOME, _MENU_ITEM_LONG = 3, 6
_IDEOGRAPH = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_LOOK_BELOW = 4
# A print view's labelled headline (作者: X    时间: …    标题: Y).
_TITLE_LABEL = re.compile(r"(?:^|\s)(?:标题|標題)\s*[:：]\s*(\S.{0,79}?)\s*$")
# A paged article's headline with its page's number (非遗竹编走进课堂(1/3)).
_PAGE_OF = re.compile(r"\s*[(（]\s*\d{1,2}\s*/\s*\d{1,2}\s*[)）]$")
# Under the headline: a date and time line, and short labelled lines (发布于：河北省).
# A headline split off a longer line, or found outside its usual place, is at least this long.
HEADLINE_MIN = 6


def strip_lines(lines: list[str], disabled: frozenset[str], ledger: Ledger,
                max_drop_ratio: float) -> tuple[str | None, list[str], list[Flag]]:
    """Return (title, kept paragraphs, flags), recording every dropped line in ``ledger``."""
    decisions = drop_thread_lines(keep_photo_captions(_decide(lines, disabled)))
    title = next((_trimmed_title(line) for line, rule, _ in decisions if rule == TITLE_RULE), None)
    if title is None:
        title = _labelled_title(decisions)
    if title and any(rule == "heuristic:pagination" for _, rule, _ in decisions):
        title = _PAGE_OF.sub("", title) or title  # 标题(1/3) over a pager line: the page's number goes
    kept = [line for line, rule, _ in decisions if rule is None]
    before = sum(visible_chars(line) for line in lines)
    flags: list[Flag] = []
    if before and not kept and sum(visible_chars(x) for x in lines if x != title) > (1 - max_drop_ratio) * before:
        flags.append(Flag("strip", "safety_valve", "detectors would drop every line; kept them", lines[0][:80]))
        decisions = [(line, rule if rule == TITLE_RULE else None, ev) for line, rule, ev in decisions]
        kept = [line for line, rule, _ in decisions if rule is None]
    for line, rule, evidence in decisions:
        if rule is not None:
            ledger.drop(rule, evidence, line)
    kept, _ = drop_bylines(drop_inline_marks(drop_spam_runs(kept, ledger), ledger), ledger)
    return title, kept, flags


def _decide(lines: list[str], disabled: frozenset[str]) -> list[tuple[str, str | None, str]]:
    """(line, rule that drops it or None, evidence) for every line."""
    out: list[tuple[str, str | None, str]] = []
    have_title = have_body = in_related = in_comments = in_thread = in_share = False
    for index, line in enumerate(lines):
        found = detect(line, Context(index, len(lines)), disabled)
        if found is None:
            found = page_furniture(line)
        elif found[0] == "meta_line" and have_body and notice_date(line, out[-1][0] if out[-1][1] is None else None):
            found = None
        if found is None and have_body and _THREAD_HEAD.match(line):
            found, in_thread = ("comments", "the heading of a comment thread"), True
        if found is None and not (have_title or have_body) and "spam_header" not in disabled:
            below = lines[index + 1:index + 1 + _LOOK_BELOW]
            found = _spam_above_headline(line, out, below) or _site_header(line, below)
        elif found is None and have_title and not have_body and line.lower().startswith(vocab.BREADCRUMB_HOME) and (
                "spam_header" not in disabled):
            # the site's menu (首页 博文目录 …) under its name, which was taken for the headline
            found = _site_header(line, lines[index + 1:index + 1 + _LOOK_BELOW])
        if found is None and not have_body and addresses_line(line) and "spam_header" not in disabled:
            found = ("spam_header", "the site's web addresses above the article")
        if found is None and not have_body and "meta_line" not in disabled:
            found = info_line(line, have_title)
        if found is None and in_related and len(line) <= _LIST_ITEM_MAX and not has_sentence(
                NUMBER_DOT.sub("", line[:-1])) and not line.endswith("。"):  # 20.000 ends no sentence; a 。 does
            found = ("related", "item of a related-links list")
        elif found is None and in_comments and (in_thread or len(line) <= COMMENT_ITEM_MAX):
            found = ("comments", "item of a comment list")
        elif found is None and in_comments and _comment_stamp(out[-1]):
            found = ("comments", "a comment's text under its author and date")
        elif found is None and in_share and share_button(line):  # (a copied bar: one button a line)
            found = ("share", "a network's button under the share bar")
        if found is not None and not (have_title or have_body) and _headline_before_spam(line, found, out):
            have_title = True
            out.append((line, TITLE_RULE, "headline with spam words after it, moved to the title field"))
            continue
        if found is not None:
            in_related = found[0] == "related" or (in_related and found[0] != "copyright_footer")
            in_comments = (found[0] == "comments" and have_body and (in_thread or len(line) <= COMMENT_HEAD_MAX)) or (
                in_comments and found[0] != "copyright_footer")
            in_thread = in_thread and in_comments
            in_share = found[0] == "share"
            out.append((line, f"heuristic:{found[0]}", found[1]))
            continue
        in_related = False
        if not have_title and not have_body and headline(line):
            have_title = True
            out.append((line, TITLE_RULE, "first headline-like line, moved to the title field"))
            continue
        if have_title and not have_body and repeats_title(line, out):
            out.append((line, "heuristic:duplicate_title", "the headline again under itself"))
            continue
        # A standfirst under the headline (a line without a sentence end, also a long one) keeps the
        # header open: the byline and date lines below it are still the header's.
        have_body = have_body or not (have_title and (headline(line) or _standfirst(line)))
        out.append((line, None, ""))
    drop_bulleted_tail(out)
    drop_promotion_copy(out)
    drop_legal_notice_lines(out, disabled)
    title_below_page_title(out)
    title_below_breadcrumb(out)
    title_in_crumb_shape(out)
    kicker_and_subtitle(out)
    title_below_labels(out)
    return out


def _comment_stamp(above: tuple[str, str | None, str]) -> bool:
    """Whether the line above, dropped in a comment list, is a comment's writer and date stamp: the line
    under it is that comment's text, however long."""
    line, rule, _ = above
    return rule == "heuristic:comments" and comment_stamp(line)


def _labelled_title(decisions: list[tuple[str, str | None, str]]) -> str | None:
    """A forum or blog print view names its headline in a dropped info line above the text (标题: Y)."""
    for line, rule, _ in decisions:
        if rule is None:
            return None
        if ("标题" in line or "標題" in line) and (m := _TITLE_LABEL.search(line)):
            return m.group(1)
    return None


def _spam_above_headline(line: str, out: list[tuple[str, str | None, str]], below: list[str]) -> tuple[str, str] | None:
    """Above the headline: the site's welcome and bookmark line, a keyword chain (with a headline
    ``below`` it: a page <title> over the body is the title line), or a line with spam words right
    below a spam header (a header stacked over several lines, the last one too short to prove itself, but
    mostly spam words)."""
    if any(phrase in line for phrase in vocab.SITE_CHROME):
        return "nav", "site chrome above the headline"
    if has_sentence_besides_addresses(line):
        return None
    phrases = _CHAIN_SPLIT.split(line)
    if len(phrases) >= _CHAIN_LINKS and all(_CHAIN_PHRASE[0] <= len(p) <= _CHAIN_PHRASE[1] for p in phrases) and (
            any(map(standalone_headline, below))):
        return "spam_header", f"chain of {len(phrases)} keyword phrases above the headline"
    terms = spam_terms(line) if out and out[-1][1] == "heuristic:spam_header" else []
    if len(terms) >= 2 and sum(map(len, terms)) >= _SPAM_SHARE_BELOW * len(line.strip()):
        return "spam_header", "spam words in the line below a spam header"
    return None


def _site_header(line: str, below: list[str]) -> tuple[str, str] | None:
    """Above the headline of a copy-pasted page: a trail of crumbs without a home crumb (搜狐 > 旅游 >
    正文, 人民网>>社会·法治), or the site's menu line (新华网 时政 国际 财经, World U.S. Politics, a
    section label) when a longer headline-like line follows: the title is that one."""
    if not headline(line):
        return None
    longer = next((b for b in below if len(b) > len(line) and headline(b)), None)
    crumbs = _TRAIL_SPLIT.split(line)
    # Two crumbs joined by a spaced ">" (Thời sự > Giao thông) only above a longer headline.
    if len(crumbs) >= 2 and all(1 <= len(c) <= _CRUMB_MAX for c in crumbs) and (
            len(crumbs) >= 3 or ">>" in line or "»" in line or crumbs[-1] in vocab.ARTICLE_CRUMBS or (
            longer is not None and " > " in line)):
        return "breadcrumb", f"trail of {len(crumbs)} short crumbs above the headline"
    # a menu opening with the home crumb (首页 知乎知学堂 发现 等你来答) may stand over a shorter headline
    home_menu = (line.startswith(vocab.BREADCRUMB_HOME) and _IDEOGRAPH.search(line) is not None
                 and any(map(headline, below)))
    if longer is None and not home_menu:
        return None
    items = [t for t in _MENU_SPLIT.split(line) if t and t.lower() not in vocab.APP_BUTTONS]
    menu = False
    if _IDEOGRAPH.search(line):
        # Section names, or the site's or app's short name alone (学习强国; 腾讯新闻 打开APP), or the
        # home crumb's menu
        menu = (longer is not None and len(items) >= 1 and all(len(t) <= _MENU_ITEM_CJK for t in items)) or (
            home_menu and len(items) >= _MENU_ITEMS_HOME and all(len(t) <= _MENU_ITEM_LONG for t in items))
    elif longer is not None:  # a Latin site name above a Chinese or Japanese headline is chrome as well
        named = sum(t.lower() in vocab.SECTION_NAMES for t in items)
        # Mostly section names: a headline may hold two (World Business Leaders Meet in Davos).
        # or the site's name and its section (Jornal da Serra - Cidades)
        menu = (named >= min(2, len(items)) and 2 * named >= len(items)) or _IDEOGRAPH.search(longer) is not None or (
            outlet_name(items)) or line.rpartition(" - ")[2].lower() in vocab.SECTION_NAMES
    return ("nav", "the site's menu line above a longer headline") if menu else None


def _headline_before_spam(line: str, found: tuple[str, str], out: list[tuple[str, str | None, str]]) -> bool:
    """Below the spam header or breadcrumb, where the headline stands: a spam header whose first part
    is a clean headline (标题-久久精品国产免费观看), or under the crumb whose last part is one
    (久久精品国产免费观看_标题), is the headline with the farm's words glued on."""
    if found[0] != "spam_header" or not out:
        return False
    head = TITLE_SEPARATOR.split(line, maxsplit=1)[0]
    # spam words before the headline only under the crumb (the top spam line may end in a clean phrase)
    under_crumb = any(rule == "heuristic:breadcrumb" for _, rule, _ in out)
    return (len(head) >= HEADLINE_MIN and headline(head) and not spam_terms(head)) or (
        under_crumb and _headline_after_spam(line) is not None)


def _headline_after_spam(line: str) -> str | None:
    """The headline a farm put its spam words before (久久精品国产免费观看_标题), or None; one spam
    word may be the headline's own (综合调查)."""
    parts = TITLE_SEPARATOR.split(line)
    tail = parts[-1]
    if len(parts) < 2 or len(tail) < HEADLINE_MIN or not headline(tail) or len(spam_terms(tail)) > 1:
        return None
    return tail if len(spam_terms(line[: len(line) - len(tail)])) >= 2 else None


def _trimmed_title(line: str) -> str:
    """A dump's title line without the site name, spam words or date after the headline."""
    line = _TRAILING_DATE.sub("", line)
    parts = TITLE_SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) >= HEADLINE_MIN and (
            _SITE_NAME.fullmatch(parts[1]) or len(spam_terms(parts[1])) >= 2):
        return parts[0]
    # 标题——副题——江城新闻网, Title | Site, Site » News » Title
    return _headline_after_spam(line) or strip_site(line, longest=False)


def _standfirst(line: str) -> bool:
    """A line of up to _STANDFIRST_MAX chars without a sentence end anywhere: a paper's standfirst
    under its headline, longer than a headline (a body paragraph ends its sentences). Not a line
    announcing what follows (…安排如下：) nor one of Chinese clauses (a first paragraph that lost its 。)."""
    return (len(line) <= _STANDFIRST_MAX and line[-1] not in SENTENCE_END and not line.endswith((":", "："))
            and "，" not in line and not has_sentence(line))


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
