"""Each named detector alone: what it must catch (in every language it knows) and what it must leave."""

from __future__ import annotations

import pytest

from pipeline.strip import detection
from pipeline.strip import heuristics as h
from pipeline.strip.detection import detect
from pipeline.strip.sentences import Context, without_glosses

CTX = Context()
LINKS = Context(link_density=0.9)

FIRES = [
    ("spam_header", "久久久久久国产精品免费免费男同-久久精品国产99久久美女-久久精品夜夜夜夜夜久久", CTX),
    ("spam_header", "久久精品國產免費視頻-午夜福利在線觀看-日韓歐美高清不卡", CTX),
    ("spam_header", "cheap casino bonus | free slots betting | xxx porn sex viagra online", CTX),
    ("keyword_block", "关键词：社区食堂，老年助餐，民生", CTX),
    ("keyword_block", "Tags: solar, reservoir, grid", CTX),
    ("breadcrumb", "当前位置：首页 > 新闻中心 > 社会", CTX),
    ("breadcrumb", "當(dāng)前位置 : 首頁(yè) > 資訊中心 > 時(shí)政要聞", CTX),
    ("breadcrumb", "您现在的位置：首页 > 民生 > 正文", CTX),
    ("breadcrumb", "Home » World » Asia", CTX),
    ("breadcrumb", "Главная » Новости » Город", CTX),
    ("breadcrumb", "ホーム > 地域 > 記事", CTX),
    ("breadcrumb", "Inicio » Sociedad » Rural", CTX),
    ("related", "相关阅读", CTX),
    ("related", "Related articles", CTX),
    ("related", "Читайте также:", CTX),
    ("related", "関連記事", CTX),
    ("related", "Noticias relacionadas", CTX),
    ("share", "分享到：微信 微博 QQ空间", CTX),
    ("share", "Share: Facebook Twitter Email", CTX),
    ("share", "Поделиться: ВКонтакте", CTX),
    ("share", "Compartir en: Facebook X", CTX),
    ("comments", "发表评论", CTX),
    ("comments", "3 Comments", CTX),
    ("prev_next", "上一篇：智能电网试点扩大到三十个城市", CTX),
    ("prev_next", "下一篇：新能源汽车下乡活动启动", CTX),
    ("prev_next", "Next post", LINKS),
    ("byline_editor", "（责任编辑：赵敏）", CTX),
    ("byline_editor", "【责任编辑：周敏】", CTX),
    ("byline_editor", "本帖最後由 老街散步 於 2026-2-13 09:20 編輯", CTX),
    ("copyright_footer", "版权所有 © 2026 某某资讯网 未经授权不得转载", CTX),
    ("copyright_footer", "苏ICP备12345678号-1", CTX),
    ("copyright_footer", "© 2026 Новости района. Все права защищены.", CTX),
    ("copyright_footer", "掲載記事・写真の無断転載を禁じます。", CTX),
    ("copyright_footer", "© 2026 Noticias al Día. Todos los derechos reservados.", CTX),
    ("meta_line", "时间:2026-02-13 10:30来源:新华社 作者:王晓明 点击:次", CTX),
    ("meta_line", "2026年2月13日 10:30", CTX),
    ("meta_line", "Источник: ТАСС", CTX),
    ("meta_line", "（出典：共同通信）", CTX),
    ("pagination", "上一页 1 2 3 下一页", CTX),
    ("separator", "------分隔线----------------------------", CTX),
    ("caption", "图为社区食堂工作人员为老人打餐。记者 陈思 摄", CTX),
    ("caption", "Watch: Islanders on the vote (2:14)", CTX),
    ("caption", "视频：长江中游货轮恢复满载通行", CTX),
    ("caption", "花蓮縣偏鄉行動圖書車3日首航。（花蓮縣政府提供）中央社記者林怡君傳真 115年9月3日", CTX),
    ("caption", "Volunteers clear the flooded towpath near the lock (Image: Ferry Road Trust )", CTX),
    ("caption", "The new ferry leaves the harbour on its first run (Photo: Harbour Board)", CTX),
    ("call_to_action", "Advert", CTX),
    ("call_to_action", "This slideshow requires JavaScript.", CTX),
    ("meta_line", "14 October 2026", CTX),
    ("meta_line", "Oct. 14, 2026", CTX),
    ("meta_line", "15 октября, 14:20Обновлено 15 октября, 14:35", CTX),
    ("nav", "首页 | 新闻 | 体育 | 娱乐 | 财经", CTX),
    ("nav", "World Business Tech Sport Video", LINKS),
]

KEEPS = [
    "新华社北京2月13日电 《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》提出：“深化综合治理”。",
    "\u201cShare of renewables in the grid is still small, but every site counts,\u201d said one project manager.",
    "Shares of the company rose 3% on Monday.",
    "Next year the agency plans to publish the trial data so that other cities can compare costs.",
    "Related to this, the council also approved a new budget for the library.",
    "我想要一碗牛肉面。(Wǒ xiǎng yào yì wǎn niúròu miàn.) I would like a bowl of beef noodles.",
    "免费午餐计划让山区孩子吃上了热饭，当地学校的视频课程也在线开通。",
    "Anterior a la reforma, la biblioteca solo abría dos días por semana.",
    "The council voted to reopen the towpath in spring (see the map below).",
    "Advert spending by the county's tourist board rose by a fifth last year.",
    "Ticket sales rose by a ratio of 3:1 against last year (picture the queues: they reached the bridge).",
    "作者在书中回忆了童年时的乡村生活，以及那些陪伴他长大的人和事，文字朴素而真挚动人。",
]


@pytest.mark.parametrize(("name", "text", "ctx"), FIRES)
def test_detector_fires(name: str, text: str, ctx: Context) -> None:
    found = detect(text, ctx)
    assert found is not None and found[0] == name, found
    assert found[1]  # evidence says why


@pytest.mark.parametrize("text", KEEPS)
def test_article_sentences_are_left_alone(text: str) -> None:
    assert detect(text, CTX) is None


def test_a_disabled_detector_does_not_fire() -> None:
    assert detect("分享到：微信 微博", CTX, frozenset({"share"})) is None


def test_every_detector_is_registered_and_disableable() -> None:
    assert {name for name, _, _ in h.DETECTORS} <= h.DISABLEABLE
    assert len(h.NAMES) == len(h.DETECTORS)


def test_glosses_are_ignored_for_matching_only() -> None:
    assert without_glosses("當(dāng)前位置") == "當前位置"
    assert without_glosses("辣不辣？(Là bu là?)") == "辣不辣？(Là bu là?)"


GATE_EXTRA = [
    "■ HOME > News > World", "» Related stories", "SHARE THIS", "12 comments", "3 條評論", "COPYRIGHT © 2026 Daily",
    "Page 1 2 3 Next", "2026-02-13 10:30", "==========", "Photo: city archive", "SOURCE: Reuters",
    "Published: 13 Feb 2026 | Updated: 14 Feb", "Free casino slot betting online", "久久精品 免费视频 在线观看",
    "（图片来源：网络）", "市民在社区食堂用餐。李华 摄", "首页 | 新闻 | 体育 | 娱乐 | 财经", "Sport  World  Video",
    "The mayor said the av. rate of return was 3%.", "上一篇", "编辑：王敏", "Tags: rail, budget",
    "发表于 2025年3月2日 21:15 - (阅读:512；评论:7)", "Trackback: http://blog.example.cn/tb/1.aspx",
    "本帖由小林于2025年3月2日10:02:11在〖家居园艺〗发表.", "(本文发表于首页家居园艺, 已被阅读178次)",
    "这篇短文发表于去年春天的社区报上，已被阅读了上千次。",
]


def _in_order(text: str, ctx: Context, disabled: frozenset[str]) -> tuple[str, str] | None:
    """Every detector in order, no shortcut: what detect must always answer."""
    text = without_glosses(text)
    for name, detector, longest in h.DETECTORS:
        if (longest is None or len(text) <= longest) and name not in disabled and (found := detector(text, ctx)):
            return name, found
    return None


@pytest.mark.parametrize("text", [t for _, t, _ in FIRES] + KEEPS + GATE_EXTRA)
def test_detect_shortcuts_give_the_in_order_answer(text: str) -> None:
    for ctx in (CTX, LINKS, Context(link_density=0.4)):
        for disabled in [frozenset()] + [frozenset({name}) for name in h.NAMES]:
            assert detect(text, ctx, disabled) == _in_order(text, ctx, disabled)


@pytest.mark.parametrize("text", [t for _, t, _ in FIRES] + KEEPS + GATE_EXTRA)
def test_gate_is_a_superset_of_every_detector(text: str) -> None:
    text = without_glosses(text)
    low = text.lower()
    for name, detector, _ in h.DETECTORS:
        if name != "nav" and detector(text, CTX):
            gated = name not in detection.LEAD_ONLY and detection.may_fire(text, low)
            assert detection.starts_with_lead(low) or gated, name


def test_a_widget_line_ending_in_dots_is_a_call_to_action_a_sentence_before_them_is_not() -> None:
    ctx = Context()
    assert h.call_to_action("Getting your Trinity Audio player ready...", ctx)
    assert h.call_to_action("Like Loading...", ctx)
    assert h.call_to_action("Getting your Trinity Audio player ready. It plays the story...", ctx) is None
    assert h.call_to_action("Like many towns, Elwin is loading its budget with debt...", ctx) is None
