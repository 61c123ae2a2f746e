"""Audit31: a page with many lines that lost bytes (a GBK page losing one byte in a hundred) is repaired in
linear time: each damaged line is weighed against the rest of the page, and the page without its readings is
made once a pass, not once a line."""

from __future__ import annotations

import pytest

from pipeline import clean_text

PARAS = [
    "本报讯（记者 林晓川）经过八个月施工，城西街道十二个老旧小区的雨污分流改造工程日前全部完工，惠及居民四千三百余户。",
    "这些小区大多建于上世纪九十年代，雨水和生活污水长期共用一根管道，每逢暴雨，部分楼栋的地下室就会倒灌积水。",
    "改造完成后，雨水将经由新建管网直接排入河道，污水则接入市政管网送往污水处理厂。",
]


def test_a_page_of_many_lossy_lines_strips_its_readings_once_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line that lost bytes is weighed against the rest of the page without its readings: that page is
    made once a repair pass, not once a damaged line (which made a page of a thousand damaged lines
    quadratic)."""
    from pipeline.repair import mojibake

    lines = [f"第{i}处管网已完成检修并登\ufffd入册，{PARAS[i % 3]}" for i in range(300)]
    text = "\n".join(lines)
    page_calls = []
    real = mojibake.without_readings

    def counting(s: str) -> str:
        if len(s) > len(text) // 2:
            page_calls.append(len(s))
        return real(s)

    monkeypatch.setattr(mojibake, "without_readings", counting)
    record = clean_text(text)
    assert record.status == "ok"
    assert 1 <= len(page_calls) <= 3  # once per repair pass (at most three)
