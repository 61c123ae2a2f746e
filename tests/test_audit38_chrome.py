# ruff: noqa: E501
"""Audit38's chrome fixes (a combinatorial generator of Chinese reposts as real-site pages). The texts are our
own; each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = ("本报讯（记者 葛晓禾）据市农产品批发市场监测，本周蔬菜平均批发价格为每公斤4.12元，环比下降3.5%，其中叶菜类价格降幅较大。",
         "市场负责人分析，随着本地蔬菜集中上市，预计下周价格将继续小幅下降，市民的菜篮子将更加实惠。",
         "据介绍，市场今年新建了冷链仓储中心，日均吞吐蔬菜3000吨，可满足全市近一半居民的日常需求。")


def _page(content: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>本周蔬菜批发价格小幅回落_江城资讯网</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a></div><div class="main"><h1>本周蔬菜批发价格小幅回落</h1>'
            f'<div class="info">2026-05-22 09:30　来源：江城商报</div><div class="content">{content}</div></div>'
            '<div class="footer">Copyright &copy; 2026 江城资讯网</div></body></html>')


def test_a_follow_the_account_or_download_the_app_promo_between_paragraphs_is_dropped() -> None:
    """关注公众号“X”，回复…领取… and 下载客户端，阅读更多精彩内容 are the farm's asks, not the story's lines, between
    paragraphs or last; prose opening with the words (a sentence before its end) stays."""
    for promo in ("关注公众号“星河资讯”，回复“福利”领取精品资料", "下载客户端，阅读更多精彩内容"):
        for at in (1, 3):
            ps = [f"<p>{p}</p>" for p in PARAS]
            ps.insert(at, f'<p style="color:#c00;"><strong>{promo}</strong></p>')
            rec = clean_html(_page("".join(ps)))
            assert rec.text == "\n".join(PARAS), (promo, at, rec.text)
    prose = "关注公众号的老年人越来越多。不少市民通过手机查询每日菜价，再到市场采购。"
    rec = clean_html(_page("".join(f"<p>{p}</p>" for p in (PARAS[0], prose, *PARAS[1:]))))
    assert rec.text.split("\n")[1] == prose


def test_a_theme_bylines_label_in_its_own_element_is_not_the_author() -> None:
    """A WordPress news theme writes its byline as <span>作者 </span><a href="/author/…">X</a>: the label is the
    first innermost element and reads like a two-character name, but the name is the link's."""
    page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>本周蔬菜批发价格小幅回落 – 云端资讯站</title></head>'
            '<body class="single single-post"><article class="post"><header class="td-post-title"><h1 class="entry-title">本周蔬菜批发价格小幅回落</h1>'
            '<div class="td-module-meta-info"><div class="td-post-author-name"><span>作者 </span><a href="/author/editor/">葛晓禾</a></div>'
            '<span class="td-post-date"><time class="entry-date updated" datetime="2026-05-22T09:30:00+08:00">2026年05月22日</time></span></div></header>'
            f'<div class="td-post-content">{"".join(f"<p>{p}</p>" for p in PARAS[1:])}</div></article></body></html>')
    assert clean_html(page).author == "葛晓禾"




FOOTER_PAGE = '<html>\n<head>\n\n<title>久久精品视频在线观看-高清免费电影网-最新电视剧免费看-精品资源一区二区</title>\n<meta name="keywords" content="久久精品视频在线观看-高清免费电影网-最新电视剧免费看-精品资源一区二区"><style type="text/css">td { font-size: 12px; } .content { font-size: 14px; line-height: 180%; } </style>\n</head>\n<body topmargin="0" leftmargin="0"><div class="topkey"><marquee>久久精品视频在线观看-高清免费电影网-最新电视剧免费看-精品资源一区二区</marquee></div><table width="778" border="0" align="center" cellpadding="0" cellspacing="0"></table>\n<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top"><table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td class="content">\u3000\u3000本報訊(記者\xa0葛曉禾)據市農產品批發市場監測,本週蔬菜平均批發價格為每公斤4.12元,環比下降3.5%,其中葉菜類(lei)價格降幅較大。\xa0\xa0<br />\n<br />\n\u3000\u3000本週(zhou)部分蔬菜批發價格如下:<br />\n<br />\n<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody></tbody></table>\n<br>責任編(bian)輯:趙一鳴</td></tr></table></td></tr></table>\n<table width="778" align="center"><tr><td align="center">關於我們 | 聯繫我們 | 網站地圖<br>Copyright &copy; 2008-2026 神州新聞在線 版權所有 <a href="https://beian.miit.gov.cn/">粵(yue)ICP備2026012345號</a><br>聲(sheng)明:本站轉載此文目的在於傳遞更多信息,並不代表贊同其觀點和對其真實性負責。</td></tr></table>\n</body>\n</html>\n'


def test_a_footers_three_links_written_as_text_are_dropped() -> None:
    """關於我們 | 聯繫我們 | 網站地圖 as plain text in an old table layout's footer cell (no links, so no link
    density, and three items, fewer than a menu's) under a converted article: the footer's link words, as a
    text dump's footer line is."""
    assert clean_html(FOOTER_PAGE).text.split("\n")[-1] == "本周部分蔬菜批发价格如下："


def test_a_story_its_script_shows_by_id_is_read_however_much_else_the_page_shows() -> None:
    """A WeChat article's copy hides #js_content (visibility: hidden) until its script shows it by id; with a
    short story, its 精选留言 and 相关阅读 the story is under half the page, so it was dropped (or the comments
    taken for the body). The script showing it is the evidence. The guard: a hidden keyword block no
    script shows stays hidden."""
    related = "".join(f'<li><a href="/n/{i}.html">{t}</a></li>' for i, t in enumerate(
        ("多地发布春季旅游消费券 景区门票最低五折", "夏季用电负荷创新高 电网迎峰度夏", "一图读懂今年政府工作报告", "全国秋粮收购工作全面展开")))
    comments = "".join(f'<div class="comment-item"><span class="user">{u}</span><p>{t}</p></div>' for u, t in (
        ("网友A7x9", "支持！希望多出这样的好政策，我们小区旁边的菜市场也应该这样。"), ("江城老李", "说得好，点个赞，价格降了大家都高兴。"),
        ("小马过河", "已转发，让更多人看到，希望下周继续降价。")))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>本周蔬菜批发价格小幅回落</title><style>.hidekw{display:none}</style></head>'
            '<body id="activity-detail"><div class="hidekw">免费看片神器 午夜影院在线观看 最新热门电影</div>'
            '<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">本周蔬菜批发价格小幅回落</h1>'
            '<div id="js_content" class="rich_media_content" style="visibility: hidden;">' + "".join(f"<p>{p}</p>" for p in PARAS[:2]) + "</div>"
            f'<div class="rich_media_extra"><span class="tips">精选留言</span>{comments}</div>'
            f'<div class="rich_media_extra"><strong>相关阅读</strong><ul>{related}</ul></div></div>'
            "<script>var ct = \"1774500000\";document.getElementById('js_content').style.visibility = 'visible';</script></body></html>")
    rec = clean_html(page)
    assert rec.text == "\n".join(PARAS[:2]) and any(f.rule == "hidden_body_shown" for f in rec.flags), rec.text
