# ruff: noqa: E501
"""A share page that renders nothing but a state object: its <title> is the state's headline with the app's
name glued on after a separator (标题-新闻早知道), and the state's own title is the headline (audit22 a01).
The articles were written for these tests."""

from __future__ import annotations

import json

from pipeline.api import clean_html

PARAS = ["区里的社区食堂从本月起延长营业时间，晚饭供应到晚上八点，独居老人凭卡用餐可以打八折，上班族也可以提前在小程序上订餐。",
         "食堂负责人介绍，新菜单每周更换一次，菜品由附近三家餐馆轮流提供，价格比外面便宜三成左右，开业两周每天接待居民四百多人次。",
         "街道计划明年再开两家分店，并请营养师为患有慢性病的老人设计少盐少油的套餐，首批套餐将在元旦前推出。",
         "不少居民说，食堂的饭菜口味清淡、分量足，下班后带着孩子来吃一顿，比自己做饭省时又省钱。"]


def _share_page(doc_title: str, state_title: str) -> str:
    state = {"article": {"id": "31", "title": state_title, "source": "江城晚报",
                         "content": "".join(f"<p>{p}</p>" for p in PARAS)},
             "recommend": [{"title": "地铁三号线南延段下月开通", "url": "/a/1"}, {"title": "老城区新增两处口袋公园", "url": "/a/2"}]}
    return (f'<html lang="zh-CN"><head><meta charset="utf-8"><title>{doc_title}</title></head><body>'
            '<div class="download-bar"><span>早知道</span><a href="/download">打开</a></div><div id="app"></div>'
            f'<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script></body></html>')


def test_the_state_headline_is_the_title_the_app_name_was_glued_to() -> None:
    head = "社区食堂延长营业时间 晚饭供应到八点"
    for glued in (f"{head}-早知道", f"{head}_早知道APP", f"{head} | Zaozhidao News"):
        rec = clean_html(_share_page(glued, head))
        assert (rec.title, rec.text) == (head, "\n".join(PARAS)), glued


def test_a_hyphen_inside_the_headline_stays() -> None:
    head = "中-老铁路开行跨境旅游专列 沿线社区食堂延长营业时间"
    assert clean_html(_share_page(head, head)).title == head  # the state's title is the whole <title>
    other = clean_html(_share_page(f"{head}-早知道", "地铁三号线南延段下月开通"))
    assert other.title == f"{head}-早知道"  # a title of the state that does not start the <title> says nothing
