# ruff: noqa: E501
"""Audit35's script fixes (the script decision judged both ways: genuine traditional articles on mainland
farm pages, converted mainland articles with the evidence farms leave). The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

# A farm page that converts its own strings to traditional: spam bar, menus, related links, a disclaimer
# and an ICP licence of its own, none of them about the article it reposts.
_TRAD_FARM = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>精品視頻免費看-午夜影院在線觀看</title></head><body>'
    '<div class="topbar"><a href="/v/1">精品視頻免費看</a> <a href="/v/2">午夜影院在線觀看</a> <a href="/v/3">高清視頻大全</a></div>'
    '<div class="nav"><a href="/">首頁</a> <a href="/news/">新聞</a> <a href="/vod/">影視</a></div>'
    '<div class="article"><h1>{title}</h1><div class="content">{body}</div></div>'
    '<div class="side"><h3>熱門推薦</h3><ul><li><a href="/n/1">多地推出夏季旅遊優惠</a></li><li><a href="/n/2">新能源車型陸續上市</a></li></ul></div>'
    '<div class="footer"><p>本站部分內容來自互聯網，如有侵權請聯繫刪除</p><p>Copyright &copy; 2026 熱點網 <a href="https://beian.miit.gov.cn/">滬ICP備2026001234號-1</a></p></div>'
    "</body></html>"
)
MACAU_TITLE = "路環漁村碼頭修復完成 週末起開放市民參觀"
MACAU = [
    "澳門特別行政區政府海事及水務局昨日表示，路環漁村舊碼頭的修復工程已經完成，本周末起開放市民及遊客參觀。",
    "工程保留了碼頭原有的麻石台階和木樁，並在入口設置展板，介紹漁民昔日出海捕魚和曬鹹魚的生活。",
    "住在附近的何太說：“小時候常在這裏看漁船回港，現在修好了，年輕人也可以來看看。”",
]


def _page(title: str, paras: list[str], farm: str = _TRAD_FARM) -> str:
    return farm.format(title=title, body="".join(f"<p>{p}</p>" for p in paras))


def test_a_farms_own_traditional_chrome_is_no_evidence_against_a_macau_article() -> None:
    """The farm's 視頻 (spam bar), 互聯網 (disclaimer) and ICP licence are the farm's: a Macau article with
    “” quotes (no corner quotes, no Taiwan words) reposted under them is kept as written."""
    rec = clean_html(_page(MACAU_TITLE, MACAU))
    assert rec.title == MACAU_TITLE
    assert rec.text == "\n".join(MACAU)
    assert rec.script == "traditional"


def test_mainland_words_in_the_article_still_count_on_that_farm() -> None:
    """The guard: the same page with a converted mainland article whose own prose holds mainland words
    (網絡, 軟件, 視頻) is restored, the ICP licence backing them."""
    paras = ["不少用戶反映，手機用久了打開軟件很慢，看視頻也經常卡頓，網絡時斷時續。",
             "專家建議定期清理緩存，卸載不常用的軟件，並及時更新系統。"]
    rec = clean_html(_page("手機用久了變卡怎麼辦", paras))
    assert rec.script == "simplified"
    assert rec.text == ("不少用户反映，手机用久了打开软件很慢，看视频也经常卡顿，网络时断时续。\n"
                        "专家建议定期清理缓存，卸载不常用的软件，并及时更新系统。")


# A mainland farm page: simplified spam bar, menus, related links and footer.
_SIMP_FARM = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>久久精品免费观看-午夜福利影院在线</title></head><body>'
    '<div class="topbar"><a href="/v/1">久久精品免费观看</a> <a href="/v/2">午夜福利影院在线</a> <a href="/v/3">国产高清视频大全</a> <a href="/v/4">最新电影免费看</a></div>'
    '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/vod/">影视</a> <a href="/bbs/">论坛</a></div>'
    '<div class="position">当前位置：首页 &gt; 新闻中心 &gt; 社会民生</div>'
    '<div class="article"><h1>{title}</h1><div class="content">{body}</div></div>'
    '<div class="side"><h3>热门推荐</h3><ul><li><a href="/n/1">多地发布夏季旅游消费券</a></li><li><a href="/n/2">新能源汽车下乡活动启动</a></li>'
    '<li><a href="/n/3">高校毕业生就业服务月活动全面展开</a></li></ul></div>'
    '<div class="footer"><p>本站部分内容来自互联网，如有侵权请联系删除</p><p>Copyright &copy; 2026 星空资讯网 粤ICP备2026123456号-1</p></div>'
    "</body></html>"
)
HK_TITLE = "食環署加強街市衞生巡查"
HK = ["食物環境衞生署今日表示，會加強各區街市的衞生巡查，並向檔販派發消毒用品。",
      "發言人提醒市民，購買食物後應盡快冷藏，處理生肉時要用獨立砧板。"]


def test_the_record_script_is_the_articles_not_the_farm_pages() -> None:
    """A Hong Kong notice kept as written on a page with more simplified chrome than it has traditional
    characters: the record says traditional (it said simplified, the page's count)."""
    rec = clean_html(_page(HK_TITLE, HK, _SIMP_FARM))
    assert rec.text == "\n".join(HK)
    assert rec.script == "traditional"


def test_a_restored_article_on_the_same_page_says_simplified() -> None:
    """The guard: a converted article restored on that page says simplified."""
    paras = ["記(jì)者從(cóng)市交通局獲悉，新(xīn)開通的三條公交線路運(yùn)行平穩。", "線(xiàn)路經過(guò)多個居民區，方便了群眾出行(xíng)。"]
    rec = clean_html(_page("三條公交新線運行平穩", paras, _SIMP_FARM))
    assert rec.text == "记者从市交通局获悉，新开通的三条公交线路运行平稳。\n线路经过多个居民区，方便了群众出行。"
    assert rec.script == "simplified"
