# ruff: noqa: E501
"""A UTF-8 paragraph pasted into a large GBK or Big5 page, after the page's own ideographic-space indent, far from
the lines the codec is chosen on: the page fails to decode there, and that stretch is decoded as UTF-8 (before, it
was read as GBK mojibake, 鏈\ue101姤璁…, or Big5 mojibake). The texts are our own; each test failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes
from pipeline.repair.common import opencc_converter

from .portal_chrome import PORTAL_CHROME as _CHROME

_TITLE = "课后服务覆盖全市义务教育学校"
_PARAS = ("本报讯 记者从市教育局获悉，全市义务教育学校已全面推行课后服务，参与学生比例超过九成。",
          "在城南实验小学，课后服务分为作业辅导和兴趣活动两段，家长可以按需选择，费用由财政补助。",
          "市教育局表示，下一步将引入更多校外资源，丰富课后服务内容，减轻教师负担。")


def _page(codec: str, label: str | None, pasted: int = 1) -> bytes:
    script = (lambda text: text) if codec == "gbk" else opencc_converter("s2t").convert  # (Big5: a traditional page)
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">' if label else ""
    out = script(f"<html><head>{head}<title>{_TITLE}</title></head><body><ul>{_CHROME}</ul><h1>{_TITLE}</h1>\n").encode(codec)
    for k, para in enumerate(_PARAS):
        out += b"<p>" + "\u3000\u3000".encode(codec) + script(para).encode("utf-8" if k == pasted else codec) + b"</p>\n"
    return out + b"</body></html>"


@pytest.mark.parametrize(("codec", "label"), [("gbk", "gb2312"), ("gbk", "utf-8"), ("gbk", None), ("big5", "big5")])
def test_a_utf8_paragraph_far_into_a_legacy_page_is_read_as_utf8(codec: str, label: str | None) -> None:
    data = _page(codec, label)
    assert len(data) > 3 * 4096
    decoded = decode_bytes(data)
    assert decoded.source == "mixed", decoded.evidence
    assert decoded.mislabeled == (label == "utf-8")
    paras = [p if codec == "gbk" else opencc_converter("s2t").convert(p) for p in _PARAS]
    assert all(p in decoded.text for p in paras)


def test_a_legacy_paragraph_in_a_utf8_page_leaves_the_pages_nbsp_indents_alone() -> None:
    """Guard: a UTF-8 page indenting its paragraphs with NBSPs (C2 A0, which GBK reads as 聽) and holding one GBK
    paragraph far down: the page stays UTF-8 (every UTF-8 indent read as 聽聽 once GBK was the regions' main codec),
    and only the GBK paragraph is read in GBK (it was replaced and flagged)."""
    out = f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><ul>{_CHROME}</ul><h1>{_TITLE}</h1>\n'.encode()
    for k, para in enumerate(_PARAS):
        out += b'<div class="box">\xc2\xa0\xc2\xa0' + para.encode("gbk" if k == 1 else "utf-8") + b"<br><br>\n"
    decoded = decode_bytes(out + b"</div></body></html>")
    assert "聽" not in decoded.text
    assert all("\xa0\xa0" + para in decoded.text for para in _PARAS)
