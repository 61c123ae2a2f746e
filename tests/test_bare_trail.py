# ruff: noqa: E501
"""A GBK or Big5 page's character that lost its lead byte with no "?" left in its place: its trail byte reads as
a lowercase letter alone between ideographs (还能l挥 for 还能發揮: 發 is GBK B0 6C). The byte cannot say which
character was lost, so the spot is flagged and the text kept (audit41's lost_lead cases were neither). The texts
are our own; the first test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

_TITLE = "种业振兴座谈会在京举行"
_PARAS = ("本报讯 种业振兴座谈会日前在京举行，与会专家围绕良种培育、种质资源保护等议题展开讨论。",
          "专家认为，在保障粮食安全方面，种业还能發揮哪些作用，值得深入研究。",
          "会议提出，要加快建设现代种业体系，推动育繁推一体化发展。")


def _page(paras: tuple[str, ...], codec: str, lost: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = f'<html><head><meta charset="{codec}"><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>{body}</body></html>'
    data = html.encode(codec)
    if lost is not None:
        at = data.index(lost.encode(codec))
        data = data[:at] + data[at + 1 :]
    return data


def test_a_lost_lead_byte_leaving_a_lone_lowercase_letter_is_flagged_and_the_text_kept() -> None:
    rec = clean_html(_page(_PARAS, "gbk", lost="發"))
    assert "种业还能l" in rec.text
    assert any(f.rule == "lost_lead_byte" and "'l'" in f.evidence for f in rec.flags), rec.flags


def test_a_lone_letter_the_page_writes_again_or_a_letter_word_is_not_flagged() -> None:
    paras = ("本报讯 研究人员沿x轴方向测量了样品的形变，x轴与样品长边平行。", "当天A股三大指数集体收涨，K线图显示量能温和放大。",
             "该团队表示，下一步将扩大样本规模，继续开展对比实验。")
    rec = clean_html(_page(paras, "gbk"))
    assert not [f for f in rec.flags if f.rule == "lost_lead_byte"], rec.flags


def test_a_lone_letter_on_a_utf8_page_is_not_flagged() -> None:
    paras = ("本报讯 种业振兴座谈会日前在京举行，与会专家围绕良种培育展开讨论。", "专家认为，种业还能l挥哪些作用，值得深入研究。")
    rec = clean_html(_page(paras, "utf-8"))
    assert not [f for f in rec.flags if f.rule == "lost_lead_byte"], rec.flags
