# ruff: noqa: E501
"""A state object whose prose is written as \\u escapes (PHP's json_encode, JSON serializers' default) is
repaired like one written in UTF-8 (audit22 a04): the strip stage reads the body from it after repair ran.

The article was written for these tests.
"""

from __future__ import annotations

import json

from pipeline.api import clean_html
from pipeline.record import apply_plan
from pipeline.repair import repair_text

PARAS = ["区里的社区食堂从本月起延长营业时间，晚饭供应到晚上八点，独居老人凭卡用餐可以打八折。",
         "食堂负责人介绍，新菜单每周更换一次，菜品由附近三家餐馆轮流提供，价格比外面便宜三成左右。",
         "开业两周以来，食堂每天接待居民四百多人次，不少上班族下班后也会带着孩子来吃饭。",
         "街道计划明年再开两家分店，并请营养师为患有慢性病的老人设计少盐少油的套餐，居民可以在小程序上提前订餐。"]
# The same prose as a repost wrote it: traditional script with tone readings after some characters.
GLOSSED = ["區(qū)裏的社區食堂從(cóng)本月起延長(cháng)營(yíng)業時間，晚飯供應到晚上八點，獨居老人憑卡用餐可以打八折。",
           "食堂負(fù)責人介紹，新菜單每週更換一次，菜品由附近三家餐館輪流提供，價(jià)格比外面便宜三成左右。",
           "開業兩週(zhōu)以來，食堂每天接待居民四百多人次，不少上班族下班後也會帶(dài)着孩子來吃飯。",
           "街道計劃明年再開兩家分店，並請營養師爲患有慢性病的老人設計少鹽少油的套餐，居民可以在小程序上提前訂餐。"]


def _share_page(paras: list[str], ascii_only: bool) -> str:
    state = {"detail": {"title": "社区食堂延长营业时间", "src": "江城晚报", "ptime": "2026-10-08 18:30:00",
                        "body": "".join(f"<p>{p}</p>" for p in paras)}}
    return ('<html lang="zh-CN"><head><meta charset="utf-8"><title>社区食堂延长营业时间</title></head><body>'
            '<div class="download-bar"><span>早知道</span><a href="/download">打开</a></div><div id="app"></div>'
            f'<script>window.__DATA__ = {json.dumps(state, ensure_ascii=ascii_only)};</script></body></html>')


def test_an_escaped_state_body_is_repaired_as_an_unescaped_one_is() -> None:
    plain = clean_html(_share_page(GLOSSED, ascii_only=False))
    escaped = clean_html(_share_page(GLOSSED, ascii_only=True))
    assert plain.text == "\n".join(PARAS)
    assert escaped.text == plain.text
    assert escaped.publisher == "江城晚报"
    assert "script_escapes" in [c.rule for c in escaped.changes]


def test_escapes_outside_prose_and_escaped_backslashes_stay() -> None:
    """A script without escaped prose (a regex's class, a short label) is left as written; in a script with
    prose, an escaped backslash before u is no escape, and escapes of ASCII or line separators stay."""
    code = '<script>var han = /[\\u4e00-\\u9fa5]/; var label = "\\u63d0\\u4ea4";</script>'
    page = f"<html><body><p>{PARAS[0]}</p>{code}</body></html>"
    assert repair_text(page, html=True).text == page
    prose = json.dumps({"body": PARAS[1], "path": "C:\\\\u4e00", "quote": "\\u0022\\u2028"})
    page = f"<html><body><script>var s = {prose};</script></body></html>"
    result = repair_text(page, html=True)
    assert PARAS[1] in result.text
    assert "C:\\\\\\\\u4e00" in result.text and "\\\\u0022\\\\u2028" in result.text
    assert json.loads(result.text.split("var s = ")[1].split(";</script>")[0])["body"] == PARAS[1]
    assert apply_plan(page, result.changes) == result.text


def test_a_surrogate_pair_is_read_as_its_character() -> None:
    body = PARAS[2] + "𠮷野家"
    page = f"<html><body><script>var s = {json.dumps({'body': body})};</script></body></html>"
    assert "\\ud842\\udfb7" in page
    assert json.dumps({"body": body}, ensure_ascii=False) in repair_text(page, html=True).text
