# ruff: noqa: E501
"""Minimal reproductions of the audit5 findings: a few lines of real-site structure around our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit5/repros.py [ID ...]

Each runs through the public API (pipeline.api.clean_text / clean_html, the stages of ``repost clean``)
and prints ok/FAIL with the field it checks: what we give and what the original says. Exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
from sibling import load  # noqa: E402

a4 = load(BENCH / "audit4" / "repros.py", "audit4_repros")
Repro, text, html = a4.Repro, a4.text, a4.html  # audit4's runner helpers (clean_text / clean_html -> fields)

T = "黄河下游滩区今年完成两万亩土地整治"
P1 = "新华社郑州9月3日电 记者3日从河南省自然资源厅获悉，黄河下游滩区今年已完成土地整治2.1万亩，新增耕地4300余亩。"
P2 = "河南省自然资源厅有关负责人表示，下一步将继续推进滩区国土空间综合整治。"
B = f"{P1}\n{P2}"
ENT = "Nordic grid operators agree to share winter reserve capacity"
ENP = "STOCKHOLM, Oct 14 (Reuters) - Grid operators in Sweden, Norway, Finland and Denmark agreed on Tuesday to pool part of their winter reserve capacity."
ENP2 = "Under the deal, each operator will make at least 300 megawatts of reserve power available to its neighbours at short notice."
ENB = f"{ENP}\n{ENP2}"


def page(body: str, title: str = T, lang: str = "zh-CN") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'


def art(inner: str, title: str = T, lang: str = "zh-CN", head: str = "") -> str:
    """h1 + optional info + a body box: the shape every real template reduces to."""
    return page(f"{head}<h1>{title}</h1><div class=\"content\">{inner}</div>", title, lang)


def dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


REPROS = [
    # --- 1. copy-paste dumps: the site's nav line is the first line -----------------------------------
    Repro("dump_nav_line_is_title", "strip/text.py headline(): a short nav menu line (space-separated section names) is taken as the title",
          text(dump("新华网 时政 国际 财经", T, "来源：新华网", P1, P2)), "title", T),
    Repro("dump_crumb_without_home", "strip/text.py breadcrumb: '搜狐 > 旅游 > 正文' / '人民网>>社会·法治' (no 首页/当前位置) not a crumb, becomes the title",
          text(dump("搜狐 > 旅游 > 正文", T, P1, P2)), "title", T),
    Repro("dump_crumb_double_gt", "strip/text.py breadcrumb: 'site>>section' crumb (people.com.cn) becomes the title",
          text(dump("人民网>>社会·法治", T, P1, P2)), "title", T),
    Repro("dump_nav_line_en", "strip/text.py headline(): an English nav line becomes the title",
          text(dump("World Business Markets Sustainability", ENT, ENP, ENP2)), "title", ENT),
    # --- 2. dumps: the real sites' date/byline lines under the headline --------------------------------
    Repro("dump_xinhua_split_date", "strip/text.py meta_line + textmeta.iso_date ('2026 09/03 10:21:35': year, then MM/DD)",
          text(dump(T, "2026 09/03 10:21:35", "来源：新华网", P1, P2)), "text", B),
    Repro("dump_xinhua_font_share_line", "strip/text.py share/tools ('字体：小 中 大　分享到：' line kept)",
          text(dump(T, "字体：小 中 大\u3000分享到：", P1, P2)), "text", B),
    Repro("dump_sina_date_source_glued", "strip/text.py meta_line ('2026年09月03日 07:35北京商报': date glued to the source name, no label)",
          text(dump(T, "2026年09月03日 07:35北京商报", P1, P2)), "text", B),
    Repro("dump_sohu_fabuyu_region", "strip/text.py meta_line ('发布于：河北省' region line; the date line above it IS dropped)",
          text(dump(T, "2026-09-03 19:12", "发布于：河北省", "来源: 澎湃新闻", P1, P2)), "text", B),
    Repro("dump_cna_date_updated", "strip/text.py meta_line ('2026/9/3 14:25（2026/9/3 15:10 更新）')",
          text(dump("花蓮縣推偏鄉行動圖書車", "2026/9/3 14:25（2026/9/3 15:10 更新）", "（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。")),
          "text", "（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。"),
    Repro("dump_udn_time_author_line", "strip/text.py meta_line ('2026-09-03 10:21聯合報 / 記者陳思妤／台中即時報導')",
          text(dump("台中捷運藍線動工", "2026-09-03 10:21聯合報 / 記者陳思妤／台中即時報導", "台中捷運藍線今天舉行動工典禮，路線全長約24.8公里。")),
          "text", "台中捷運藍線今天舉行動工典禮，路線全長約24.8公里。"),
    Repro("dump_reuters_glued_time", "strip/text.py meta_line (Reuters <time> spans copy as 'October 14, 20269:12 AM UTCUpdated 2 hours ago')",
          text(dump(ENT, "By Anna Keller", "October 14, 20269:12 AM UTCUpdated 2 hours ago", ENP, ENP2)), "text", ENB),
    Repro("dump_nhk_date_no_year", "strip/text.py meta_line ('10月14日 12時34分': no year, so no date pattern runs)",
          text(dump("北陸新幹線 環境調査を開始へ", "10月14日 12時34分", "北陸新幹線の敦賀以西の延伸について、国土交通省は調査を始めることを明らかにしました。")),
          "text", "北陸新幹線の敦賀以西の延伸について、国土交通省は調査を始めることを明らかにしました。"),
    Repro("dump_ria_time_first", "strip/text.py meta_line ('14:20 15.10.2026', time before date)",
          text(dump("В Казани открыли библиотеку", "14:20 15.10.2026", "КАЗАНЬ, 15 окт — РИА Новости. Первая в Татарстане круглосуточная библиотека открылась в среду.")),
          "text", "КАЗАНЬ, 15 окт — РИА Новости. Первая в Татарстане круглосуточная библиотека открылась в среду."),
    Repro("dump_reporter_line_no_benbao", "strip/text.py byline ('澎湃新闻记者 吴双' alone on a line; audit4 #6 is 本报记者)",
          text(dump(T, "澎湃新闻记者 吴双", P1, P2)), "text", B),
    # --- 3. tails in dumps -------------------------------------------------------------------------------
    Repro("dump_sohu_tail", "strip/text.py tail (平台声明 / 阅读 (N) / 不感兴趣 after 责任编辑; the HTML .statement is dropped)",
          text(dump(T, P1, P2, "责任编辑：李清", "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "阅读 (3217)", "不感兴趣")), "text", B),
    Repro("dump_sina_keywords_app_tail", "strip/text.py tail (文章关键词：… and 海量资讯、精准解读，尽在新浪财经APP; also in the seed recipe)",
          text(dump(T, P1, P2, "责任编辑：王子怡", "文章关键词： 大额存单 利率", "海量资讯、精准解读，尽在新浪财经APP")), "text", B),
    Repro("dump_sina_special_statement", "strip/text.py disclaimer (sina '特别声明：以上文章内容仅代表作者本人观点…' line; the HTML div.statement is dropped)",
          text(dump(T, P1, P2, "特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪网联系。")), "text", B),
    Repro("dump_cna_photo_caption", "strip/text.py caption (CNA figcaption '…（花蓮縣政府提供）中央社記者X傳真 115年9月3日' above the dateline)",
          text(dump("花蓮縣推偏鄉行動圖書車", "花蓮縣偏鄉行動圖書車3日首航。（花蓮縣政府提供）中央社記者林怡君傳真 115年9月3日", "（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。")),
          "text", "（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。"),
    Repro("dump_people_share_line", "strip/text.py tail ('分享让更多人看到' after (责编：…))",
          text(dump(T, P1, P2, "(责编：赵欣悦、岳弘彬)", "分享让更多人看到")), "text", B),
    Repro("dump_thepaper_baoliao", "strip/text.py tail ('澎湃新闻报料：021-962866' after 校对)",
          text(dump(T, P1, P2, "责任编辑：王一楠 图片编辑：李晓", "校对：张静", "澎湃新闻报料：021-962866", "澎湃新闻，未经授权不得转载")), "text", B),
    Repro("dump_wordpress_comments", "strip/text.py comments ('N thoughts on “…”', comment, Reply, 'Your email address will not be published')",
          text(dump(ENT, ENP, ENP2, "Like this:", "Loading...", f"2 thoughts on “{ENT}”", "Pat R. October 14, 2026 at 9:12 am", "About time. My kids leave at 6:40 every morning.", "Reply", "Leave a Reply", "Your email address will not be published. Required fields are marked *")),
          "text", ENB),
    Repro("dump_section_list_tail", "strip/text.py related ('Explore more on these topics' / 'Most read' / '热门推荐' + link lines)",
          text(dump(ENT, ENP, ENP2, "Explore more on these topics", "Energy", "Sweden", "Most read", "Maui fire recovery")), "text", ENB),
    # --- 4. real-site furniture in HTML bodies (and the same lines in dumps) ----------------------------
    Repro("sohu_back_link_in_last_p", "strip (sohu appends <a id=backsohucom>返回搜狐，查看更多</a> INSIDE the last <p>; as its own <p> it is dropped)",
          html(art(f'<p>{P1}</p><p>{P2}<a href="//www.sohu.com/?strategyid=00001 " id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>')), "text", B),
    Repro("people_edition_line", "strip tail (people.com.cn '《 人民日报 》（ 2026年09月03日 11 版）' line; also in dumps and the seed recipe)",
          html(art(f'<p>{P1}</p><p>{P2}</p><p>　　《 人民日报 》（ 2026年09月03日 11 版）</p><div class="edit">(责编：赵欣悦、岳弘彬)</div>')), "text", B),
    Repro("cna_editor_code_tail", "strip (CNA ends the last paragraph with '（編輯：X）1150903'; HTML and dumps)",
          html(art("<p>（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。</p><p>縣府教育處表示，圖書車可載運約3000冊書籍。（編輯：張均懋）1150903</p>", "花蓮縣推偏鄉行動圖書車", "zh-TW")),
          "text", "（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。\n縣府教育處表示，圖書車可載運約3000冊書籍。"),
    Repro("sina_trailing_reporter_line", "strip byline (sina: '北京商报记者 孟亦凡' as the last <p>, kept; author null)",
          html(art(f"<p>{P1}</p><p>{P2}</p><p>　　北京商报记者 孟亦凡</p><p class=\"article-editor\">责任编辑：王子怡 </p>")), "text", B),
    Repro("sina_qr_box", "strip promo (sina .appendQr_wrap: '新浪财经公众号' / '…扫描二维码关注（sinafinance）' kept)",
          html(art(f'<p>{P1}</p><p>{P2}</p><div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_txt"><p>新浪财经公众号</p><p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p></div></div></div>')), "text", B),
    Repro("sina_video_placeholder", "strip embed ('视频加载中，请稍候...' of sina's video box kept as body line 1)",
          html(art(f'<div class="video_box"><div class="video_wrap" id="video_83021"><div id="myFlashDiv"></div></div><p class="video_descr">视频加载中，请稍候...</p></div><p>{P1}</p><p>{P2}</p>')), "text", B),
    Repro("farm_keywords_p", "strip tail ('文章关键词： a b' in a <p>, as farms copy it; the div#keywords form is dropped)",
          html(art(f"<p>{P1}</p><p>{P2}</p><p>责任编辑：王子怡</p><p>文章关键词： 大额存单 利率</p>")), "text", B),
    Repro("netease_credit_line", "strip tail (the paper's own '编辑 刘梅 校对 赵琳' line in 163's .post_body, no colon)",
          html(art(f"<p>{P1}</p><p>{P2}</p><p>编辑 刘梅 校对 赵琳</p>")), "text", B),
    Repro("netease_hao_statement", "strip disclaimer (163 网易号 特别声明 + its English 'Notice: The content above…' kept)",
          html(art(f'<p>{P1}</p><p>{P2}</p></div><div class="post_statement"><p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>')), "text", B),
    Repro("reuters_our_standards", "strip tail ('Our Standards: The Thomson Reuters Trust Principles., opens new tab' kept)",
          html(art(f'<p>{ENP}</p><p>{ENP2}</p><p class="sign-off">Reporting by Anna Keller; Editing by Mark Potter</p><p><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">Our Standards: The Thomson Reuters Trust Principles., opens new tab</a></p>', ENT, "en")), "text", ENB),
    Repro("bbc_byline_block", "strip meta block (BBC data-component=byline-block: date, Share/Save, name, role kept as body lines)",
          html(page(f'<article><h1 id="main-heading">{ENT}</h1><div data-component="byline-block"><time datetime="2026-10-14T06:00:00.000Z">14 October 2026</time><div><span>Share</span><span>Save</span></div><div><span>Sarah Whitfield</span><span>BBC News, Cardiff</span></div></div>'
                    f'<div data-component="text-block"><p>{ENP}</p></div><div data-component="text-block"><p>{ENP2}</p></div></article>', ENT, "en")), "text", ENB),
    Repro("tass_lead_and_time", "strip (TASS lead div + '15 октября, 14:20Обновлено …' time spans above the body kept)",
          html(page('<h1 class="tass_pkg_title-xVUT1">В Казани открылась библиотека</h1><div class="tass_pkg_lead-1g6vj">Читальный зал на сто мест будет работать без выходных</div><div class="tass_pkg_info-2VXPf"><span>15 октября, 14:20</span><span>Обновлено 15 октября, 14:35</span></div>'
                    '<div class="text-content"><article><p>КАЗАНЬ, 15 октября. /ТАСС/. Первая в Татарстане круглосуточная библиотека открылась в среду в Казани.</p><p>Вход в ночное время будет возможен по электронному билету, уточнили в мэрии.</p></article></div>', "x", "ru")),
          "text", "КАЗАНЬ, 15 октября. /ТАСС/. Первая в Татарстане круглосуточная библиотека открылась в среду в Казани.\nВход в ночное время будет возможен по электронному билету, уточнили в мэрии."),
    Repro("asahi_paywall_notice", "strip tail (paywall 'この記事は有料記事です。残りN文字' / '有料会員になると…' kept)",
          html(page('<h1>松本城周辺の空き家、シェアハウスに</h1><div class="nfyQp"><p>長野県松本市は１４日、空き家を学生向けシェアハウスとして活用すると発表した。</p><p>初年度は３軒、計１２人分を用意する。</p><div class="HRjX3"><p>この記事は有料記事です。残り812文字</p><p>有料会員になると続きをお読みいただけます。</p></div></div>', "x", "ja")),
          "text", "長野県松本市は１４日、空き家を学生向けシェアハウスとして活用すると発表した。\n初年度は３軒、計１２人分を用意する。"),
    Repro("medium_subtitle_readtime", "strip meta block (Medium subtitle h2 + '6 min read · Oct 14, 2026' kept as body lines)",
          html(page(f'<article><h1 class="pw-post-title">{ENT}</h1><h2 class="pw-subtitle-paragraph">Bread was the easy part.</h2><div><a data-testid="authorName">Jenna Ortiz</a></div><div><span data-testid="storyReadTime">6 min read</span> · <span data-testid="storyPublishDate">Oct 14, 2026</span></div><p class="pw-post-body-paragraph">{ENP}</p><p class="pw-post-body-paragraph">{ENP2}</p></article>', ENT, "en")),
          "text", ENB),
    # --- 5. metadata -------------------------------------------------------------------------------------
    Repro("publisher_is_url_from_chuchu", "strip textmeta.publisher_in_text (_SOURCE takes 'https' from '转载请注明出处：https://…' of WordPress farms)",
          html(art(f"<p>{P1.replace('新华社郑州9月3日电 ', '')}</p><p>{P2}</p><p>本文来自网络，不代表新闻资讯网立场，转载请注明出处：https://www.xwzx365.com/1234.html</p>")), "publisher", None),
    Repro("xinhua_split_date_html", "strip textmeta.iso_date / date_in_text (news.cn header-time spans give '2026 09/03 10:21:35')",
          html(page(f'<h1><span class="title">{T}</span></h1><div class="header-time left"><span class="year"><em> 2026</em></span><span class="day"><em> 09</em>/<em>03</em></span><span class="time"> 10:21:35</span></div><div class="source">来源：新华网</div><div id="detail"><p>{P1}</p><p>{P2}</p></div>')),
          "published", "2026-09-03"),
    Repro("author_dateline_space_paren", "strip textmeta._REPORTER (chinanews '电 (记者 周思远)': a space before the bracket)",
          html(art("<p>中新网北京9月3日电 (记者 周思远)记者3日从中国国家铁路集团有限公司获悉，今年1至8月全国铁路累计发送旅客30.4亿人次。</p>")), "author", "周思远"),
    Repro("author_cna_dateline", "strip textmeta author ('（中央社記者林怡君花蓮3日電）': reporter glued to the place)",
          html(art("<p>（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路。</p>", "花蓮縣推偏鄉行動圖書車", "zh-TW")), "author", "林怡君"),
    Repro("author_udn_byline", "strip textmeta author ('聯合報 / 記者陳思妤／台中即時報導'; publisher 聯合報 also null)",
          html(page('<h1>台中捷運藍線動工</h1><section class="authors"><time>2026-09-03 10:21</time><span class="article-content__author"><a>聯合報</a> / 記者陳思妤／台中即時報導</span></section><section class="article-content__editor"><p>台中捷運藍線今天舉行動工典禮，路線全長約24.8公里。</p></section>', "x", "zh-TW")),
          "author", "陳思妤"),
    Repro("author_outlet_reporter_line", "strip textmeta author ('澎湃新闻记者 吴双' / '北京商报记者 孟亦凡' lines)",
          html(art(f"<p>{P1.replace('新华社郑州9月3日电 ', '')}</p><p>{P2}</p>", head="<div class=\"byline\">澎湃新闻记者 吴双</div>")), "author", "吴双"),
    Repro("author_huanqiu_bracket", "strip textmeta author ('【环球网报道 记者 林悦】' opening the first paragraph)",
          html(art("<p>【环球网报道 记者 林悦】据报道，今年夏季欧洲多国遭遇罕见干旱，莱茵河部分河段水位降至有记录以来的最低值。</p>")), "author", "林悦"),
    Repro("publisher_source_link_no_label", "strip textmeta/metadata publisher (sina '.date-source' date + <a class=source>北京商报</a>, no 来源 label)",
          html(page(f'<h1 class="main-title">{T}</h1><div class="date-source"><span class="date">2026年09月03日 07:35</span><a class="source ent-source" href="https://www.bbtnews.com.cn/">北京商报</a></div><div class="article" id="artibody"><p>{P2}</p><p>{P2}</p></div>')),
          "publisher", "北京商报"),
    Repro("publisher_mingpao_zhuanxun", "strip textmeta._CN_NEWS_LEAD (【明報專訊】 lead: brackets and 專訊)",
          html(art("<p>【明報專訊】本港首個商業規模的垂直農場昨日在元朗工業邨正式投產。</p>", "本港首個垂直農場投產", "zh-HK")), "publisher", "明報"),
    Repro("publisher_ria_dateline", "strip textmeta publisher ('КАЗАНЬ, 15 окт — РИА Новости.' dateline)",
          html(art("<p>КАЗАНЬ, 15 окт — РИА Новости. Первая в Татарстане круглосуточная библиотека открылась в среду в Казани.</p>", "В Казани открыли библиотеку", "ru")), "publisher", "РИА Новости"),
    Repro("publisher_laiyuan_site_vs_dateline", "strip textmeta.publisher_in_text (来源：新华网 info line wins over the 新华社 dateline; ambiguous)",
          html(art(f"<p>{P1}</p><p>{P2}</p>", head='<div class="info">2026-09-03 10:21:35 来源：新华网</div>')), "publisher", "新华社"),
    Repro("author_bem_class", "strip metadata vocab.AUTHOR_ELEMENTS (Lenta 'topic-authors__author', Medium data-testid=authorName, BBC byline span)",
          html(page('<h1>В Подмосковье построят школы</h1><div class="topic-body__content"><p class="topic-body__content-text">В Московской области до конца 2027 года построят двенадцать новых школ, сообщили в министерстве.</p></div><div class="topic-authors"><a class="topic-authors__author">Ирина Соколова</a></div>', "x", "ru")),
          "author", "Ирина Соколова"),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
