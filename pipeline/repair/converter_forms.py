"""The forms only OpenCC's own traditional standard writes: a converter's fingerprint (see :mod:`.script`).

OpenCC s2t writes 为 as 爲, 众 as 衆 and 伪 as 僞, forms of its Kangxi-based standard that Taiwan and Hong
Kong typesetting do not use (為, 眾, 偽: what s2tw and s2hk write too). Common characters, so a converted
article of a few sentences holds some; a traditional text writing them and never the everyday forms went
through s2t. Rarer forms of that standard (喫, 脣, 祕, 癡) are left out: Taiwan's standard writes those too.
"""

from __future__ import annotations

import re

# Each OpenCC-standard form and the form Taiwan and Hong Kong write for it.
_FORMS = {"爲": "為", "衆": "眾", "僞": "偽"}
_OPENCC_RE = re.compile(f"[{''.join(_FORMS)}]")
_EVERYDAY_RE = re.compile(f"[{''.join(_FORMS.values())}]")
_MIN_FORMS = 2


def opencc_forms(text: str) -> str | None:
    """Evidence that ``text`` (traditional) came out of OpenCC s2t, or None."""
    found = _OPENCC_RE.findall(text)
    if len(found) < _MIN_FORMS or _EVERYDAY_RE.search(text):
        return None
    return f"OpenCC-standard forms {''.join(sorted(set(found)))} ({len(found)}x), never {''.join(_FORMS.values())}"
