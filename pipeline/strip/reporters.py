"""Chinese reporters' bylines: the first reporter a byline or dateline names, the outlet it names, and
the further reporters it names (电（记者 周怡 王林）, 实习记者 樊一 张二 记者李三)."""

from __future__ import annotations

import re

# An outlet's name as bylines and leads give it (澎湃新闻, 北京商报, 环球网, 中央社), or the paper's "our";
# not 据X (据澎湃新闻记者 吴双 报道 cites another outlet's reporter).
_NAMED_OUTLET = (r"(?![据據])[\u4e00-\u9fffA-Za-z·]{1,10}?(?:报|報|网|網|社|台|新闻|新聞|周刊|週刊|杂志|雜誌|在线|在線|"
                 r"客户端|客戶端)")
_OUTLET = rf"(?:{_NAMED_OUTLET}|本[报報网網台刊])"
_REPORTER_ROLE = r"(?:[驻駐][\u4e00-\u9fff]{1,6}?)?(?:特约|特約|实习|實習|首席|资深|資深)?(?:记者|記者)"
# A name ends where a space, a bracket, a list mark or 通讯员/报道 follows it, never a caption's 摄.
_NAME_END = r"(?=[\s、）)】〕/／]|通讯员|通訊員|报道|報導|$)(?!\s*[摄攝])"
# A further reporter after a byline's first (、李四, 王林, 记者李三): a name of two or three characters
# standing alone (not a place before 报道, not a role or a photo credit's 摄). A correspondent (通讯员) or
# an intern (实习生) the byline credits after the reporters is a contributor, no author: the scan ends there.
_CO_ROLE = r"(?:本[报報])?" + _REPORTER_ROLE
_CO_WRITER = re.compile(r"(?:[\s、，,]+" + _CO_ROLE + r"?|" + _CO_ROLE + r")\s*"
                        r"(?!报道|報導|摄影|攝影|编辑|編輯|记者|記者|通讯员|通訊員|实习生|實習生)"
                        r"([\u3400-\u4dbf\u4e00-\u9fff]{2,3})"
                        r"(?<![摄攝报報电電讯訊])(?=[\s、，,）)】〕]|$)")
# A text/photo credit before a byline: 文/本报记者 X, 文／图 X, 图文：X.
_CREDIT = r"(?:[文图圖](?:\s*[/／]?\s*[文图圖])?\s*[/／|:：\s]\s*)?"
# A Chinese name, also with a CJK Ext-A character (乔䶮: GB18030 and Unicode pages carry them).
_ZH_NAME = "([\u3400-\u4dbf\u4e00-\u9fff]{2,4})"
# The first reporter a byline names: in a dateline's brackets (电（记者 周怡 王林）, 电 (记者 周思远)),
# on a byline line (本报记者 郑一帆, 澎湃新闻记者 吴双, 【环球网报道 记者 林悦】; without an outlet
# only spaced or bracketed: 记者 张三, （记者张三）, not the heading 记者江湖), Taiwan's
# 記者X、Y／地點報導, and 中央社's name glued to the place of its dateline (中央社記者林怡君花蓮3日電: a
# place has 2 to 4 characters, a name 2 or 3).
REPORTER = re.compile(
    r"(?:[电電讯訊]|消息|(?:社|网|網|报|報|台)[】〕\]])\s*[（(]\s*(?:本[报報网網台])?" + _REPORTER_ROLE
    + r"\s*" + _ZH_NAME + _NAME_END
    + r"|^[【〔\[（(□■●◎]?\s*" + _CREDIT + r"(?:" + _OUTLET + r"(?:报道|報導|報道|讯|訊)?\s*" + _REPORTER_ROLE
    + r"\s*|(?<=[（(【〔])" + _REPORTER_ROLE + r"\s*|" + _REPORTER_ROLE + r"\s+)" + _ZH_NAME + _NAME_END
    + r"|(?:^|[\s/／〔【（(])(?:记者|記者)\s*" + _ZH_NAME + r"(?:[、,，][\u4e00-\u9fff]{2,4})*\s*[／/]\s*"
      r"[\u4e00-\u9fff]{0,8}?(?:報導|报道)"
    + r"|(?:社|網|网)(?:记者|記者)([\u4e00-\u9fff]{2,3})(?:、[\u4e00-\u9fff]{2,3})*[\u4e00-\u9fff]{2,4}"
      r"\d{1,2}日[电電]")
# The outlet a reporter's byline names (北京商报记者 孟亦凡, 【聯合報／記者王晨／台北報導】, not 本报/该报):
# the publisher when nothing else names one.
REPORTER_OUTLET = re.compile(r"^[【〔\[（(]?\s*(?![本该該此我])(" + _NAMED_OUTLET + r")(?:报道|報導|報道|讯|訊)?"
                              r"\s*[／/]?\s*" + _REPORTER_ROLE + r"\s*[\u4e00-\u9fff]{2,4}" + _NAME_END)

def with_co_reporters(line: str, m: re.Match[str]) -> str:
    """The reporter ``m`` found and the reporters the byline names after it (电（记者 周怡 王林）, 实习记者
    樊一 张二 记者李三; not 记者 周文斌 通讯员 高小燕's correspondent), joined with 、 as the page joins them."""
    index, name = next((i, name) for i, name in enumerate(m.groups()) if name)
    names, at = [name], m.end()
    while index < 2 and (more := _CO_WRITER.match(line, at)):  # (a byline or dateline's first reporter)
        names.append(more[1])
        at = more.end()
    return "、".join(names)
