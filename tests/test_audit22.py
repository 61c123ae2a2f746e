# ruff: noqa: E501
"""Audit22's fixes (Chinese reposts as real CMS pages): the texts are our own; each test failed before
its fix."""

from __future__ import annotations

import json

from pipeline.api import clean_html
from pipeline.repair import repair_text
from pipeline.strip.metaline import meta_line
from pipeline.strip.sentences import Context

POST = ["区图书馆把借书机搬进了三座地铁换乘站，读者刷码就能借还图书，开放首月借出图书六千余册。",
        "馆方介绍，地铁站里借的书可以在任意一个分馆归还，下班时段的借阅量占到一半以上。"]


def _thread(first: str, footer: str, counts: str = "查看: 1532|回复: 2") -> str:
    """A Discuz! X3 viewthread page cut to its parts: the counts cell, the 楼主 post, one reply, the footer."""
    return ('<html><head><meta charset="utf-8"><title>地铁站里能借书了 - 新闻杂谈 - 江城论坛 - Powered by Discuz!</title></head><body>\n'
            '<div id="pt"><a href="./">江城论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">新闻杂谈</a></div>\n'
            f'<div id="postlist"><table><tr><td class="pls"><div class="hm">{counts}</div></td><td class="plc"><h1 class="ts"><span id="thread_subject">地铁站里能借书了</span></h1></td></tr></table>\n'
            '<div id="post_1"><table id="pid1"><tr><td class="pls"><a href="space-uid-9.html">书虫</a></td><td class="plc"><strong>楼主</strong><em>发表于 2026-5-6 12:00</em>\n'
            f'<div class="pct"><table><tr><td class="t_f" id="postmessage_1">{first}</td></tr></table></div></td></tr></table></div>\n'
            '<div id="post_2"><table id="pid2"><tr><td class="pls"><a href="space-uid-12.html">小林</a></td><td class="plc"><strong>沙发</strong><em>发表于 2026-5-6 12:31</em>\n'
            '<div class="pct"><table><tr><td class="t_f" id="postmessage_2">希望我们站也能开一个</td></tr></table></div></td></tr></table></div></div>\n'
            f'<div id="ft">{footer}</div>\n</body></html>')


def test_a_forums_render_statistics_and_software_credit_are_not_the_post() -> None:
    footer = ('<div id="flk"><p><a href="forum.php?mobile=yes">手机版</a>|<a href="/">江城论坛</a></p>'
              '<p class="xs0">GMT+8, 2026-8-12 09:14 , Processed in 0.061512 second(s), 23 queries .</p></div>'
              '<div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip">Discuz!</a></strong> <em>X3.4</em></p>'
              '<p class="xs0">&copy; 2001-2026 Discuz! Team.</p></div>')
    rec = clean_html(_thread("<br />\r\n<br />\r\n".join(POST), footer))
    assert rec.text == "\n".join(POST)


def test_a_taiwan_forums_view_and_reply_counts_are_a_meta_line() -> None:
    assert meta_line("查看: 1532|回覆: 2", Context()) is not None


def test_a_cms_summary_filled_from_the_articles_start_is_not_a_paragraph() -> None:
    lead = "新华社东营12月2日电（记者 邢海川）进入12月，黄河三角洲自然保护区迎来越冬候鸟迁徙高峰，东方白鹳超过2600只。"
    paras = [lead, "保护区近年实施湿地修复工程，恢复退化湿地近20万亩，并在鸟类集中区域设置了人工巢架。"]
    page = ('<html><head><meta charset="utf-8"><title>黄河口湿地迎来越冬候鸟高峰 - 新闻资讯 - 江城论坛</title></head><body>\n'
            '<div id="ct"><div class="h hm"><h1 class="ph">黄河口湿地迎来越冬候鸟高峰</h1><p class="xg1">2026-12-2 10:15| 发布者: 观鸟人| 查看: 356</p></div>\n'
            f'<div class="s"><div><strong>摘要</strong>: {lead[:45]}</div></div>\n'
            '<div class="d"><table class="vwtb"><tr><td id="article_content">' + "".join(f"<p>{p}</p>" for p in paras) + '</td></tr></table></div></div>\n'
            '</body></html>')
    assert clean_html(page).text == "\n".join(paras)


def test_invisibles_and_odd_spaces_a_gbk_page_writes_as_references_are_removed() -> None:
    """A GBK page has no bytes for U+2060, U+200C or U+2002: the farm writes them as references, which
    the fixers must read to remove (and to see the readings behind them)."""
    paras = ["记者从国家粮食和物资储备局了解到，截至6月底，主产区各类粮食企业累计收购小麦超过3500万吨，收购进度过半。",
             "为防止出现卖粮难，河南、山东、安徽等地提前腾仓并库，新增临时仓容600余万吨，部分收购点延长了收粮时间。"]
    noisy = ["記者從國家糧食和物資儲&#8288;備局了解到，截至6月底，主產&#8288;區各類糧食企業累計收購&#8204;(gòu)小麥超過3500萬噸，收購進度過&#8204;(guò)半。",
             "爲防止出現賣糧難，河南、山&#8288;東、安徽等地提前騰倉並庫&#8288;(kù)，新增臨時倉容600餘萬噸，部分&#8204;收購點延長了收糧&#8204;時間。"]
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>夏粮收购进度过半_东方资讯网</title></head><body>'
            '<h1>夏糧收購進度過半</h1><div id="text">' + "".join(f"<p>{p}</p>" for p in noisy) + "</div></body></html>")
    rec = clean_html(page.encode("gbk"))
    assert rec.text == "\n".join(paras)


def test_a_comma_folded_after_a_temperature_unit_is_restored() -> None:
    text = ("預(yù)計16日白天,河北南部、山東(dōng)西部等地最高氣溫在37℃至39℃,局地可達(dá)40℃以上。"
            "氣象專家提醒,高溫時段應儘量減少戶外活動,電力部門需加強設備巡查。")
    assert repair_text(text).text == ("预计16日白天，河北南部、山东西部等地最高气温在37℃至39℃，局地可达40℃以上。"
                                      "气象专家提醒，高温时段应尽量减少户外活动，电力部门需加强设备巡查。")


def test_a_hong_kong_pages_closing_source_line_and_a_sites_disclaimer_are_not_story() -> None:
    paras = ["運輸署昨日宣布，由下月一日起，新界區十二條專線小巴路線將加入轉乘優惠計劃，乘客以八達通轉乘可獲減兩元。",
             "居於元朗的陳太說：「每日返工都要轉車，一個月慳返幾十蚊都好。」"]
    page = ('<html lang="zh-HK"><head><meta charset="utf-8"><title>專線小巴下月起有轉乘優惠 - 本地新聞</title></head><body>'
            '<article><h1 class="entry-title">專線小巴下月起有轉乘優惠</h1><div class="single-content">'
            '<p>聲明：本文轉載自星島日報，僅供參考，不代表本站觀點。</p>' + "".join(f"<p>{p}</p>" for p in paras)
            + '<p>資料來源：星島日報</p></div></article></body></html>')
    rec = clean_html(page)
    assert (rec.text, rec.publisher) == ("\n".join(paras), "星島日報")


def test_odd_spaces_the_body_proves_go_from_the_headline_and_after_a_word_final_dian() -> None:
    """En spaces scattered by a farm: the body lines prove the pattern; the headline's space before a
    reading and the one after 电 inside 纯电动 (no dateline's 电) go too."""
    e = "\u2002"
    title = f"长江库区首条电动客渡航线开通 单程票价下调两{e}(liǎng)成"
    body = [f"本报宜昌4月8日电 （记者 冉秋实）8日上午，库区首条纯电{e}动客渡航线在秭归县正式开通，首批投入运营的两艘客{e}渡船每艘可载客120人。",
            f"据介绍，新船采用磷酸铁锂电池作为动{e}力，一次充满电可连续往返六个航次，码头配套建设了岸电充{e}电桩。",
            f"县交通运输局负责人表示，由于运营成本下降，航线单程票价由10元下调至8元，沿江村{e}民凭身份证乘船还可享受半价优惠。"]
    page = (f'<html><head><meta charset="utf-8"><title>{title}_三峡新闻网</title></head><body><h1>{title}</h1>'
            + "".join(f"<p>{p}</p>" for p in body) + "</body></html>")
    rec = clean_html(page)
    assert rec.title == "长江库区首条电动客渡航线开通 单程票价下调两成"
    assert rec.text == "\n".join(p.replace(e, "") for p in body)


def test_a_discuz_portal_articles_source_field_names_the_publisher() -> None:
    paras = ["为期五天的全国少年象棋锦标赛昨天在扬州落下帷幕，来自湖北的12岁棋手以9胜2和的不败战绩获得男子12岁组冠军。",
             "本届比赛共有来自26个省区市的412名少年棋手参加，赛事首次采用电子棋盘实时直播。"]
    page = ('<html><head><meta charset="utf-8"><title>全国少年象棋锦标赛落幕 - 新闻资讯 - 江城论坛</title></head><body>'
            '<div class="h hm"><h1 class="ph">全国少年象棋锦标赛落幕 </h1><p class="xg1">2026-8-10 21:30<span class="pipe">|</span> 发布者: admin'
            '<span class="pipe">|</span> 查看: 88<span class="pipe">|</span> 评论: 2<span class="pipe">|</span>来自: 扬子晚报</p></div>'
            '<div class="d"><table class="vwtb"><tr><td id="article_content">' + "".join(f"<p>{p}</p>" for p in paras) + '</td></tr></table></div></body></html>')
    rec = clean_html(page)
    assert (rec.text, rec.publisher) == ("\n".join(paras), "扬子晚报")


def test_an_app_share_pages_state_names_the_outlet_and_its_ptime_the_date() -> None:
    paras = ["从本月起，区内12家社区卫生服务中心陆续开设夜间门诊，接诊时间延长至晚上8点30分，提供常见病诊疗和慢性病开药等服务。",
             "开诊两周以来，夜间门诊已接诊患者2100余人次，其中18岁至50岁的就诊者占到六成以上，不少居民表示下班后顺路就能看病。",
             "区卫生健康委介绍，夜间门诊由各中心的全科医生轮流值守，并与上级医院建立了远程会诊通道，需要转诊的患者可直接预约专家号。",
             "区里计划年内再增加5家开设夜间门诊的社区卫生服务中心，并在周末开设儿童常见病专科门诊。"]
    state = {"detail": {"title": "社区医院开设夜间门诊", "src": "南方都市报", "ptime": "2026-09-14 19:20:00",
                        "body": "".join(f"<p>{p}</p>" for p in paras)}, "user": {"isLogin": False}}
    page = ('<html><head><meta charset="utf-8"><title>社区医院开设夜间门诊</title></head><body>'
            '<div class="download-bar"><span>新闻早知道</span><a href="/download">打开</a></div><div id="app"></div>'
            f'<script>window.__DATA__ = {json.dumps(state, ensure_ascii=False)};</script></body></html>')
    rec = clean_html(page)
    assert (rec.text, rec.publisher, (rec.published or "")[:10]) == ("\n".join(paras), "南方都市报", "2026-09-14")


def test_a_share_pages_json_ld_publisher_names_the_outlet_of_the_body_it_holds() -> None:
    paras = ["一台履带式小车沿着变电站的电缆沟缓缓前行，车顶的机械臂伸出红外摄像头，对沟内的接头逐一测温，这台巡检机器人出自五名本科生之手。",
             "团队用一年半时间完成了三次改版，让机器人能够爬上30度的斜坡，并在发现温度异常时自动报警，目前已在两座变电站试用了四个月。"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "高校学生自制巡检机器人", "datePublished": "2026-05-21T15:40:00+08:00",
          "publisher": {"@type": "Organization", "name": "科技日报"}, "articleBody": "\n".join(paras)}
    page = ('<html><head><meta charset="utf-8"><title>高校学生自制巡检机器人</title>'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>'
            f'<div id="app"><h1>高校学生自制巡检机器人</h1><p>{paras[0][:30]}…</p><div class="more">展开全文，打开APP查看</div></div></body></html>')
    rec = clean_html(page)
    assert (rec.text, rec.publisher) == ("\n".join(paras), "科技日报")


def test_a_thin_space_before_a_folded_comma_goes_and_the_comma_is_restored() -> None:
    text = "从本月起，区内12家社区卫生服务中心陆续开设夜间门诊\u2009,接诊时间延长至晚上8点30分，提供常见病诊疗和慢性病开药等服务。"
    assert repair_text(text).text == text.replace("\u2009,", "，")
