"""Audit42: a portal's legal notice under the story opens with a heading that names the site (振兴XX网版权与免责
声明：); that heading goes as a copyright footer by itself, and the notice's numbered terms after it go with it
(those without a mark of their own stayed). A subheading of the story that names a statement stays. The page is
our own writing in the shape of a 2005 provincial portal's article table."""

from __future__ import annotations

from pipeline.api import clean_html

PARAS = (
    "记者从省农业农村厅获悉，今年全省新建高标准农田120万亩，新增高效节水灌溉面积30万亩。",
    "省农业农村厅有关负责人介绍，新建的高标准农田将优先用于粮食生产，建成后由村集体负责日常管护。",
    "据了解，明年全省还将继续推进高标准农田建设，重点向产粮大县倾斜。",
)

NOTICE = """<tr><td colspan="2" class="zw"><b>北岭农业网版权与免责声明：</b><br>
① 凡本网注明“来源：北岭农业网”的所有作品，版权均属于本网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。<br>
② 凡本网注明“来源：XXX（非北岭农业网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。<br>
③ 如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。<br>
※ 联系电话：0451-00000000</td></tr>"""

PAGE = """<html><head><meta charset="utf-8"><title>全省新建高标准农田120万亩_北岭农业网</title></head><body>
<table width="630" align="center">
<tr><td colspan="2"><div align="center" class="xl01">全省新建高标准农田120万亩</div></td></tr>
<tr><td colspan="2"><div align="center" class="zy">2025年08月16日　来源：省农业农村厅</div></td></tr>
<tr><td colspan="2" class="zw">{top}</td></tr>
<tr><td colspan="2" align="center"><img src="/pic/2025/0816/field.jpg"></td></tr>
<tr><td colspan="2" class="zw">{rest}</td></tr>
{notice}
</table></body></html>"""


def test_a_notice_under_the_story_whose_heading_names_the_site_is_dropped_whole() -> None:
    page = PAGE.format(top="<br><br>".join(PARAS[:2]), rest=PARAS[2], notice=NOTICE)
    assert clean_html(page).text == "\n".join(PARAS)


def test_a_story_subheading_naming_a_statement_stays() -> None:
    paras = (*PARAS, "县农业局发布说明", "县农业局表示，项目区内的田间道路将在秋收前全部完工，不影响农户收割。")
    page = PAGE.format(top="<br><br>".join(paras[:2]), rest="<br><br>".join(paras[2:]), notice="")
    assert clean_html(page).text == "\n".join(paras)
