"""Prototypes of the fixes the audit report proposes, applied by monkeypatching (the repo is not edited).

    nice python bench/audit/proposed_fixes.py [--fuzz] [--lossy] [NAME ...]   # the audit with the fixes applied
    PYTHONPATH=bench/audit nice pytest -p proposed_fixes tests/...      # the repo's tests with them

Each ``fix_N`` matches item N of the report and shows the change to port into the named module;
nothing here is meant to stay: port a fix into its module (with a test) and delete it from here.
Already ported upstream, so removed here: 1/2 (aa4fef2), 1b (a25df32), 4 (a29e8f7), 8 (3195585),
8b (stranded byte after a gloss), 9/10 (fc5f6d7), 16 (5592aa1, d6782c8), 17 (db19080), 18 (3526182),
20b and 25 (word-level pinyin, NFD/space/capital forms), 21 (3e23d57), 23 (929a0f5), 24 (d83d16e).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable
from typing import Any

import pipeline.strip as strip
import pipeline.strip.filtering as filtering
import pipeline.strip.heuristics as heur
import pipeline.strip.metadata as metadata
import pipeline.strip.text as strip_text
import pipeline.strip.vocab as vocab
from pipeline.repair.common import HAN_RE
from pipeline.strip.ledger import TITLE_RULE

Patch = Callable[[], None]


def _call_flexibly(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn`` with as many of ``args`` as its signature takes (the helpers change while we audit)."""
    import inspect

    return fn(*args[: len(inspect.signature(fn).parameters)])


def _set_vocab(name: str, value: tuple[str, ...]) -> None:
    """Replace vocabulary ``name`` in strip/vocab.py and wherever a module copied it at import
    (strip/patterns.py keeps the tuples in dicts and caches compiled patterns)."""
    old = getattr(vocab, name)
    setattr(vocab, name, value)
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("pipeline.strip"):
            continue
        for attr in vars(module).values():
            if isinstance(attr, dict):
                for key, words in list(attr.items()):
                    if words is old:
                        attr[key] = value
            if hasattr(attr, "cache_clear"):
                attr.cache_clear()


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One lowercase alternation of ``words``, longest first (matched against lowercased text)."""
    return re.compile("|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True)))


def fix_3_question_titles() -> None:
    """strip/text.py _headline: a title may end with ？/！ when nothing before it ends a sentence."""
    def headline(line: str) -> bool:
        end_ok = line[-1] not in strip_text.SENTENCE_END or (
            line[-1] in "？！?!" and not strip_text.has_sentence(line[:-1]))
        return len(line) <= strip_text._TITLE_MAX and end_ok and not line.endswith(("：", ":"))

    strip_text._headline = headline


def fix_5_6_7_detectors() -> None:
    """strip/heuristics.py: (5) copyright_footer spares prose that mentions copyright and "Ã©";
    (6) spam_header spares a headline with a few spam words; (7) 已有 is a comment lead only as a count."""
    moji_copy = re.compile("[\u00c0-\u00ff]©")

    def copyright_footer(text: str, ctx: heur.Context) -> str | None:
        m = _words(vocab.COPYRIGHT_MARKS).search(text.lower())
        if not m or (m.group(0) == "©" and moji_copy.search(text)):
            return None
        if m.start() > 6 and len(text) > 40 and heur.has_sentence(text[:-1]):
            return None
        return f"copyright mark {m.group(0)!r}"

    def spam_header(text: str, ctx: heur.Context) -> str | None:
        if heur.has_sentence(text.rstrip("。.")):
            return None
        terms = heur.spam_terms(text)
        distinct = set(terms)
        segments = len([p for p in re.split(f"[{re.escape(vocab.KEYWORD_SEPARATORS)}]+", text) if p])
        if len(distinct) < 2 or (len(distinct) == 2 and segments < 3):
            return None
        letters = max(1, sum(1 for ch in text if ch not in vocab.KEYWORD_SEPARATORS))
        covered = sum(len(t) for t in terms)
        if covered < 0.3 * letters or (segments < 3 and covered < 0.7 * letters):
            return None
        return f"{len(terms)} spam keywords: {', '.join(sorted(distinct)[:5])}"

    heur.copyright_footer, heur.spam_header = copyright_footer, spam_header
    _set_vocab("COMMENT_LEADS", tuple(x for x in vocab.COMMENT_LEADS if x not in ("已有", "条评论")))
    heur._COMMENT_COUNT = re.compile(
        r"\d+\s*(?:条评论|條評論|人参与|人參與|comments?\b|комментари|件のコメント|comentarios)", re.I)


def fix_11_summary_duplicate() -> None:
    """strip/filtering.py: a kept block that repeats the start of the next kept one is a summary
    (DedeCMS div.intro, a description teaser): heuristic:summary."""
    original = filtering._verdicts

    def verdicts(blocks: list[Any], *args: Any) -> list[Any]:
        out = original(blocks, *args)
        kept = [i for i, v in enumerate(out) if v is None]
        for i, j in itertools.pairwise(kept):
            head = blocks[i].text.rstrip("…. ")
            if 15 <= len(head) < len(blocks[j].text) and blocks[j].text.startswith(head):
                out[i] = ("heuristic:summary", "repeats the start of the next paragraph", False)
        return out

    filtering._verdicts = verdicts


def fix_12_publisher() -> None:
    """strip/metadata.py: a 来源 value stops at the next label (来源:未知作者:admin) and placeholders
    (未知, 本站, 网络, admin...) are no publisher, so the dateline (新华社…电) is used."""
    after = "作者|编辑|責任編輯|责任编辑|点击|點擊|浏览|瀏覽|时间|時間|发布|發佈|阅读|閱讀|字号|评论"
    metadata._SOURCE = re.compile(r"(?:" + "|".join(vocab.SOURCE_LABELS) + r")\s*[:：]\s*((?:(?!" + after
                                  + r")[^\s|/，,　:：]){2,30})", re.I)
    placeholders = {"未知", "本站", "网络", "網絡", "互联网", "网友", "原创", "佚名", "admin", "unknown"}

    def publisher_in_text(lines: Any) -> str | None:
        for line in map(heur.without_glosses, lines):
            if (m := metadata._SOURCE.search(line)) and m.group(1).strip("）)】]").lower() not in placeholders:
                return m.group(1).strip("）)】]")
            if m := metadata._WIRE.match(line):
                return m.group(1)
            if (m := metadata._CN_DATELINE.match(line)) and re.search(r"(?:\d{1,2}月)?\d{1,2}日(?:电|電|讯|訊)",
                                                                       line[:40]):
                return m.group(1)
            if m := metadata._PAREN_SOURCE.match(line):
                return m.group(1)
        return None

    metadata.publisher_in_text = strip.publisher_in_text = publisher_in_text


def fix_13_14_text_dumps() -> None:
    """strip/text.py _decide: (13) a first line "TITLE_site" is the page <title>: the next headline
    it starts with is the title; (14) short lines after a comments heading are the comment list."""
    original = strip_text._decide
    suffix = re.compile(r"^\s*[_|\-–—]\s*\S{2,20}\s*$")

    def decide(lines: list[str], disabled: frozenset[str]) -> list[tuple[str, str | None, str]]:
        out = original(lines, disabled)
        t = next((i for i, d in enumerate(out) if d[1] == TITLE_RULE), None)
        nxt = next((i for i in range(t + 1, len(out)) if out[i][1] is None), None) if t is not None else None
        if t is not None and nxt is not None:
            title, cand = out[t][0], out[nxt][0]
            if title.startswith(cand) and suffix.match(title[len(cand):]):
                out[t] = (title, "heuristic:page_title", "the page <title>: headline plus site name")
                out[nxt] = (cand, TITLE_RULE, "first headline-like line, moved to the title field")
        in_comments = False
        for i, (line, rule, _) in enumerate(out):
            if rule == "heuristic:comments" and len(line) <= 20:
                in_comments = True
            elif rule is None and in_comments and len(line) <= 60:
                out[i] = (line, "heuristic:comments", "item of a comment list")
            elif rule is None:
                in_comments = False
        return out

    strip_text._decide = decide


def fix_19_20_foreign() -> None:
    """strip/vocab.py + heuristics.py: (19) RU/JA spam words, textual dates and Posted:/Source:
    marks in meta lines, 9時15分 times; (20) "Share prices … rose." is a sentence, not a share bar."""
    _set_vocab("SPAM_TERMS", (*vocab.SPAM_TERMS, "скачать", "бесплатно", "казино", "порно", "онлайн", "無料", "動画",
                              "エロ", "アダルト", "出会い", "カジノ"))
    _set_vocab("META_LINE_MARKS", (*vocab.META_LINE_MARKS, "posted:", "source:", "fuente:", "источник:",
                                   "publicado el"))
    heur._DATE_ONLY = re.compile(r"^[\s(（\[【]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                                 r"(?:\s*\d{1,2}(?::|時)\d{2}分?(?::\d{2})?)?[\s)）\]】]*$")
    meta_line, share = heur.meta_line, heur.share

    def meta_line_2(text: str, ctx: heur.Context) -> str | None:
        found = meta_line(text, ctx)
        if found or heur.has_sentence(text[:-1]) or len(text) > 80:
            return found
        marks = _words(vocab.META_LINE_MARKS).findall(text.lower())
        return f"metadata mark {marks[0]} with a date" if marks and metadata._WORD_DATE.search(text) else None

    def share_2(text: str, ctx: heur.Context) -> str | None:
        found = share(text, ctx)
        words = text.split()
        if (found and words[0].lower().strip(":") in ("share", "shares", "tweet", "compartir", "comparte")
                and text.rstrip().endswith((".", "!", "?", "。")) and len(words) >= 5):
            return None  # "Share prices of X rose 4% on Friday." is a sentence, not a share bar
        return found

    heur.meta_line, heur.share = meta_line_2, share_2


def fix_13b_forum_replies() -> None:
    """strip/filtering.py: in a forum thread (Discuz ``postmessage_N``, phpBB ``post_N``...), the
    article is the first post: blocks inside later posts, and the poster's profile box, are replies."""
    original = filtering._verdicts
    post_id = re.compile(r"^(?:postmessage|post|pid|reply)_?(\d+)$")

    def post_of(box: Any) -> int | None:
        while box is not None:
            m = post_id.match(box.node.attributes.get("id") or "")
            if m:
                return int(m.group(1))
            box = box.parent
        return None

    def verdicts(blocks: list[Any], *args: Any) -> list[Any]:
        out = original(blocks, *args)
        posts = [post_of(b.box) for b in blocks]
        numbered = [p for p in posts if p is not None]
        if len(set(numbered)) > 1:
            first = min(numbered)
            for i, p in enumerate(posts):
                if out[i] is None and p is not None and p != first:
                    out[i] = ("heuristic:comments", f"forum reply (post {p}; the article is post {first})", True)
        return out

    filtering._verdicts = verdicts


def fix_15_lossy_mojibake() -> None:
    """repair/mojibake.py _fix_line: a line of UTF-8 read as GBK/GB18030/Big5/Shift_JIS whose reader
    replaced undecodable bytes (U+FFFD) or dropped them is decoded from its surviving bytes: every
    character those bytes determine comes back, each lost one stays U+FFFD (flagged, never guessed).
    Applied when the result (U+FFFD left out) reads as common text (plausibility >= 0.9) and the
    mojibake did not (< 0.5), with at most one character in four lost."""
    import pipeline.repair.mojibake as mojibake
    from pipeline.repair.charsets import plausibility

    original = mojibake._fix_line
    victims = ("gb18030", "gbk", "big5", "shift_jis")

    def partial(line: str) -> tuple[str, str] | None:
        best: tuple[float, str, str] | None = None
        for wrong in victims:
            data = bytearray()
            for ch in line:
                try:
                    data += b"\xff" if ch == "\ufffd" else ch.encode(wrong)
                except UnicodeEncodeError:
                    break
            else:
                fixed = re.sub("\ufffd+", "\ufffd", bytes(data).decode("utf-8", errors="replace"))
                clean = fixed.replace("\ufffd", "")
                if fixed.count("\ufffd") > 0.3 * len(clean) + 1:
                    continue
                score = plausibility(clean)
                if score >= 0.9 and len(HAN_RE.findall(clean)) >= 4 and (best is None or score > best[0]):
                    best = (score, fixed, f"utf-8 read as {wrong}, {fixed.count(chr(0xFFFD))} chars lost")
        return (best[1], best[2]) if best and plausibility(line.replace("\ufffd", "")) < 0.5 else None

    def fix_line(line: str, hits: list[int], guard_quotes: Any) -> tuple[list[Any], list[str]]:
        repairs, lossy = original(line, hits, guard_quotes)
        on_topic = guard_quotes() if callable(guard_quotes) else guard_quotes  # a bool before 2026-11-29 09:30
        if not repairs and not on_topic and len(line) >= 6 and len(HAN_RE.findall(line)) >= 4:
            body = line.lstrip(" \t\u00a0\u2002\u2003\u3000")
            found = partial(body)
            if found:
                start = len(line) - len(body)
                return [(start, len(line), found[0], [found[1]])], []
        return repairs, lossy

    mojibake._fix_line = fix_line


def fix_26_27_spam_and_crumbs() -> None:
    """strip/vocab.py + heuristics.breadcrumb: (26) gambling spam words (新葡京, 皇冠体育, 太阳城,
    威尼斯人, 真人, 投注, 彩金, bet365...) — a gambling keyword header became the title; (27) more
    breadcrumb leads and home crumbs (您当前的位置, 您所在的位置, 网站首页, 主页) and an unspaced
    "-" trail of short crumbs (首页-新闻-正文)."""
    _set_vocab("SPAM_TERMS", (*vocab.SPAM_TERMS, "新葡京", "葡京", "皇冠体育", "太阳城", "威尼斯人", "金沙娱乐", "真人",
                              "投注", "彩金", "注册送", "足彩", "赌场", "赌博", "网投", "电子游艺", "bet365", "澳门赌"))
    _set_vocab("BREADCRUMB_LEADS", (*vocab.BREADCRUMB_LEADS, "您当前的位置", "您所在的位置", "你所在的位置",
                                    "当前的位置", "您當前的位置", "您所在的位置"))
    _set_vocab("BREADCRUMB_HOME", (*vocab.BREADCRUMB_HOME, "网站首页", "網站首頁", "本站首页", "主页", "主頁"))
    original = heur.breadcrumb
    dash_trail = re.compile(r"[^\s\-]{1,8}(?:-[^\s\-]{1,8}){2,}")

    def breadcrumb(text: str, ctx: heur.Context) -> str | None:
        found = original(text, ctx)
        if found is None and text.lstrip().startswith(vocab.BREADCRUMB_HOME) and dash_trail.fullmatch(text.strip()):
            return "trail of short crumbs joined by '-'"
        return found

    heur.breadcrumb = breadcrumb


def fix_28_repost_tails() -> None:
    """strip/vocab.py + text.py: the lines reposts add around an article — disclaimers (本文转载自网络，
    版权归原作者所有，如有侵权请联系删除), calls to action (扫一扫，关注我们 / 打开APP阅读全文 /
    展开全文 / 本文链接：), Xinhua's 【纠错】【责任编辑：…】, a portal's 原标题：… — and a bulleted
    link list without a heading (three or more short "· …" lines); the same kind of lines in English,
    Russian, Japanese and Spanish (Advertisement / Story continues below advertisement / Sign up for
    our newsletter / This article originally appeared on …)."""
    _set_vocab("COPYRIGHT_MARKS", (*vocab.COPYRIGHT_MARKS, "如有侵权", "侵权请联系", "版权归原作者", "侵删",
                                   "如有侵權", "版權歸原作者"))
    _set_vocab("SHARE_LEADS", (*vocab.SHARE_LEADS, "扫一扫", "微信扫一扫", "扫码", "手机扫码", "扫描二维码",
                               "微信公众号", "关注我们", "打开app阅读", "打开app查看", "展开全文", "阅读全文",
                               "更多精彩", "点击进入专题", "本文链接", "掃一掃", "展開全文", "閱讀全文",
                               "advertisement", "story continues below", "continue reading", "scroll to continue",
                               "sign up for", "click here to", "follow us on", "this article originally appeared",
                               "this story originally appeared", "реклама", "подписывайтесь", "広告", "続きを読む",
                               "publicidad", "suscríbete", "sigue leyendo"))
    _set_vocab("EDITOR_LEADS", (*vocab.EDITOR_LEADS, "纠错】", "糾錯】", "原标题：", "原標題：", "原标题:",
                                "原標題:"))
    original = strip_text._decide
    bullet = re.compile("^[·•●■◆▪-]\\s*\\S")

    def decide(lines: list[str], disabled: frozenset[str]) -> list[tuple[str, str | None, str]]:
        out = original(lines, disabled)
        i = 0
        while i < len(out):
            j = i
            while j < len(out) and out[j][1] is None and len(out[j][0]) <= 40 and bullet.match(out[j][0]) \
                    and not strip_text.has_sentence(out[j][0][:-1]):
                j += 1
            if j - i >= 3:
                for k in range(i, j):
                    out[k] = (out[k][0], "heuristic:related", "item of a bulleted link list")
            i = max(j, i + 1)
        return out

    strip_text._decide = decide


PATCHES: tuple[Patch, ...] = (
    fix_3_question_titles, fix_5_6_7_detectors, fix_11_summary_duplicate, fix_12_publisher, fix_13_14_text_dumps,
    fix_13b_forum_replies, fix_19_20_foreign, fix_26_27_spam_and_crumbs, fix_28_repost_tails,
)


def apply_all(lossy: bool = False) -> None:
    """Every patch; with ``lossy`` also fix 15, a policy change (tests expect lossy lines flagged only)."""
    for patch in (*PATCHES, fix_15_lossy_mojibake) if lossy else PATCHES:
        patch()
    # DETECTORS holds the functions themselves: rebuild it from the (patched) module attributes,
    # also where another module imported it by name.
    heur.DETECTORS = tuple((name, getattr(heur, name), longest) for name, _, longest in heur.DETECTORS)
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("pipeline.strip") or module is heur:
            continue
        if hasattr(module, "DETECTORS"):
            module.DETECTORS = heur.DETECTORS
        for name in ("spam_header", "copyright_footer", "meta_line", "share", "breadcrumb"):  # imported by name
            if hasattr(module, name):
                setattr(module, name, getattr(heur, name))


apply_all("--lossy" in sys.argv)  # also when loaded as a pytest plugin (-p proposed_fixes)

if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import run_audit

    raise SystemExit(run_audit.main([a for a in sys.argv[1:] if a != "--lossy"]))
