"""Session 28, fresh audit seeds: a GBK page of traditional text that lost 菜's lead byte in 蔬菜供應充足. The
stranded trail pairs with the next lead until 價's trail is read alone (蔬斯⿷…瑑r); leaving out 菜's trail or 供's
lead reads equally well (蔬\ufffd供應, 蔬斯\ufffd應), and the byte nearest the letter was kept, the wrong one. The page
writes 供應 elsewhere, 蔬斯 nowhere: the places are told apart by the pairs the page writes, as where the decoder
fails (.decode_realign). The texts are our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.decode import decode_bytes

_PARAS = ("本報訊（記者 林曉禾）連日來，記者走訪本市多家農貿市場和超市發現，蔬菜供應充足，價格總體平穩。",
          "市商務局有關負責人表示，全市主要農產品批發市場每日交易量保持穩定，生活必需品貨源充足，供應渠道暢通。",
          "下一步，有關部門將繼續加強市場監測，保障節日期間供應穩定。")


def _page() -> bytes:
    title = "本市蔬菜市場供應充足價格平穩"
    return (f'<html><head><meta charset="gbk"><title>{title}</title></head><body><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in _PARAS) + "</body></html>").encode("gb18030")


def test_places_that_read_equally_well_are_told_apart_by_the_pairs_the_page_writes() -> None:
    data = _page()
    lost = "蔬菜供應充足".encode("gb18030")
    damaged = data.replace(lost, lost[:2] + lost[3:], 1)
    assert "\ufffd" not in damaged.decode("gb18030")  # the decoder never fails
    decoded = decode_bytes(damaged)
    assert "蔬\ufffd供應充足" in decoded.text, decoded.evidence
    rec = clean_html(damaged)
    assert "蔬\ufffd供应充足" in rec.text or "蔬菜供应充足" in rec.text, rec.text
