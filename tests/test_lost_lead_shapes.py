# ruff: noqa: E501
"""A character of a GBK or Big5 page that lost its lead byte, in the shapes that passed silently (audit42 on real
page templates): its trail byte read as a letter after a mark (十几分钟后，t生 for 醫生: 醫 is GBK E1 74) or opening
a paragraph (k院 for 法院: 法 is Big5 AA 6B); read as a mark after the stretch it threw out of step (均年 that lost
均's lead reads ’~ in Big5, 款也 reads 雕]); and a capital in a traditional story pasted into a simplified GBK page
(演員們 that lost 演's lead reads 輪T們). Each is flagged or read in step, the text never silently damaged. The
texts are our own; each test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes

_TITLE = "家门口的云诊室让村民少跑路"


def _page(paras: tuple[str, ...], codec: str, lost: str | None = None, title: str = _TITLE, chrome: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<html><head><meta charset="{codec}"><title>{title}</title></head><body><div>{chrome}</div>'
            f"<h1>{title}</h1><div>{body}</div></body></html>")
    data = html.encode(codec)
    if lost is not None:
        at = data.index(lost.encode(codec))
        data = data[:at] + data[at + 1 :]
    return data


def _lost_lead_flags(data: bytes) -> list[str]:
    return [f.evidence for f in clean_html(data).flags if f.rule == "lost_lead_byte"]


_CLINIC = ("本报讯 在一个山村卫生室里，村民对着电脑屏幕，向县医院的医生描述自己的症状。",
           "数据实时传到县医院。十几分钟后，醫生开出处方，药品由卫生室直接发放。",
           "这是当地推进远程医疗的一个场景，村民在家门口就能得到县级医院专家的诊断。")


def test_a_trail_read_as_a_letter_after_a_full_width_or_folded_mark_is_flagged() -> None:
    assert any("'t'" in why for why in _lost_lead_flags(_page(_CLINIC, "gbk", lost="醫")))
    folded = tuple(p.replace("后，醫", "后,醫") for p in _CLINIC)
    assert any("'t'" in why for why in _lost_lead_flags(_page(folded, "gbk", lost="醫")))


def test_a_trail_read_as_a_letter_opening_a_paragraph_is_flagged() -> None:
    paras = ("本報訊 原告與被告簽訂買賣合同，約定被告按期供貨，貨款分三期支付。", "法院審理查明，被告未按約定履行合同義務。", "法院判決被告支付貨款及違約金。")
    data = _page(paras, "big5", lost="法院審理查明", title="法院審結一起合同糾紛")
    assert any("'k'" in why for why in _lost_lead_flags(data))


def test_a_letter_ending_a_clause_is_not_flagged() -> None:
    """Guard: 出现了两个a，随着 (a letter before a mark: prose writes one so) and the page's own letters stay unflagged."""
    paras = ("本报讯 研究人员在记录中发现，不同寻常的出现了两个a，随着研究深入，原因逐渐清楚。", "十几分钟后，医生开出处方，药品由卫生室直接发放。")
    assert not _lost_lead_flags(_page(paras, "gbk"))


def test_a_trail_read_as_a_mark_after_a_stretch_out_of_step_is_read_in_step_or_flagged() -> None:
    """款也 that lost 款's lead reads 雕] (B4 DA A4 5D: DA A4 is 雕, 5D the bracket): read in step, a U+FFFD for the
    stray byte. 均年 reads ’~ (A1 A6 is ’, no odder than 均年 itself): the tilde alone before 收 is flagged."""
    paras = ("本報訊 商家提醒，網店經營者遇到惡意退款也要保存證據，及時向平台申訴。", "合作社統一加工銷售，社員人均年收入已超過4萬元。",
             "專家建議，消費者與商家都應誠信交易。")
    data = _page(paras, "big5", lost="款也", title="網店經營者維權")
    decoded = decode_bytes(data)
    assert "退\ufffd也要" in decoded.text and len(decoded.strays) == 1
    data = _page(paras, "big5", lost="均年收", title="網店經營者維權")
    assert any("'~'" in why for why in _lost_lead_flags(data))


def test_a_capital_in_a_traditional_story_on_a_simplified_gbk_page_is_flagged() -> None:
    """A traditional story in a simplified page's template: 演員們 lost 演's lead and reads 輪T們 (DD 86 is 輪, 54 the T).
    The page's own simplified chrome outweighs the story's traditional characters; the text around the capital
    is what says a character outside GB2312 may have left it."""
    chrome = "".join(f"<a>{w}</a>" for w in ("新闻", "体育", "娱乐", "商业", "科技", "财经", "汽车", "手机", "生活", "健康", "文化", "游戏", "教育")) * 12
    paras = ("本報記者 何佳 城西百年戲樓座無虛席，新編黃梅戲在這裏首演。", "劇團團長介紹，爲了創作這部戲，編劇和演員們先後十多次到沿江漁村採風。",
             "演出結束後，觀衆久久不願離場。")
    data = _page(paras, "gbk", lost="演員們", title="百年戏楼里唱响新编黄梅戏", chrome=chrome)
    assert any("'T'" in why for why in _lost_lead_flags(data))
