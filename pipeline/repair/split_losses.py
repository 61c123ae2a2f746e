"""Runs of lost bytes: U+FFFD, and 锟斤拷 (UTF-8 replacement characters read as GBK; 錕斤拷 after a repost's
simplified-to-traditional conversion; 嚙踝蕭 read as Big5, 啮踝萧 converted), also where a farm's anti-copy
noise splits the trio: 锟斤<span style="display:none">2dcn</span>拷 is the same 锟斤拷 to the reader, who
never sees the element."""

from __future__ import annotations

import re

from .pinyin import LOSS_RUN, inline_element


def _trio(first: str, second: str, third: str, name: str) -> str:
    e1, e2 = inline_element(f"{name}1"), inline_element(f"{name}2")
    return f"[{first}](?:{e1})?{second}(?:{e2})?[{third}]"


_SPLIT_TRIO_RE = re.compile(f"{_trio('锟錕', '斤', '拷', 'gbk')}|{_trio('嚙啮', '踝', '蕭萧', 'big')}")


_LOSS_RE = re.compile(LOSS_RUN)
_TRIO_LEADS = "锟錕嚙啮"


def loss_runs(text: str) -> list[re.Match[str]]:
    """The runs of lost bytes in ``text``, in page order, split trios among them."""
    runs = list(_LOSS_RE.finditer(text))
    # (every trio opens with one of four characters: a page without them is not scanned again)
    if "<" in text and any(lead in text for lead in _TRIO_LEADS):
        runs += [m for m in _SPLIT_TRIO_RE.finditer(text) if "<" in m[0]]
        runs.sort(key=lambda m: m.start())
    return runs
