"""A site's web address standing alone above the story (an old portal's info row: `www.example.gov.cn` in the
cell beside `2005年08月16日 来源：新华网`): the site's name plate, never the story's first line. Only the lines
before the story's first other line go: an address the story gives on its own line after a lead-in
(详情请登录：/ www.12306.cn) stays."""

from __future__ import annotations

import re

from .dom import Block
from .revisions import Verdict

RULE = "heuristic:address_plate"
# A bare host, with its scheme and a closing slash at most (no path: a link to a page is the story's reference).
_BARE_ADDRESS = re.compile(r"[\s\u3000\xa0]*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?[\s\u3000\xa0]*", re.I)


def drop_address_plate(blocks: list[Block], verdicts: list[Verdict], inside: range) -> None:
    """Drop the kept lines of a bare web address that open the article box."""
    for i in inside:
        if verdicts[i] is not None:
            continue
        if not _BARE_ADDRESS.fullmatch(blocks[i].text):
            return
        verdicts[i] = (RULE, "a web address alone above the story: the site's name plate", True)
