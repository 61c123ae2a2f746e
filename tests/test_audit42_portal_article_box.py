"""Audit42: chrome an old portal prints inside its article box, which the box's rows keep beside the story.

* The box's row of buttons ([打印] [关闭], a window.close() link in brackets) above the site's legal notice: the
  article's last kept line once the notice under it is gone. A last paragraph saying something was closed stays.
* A crumb whose home is named with the site (网易首页--> 主频道--> 消费真相) and the channel's name with its
  address (网易商业报道 http://biz.163.com) above the story. Prose naming a site's home page stays.
* A related list's items, a linked headline with its date stamp after it, where the headline holds a sentence's
  mark (拜托！跟谁生啊): its link share is halved by the stamp. A paragraph after the list stays.

The pages are our own writing in the shape of a 2005 portal's article table."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "本报讯　记者从市交通局获悉，城东至开发区的快速公交线路将于下月开通，全程设站14座。",
    "这条线路全长18公里，高峰时段发车间隔为3分钟，预计日均客流可达4万人次。",
    "市交通局有关负责人表示，线路开通后，沿线原有的两条普通公交线路将调整走向。",
)

NOTICE_PAGE = """<html><head><meta charset="gbk"><title>城东快速公交下月开通</title></head><body>
<table width="760" align="center"><tr><td>
<table width="100%"><tr><td align="center" class="title">城东快速公交下月开通</td></tr>
<tr><td align="center">2025年04月28日　来源：东江日报</td></tr>
<tr><td class="zw">{body}</td></tr>
<tr><td><table><tr><td>【<a href="javascript:window.close();"><font color="#0000CC">关闭</font></a>】</td>
<td>&nbsp;</td></tr></table></td></tr>
<tr><td>东江网版权与免责声明：</td></tr>
<tr><td>① 凡本网注明“来源：东江网”的所有作品，版权均属于东江网，未经本网授权不得转载。
已经本网授权使用作品的，应在授权范围内使用，并注明“来源：东江网”。</td></tr>
<tr><td>② 凡本网注明“来源：XXX（非东江在线）”的作品，均转载自其它媒体，并不代表本网赞同其观点。</td></tr>
<tr><td>③ 如对稿件内容有异议，请在30日内与本网联系。</td></tr>
<tr><td>※ 联系电话：0760--3250110 0760--3250112</td></tr>
</table></td></tr></table>
<div class="foot"><a href="/">网站首页</a> | <a href="/about/">关于我们</a></div></body></html>"""


def test_the_box_rows_buttons_above_the_legal_notice_are_dropped() -> None:
    rec = clean_html(NOTICE_PAGE.format(body="<br><br>".join(PARAS)))
    assert rec.text == "\n".join(PARAS)


def test_a_last_paragraph_about_a_closure_stays() -> None:
    last = "【关闭】通知发出后，沿线两个临时停车场已于昨日关闭。"
    rec = clean_html(NOTICE_PAGE.format(body="<br><br>".join((*PARAS, last))))
    assert rec.text == "\n".join((*PARAS, last))


CRUMB_PAGE = """<html><head><meta charset="gbk"><title>城东快速公交下月开通_商业频道</title></head><body>
<table width="760" align="center"><tr><td class="crumb"><a href="/">江城网首页</a>--&gt; <a href="/c/">主频道</a>--&gt;
<a href="/c/biz/">消费真相</a>--&gt; <a href="/c/biz/bus/">出行</a></td></tr>
<tr><td><h1>城东快速公交下月开通</h1></td></tr>
<tr><td>江城商业报道 http://biz.jiangcheng-example.com</td></tr>
<tr><td>2025-04-28 11:55:08　来源: 东江日报</td></tr>
<tr><td>{body}</td></tr></table>
<div class="foot">Copyright © 2025 江城网</div></body></html>"""


def test_a_crumb_homed_at_the_site_and_the_channels_address_are_dropped() -> None:
    rec = clean_html(CRUMB_PAGE.format(body="<br><br>".join(PARAS)))
    assert rec.text == "\n".join(PARAS)


def test_prose_about_a_sites_home_page_stays() -> None:
    line = "江城网首页->出行频道的入口本月改版，市民可在页面上查询线路。"
    rec = clean_html(CRUMB_PAGE.format(body="<br><br>".join((*PARAS, line))))
    assert rec.text == "\n".join((*PARAS, line))


RELATED_PAGE = """<html><head><meta charset="gbk"><title>城东快速公交下月开通</title></head><body>
<div class="main"><h1>城东快速公交下月开通</h1>
<div class="info">2025-04-28 11:13更新 来源：东江日报</div>
<div class="text">{body}</div>
<div class="pad1"><b>相关报道：</b></div>
<div>·<a href="/n/1.html">西站枢纽改造完工 换乘更方便</a> <span>(2025-04-27 18:03PM)</span></div>
<div>·<a href="/n/2.html">公交卡能刷地铁了吗？答案来了！</a> <span>(2025-04-27 16:00PM)</span></div>
<div>·<a href="/n/3.html">夜班公交增开三条 覆盖主要商圈</a> <span>(2025-04-26 09:40AM)</span></div>
{after}</div>
<div class="foot">关于我们 | 联系我们</div></body></html>"""


def test_a_related_lists_stamped_items_are_dropped_though_a_headline_holds_a_question() -> None:
    rec = clean_html(RELATED_PAGE.format(body="".join(f"<p>{p}</p>" for p in PARAS), after=""))
    assert rec.text == "\n".join(PARAS)


def test_a_paragraph_after_the_list_stays() -> None:
    after = "本报将持续关注快速公交开通后的运营情况（2025-04-28）。"
    rec = clean_html(RELATED_PAGE.format(body="".join(f"<p>{p}</p>" for p in PARAS), after=f"<p>{after}</p>"))
    assert rec.text == "\n".join((*PARAS, after))
