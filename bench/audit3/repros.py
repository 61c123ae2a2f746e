# ruff: noqa: E501
"""Minimal reproductions of the audit3 findings, each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit3/repros.py [ID ...]

Each repro runs through the public API (pipeline.api.clean_text / clean_html, the stages of
``repost clean``) and prints the field it checks: what we give and what the original says.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.api import clean_html, clean_text
from pipeline.record import Record

P = "\u2003\u2003"
SPAM_DIV = '<div class="top">久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人无码视频在线播放</div>'


@dataclass
class Repro:
    id: str
    stage: str
    run: Callable[[], Record]
    field: str
    expected: object


def text(s: str) -> Callable[[], Record]:
    return lambda: clean_text(s)


def html(s: str | bytes, **kw: str) -> Callable[[], Record]:
    return lambda: clean_html(s, **kw)  # type: ignore[arg-type]


def _dump(crumb: str, spam: str = "久久精品国产免费观看-日韩精品一区二区三区") -> str:
    return (f"{spam}\n\n{crumb}\n\n夜市攤商導入行動支付\n\n{P}台中一處老字號夜市今年起全面推動行動支付，目前已有超過七成攤商可以掃碼付款。\n\n"
            f"{P}在夜市賣了二十多年臭豆腐的林老闆說，以前收攤後要花半小時數零錢。\n")


_GBK_LATIN1 = "答：参加人每年缴纳个人养老金的上限为12000元。".encode("gbk").decode("latin-1")
_GBK_LATIN1_CP1252 = _GBK_LATIN1.encode("utf-8").decode("cp1252", errors="replace")

REPROS = [
    Repro("crumb_mu_qian", "strip/text.py breadcrumb (vocab.py lead words)", text(_dump("目前位置：首頁 > 地方新聞 > 中部")), "title", "夜市攤商導入行動支付"),
    Repro("crumb_xian_zai", "strip/text.py breadcrumb", text(_dump("現在位置：主頁 > 港聞")), "title", "夜市攤商導入行動支付"),
    Repro("crumb_fullwidth_sep", "strip/text.py breadcrumb", text(_dump("首頁 》新聞 》正文")), "title", "夜市攤商導入行動支付"),
    Repro("crumb_fullwidth_bar", "strip/text.py breadcrumb", text(_dump("首頁｜新聞｜國內")), "title", "夜市攤商導入行動支付"),
    Repro("spam_vocab_lottery", "strip/text.py spam_header (vocab)", text(_dump("當前位置：首頁 > 新聞", "六合彩开奖结果-香港马会资料-白小姐一肖中特")), "title", "夜市攤商導入行動支付"),
    Repro("spam_vocab_invoice", "strip/text.py spam_header (vocab)", text(_dump("當前位置：首頁 > 新聞", "代开发票-代办信用卡-贷款快速下款")), "title", "夜市攤商導入行動支付"),
    Repro("spam_three_lines", "strip/text.py spam_header", text(_dump("當前位置：首頁 > 新聞", "亚洲AV无码一区二区三区\n国产精品久久久久久久\n精品无人区一区二区")), "title", "夜市攤商導入行動支付"),
    Repro("table_numbers_dropped", "strip heuristic:pagination", html(
        '<html><head><meta charset="utf-8"></head><body><h1>夏粮产量公布</h1><div class="content"><p>国家统计局7月10日发布数据，全国夏粮总产量14987万吨，比上年增长1.2%。主要产区夏粮产量情况如下：</p>'
        '<table><tr><td>河南</td><td>3812</td><td>1.5</td></tr><tr><td>山东</td><td>2755</td><td>0.9</td></tr></table>'
        '<p>国家统计局农村司有关负责人表示，今年夏粮生产主要有三个特点。</p></div></body></html>'), "text",
        "国家统计局7月10日发布数据，全国夏粮总产量14987万吨，比上年增长1.2%。主要产区夏粮产量情况如下：\n河南 3812 1.5\n山东 2755 0.9\n国家统计局农村司有关负责人表示，今年夏粮生产主要有三个特点。"),
    Repro("short_article_simplified_template", "repair/script.py (page-wide script decision)", html(
        f'<html><head><meta charset="utf-8"><title>久久精品国产免费观看-亚洲日韩精品一区二区</title></head><body>{SPAM_DIV * 2}<div class="content"><h2>鐵路發送旅客1.2億人次</h2>'
        '<p>新華(huá)社北京5月6日電(diàn)（記者 周怡）記者6日從(cóng)國(guó)鐵(tiě)集團獲悉，全國鐵(tiě)路累計發送旅客1.2億(yì)人次。</p>'
        '<p>國(guó)鐵集團(tuán)有關(guān)負(fù)責(zé)人表示，假期期間鐵路部門(mén)加開旅客列車(chē)1.1萬(wàn)列。</p></div></body></html>'), "text",
        "新华社北京5月6日电（记者 周怡）记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。"),
    Repro("convert_without_pinyin_no_agency", "repair/script.py (evidence)", text(
        "个人养老金新政答问\n\n"
        f"{P}近日,有關部門發佈通知,進一步完善個人養老金制度。新政策有哪些變化?普通人如何參與?\n\n"
        f"{P}答:參加人每年繳納個人養老金的上限為12000元,在綜合所得中據實扣除,領取時按照3%的稅率計算繳納個人所得稅。\n"), "text",
        "近日，有关部门发布通知，进一步完善个人养老金制度。新政策有哪些变化？普通人如何参与？\n答：参加人每年缴纳个人养老金的上限为12000元，在综合所得中据实扣除，领取时按照3%的税率计算缴纳个人所得税。"),
    Repro("hidden_span_splits_gloss", "repair/pinyin.py runs before strip/hidden.py", html(
        '<html><head><meta charset="utf-8"></head><body><div class="content"><h1>農村供水調查</h1>'
        '<p>新華社蘭州9月3日電 以前一到夏天就停(tíng)水，挑水要走兩(liǎng)里山路。現(xiàn)在擰開龍<span style="display:none">ｗｗｗ．ｊｊ６６６．ｃｏｍ</span>(lóng)頭就有水，說(shuō)起家裡的變(biàn)化，村民笑著說。</p>'
        '<p>記(jì)者近日在當(dāng)地採訪了解到，通過(guò)實(shí)施農(nóng)村供水保障工程，農(nóng)村自來水普及率已提高到96.5%。</p></div></body></html>'), "text",
        "新华社兰州9月3日电 以前一到夏天就停水，挑水要走两里山路。现在拧开龙头就有水，说起家里的变化，村民笑着说。\n记者近日在当地采访了解到，通过实施农村供水保障工程，农村自来水普及率已提高到96.5%。"),
    Repro("folded_wan_and_colon_at_line_end", "repair/punctuation.py cjk_punctuation", text(
        f"铁路发送旅客\n\n{P}新華社北京5月6日電 記者6日從國鐵集團獲悉,5月1日至5日,全國鐵路累計發送旅客1.2億人次,同比增長7.4%。主要數據如下:\n\n"
        f"{P}國鐵集團有關負責人表示,假期期間鐵路部門加開旅客列車1.1萬列。\n\n{P}(完)\n"), "text",
        "新华社北京5月6日电 记者6日从国铁集团获悉，5月1日至5日，全国铁路累计发送旅客1.2亿人次，同比增长7.4%。主要数据如下：\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n（完）"),
    Repro("hk_variant_wei", "repair/script.py (t2s leaves s2hk variants 衞 敍)", text(
        f"卫星通话\n\n{P}新華(huá)社北京3月18日電(diàn) 新機支持衞星通話(huà)，國(guó)內某廠(chǎng)商在深圳發(fā)佈新品，記(jì)者現場(chǎng)體驗。\n"), "text",
        "新华社北京3月18日电 新机支持卫星通话，国内某厂商在深圳发布新品，记者现场体验。"),
    Repro("odd_spaces_inside_text", "repair/invisible.py space_indent", text(
        f"农村供水\n\n{P}記者近日在當地採訪了解到，通過實施農村供水\u2009保障工程，農村自來水普及率已提高到\u3000目前的96.5%，蒸發量卻是降水量的\xa0三倍多。\n"), "text",
        "記者近日在當地採訪了解到，通過實施農村供水保障工程，農村自來水普及率已提高到目前的96.5%，蒸發量卻是降水量的三倍多。"),
    Repro("gbk_latin1_then_cp1252", "repair/mojibake.py (layers not iterated: western then CJK)", text(
        f"个人养老金新政答问\n\n问：个人养老金每年最多可以缴多少钱？\n\n{_GBK_LATIN1_CP1252}\n\n问：什么情况下可以领取？\n"), "text",
        "问：个人养老金每年最多可以缴多少钱？\n答：参加人每年缴纳个人养老金的上限为12000元。\n问：什么情况下可以领取？"),
    Repro("pinyin_article_readings", "repair/pinyin.py (article's own readings vs injected)", text(
        f"拼音标注规范\n\n{P}新標準與《漢(hàn)語拼音方案》保持銜(xián)接。例如，“綠(lǜ)”的拼音寫作lǜ。專(zhuān)家提醒，拼音標註應當規(guī)範，如“長（zhǎng）輩”“銀(yín)行（háng）”。\n\n"
        f"{P}新華社記者了解到，主要操作系統已完成適(shì)配。\n"), "text",
        "新标准与《汉语拼音方案》保持衔接。例如，“绿”的拼音写作lǜ。专家提醒，拼音标注应当规范，如“长（zhǎng）辈”“银行（háng）”。\n新华社记者了解到，主要操作系统已完成适配。"),
    Repro("mixed_utf8_after_gbk_indent", "decode.py _mixed (a stretch = GBK indent + raw UTF-8 is not valid UTF-8)", html(
        '<html><head><meta charset="gbk"></head><body><div class="content"><h1>个人养老金新政答问</h1><p>问：缴纳个人养老金有哪些税收优惠？</p><p>\u3000\u3000'.encode("gbk")
        + "答：在缴费环节，个人向资金账户的缴费，按照12000元/年的限额标准据实扣除。".encode()
        + "</p><p>问：什么情况下可以领取？参加人达到领取基本养老金年龄时可以领取。</p></div></body></html>".encode("gbk")), "text",
        "问：缴纳个人养老金有哪些税收优惠？\n答：在缴费环节，个人向资金账户的缴费，按照12000元/年的限额标准据实扣除。\n问：什么情况下可以领取？参加人达到领取基本养老金年龄时可以领取。"),
    Repro("placeholder_source_admin", "strip/metadata.py (placeholders) + tail 本文来源", text(
        f"铁路发送旅客\n\n时间：2026-05-06 来源：本站原创 作者：admin\n\n{P}新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n\n"
        f"{P}国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n\n本文来源：新华社\n"), "publisher", "新华社"),
    Repro("info_line_without_year_kept", "strip heuristic:meta_line + metadata.py date", html(
        '<html><head><meta charset="utf-8"></head><body><h1>铁路发送旅客1.2亿人次</h1><div class="info">05-06 10:21 来源：新华社</div><div class="content">'
        '<p>新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。</p><p>国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。</p></div></body></html>',
        url="http://www.example.cn/html/2026/0506/8812.html"), "text",
        "新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。"),
    Repro("ru_date_dd_mm_yyyy", "strip/metadata.py date", html(
        '<html><head><meta charset="utf-8"></head><body><h1>В Казани открыли библиотеку</h1><div class="info">15.10.2026 14:20 | Источник: ТАСС</div><div class="content">'
        '<p>КАЗАНЬ, 15 октября. /ТАСС/. Первая в городе круглосуточная библиотека открылась в среду в здании бывшего кинотеатра.</p><p>В читальном зале оборудовано 240 рабочих мест.</p></div></body></html>'),
        "published", "2026-10-15T14:20:00"),
    Repro("ru_tass_dateline", "strip/metadata.py publisher", html(
        '<html><head><meta charset="utf-8"></head><body><h1>В Казани открыли библиотеку</h1><div class="content">'
        '<p>КАЗАНЬ, 15 октября. /ТАСС/. Первая в городе круглосуточная библиотека открылась в среду в здании бывшего кинотеатра.</p><p>В читальном зале оборудовано 240 рабочих мест.</p></div></body></html>'),
        "publisher", "ТАСС"),
    Repro("publisher_cctv_xun", "strip/metadata.py publisher (dateline forms)", text(
        f"铁路发送旅客\n\n{P}央视网消息（新闻联播）：记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n\n{P}国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n"), "publisher", "央视网"),
    Repro("publisher_guangming_xun", "strip/metadata.py publisher (…讯 form)", text(
        f"铁路发送旅客\n\n{P}光明日报讯（记者 周怡）记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n\n{P}国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n"), "publisher", "光明日报"),
    Repro("publisher_truncated", "strip/metadata.py publisher", text(
        f"铁路发送旅客\n\n{P}中国日报网5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n\n{P}国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n"), "publisher", "中国日报网"),
    Repro("image_placeholders_in_dump", "strip/text.py", text(
        f"铁路发送旅客\n\n{P}新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n\n[图片]\n\n点击查看大图\n\n{P}国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。\n"), "text",
        "新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次。\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。"),
    Repro("radical_between_glosses", "repair radical_lookalike (needs CJK on both sides; a gloss ')' is not)", text(
        f"铁路发送旅客\n\n{P}新華社北京5月6日電 假期期間鐵(tiě)路部門(mén)加開旅客列車(chē)1.1萬(wàn)列,增加夜間高鐵(tiě)和重聯動(dòng)⾞(chē)組(zǔ)。\n"), "text",
        "新华社北京5月6日电 假期期间铁路部门加开旅客列车1.1万列，增加夜间高铁和重联动车组。"),
    Repro("padded_gloss", "repair/pinyin.py", text(
        f"铁路发送旅客\n\n{P}新華社北京5月6日電 記者獲悉,考慮( lǜ )到綠( lǜ )色出行需求,增加夜間列車( chē )。\n"), "text",
        "新华社北京5月6日电 记者获悉，考虑到绿色出行需求，增加夜间列车。"),
    Repro("jsonld_body_entities", "strip/metadata.py structured body (HTML entities in articleBody)", html(
        '<html><head><meta charset="utf-8"><script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "铁路发送旅客1.2亿人次",
            "articleBody": "新华社北京5月6日电 &ldquo;五一&rdquo;假期，全国铁路累计发送旅客1.2亿人次，同比增长7.4%。\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列，并在热门方向增加夜间高铁。"}, ensure_ascii=False)
        + '</script></head><body><div class="t">铁路发送旅客1.2亿人次</div><div class="c"><p>新华社北京5月6日电…</p><a href="app://x">打开APP阅读全文</a></div></body></html>'), "text",
        "新华社北京5月6日电 “五一”假期，全国铁路累计发送旅客1.2亿人次，同比增长7.4%。\n国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列，并在热门方向增加夜间高铁。"),
    Repro("wp_page_links_next", "strip next_pages (WordPress <!--nextpage--> links)", html(
        '<html><head><meta charset="utf-8"></head><body><h1>铁路发送旅客1.2亿人次</h1><div class="entry-content"><p>新华社北京5月6日电 记者6日从国铁集团获悉，全国铁路累计发送旅客1.2亿人次，同比增长7.4%。</p>'
        '<p>国铁集团有关负责人表示，假期期间铁路部门加开旅客列车1.1万列。</p><div class="page-links">页面： <span class="post-page-numbers current" aria-current="page">1</span> '
        '<a href="/2026/05/06/rail/2/" class="post-page-numbers">2</a></div></div></body></html>', url="http://www.example.cn/2026/05/06/rail/"), "next_pages",
        ["http://www.example.cn/2026/05/06/rail/2/"]),
    Repro("lost_lead_reading_two_codecs", "repair/damage.py lost_lead_byte (GBK 錢 vs Big5 鉗, both qián + trail X)", text(
        f"水价调查\n\n{P}有村民一開始不理解:“祖祖輩輩喝水不花錢(qián),現在為(wèi)啥要交?X(qián)。對此,村幹部挨家挨戶算賬。\n\n{P}以前拉一車(chē)水要120元,只夠用半個(gè)月。\n"), "text",
        "有村民一开始不理解：“祖祖辈辈喝水不花钱，现在为啥要交钱。对此，村干部挨家挨户算账。\n以前拉一车水要120元，只够用半个月。"),
]


def main(argv: list[str]) -> int:
    bad = 0
    for r in REPROS:
        if argv and r.id not in argv:
            continue
        got = getattr(r.run(), r.field)
        ok = got == r.expected
        bad += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {r.id:36} [{r.stage}]")
        if not ok:
            print(f"     {r.field} got      {got!r}\n     {r.field} expected {r.expected!r}")
    print(f"\n{bad} of {len(REPROS)} repros still fail")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
