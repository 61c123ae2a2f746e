"""Audit42: an old portal prints its web address in the info row above the story (a cell beside the date and
source); it is the site's name plate, not the story's first line. An address the story gives on its own line
after a lead-in stays. The page is our own writing in the shape of a 2005 provincial portal's article table
(the story in two rows around a photo)."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "记者从省农业农村厅获悉，今年全省新建高标准农田120万亩，新增高效节水灌溉面积30万亩。",
    "省农业农村厅有关负责人介绍，新建的高标准农田将优先用于粮食生产，建成后由村集体负责日常管护。",
    "农户如需查询本村的建设进度，可以登录以下网站：",
    "www.nongye-example.gov.cn",
    "也可以拨打各县农业农村局公布的服务电话咨询。",
)

PAGE = """<html><head><meta charset="utf-8"><title>全省新建高标准农田120万亩_新闻中心</title></head><body>
<table width="738"><tr><td bgcolor="FFFDD2">当前位置：<a href="/">首页</a>｜<a href="/news/">新闻中心</a></td></tr>
</table>
<table width="630" align="center">
<tr><td colspan="2"><div id="Title"><div align="center" class="xl01">全省新建高标准农田120万亩</div></div></td></tr>
<tr><td class="zy" width="412"> 　www.portal-example.gov.cn </td>
<td width="288"><div align="center" class="zy">2025年08月16日　来源：省农业农村厅</div></td></tr>
<tr><td colspan="2"><p>&nbsp;</p></td></tr>
<tr><td colspan="2" class="zw">{top}</td></tr>
<tr><td colspan="2" align="center"><img src="/pic/2025/0816/field.jpg"></td></tr>
<tr><td colspan="2" class="zw">{rest}</td></tr>
</table></body></html>"""


def test_a_sites_address_above_the_story_is_dropped_an_address_the_story_gives_stays() -> None:
    rec = clean_html(PAGE.format(top="<br><br>".join(PARAS[:2]), rest="<br><br>".join(PARAS[2:])))
    assert rec.text == "\n".join(PARAS)
