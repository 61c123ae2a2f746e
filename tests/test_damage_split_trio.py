"""锟斤拷 split by a farm's hidden anti-copy element is the same lost bytes to the reader: flagged."""

from __future__ import annotations

from pipeline import clean_html

_NOISE = '<span style="display:none">2dcn</span>'


def _page(paragraph: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>老街修缮完工</title></head><body><article>"
            f"<h1>老街修缮完工</h1><p>{paragraph}</p><p>修缮后的老街将于下月起对游客开放，沿街店铺"
            "同步恢复营业。</p></article></body></html>")


def test_a_split_trio_of_lost_bytes_is_flagged() -> None:
    record = clean_html(_page(f"这条老街始建于清代，此次修缮共更换锟斤{_NOISE}拷瓦两万余片。"))
    assert [flag.rule for flag in record.flags].count("replacement_chars") == 1
    assert "锟斤拷瓦" in record.text


def test_a_pound_weight_beside_noise_is_no_loss() -> None:
    record = clean_html(_page(f"每户可领大米五公斤{_NOISE}拷贝的登记表由社区统一发放。"))
    assert "replacement_chars" not in [flag.rule for flag in record.flags]
