"""Named boilerplate detectors. Each looks at one block (or one line of a .txt input) and returns
the evidence for dropping it, or None. They share nothing but the vocabularies in :mod:`vocab`
(compiled in :mod:`patterns`), so each can be tested alone, and a site rule can switch any of them
off by name (``disable``). The patterns their conditions are built from are public: the gate in
:mod:`detection` summarises those conditions to skip the detectors that cannot fire.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import vocab
from .copies import copy_note
from .metaline import meta_line
from .patterns import LEAD_TRIM, lowered_lead, starts, words
from .postfooter import POST_FOOTER_MAX, post_footer
from .provenance import provenance_note
from .sentences import Context, has_sentence, has_sentence_besides_addresses
from .seostack import STACK_MAX, keyword_stack
from .shapes import AD_NOTE_MAX, ad_note, caption, contact_line, pagination, separator
from .textlines import footer_links

Detector = Callable[[str, Context], "str | None"]


_KEYWORD_SPLIT = re.compile(f"[{re.escape(vocab.KEYWORD_SEPARATORS)}]+")
_LIST_SPLIT = re.compile(r"[,，、|/_\s]+")
_PHRASE_SPLIT = re.compile(r"\s*[|｜_]\s*|\s+[-–—]\s+")
_BAR_SPLIT = re.compile(r"\s*[|｜]\s*")
_MENU_ITEMS = 4
# A channel bar's items joined by dashes (see _dash_menu): this long at most, this share of the line links.
_DASH_SPLIT, _DASH_ITEM_MAX, _DASH_MENU_LINKS = re.compile(r"\s*-\s*"), 6, 0.3
_TOC_HEAD_MAX = 20
# The show/hide toggle after a TOC's head (目次 [非表示], Contents [hide]).
_TOC_TOGGLE = re.compile(r"\s*[\[【(（]?\s*(?:" + "|".join(vocab.TOC_TOGGLES) + r")\s*[\]】)）]?$")
_TOC_TOGGLE_MAX = 8
# A home crumb named with the site (网易首页--> 主频道--> 消费真相): a short name, the home word, then a crumb's
# separator (微博首页显示… is prose), on the lowercased text.
SITE_HOME = re.compile(r"[\u4e00-\u9fffa-z0-9]{1,8}?(?:首页|首頁|主页|主頁)\s*(?:-*>|[»›→＞〉》/|｜])")
# 首页-新闻-正文: short crumbs joined by an unspaced "-" (a spaced one counts as a separator).
_DASH_TRAIL = re.compile(r"[^\s-]{1,8}(?:-[^\s-]{1,8}){2,}")
_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？")
_FULL_STOPS = (".", "。")
# A clause's comma, as written or folded to ASCII by a repost (the seed's "," between Han).
_CLAUSE = re.compile(r"，|(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])|, ")


def spam_terms(text: str) -> list[str]:
    """The spam words in ``text``, lowercased."""
    low = text.lower()
    return words("spam", low).findall(low)


def spam_header(text: str, ctx: Context) -> str | None:
    """A line stacked with spam keywords (久久精品国产...), without a sentence in it; words quoted in a
    sentence (这些网站多以“免费观看”“午夜福利”等字样…) are its subject; the dots of a casino's web
    address end no sentence."""
    if has_sentence_besides_addresses(text.rstrip("。.")):
        return None
    if "“" in text and text.rstrip()[-1:] in "。！？":
        text = _QUOTED.sub("", text)
    terms = spam_terms(text)
    distinct = set(terms)
    # An English SEO title: three or more phrases between bars, each with a spam word (Best Online
    # Casino Bonus 2026 | Free Slots No Deposit | Sports Betting Tips).
    phrases = _PHRASE_SPLIT.split(text)
    if len(distinct) >= 2 and len(phrases) >= 3 and all(spam_terms(p) for p in phrases):
        return f"{len(phrases)} phrases between bars, each with spam words: {', '.join(sorted(distinct)[:5])}"
    # Three spam words, or two in a line built as a keyword chain (a-b-c) like spam headers are.
    segments = [p for p in _KEYWORD_SPLIT.split(text) if p]
    if len(distinct) < 2 or (len(distinct) == 2 and len(segments) < 3):
        return None
    letters = max(1, sum(1 for ch in text if ch not in vocab.KEYWORD_SEPARATORS))
    covered = sum(len(t) for t in terms)
    # A chain of keywords may hold other words (sites, bait); a headline that only mentions a few
    # (体育直播平台免费观看引发版权争议) must be nearly all spam words.
    if covered < 0.3 * letters or (len(segments) < 3 and covered < 0.7 * letters):
        return None
    return f"{len(terms)} spam keywords: {', '.join(sorted(distinct)[:5])}"


def keyword_block(text: str, ctx: Context) -> str | None:
    """A "关键词：a, b, c" / "Tags: ..." line, or a run of keywords with spam words in it."""
    if len(text) < 200 and (lead := starts(text, "keyword")):
        return f"keyword label {lead!r}"
    if has_sentence(text):
        return None
    if len(spam_terms(text)) < 2:
        return None
    parts = [p for p in _LIST_SPLIT.split(text) if p]
    return f"{len(parts)} keywords with spam words" if len(parts) >= 4 else None


def breadcrumb(text: str, ctx: Context) -> str | None:
    """当前位置：首页 > 新闻; Home » World; Главная » ...; 网易首页--> 新闻 (a short trail of crumbs). A line that opens
    with a crumb lead but goes on as prose is about a trail (当前位置：首页 > 办事服务——这样一行导航文字，
    过去……。): it ends in a full stop after clauses, where a crumb's last item, a headline, has neither."""
    if lead := starts(text, "breadcrumb"):
        line = text.rstrip()
        if line.endswith(_FULL_STOPS) and (_CLAUSE.search(line) or has_sentence_besides_addresses(line[:-1])):
            return None
        return f"breadcrumb lead {lead!r}"
    head = lowered_lead(text)
    if not head.startswith(vocab.BREADCRUMB_HOME) and not SITE_HOME.match(head):
        return None
    # Four or more items joined by bars make a menu: nav's, not a trail.
    menu = len(_BAR_SPLIT.split(text)) >= _MENU_ITEMS
    seps = sum(text.count(f" {s} ") + (text.count(s) if s in vocab.BREADCRUMB_UNSPACED else 0)
               for s in vocab.BREADCRUMB_SEPARATORS if not (menu and s in "|｜"))
    if seps >= 1 and not has_sentence(text):
        return "trail starting at the home crumb"
    if _DASH_TRAIL.fullmatch(text.strip()):
        return "trail of short crumbs joined by '-'"
    return None


def nav(text: str, ctx: Context) -> str | None:
    """A menu: mostly links and short, or short items joined by "|", or the heading of a table of
    contents alone on its line (its entries are links)."""
    if ctx.link_density >= 0.6 and not has_sentence(text[:-1]):
        return f"{ctx.link_density:.0%} link text"
    if (len(text) <= _TOC_HEAD_MAX + _TOC_TOGGLE_MAX
            and _TOC_TOGGLE.sub("", text.lower()).rstrip(" :") in vocab.TOC_HEADS):
        return "table of contents heading"
    bars = "|" in text or "｜" in text
    if (bars or "·" in text or "•" in text) and footer_links(text):
        return "the footer's links"  # (关于我们 · 广告服务 · 联系我们 too)
    if not bars:
        return _dash_menu(text, ctx)
    items = _BAR_SPLIT.split(text)
    if len(items) >= _MENU_ITEMS and all(len(i) <= 12 for i in items) and not has_sentence(text):
        return f"{len(items)} menu items"
    return None


def _dash_menu(text: str, ctx: Context) -> str | None:
    """A portal's channel bar of short links joined by dashes (雅虎 - 财经 - 新闻 - 科技- 汽车): its separators
    halve its link share, so it is told by its items, most of them links."""
    if ctx.link_density < _DASH_MENU_LINKS or "-" not in text:
        return None
    items = _DASH_SPLIT.split(text.strip())
    if len(items) >= _MENU_ITEMS and all(0 < len(i) <= _DASH_ITEM_MAX for i in items) and not has_sentence(text):
        return f"{len(items)} menu items joined by dashes"
    return None


def related(text: str, ctx: Context) -> str | None:
    """The heading of a related-links list (相关阅读, Related, Читайте также, 関連記事...)."""
    if lead := starts(text, "related"):
        return f"related heading {lead!r}"
    return None


def share(text: str, ctx: Context) -> str | None:
    """分享到：微信 微博 / Share: Facebook X — but not a sentence ("Share prices of X rose 4% on Friday.")."""
    if (lead := starts(text, "share")) and not (len(text.split()) >= 5 and text.rstrip().endswith(_SENTENCE_STOPS)):
        return f"share lead {lead!r}"
    return None


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_OPENING, _CLOSING = "[【（(〔", "]】）)〕"


def banner(text: str, ctx: Context) -> str | None:
    """A cookie, paywall or guest notice (We use cookies…, Уважаемый посетитель, Вы зашли на сайт…):
    dropped though it holds sentences, and looked for in longer blocks than other calls to action."""
    if lead := starts(text, "cookie"):
        return f"cookie or paywall banner {lead!r}"
    if starts(text, "paywall_left") and (found := _PAYWALL_LEFT.match(text.lstrip())):
        return f"paywall banner {found[0]!r}"
    return None


# What is left to read behind a paywall: "Il vous reste 78.52% de cet article à lire", "残り1024文字".
_PAYWALL_LEFT = re.compile(r"il vous reste \d+(?:[.,]\d+)?\s?% de cet article|(?:この記事は)?残り\d[\d,]*文字", re.I)


def call_to_action(text: str, ctx: Context) -> str | None:
    """扫一扫，关注我们 / 打开APP阅读全文 / 本文链接：… / Sign up for our newsletter, and an ad slot's
    label alone on its line (广告, Advertisement): never a line with a sentence before its end."""
    if lead := starts(text, "ad_label"):
        rest = lowered_lead(text)[len(lead):]
        if not rest.strip(" .:：-—"):
            return f"ad label {lead!r}"
        if rest[:1] in _CLOSING and text.lstrip()[:1] in _OPENING:
            return f"ad label {lead!r} in brackets"  # 【广告】扫码领取…
    # (a widget's "…ready..." ends with a run of dots, not a sentence)
    if has_sentence(_URL.sub("", text).rstrip(" .…")[:-1]):
        return None
    if lead := starts(text, "call_to_action"):
        return f"call to action {lead!r}"
    return None


# A comment count is a short line; a copyright footer is looked for in blocks up to this long.
COUNT_LINE_MAX = 40
FOOTER_MAX = 250
# A mark quoted (页面底部仍标注“版权所有，侵权必究”) is the article's subject, not the page's footer.
_QUOTED = re.compile("“[^”]*”|「[^」]*」")
# A copyright mark this far into a block this long, with a sentence end before the block's end, is prose.
_MARK_LEAD = 6
_PROSE_MIN = 40
_PROSE_END = re.compile(r"[。！？]|[.!?;](?=\s)")
# A forum or CMS counter alone on its line (查看: 3521, 浏览：1024次).
VIEW_COUNT = re.compile(r"\s*(?:查看|浏览|瀏覽|阅读|閱讀|点击|點擊|人气|人氣)(?:数|數|次数|次數)?"
                        r"\s*[:：(（]?\s*\d+\s*[)）]?\s*次?\s*$")
COMMENT_COUNT = re.compile(r"\d+\s*(?:条评论|條評論|人参与|人參與|comments?\b|комментари|件のコメント|comentarios)",
                            re.I)


def comments(text: str, ctx: Context) -> str | None:
    """发表评论 / Leave a Reply / 3 comments: never a line holding a sentence before its end (Comments
    from residents will be accepted until Oct. 30.)."""
    if (lead := starts(text, "comments")) and not has_sentence(text[:-1]):
        return f"comment lead {lead!r}"
    if len(text) <= COUNT_LINE_MAX and COMMENT_COUNT.search(text):
        return "comment count"
    if len(text) <= COUNT_LINE_MAX and VIEW_COUNT.match(text):
        return "view count"
    return None


def prev_next(text: str, ctx: Context) -> str | None:
    """上一篇：… / Next article »; 上一篇 / 下一篇 glued to a link's headline too (上一篇多地推出…), but not to
    prose: a line that holds a sentence before its end opens with the words (上一篇小说写的是…。她说…)."""
    if lead := starts(text, "prev_next"):
        rest = lowered_lead(text)[len(lead):].lstrip()
        if not rest or rest[0] in ":：»›>< " or ctx.link_density > 0.3 or (
                lead in ("上一篇", "下一篇") and not has_sentence(rest[:-1])):
            return f"prev/next lead {lead!r}"
    return None


def byline_editor(text: str, ctx: Context) -> str | None:
    """责任编辑：… lines, and an English or Spanish byline of names alone (By Martha Reyes | date)."""
    if lead := starts(text, "editor"):
        if lead in vocab.REPORTER_LEADS and not _NAMES_ONLY.fullmatch(text.lstrip(LEAD_TRIM)[len(lead):]):
            return None  # "By the end of the year…" is prose
        return f"editor line {lead!r}"
    return None


def copyright_footer(text: str, ctx: Context) -> str | None:
    """版权所有 / © / 未经授权不得转载 ... — unless the one mark is in prose: past the start of a long
    block with a sentence end before its last char (…部分平台未经授权转播赛事，已涉嫌侵犯著作权。;
    not the dot of "Depositphotos.com"), or a "©" that is mojibake of "é" (cafÃ©)."""
    low = text.lower()
    quoted = [m.span() for m in _QUOTED.finditer(text)] if "“" in text or "「" in text else []
    found = [m for m in words("copyright", low).finditer(low)
             if not (m.group(0) == "©" and m.start() and "\u00c0" <= low[m.start() - 1] <= "\u00ff")
             and not any(a < m.start() < b for a, b in quoted)]
    if not found:
        return None
    first = found[0]
    if len(found) == 1 and first.start() > _MARK_LEAD and len(text) > _PROSE_MIN and _PROSE_END.search(text[:-1]):
        return None
    if len(found) == 1 and first.group(0) in vocab.COPYRIGHT_WORDS_IN_PROSE and first.start() > _MARK_LEAD and (
            text.rstrip()[-1:] in "。！？"):
        return None  # …该企业在未经授权的情况下采集会员人脸信息。
    return f"copyright mark {first.group(0)!r}"


# Names alone after a byline lead: Chinese names, or capitalised ones with a date or outlet after a bar,
# or an outlet's capitalised name after a comma (Por Márcio Gonçalves, Jornal da Serra).
_NAMES_ONLY = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}"
                         r"|[A-ZÁÉÍÓÚÑ][\w.'-]+(?:\s+(?:and\s+|y\s+)?[A-ZÁÉÍÓÚÑ][\w.'-]+){0,4}"
                         r"(?:,\s*[A-ZÁÉÍÓÚÑ][\w.'-]*(?:\s+(?:da|de|do|del|la|[A-ZÁÉÍÓÚÑ][\w.'-]*)){0,4})?"
                         r"(?:\s*[|·]\s*[^|·]{1,40}){0,3})\s*")
# In the order they are tried; the first that fires names the drop. Each looks only at blocks up
# to its length (None: any length): crumbs, share bars, footers and date lines are short, so most
# article paragraphs are checked by the first two only.
DETECTORS: tuple[tuple[str, Detector, int | None], ...] = (
    ("spam_header", spam_header, None),
    ("keyword_block", keyword_block, None),
    ("keyword_stack", keyword_stack, STACK_MAX),
    ("breadcrumb", breadcrumb, 150),
    ("related", related, 40),
    ("share", share, 80),
    ("banner", banner, 300),
    ("provenance", provenance_note, 300),
    ("call_to_action", call_to_action, 120),
    ("copy_note", copy_note, 300),
    ("ad_note", ad_note, AD_NOTE_MAX),
    ("comments", comments, 60),
    ("post_footer", post_footer, POST_FOOTER_MAX),
    ("prev_next", prev_next, 150),
    ("byline_editor", byline_editor, 50),
    ("copyright_footer", copyright_footer, FOOTER_MAX),
    ("meta_line", meta_line, 120),
    ("pagination", pagination, 80),
    ("separator", separator, 200),
    ("contact_line", contact_line, 120),
    ("caption", caption, 120),
    ("nav", nav, 300),
)
NAMES = frozenset(name for name, _, _ in DETECTORS)
# What a site rule may switch off: the detectors, and the markup-based drops named after kinds.
DISABLEABLE = NAMES | {"boilerplate_class"}
