"""A site's web address standing alone above the story (an old portal's info row: `www.example.gov.cn` in the
cell beside `2005年08月16日 来源：新华网`, or a channel's name and address: `网易商业报道 http://biz.163.com`):
the site's name plate, never the story's first line. Only the lines before the story's first other line go: an
address the story gives on its own line after a lead-in (详情请登录：/ www.12306.cn) stays. So does the site's
banner line (`Joel on Software   周思博趣谈软件`) where the story's box takes in the page's top."""

from __future__ import annotations

import re

from .dom import Block
from .revisions import Verdict
from .sentences import has_sentence

RULE = "heuristic:address_plate"
BANNER_RULE = "heuristic:site_banner"
# What a banner puts after the site's name, set off by a space: a slogan or the name in another language,
# no figure (新华网 北京5月1日电 is a dateline) and no sentence.
_BANNER_REST = re.compile(r"[\s\u3000\xa0]+[^\d]{1,20}")
_NAME_MIN = 4
# What a byline or dateline puts after the site's name (城南新闻网 记者 张三, 城南新闻网 北京电): the story's line.
_BYLINE_WORDS = ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "作者", "报道", "報道", "讯", "訊", "电", "電",
                 "摄", "攝")
# A bare host, with its scheme and a closing slash at most (no path: a link to a page is the story's reference),
# after the site's or channel's name at most (网易商业报道 http://biz.163.com: a name, a space, no colon or verb's
# lead-in punctuation).
_BARE_ADDRESS = re.compile(r"[\s\u3000\xa0]*(?:[\u4e00-\u9fffA-Za-z0-9]{2,12}[\s\u3000\xa0]+)?"
                           r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?[\s\u3000\xa0]*", re.I)


def drop_address_plate(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Drop the kept lines of a bare web address (after a name at most) that open the article box."""
    for i in inside:
        if verdicts[i] is not None:
            continue
        if not _BARE_ADDRESS.fullmatch(blocks[i].text):
            return
        verdicts[i] = (RULE, "a web address (a name before it at most) above the story: the site's name plate", True)


def drop_site_banner(blocks: list[Block], verdicts: list[Verdict], inside: range, names: frozenset[str]) -> None:
    """Drop the first kept line of the article box where it is the site's banner: the site's name as the
    <title> gives it besides the headline (``names``), alone or a space and a slogan after it."""
    first = next((i for i in inside if verdicts[i] is None), None)
    if first is None:
        return
    text = blocks[first].text
    low = text.casefold()
    if any(word in text for word in _BYLINE_WORDS):
        return
    for name in names:
        if len(name) >= _NAME_MIN and low.startswith(name) and not has_sentence(text) and (
                len(text) == len(name) or _BANNER_REST.fullmatch(text, len(name))):
            verdicts[first] = (BANNER_RULE, f"the site's name {name!r} from the <title> opening the box: its "
                               "banner line", True)
            return
