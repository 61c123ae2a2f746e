"""The post_footer detector: the line an old blog or forum prints under a post, saying when and where it
was posted and how often it was read (发表于 2004年12月27日 12:40 - (阅读:3727；评论:63); (本文发表于首页批评与
建议, 已被阅读178次); 本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.), and the post's trackback address
(Trackback: http://…; 本文通告引用(Trackback)链接: /wp-trackback.php?p=1700). A repost keeps them under the
story it copied; they are the old site's, never the story's. Prose that says an article was posted and read
(该文发表于《光明日报》后，已被阅读十万次。) holds a sentence before its end: it stays."""

from __future__ import annotations

import re

from .sentences import Context, has_sentence_besides_addresses

# The longest footer line looked at.
POST_FOOTER_MAX = 100
# A cheap superset of what post_footer matches, for detection's gate (lowercased text).
POST_FOOTER_CUE = re.compile("发表|發表|trackback|引用通告")
_POSTED = re.compile("发表于|發表於|发表在|發表在")
# 阅读:3727 / 评论(63) / 已被阅读178次 / 浏览 120 次
_COUNTER = re.compile(r"(?:阅读|閱讀|浏览|瀏覽|评论|評論|回复|回覆|点击|點擊)\s*(?:[:：(（]\s*\d+|\d+\s*次)")
# The semicolon between two counters (阅读:3727；评论:63) ends no sentence.
_BETWEEN_COUNTERS = re.compile(r"(?<=\d)\s*[；;]")
# 本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表 (a board's name in any brackets, or none)
_POSTED_BY = re.compile(r"\s*本(?:贴|帖|貼|文)由\s*\S{1,20}?\s*于\s*\d{4}\s*[-/年].{0,60}?(?:发表|發表)\s*[.。]?\s*$")
# Trackback: http://… / 本文通告引用(Trackback)链接: /wp-trackback.php?p=1 / 引用通告地址：…
_TRACKBACK = re.compile(r"\s*(?:本文)?(?:通告引用|引用通告)?\s*[(（]?trackback[)）]?\s*(?:链接|鏈接|地址|url)?\s*[:：]"
                        r"|\s*引用通告(?:地址)?\s*[:：]", re.I)


def post_footer(text: str, ctx: Context) -> str | None:
    """发表于 … 阅读:N 评论:N / 本贴由X于…发表 / Trackback: URL — never a line with a sentence before its end."""
    if _TRACKBACK.match(text):
        return "a post's trackback address"
    if has_sentence_besides_addresses(_BETWEEN_COUNTERS.sub(" ", text)[:-1]):
        return None
    if _POSTED_BY.match(text):
        return "a forum's posted-by line"
    if _POSTED.search(text) and _COUNTER.search(text):
        return "a post's time with its read and comment counters"
    return None
