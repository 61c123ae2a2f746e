"""A UTF-8 page holding one paragraph in GBK bytes (a CMS pasted it unconverted): the page stays UTF-8 and only the
stretch UTF-8 cannot decode, which GBK reads cleanly, is read in GBK, wherever it is (before, the paragraph was
replaced with U+FFFD and flagged, or GBK became the regions' main codec and the page's NBSP indents read as 聽).
The texts are our own."""

from __future__ import annotations

import pytest

from pipeline.decode import decode_bytes
from pipeline.repair.common import opencc_converter

from .portal_chrome import PORTAL_CHROME as _CHROME

_TITLE = "城南小学开设课后兴趣班"
_PARAS = ("本报讯 记者从区教育局获悉，城南小学本学期开设了足球、合唱、编程等十多个兴趣班。",
          "在城南小学(xué)，课后服务由本校教师和校外志愿者共同承担，家长可以在手机上报名。",
          "学校负责人表示，下一步将根据学生的反馈调整课程安排，让孩子们学得更开心。")


def _page(label: str | None, indent: bytes, pasted: str, script: str = "s2s") -> bytes:
    convert = (lambda text: text) if script == "s2s" else opencc_converter(script).convert
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">' if label else ""
    out = f"<html><head>{head}<title>{_TITLE}</title></head><body><ul>{_CHROME}</ul><h1>{_TITLE}</h1>\n".encode()
    for k, para in enumerate(_PARAS):
        out += b'<div class="box">' + indent + convert(para).encode(pasted if k == 1 else "utf-8") + b"<br><br>\n"
    return out + b"</div></body></html>"


@pytest.mark.parametrize(("label", "indent", "script"), [
    ("utf-8", b"\xc2\xa0\xc2\xa0", "s2s"), ("utf-8", "\u3000\u3000".encode(), "s2twp"), (None, b"", "s2s")])
def test_a_gbk_paragraph_in_a_utf8_page_is_read_in_gbk(label: str | None, indent: bytes, script: str) -> None:
    data = _page(label, indent, "gbk", script)
    assert len(data) > 3 * 4096  # the paragraph is far from the sample the codec is chosen on
    decoded = decode_bytes(data)
    convert = (lambda text: text) if script == "s2s" else opencc_converter(script).convert
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == ("utf-8", "mixed", False)
    assert all(indent.decode() + convert(para) in decoded.text for para in _PARAS)
    assert "聽" not in decoded.text and "\ufffd" not in decoded.text
    assert "mixed: utf-8 with 1 gb18030 stretch(es) at bytes " in decoded.evidence


def test_a_gbk_label_on_a_utf8_page_holding_a_gbk_paragraph_is_wrong() -> None:
    """A browser trusting the label would read every other line as mojibake: the label is the page's, not the
    pasted paragraph's."""
    decoded = decode_bytes(_page("gb2312", b"\xc2\xa0\xc2\xa0", "gbk"))
    assert (decoded.encoding, decoded.source, decoded.mislabeled) == ("utf-8", "mixed", True)
    assert all("\xa0\xa0" + para in decoded.text for para in _PARAS)


def test_a_utf8_paragraph_with_a_lost_byte_is_not_read_in_gbk() -> None:
    """Guard: a UTF-8 page whose paragraph lost a byte (a cut sequence) is no GBK region: that paragraph read in
    GBK is mojibake, which reads worse than UTF-8 with one U+FFFD; the page stays UTF-8, the damage left to the
    repair stage."""
    data = _page("utf-8", b"\xc2\xa0\xc2\xa0", "utf-8")
    cut = data.index("志愿者".encode()) + 1
    decoded = decode_bytes(data[:cut] + data[cut + 1:])
    assert decoded.encoding == "utf-8"
    assert "校外\ufffd愿者" in decoded.text or "校外\ufffd\ufffd愿者" in decoded.text
    assert all(para in decoded.text for para in (_PARAS[0], _PARAS[2]))

