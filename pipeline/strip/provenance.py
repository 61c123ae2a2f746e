"""Repost provenance: the note a repost adds to say where it copied the article from.

本文转载自微信公众号“X”（ID：…）, 转自X，版权归原作者所有, 文章来源于X, 本文来自X客户端, 来源：X（ID：…）,
"This article was originally published on X. Read the original article.", "The post T appeared
first on X.", "Republished with permission from X.", publicado originalmente en X. Not "Via X":
on real pages it credits an image, names a product (VIA Disc NP) or a syndication service.

The note names the ORIGINAL publisher: it wins over a 来源 line (a farm fills that with its own name)
and over an outlet a meta line names (the reposting account), but not over a news agency a lead names
as the writer (新华社…电, (Reuters) -). A line that is the note alone, or a hat tip, is furniture:
detector ``provenance`` drops it. Only whole lines count (lead, name, then nothing but the note's own
furniture), so a sentence that opens the same way (本文来自一线调研，历时三个月。 "This story first
appeared in print in 1952, …") is neither a note nor a publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import vocab
from .infofields import with_fields
from .sentences import Context

# What a Chinese note may carry after the name: 客户端, a closing quote, (ID：…), the original's date
# and page, then clauses of credits, cuts and rights (，作者：Z / ，有删节 / ，版权归原作者所有).
_ZH_TAIL = (r"(?:客户端|客戶端)?[”\"」』》]?\s*(?:[（(][^）)]{0,40}[）)])?\s*"
            r"(?:\d{4}年\d{1,2}月\d{1,2}日[^，,。\s]{0,8})?"
            r"(?:\s*[，,；;。.]\s*(?:原?作者\s*[:：]?\s*(?P<author>[^，,。；;\s]{2,20})"
            r"|(?:编辑|編輯|原标题|原標題)\s*[:：]?\s*[^，,。；;]{1,30}"
            r"|(?:已获授权|已獲授權|经授权|經授權|版权归|版權歸|如有侵权|如有侵權|侵删|侵刪|请联系|請聯繫|转载请|轉載請"
            r"|有删节|有刪節|略有删节|略有刪節|有删改|有刪改)[^，,。；;]{0,30}))*\s*[，,；;。.]?\s*[）)】\]]?\s*$")
_ZH_NAME = (r"[“\"「『《]?(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,16}?)"
            r"(?=客户端|客戶端|[”\"」』》（(，,。；;.\s】\]）)]|\d{4}年|$)")
# 编者按 may carry the note (编者按：本文转载自X，有删节。); WeChat heads a shared article with
# 以下文章来源于X ，作者Y; 首发于 and 原载 name where it first ran.
_ZH_NOTE = re.compile(
    r"^[（(【\[]?\s*(?:编者按|編者按)?\s*[:：]?\s*"
    r"(?:(?:本文|此文|文章|本篇)?(?:转载|轉載|转|轉|摘)自|(?:本文|文章|以下文章|以下内容|以下內容)(?:来源|來源)(?:于|於)"
    r"|本文(?:来|來)自|(?:本文|此文|文章)?(?:首发|首發)(?:于|於)|原(?:载|載)(?:于|於)?"
    r"|(?:本文)?(?:来源|來源)\s*[:：](?=[^（(]{2,20}[（(]\s*(?:ID|id|微信号|微信號)\s*[:：]))"
    r"\s*[:：]?\s*(?:(?:微信)?(?:公众号|公眾號)|微信号|微信號)?\s*[:：]?\s*" + _ZH_NAME + _ZH_TAIL)
# A name as English, Spanish, Portuguese, French, German and Russian notes write it: capitalised
# words, small joining words between them (The Conversation, Diario del Valle, Le Courrier du Val),
# or anything in «quotes» (Речной вестник).
_CAP = r"[A-ZÀ-ÞА-ЯЁ0-9][\w&'’.-]*"
_JOINING = r"(?:of|and|the|for|on|de|del|da|do|dos|das|la|el|du|des|le|der|von)"
_LATIN_NAME = (r"(?:«(?P<quoted>[^»]{2,60})»|[\"“]?(?P<name>(?-i:(?:The\s+)?" + _CAP + r"(?:\s+(?:" + _JOINING
               + r"\s+)?" + _CAP + r"){0,5}))[\"”]?)")
_LATIN_TAIL = (r"\s*(?:\([^)]{0,60}\)\s*)?"
               r"(?:(?:under\s+an?\s+creative\s+commons\s+licen[cs]e|with\s+(?:kind\s+)?permission"
               r"|on\s+\w+\.?\s+\d{1,2},?\s+\d{4}|in\s+\d{4})\s*)?[.!]?"
               r"(?:\s*read\s+(?:the\s+)?original(?:\s+(?:article|story|post|version))?(?:\s+here)?[.!]?)?\s*$")
_LATIN_NOTE = re.compile(
    r"^[(\[]?(?:(?:this|the)\s+(?:article|story|post|piece|column|essay|report|interview)\s+(?:(?:was|is|has\s+been)\s+)?)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by)"
    r"|a\s+version\s+of\s+this\s+(?:article|story|post|piece)\s+(?:(?:originally|first)\s+)?"
    r"(?:appeared|ran|was\s+published)\s+(?:on|in)"
    r"|(?:republished|reprinted|syndicated|reposted|cross-?posted|adapted)\s+(?:with\s+(?:kind\s+)?permission\s+)?(?:from|by)"
    r"|read\s+(?:the\s+)?original\s+(?:article|story|post)?\s*(?:on|at)"
    r"|the\s+post\s+.{1,250}?\s+appeared\s+first\s+on"
    r"|(?:(?:este|esta|el|la|o|a)\s+(?:artículo|articulo|nota|texto|reportaje|matéria|materia|reportagem)\s+(?:fue|foi)\s+)?"
    r"(?:publicad[oa]|divulgad[oa])\s+(?:originalmente|inicialmente|primero|primeiro)\s+(?:en|em|no|na|por|pelo|pela)"
    r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+erschien\s+(?:zuerst|ursprünglich|erstmals)\s+(?:bei|in|im|auf)"
    r"|cet\s+article\s+a\s+(?:été|ete)\s+(?:initialement|originellement|d'abord|d’abord)\s+publié\s+(?:sur|dans|par)"
    r"|(?:(?:материал|статья|текст)\s+)?(?:впервые|первоначально)\s+опубликован[аоы]?\s+"
    r"(?:на\s+сайте|в\s+(?:газете|издании|журнале)|в))"
    r"\s+" + _LATIN_NAME + _LATIN_TAIL, re.I)
# A hat tip: who pointed the reposter to the story, no publisher ((H/T: Greg Malone), h/t @name).
_HAT_TIP = re.compile(r"^[(\[]?\s*(?:h/t|hat\s+tip)\b\s*:?\s*[^.!?]{1,60}[)\]]?\.?\s*$", re.I)
# A bracket after a source's name that is no part of it: (ID：…), a URL, a date, a reporter.
_SOURCE_BRACKET = re.compile(r"\s*[（(]\s*(?:ID|id|微信|公众号|公眾號|https?|www\.|\d|记者|記者).*$")
_NOTE_MAX = 300
# A magazine's or paper's note closing the article with where it ran: the publication in 《》 and its issue
# (——《北京之春》1996年3月号; (摘自《X学刊》2000年第2期，原文约15，000字)《新华文摘》2000年第09期; 原载《X》). A
# title alone (《红楼梦》) is a book's or a poem's: it counts only after a dash or an excerpt word, or with an issue.
_ISSUE = (r"(?:\d{4}\s*年\s*(?:第\s*\d{1,3}\s*期|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:号|號|刊)?|[春夏秋冬]季?(?:号|號))"
          r"|第\s*\d{1,4}\s*期|\d{4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?)(?:\s*第?\s*\d{1,3}\s*版)?")
_EXCERPT = (r"(?:原载|原載|原刊|摘自|摘编自|摘編自|选自|選自|转载自|轉載自|转自|轉自"
            r"|载于|載於|载自|載自|刊于|刊於|刊载于|刊載於)\s*[:：]?\s*")
_TITLE = r"《[^《》]{1,20}》"
_ISSUE_ITEM = (rf"[（(]?\s*(?:{_EXCERPT}{_TITLE}\s*(?:{_ISSUE})?|{_TITLE}\s*{_ISSUE})"
               r"(?:\s*[，,；;]\s*(?:原文约|原文約|有删节|有刪節|略有删节|略有刪節)[^（()）]{0,20})?\s*[）)]?")
_ISSUE_NOTE = re.compile(rf"(?:[—－–-]{{1,2}}\s*(?:{_EXCERPT})?{_TITLE}\s*(?:{_ISSUE})?|{_ISSUE_ITEM})"
                         rf"(?:\s*{_ISSUE_ITEM})*\s*[。.]?")
_ISSUE_NOTE_MAX = 120


def issue_note(line: str) -> bool:
    """Whether ``line`` is a closing note naming the publication and issue the article ran in."""
    line = line.strip()
    return len(line) <= _ISSUE_NOTE_MAX and "《" in line and _ISSUE_NOTE.fullmatch(line) is not None


def issue_publication(lines: Iterable[str]) -> str | None:
    """The publication the first closing issue note among ``lines`` names first (the original, where a
    digest's note names the journal it took the article from, then itself)."""
    line = next((line for line in lines if issue_note(line)), None)
    return line[line.index("《") + 1:line.index("》")].strip() if line else None


def noted_publisher(line: str) -> str | None:
    """The original publisher a provenance note names, when ``line`` (pinyin glosses taken out) is
    one; None for a placeholder (本文来自网络)."""
    line = line.strip()
    if not line or len(line) > _NOTE_MAX:
        return None
    m = (_ZH_NOTE.match(line) if not line.isascii() else None) or _LATIN_NOTE.match(line)
    if m is None:
        return None
    name = (m.groupdict().get("quoted") or m["name"]).rstrip(".")
    return None if name.lower() in vocab.SOURCE_PLACEHOLDERS else name


def noted_author(lines: Iterable[str]) -> str | None:
    """The author a Chinese provenance note credits (本文转载自微信公众号“X”，作者：Y; 以下文章来源于X ，作者Y)."""
    for line in lines:
        if len(line) <= _NOTE_MAX and not line.isascii() and (m := _ZH_NOTE.match(line.strip())) and m["author"]:
            return m["author"]
    return None


def news_agency(name: str) -> bool:
    """A news agency (新华社, 中央社, Reuters, ТАСС): a lead naming one as the writer outranks any source line."""
    return name.endswith("社") or name in vocab.WIRE_AGENCIES


def original_publisher(found: str | None, lines: Iterable[str]) -> str | None:
    """The publisher to report: a news agency found as the writer stays; otherwise a provenance note
    among ``lines`` or their fields (pinyin glosses taken out) names the original, and ``found`` (the 来源 line's, the
    lead's) only without one; a closing issue note's publication (——《北京之春》1996年3月号) only without either."""
    if found is not None and news_agency(found):
        return found
    lines = list(lines)
    return next((name for line in with_fields(lines) if (name := noted_publisher(line))), None) or found or (
        issue_publication(lines))


def source_name(value: str) -> str:
    """A 来源 value without the bracket after the name: 南湖观察（ID：nanhu）, 한빛일보(https://…),
    北浜新聞（2026年11月5日）."""
    return _SOURCE_BRACKET.sub("", value)


def provenance_note(text: str, ctx: Context) -> str | None:
    """Detector: a line that is a provenance note naming a publisher (本文转载自X, The post T appeared
    first on X), or a hat tip. A note naming none (本文来源于网络。) is left to site rules' drop_lines."""
    if noted_publisher(text) is not None:
        return "provenance note: where the repost copied the article from"
    if _HAT_TIP.match(text.strip()):
        return "hat tip: who pointed the reposter to the story"
    return None
