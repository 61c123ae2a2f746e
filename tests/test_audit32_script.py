# ruff: noqa: E501
"""Audit32's script fixes (a combinatorial generator's seed-like reposts): when a converted mainland article
is turned back to simplified. The texts are our own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

SPAM = "九九热精品视频-亚洲高清在线看-国产精品99久久-免费福利资源大全"


def _dump(title: str, paras: list[str], crumb: str = "當前位置：首頁 > 資訊 > 財經", head: str = SPAM) -> str:
    return f"{head}\n\n\xa0\n{crumb}\n\xa0\n\n{title}\n\n\n" + "\n\n".join("\u3000\u3000" + p for p in paras)


# readings after any characters, converted or not (館 and 夜 alike), as some farms write them
SCATTERED = ["自(zì)5月起，省博物(wù)館每(měi)週五、週六開放夜(yè)場至21時。開放首月，夜場共接(jiē)待觀眾8.2萬人次，其中18至35歲觀(guān)眾佔(zhàn)比超過六成。",
             "夜場期間(jiān)，博物館推(tuī)出了“青銅之光”特展和互(hù)動講解活動。館方表(biǎo)示，將根(gēn)據觀眾反饋調整夜場展覽內容。"]
PLAIN = ["自5月起，省博物馆每周五、周六开放夜场至21时。开放首月，夜场共接待观众8.2万人次，其中18至35岁观众占比超过六成。",
         "夜场期间，博物馆推出了“青铜之光”特展和互动讲解活动。馆方表示，将根据观众反馈调整夜场展览内容。"]


def test_readings_scattered_over_any_characters_amid_simplified_chrome_mark_a_converted_article() -> None:
    """Readings on a share of any characters (not only the converted ones, which the seed's farm glosses)
    of a traditional article under a simplified spam header: the repost's too; the crumb's 資訊 (a section
    name mainland sites use) vetoes nothing."""
    rec = clean_text(_dump("博物館夜場開放首月接待觀眾超8萬人次", SCATTERED))
    assert rec.script == "simplified"
    assert rec.title == "博物馆夜场开放首月接待观众超8万人次"
    assert rec.text == "\n".join(PLAIN)


def test_scattered_readings_on_a_page_with_no_simplified_text_leave_it_traditional() -> None:
    """The guard: the same readings on a page that is traditional throughout (no simplified chrome to
    show the farm's own script) are no evidence that the article was converted."""
    rec = clean_text(_dump("博物館夜場開放首月接待觀眾超8萬人次", SCATTERED, head="九九熱精品視頻-亞洲高清在線看-國產精品99久久-免費福利資源大全"))
    assert rec.script == "traditional"


def test_a_mainland_dateline_in_traditional_characters_amid_much_simplified_chrome_is_turned_back() -> None:
    """經濟日報訊 in traditional characters: no mainland paper writes its own name so. The farm's simplified
    header, crumb and footer outnumber the short article, where only the readings counted before."""
    head = "\n\n".join([SPAM, "彩票平台注册送彩金-正规彩票app下载-天天中奖网-彩票开奖结果查询", "免费看片神器_午夜影院在线观看_最新热门电影_高清资源在线看"])
    paras = ["經濟日報訊（記者 梁書遠）記者從國鐵集團獲悉，今年前5個月，西部陸海新通道鐵海聯運班列累計開行4800列，同比增長21%。"]
    text = _dump("西部陸海新通道班列開行量同比增長兩成", paras, crumb="当前位置：首页 > 新闻中心 > 国内新闻", head=head)
    text += "\n\n本站部分内容来自互联网，如有侵权请联系删除\n\n免责声明：本文仅代表作者观点，不代表本站立场"
    rec = clean_text(text)
    assert rec.title == "西部陆海新通道班列开行量同比增长两成"
    assert rec.text == "经济日报讯（记者 梁书远）记者从国铁集团获悉，今年前5个月，西部陆海新通道铁海联运班列累计开行4800列，同比增长21%。"


def test_scattered_readings_on_a_taiwan_article_under_simplified_chrome_leave_it_traditional() -> None:
    """The other guard: farms gloss genuine Taiwan articles too; its vocabulary (捷運, 中央社) and corner
    quotes veto the scattered readings (audit14's s05 and s08)."""
    paras = ["（中(zhōng)央社記者林宜蓁台北9日電）新北市捷(jié)運環狀線北環段今(jīn)天完成最後一段隧道貫通，工程(chéng)團隊在五股站附(fù)近舉(jǔ)行貫通儀式。",
             "住在蘆(lú)洲的上班族陳先(xiān)生說，他每天騎機(jī)車過橋到士林上(shàng)班，「如果捷運能準時通(tōng)車，我一定改搭捷運」。"]
    rec = clean_text(_dump("環狀線北環段隧道全線貫通", paras))
    assert rec.script == "traditional"
    assert rec.title == "環狀線北環段隧道全線貫通"
