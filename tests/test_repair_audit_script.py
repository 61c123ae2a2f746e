"""Script decisions on Taiwan and Hong Kong articles that cite the mainland (bench/audit findings)."""

from __future__ import annotations

import pytest

from pipeline.repair import repair_text

TAIWAN_NEWS = (
    "陸委會今天表示，中共國務院台辦日前宣布多項措施，新華社也同步發布評論。"
    "陸委會官員說，兩岸交流應以對等尊嚴為前提，民眾應審慎看待相關宣傳。"
)
HONG_KONG_NEWS = (
    "特區政府發言人表示，網絡安全和信息保障是「重中之重」，當局會與業界「攜手合作」，"
    "並於下月推出新的培訓計劃，協助中小企應對風險。"
)


@pytest.mark.parametrize("text", [TAIWAN_NEWS, HONG_KONG_NEWS])
def test_genuine_traditional_articles_citing_the_mainland_stay_traditional(text: str) -> None:
    result = repair_text(text)
    assert result.text == text
    assert result.script == "traditional"


@pytest.mark.parametrize(
    "text",
    [
        "新華社北京2月13日電 國務院常務會議今天召開，部署推進數字經濟發展。",
        "　　新華社電 中共中央近日印發意見，要求各級黨委加強指導。",
        "<p>來源：新華社</p><p>國務院新聞辦公室今天舉行發布會，介紹網絡建設進展。</p>",
    ],
)
def test_mainland_dateline_or_source_line_still_counts(text: str) -> None:
    result = repair_text(text, html=text.startswith("<"))
    assert result.script == "simplified"
    assert any(c.rule.startswith("script:") for c in result.changes)


_SPAM_HEADER = "<div class='top'>久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人视频在线播放</div>"


def test_a_converted_article_outnumbered_by_simplified_spam_is_restored() -> None:
    page = (
        f"<html><body>{_SPAM_HEADER * 3}<div class='content'>"
        "<p>記(jì)者從(cóng)市交通局獲悉，新(xīn)開通的三條公交線路運(yùn)行平穩。</p>"
        "<p>線(xiàn)路經過(guò)多個居民區，方便了群眾出行(xíng)。</p></div></body></html>"
    )
    result = repair_text(page, html=True)
    assert "记者从市交通局获悉，新开通的三条公交线路运行平稳。" in result.text
    assert "线路经过多个居民区，方便了群众出行。" in result.text
    assert _SPAM_HEADER in result.text


def test_a_few_traditional_characters_in_a_simplified_page_stay() -> None:
    page = (
        "<html><body><p>网络信息安全和硬件升级是今年的重点。博客作者谈到乾隆年间的书法，"
        "也谈到慰藉与凭藉。</p><p>信息化建设仍在推进。</p></body></html>"
    )
    assert repair_text(page, html=True).text == page


def test_hong_kong_variant_forms_of_a_converted_article_are_restored() -> None:
    text = "新華社北京3月18日電 國產新機支持衞星通話，敍述了研發過程，網絡信息安全也有保障。"
    result = repair_text(text)
    assert result.text == "新华社北京3月18日电 国产新机支持卫星通话，叙述了研发过程，网络信息安全也有保障。"
    assert [c.rule for c in result.changes] == ["script:hk2s"]


def test_a_mainland_papers_own_dateline_is_evidence() -> None:
    text = "本報北京8月1日電（記者 孔令儀）新版漢字編碼國家標準實施一週年，生僻字不再顯示為方框。"
    result = repair_text(text)
    assert result.text.startswith("本报北京8月1日电（记者 孔令仪）新版汉字编码国家标准实施一周年")
    assert result.script == "simplified"


def test_folded_commas_and_curly_quotes_are_evidence_but_corner_quotes_still_veto() -> None:
    folded = "近日,有關部門發佈通知,進一步完善制度,專家說“新政策”更加“便民”,受到歡迎。"
    assert repair_text(folded).script == "simplified"
    taiwan = "近日,有關部門發佈通知,進一步完善制度,專家說「新政策」更加「便民」,受到歡迎。"
    assert repair_text(taiwan).script == "traditional"


def test_a_japanese_article_under_a_converted_chinese_breadcrumb_keeps_its_kanji() -> None:
    japanese = "市教育委員会は3日、市内の公立図書館8館の開館時間を延長すると発表した。"
    dump = f"當(dāng)前位置：首頁(yè) > 資(zī)訊中心 > 國(guó)際新聞(wén)\n\n{japanese}\n"
    result = repair_text(dump)
    assert japanese in result.text
    assert "当前位置：首页 > 资讯中心 > 国际新闻" in result.text


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_zhu_kept_apart_from_zhe_by_the_converter_stays_zhu(config: str) -> None:
    # our own sentence through OpenCC s2t / s2hk, which keep 着 and 著 apart: its only 著 outside OpenCC's
    # phrases is 著有 (wrote), which tw2s (chosen for 著 without 着, as s2tw writes) made 着有
    original = "这位老教授著有十余部作品，晚年仍笔耕不辍，显著推动了地方史研究。"
    repost = "這位老教授著有十餘部作品，晚年仍筆耕不輟，顯著推動了地方史研究。"
    assert repair_text(repost, script="simplified").text == original


def test_s2tw_zhe_after_a_verb_is_still_the_particle() -> None:
    # guard: s2tw writes 著 for the particle; 討論著 is 讨论着 though 论著 is a word (a treatise)
    repost = "大家圍坐在一起討論著明天的行程，隨著夜色漸深才散去。"
    assert repair_text(repost, script="simplified").text == "大家围坐在一起讨论着明天的行程，随着夜色渐深才散去。"
