# ruff: noqa: E501
"""Audit24 cases: pages "built like the seed and like real sites", aimed at combinations the earlier audits
covered least: seed-shaped spam-farm dumps in Russian, Japanese, Korean, Spanish and English with that
language's chrome AND legacy bytes (cp1251, KOI8-R, Shift_JIS, EUC-JP, cp949, cp1252) or a mojibake'd title
or a whole double-encoded dump, comment threads with their text, share bars, tags, counters, footers;
Chinese seed-style pages with several problems at once (conversion + readings + wrong label + lost byte +
spam header, a mojibake'd title over a glossed body, a glossed data table, a glossed Discuz thread);
real-site templates with tables, lists, captions, `<br>`-only paragraphs and a pager; controls.

Groups: ``ru`` ``ja`` ``ko`` ``es`` ``en`` (intl dumps and pages), ``zc`` (Chinese combinations),
``site`` (real-site templates), ``ctl`` (controls: nothing may be removed or changed)."""

from __future__ import annotations

import re
import sys
from html import escape as e
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a24_texts as T  # noqa: E402
from a18_build import A8, a14, case, dede_html, enc, g, lost  # noqa: E402
from a24_texts import Story  # noqa: E402

NB = "\u00a0"
S2T = g()
S2TW3 = g("s2tw", style="tone3")
S2HK = g("s2hk", brackets="【】")


def body(s: Story, lines: list[str] | None = None) -> str:
    return "\n".join(lines if lines is not None else s.paras)


def meta(s: Story, *keys: str, **extra: object) -> dict[str, object]:
    vals = {"publisher": s.publisher, "author": s.author, "published": s.published}
    return {k: vals[k] for k in keys} | extra


def _story(s: Story, *repl: tuple[int, str, str]) -> Story:
    lines = [s.title, *s.paras]
    for n, old, new in repl:
        assert old in lines[n], (old, lines[n][:30])
        lines[n] = lines[n].replace(old, new, 1)
    return Story(lines[0], tuple(lines[1:]), s.publisher, s.author, s.published)


# --- the seed's layout in any language ------------------------------------------------------------------------

def sdump(s: Story, head: list[str], crumb: str, info: list[str], tail: list[str], indent: str = "\u3000\u3000",
          title: str | None = None, paras: list[str] | None = None) -> str:
    """Seed shape: header line(s), blank, NBSP line, crumb, NBSP line, blank, title, two blanks, info,
    indented paragraphs separated by a blank line, tail lines, no final newline."""
    lines = []
    for h in head:
        lines += [h, ""]
    lines += [NB, crumb, NB, "", title if title is not None else s.title, "", ""]
    out = "\n".join(lines)
    if info:
        out += "\n\n".join(info) + "\n\n"
    out += "\n\n".join(indent + p for p in (paras if paras is not None else s.paras))
    if tail:
        out += "\n\n" + "\n\n".join(tail)
    return out


def portal(s: Story, lang: str, charset: str | None, crumb: str, info: str, content: str, tail: str = "", title_tag: str | None = None,
           comments: str = "", side: str = "", site: str = "NewsPortal") -> str:
    """A regional news portal: logo, nav, crumb, h1, meta line, article body (``content`` is markup), share
    bar, tags, related, comments, sidebar, footer."""
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{cs}<title>{e(title_tag or s.title)}</title></head>\n<body>\n'
            f'<div id="top"><a class="logo" href="/">{site}</a><ul class="menu"><li><a href="/">&#8962;</a></li><li><a href="/news/">News</a></li></ul></div>\n'
            f'<div class="breadcrumbs">{crumb}</div>\n<div class="main"><div class="article">\n<h1>{e(s.title)}</h1>\n<div class="article-meta">{info}</div>\n'
            f'<div class="article-body">\n{content}\n</div>\n{tail}</div>\n{comments}\n<div class="sidebar">{side}</div></div>\n'
            f'<div class="footer">&copy; 2026 {site}</div>\n</body></html>\n')


def ps(paras: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"<p>{e(p)}</p>" for p in paras)


# --- language chrome -----------------------------------------------------------------------------------------

RU_HEAD = ["скачать бесплатно без регистрации-казино вулкан официальный сайт-скачать бесплатно без регистрации-1xbet зеркало рабочее"]
RU_CRUMB = "Главная » Новости » Образование"
RU_INFO = ["09.02.2026 14:30 | Автор: Ирина Соколова | Просмотров: 1 245"]
RU_TAIL = ["Источник: Заречные вести", "Теги: школа, астрономия, Заречный", "Поделиться: ВКонтакте Одноклассники Telegram WhatsApp",
           "Комментарии (2)", "Олег_77 09.02.2026 в 16:02", "Молодцы ребята! Вот бы и у нас в районе так сделали.",
           "Наталья 09.02.2026 в 18:40", "Мой сын тоже ходит в этот кружок, очень доволен.", "Добавить комментарий",
           "© 2026 НовостиРегион. Все права защищены."]

JA_HEAD = ["スーパーコピー 時計 激安 通販-ブランド コピー 代引き 国内発送-スーパーコピー 時計 激安 通販-ロレックス スーパーコピー n級品"]
JA_CRUMB = "ホーム > ニュース > 地域 > 暮らし"
JA_INFO = ["2026年3月4日 10:15"]
JA_TAIL = ["出典：みなと新報", "この記事をシェアする", "ツイート シェア はてブ LINE", "関連記事", "・市民プールの営業時間を延長",
           "・駅前に観光案内所がオープン", "コメント（2）", "名無しさん 2026/03/04 12:01", "いい取り組みですね。応援しています。",
           "名無しさん 2026/03/04 13:45", "うちの近所にもできてほしい。", "Copyright (C) 2026 まとめニュース速報 All Rights Reserved."]

KO_HEAD = ["토토사이트 추천 먹튀검증-카지노사이트 바카라사이트-토토사이트 추천 먹튀검증-온라인카지노 가입머니"]
KO_CRUMB = "홈 > 뉴스 > 사회 > 지역"
KO_INFO = ["입력 2026.04.15 10:30 | 수정 2026.04.15 14:02", "김하늘 기자"]
KO_TAIL = ["김하늘 기자 sky@namhae.example.kr", "<저작권자 ⓒ 남해일보, 무단전재 및 재배포 금지>", "공유하기 카카오톡 페이스북 트위터 URL복사",
           "관련기사", "섬 주민 위한 이동 진료선 운항 시작", "댓글 2", "섬사람 2026-04-15 11:20", "이제야 섬에도 이런 서비스가 생기네요",
           "바다향기 2026-04-15 12:05", "태풍 올 때는 어떻게 하나요?", "Copyright ⓒ 2026 뉴스모아. All rights reserved."]

ES_HEAD = ["casino online bono sin depósito-tragamonedas gratis sin descargar-casino online bono sin depósito-apuestas deportivas hoy"]
ES_CRUMB = "Inicio » Noticias » Aragón » Cultura"
ES_INFO = ["Por Marta Lázaro | 02/05/2026 - 09:45"]
ES_TAIL = ["Fuente: Diario del Bajo Aragón", "Compartir: Facebook Twitter WhatsApp Email", "Etiquetas: patrimonio, Alcañiz, molinos",
           "Noticias relacionadas", "La ermita de San Miguel reabre tras su restauración", "2 comentarios",
           "Pedro G. 2 mayo, 2026 at 11:14", "¡Qué alegría verlo en marcha otra vez! Mi abuelo trabajó allí.", "Responder",
           "Deja una respuesta", "© 2026 NoticiasHoy24. Todos los derechos reservados."]

EN_HEAD = ["best online casino no deposit bonus-free spins no deposit-best online casino no deposit bonus-payday loans same day"]
EN_CRUMB = "Home » News » Local"
EN_INFO = ["By Daniel Pryce | June 11, 2026"]
EN_TAIL = ["Source: The Coastline Courier", "Share this:", "Facebook Twitter Email Print", "Like this:", "Like Loading...", "Related",
           "Harbor dredging to start in September", "3 thoughts on “Harbor town votes to turn old ferry terminal into a library”",
           "Marge T. June 11, 2026 at 3:12 pm", "Finally! That building deserves better than plywood.", "Reply",
           "Leave a Reply", "© 2026 Daily News Hub. All rights reserved."]

ZH_HEAD = ["久久久久久精品免费观看-国产精品99久久久-久久久久久精品免费观看-午夜福利在线观看免费"]
ZH_CRUMB = "当前位置 : 首页 > 资讯中心 > 社会民生"


def moji(text: str, wrong: str) -> str:
    """UTF-8 bytes of ``text`` read as ``wrong`` (undefined single bytes kept as C1 controls)."""
    single = wrong.startswith(("cp125", "koi8", "latin"))
    return text.encode("utf-8").decode(wrong, "a8_c1" if single else "strict")


def zw(text: str, every: int = 4) -> str:
    """A zero-width space inside every ``every``-th word of five letters or more (after its second letter)."""
    words = text.split(" ")
    return " ".join(w[:2] + "\u200b" + w[2:] if i % every == 1 and len(w) >= 5 else w for i, w in enumerate(words))


# --- intl: dumps and pages in other languages --------------------------------------------------------------------

def ru_cases() -> list[A8]:
    s = T.RU
    m = meta(s, "publisher", "author", "published")
    d = sdump(s, RU_HEAD, RU_CRUMB, RU_INFO, RU_TAIL, indent=NB * 4)
    koi = str.maketrans({"«": '"', "»": '"', "—": "-", "©": "(c)"})  # what a KOI8-R text export writes for marks it lacks
    c = [case("ru01_dump_cp1251_comments", "ru", enc(d, "cp1251"), "txt", s.title, body(s), meta=m),
         case("ru02_dump_koi8r_comments", "ru", d.translate(koi).encode("koi8_r"), "txt", s.title, body(s).translate(koi), meta=m)]
    html = portal(s, "ru", "windows-1251", '<a href="/">Главная</a> » <a href="/news/">Новости</a> » Образование',
                  '<span class="date">09.02.2026 14:30</span> <span class="author">Автор: Ирина Соколова</span> <span class="views">1 245</span>',
                  ps(s.paras) + '\n<p class="source">Источник: <a href="https://zarvesti.example.ru/">Заречные вести</a></p>',
                  tail='<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>'
                       '<div class="tags">Теги: <a href="/tag/1">школа</a>, <a href="/tag/2">астрономия</a></div>',
                  comments='<div class="comments"><h3>Комментарии (2)</h3><div class="comment"><b>Олег_77</b> <i>09.02.2026 в 16:02</i><p>Молодцы ребята! Вот бы и у нас в районе так сделали.</p></div>'
                           '<div class="comment"><b>Наталья</b> <i>09.02.2026 в 18:40</i><p>Мой сын тоже ходит в этот кружок, очень доволен.</p></div></div>',
                  side='<h4>Популярное</h4><ul><li><a href="/n/1">В Заречном отремонтируют мост</a></li><li><a href="/n/2">Каток откроют к выходным</a></li></ul>')
    c.append(case("ru03_page_koi8r_labelled_1251", "ru", html.encode("koi8_r", "xmlcharrefreplace"), "html", s.title, body(s), meta=m | {"mislabeled": True}))
    d2 = sdump(s, RU_HEAD, RU_CRUMB, RU_INFO, RU_TAIL, indent=NB * 4, title=moji(s.title, "cp1251"), paras=[zw(p) for p in s.paras])
    c.append(case("ru04_dump_title_moji_zerowidth", "ru", d2.encode(), "txt", s.title, body(s), meta=m))
    d3 = sdump(s, [], RU_CRUMB, RU_INFO, RU_TAIL, indent=NB * 4)
    c.append(case("ru06_dump_1251_spam_header_utf8", "ru", (RU_HEAD[0] + "\n\n").encode() + enc(d3, "cp1251"), "txt", s.title, body(s), meta=m))
    brs = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + e(p) + "<br>" for p in s.paras)
    html2 = portal(s, "ru", None, '<a href="/">Главная</a> » Новости', "09.02.2026 | Автор: Ирина Соколова",
                   f'<table width="100%"><tr><td class="text">{brs}<br>Источник: Заречные вести</td></tr></table>')
    c.append(case("ru05_page_1251_nolabel_br_td", "ru", enc(html2, "cp1251"), "html", s.title, body(s), meta=m))
    return c


def ja_cases() -> list[A8]:
    s = T.JA
    m = meta(s, "publisher", "published")
    d = sdump(s, JA_HEAD, JA_CRUMB, JA_INFO, JA_TAIL, indent="\u3000")
    c = [case("ja01_dump_sjis_comments", "ja", enc(d, "cp932"), "txt", s.title, body(s), meta=m),
         case("ja02_dump_eucjp_comments", "ja", enc(d, "euc_jp"), "txt", s.title, body(s), meta=m)]
    html = portal(s, "ja", "Shift_JIS", '<a href="/">ホーム</a> &gt; <a href="/news/">ニュース</a> &gt; 地域',
                  '<time>2026年3月4日 10:15</time>　<span class="src">みなと新報</span>', ps(s.paras),
                  tail='<div class="share"><a href="#">ツイート</a> <a href="#">シェア</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>'
                       '<div class="related"><h3>関連記事</h3><ul><li><a href="/a/1">市民プールの営業時間を延長</a></li><li><a href="/a/2">駅前に観光案内所がオープン</a></li></ul></div>',
                  comments='<div class="comments"><h3>コメント（1）</h3><div class="cmt"><span>名無しさん</span> <span>2026/03/04 12:01</span><p>いい取り組みですね。応援しています。</p></div></div>')
    c.append(case("ja03_page_eucjp_labelled_sjis", "ja", enc(html, "euc_jp"), "html", s.title, body(s), meta=m | {"mislabeled": True}))
    try:
        d2 = sdump(s, JA_HEAD, JA_CRUMB, JA_INFO, JA_TAIL, indent="\u3000", title=moji(s.title, "cp932"))
        c.append(case("ja04_dump_title_moji_cp932", "ja", d2.encode(), "txt", s.title, body(s), meta=m))
    except UnicodeDecodeError:
        pass
    # the farm's spam header injected in UTF-8 above an EUC-JP text
    d3 = sdump(s, [], JA_CRUMB, JA_INFO, JA_TAIL, indent="\u3000")
    c.append(case("ja04_dump_eucjp_spam_header_utf8", "ja", (JA_HEAD[0] + "\n\n").encode() + enc(d3, "euc_jp"), "txt", s.title, body(s), meta=m))
    s2 = _story(s, (1, "毎週水曜と土曜の夕方に", "毎週①水曜と②土曜の夕方（午後５時～７時）に"))
    html2 = portal(s2, "ja", "Shift_JIS", '<a href="/">ホーム</a> &gt; 地域', "2026年3月4日　みなと新報", ps(s2.paras))
    c.append(case("ja05_page_cp932_only_chars_sjis_label", "ja", enc(html2, "cp932"), "html", s2.title, body(s2), meta=m))
    return c


def ko_cases() -> list[A8]:
    s = T.KO
    m = meta(s, "publisher", "author", "published")
    d = sdump(s, KO_HEAD, KO_CRUMB, KO_INFO, KO_TAIL, indent=" ")
    c = [case("ko01_dump_cp949_comments", "ko", enc(d, "cp949"), "txt", s.title, body(s), meta=m)]
    html = portal(s, "ko", "utf-8", '<a href="/">홈</a> &gt; <a href="/news/">뉴스</a> &gt; 사회', '<span>입력 2026.04.15 10:30</span> <span>김하늘 기자</span>',
                  ps(s.paras) + '\n<p class="copy">&lt;저작권자 ⓒ 남해일보, 무단전재 및 재배포 금지&gt;</p>',
                  tail='<div class="share">공유하기 <a href="#">카카오톡</a> <a href="#">페이스북</a> <a href="#">트위터</a> <a href="#">URL복사</a></div>',
                  comments='<div class="reply"><h3>댓글 1</h3><div><b>섬사람</b> 2026-04-15 11:20<p>이제야 섬에도 이런 서비스가 생기네요</p></div></div>')
    c.append(case("ko02_page_cp949_labelled_utf8", "ko", enc(html, "cp949"), "html", s.title, body(s), meta=m | {"mislabeled": True}))
    cap = '<div class="photo"><img src="/p/drone.jpg"><br>▲ 섬마을 우체국 직원이 드론에 소포를 싣고 있다. 사진=남해일보</div>'
    brs = "<br><br>\n".join(e(p) for p in s.paras)
    html2 = portal(s, "ko", "euc-kr", '<a href="/">홈</a> &gt; 사회', '입력 2026.04.15 10:30 | 김하늘 기자',
                   f'<div id="article-view-content-div">{cap}\n{brs}<br><br>\n김하늘 기자 sky@namhae.example.kr<br><br>&lt;저작권자 ⓒ 남해일보, 무단전재 및 재배포 금지&gt;</div>')
    c.append(case("ko03_page_euckr_br_caption", "ko", enc(html2, "cp949"), "html", s.title, body(s), meta=m))
    return c


def es_cases() -> list[A8]:
    s = T.ES
    m = meta(s, "publisher", "author", "published")
    d = sdump(s, ES_HEAD, ES_CRUMB, ES_INFO, ES_TAIL, indent=NB * 2, title=moji(s.title, "cp1252"))
    c = [case("es01_dump_title_moji_cp1252", "es", d.encode(), "txt", s.title, body(s), meta=m)]
    html = portal(s, "es", "utf-8", '<a href="/">Inicio</a> » <a href="/noticias/">Noticias</a> » Cultura',
                  '<span class="autor">Por Marta Lázaro</span> | <time datetime="2026-05-02T09:45">02/05/2026 - 09:45</time>',
                  ps(s.paras) + '\n<p><em>Fuente: Diario del Bajo Aragón</em></p>',
                  tail='<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>',
                  comments='<div id="comments"><h3>2 comentarios</h3><div class="comment"><b>Pedro G.</b> 2 mayo, 2026 at 11:14<p>¡Qué alegría verlo en marcha otra vez! Mi abuelo trabajó allí.</p></div></div>')
    c.append(case("es02_page_cp1252_labelled_utf8", "es", enc(html, "cp1252"), "html", s.title, body(s), meta=m | {"mislabeled": True}))
    paras = list(s.paras)
    paras[1] = moji(moji(paras[1], "cp1252"), "cp1252")
    html2 = portal(s, "es", "utf-8", '<a href="/">Inicio</a> » Cultura', "Por Marta Lázaro | 02/05/2026", ps(paras))
    c.append(case("es03_page_one_para_double_moji", "es", html2.encode(), "html", s.title, body(s), meta=meta(s, "author", "published")))
    d2 = sdump(s, ES_HEAD, ES_CRUMB, ES_INFO, ES_TAIL, indent=NB * 2, paras=[zw(p, 3) for p in s.paras])
    c.append(case("es04_dump_cp1252_zerowidth", "es", enc(d2.replace("\u200b", "\u00ad"), "cp1252"), "txt", s.title, body(s), meta=m))
    return c


def en_cases() -> list[A8]:
    s = T.EN
    m = meta(s, "publisher", "author", "published")
    d = sdump(s, EN_HEAD, EN_CRUMB, EN_INFO, EN_TAIL, indent="")
    c = [case("en01_dump_whole_moji_cp1252", "en", moji(d, "cp1252").encode(), "txt", s.title, body(s), meta=m)]
    ads = list(s.paras)
    ads.insert(2, "Advertisement")
    ads.insert(4, "Continue reading below")
    d2 = sdump(s, EN_HEAD, EN_CRUMB, EN_INFO, EN_TAIL, indent=NB * 2, paras=[zw(p, 5).replace(" ", "\u202f", 1) if i % 2 else p for i, p in enumerate(ads)])
    c.append(case("en03_dump_cp1252_bytes", "en", enc(d, "cp1252"), "txt", s.title, body(s), meta=m))
    c.append(case("en02_dump_ads_odd_spaces", "en", d2.encode(), "txt", s.title, body(s), meta=m))
    return c


# --- zc: Chinese seed-style pages with several problems at once ---------------------------------------------------

def zc_cases() -> list[A8]:
    w, dat = T.ZH_WIRE, T.ZH_DATA
    c: list[A8] = []
    info = ["2026-03-18 09:12　来源：新华社"]
    tail = ["分享到：微信 微博 QQ空间", "网友评论", "游客 2026-03-18 10:05", "这个好，我家楼下也有一个。", "上一篇：春季招聘会本周末举行", "下一篇：城区新增三条公交线路",
            "责任编辑：admin"]

    def seed_dump(s: Story) -> str:
        return a14.dump(s, f=S2T, head=ZH_HEAD, crumb=[ZH_CRUMB], info=info, tail=tail)
    c.append(lost("zc01_dump_utf8_gloss_lostbyte_tail", w, 2, 1, seed_dump, out_codec="utf-8", group="zc", meta_=meta(w, "publisher", published="2026-03-18")))

    def farm_gbk(s: Story) -> str:
        return a14.farm_html(s, f=S2T, charset="utf-8", info="2026-03-18 09:12　来源：新华社")
    c.append(lost("zc02_page_gbk_labelled_utf8_gloss_lostbyte", w, 1, 0, farm_gbk, group="zc", meta_=meta(w, "publisher", mislabeled=True)))
    big5 = a14.farm_html(w, f=S2TW3, charset="gb2312", info="2026-03-18 09:12　來源：新華社", chrome=lambda x: a14.ob.convert(x, "s2tw"))
    c.append(case("zc03_page_big5_labelled_gb2312_s2tw_tone3", "zc", enc(big5, "big5"), "html", w.title, body(w), meta=meta(w, "publisher", mislabeled=True, script="simplified")))
    hk = a14.dump(w, f=S2HK, head=ZH_HEAD, crumb=[ZH_CRUMB], info=info, tail=tail)
    hk = re.sub("([\u4e00-\u9fff])([\u4e00-\u9fff])", lambda mm: mm.group(1) + ("\u200b" if (ord(mm.group(2)) % 7 == 0) else "") + mm.group(2), hk)
    c.append(case("zc04_dump_gb18030_s2hk_brackets_zw", "zc", enc(hk.replace("\u2003", "\u3000"), "gb18030"), "txt", w.title, body(w), meta=meta(w, "publisher", script="simplified")))
    d = a14.dump(dat, f=S2T, head=ZH_HEAD, crumb=[ZH_CRUMB], info=["2026-04-12 08:00　来源：江城日报"], tail=["（责任编辑：admin）"])
    c.append(case("zc05_dump_gloss_data_table_lines", "zc", d.encode(), "txt", dat.title, body(dat), meta=meta(dat, "publisher", "author", "published")))
    d = a14.dump(w, f=S2T, head=ZH_HEAD, crumb=[ZH_CRUMB], info=info, tail=tail, title=moji(w.title, "cp1252"))
    c.append(case("zc06_dump_title_moji_cp1252_body_gloss", "zc", d.encode(), "txt", w.title, body(w), meta=meta(w, "publisher")))
    d = a14.dump(w, f=S2T, head=[], crumb=[ZH_CRUMB], info=info, tail=tail)
    c.append(case("zc08_dump_gbk_spam_header_utf8", "zc", (ZH_HEAD[0] + "\n\n").encode() + enc(d, "gbk"), "txt", w.title, body(w), meta=meta(w, "publisher")))
    # Discuz! thread: the first post is the glossed traditional story, replies under it
    post = "<br />\r\n".join(S2T(p) for p in w.paras)
    thread = (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>{S2T(w.title)} - 社会新闻 - 江南论坛 - Powered by Discuz!</title></head>\n<body>\n'
              f'<div id="pt"><a href="./">江南论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">社会新闻</a> <em>&rsaquo;</em> {S2T(w.title)}</div>\n'
              f'<div id="postlist"><div id="post_1001"><table><tr><td class="pls"><div class="authi"><a href="space-uid-7.html">热心网友</a></div></td>'
              f'<td class="plc"><div class="pi"><strong>楼主</strong> 发表于 2026-3-18 09:30:12</div><h1><span id="thread_subject">{S2T(w.title)}</span></h1>'
              f'<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1001">\r\n{post}<br />\r\n</td></tr></table></div></td></tr></table></div>\n'
              f'<div id="post_1002"><table><tr><td class="pls"><a href="space-uid-9.html">小区业主</a></td><td class="plc"><div class="pi"><strong>沙发</strong> 发表于 2026-3-18 10:02:45</div>'
              f'<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1002">支持！我们小区也在建助餐点，希望早点开起来。</td></tr></table></div></td></tr></table></div></div>\n'
              f'<div id="ft">GMT+8, 2026-3-19 08:15 , Processed in 0.052301 second(s), 21 queries .</div>\n</body></html>\n')
    c.append(case("zc07_discuz_thread_gloss_gbk", "zc", enc(thread, "gbk"), "html", w.title, body(w), meta=meta(w, "publisher")))
    return c


# --- site: real-site templates ---------------------------------------------------------------------------------

def site_cases() -> list[A8]:
    c: list[A8] = []
    s = T.EN_LIST
    items = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in s.paras[2:5]) + "</ul>"
    rows = [["Neighborhood", "Pickup day", "First week"], ["North End", "Monday", "March 2"], ["Riverside", "Wednesday", "March 4"], ["Old Town", "Friday", "March 6"]]
    table = "<table><thead><tr>" + "".join(f"<th>{x}</th>" for x in rows[0]) + "</tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
    content = (f"<p>{e(s.paras[0])}</p>\n<p>{e(s.paras[1])}</p>\n{items}\n<p>{e(s.paras[5])}</p>\n<figure class=\"wp-block-table\">{table}</figure>\n<p>{e(s.paras[10])}</p>")
    wp = (f'<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8"><title>{e(s.title)} &#8211; Millbrook Ledger</title>'
          f'<meta property="og:site_name" content="Millbrook Ledger"><meta property="article:published_time" content="2026-02-20T07:00:00+00:00"></head>\n'
          f'<body class="post-template-default single single-post"><header id="masthead"><p class="site-title"><a href="/">Millbrook Ledger</a></p></header>\n'
          f'<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">{e(s.title)}</h1>'
          f'<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/koduya/">Karen Oduya</a></span> <time class="entry-date published" datetime="2026-02-20T07:00:00+00:00">February 20, 2026</time></div></header>\n'
          f'<div class="entry-content">\n{content}\n<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div></div>\n'
          f'</article><div id="comments"><h2>One thought on &ldquo;{e(s.title)}&rdquo;</h2><ol><li><cite>Bill R.</cite> <a href="#">February 20, 2026 at 9:01 am</a><p>Glass drop-off hours please?</p></li></ol></div></main>\n'
          f'<footer id="colophon">Proudly powered by WordPress</footer></body></html>\n')
    c.append(case("site01_wp_list_table", "site", wp.encode(), "html", s.title, body(s), meta=meta(s, "author", "published")))  # the site's own name is not a stated first publisher
    # br-only paragraphs in a WordPress classic post
    en = T.EN
    brs = "<br />\n<br />\n".join(e(p) for p in en.paras)
    wp2 = wp.replace(content, brs).replace(e(s.title), e(en.title)).replace("Millbrook Ledger", "The Coastline Courier").replace("Karen Oduya", "Daniel Pryce").replace("2026-02-20", "2026-06-11")
    c.append(case("site02_wp_br_only_paragraphs", "site", wp2.encode(), "html", en.title, body(en), meta=meta(en, "author", "published")))
    # an English article split over two pages: page 1 with a pager
    base = "https://www.coastlinecourier.example/2026/06/11/ferry-terminal-library"
    pager = f'<div class="page-links">Pages: <span class="current">1</span> <a href="{base}/2/">2</a> <a href="{base}/2/" class="next">Next &raquo;</a></div>'
    wp3 = wp2.replace(brs, ps(en.paras[:2]) + "\n" + pager)
    c.append(case("site03_wp_paged_first", "site", wp3.encode(), "html", en.title, body(en, list(en.paras[:2])), meta=meta(en, "author", "published", next_pages=[f"{base}/2/"])))
    # Chinese portal: a body table (GBK, no label), 责任编辑 under the body
    dat = T.ZH_DATA
    trs = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r.split(" ")) + "</tr>" for r in dat.paras[2:6])
    content = (f"<p>{dat.paras[0]}</p>\n<p>{dat.paras[1]}</p>\n<table border=\"1\" cellspacing=\"0\">{trs}</table>\n<p>{dat.paras[6]}</p>\n<p class=\"editor\">（责任编辑：王丽）</p>")
    html = dede_html(dat, charset=None, info="2026-04-12 08:00　来源：江城日报　作者：孙雅琴　点击：<script src=\"/plus/count.php?aid=88\"></script>", paras=[content])
    c.append(case("site04_dede_body_table_gbk_nolabel", "site", enc(html, "gbk"), "html", dat.title, body(dat), meta=meta(dat, "publisher", "author", "published")))
    # Chinese paged feature: page 1 of 2 with a DedeCMS pager inside the content
    p1 = T.ZH_PAGED1
    fbase = "http://www.hxrd.example.cn/news/gn/2026/0122/1234"
    pg = f'<div class="dede_pages"><ul class="pagelist"><li><a>共2页: </a></li><li><a href="#">上一页</a></li><li class="thisclass"><a href="#">1</a></li><li><a href="{fbase}_2.html">2</a></li><li><a href="{fbase}_2.html">下一页</a></li></ul></div>'
    html = dede_html(p1, charset="gbk", info="2026-01-22 07:30　来源：城南晚报　作者：陈晓雯", paras=[ps(p1.paras) + "\n" + pg])
    c.append(case("site05_dede_paged_first", "site", enc(html, "gbk"), "html", p1.title, body(p1), meta=meta(p1, "publisher", "author", "published", next_pages=[f"{fbase}_2.html"])))
    # old portal: <br>-only text with &nbsp; indents in a <td>, a photo with its caption inside, GBK no label
    tdb = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p + "<br>" for p in p1.paras)
    cap = '<div align="center"><img src="/uploads/0122.jpg" border="0"><br>图为周师傅正在修理一块老怀表。　陈晓雯　摄</div><br>'
    old = (f'<html><head><title>{p1.title}-城南在线</title></head><body><table width="960" align="center"><tr><td class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></td></tr>'
           f'<tr><td align="center"><font size="5"><b>{p1.title}</b></font></td></tr><tr><td align="center">2026年01月22日 07:30　来源：城南晚报　作者：陈晓雯</td></tr>'
           f'<tr><td class="content" style="font-size:14px;line-height:24px">{cap}\n{tdb}</td></tr>'
           f'<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
           f'<tr><td>版权所有 城南在线 Copyright &copy; 2003-2026</td></tr></table></body></html>')
    c.append(case("site06_old_portal_br_td_caption_gbk", "site", enc(old, "gbk"), "html", p1.title, body(p1), meta=meta(p1, "publisher", "author", "published")))
    # Spanish portal: figure + caption inside the body, an inline "Lee también" between paragraphs
    es = T.ES
    content = (f"<p>{e(es.paras[0])}</p>\n<figure><img src=\"/img/molino.jpg\"><figcaption>El molino, tras la restauración. Foto: Ayuntamiento de Alcañiz</figcaption></figure>\n"
               f"<p>{e(es.paras[1])}</p>\n<p><strong>Lee también:</strong> <a href=\"/cultura/ermita\">La ermita de San Miguel reabre tras su restauración</a></p>\n<p>{e(es.paras[2])}</p>")
    html = portal(es, "es", "utf-8", '<a href="/">Inicio</a> » Cultura', "Por Marta Lázaro | 02/05/2026 - 09:45 | Diario del Bajo Aragón", content, site="Diario del Bajo Aragón")
    c.append(case("site07_es_figure_inline_readalso", "site", html.encode(), "html", es.title, body(es), meta=meta(es, "author", "published")))
    return c


# --- ctl: controls --------------------------------------------------------------------------------------------------

def ctl_cases() -> list[A8]:
    c: list[A8] = []
    tw = T.TW
    html = a14.farm_html(tw, charset="big5", meta="http-equiv", info="2026/03/18 14:20　來源：中央社", chrome=lambda x: a14.ob.convert(x, "s2tw"))
    c.append(case("ctl01_tw_big5_page_stays_traditional", "ctl", enc(html, "big5"), "html", tw.title, body(tw), meta=meta(tw, "publisher", script="traditional")))
    cap = '<figure><img src="/img/trail.jpg"><figcaption>花蓮海岸步道重新開放。（圖／花蓮縣政府提供）</figcaption></figure>'
    html = portal(tw, "zh-TW", "utf-8", '<a href="/">首頁</a> &gt; <a href="/local/">地方</a>', "2026/03/18 14:20　中央社", cap + "\n" + ps(tw.paras),
                  tail='<div class="share">分享：<a href="#">Facebook</a> <a href="#">LINE</a></div>', site="地方新聞網")
    c.append(case("ctl02_tw_portal_caption", "ctl", html.encode(), "html", tw.title, body(tw), meta=meta(tw, "publisher", script="traditional")))
    ru = T.RU
    c.append(case("ctl03_ru_clean_page_rzd", "ctl", portal(ru, "ru", "utf-8", "Главная » Новости", "09.02.2026 | Ирина Соколова", ps(ru.paras), site="Заречные вести").encode(),
                  "html", ru.title, body(ru), meta=meta(ru, "author", "published")))
    en = _story(T.EN, (3, "Town manager Rosa Whitcomb", "Town manager Zoë Łukasiewicz-Araújo"), (2, "in 2023.", "in 2023 (the “São João” route)."))
    c.append(case("ctl04_en_clean_names", "ctl", portal(en, "en", "utf-8", "Home » Local", "By Daniel Pryce | June 11, 2026", ps(en.paras), site="The Coastline Courier").encode(),
                  "html", en.title, body(en), meta=meta(en, "author", "published")))
    w = T.ZH_WIRE
    c.append(case("ctl05_zh_clean_gbk_labelled", "ctl", enc(dede_html(w, charset="gbk", info="2026-03-18 09:12　来源：新华社"), "gbk"), "html", w.title, body(w),
                  meta=meta(w, "publisher", mislabeled=False, script="simplified")))
    ko = T.KO
    c.append(case("ctl06_ko_clean_utf8", "ctl", portal(ko, "ko", "utf-8", "홈 &gt; 사회", "입력 2026.04.15 10:30 | 김하늘 기자", ps(ko.paras), site="남해일보").encode(),
                  "html", ko.title, body(ko), meta=meta(ko, "author", "published")))
    ja = T.JA
    c.append(case("ctl07_ja_clean_dump_utf8", "ctl", sdump(ja, [], "ホーム > 地域", JA_INFO, ["出典：みなと新報"], indent="\u3000").lstrip("\n").encode(), "txt", ja.title, body(ja), meta=meta(ja, "publisher", "published")))
    return c


def build_all() -> list[A8]:
    return [*ru_cases(), *ja_cases(), *ko_cases(), *es_cases(), *en_cases(), *zc_cases(), *site_cases(), *ctl_cases()]


if __name__ == "__main__":
    for a in build_all():
        print(a.case.name, a.case.group, list(a.case.files))
