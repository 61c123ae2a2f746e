"""The paper's credits at either end of the body: not article text, dropped and recorded.

- A reporter's byline on a line of its own (本报记者 郑一帆, 澎湃新闻记者 吴双, 光明日报记者 王建宏 张文攀);
  the lines are handed back so the author is still read from them.
- At the end: a credit line of editors without colons (编辑 刘梅 校对 赵琳), a print-edition line
  (《 人民日报 》（ 2026年09月03日 11 版）), a magazine's issue note (——《北京之春》1996年3月号), a paper's
  affiliation (【作者单位：…】) and an archive's collecting note, a wire's "Reporting by …; Editing by …", the
  paper's follow-us box (新浪财经公众号 / …扫描二维码关注).
- At either end: a report's writers (执笔人：X Y Z), who are its authors.
- At either end: a commentary's signature (■ 本报评论员, 新华社评论员).
- An editor's tag or a portal's back link glued to the end of the last paragraph
  (…書籍。（編輯：張均懋）1150903, …整治。返回搜狐，查看更多): cut off that paragraph.
"""

from __future__ import annotations

import re

from . import vocab
from .ledger import Ledger
from .provenance import issue_note

RULE = "heuristic:byline_editor"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE = r"(?:特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)"
# 本报记者 may run into the name; an outlet's name before 记者 needs a space before the name, so a
# column title (新华社记者看东北) stays.
_BYLINE = re.compile(rf"^(?:(本[报報]){_ROLE}\s*|([\u4e00-\u9fff]{{2,8}})?{_ROLE}\s+){_NAME}"
                     rf"(?:[\s、　]+(?:{_ROLE}\s*)?{_NAME}){{0,4}}$")
# A commentary's signature under its headline or closing it (■ 本报评论员, 新华社评论员, 本报特约评论员 李明):
# the paper's commentator, a credit and no text.
_COMMENTATOR = re.compile(rf"^[■□●◎▲]?\s*(?:本[报報刊台网網]|[\u4e00-\u9fff]{{2,8}}?)(?:特约|特約)?(?:评论员|評論員)"
                          rf"(?:\s+{_NAME})?$")
# Several writers are kept as the line names them (By Anna Reyes and Tom Okafor, By A, B and C); a comma
# without a closing "and" ends the name (By Daniel Moss, Reuters; By Jane Doe, Staff Writer).
_NEXT = r"(?!(?:From|The|Photos?|Images?|Illustrations?|Video)\b)"  # and From <book>: no second writer
_BY_NAME = r"[A-ZÁÉÍÓÚÑА-Я][\w.'-]+(?:\s+[A-ZÁÉÍÓÚÑА-Я][\w.'-]+){0,3}"
BY_LINE = re.compile(r"^(?i:(?:written|posted|reported|reporting|story)\s+by|by|por|автор:?|текст:)\s+"
                     rf"({_BY_NAME}(?:(?:,\s+{_NEXT}{_BY_NAME})*,?\s+(?:and|&)\s+{_NEXT}{_BY_NAME})?)")
# (a Korean CMS's info list labels it: 기자명 최민호 기자)
_KO_BYLINE = re.compile(r"^(?:기자명\s*)?([가-힣]{2,4}) ?기자(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")
# A Vietnamese paper closes the article with its writer's name alone (Trần Minh Anh): two to four
# capitalised words, one letter only Vietnamese writes (ầ, ễ, ơ, ư, đ, ...).
_VI_BYLINE = re.compile(rf"^(?=[^\n]*[{vocab.VIETNAMESE_ONLY_LETTERS}{vocab.VIETNAMESE_CIRCUMFLEX_LETTERS}])"
                        r"[A-ZÀ-ÝĐ\u1ea0-\u1ef8][^\W\d_]+"
                        r"(?: [A-ZÀ-ÝĐ\u1ea0-\u1ef8][^\W\d_]+){1,3}$")
# A writer's and photographer's credit at the top (文/李华　图/王明, 文｜李华, 撰文：李华, 撰稿：李华).
_WRITER_ROLE = r"(?:撰文|撰稿|文字|文图|文圖|图文|圖文|文)"
_TEXT_CREDIT = re.compile(rf"^{_WRITER_ROLE}\s*[/／|｜丨:：]\s*(?:本[报報])?(?:{_ROLE})?\s*"
                          rf"({_NAME})(?:[、\s]+{_NAME})*(?:\s+(?:图|圖|摄影|攝影|视频|視頻)\s*[/／|｜丨:：]\s*{_NAME}(?:[、\s]+{_NAME})*)*$")
# The desk's credits closing the body (a photographer's too: 摄影：陈光 is no text and names no writer).
_EDITOR_ROLE = (r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對|审核|審核|审校|審校|美编|美編|监制|監製|终审|終審"
                r"|摄影|攝影)")
_CREDITS = re.compile(rf"^(?:{_EDITOR_ROLE}\s*[:：]?\s*{_NAME}(?:[、\s]+{_NAME})*\s*)+$")
# The credits a government office's, a university's or a hospital's news closes with, a line each or all
# in one, bracketed or not (供稿：机械工程学院, 文/李华　图/王明, （供稿：化学学院　撰稿：李华　审核：王明）):
# the contributing unit (a department's name, longer than a person's), writer, photographer, reviewers.
_CREDIT_ITEM = (rf"(?:供稿单位|供稿單位|供稿|{_WRITER_ROLE}|图|圖|{_EDITOR_ROLE})\s*[/／:：]\s*"
                r"[\u4e00-\u9fff·]{2,16}(?:、[\u4e00-\u9fff·]{2,16})*")
_CREDIT_RUN = re.compile(rf"^[（(]?{_CREDIT_ITEM}(?:\s+{_CREDIT_ITEM})*[）)]?$")
_CREDIT_RUN_MAX = 60
# A paper's writers (执笔人：闵乐夫 赵兰波 刘韬), a report's closing credit: the writers, no text.
_WRITERS = re.compile(rf"^[（(]?(?:执笔人?|執筆人?)\s*[:：]\s*({_NAME}(?:[、，,\s]+{_NAME}){{0,7}})[）)]?$")
# The writer's affiliation closing a paper (【作者单位：X大学社会学系】).
_AFFILIATION = re.compile(r"^[【\[（(]?\s*(?:作者|作者工作)(?:单位|單位)\s*[:：][^【】\[\]（()）]{2,60}[】\]）)]?$")
# An archive's note of when it collected the article ("X"网站(http://…)搜集整理于2002-09-25).
_COLLECTED = re.compile(r"^[^，。！？,!?]{2,60}?(?:搜集|收集)?整理(?:于|於)\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
                        r"\s*\d{1,2}\s*日?$")
# The writer such a run names (撰稿：李华 in it).
_RUN_WRITER = re.compile(rf"(?:^|[\s（(]){_WRITER_ROLE}\s*[/／:：]\s*({_NAME})(?=[\s）)]|$)")
_EDITION = re.compile(r"^《\s*([^》]{2,12}?)\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                      r"\s*第?\s*\d{1,2}\s*版\s*[）)]$")
_GLUED_TAIL = re.compile(rf"(?<=[。！？”」])\s*(?:[（(]{_EDITOR_ROLE}\s*[:：]\s*[^（()）]{{1,20}}[）)]\s*\d{{0,8}}"
                         r"|返回搜狐，查看更多)\s*$")
# Reporting by Anna Keller; Editing by Mark Potter (a wire story's last line).
_WIRE_CREDITS = re.compile(r"^(?:(?:Additional )?[Rr]eporting|Writing|Editing) by [^;]{2,60}"
                           r"(?:;\s*(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting) by [^;]{2,60})*\.?$")
# 新浪财经公众号 / …扫描二维码关注（sinafinance）: the account box under a portal's article.
_FOLLOW_US = re.compile(r"扫描二维码|掃描二維碼|扫码关注|掃碼關注|关注公众号|關注公眾號|公众号$|公眾號$")
_PROMO_MAX = 80
# Bylines stand among the first lines of the body.
_EDGE = 2
_LINE_MAX = 40
_COUNT_MAX = 6
# A promotion is a call, not a statement: 更多精彩节目将在国庆期间陆续播出。 ending the body is prose.
_STATEMENT_ENDS = ("。", "！", "？", ".", "!", "?")


def is_byline(line: str, at_end: bool = False) -> bool:
    """A byline line; at the end of the body only one naming its paper (北京商报记者 X) or in
    brackets (（记者 李华 通讯员 王明）): a bare 记者 X there may be the article's own last line. A
    Korean credit (김민수 기자, with an e-mail address after it) is one at either end."""
    if len(line) > _LINE_MAX:
        return False
    if _KO_BYLINE.match(line):
        return True
    bracketed = line[:1] in "（(" and line[-1:] in "）)"
    found = _BYLINE.match(line[1:-1] if bracketed else line)
    return found is not None and not (at_end and not bracketed and found.group(1) is None and found.group(2) is None)


# The dropped credits handed back, as they name the writer (文/李华 图/王强 -> 李华, Reporting by X; Editing by Y -> X).
_NAMING = (_BYLINE, _VI_BYLINE, _KO_BYLINE, _TEXT_CREDIT, _WIRE_CREDITS, BY_LINE)


def _credit(line: str, at_start: bool) -> str | None:
    if is_byline(line, at_end=not at_start):
        return "a reporter's byline on a line of its own"
    if len(line) <= _LINE_MAX and _COMMENTATOR.match(line):
        return "a commentary's signature"
    if len(line) <= _CREDIT_RUN_MAX and _WRITERS.match(line):
        return "the writers' credit on a line of its own"
    if at_start:
        return "a writer's credit on a line of its own" if credit_author(line) else None
    if len(line) <= _LINE_MAX and (_CREDITS.match(line) or _EDITION.match(line)):
        return "the paper's editor credits or print edition"
    if len(line) <= _CREDIT_RUN_MAX and _CREDIT_RUN.match(line):
        return "the contributing unit's, writer's, photographer's or reviewers' credits"
    if issue_note(line):
        return "the publication and issue the article ran in (kept as its publisher when the page names none)"
    if len(line) <= _PROMO_MAX and (_AFFILIATION.match(line) or _COLLECTED.match(line)):
        return "the writer's affiliation or the archive's collecting note"
    if _WIRE_CREDITS.match(line):
        return "the wire's reporting and editing credits"
    if len(line) <= _LINE_MAX and is_by_line(line):
        return "a By line closing the body"
    if len(line) <= _LINE_MAX and _VI_BYLINE.match(line):
        return "the writer's name closing the article"
    if len(line) <= _PROMO_MAX and _FOLLOW_US.search(line):
        return "the paper's follow-us box"
    if len(line) <= _PROMO_MAX and line.lower().startswith(vocab.TAIL_PROMO_LEADS) and (
            not line.endswith(_STATEMENT_ENDS)):
        return "the repost's promotion at the end"
    if len(line) <= _COUNT_MAX and line.isdigit():
        return "a counter of the page's buttons left at the end"
    return None


def credit_author(line: str) -> str | None:
    """The writer a credit line names (文/李华　图/王明 -> 李华, 김민수 기자 -> 김민수, （供稿：化学学院　撰稿：李华）
    -> 李华)."""
    if len(line) <= _CREDIT_RUN_MAX and (writers := _WRITERS.match(line)):
        return " ".join(re.split(r"[、，,\s]+", writers.group(1)))
    found = (_TEXT_CREDIT.match(line) or _KO_BYLINE.match(line)) if len(line) <= _LINE_MAX else None
    if not found and len(line) <= _CREDIT_RUN_MAX and _CREDIT_RUN.match(line):
        found = _RUN_WRITER.search(line)
    return found.group(1) if found else None


def edition_paper(line: str) -> str | None:
    """The paper a print edition line names (《 人民日报 》（ 2026年09月04日 04 版） -> 人民日报)."""
    found = _EDITION.match(line) if len(line) <= _LINE_MAX else None
    return found.group(1) if found else None


def drop_bylines(paragraphs: list[str], ledger: Ledger, author: str | None = None) -> tuple[list[str], list[str]]:
    """(paragraphs without the credits at their ends, the byline lines): a byline among the first
    lines, and every credit line that ends the body (a byline, editors, a follow-us box below it);
    a line that is the page's ``author`` (its metadata's) and nothing else is one at either end."""
    size = len(paragraphs)

    def credit(line: str, at_start: bool) -> str | None:
        if author and line.strip().casefold() == author.casefold():
            return "the writer's name (the page's author) on a line of its own"
        return _credit(line, at_start)

    found = {i: why for i in range(min(_EDGE, size)) if (why := credit(paragraphs[i], at_start=True))}
    start, end = max(found, default=-1), size
    while end - 1 > start and (why := credit(paragraphs[end - 1], at_start=False)):
        end -= 1
        found[end] = why
    if len(found) == size:
        return paragraphs, []
    for i, why in found.items():
        ledger.drop(RULE, why, paragraphs[i])
    kept = [p for i, p in enumerate(paragraphs) if i not in found]
    if kept and (tail := _GLUED_TAIL.search(kept[-1])):
        ledger.drop(RULE, "an editor's tag or a back link glued to the last paragraph", tail.group(0).strip(),
                    action="remove")
        kept[-1] = kept[-1][:tail.start()]
    return kept, [paragraphs[i] for i in found
                  if any(p.match(paragraphs[i]) for p in _NAMING) or credit_author(paragraphs[i])
                  or issue_note(paragraphs[i])]


def is_by_line(line: str) -> bool:
    """Whether the line is a "By …" byline and nothing else (By Grace Whitfield, Omar Haddad and Lucy Tran)."""
    return BY_LINE.fullmatch(line.strip()) is not None


def closing_author(line: str) -> str | None:
    """The writer a Vietnamese closing byline names (the line is the name)."""
    return line if len(line) <= _LINE_MAX and _VI_BYLINE.match(line) else None


def first_closing_author(lines: list[str]) -> str | None:
    """The writer a byline under the body names by itself (a Vietnamese paper's Trần Minh Anh)."""
    return next((name for line in lines if (name := closing_author(line))), None)


def after_body(lines: list[str], paragraphs: list[str]) -> list[str]:
    """The lines right after the last kept paragraph."""
    last = paragraphs[-1] if paragraphs else None
    at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i] == last), None) if last else None
    return lines[at + 1:] if at is not None else []
