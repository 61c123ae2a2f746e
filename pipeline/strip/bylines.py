"""A reporter's byline on a line of its own at either end of the body (本报记者 郑一帆, 澎湃新闻记者 吴双,
光明日报记者 王建宏 张文攀): the paper's credit, not article text. Dropped and recorded; the lines are
handed back so the author is still read from them.
"""

from __future__ import annotations

import re

from .ledger import Ledger

RULE = "heuristic:byline_editor"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_ROLE = r"(?:特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)"
# 本报记者 may run into the name; an outlet's name before 记者 needs a space before the name, so a
# column title (新华社记者看东北) stays.
_BYLINE = re.compile(rf"^(?:(本[报報]){_ROLE}\s*|([\u4e00-\u9fff]{{2,8}})?{_ROLE}\s+){_NAME}"
                     rf"(?:[\s、　]+(?:{_ROLE}\s*)?{_NAME}){{0,4}}$")
# Bylines stand among the first or the last lines of the body.
_EDGE = 2
_LINE_MAX = 40


def is_byline(line: str, at_end: bool = False) -> bool:
    """A byline line; at the end of the body only one naming its paper (北京商报记者 X): a bare
    记者 X there may be the article's own last line."""
    found = _BYLINE.match(line) if len(line) <= _LINE_MAX else None
    return found is not None and not (at_end and found.group(1) is None and found.group(2) is None)


def drop_bylines(paragraphs: list[str], ledger: Ledger) -> tuple[list[str], list[str]]:
    """(paragraphs without the byline lines at their ends, the byline lines)."""
    size = len(paragraphs)
    found = [i for i in range(size) if (i < _EDGE or i >= size - _EDGE) and is_byline(paragraphs[i], i >= _EDGE)]
    if not found or len(found) == len(paragraphs):
        return paragraphs, []
    for i in found:
        ledger.drop(RULE, "a reporter's byline on a line of its own", paragraphs[i])
    return [p for i, p in enumerate(paragraphs) if i not in found], [paragraphs[i] for i in found]
