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


def _page(paras: tuple[str, ...], codec: str, lost: str | None = None, title: str = _TITLE) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = f'<html><head><meta charset="{codec}"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>'
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


def test_a_lost_lead_byte_leaving_a_lone_capital_is_flagged_and_the_text_kept() -> None:
    """Capitals are trail bytes too: 非教學負擔 in GBK lost 學's lead (8C 57) and left a W; 推進人工智能 in Big5 lost
    人's lead (A4 48) and left an H."""
    paras = ("本報訊 教育部門日前發布通知，要求減輕教師非教學負擔，讓教師把精力用在教書育人上。",
             "通知提出，各地要推進人工智能教育，加強教師培訓，提升課堂教學質量。")
    for codec, lost, left in (("gbk", "學負", "非教W"), ("big5", "人工", "H工智能")):
        rec = clean_html(_page(paras, codec, lost=lost, title="教育部門發布通知"))
        assert left in rec.text
        letter = left[2] if codec == "gbk" else left[0]
        assert any(f.rule == "lost_lead_byte" and f"'{letter}'" in f.evidence for f in rec.flags), (codec, rec.flags)


def test_a_capital_the_page_writes_again_or_a_letter_word_or_on_a_simplified_page_is_not_flagged() -> None:
    """Guard: a party a court report names A公司 (written again), B超 (a letter word), and a capital written once
    on a simplified GBK page (高G状态: a lost character with an ASCII trail would be one outside GB2312, which
    this page never writes) stay unflagged."""
    paras = ("本报讯 原告A公司与被告签订买卖合同，约定被告向A公司供货，货款分三期支付。", "医生建议患者先做B超检查，再决定治疗方案。",
             "法院审理后认为，合同合法有效，双方应当按照约定履行各自义务。", "据介绍，飞行员在高G状态下仍能保持清醒。")
    rec = clean_html(_page(paras, "gbk"))
    assert not [f for f in rec.flags if f.rule == "lost_lead_byte"], rec.flags
