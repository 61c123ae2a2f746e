# ruff: noqa: E501
"""Japanese, Korean, Russian, Portuguese/Spanish and English templates audits 4 and 5 did not
cover, reproduced in structure from the real sites; every text in them is invented."""

from __future__ import annotations

import json
from html import escape as e

from a5_sites_zh import doc
from articles import Article


def _p(paras: tuple[str, ...] | list[str], attrs: str = "") -> str:
    return "\n".join(f"<p{attrs}>{e(p)}</p>" for p in paras)


def ld(a: Article, iso: str, publisher: str | None = None, kind: str = "NewsArticle") -> str:
    d: dict[str, object] = {"@context": "https://schema.org", "@type": kind, "headline": a.title, "datePublished": iso}
    if a.author:
        d["author"] = {"@type": "Person", "name": a.author}
    if publisher:
        d["publisher"] = {"@type": "Organization", "name": publisher}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


# --- Japanese ------------------------------------------------------------------------------------
def yahoo_jp(a: Article) -> str:
    """news.yahoo.co.jp/articles/…: hashed sc- classes, one <p> of <br><br>-joined paragraphs,
    the source's name and 最終更新, 【関連記事】 links, 記事に関する報告, コメント count, ranking."""
    text = "<br><br>".join(e(p) for p in a.paras)
    body = f'''<header id="ynHeader"><nav><a>トップ</a> <a>速報</a> <a>ライブ</a> <a>エキスパート</a></nav></header>
<div id="contentsWrap"><article id="uamods" class="sc-bZkfAO"><header class="sc-cCsOjp"><h1 class="sc-gsnTZi">{e(a.title)}</h1>
<div class="sc-jSMfEi"><p class="sc-cxabCf"><time>10/20(火) 18:32</time>配信</p></div><div class="sc-hKMtZM"><a>コメント12件</a></div></header>
<div class="article_body highLightSearchTarget"><div class="sc-iqcoie"><p class="sc-crXcEl highLightSearchTarget">{text}</p></div></div>
<footer class="sc-kDDrLX"><p class="sc-bjUoiL"><a href="https://news.yahoo.co.jp/media/hokuriku">{e(a.publisher or "")}</a></p><p>最終更新:10/20(火) 19:05</p>
<div class="sc-related"><p>【関連記事】</p><ul><li><a>稲刈り体験に小学生５０人</a></li><li><a>県産米の新品種、来年デビューへ</a></li></ul></div>
<div class="sc-report"><a>記事に関する報告</a></div></footer></article>
<div id="accessRanking"><h2>アクセスランキング</h2><ol><li><a>初雪の便り、平年より早く</a></li><li><a>高速道路で渋滞２０キロ</a></li></ol></div></div>'''
    return doc(f"{a.title}（{a.publisher}） - Yahoo!ニュース", body, lang="ja", head=ld(a, "2026-10-20T18:32:00+09:00", a.publisher))


def livedoor(a: Article) -> str:
    """news.livedoor.com/article/detail/…: .articleHead h1.articleTtl, .articleInfo time + vendor,
    .articleBody span[itemprop=articleBody] with an ad inside, 記事を読む, 関連記事, ライブドアニュースを読もう！"""
    paras = list(a.paras)
    body = f'''<div id="header"><a href="/">livedoor ニュース</a><ul class="globalNav"><li><a>トップ</a></li><li><a>国内</a></li><li><a>海外</a></li></ul></div>
<div id="main"><div class="articleHead"><h1 class="articleTtl">{e(a.title)}</h1><div class="articleInfo"><time datetime="2026-10-19T07:00:00+09:00">2026年10月19日 7時0分</time><span class="vender"><a href="/article/vender/douou/">{e(a.publisher or "")}</a></span></div></div>
<div class="articleBody"><span itemprop="articleBody">{_p(paras[:2])}
<div class="adArticle"><span>広告</span><div id="ad-inread"></div></div>
{_p(paras[2:])}</span></div>
<p class="articleMore"><a href="https://douou.example.jp/1">記事を読む</a></p>
<div class="articleShare"><a>ツイート</a> <a>シェア</a> <a>LINEで送る</a></div>
<div class="relatedArticle"><h2>関連記事</h2><ul><li><a>市電の深夜運行を試験実施</a></li><li><a>大学図書館を市民に開放</a></li></ul></div>
<div class="appBanner">ライブドアニュースを読もう！</div></div>'''
    return doc(f"{a.title} - ライブドアニュース", body, lang="ja")


def mainichi(a: Article) -> str:
    """mainichi.jp/articles/…: h1.title-page, date line with 最終更新, .articledetail-body
    paragraphs ending with the reporter's name in brackets 【X】, 関連記事, 有料記事 teaser below."""
    name = (a.author or "").replace(" ", "")
    body = f'''<header class="header"><nav class="gnav"><a>速報</a> <a>社会</a> <a>政治</a> <a>経済</a></nav></header>
<main><div class="main-contents"><h1 class="title-page">{e(a.title)}</h1><div class="articletag"><span class="articletag-type">社会</span></div>
<p class="articletag-date">2026/10/19 07:00（最終更新 10/19 09:15）<span class="articletag-count">593文字</span></p>
<div class="sns-bnr"><a>Xでシェア</a><a>Facebookでシェア</a><a>はてなブックマーク</a></div>
<section id="articledetail-body" class="articledetail-body">{_p(a.paras)}
<p>【{e(name)}】</p></section>
<div class="articlelinks"><h2>関連記事</h2><ul><li><a>市立図書館、電子書籍の貸し出し開始</a></li></ul></div></div></main>'''
    return doc(f"{a.title} | 毎日新聞", body, lang="ja", head=ld(a, "2026-10-19T07:00:00+09:00", "毎日新聞"))


def nhk_easy(a: Article, words: tuple[str, ...]) -> str:
    """NHK NEWS WEB EASY: every listed kanji word in <ruby> with its reading in <rt>; the readings
    are a reading aid, not the text."""
    paras = _p(a.paras)
    for w in words:
        paras = paras.replace(w, f"<ruby>{w}<rt>{'よみ' * len(w)}</rt></ruby>")
    body = f'''<header class="easy-header"><a href="/news/easy/">NEWS WEB EASY</a><nav><a>ニュース</a> <a>ことば</a></nav></header>
<main><article class="article-main"><h1 class="article-main__title">{e(a.title)}</h1><p class="article-main__date">[10月19日 16時00分]</p>
<div class="article-main__body article-body" id="js-article-body">{paras}</div>
<div class="article-main__audio"><button>ニュースを聞く</button></div><div class="article-main__toggle"><span>漢字の読み方を表示する</span></div></article></main>'''
    return doc(f"{a.title} | NHK NEWS WEB EASY", body, lang="ja", head=ld(a, "2026-10-19T16:00:00+09:00", "NHK"))


def ameblo(a: Article) -> str:
    """An Ameba blog entry copying the article: skin-entryBody of <br>-joined lines, テーマ, いいね!,
    コメント, リブログ, the blogger's profile box."""
    text = "<br><br>".join(e(p) for p in a.paras)
    body = f'''<div class="skin-blogHeader"><h2 class="skin-blogTitle"><a>田んぼ日記</a></h2><p class="skin-blogDescription">米農家の毎日</p></div>
<div class="skin-blogBody"><article class="skin-entry"><h1 class="skin-entryTitle"><a href="https://ameblo.jp/tanbo/entry-1.html">{e(a.title)}</a></h1>
<p class="skin-entryPubdate"><time datetime="2026-10-20">2026-10-20 21:14:06</time></p><p class="skin-entryThemes">テーマ：<a>ブログ</a></p>
<div data-uranus-component="entryBody" id="entryBody" class="skin-entryBody">{text}<br><br>（{e(a.publisher or "")}より）</div>
<div class="skin-entryFoot"><span class="skin-reactionButton">いいね！</span><a>コメント(3)</a><a>リブログ(1)</a></div></article>
<div class="skin-blogSubB"><div class="skin-profile"><h3>プロフィール</h3><p>富山で米を作っています。</p><a>フォロー</a></div></div></div>'''
    return doc(f"{a.title}｜田んぼ日記", body, lang="ja")


# --- Korean --------------------------------------------------------------------------------------
def yonhap(a: Article) -> str:
    """www.yna.co.kr/view/…: h1.tit, p.update-time 송고 date, article.story-news with <p>s, the
    reporter's e-mail in the last <p>, p.txt-copyright, 제보 line, 관련 뉴스 list."""
    body = f'''<header id="header"><nav class="gnb"><a>정치</a> <a>북한</a> <a>경제</a> <a>사회</a> <a>전국</a></nav></header>
<div class="container"><div class="title-article01"><h1 class="tit">{e(a.title)}</h1><p class="update-time" data-published-time="2026-10-21 09:30">송고2026-10-21 09:30</p></div>
<div class="writer-zone01"><strong class="tit-name"><a>{e(a.author or "")}</a> 기자</strong></div>
<div class="share-wrap"><button>공유</button><button>댓글</button><button>글자크기조정</button><button>인쇄</button></div>
<article class="story-news article">{_p(a.paras)}
<p>kmj@yna.co.kr</p>
<p class="txt-copyright adrs">제보는 카카오톡 okjebo<br>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;<br>2026/10/21 09:30 송고</p></article>
<div class="keyword-zone"><ul><li><a>#부산항</a></li><li><a>#물동량</a></li></ul></div>
<aside class="related-zone"><h2 class="title-type01">관련 뉴스</h2><ul><li><a>인천항 물동량도 증가세</a></li></ul></aside></div>'''
    return doc(f"{a.title} | 연합뉴스", body, lang="ko")


def naver(a: Article) -> str:
    """n.news.naver.com/article/…: h2#title_area, the datestamp span with data-date-time, article
    #dic_area of <br><br>-joined text with a photo and its em.img_desc caption, the byline box,
    copyright line, reactions and 기자 구독."""
    paras = list(a.paras)
    text = "<br><br>".join(e(p) for p in paras[:2]) + '<br><br><span class="end_photo_org"><div class="nbd_im_w"><img src="https://imgnews.pstatic.net/1.jpg"></div><em class="img_desc">부산항 신선대부두 [연합뉴스 자료사진]</em></span><br><br>' + "<br><br>".join(e(p) for p in paras[2:]) + "<br><br>kmj@yna.co.kr"
    body = f'''<div id="ct_wrap"><div class="media_end_head go_trans"><div class="media_end_head_top"><a class="media_end_head_top_logo"><img alt="연합뉴스"></a></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{e(a.title)}</span></h2></div>
<div class="media_end_head_info nv_notrans"><div class="media_end_head_journalist"><em class="media_end_head_journalist_name">{e(a.author or "")} 기자</em></div>
<div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-10-21 09:30:12">2026.10.21. 오전 9:30</span></div></div>
<div class="media_end_head_info_variety"><span>댓글</span><span>본문 요약봇</span><span>공유하기</span></div></div></div>
<div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">{text}</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">{e(a.author or "")} 기자(kmj@yna.co.kr)</span></p></div>
<div class="copyright"><p class="c_text">Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 및 재배포 금지.</p></div>
<div class="media_end_linked_journalist"><a>기자 프로필</a> <button>구독</button> <span>구독자 1,204</span></div>
<div class="media_end_head_reaction"><span>좋아요</span><span>훈훈해요</span><span>슬퍼요</span><span>화나요</span><span>후속기사 원해요</span></div></div>'''
    return doc(a.title, body, lang="ko", head='<meta property="og:article:author" content="연합뉴스 | 네이버" />')


def ndsoft(a: Article) -> str:
    """A Korean local paper on the ndsoft CMS: .article-head-title, ul.infomation (기자명, 입력),
    article#article-view-content-div with a figure, .view-copyright, 다른기사 보기, 관련기사."""
    paras = list(a.paras)
    body = f'''<header class="header"><nav class="nav"><a>뉴스</a> <a>교육</a> <a>사회</a> <a>오피니언</a></nav></header>
<section class="article-view-header"><h3 class="heading">교육</h3><div class="article-head-title">{e(a.title)}</div>
<ul class="infomation"><li><i class="icon-user"></i> 기자명 {e(a.author or "")} 기자</li><li><i class="icon-clock-o"></i> 입력 2026.10.20 14:05</li><li><i class="icon-comment"></i> 댓글 0</li></ul></section>
<article id="article-view-content-div" class="article-veiw-body view-page font-size17">{_p(paras[:1])}
<figure class="photo-layout image photo-center"><img src="/news/photo/1.jpg"><figcaption>농촌유학에 참가한 학생들이 텃밭을 가꾸고 있다. [전라남도교육청 제공]</figcaption></figure>
{_p(paras[1:])}</article>
<div class="view-copyright">저작권자 © {e(a.publisher or "")} 무단전재 및 재배포 금지</div>
<div class="view-editors"><strong>{e(a.author or "")} 기자</strong> <a>다른기사 보기</a></div>
<section class="article-relation"><h4>관련기사</h4><ul><li><a>작은학교 살리기 예산 늘린다</a></li></ul></section>'''
    return doc(f"{a.title} - {a.publisher}", body, lang="ko")


def tistory(a: Article) -> str:
    """A Tistory blog copy: .tt_article_useless_p_margin body, 공감/구독하기, 태그, 카테고리의 다른 글."""
    body = f'''<div id="header"><h1><a href="/">소소한 교육 이야기</a></h1></div>
<div class="area_title"><h2 class="title_post">{e(a.title)}</h2><span class="info_post">교육 소식 · 2026. 10. 20. 22:10</span></div>
<div class="area_view"><div class="tt_article_useless_p_margin contents_style">{_p(a.paras)}
<p>출처: {e(a.publisher or "")}</p></div></div>
<div class="container_postbtn"><div class="postbtn_like"><button>공감</button><span>3</span></div><button class="btn_subscription">구독하기</button></div>
<div class="area_tag"><strong>태그</strong> <a>농촌유학</a>, <a>전남교육청</a></div>
<div class="area_related"><h3>'교육 소식' 카테고리의 다른 글</h3><ul><li><a>학교 급식 단가 인상</a></li><li><a>돌봄교실 확대</a></li></ul></div>'''
    return doc(f"{a.title}", body, lang="ko")


# --- Russian -------------------------------------------------------------------------------------
def rbc(a: Article) -> str:
    """www.rbc.ru/…: h1.article__header__title-in, time, .article__text with the overview lead, an
    inline promo (Читайте РБК в Telegram), author block, tags."""
    paras = list(a.paras)
    body = f'''<div class="topline"><a>РБК</a> <a>Экономика</a> <a>Политика</a> <a>Бизнес</a></div>
<div class="article js-rbcslider-article"><div class="article__header"><h1 class="article__header__title-in js-slide-title">{e(a.title)}</h1>
<div class="article__header__info-block"><span class="article__header__date"><time datetime="2026-10-21T10:15:00+03:00">21 окт, 10:15</time></span><span class="article__header__counter">2 418</span></div></div>
<div class="article__text article__text_free">{_p(paras[:2])}
<div class="article__inline-item"><a href="https://t.me/rbc_news">Читайте РБК в Telegram</a></div>
{_p(paras[2:])}</div>
<div class="article__authors"><span class="article__authors__author"><span class="article__authors__author__name">{e(a.author or "")}</span></span></div>
<div class="article__tags"><span class="article__tags__title">Теги</span><a>Экспорт</a><a>Зерно</a></div></div>'''
    return doc(f"{a.title} — РБК", body, lang="ru")


def kommersant(a: Article) -> str:
    """www.kommersant.ru/doc/…: h1.doc_header__name, time.doc_header__publish_time, .doc__body of
    p.doc__text, the authors' line p.document_authors, the paper's issue line, 'Читайте также'."""
    body = f'''<nav class="main_nav"><a>Политика</a> <a>Экономика</a> <a>Культура</a></nav>
<article class="doc"><header class="doc_header"><h1 class="doc_header__name js-search-mark">{e(a.title)}</h1>
<p class="doc_header__time"><time class="doc_header__publish_time" datetime="2026-10-20T21:40:00+03:00">20.10.2026, 21:40</time></p></header>
<div class="doc__body article_text_wrapper">{_p(a.paras, ' class="doc__text"')}
<p class="doc__text document_authors">{e(a.author or "")}, Томск</p></div>
<div class="doc_footer"><div class="doc_footer__item">Газета «Коммерсантъ» №193 от 21.10.2026, стр. 11</div></div>
<div class="doc_related"><h3>Читайте также</h3><ul><li><a>В Новосибирске открылся новый театр</a></li></ul></div></article>'''
    return doc(f"{a.title} – Коммерсантъ", body, lang="ru")


def dle(a: Article) -> str:
    """A DataLife Engine farm (cp1251): .speedbar crumb, .fstory h1.title, story-info line
    (Автор: admin | date | Просмотров), .full-story of <br><br>, Похожие новости, rating, guest notices."""
    text = "<br><br>".join(e(p) for p in a.paras)
    body = f'''<div class="header"><a href="/">Новостной портал</a><ul class="topmenu"><li><a>Главная</a></li><li><a>Экономика</a></li><li><a>Общество</a></li></ul></div>
<div class="speedbar"><span id="dle-speedbar"><a href="/">Главная</a> &raquo; <a href="/ekonomika/">Экономика</a> &raquo; {e(a.title)}</span></div>
<div class="fstory"><h1 class="title">{e(a.title)}</h1><div class="story-info">Автор: <a href="/user/admin/">admin</a> | 21-10-2026, 10:40 | Просмотров: 1 234 | Комментарии: 0</div>
<div class="full-story"><div id="news-id-5521" style="display:inline;">{text}</div></div>
<div class="ratebox"><ul class="unit-rating"><li class="current-rating">80</li></ul></div>
<div class="related-news"><h3>Похожие новости:</h3><ul><li><a href="/1.html">Урожай пшеницы на Кубани превысил прогноз</a></li><li><a href="/2.html">Ставки фрахта снизились третий месяц подряд</a></li></ul></div></div>
<div class="berrors">Уважаемый посетитель, Вы зашли на сайт как незарегистрированный пользователь. Мы рекомендуем Вам зарегистрироваться либо войти на сайт под своим именем.</div>
<div class="berrors">Информация: Посетители, находящиеся в группе Гости, не могут оставлять комментарии к данной публикации.</div>
<div class="footer">Копирование материалов разрешено только при наличии активной ссылки на источник.</div>'''
    return doc(f"{a.title} » Новостной портал", body, "windows-1251", lang="ru")


# --- Portuguese / Spanish ------------------------------------------------------------------------
def folha(a: Article, subtitle: str) -> str:
    """www1.folha.uol.com.br/…: h1.c-content-head__title, h2 subtitle, c-signature author and
    location, time, .c-news__body with a 'Leia também' aside inside, the paywall promo below."""
    paras = list(a.paras)
    body = f'''<header class="l-header"><nav><a>Poder</a> <a>Mercado</a> <a>Cotidiano</a> <a>Esporte</a></nav></header>
<main><article class="c-news"><header class="c-content-head"><h1 class="c-content-head__title">{e(a.title)}</h1><h2 class="c-content-head__subtitle">{e(subtitle)}</h2></header>
<div class="c-news__head"><div class="c-signature"><strong class="c-signature__author"><a href="/autores/mariana-lopes.shtml">{e(a.author or "")}</a></strong><p class="c-signature__location">Curitiba</p></div>
<time class="c-more-options__published-date" datetime="2026-10-20 14:32:00">20.out.2026 às 14h32</time><div class="c-tools-share"><a>Compartilhe</a> <a>Salvar artigos</a></div></div>
<div class="c-news__body" data-news-content-text>{_p(paras[:2])}
<aside class="c-read-more"><span class="c-read-more__title">Leia também</span><ul><li><a>Ônibus elétricos chegam a mais três linhas</a></li></ul></aside>
{_p(paras[2:])}</div>
<div class="c-paywall-banner">Assine a Folha: notícias com credibilidade por R$ 1,90 no primeiro mês</div></article></main>'''
    return doc(f"{a.title} - 20/10/2026 - Cotidiano - Folha", body, lang="pt-BR")


def g1(a: Article, subtitle: str) -> str:
    """g1.globo.com/…: content-head title/subtitle, 'Por X, g1 PR — Curitiba', time itemprop,
    mc-column content-text paragraphs, the WhatsApp channel list item and videos box inside."""
    paras = "\n".join(f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{e(p)}</p></div>' for p in a.paras)
    body = f'''<header class="header-navigation"><a>g1</a> <a>PR</a> <a>Curitiba</a></header>
<div class="content-head"><h1 class="content-head__title" itemprop="headline">{e(a.title)}</h1><h2 class="content-head__subtitle" itemprop="alternativeHeadline">{e(subtitle)}</h2></div>
<div class="content-publication-data"><p class="content-publication-data__from">Por <strong>{e(a.author or "")}</strong>, g1 PR — Curitiba</p>
<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2026-10-20T17:32:00.000Z">20/10/2026 14h32</time> · Atualizado há 2 horas</p></div>
<article itemprop="articleBody" class="content-body"><div class="mc-column content-text"><ul class="content-unordered-list"><li><a>📲 Participe do canal do g1 PR no WhatsApp</a></li></ul></div>
{paras}
<div class="mc-column"><div class="content-video"><p>VÍDEOS: mais assistidos do g1 PR</p></div></div></article>'''
    return doc(f"{a.title} | Paraná | G1", body, lang="pt-BR")


def infobae(a: Article, subtitle: str) -> str:
    """www.infobae.com/…: d23 headline, subheadline, byline author link, sharebar date, paragraphs
    p.paragraph, the 'Seguir leyendo:' list at the end."""
    body = f'''<nav class="nav-bar"><a>Últimas Noticias</a> <a>Política</a> <a>Economía</a> <a>Sociedad</a></nav>
<article class="article"><header><h1 class="d23-article-headline">{e(a.title)}</h1><h2 class="article-subheadline">{e(subtitle)}</h2>
<div class="byline"><a class="d23-byline-author-name" href="/autores/julian-ferreyra/">{e(a.author or "")}</a></div><span class="sharebar-article-date">21 Oct, 2026 09:10 a.m. AR</span></header>
<div class="body-article">{_p(a.paras, ' class="paragraph"')}
<p class="paragraph"><b>Seguir leyendo:</b></p><ul><li><a>La temporada de calamar arrancó con buenos precios</a></li><li><a>Mar del Plata suma cruceros para el verano</a></li></ul></div></article>'''
    return doc(f"{a.title} - Infobae", body, lang="es-AR", head=ld(a, "2026-10-21T09:10:00-03:00", "Infobae"))


# --- English -------------------------------------------------------------------------------------
def wp_astra(a: Article, quote_at: int) -> str:
    """A WordPress Astra theme single post: site header, article.ast-article-single, entry-meta
    (author vcard / published / cat-links), entry-content with a wp-block-quote (the paragraph at
    ``quote_at``), Jetpack sharedaddy and related posts, post navigation, comments."""
    paras = list(a.paras)
    inner = _p(paras[:quote_at]) + f'\n<blockquote class="wp-block-quote"><p>{e(paras[quote_at])}</p></blockquote>\n' + _p(paras[quote_at + 1:])
    body = f'''<header class="site-header ast-primary-header"><div class="site-branding"><p class="site-title"><a href="/">Wexley Gazette</a></p><p class="site-description">News for Wexley and the valley</p></div>
<nav class="main-header-menu"><ul><li><a>Home</a></li><li><a>Local News</a></li><li><a>Sport</a></li><li><a>Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-123 post type-post status-publish format-standard hentry category-local-news ast-article-single" id="post-123">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(a.title)}</h1>
<div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="/author/hward/" rel="author"><span class="author-name">{e(a.author or "")}</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">October 20, 2026</span></span> / <span class="cat-links"><a href="/category/local-news/" rel="category tag">Local News</a></span></div></header>
<div class="entry-content clear" itemprop="text">{inner}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><ul><li><a>Facebook</a></li><li><a>X</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><p class="jp-relatedposts-post"><a>Swimming pool to reopen in spring</a></p></div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “{e(a.title)}”</h3><ol class="ast-comment-list"><li class="comment"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Janet P.</cite> October 20, 2026 at 6:14 pm</div><section class="ast-comment-content comment"><p>Well done to those children. The library was where I learned to read properly.</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div>
</main></div></div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright © 2026 Wexley Gazette | Powered by Astra WordPress Theme</div></footer>'''
    return doc(f"{a.title} - Wexley Gazette", body, lang="en-GB", head='<meta property="article:published_time" content="2026-10-20T09:00:00+00:00" />')


def news_page(a: Article, inner: str, head: str = "", extra_top: str = "", side: str = "", title_tag: str | None = None, h1: str = "h1") -> str:
    """A generic English news template: masthead, nav, article h1, byline/date, a body built by the
    caller (``inner``), share bar, newsletter box, related, footer; an optional sidebar."""
    body = f'''<header class="masthead">{extra_top}<nav class="primary-nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav></header>
<div class="page-wrap"><main class="main-col"><article class="article">
<{h1} class="headline">{e(a.title)}</{h1}>
<div class="article-byline"><span class="byline-name">By {e(a.author or "")}</span> · <time datetime="{a.date}T08:00:00Z">{a.date}</time></div>
<div class="article-body">{inner}</div>
<div class="share-tools"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>
</article>
<section class="related-stories"><h2>More stories</h2><ul><li><a href="/n/1">Harbour wall repairs finished early</a></li><li><a href="/n/2">New bus route links two villages</a></li></ul></section></main>
<aside class="sidebar">{side}</aside></div>
<footer class="site-footer"><p>© 2026 Coastline Media Ltd. All rights reserved.</p></footer>'''
    return doc(title_tag or f"{a.title} | Coastline News", body, lang="en", head=head)


def substack(a: Article, subtitle: str) -> str:
    """A Substack post: h1.post-title, h3.subtitle, byline with date, the post-ufi counters, the
    body markup with a subscription widget and a Share button mid-body, post footer, discussion."""
    paras = list(a.paras)
    widget = ('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Back Forty! '
              'Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>')
    share = '<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://x.substack.com/p/y?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>'
    body = f'''<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link">The Back Forty</a><a class="button">Subscribe</a> <a class="button">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published">{e(a.title)}</h1><h3 dir="auto" class="subtitle">{e(subtitle)}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="pencraft pc-display-flex"><a href="https://substack.com/@maggie" class="pencraft pc-reset">{e(a.author or "")}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Oct 18, 2026</div></div></div>
<div class="post-ufi"><a class="like-button-container"><div class="label">42</div></a><a class="post-ufi-comment-button"><div class="label">7</div></a><a class="post-ufi-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">{_p(paras[:2])}
{widget}
{_p(paras[2:])}
{share}</div></div>
<div class="post-footer"><div class="post-ufi"><div class="label">42 Likes</div><div class="label">7 Comments</div></div></div></article></div>
<div class="visibility-check"></div><div id="discussion" class="comments-page"><h4>Discussion about this post</h4><div class="comment-list"><div class="comment"><a>Ben Harlow</a><p>This is the best series on farming I have read all year.</p></div></div></div></div></div>'''
    return doc(f"{a.title} - by {a.author} - The Back Forty", body, lang="en", head=ld(a, "2026-10-18T12:00:00+00:00", "The Back Forty"))


def amp(a: Article) -> str:
    """An AMP article: <html ⚡>, amp-sidebar menu, amp-img, amp-ad in the body, amp-social-share,
    amp-accordion of related links."""
    paras = list(a.paras)
    body = f'''<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/city/">City</a></li><li><a href="/environment/">Environment</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/" class="amp-logo">Riverside Chronicle</a></header>
<article class="amp-article"><h1 class="amp-title">{e(a.title)}</h1><div class="amp-byline">By <span class="amp-author">{e(a.author or "")}</span> <time datetime="2026-10-20T10:00:00Z">October 20, 2026</time></div>
<amp-img src="/img/trees.jpg" width="1200" height="675" layout="responsive" alt="Saplings"></amp-img>
<div class="amp-article-body">{_p(paras[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"><div fallback>Advertisement</div></amp-ad>
{_p(paras[2:])}</div>
<div class="amp-share"><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share></div>
<amp-accordion><section><h4>Related</h4><ul><li><a href="/1">Park volunteers plant 300 bulbs</a></li><li><a href="/2">Heat map shows city's hottest streets</a></li></ul></section></amp-accordion></article>
<footer class="amp-footer">© 2026 Riverside Chronicle</footer>'''
    html = doc(f"{a.title} | Riverside Chronicle", body, lang="en", head=ld(a, "2026-10-20T10:00:00Z", "Riverside Chronicle") + '<link rel="canonical" href="https://riverside.example/city/trees" />')
    return html.replace('<html lang="en">', '<html ⚡ lang="en">', 1)


def next_data(a: Article, blocks: bool) -> str:
    """A Next.js news page: the visible article is a headline over an empty body skeleton; the text
    is in __NEXT_DATA__, as one HTML string or as an array of rich-text blocks."""
    if blocks:
        body_val: object = [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": p, "marks": []}]} for p in a.paras]
        key = "bodyBlocks"
    else:
        body_val = "".join(f"<p>{e(p)}</p>" for p in a.paras)
        key = "body"
    data = {"props": {"pageProps": {"story": {"headline": a.title, "slug": "city-trees", "byline": [{"name": a.author}], "publishedAt": "2026-10-20T10:00:00Z", key: body_val,
                                              "related": [{"headline": "Park volunteers plant 300 bulbs", "slug": "bulbs"}]}, "__N_SSP": True}}, "page": "/[section]/[slug]", "buildId": "b7"}
    body = f'''<div id="__next"><header class="Header_root__x1"><a href="/">Riverside Chronicle</a><nav><a href="/city">City</a> <a href="/environment">Environment</a></nav></header>
<main><article><h1 class="Story_headline__q2">{e(a.title)}</h1><div class="Story_byline__w3">By {e(a.author or "")}</div><div class="Story_body__e4"><div class="Skeleton_line__r5"></div><div class="Skeleton_line__r5"></div></div></article></main>
<footer class="Footer_root__t6">© 2026 Riverside Chronicle</footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'''
    return doc(f"{a.title} | Riverside Chronicle", body, lang="en")


def nuxt2(a: Article) -> str:
    """A Nuxt 2 news page: window.__NUXT__ as a function call with unquoted keys and \\u003C-escaped HTML."""
    html_body = "".join(f"<p>{p}</p>" for p in a.paras).replace('"', '\\"').replace("<", "\\u003C").replace("/", "\\u002F")
    js = (f'window.__NUXT__=(function(a,b,c){{return {{layout:"default",data:[{{article:{{id:b,title:"{a.title}",author:"{a.author}",'
          f'body:"{html_body}",published:"2026-10-21"}}}}],state:{{menu:[a]}}}}}}("News",7781,null));')
    body = f'''<div id="__nuxt"><div id="__layout"><div class="layout"><header class="site-header"><a href="/">Carrow Courier</a></header><main class="article-page"><h1 class="article-title">{e(a.title)}</h1><div class="article-content"></div></main></div></div></div>
<script>{js}</script>'''
    return doc(f"{a.title} | Carrow Courier", body, lang="en")


def infinite(first: Article, second: Article) -> str:
    """An article page with the next story already stacked below it (infinite scroll): two
    <article> elements with their own h1, a 'Next story' divider between them."""
    def story(a: Article, n: int) -> str:
        return f'''<article class="story" data-story-url="/news/{n}"><h1 class="story-headline">{e(a.title)}</h1><div class="story-byline">By {e(a.author or "")} · <time datetime="{a.date}">{a.date}</time></div>
<div class="story-body">{_p(a.paras)}</div><div class="story-share"><a>Share</a> <a>Tweet</a></div></article>'''
    body = f'''<header class="masthead"><a href="/">Coastline News</a><nav><a>News</a> <a>Sport</a></nav></header>
<main class="stories infinite-scroll-container">{story(first, 1)}
<div class="next-story-divider"><span>Next story</span></div>
{story(second, 2)}</main>
<footer>© 2026 Coastline Media</footer>'''
    return doc(f"{first.title} | Coastline News", body, lang="en")


def live_blog(title: str, lead: str, posts: list[tuple[str, str, str]]) -> str:
    """A live blog: key points list, then posts (time, heading, text), newest first, each with a
    share link; a 'Show more updates' button."""
    items = "\n".join(f'<div class="live-post" id="post-{i}"><div class="live-post__meta"><time datetime="2026-10-21T{t}:00Z">{t} BST</time></div><h2 class="live-post__title">{e(h)}</h2><div class="live-post__body"><p>{e(p)}</p></div><div class="live-post__share"><a>Share</a></div></div>'
                      for i, (t, h, p) in enumerate(posts))
    body = f'''<header class="masthead"><a href="/">Coastline News</a><nav><a>News</a> <a>Sport</a></nav></header>
<main><article class="live-blog"><h1 class="headline">{e(title)}</h1><div class="live-badge">LIVE</div><p class="standfirst">{e(lead)}</p>
<div class="live-feed">{items}</div><button class="load-more">Show more updates</button></article></main>'''
    return doc(f"{title} - live updates | Coastline News", body, lang="en")
