"""s2twp's Taiwan phrases of another length (优化 -> 最佳化, 刷新 -> 重新整理) come back whole on a page shown
converted; a phrase as long as its word is weighed by its words as before. A name the page writes both in
simplified and converted (an app bar's 晨报快讯, the <title>'s 晨報快訊) marks a mainland site. A regional sign
read across two words (我國中東部) is none. The texts are our own."""

from __future__ import annotations

import opencc
import pytest

from pipeline.api import clean_html
from pipeline.repair import repair_text
from pipeline.repair.script import restore_config, restored
from pipeline.repair.tw_phrases import swaps

from .tw_hk_news import TW_HK_NEWS

# Our own mainland story: 优化 and 刷新 are the words s2twp writes longer (最佳化, 重新整理); 软件 and 网络
# are its everyday swaps (軟體, 網路).
ORIGINAL = ("新华社杭州3月2日电 记者从省经信厅获悉，全省将进一步优化营商环境，推动软件和网络产业发展。"
            "在日前举行的行业大会上，本地企业研发的调度系统刷新了多项纪录。")


def test_a_longer_taiwan_phrase_is_weighed_whole_not_by_its_first_two_characters() -> None:
    repost = opencc.OpenCC("s2twp").convert(ORIGINAL)
    assert "最佳化" in repost and "重新整理" in repost
    assert restore_config(repost) == "tw2sp"
    # 最佳 (3297) and 重新 (8297) are commoner mainland words than 优化 (952) and 刷新 (201), but 最佳化 and
    # 重新整理 are no mainland words (jieba: 3 each)
    assert restored(repost, "tw2sp") == ORIGINAL


def test_the_inverted_table_reads_each_phrase_back_as_the_character_level_restoration_does() -> None:
    table = swaps("t2s")
    assert (table["优化"].phrase, table["刷新"].phrase, table["互联网"].phrase) == ("最佳化", "重新整理", "网际网路")
    assert "信息中心" not in table  # 資訊中心: swapped in place, weighed by its words (资讯 561)
    assert "执着" not in table  # s2tw's 執著 too: a character form, no phrase of s2twp's


def test_a_taiwan_sites_chrome_resolution_line_casts_no_vote_for_s2twp() -> None:
    # our own mainland story through s2tw on a Taiwan portal whose footer recommends a screen resolution (最佳
    # 解析度: s2twp's word for 分辨率, as long: weighed by its words, 解析 491 and 分辨 712, no vote); the story's
    # 线上 must stay as it wrote it
    s2tw = opencc.OpenCC("s2tw").convert
    story = s2tw("本报讯 今年春茶采摘进入尾声，茶农表示茶叶品质较好，线上订单比去年增加三成。")
    page = (f"<html><body>\n<h1>{s2tw('春茶采摘进入尾声')}</h1>\n<p>{story}</p>\n"
            "<p>© 2026 看新聞部落 All Rights Reserved<br>建議使用IE 8.0以上版本瀏覽器，最佳解析度1024x768</p>\n"
            "</body></html>")
    assert restore_config(page) != "tw2sp"


def test_a_genuine_taiwan_story_keeps_its_words() -> None:
    taiwan = ("中央社記者今天報導，經濟部表示將持續最佳化投資環境，協助業者導入資料分析工具；"
              "官網已重新整理相關資訊，民眾可上網查詢。")
    result = repair_text(taiwan)
    assert result.text == taiwan
    assert result.script == "traditional"


HOOPS_TITLE = "城市篮球联赛第五轮 主队主场两分险胜"
HOOPS = ["本报讯（记者 宋晓川）11月16日晚，城市篮球联赛第五轮在市体育馆进行，主队以88:86险胜来访的北湖队。",
         "末节比赛还剩9秒时，主队后卫韩亦舟突破上篮得手，帮助球队锁定胜局，全场他拿下21分7次助攻。",
         "主教练赛后表示，球队在篮板球上仍有不足，下一轮将迎来强敌西港队。"]


def _app_page(title: str, paras: list[str], site: str, site_in_title: str) -> str:
    """An app share page: the site's name in its top bar, and in the <title> after the headline."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site_in_title}</title></head><body>'
            f'<div class="open-app-top"><span>{site}</span></div>\n<div class="article"><h1>{title}</h1>\n'
            + "".join(f"<p>{p}</p>\n" for p in paras) + "</div></body></html>")


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_a_site_name_written_simplified_and_converted_marks_a_mainland_site(config: str) -> None:
    """The farm converted the headline, the story and the <title> (its 晨報快訊 too), not the app bar's 晨报快讯: two
    simplified characters are no site's chrome alone, but their converted twin on the page shows a converter ran."""
    convert = opencc.OpenCC(config).convert
    page = _app_page(convert(HOOPS_TITLE), [convert(p) for p in HOOPS], "晨报快讯", convert("晨报快讯"))
    rec = clean_html(page)
    assert rec.script == "simplified" and rec.text == "\n".join(HOOPS), rec.text[:40]


def test_a_simplified_name_without_a_converted_twin_says_nothing() -> None:
    """The guard: an editor's or a site's simplified name alone (its twin nowhere on the page) leaves the story as
    written."""
    convert = opencc.OpenCC("s2tw").convert
    paras = [convert(p) for p in HOOPS]
    rec = clean_html(_app_page(convert(HOOPS_TITLE), paras, "晨报快讯", "體育頻道"))
    assert rec.script == "traditional" and rec.text == "\n".join(paras), rec.text[:40]


@pytest.mark.parametrize(("region", "title", "paras"), TW_HK_NEWS, ids=[t for _, t, _ in TW_HK_NEWS])
def test_genuine_taiwan_and_hong_kong_news_under_a_name_in_both_scripts_stays_traditional(
        region: str, title: str, paras: tuple[str, ...]) -> None:
    """A mainland app reposting a Taiwan or Hong Kong story as it found it, its name in both scripts: the story's
    own signs keep it."""
    rec = clean_html(_app_page(title, list(paras), "晨报快讯", "晨報快訊"))
    assert rec.script == "traditional", rec.text[:40]
    assert paras[0][:16] in rec.text, rec.text[:40]


COLD = ["中央气象台今天发布寒潮预警，受强冷空气影响，我国中东部地区将出现大范围降温，今年增加的降雪日数明显偏多。",
        "气象部门提醒，公众要注意防寒保暖，及时添加衣物，合理安排出行。"]
CN_SPAM = "<div class=\"kw\">久久精品视频 彩票平台 午夜影院 免费视频 日韩精品</div>"


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_a_regional_sign_read_across_two_words_vetoes_nothing(config: str) -> None:
    """我國中東部 is 我國 + 中東部 and 今年增加 今年 + 增加, not Taiwan's 國中 (junior high) or 年增 (year on year):
    the converted story on a spam farm's simplified page comes back."""
    convert = opencc.OpenCC(config).convert
    page = (f"<html><head><title>{convert('寒潮来袭')}</title></head><body>{CN_SPAM}\n<h1>{convert('寒潮来袭')}</h1>\n"
            + "".join(f"<p>{convert(p)}</p>\n" for p in COLD) + "</body></html>")
    rec = clean_html(page)
    assert rec.script == "simplified" and rec.text == "\n".join(COLD), rec.text[:40]


def test_the_same_signs_read_as_words_keep_a_taiwan_story() -> None:
    """The guard: 國中 and 年增 where they read as words (全國國中, 出口年增) are Taiwan's, on the same page."""
    paras = ["教育部今天表示，全國國中明年起增加體育課時數，家長團體表示支持。",
             "另據財政部統計，上月出口年增百分之十二，連續五個月成長。"]
    page = (f"<html><head><title>國中體育課增加</title></head><body>{CN_SPAM}\n<h1>國中體育課增加</h1>\n"
            + "".join(f"<p>{p}</p>\n" for p in paras) + "</body></html>")
    rec = clean_html(page)
    assert rec.script == "traditional" and rec.text == "\n".join(paras), rec.text[:40]
