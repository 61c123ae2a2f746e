# ruff: noqa: E501
"""Audit38's script fix: a converted mainland article on a real-site page whose paragraphs are indented with
references (&emsp;&emsp;, &nbsp;). The texts are our own; the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

CHROME = ("<div class=\"top\">九九热精品视频|亚洲高清在线看|国产精品99久久|免费福利资源大全</div>"
          "<ul class=\"related\"><li><a href=\"/1.html\">全国秋粮收购工作全面展开</a></li><li><a href=\"/2.html\">多地发布春季旅游消费券 景区门票最低五折</a></li>"
          "<li><a href=\"/3.html\">新能源汽车下乡活动启动</a></li><li><a href=\"/4.html\">夏季用电负荷创新高 电网迎峰度夏</a></li></ul>"
          "<div class=\"footer\">关于我们 | 联系我们 | 网站地图 Copyright &copy; 2008-2026 今日看点 版权所有</div>")


def _page(title: str, paras: list[str], indent: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_今日看点</title></head><body>{CHROME}'
            f'<div class="article"><h1>{title}</h1><div class="content">' + "".join(f"<p>{indent}{p}</p>\n" for p in paras) + "</div></div></body></html>")


def test_a_converted_articles_dateline_after_an_indent_written_as_references_is_read() -> None:
    """<p>&emsp;&emsp;經濟日報訊… : the indent hid the mainland paper's dateline, and the simplified chrome
    outnumbering the converted article left it traditional. The guard: a Central News Agency story under the
    same chrome and indent stays traditional."""
    paras = ["經濟日報訊（記者 沈望舒）記者從市港航管理局獲悉，前三季度全市港口完成貨物吞吐量4.36億噸，集裝箱吞吐量1128萬標準箱。",
             "業內人士表示，新開通的3條外貿航線帶動了集裝箱業務增長，四季度有望保持平穩。"]
    for indent in ("&emsp;&emsp;", "&nbsp;&nbsp;&nbsp;&nbsp;"):
        rec = clean_html(_page("前三季度港口貨物吞吐量增長", paras, indent))
        assert rec.script == "simplified" and rec.text.startswith("经济日报讯（记者 沈望舒）记者从市港航管理局获悉"), rec.text[:40]
    taiwan = ["（中央社記者林怡君台北9日電）台北市立圖書館新總館今天開館，首日湧入逾萬名讀者，館方表示將延長開放時間。",
              "館方指出，新館設有兒童閱讀區與古籍修復展示區，民眾可上網預約導覽。"]
    assert clean_html(_page("台北市立圖書館新總館開館", taiwan, "&emsp;&emsp;")).script == "traditional"


def test_a_farms_own_name_with_zixun_is_no_taiwan_vocabulary() -> None:
    """A farm converting its whole page writes its name 星河資訊網 in the title and footer: the site's name, as a
    breadcrumb's 資訊 section is, not the article's Taiwan vocabulary vetoing the evidence (folded commas
    under 本報訊). The guard: 資訊 in the article's own prose still vetoes that evidence (the prose without the
    mainland institutions, 住房和城鄉建設局 and 老舊小區, that outweigh one Taiwan word since session 20)."""
    chrome = "<div class=\"footer\">關於我們 | 聯繫我們 | 網站地圖 Copyright &copy; 2008-2026 星河資訊網 版權所有</div>"
    paras = ["本報訊（記者 穆青禾）記者從市住房和城鄉建設局了解到,今年全市計劃改造老舊小區126個,涉及居民3.2萬戶,目前已開工98個。",
             "改造內容主要包括更換供水管網,加裝電梯,增設充電樁和整治停車秩序等,確保年底前全部完工。"]

    def page(ps: list[str]) -> str:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>老舊小區改造提速_星河資訊網</title></head><body>'
                '<div class="article"><h1>老舊小區改造提速</h1><div class="content">' + "".join(f"<p>{p}</p>\n" for p in ps)
                + f"</div></div>{chrome}</body></html>")

    rec = clean_html(page(paras))
    assert rec.script == "simplified" and rec.text.startswith("本报讯（记者 穆青禾）记者从市住房和城乡建设局了解到，"), rec.text[:30]
    own = [p.replace("住房和城鄉建設局", "建設局").replace("老舊小區", "老舊社區") for p in paras]
    own[1] = own[1].replace("確保年底前", "並升級社區資訊系統,確保年底前")
    assert clean_html(page(own)).script == "traditional"
