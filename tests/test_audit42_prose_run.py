"""Audit42: a portal of 2005-2015 puts the story's <p> paragraphs straight into one table cell together with
its related links, a slide list and the front page's teasers, so the cell scores below zero; a notice in a
cell of its own (a copyright notice, a quote provider's data notice) or the story's longest paragraph then
won the page. A run of sibling prose paragraphs is a candidate of its own. The pages are our own writing in
the shapes of those portals' templates."""

from __future__ import annotations

from pipeline.api import clean_html

HEAD = "老城区供暖管网改造完工 三万户居民用上稳定暖气"
PARAS = (
    "本报讯　记者昨日从市城市管理局获悉，老城区供暖管网改造工程已全部完工，涉及四十二个小区的三万余户居民。",
    "据介绍，这批管网大多铺设于上世纪九十年代，跑冒滴漏问题突出。今年五月起，施工单位分片开挖，更换保温管道十八公里。",
    "家住南关街道的刘大妈说，往年一到冬天屋里只有十五六度，今年供暖第一天温度就上了二十度，再也不用开电暖器了。",
    "市城市管理局表示，下一步将对新区的二十个小区开展管网检测，力争明年供暖季前完成改造。",
)


def _teasers(n: int, word: str) -> str:
    return "".join(f'<li><a href="/news/2011/{word}{i}.html">{word}频道第{i}条新闻标题示例文字较长</a></li>'
                   for i in range(n))


def _portal_page(paras: tuple[str, ...], notice: str, story: str = "") -> str:
    """A 2010 portal's story page: one cell holds the headline, the info line, the story's paragraphs, then
    the related links, a slide list and the front page's teasers; a notice sits in a cell of its own."""
    story = story or "".join(f"<p>{p}</p>\n" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{HEAD}_新闻频道_北城网</title></head><body><center>
<table width="950"><tr><td><a href="/">北城网首页</a> | <a href="/news/">新闻</a> | <a href="/finance/">财经</a> |
<a href="/sports/">体育</a> | <a href="/ent/">娱乐</a> | <a href="/auto/">汽车</a></td></tr></table>
<table width="950"><tr><td width="640" valign="top">
<h1>{HEAD}</h1>
<div>2011年11月20日 08:15　来源：北城日报</div>
{story}<div>相关新闻：</div><ul>{_teasers(8, "related")}</ul>
<div>图片新闻</div><ul>{_teasers(10, "slide")}</ul>
<div>头条推荐</div><ul>{_teasers(12, "top")}</ul>
</td><td width="300" valign="top"><ul>{_teasers(12, "hot")}</ul></td></tr></table>
<table width="950"><tr><td>{notice}</td></tr></table>
<table width="950"><tr><td><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a></td></tr></table>
</center></body></html>"""


COPYRIGHT_NOTICE = (
    "北城网著作权声明：北城网的所有内容均由其内容合作方根据协议提供。根据《信息网络传播权保护条例》之规定，"
    "除著作权人声明或者上载该作品的网络服务提供者受著作权人委托声明禁止转摘的以外，其他网站转载、摘编本网站内容的，"
    "应当注明出处并支付报酬。如合作方或其他权利人认为本网站的内容侵犯其合法权益，请及时与本网站联系，"
    "本网站将在核实后依法处理。本声明的解释权归北城网所有，未尽事宜按国家有关法律法规执行，谢谢合作。"
)
QUOTE_NOTICE = (
    "股票报价技术由某某软件公司提供，行情数据由某某资讯提供，可能存在十五分钟以上的延迟。网页上所提供的线上交易券商"
    "链接与本网站没有关联，如果你想利用这些线上交易服务，你必须向个别券商注册以取得帐号。网站上所有的资料或讯息仅作为"
    "参考之用，并不是任何投资建议，本网站及资料提供伙伴并不为资料内容错误、更新延误或读者的投资决定负任何责任。"
)


def test_the_story_run_outweighs_a_copyright_notice_cell() -> None:
    rec = clean_html(_portal_page(PARAS, COPYRIGHT_NOTICE).encode())
    assert (rec.title, rec.text) == (HEAD, "\n".join(PARAS))


def test_the_story_run_outweighs_a_quote_providers_data_notice() -> None:
    rec = clean_html(_portal_page(PARAS, QUOTE_NOTICE).encode())
    assert rec.text == "\n".join(PARAS)


def test_the_story_run_outweighs_its_own_longest_paragraph() -> None:
    """With no notice at all, the story's longest paragraph alone outweighed the link-laden cell."""
    paras = (PARAS[0], PARAS[1] + PARAS[1][5:] + PARAS[2], PARAS[3])
    rec = clean_html(_portal_page(paras, "").encode())
    assert rec.text == "\n".join(paras)


def test_the_story_run_holds_its_subheading_between_paragraphs() -> None:
    """A subheading in a <div> of its own between the story's paragraphs is the story's: the run goes on
    past it (the halves of the story are no two runs)."""
    story = (f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>\n<div><b>居民：屋里暖和了</b></div>\n"
             f"<p>{PARAS[2]}</p><p>{PARAS[3]}</p>\n")
    rec = clean_html(_portal_page(PARAS, COPYRIGHT_NOTICE, story).encode())
    assert rec.text == "\n".join([PARAS[0], PARAS[1], "居民：屋里暖和了", PARAS[2], PARAS[3]])


def test_a_story_in_a_box_of_its_own_keeps_it_over_a_longer_run_of_comments() -> None:
    """The guard: a story in a box of its own keeps that box, with its subheading and list, though the comment
    section under it holds a longer run of sibling paragraphs (comments are no prose run of the story's)."""
    comments = "".join(f"<p>网友{i}：我家也在老城区，今年暖气确实热了不少，感谢施工的工人师傅们，冬天在外面挖沟不容易，"
                       f"希望明年新区的管网改造也能抓紧，别等到供暖季再动工。</p>" for i in range(8))
    page = f"""<html><head><meta charset="utf-8"><title>{HEAD}_北城网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/finance/">财经</a></div>
<div class="main"><h1>{HEAD}</h1><div class="content">
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><h3>居民：屋里暖和了</h3><p>{PARAS[2]}</p>
<ul><li>改造管网十八公里</li><li>涉及小区四十二个</li></ul><p>{PARAS[3]}</p></div></div>
<div class="comments"><h3>网友评论</h3>{comments}</div>
<div class="footer"><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a></div></body></html>"""
    rec = clean_html(page.encode())
    assert rec.text == "\n".join([PARAS[0], PARAS[1], "居民：屋里暖和了", PARAS[2], "改造管网十八公里",
                                  "涉及小区四十二个", PARAS[3]])
