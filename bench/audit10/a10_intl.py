# ruff: noqa: E501
"""Audit10 templates in other languages: German and French regional papers, a Brazilian city portal,
a Vietnamese news site, a Korean portal copy, a Russian regional site, Japanese blogs (FC2, Hatena)."""

from __future__ import annotations

from html import escape as e

from a10_texts import Story


def ps(paras: tuple[str, ...] | list[str], attrs: str = "") -> str:
    return "".join(f"<p{attrs}>{e(p)}</p>\n" for p in paras)


def doc(title: str, body: str, lang: str, charset: str | None = "utf-8", head: str = "") -> str:
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f'<!DOCTYPE html>\n<html lang="{lang}"><head>{cs}<title>{e(title)}</title>{head}</head>\n<body>\n{body}\n</body></html>\n'


def de_regional(s: Story, charset: str | None = "utf-8") -> str:
    p = list(s.paras)
    inner = (ps(p[:2]) + '<div class="ad-container"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-1"></div></div>'
             + '<p class="lesen-sie-auch"><strong>Lesen Sie auch:</strong> <a href="/bremen/stadtteile/parkhaus-am-markt-wird-saniert-doc7abc">Parkhaus am Markt wird saniert</a></p>'
             + ps(p[2:]))
    body = ('<header class="site-header"><a class="logo">Weser-Bote</a><nav><a>Bremen</a><a>Region</a><a>Sport</a><a>Kultur</a><a>E-Paper</a></nav></header>'
            f'<main><article><div class="kicker">Verkehr</div><h1>{e(s.title)}</h1>'
            f'<div class="article-meta"><span class="author">Von {e(s.author or "")}</span> <time datetime="{s.date}T18:32:00+01:00">19.11.2026, 18:32 Uhr</time></div>'
            f'<div class="article-body">{inner}</div>'
            '<div class="paywall-hint">Weiterlesen mit Weser-Bote+ – jetzt 4 Wochen für 0,99 € testen</div></article>'
            '<section class="mehr-zum-thema"><h2>Mehr zum Thema</h2><ul><li><a>Radentscheid sammelt 20.000 Unterschriften</a></li><li><a>Neue Fahrradstraße in der Neustadt</a></li></ul></section></main>'
            '<footer><a>Impressum</a> <a>Datenschutz</a> <a>Cookie-Einstellungen</a> © Weser-Bote 2026</footer>')
    return doc(f"{s.title} | Weser-Bote", body, "de", charset)


def fr_regional(s: Story, charset: str | None = "utf-8") -> str:
    p = list(s.paras)
    inner = ps(p[:2]) + '<p class="lire-aussi"><strong>Lire aussi :</strong> <a>Commerces de proximité : ces villages qui résistent</a></p>' + ps(p[2:])
    body = ('<header><a class="logo">L’Écho de l’Ouest</a><nav><a>Bretagne</a><a>Rennes</a><a>Sports</a><a>Faits divers</a></nav></header>'
            f'<article><p class="fil-ariane"><a>Accueil</a> › <a>Bretagne</a> › <a>Saint-Méen</a></p><h1>{e(s.title)}</h1>'
            f'<div class="signature"><span class="auteur">{e(s.author or "")}</span><time datetime="{s.date}T11:05">Publié le 17/11/2026 à 11h05</time></div>'
            f'<div class="article-texte">{inner}</div>'
            '<div class="abonnement"><p>Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois.</p></div></article>'
            '<footer><a>Mentions légales</a> · <a>Gérer mes cookies</a> · © L’Écho de l’Ouest</footer>')
    return doc(f"{s.title} | L’Écho de l’Ouest", body, "fr", charset)


def br_portal(s: Story, charset: str | None = "utf-8") -> str:
    p = list(s.paras)
    inner = (ps(p[:1]) + '<p><strong>Leia também:</strong> <a>Prefeitura anuncia novo calendário de feiras</a></p>' + ps(p[1:])
             + '<p class="whatsapp">📲 Siga o canal do Jornal da Serra no WhatsApp</p>')
    body = ('<header><a class="logo">Jornal da Serra</a><nav><a>Cidades</a><a>Política</a><a>Esportes</a><a>Classificados</a></nav></header>'
            f'<div class="materia"><span class="editoria">Cidades</span><h1 class="titulo">{e(s.title)}</h1>'
            f'<p class="autor">Por {e(s.author or "")}, Jornal da Serra</p><p class="data">21/11/2026 às 10h40 - Atualizado há 2 horas</p>'
            f'<div class="texto">{inner}</div></div>'
            '<div class="comentarios"><h3>Comentários</h3><p>Os comentários são de responsabilidade exclusiva de seus autores.</p></div>'
            '<footer>© Copyright 2026 Jornal da Serra. Todos os direitos reservados.</footer>')
    return doc(f"{s.title} | Jornal da Serra", body, "pt-BR", charset)


NORMAL = ' class="Normal"'


def vn_news(s: Story) -> str:
    p = list(s.paras)
    body = ('<header><a class="logo">Báo Phố Thị</a><nav><a>Thời sự</a><a>Kinh doanh</a><a>Giao thông</a></nav></header>'
            '<section class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a>Thời sự</a></li><li><a>Giao thông</a></li></ul>'
            '<span class="date">Thứ hai, 24/11/2026, 08:30 (GMT+7)</span></div>'
            f'<h1 class="title-detail">{e(s.title)}</h1><p class="description">{e(p[0])}</p>'
            '<article class="fck_detail">' + ps(p[1:], NORMAL) +
            f'<p class="Normal" style="text-align:right;"><strong>{e(s.author or "")}</strong></p></article>'
            '<div class="box-tinlienquan"><h3>Xem thêm</h3><ul><li><a>Giá vé buýt điện có thể giảm vào năm sau</a></li><li><a>Sân bay mở thêm làn đón khách</a></li></ul></div></section>'
            '<footer>© Copyright 2026 Báo Phố Thị. Toàn bộ bản quyền thuộc Báo Phố Thị.</footer>')
    return doc(f"{s.title} - Báo Phố Thị", body, "vi")


def kr_portal(s: Story, charset: str = "utf-8") -> str:
    p = list(s.paras)
    body = ('<div class="head_view"><h3 class="tit_view">' + e(s.title) + '</h3>'
            f'<span class="info_view"><span class="txt_info">{e(s.author or "")} 기자</span><span class="txt_info">입력 2026. 11. 25. 10:12</span></span></div>'
            '<div class="news_view"><div class="article_view"><section>'
            + "".join(f'<p dmcf-ptype="general">{e(x)}</p>' for x in p)
            + f'<p dmcf-ptype="general">{e(s.author or "")} 기자 seojun@example.co.kr</p>'
            '</section></div><p class="txt_copyright">저작권자 ⓒ 경제타임즈. 무단전재 및 재배포 금지</p></div>'
            '<div class="foot_view"><h4>이 시각 많이 본 뉴스</h4><ul><li><a>김장철 배춧값 안정세</a></li><li><a>수능 이후 입시 일정 총정리</a></li></ul></div>')
    return doc(f"{s.title} | 다음뉴스", body, "ko", charset)


def ru_regional(s: Story, charset: str = "windows-1251") -> str:
    p = list(s.paras)
    inner = (ps(p[:1]) + '<div class="photo"><img src="/i/1.jpg"><p class="photo-caption">Фото: пресс-служба администрации</p></div>'
             + '<p class="read-also">Читайте также: <a>В Тюмени отремонтируют ещё три школы</a></p>' + ps(p[1:])
             + '<div class="tg-promo">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости</div>')
    body = ('<div class="header"><a class="logo">Тюменский вестник</a><div class="menu"><a>Новости</a><a>Происшествия</a><a>Спорт</a><a>Афиша</a></div></div>'
            f'<div class="news-item"><h1>{e(s.title)}</h1><div class="news-date">26 ноября 2026, 14:05</div>'
            f'<div class="author">Автор: {e(s.author or "")}</div><div class="news-text">{inner}</div></div>'
            '<div class="footer">© 2026 «Тюменский вестник». При использовании материалов ссылка обязательна. 16+</div>')
    return doc(f"{s.title} — Тюменский вестник", body, "ru", charset)


def fc2_blog(s: Story, charset: str = "EUC-JP") -> str:
    txt = "<br><br>".join(e(p) for p in s.paras)
    body = ('<div id="header"><h1><a>ゆるり日記</a></h1><p>毎日のちいさなできごと</p></div>'
            '<div class="entry"><div class="entry_date">2026-11-23</div>'
            f'<h2 class="entry_header">{e(s.title)}</h2><div class="entry_body">{txt}<br><br></div>'
            '<div class="entry_footer">テーマ：日記 - ジャンル：日記<br>日記 | コメント(3) | トラックバック(0) | 2026/11/23 21:14 <a>拍手する</a></div></div>'
            '<div class="sidebar"><h3>プロフィール</h3><p>みどり</p><h3>最新記事</h3><ul><li><a>紅葉を見に行きました</a></li><li><a>今年初めての鍋</a></li></ul></div>'
            '<div class="footer">Powered by FC2ブログ Copyright ©ゆるり日記 All Rights Reserved.</div>')
    return doc(f"{s.title} - ゆるり日記", body, "ja", charset)


def hatena(s: Story) -> str:
    body = ('<header id="blog-title"><h1><a>週末ごはん帖</a></h1></header>'
            f'<article class="entry"><header class="entry-header"><time datetime="{s.date}">2026-11-23</time><h1 class="entry-title"><a>{e(s.title)}</a></h1></header>'
            f'<div class="entry-content hatenablog-entry">{ps(s.paras)}</div>'
            '<footer class="entry-footer"><div class="social-buttons"><a>はてなブックマーク</a><a>Tweet</a></div>'
            '<p class="entry-footer-section">midori-gohan <a>3日前</a></p><p><a>コメントを書く</a></p></footer></article>'
            '<aside class="sidebar"><div class="hatena-module"><p>広告を非表示にする</p></div></aside>')
    return doc(f"{s.title} - 週末ごはん帖", body, "ja")
