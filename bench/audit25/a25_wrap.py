# ruff: noqa: E501
"""Audit25 page builders: the first publisher's page (a news site of the story's language) and the wrappers
users and corpus builders hold it in: a browser's "Save Page As" (saved-from comment, page_files assets, the
DOM after scripts ran), a Wayback Machine capture (rewrite scripts, toolbar, rewritten links, archive
comment), archive.today, a print view, a search engine's cache header, reader-mode exports, web clips, feeds
and a browser copy-paste dump."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html import escape as e
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit14"))
from a14_texts import Story


@dataclass(frozen=True)
class Site:
    lang: str
    name: str
    host: str
    path: str
    chrome: dict[str, str]

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.path}"


ZH_CHROME = {"home": "首页", "news": "新闻", "crumb": "当前位置：", "gt": " &gt; ", "body": "正文", "share": "分享到：",
             "related": "相关新闻", "about": "关于我们 | 联系我们 | 网站地图 | 广告服务", "rights": "版权所有"}
EN_CHROME = {"home": "Home", "news": "News", "crumb": "", "gt": " › ", "body": "Local", "share": "Share this article:",
             "related": "More from News", "about": "About us | Contact | Advertise | Privacy policy", "rights": "All rights reserved."}
RU_CHROME = {"home": "Главная", "news": "Новости", "crumb": "", "gt": " » ", "body": "Общество", "share": "Поделиться:",
             "related": "Читайте также", "about": "О газете | Контакты | Реклама", "rights": "Все права защищены."}
JA_CHROME = {"home": "トップ", "news": "ニュース", "crumb": "", "gt": " ＞ ", "body": "地域", "share": "この記事をシェア",
             "related": "関連記事", "about": "会社概要 | お問い合わせ | 個人情報保護方針", "rights": "無断転載を禁じます。"}
ES_CHROME = {"home": "Portada", "news": "Noticias", "crumb": "", "gt": " / ", "body": "Comarca", "share": "Compartir:",
             "related": "Te puede interesar", "about": "Quiénes somos | Contacto | Aviso legal", "rights": "Todos los derechos reservados."}
CHROME = {"zh": ZH_CHROME, "en": EN_CHROME, "ru": RU_CHROME, "ja": JA_CHROME, "es": ES_CHROME}
SHARE = {"zh": "<a>微信</a> <a>微博</a> <a>QQ空间</a>", "en": "<a>Facebook</a> <a>Twitter</a> <a>Email</a>",
         "ru": "<a>ВКонтакте</a> <a>Одноклассники</a> <a>Telegram</a>", "ja": "<a>X</a> <a>Facebook</a> <a>LINE</a>",
         "es": "<a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a>"}
RELATED = {"zh": ["城区新增三条公交微循环线路", "全市启动春季植树活动"], "en": ["Ferry timetable changes for the summer", "New car park opens by the station"],
           "ru": ["В районе отремонтируют две школы", "Весенний сев начнётся раньше"], "ja": ["駅前広場の改修始まる", "市民マラソン参加者を募集"],
           "es": ["Abre el nuevo consultorio médico", "La feria del queso bate récords"]}


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{e(p)}</p>" for p in paras)


def article_page(s: Story, site: Site, info: str, *, charset: str = "utf-8", paras_html: str | None = None,
                 head_extra: str = "", top: str = "", in_article: str = "", after: str = "", title_tag: str | None = None,
                 asset: str = "") -> str:
    """The first publisher's article page. ``info`` is the meta line's markup; ``top`` goes first in the body,
    ``in_article`` after the article's paragraphs, ``after`` before the body ends. ``asset`` prefixes the
    site's own script/css/img paths (``http://host`` by default; a saved page uses ``./x_files``)."""
    c = CHROME[site.lang]
    h = f"http://{site.host}"
    a = asset or f"{h}/static"
    crumb = f'{c["crumb"]}<a href="{h}/">{c["home"]}</a>{c["gt"]}<a href="{h}/news/">{c["news"]}</a>{c["gt"]}{c["body"]}'
    rel = "".join(f'<li><a href="{h}/news/{i + 100}.html">{e(x)}</a></li>' for i, x in enumerate(RELATED[site.lang]))
    body = paras_html if paras_html is not None else ps(s.paras)
    return (f'<!DOCTYPE html>\n<html lang="{site.lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<title>{e(title_tag if title_tag is not None else s.title + " - " + site.name)}</title>\n'
            f'<link rel="stylesheet" type="text/css" href="{a}/css/article.css">\n<script type="text/javascript" src="{a}/js/jquery.min.js"></script>\n'
            f'{head_extra}</head>\n<body>\n{top}'
            f'<div class="header"><a class="logo" href="{h}/"><img src="{a}/img/logo.png" alt="{e(site.name)}"></a>'
            f'<ul class="nav"><li><a href="{h}/">{c["home"]}</a></li><li><a href="{h}/news/">{c["news"]}</a></li></ul></div>\n'
            f'<div class="crumb">{crumb}</div>\n'
            f'<div class="article">\n<h1 class="title">{e(s.title)}</h1>\n<div class="info">{info}</div>\n'
            f'<div class="content">\n{body}\n</div>\n{in_article}'
            f'<div class="share">{c["share"]} {SHARE[site.lang]}</div>\n</div>\n'
            f'<div class="related"><h3>{c["related"]}</h3><ul>{rel}</ul></div>\n'
            f'<div class="footer"><p>{c["about"]}</p><p>Copyright &copy; 2016 {e(site.name)} {c["rights"]}</p></div>\n'
            f'{after}</body>\n</html>\n')


# --- browser "Save Page As" ---------------------------------------------------------------------------------------

def saved_comment(url: str) -> str:
    return f"<!-- saved from url=({len(url):04d}){url} -->\n"


def saved_page(html: str, url: str, files: str = "./page_files") -> str:
    """Chrome's "Webpage, Complete": the saved-from comment before <html>, the page's assets under
    ``files`` (they were written with ``asset=files``), a charset meta Chrome adds first in <head>."""
    html = html.replace("<head>\n", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n', 1)
    return html.replace("<!DOCTYPE html>\n", "<!DOCTYPE html>\n" + saved_comment(url), 1)


# --- Wayback Machine -------------------------------------------------------------------------------------------

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _stamp_words(ts: str) -> tuple[str, str, str, str]:
    y, m, d = ts[:4], int(ts[4:6]), int(ts[6:8])
    hms = f"{ts[8:10]}:{ts[10:12]}:{ts[12:14]}"
    return y, MONTHS[m - 1], f"{d:02d}", hms


def wayback_head(orig: str, ts: str) -> str:
    return ('<script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>\n'
            '<script type="text/javascript">window.addEventListener(\'DOMContentLoaded\',function(){var v=archive_analytics.values;v.service=\'wb\';v.server_name=\'wwwb-app201.us.archive.org\';v.server_ms=312;archive_analytics.send_pageview({});});</script>\n'
            '<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>\n'
            '<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
            f'<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n  __wm.wombat("{orig}","{ts}","https://web.archive.org/","web","/_static/",\n\t      "1457943753");\n</script>\n'
            '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />\n'
            '<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=qtvMKcIJ" />\n'
            '<!-- End Wayback Rewrite JS Include -->\n')


def wayback_toolbar(orig: str, ts: str, shown: bool = False) -> str:
    y, mon, d, hms = _stamp_words(ts)
    prev_m, next_m = MONTHS[(MONTHS.index(mon) - 1) % 12], MONTHS[(MONTHS.index(mon) + 1) % 12]
    style = "display:block;direction:ltr;" if shown else "display:none;direction:ltr;"
    here = f"You are here: {hms} {mon.title()} {int(d)}, {y}"
    return ('<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n'
            f'<div id="wm-ipp-base" lang="en" style="{style}">\n<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">\n'
            '<div id="wm-ipp-inside">\n'
            '<div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" style="width:100px" border="0" /></a></div>\n'
            '<div class="c"><div class="u" style="position:relative">\n'
            f'<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form>\n'
            '</div>\n<div class="n"><table><tbody>\n'
            f'<tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/{y}0201000000*/{orig}" title="01 {prev_m.title()} {y}">{prev_m}</a></td><td class="c" id="displayMonthEl" title="{here}">{mon}</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/{y}0501000000*/{orig}" title="02 {next_m.title()} {y}"><strong>{next_m}</strong></a></td></tr>\n'
            f'<tr class="d"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/{y}0213000000/{orig}" title="08:11:02 {prev_m.title()} 13, {y}"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td><td class="c" id="displayDayEl" style="width:34px;font-size:24px;white-space:nowrap;" title="{here}">{d}</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/{y}0402000000/{orig}" title="10:05:44 {next_m.title()} 02, {y}"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td></tr>\n'
            f'<tr class="y"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/{int(y) - 1}0101000000*/{orig}" title="{int(y) - 1}"><strong>{int(y) - 1}</strong></a></td><td class="c" id="displayYearEl" title="{here}">{y}</td><td class="f" nowrap="nowrap">{int(y) + 1}</td></tr>\n'
            '</tbody></table></div>\n'
            f'<div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><span class="xxs"><div id="wm-nav-captures"><a class="t" href="/web/{ts}*/{orig}" title="See a list of every capture for this URL">37 captures</a>\n'
            f'<div class="r" title="Timespan for captures of this URL">12 {prev_m.title()} {y} - 05 Jan 2021</div></div></span>\n'
            '<a href="#close" onclick="__wm.h(event);return false;" style="display:block;" title="Close the toolbar">close</a>\n'
            '<a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine" style="display:block;">Help</a>\n'
            '<a href="#expand" onclick="__wm.ex(event);return false;" title="Show/hide capture info">About this capture</a></div></div>\n'
            '</div>\n'
            '<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">\n'
            '<div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>\n'
            '<div style="padding:3px;position:relative" id="wm-collected-by-content">\n'
            '<div style="display:inline-block;vertical-align:top;width:50%;">Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a>\n'
            '<div style="max-height:75px;overflow:hidden;position:relative;">Starting in 1996, <a style="color:#33f;" href="http://www.alexa.com/">Alexa Internet</a> has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a style="color:#33f;" href="http://web.archive.org/">Wayback Machine</a> after an embargo period.</div></div>\n'
            '<div style="display:inline-block;vertical-align:top;width:49%;"><div>Collection: <a style="color:#33f;" href="https://archive.org/details/alexa_dd" target="_new"><span class="wm-title">Alexa Crawl DD</span></a></div>\n'
            '<div style="max-height:75px;overflow:hidden;position:relative;">Alexa Crawl DD. This data is currently not publicly accessible.</div></div></div></div>\n'
            '<div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div></div></div>\n'
            '</div></div></div>\n'
            f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{orig}</div>\n'
            '<script type="text/javascript">//<![CDATA[\n__wm.bt(700,27,25,2,"web","' + orig + '","' + ts + '",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=qtvMKcIJ"], false);\n//]]></script>\n'
            '<!-- END WAYBACK TOOLBAR INSERT -->\n')


def wayback_tail(ts: str) -> str:
    y, mon, d, hms = _stamp_words(ts)
    return (f'<!--\n     FILE ARCHIVED ON {hms} {mon.title()} {int(d)}, {y} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 12:01:55 Jun 02, 2021.\n'
            '     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n'
            '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\n'
            '<!--\nplayback timings (ms):\n  captures_list: 188.21\n  exclusion.robots: 0.211\n  esindex: 0.012\n  CDXLines.iter: 21.49 (3)\n  load_resource: 96.5\n-->\n')


def wayback(html: str, orig: str, ts: str, shown: bool = False) -> str:
    """A Wayback Machine capture of ``html`` (served from ``orig``): rewrite scripts in <head>, the toolbar
    after <body>, every link and asset rewritten to /web/TS/..., the archive comment after </html>."""
    host = re.match(r"https?://[^/]+", orig)
    assert host
    html = re.sub(r'(href|src)="(https?://[^"]+)"', lambda m: f'{m[1]}="https://web.archive.org/web/{ts}{"im_" if m[1] == "src" else ""}/{m[2]}"', html)
    html = re.sub(r'(href|src)="/(?!web/|_static/)([^"]*)"', lambda m: f'{m[1]}="/web/{ts}/{host[0]}/{m[2]}"', html)
    html = html.replace("<head>\n", "<head>\n" + wayback_head(orig, ts), 1)
    html = re.sub(r"<body([^>]*)>\n", lambda m: f"<body{m[1]}>\n" + wayback_toolbar(orig, ts, shown), html, count=1)
    return html + wayback_tail(ts)


def archive_today(s: Story, orig: str, stamp: str, paras_html: str, info: str, site: str) -> str:
    """An archive.today (archive.ph) capture: its header (archived date, Saved from, history, share), then the
    page re-rendered as divs with inline styles only (every class and script gone)."""
    st = 'style="text-align:left;font-size:16px;line-height:26px;color:#222;margin:0 0 18px 0;"'
    body = paras_html.replace("<p>", f"<div {st}>").replace("</p>", "</div>")
    return ('<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" itemtype="http://schema.org/Article"><head>'
            f'<meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="viewport" content="width=1024"><title>{e(s.title)} - {e(site)}</title>'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{e(s.title)}"><meta itemprop="url" content="{orig}"></head>'
            '<body style="margin:0;padding:0;background-color:#FFFFFF">'
            '<center><div id="HEADER" style="display:block;width:1024px;background-color:#EEEEEE">'
            '<table style="width:1024px;font-size:10px" cellspacing="0" cellpadding="0"><tr><td><a href="https://archive.ph/" style="font-size:24px">archive.today</a><br>webpage capture</td>'
            f'<td><div style="color:#1E1E1E">Saved from</div><input style="width:600px" type="text" name="q" value="{orig}"><div>no other snapshots from this url</div></td>'
            f'<td><div>{stamp}</div><a href="https://archive.ph/abcD1">All snapshots</a> from host <a href="https://archive.ph/{orig.split("/")[2]}">{orig.split("/")[2]}</a></td></tr>'
            '<tr><td>Webpage</td><td>Screenshot</td><td><a href="https://archive.ph/abcD1/share">share</a> <a href="https://archive.ph/download/abcD1.zip">download .zip</a> <a href="https://archive.ph/abcD1/report">report bug or abuse</a> <a href="https://liberapay.com/archiveis">Buy me a coffee</a></td></tr></table></div></center>'
            '<div id="CONTENT" style="position:relative;width:1024px;margin:0 auto"><div style="width:1024px;height:3000px;background-color:#fff">'
            f'<div style="height:60px;font-size:30px;color:#c00">{e(site)}</div>'
            f'<div style="font-size:12px;color:#666"><a href="https://archive.ph/o/abcD1/{orig.rsplit("/", 2)[0]}/" style="color:#666">Home</a> › <a href="https://archive.ph/o/abcD1/{orig.rsplit("/", 2)[0]}/news/" style="color:#666">News</a></div>'
            f'<div style="font-size:32px;font-weight:bold;margin:20px 0">{e(s.title)}</div>'
            f'<div style="font-size:13px;color:#999;margin-bottom:20px">{info}</div>'
            f'{body}'
            '<div style="font-size:13px;margin-top:30px">Share this article: <span>Facebook</span> <span>Twitter</span> <span>Email</span></div>'
            f'<div style="font-size:12px;color:#999;margin-top:40px">© 2016 {e(site)}. All rights reserved.</div>'
            '</div></div></body></html>')
