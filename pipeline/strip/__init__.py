"""Strip stage: a decoded page (or a .txt repost) to the article its first publisher wrote.

Order of work, on one parse: metadata first (it lives in parts that are removed later), then the
site rule's strip selectors, then hidden elements and non-content controls, then block scoring
picks the article's box, then named detectors drop the boilerplate inside it. Every dropped block
is recorded (rule, evidence, snippet, non-whitespace chars), so kept + removed = visible input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import unescape

from selectolax.lexbor import LexborHTMLParser

from ..record import Change, Flag
from ..sites import SiteRule
from . import copies, proserun, site, threadposts
from .blocks import is_title, score
from .bylines import after_body, drop_bylines, first_closing_author
from .dom import CAPTION, Block, Walker
from .embedded import EMBEDDED
from .fieldbounds import element_bounded, source_element
from .filtering import select_blocks
from .headline import without_page_number
from .hidden import find_hidden, hidden_css, may_reveal, settle, shown_by_scripts
from .inline import drop_inline_marks
from .langguess import guess_lang, other_script, story_lang
from .ledger import TITLE_RULE, Ledger, strip_logged, visible_chars
from .listicles import site_of
from .listing import best_outside_footer, no_article
from .metadata import Meta, as_name, next_pages, read_meta, state_author
from .newsform import news_form
from .ownlines import article_author, article_date
from .pagers import current_pages
from .pagetitle import page_title
from .panels import unwrap_toggles
from .provenance import noted_author, original_publisher
from .scan import Scan, scan
from .sentences import without_glosses
from .sitetitle import title_names
from .spamlinks import drop_spam_links
from .spamruns import drop_spam_runs
from .stacked import own_article
from .state import state_body, state_date, state_headline, state_publisher
from .streamed import place_streamed
from .tags import parse, strip_non_text
from .text import split_lines, strip_lines
from .textdates import date_in_text, date_in_url
from .textmeta import author_in_text, publisher_in_text
from .textnext import RULE as NEXT_STORY_RULE
from .textnext import next_article_at
from .texttitles import crumb_title, standalone_headline
from .threads import story_box
from .wraps import split_glued, unwrap

__all__ = ["Article", "Thresholds", "extract_html", "extract_text"]

# A page that sends the reader elsewhere and holds less text than this is only a redirect notice.
_REDIRECT_STUB = 80
@dataclass(slots=True)
class Article:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    lang: str | None = None
    canonical_url: str | None = None
    # The address a saved copy's wrapper names as the page's (copies.py): the url of a record without one.
    source_url: str | None = None
    next_pages: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Thresholds:
    """The strip stage's numbers (configs/defaults.toml can set the first through Settings)."""

    # Share of a page's (or the article box's) text the detectors may drop before the valve keeps it.
    max_drop_ratio: float = 0.9
    # A body in JSON-LD / script state replaces the visible one when it is this many times longer,
    # or longer at all when the visible body is a stub under structured_body_stub chars.
    structured_body_factor: float = 3.0
    structured_body_stub: int = 200
    structured_body_min: int = 50


def extract_html(html: str, *, url: str | None = None, rule: SiteRule | None = None,
                 thresholds: Thresholds | None = None) -> Article:
    th = thresholds or Thresholds()
    article = _extract_html(html, url, rule, th)
    kept = visible_chars("".join(article.paragraphs))
    if kept >= th.structured_body_stub:
        return article
    for embedded, inline, where in EMBEDDED:
        if not embedded.search(html):
            continue
        shown = _extract_html(inline(html), url, rule, th)
        size = visible_chars("".join(shown.paragraphs))
        if size >= th.structured_body_min and size > th.structured_body_factor * kept:
            shown.flags.append(Flag("strip", "body_from_embedded", f"the visible body has {kept} chars; the page's "
                                    f"{where}, was read too"))
            return shown
    return article


def _extract_html(html: str, url: str | None, rule: SiteRule | None, th: Thresholds) -> Article:
    tree = parse(html)
    ledger, flags = Ledger(), list[Flag]()
    place_streamed(html, tree, ledger)
    copies.drop_toolbar_elements(html, tree, ledger)
    copy_url = copies.page_copy_url(html, tree)
    page = scan(tree)
    meta = read_meta(tree, page, url)
    walker, blocks = _walk_page(tree, page, rule, ledger, flags)
    title = page_title(blocks, meta)
    # (or a saved page's <title> shown in its body, the headline in it trimmed of the site's name)
    title_at = next((i for i, b in enumerate(blocks) if b.text.endswith(title) and (
        is_title(b.text, title) or b.text == meta.doc_title)), None) if title else None
    score(blocks, walker.boxes, title_at, site_of(copy_url or copies.unarchived(url) or meta.canonical))
    posts = threadposts.thread_posts(blocks)  # (a forum thread's, read once)
    region = own_article(blocks, proserun.story_run(blocks, best_outside_footer(walker.boxes, blocks)), title_at, posts)
    if (body := site.body_node(tree, rule, flags) if rule is not None else None) is not None:
        region = next((b for b in walker.boxes if b.node.mem_id == body.mem_id), region)
    disabled = frozenset(rule.disable) if rule else frozenset()
    names = title_names(meta.doc_title, title)
    selection = select_blocks(blocks, region, posts, title, disabled, th.max_drop_ratio, page.answers, names)
    # (a comment thread outweighing its story was chosen, and its comments all dropped)
    if selection.kept_chars < th.structured_body_stub and body is None and region is not None and (
            story := story_box(walker.boxes, region)) is not None:
        region, selection = story, select_blocks(blocks, story, posts, title, disabled, th.max_drop_ratio, page.answers,
                                                 names)
    for rule_name, evidence, text in selection.drops:
        ledger.drop(rule_name, evidence, text)
    flags.extend(selection.flags)
    paragraphs = site.drop_lines(selection.paragraphs, rule, ledger) if rule else selection.paragraphs
    kept = selection.kept_chars if paragraphs is selection.paragraphs else visible_chars("".join(paragraphs))
    if why := no_article(blocks, walker.boxes, region, [title or "", meta.doc_title or ""], kept):
        ledger.drop_each("heuristic:no_article", why, paragraphs)
        _drop_valve_flag(flags)
        paragraphs = []
    structured = paragraphs if why else _structured_body(meta, paragraphs, kept, th, ledger, flags)
    # A visible stub the structured body replaced still holds the byline and date lines.
    replaced = structured is not paragraphs
    meta_lines = selection.meta_lines + (paragraphs if replaced else [])
    paragraphs = drop_inline_marks(drop_spam_runs(structured, ledger), ledger)
    paragraphs, bylines = drop_bylines(paragraphs, ledger, meta.author or meta.element_author)
    if form := news_form(paragraphs, ledger):  # a forum post of a story in its board's news form
        paragraphs, title, meta.author = form.body, form.title or title, form.author or meta.author
    title = (state_headline(meta.scripts, title) if replaced else None) or title or selection.title
    if title is None:
        title, paragraphs = _headline_paragraph(paragraphs, ledger)
    if title is None:  # a crumb ending in the headline (首页 > 本地新闻 > 标题)
        title = next((t for rule, _, text in selection.drops if rule == "heuristic:breadcrumb" and (
            t := crumb_title(text))), None)
    if meta.refresh and visible_chars("".join(paragraphs)) < _REDIRECT_STUB:
        ledger.drop("redirect_stub", f"a meta refresh to {meta.refresh}; the page holds only its notice",
                    "\n".join(paragraphs))
        paragraphs = []
    # The credits under the body count last: a byline or source line above it says it first.
    context = meta_lines + bylines + paragraphs[:8] + selection.credit_lines
    shown = list(current_pages(selection.pagers))  # the page each pager shows as current, read once
    lang = story_lang(meta.lang, paragraphs)  # also tells how the page writes dates
    dated = (selection.head_lines + [line for line in meta_lines if line not in selection.listed_lines]
             + [p for p in paragraphs[:3] if len(p) < 80])
    return Article(
        title=without_page_number(title, url, next(filter(None, shown), None)), paragraphs=paragraphs,
        published=meta.published or article_date(dated, lang)
        or state_date(meta.scripts, agreed=not replaced) or date_in_url(copies.unarchived(url))
        or date_in_url(copies.unarchived(meta.canonical)) or meta.element_date,
        author=as_name(meta.author or article_author(selection.head_lines + bylines, meta.element_author, meta.lang)
                       or author_in_text(context, meta.lang) or (state_author(meta.scripts) if replaced else None)
                       or first_closing_author(bylines) or noted_author(context) or ""),
        publisher=(form.publisher if form else None) or original_publisher(element_bounded(
            publisher_in_text(context), tree) or source_element(tree) or (
                meta.body_publisher or state_publisher(meta.scripts) if replaced else None),
            map(without_glosses, context)),
        lang=lang,
        canonical_url=meta.canonical,
        source_url=copy_url or copies.blocks_copy_url(block.text for block in blocks),
        next_pages=next_pages(tree, zip(selection.pagers, shown, strict=True), url, page.rel_next, page.next_link),
        changes=ledger.changes(), flags=flags,
    )


def _walk_page(tree: LexborHTMLParser, page: Scan, rule: SiteRule | None, ledger: Ledger,
               flags: list[Flag]) -> tuple[Walker, list[Block]]:
    """Strip what is never text, apply the site rule's strip selectors, skip hidden elements
    (``css``: the page's hiding rules, read before its <style> elements go; ``shown``: the ids its scripts
    show), and turn the rest into blocks; every removal goes to ``ledger`` (``page``: the scan of ``tree``)."""
    css, shown = hidden_css(page.styles), shown_by_scripts(page.scripts)
    strip_logged(tree, ledger, strip_non_text, page.shown_non_text)
    if rule is not None:
        site.apply_strip(tree, rule, ledger, flags)
    root = tree.body or tree.root
    found = find_hidden(tree, css)
    unwrap_toggles(tree)  # (after find_hidden, which reads the panels they open)
    # Walked as if no hidden element held most of the page's text (the usual case), the blocks'
    # text is a lower bound of the page's: the page is measured only when that leaves doubt.
    hidden = settle(found, math.inf)
    walker = Walker(hidden.reasons)
    blocks = walker.run(root) if root is not None else []
    if found and (shown or may_reveal(found, sum(len(block.text) for block in blocks))):
        hidden = settle(found, len(root.text(deep=True)) if root is not None else 0, shown)
        if hidden.revealed:
            walker = Walker(hidden.reasons)
            blocks = walker.run(root) if root is not None else []
    flags.extend(Flag("strip", "hidden_body_shown", f"an element hidden by {reason} holds most of the page's "
                      "text, is shown by its script, or is the rest of the article under an unfold button; kept, "
                      "as scripts reveal it")
                 for reason in hidden.revealed)
    for dropped in walker.dropped.values():  # one text per element, so that --explain shows each of them
        what = "an inline caption of a photo" if dropped.rule == CAPTION else "an element not shown to readers"
        for text in dropped.texts:
            ledger.drop(dropped.rule, what, text, action="remove")
    drop_spam_links(blocks, ledger)
    return walker, blocks


def _headline_paragraph(paragraphs: list[str], ledger: Ledger) -> tuple[str | None, list[str]]:
    """With no title anywhere else (no heading, no metadata, a <title> of spam: a spam farm's page),
    a first paragraph that reads as a headline above the body is the title, as in text mode; not
    a dateline or source line (新华社北京2月13日电, 2026-02-13 来源：新华社)."""
    if len(paragraphs) < 2 or not standalone_headline(paragraphs[0]):
        return None, paragraphs
    ledger.drop(TITLE_RULE, "first headline-like paragraph of a page without a title, moved to the title field",
                paragraphs[0])
    return paragraphs[0], paragraphs[1:]


def _structured_body(meta: Meta, paragraphs: list[str], kept: int, th: Thresholds, ledger: Ledger,
                     flags: list[Flag]) -> list[str]:
    """Use the JSON-LD articleBody / script-state body when the visible body (``paragraphs``, of ``kept``
    non-whitespace chars) is empty or a stub; the paragraphs it replaces are recorded as dropped."""
    body = meta.body
    # The size a body must exceed to be used (a stub is outgrown by any longer body, a real one by
    # factor times); a state body is never longer than its script's text, so the scripts are
    # searched only when one of them is longer.
    limit = min(kept, th.structured_body_factor * kept) if kept < th.structured_body_stub else (
        th.structured_body_factor * kept)
    if body is None and max(map(len, meta.scripts), default=0) > limit:
        body = state_body(meta.scripts, kept < th.structured_body_stub, limit)
    size = visible_chars(body or "")
    if not body or size < th.structured_body_min or size <= limit or other_script("".join(paragraphs), body):
        return paragraphs
    if "<" in body and ">" in body:
        inner = parse(body)
        strip_non_text(inner)
        root = inner.body or inner.root
        lines = [b.text for b in Walker({}).run(root)] if root is not None else []
    else:
        lines = split_lines(unescape(body))  # plain text in JSON may still carry entities (&ldquo;)
    for para in paragraphs:
        ledger.drop("strip:structured_body", "visible stub replaced by the structured-data body", para)
    _drop_valve_flag(flags)  # the valve judged the visible stub, which is no longer the body
    flags.append(Flag("strip", "body_from_structured_data",
                      f"visible body has {kept} chars; structured data has {size}", body[:80]))
    return lines


def _drop_valve_flag(flags: list[Flag]) -> None:
    """The safety valve's flag goes when the body it judged is replaced or dropped as no article."""
    flags[:] = [flag for flag in flags if flag.rule != "safety_valve"]


def extract_text(text: str, *, rule: SiteRule | None = None, thresholds: Thresholds | None = None) -> Article:
    text, unwrapped = unwrap(text)
    text, split = split_glued(text)
    lines = split_lines(text)
    ledger = Ledger()
    if (at := next_article_at(text)) is not None:
        ledger.drop_each(NEXT_STORY_RULE, "a second article appended after a blank line: a headline, then "
                         "paragraphs indented as the article's", lines[at:])
        lines = lines[:at]
    lines = copies.drop_wrapper_lines(lines, ledger)
    disabled = frozenset(rule.disable) if rule else frozenset()
    title, paragraphs, flags = strip_lines(lines, disabled, ledger, (thresholds or Thresholds()).max_drop_ratio)
    if rule is not None:
        paragraphs = site.drop_lines(paragraphs, rule, ledger)
    # The credits stand under the headline or, in a long dump, at the article's end (来源：光明网); a
    # spam header's 【久久资讯网】 names the farm, not the publisher; a saved copy's note dates the copy; a
    # copied menu's lines (one item a line) do not count.
    spam = ledger.dropped("heuristic:spam_header") | ledger.dropped("heuristic:copy_note")
    menu = ledger.dropped("heuristic:nav") | ledger.dropped("heuristic:kicker")
    head, tail = [line for line in [x for x in lines if x not in menu][:12] if line not in spam], lines[12:][-6:]
    lang = guess_lang("".join(paragraphs[:20]))  # a day-first language's 02/05/2026 is 2 May
    return Article(
        title=title, paragraphs=paragraphs,
        published=date_in_text((line for line in head if len(line) < 120), lang),
        author=author_in_text(head) or author_in_text(tail) or first_closing_author(after_body(lines, paragraphs)[:1])
        or noted_author(head + tail),
        publisher=original_publisher(publisher_in_text(head) or publisher_in_text(tail),
                                     map(without_glosses, head + tail)),
        lang=lang,
        source_url=copies.lines_copy_url(ledger),
        changes=[*(c for c in (unwrapped, split) if c), *ledger.changes()], flags=flags,
    )
