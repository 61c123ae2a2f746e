"""Second looks at the block verdicts: what only shows across several blocks. A teaser retelling the
next paragraph, a kicker and subtitle around the headline, the headline repeated over the body, a
signed notice's date, a photo story told in its captions, a closing credit, a forum thread's replies."""

from __future__ import annotations

import itertools
import re

from . import vocab
from .dom import Block, Box
from .ledger import TITLE_RULE, visible_chars
from .patterns import starts, words
from .sentences import has_sentence
from .textlines import buttons_line, notice_date

# A kicker (引题) in a heading right above the headline, or a ——subtitle right under it, is this short.
_KICKER_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_KICKER_MAX = 50
# A label written loose in the headline's box right above it (<span class="plus-badge">Plus</span><h1>):
# a paywall badge or a section, as short as this.
_BADGE_MAX = 20
_BADGE_WORDS = 2
# A lead paragraph's box name (vocab.SAPO_CLASSES, whole class tokens or the end of one: singular-sapo).
_SAPO = re.compile(r"(?:^|[\s_-])(?:" + "|".join(vocab.SAPO_CLASSES) + r")(?:$|\s)")
_SAPO_MIN = 40
# (in Vietnamese: an English page's p.description under its title is a dek or a form's note)
_VIETNAMESE = re.compile(f"[{vocab.VIETNAMESE_ONLY_LETTERS}]")
# A photo story: this many captions in the article box, holding this many times its other text.
_STORY_CAPTIONS = 2
_STORY_SHARE = 4
# or this many captions beside an intro of at most this many paragraphs
_STORY_SLIDES = 3
_STORY_INTRO = 2
# Captions by their element (<figcaption>) or by their lead (<p>图为…</p>).
_CAPTIONS = frozenset({"caption", "heuristic:caption"})
# A summary repeats at least this much of the start of the paragraph after it.
_SUMMARY_MIN = 15
# Share of a labelled teaser's two-char pieces the paragraph after it holds.
_TEASER_SHARE = 0.6
# Headings and table cells repeat the start of what follows them by design.
_NOT_SUMMARY_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
# The id of one post of a forum thread (Discuz postmessage_N / pid N, phpBB post_N, XenForo js-post-N; a
# bare post-N is a live blog's entry or a WordPress post, no forum's).
_POST_ID = re.compile(r"(?:js-(?=post-))?(postmessage|post|pid|reply|p)(?:_|(?<=js-post)-)?(\d+)")
# A post box a forum names by its class only (XenForo's article.message--post): numbered by where it starts.
_POST_CLASS = re.compile(r"(?:^|\s)message--post(?:$|\s)")
# phpBB's post box is <div id="p123" class="post">: a bare "p" id counts only on a box named post (an
# article may number its paragraphs p1, p2); its message is the div.content inside.
_MESSAGE_NAME = re.compile(r"(?:^|\s)(?:content|bbwrapper)(?:$|\s)")
# What a Japanese paper or blog closes an article with: the reporters' names in brackets (【佐藤美咲】),
# or the source it was taken from (（北陸日報より）).
_CLOSING_CREDIT = re.compile(r"【[\u4e00-\u9fff\u3040-\u30ffー・、 　]{2,15}】|[（(][^（）()]{2,20}より[）)]")
# A pull quote: a box named as one (pullquote, pull-quote, wp-block-quote) whose text, without its quote
# marks and at least this long, the article says in a paragraph outside the box; the box holds little
# more (the speaker's name).
_QUOTE_NAMES = ("pull", "quote")
_PULL_MIN = 20
_PULL_EXTRA = 80
_QUOTE_MARKS = "\"'“”‘’«»「」『』 "
# A forum post: its number, and whether a box lies in its message (postmessage_N) or around it.
Post = tuple[int, bool]

# (rule, evidence, by_structure): by_structure is true when the page's own markup (a class, a tag)
# names the block as boilerplate; the safety valve trusts those and second-guesses only the rest.
Verdict = tuple[str, str, bool] | None


def rule_of(verdict: Verdict) -> str | None:
    return verdict[0] if verdict is not None else None


def keep_notice_dates(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A date alone right under a kept line naming a notice's issuer (市教育局 / 2026年8月25日) is the
    date the notice is signed with, article text, as in text mode."""
    for i in range(1, len(blocks)):
        if (verdicts[i - 1] is None and rule_of(verdicts[i]) == "heuristic:meta_line"
                and notice_date(blocks[i].text, blocks[i - 1].text)):
            verdicts[i] = None


def drop_kicker_and_subtitle(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A paper's headline may stand between a kicker in a heading of its own (<h3>引题</h3><h1>…) and
    a subtitle opening with a dash (<h2>——副题</h2>): both are the headline's, not the article's."""
    at = next((i for i, v in enumerate(verdicts) if rule_of(v) == TITLE_RULE), None)
    if at is None:
        return
    before, after = blocks[at - 1] if at else None, blocks[at + 1] if at + 1 < len(blocks) else None
    if (before is not None and verdicts[at - 1] is None and before.box.tag in _KICKER_TAGS
            and len(before.text) <= _KICKER_MAX and not has_sentence(before.text)):
        verdicts[at - 1] = ("heuristic:kicker", f"a <{before.box.tag}> right above the headline", False)
    elif (before is not None and verdicts[at - 1] is None and before.box is blocks[at].box.parent
          and len(before.text) <= _BADGE_MAX and len(before.text.split()) <= _BADGE_WORDS):
        verdicts[at - 1] = ("heuristic:kicker", "a label loose in the headline's box right above it (a badge, "
                            "a section)", False)
    if (after is not None and verdicts[at + 1] is None and after.text.startswith(("——", "──"))
            and len(after.text) <= _KICKER_MAX and not has_sentence(after.text)):
        verdicts[at + 1] = ("heuristic:subtitle", "the headline's ——subtitle right under it", False)


def keep_sapo(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """A Vietnamese paper's lead paragraph (its sapo: VnExpress's p.description, h2.sapo) stands
    between the headline and the article box: it is the article's first paragraph, not a dek, and is
    kept when it is Vietnamese and holds a sentence (a dek under other names is dropped as before)."""
    at = next((i for i, v in enumerate(verdicts) if rule_of(v) == TITLE_RULE), None)
    if at is None or not inside or at >= inside[0]:
        return
    for i in range(at + 1, inside[0]):
        if (rule_of(verdicts[i]) == "heuristic:outside_body" and _SAPO.search(blocks[i].box.names)
                and len(blocks[i].text) >= _SAPO_MIN and _VIETNAMESE.search(blocks[i].text)
                and has_sentence(blocks[i].text)):
            verdicts[i] = None


def drop_repeated_title(blocks: list[Block], verdicts: list[Verdict], title: str | None) -> None:
    """The first kept block of the body repeating the headline (a CMS's centred <p><strong>, an <h2>
    copied under the <h1>) is the headline again, not the article's."""
    at = next((i for i, v in enumerate(verdicts) if rule_of(v) == TITLE_RULE), None)
    first = next((i for i, v in enumerate(verdicts) if v is None), None)
    if title and at is not None and first is not None and first > at and blocks[first].text == title:
        verdicts[first] = ("heuristic:duplicate_title", "the headline again at the top of the body", False)


def keep_photo_story(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """A photo story (组图) is told in its captions: when the article box holds two or more captions
    that are sentences and next to no other text, or three or more beside an intro of a paragraph or
    two, the captions are the article; so is the prose of the box named a gallery (its intro)."""
    captions = [i for i in inside if rule_of(verdicts[i]) in _CAPTIONS and has_sentence(blocks[i].text)]
    # (the intro is counted in paragraphs: a slide's counter, "1 of 4", is none)
    other = [i for i in inside if verdicts[i] is None and has_sentence(blocks[i].text)]
    if photo_story([blocks[i].text for i in captions], [blocks[i].text for i in other]):
        for i in captions:
            verdicts[i] = None
        for i in inside:
            if rule_of(verdicts[i]) == "heuristic:gallery" and has_sentence(blocks[i].text):
                verdicts[i] = None


def photo_story(captions: list[str], other: list[str]) -> bool:
    """Whether the ``captions`` (sentences) tell the story beside the ``other`` text kept: two or more
    holding several times its characters, or three or more beside an intro of a paragraph or two."""
    if len(captions) < _STORY_CAPTIONS:
        return False
    return (sum(map(visible_chars, other)) * _STORY_SHARE < sum(map(visible_chars, captions))) or (
        len(captions) >= _STORY_SLIDES and len(other) <= _STORY_INTRO)


def drop_pull_quotes(blocks: list[Block], verdicts: list[Verdict], region: Box | None) -> None:
    """A pull quote repeats a sentence of the article in large type, in a quote box of its own with
    the speaker's name under it: when a kept block's text stands in a kept paragraph outside its
    box, the whole box goes (the name too). An embedded post (a tweet) is not named a quote."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    done: set[int] = set()
    quote_boxes: dict[Box, Box | None] = {}
    for i in kept:
        box = _quote_box(blocks[i].box, region, quote_boxes)
        text = blocks[i].text.strip(_QUOTE_MARKS)
        if box is None or box.first in done or len(text) < _PULL_MIN:
            continue
        rest = sum(len(blocks[k].text) for k in range(box.first, box.end)) - len(blocks[i].text)
        if rest <= _PULL_EXTRA and any(text in blocks[j].text for j in kept if not box.first <= j < box.end):
            done.add(box.first)
            for k in range(box.first, box.end):
                if verdicts[k] is None:
                    verdicts[k] = ("heuristic:pull_quote", "a quote box repeating a sentence of the article", False)


def _quote_box(box: Box, region: Box | None, known: dict[Box, Box | None]) -> Box | None:
    """The outermost box named as a quote holding ``box`` inside the article's box; ``known`` holds
    the answers for the boxes seen so far (the blocks of one paragraph share their ancestors)."""
    chain: list[Box] = []
    node: Box | None = box
    while node is not None and node is not region and node not in known:
        chain.append(node)
        node = node.parent
    found = known[node] if node is not None and node is not region else None
    for node in reversed(chain):  # outermost first
        if found is None and any(word in node.names for word in _QUOTE_NAMES):
            found = node
        known[node] = found
    return found


def drop_summaries(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A kept block that the next kept one starts with is a summary of it when it is cut off there,
    mid-word or with "…" (DedeCMS's div.intro holds the first 40 chars of the article): the article
    says it in full. A heading the paragraph opens with ends at a word boundary. Spam words are
    left out of both: the teaser keeps a spam link taken out of the paragraph."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    for i, j in itertools.pairwise(kept):
        whole, text = blocks[i].text, blocks[j].text
        head = whole.rstrip("…. ")
        if (lead := starts(head, "summary")) and whole != head and _teaser(head, lead, text):
            verdicts[i] = ("heuristic:summary", "a labelled teaser, cut off, retelling the next paragraph", False)
            continue
        if lead and _labelled_start(head, lead, text):
            verdicts[i] = ("heuristic:summary", "a labelled summary: the start of the next paragraph", False)
            continue
        if (not _SUMMARY_MIN <= len(head) < len(text) or head[:_SUMMARY_MIN] != text[:_SUMMARY_MIN]
                or blocks[i].box.tag in _NOT_SUMMARY_TAGS):
            continue
        short, full = _without_spam(head), _without_spam(text)
        cut = whole != head or (head[-1].isalnum() and full[len(short):len(short) + 1].isalnum())
        if cut and full.startswith(short):
            verdicts[i] = ("heuristic:summary", "repeats the start of the next paragraph", False)


def _teaser(head: str, lead: str, text: str) -> bool:
    """摘要：… (``lead``: its label) cut off with "…", most of whose two-char pieces the next paragraph
    holds: the lead retold above the article (a paper's abstract is whole, and stays)."""
    body = head[head.lower().find(lead) + len(lead):].lstrip(" :：】]")
    pairs = {body[k:k + 2] for k in range(len(body) - 1)}
    return len(pairs) >= _SUMMARY_MIN and sum(pair in text for pair in pairs) >= _TEASER_SHARE * len(pairs)


def _labelled_start(head: str, lead: str, text: str) -> bool:
    """摘要: / 内容提要: (``lead``: the label ``head`` starts with) and the first chars of the next
    paragraph as they stand, uncut by any "…" (Discuz! portal's div.s, DedeCMS's div.intro fill it
    from the article's start)."""
    body = _without_spam(head[head.lower().find(lead) + len(lead):].lstrip(" :：】]"))
    return len(body) >= _SUMMARY_MIN and _without_spam(text).startswith(body)


def _without_spam(text: str) -> str:
    low = text.lower()
    return words("spam", low).sub("", low)


def drop_closing_credit(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """The article's last kept lines while each is only a credit (_CLOSING_CREDIT) or a line of the page's
    buttons ([打印] [关闭], which a box's last row holds under the article)."""
    while (last := next((i for i in reversed(inside) if verdicts[i] is None), None)) is not None:
        text = blocks[last].text.strip()
        if buttons_line(text):
            verdicts[last] = ("heuristic:share", "a line of the page's buttons closing the article box", False)
        elif _CLOSING_CREDIT.fullmatch(text):
            verdicts[last] = ("heuristic:byline_editor", "a credit closing the article: names or source in brackets",
                              False)
        else:
            return


def drop_forum_replies(blocks: list[Block], verdicts: list[Verdict], answers: frozenset[int]) -> None:
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
    """The forum post ``box`` lies in, from the nearest ancestor id naming one (or being an answer or
    a box named a post, numbered by where it starts), and whether it lies in the post's message
    (Discuz's postmessage_N, phpBB's div.content, XenForo's div.bbWrapper)."""
    chain: list[Box] = []
    node: Box | None = box
    post: Post | None = None
    inner = 0  # the boxes chain[:inner] lie in a div.content
    while node is not None and node not in posts:
        chain.append(node)
        if (ident := node.node.id) and (m := _POST_ID.fullmatch(ident)) and (m[1] != "p" or "post" in node.names):
            post = (int(m.group(2)), m.group(1) == "postmessage")
            break
        if answers and node.node.mem_id in answers:
            post = (node.first, True)
            break
        names = node.names  # (each pattern needs a word the name must hold: str.find rules most names out)
        if "message--post" in names and _POST_CLASS.search(names):
            post = (node.first, False)
            break
        if ("content" in names or "bbwrapper" in names) and _MESSAGE_NAME.search(names):
            inner = len(chain)
        node = node.parent
    else:
        post = posts[node] if node is not None else None
    for at, seen in enumerate(chain):
        posts[seen] = (post[0], True) if post is not None and at < inner else post
    return posts[box] if chain else post
