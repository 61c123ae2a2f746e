# ruff: noqa: E501
"""Session 18's script fixes from a fresh audit32 seed (41): s2t's own forms (爲, 衆) as the converter's
fingerprint, and s2twp's phrases restored when two of them sit side by side or the farm's simplified spam
header holds a word s2twp would rewrite. The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.repair import repair_text
from pipeline.repair.converter_forms import opencc_forms

HEAD = "免费看片神器_午夜影院在线观看_最新热门电影_高清资源在线看\n\n當前位置：首頁 > 新聞中心\n\n"


def _dump(title: str, paras: list[str]) -> str:
    return HEAD + title + "\n\n\n" + "\n\n".join("\u3000\u3000" + p for p in paras) + "\n\n上一篇：多地推出春季消费促进活动\n"


def test_a_short_s2t_story_under_simplified_chrome_comes_back_simplified_despite_a_taiwan_looking_word() -> None:
    """No reading, no dateline, no mainland word: only s2t's 爲 and 衆, which Taiwan and Hong Kong typesetting
    never write, show the converter; 影片 (a film, on the mainland too) is no veto against them."""
    paras = ["據市文旅局介紹，國產動畫電影《青石記》上映首週票房突破3億元，成爲同期上映影片中的第一名。",
             "不少觀衆表示，影片畫面細膩，故事適合全家一起觀看。"]
    rec = clean_text(_dump("國產動畫電影《青石記》首週票房破3億元", paras))
    assert rec.title == "国产动画电影《青石记》首周票房破3亿元"
    assert rec.text.split("\n") == ["据市文旅局介绍，国产动画电影《青石记》上映首周票房突破3亿元，成为同期上映影片中的第一名。",
                                     "不少观众表示，影片画面细腻，故事适合全家一起观看。"]
    assert rec.script == "simplified"


def test_a_taiwan_text_writing_the_everyday_forms_or_one_opencc_form_is_no_converter_output() -> None:
    assert opencc_forms("成爲同期上映影片中的第一名，不少觀衆表示好看。") is not None
    assert opencc_forms("成爲同期上映影片中的第一名，不少觀眾表示好看。") is None  # 眾 too: a writer's own mix
    assert opencc_forms("成爲同期上映影片中的第一名。") is None  # one is too few
    story = "臺北市立動物園今年暑假推出夜間導覽，成為親子熱門行程，不少民眾表示「很有趣」，園方也將延長開放時間。"
    assert repair_text(story).text == story


def test_two_s2twp_phrases_side_by_side_each_vote() -> None:
    """s2twp wrote 释出资料 for 发布数据: weighed as one four-character difference the commonest words on each
    side (资料, 发布) hid the rare 释出; window by window it votes, and tw2sp restores both words."""
    paras = ["新華社北京3月11日電 國家統計局11日釋出資料顯示,2月份全國居民消費價格同比上漲0.7%,漲幅比上月擴大0.2個百分點。",
             "業內人士認為,隨著促消費政策持續發力,價格溫和回升態勢有望延續。"]
    rec = clean_text(_dump("2月份居民消費價格同比上漲0.7%", paras))
    assert rec.text.startswith("新华社北京3月11日电 国家统计局11日发布数据显示，2月份全国居民消费价格同比上涨0.7%")


def test_the_farms_simplified_spam_words_are_no_evidence_against_s2twp() -> None:
    """高清 in the farm's simplified spam header is a word s2twp rewrites (高畫質), standing as s2t writes it; but
    that line was never converted, so it does not outvote the article's 釋出 (发布)."""
    paras = ["中新社哈爾濱1月9日電 黑龍江省氣象臺9日10時繼續釋出寒潮藍色預警,預計未來三天全省氣溫將下降8至12攝氏度。",
             "當地有關部門已提前儲備融雪劑,並安排除雪機械待命。"]
    rec = clean_text(_dump("黑龍江繼續釋出寒潮藍色預警", paras))
    assert rec.text.startswith("中新社哈尔滨1月9日电 黑龙江省气象台9日10时继续发布寒潮蓝色预警")
