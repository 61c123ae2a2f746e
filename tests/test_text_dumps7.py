"""Text dumps of audit7: page furniture by shape, a notice's signed date, Korean credits, 【X网】 leads."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_text

P = "\u3000\u3000"
HEADLINE = "老城区完成雨污分流改造"
FIRST = "经过半年施工，老城区雨污分流改造工程近日完工，十二条背街小巷告别了雨天积水。"
SECOND = "工程负责人介绍，改造共铺设管网九公里，沿线两千多户居民受益。"


def _dump(*tail: str, body: tuple[str, ...] = (FIRST, SECOND)) -> str:
    head = "久久精品国产免费观看-日韩精品一区二区三区\n\n当前位置：首页 > 本地\n\n"
    return head + HEADLINE + "\n\n" + "\n\n".join(P + p for p in body) + "\n\n" + "\n\n".join(tail) + "\n"


@pytest.mark.parametrize("buttons", ["点赞(12)\u3000收藏\u3000举报", "返回顶部", "【打印本页】【关闭窗口】",
                                     "赞 3 | 踩 0", "分享 | 收藏 | 纠错"])
def test_a_line_of_the_pages_buttons_is_dropped(buttons: str) -> None:
    art = extract_text(_dump(buttons))
    assert art.paragraphs == [FIRST, SECOND]


FOOTER_LINKS = ["Privacy Policy | Terms of Use | Contact Us", "关于我们 | 联系我们 | 网站地图 | 免责声明",
                "개인정보처리방침 · 이용약관 · 청소년보호정책"]


@pytest.mark.parametrize("links", FOOTER_LINKS)
def test_a_line_of_footer_links_is_dropped(links: str) -> None:
    assert extract_text(_dump(links)).paragraphs == [FIRST, SECOND]


@pytest.mark.parametrize("line", ["点赞，为这些坚守岗位的环卫工人。", "收藏家王先生说，这批瓷器保存完好。",
                                  "关于我们身边的好人好事，欢迎读者来信。", "返回顶部的缆车要等二十分钟。"])
def test_prose_that_opens_with_a_button_or_footer_word_is_kept(line: str) -> None:
    assert extract_text(_dump(body=(FIRST, line, SECOND))).paragraphs == [FIRST, line, SECOND]


def test_a_comment_count_heading_drops_the_comments_below_it() -> None:
    art = extract_text(_dump("评论(2)", "网友：我们小区什么时候改？", "网友：干得漂亮！"))
    assert art.paragraphs == [FIRST, SECOND]


def test_a_follow_us_account_line_is_dropped() -> None:
    assert extract_text(_dump("扫描二维码关注我们", "微信公众号：老城生活")).paragraphs == [FIRST, SECOND]


NOTICE = ("各街道办事处：", "现将老城区雨污分流改造期间交通管制有关事项通知如下：",
          "一、9月10日至9月30日，解放路东段实行单向通行。", "二、施工路段禁止停放车辆。")


@pytest.mark.parametrize("issuer", ["市住房和城乡建设局", "市城管执法支队", "某某市政工程有限公司"])
def test_the_date_under_a_notices_issuer_is_kept(issuer: str) -> None:
    art = extract_text(_dump(body=(*NOTICE, issuer, "2026年9月5日")))
    assert art.paragraphs == [*NOTICE, issuer, "2026年9月5日"]


def test_a_date_alone_under_prose_or_with_a_clock_is_still_dropped() -> None:
    assert extract_text(_dump("2026年9月5日", body=(FIRST, SECOND))).paragraphs == [FIRST, SECOND]
    art = extract_text(_dump("2026-09-05 10:20", body=(*NOTICE, "市住房和城乡建设局")))
    assert art.paragraphs == [*NOTICE, "市住房和城乡建设局"]


KO_FIRST = "서울시는 노후 하수관로 120킬로미터를 연말까지 교체한다고 5일 밝혔다."
KO_SECOND = "시 관계자는 \"집중호우 때 침수 피해를 줄이는 데 도움이 될 것\"이라고 말했다."


def test_korean_reporter_credits_are_dropped_and_name_the_author() -> None:
    text = (f"홈 > 사회 > 일반\n\n서울시, 노후 하수관로 교체\n\n입력 2026.09.05 10:15\n\n이서연 기자\n\n{KO_FIRST}\n\n"
            f"{KO_SECOND}\n\n이서연 기자 seoyeon@example.kr\n\n"
            "저작권자 © 서울일보 무단전재 및 재배포 금지\n\n관련기사\n\n"
            "서울시, 빗물저류조 추가 설치\n")
    art = extract_text(text)
    assert art.paragraphs == [KO_FIRST, KO_SECOND]
    assert art.author == "이서연"


def test_a_korean_sentence_with_the_word_for_reporter_names_no_author() -> None:
    art = extract_text(f"서울시, 노후 하수관로 교체\n\n정부는 기자 회견을 열고 대책을 발표했다.\n\n{KO_SECOND}\n")
    assert art.author is None
    assert art.paragraphs[0] == "정부는 기자 회견을 열고 대책을 발표했다."


def test_an_outlet_alone_in_brackets_leading_the_text_is_the_publisher() -> None:
    lead = "【财经日报网】（记者 方振宇）多家城商行近日下调了三年期定期存款利率。"
    art = extract_text(_dump(body=(lead, SECOND)))
    assert (art.publisher, art.author) == ("财经日报网", "方振宇")
    assert art.paragraphs[0] == lead


def test_a_bracketed_subhead_is_no_publisher() -> None:
    art = extract_text(_dump(body=(FIRST, "【便民提示】", SECOND)))
    assert art.publisher is None


@pytest.mark.parametrize("tail", [
    ("热点关注", "· 中秋假期出行指南", "· 本周天气早知道"), ("往期推荐", "老街夜市重新开张", "社区食堂开到家门口"),
    ("声明：本文仅代表作者观点，不代表本站立场。",), ("更多精彩内容，请关注老城生活", "长按识别二维码", "阅读原文"),
    ("-END-",), ("扫码下载老城生活客户端", "打开APP 阅读更多精彩内容"),
])
def test_more_tail_furniture_of_farms_and_accounts_is_dropped(tail: tuple[str, ...]) -> None:
    assert extract_text(_dump(*tail)).paragraphs == [FIRST, SECOND]


PROSE = ["最新资讯显示，改造后的小巷积水点已全部消除。", "阅读原文件后，专家组给出了修改意见。",
         "图片新闻摄影展明天开幕，展出作品两百余幅。"]


@pytest.mark.parametrize("line", PROSE)
def test_prose_opening_with_those_words_is_kept(line: str) -> None:
    assert extract_text(_dump(body=(FIRST, line, SECOND))).paragraphs == [FIRST, line, SECOND]


CREDITS = [("文/李华\u3000图/王明", "李华"), ("文｜李华", "李华"), ("撰文：赵小雨", "赵小雨")]


@pytest.mark.parametrize(("credit", "author"), CREDITS)
def test_a_writers_credit_line_at_the_top_is_dropped_and_names_the_author(credit: str, author: str) -> None:
    art = extract_text(_dump(body=(credit, FIRST, SECOND)))
    assert art.paragraphs == [FIRST, SECOND]
    assert art.author == author


def test_a_line_opening_with_the_character_wen_is_no_credit() -> None:
    line = "文物部门介绍，这批瓷器保存完好。"
    art = extract_text(_dump(body=(line, SECOND)))
    assert art.paragraphs == [line, SECOND] and art.author is None


EN_FIRST = "The city council on Wednesday approved a plan to double the length of dedicated bus lanes."
EN_SECOND = "The council said it would review the first corridors after 12 months."


def test_an_english_blogs_chrome_and_filing_line_are_dropped() -> None:
    text = ("Skip to content\n\nMenu\n\nRiverside Evening News\n\nCouncil votes to double bus lanes\n\n"
            f"{EN_FIRST}\n\n{EN_SECOND}\n\nPosted in News | Tagged buses, transport | Leave a comment\n\n"
            "Filed Under: Local News\n\nSearch for:\n")
    art = extract_text(text)
    assert art.title == "Council votes to double bus lanes"
    assert art.paragraphs == [EN_FIRST, EN_SECOND]


def test_a_headline_ending_in_an_outlet_word_above_its_body_stays_the_title() -> None:
    art = extract_text(f"Council Brings Good News\n\n{EN_FIRST}\n\n{EN_SECOND}\n")
    assert art.title == "Council Brings Good News"


@pytest.mark.parametrize(("tail", "lang_end"), [
    (("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",), "ru"),
    (("Síguenos en Facebook y X", "Ver comentarios", "Más información"), "es"),
    (("この記事を書いた人", "編集部", "次の記事へ"), "ja"),
])
def test_tails_of_foreign_farms_are_dropped(tail: tuple[str, ...], lang_end: str) -> None:
    first = {"ru": "Городские власти объявили о новых станциях проката велосипедов.",
             "es": "El ayuntamiento anunció que las bibliotecas abrirán hasta las 22.00 horas.",
             "ja": "市教育委員会は3日、図書館の開館時間を延長すると発表した。"}[lang_end]
    art = extract_text("Title line\n\n" + first + "\n\n" + "\n\n".join(tail) + "\n")
    assert art.paragraphs == [first]


@pytest.mark.parametrize("byline", ["（记者 李华 通讯员 王明）", "(本报记者 李华)"])
def test_a_bracketed_byline_line_is_dropped_at_either_end(byline: str) -> None:
    assert extract_text(_dump(body=(byline, FIRST, SECOND))).paragraphs == [FIRST, SECOND]
    assert extract_text(_dump(body=(FIRST, SECOND, byline))).paragraphs == [FIRST, SECOND]


def test_a_bare_reporter_line_at_the_end_is_still_kept() -> None:
    assert extract_text(_dump(body=(FIRST, SECOND, "记者 李华"))).paragraphs == [FIRST, SECOND, "记者 李华"]


def test_the_headline_pasted_again_at_the_top_of_the_body_is_dropped() -> None:
    art = extract_text(_dump(body=(HEADLINE, FIRST, SECOND)))
    assert art.title == HEADLINE
    assert art.paragraphs == [FIRST, SECOND]
    assert "heuristic:duplicate_title" in {c.rule for c in art.changes}


def test_a_bare_counter_ending_the_text_is_dropped_but_not_a_number_inside_it() -> None:
    assert extract_text(_dump("分享到：", "0")).paragraphs == [FIRST, SECOND]


def test_a_print_edition_line_names_the_paper() -> None:
    from pipeline.strip.textmeta import publisher_in_text

    assert publisher_in_text(["《 人民日报 》（ 2026年09月04日 04 版）"]) == "人民日报"
    assert publisher_in_text(["《光明日报》（2026年09月04日 第07版）"]) == "光明日报"
    assert publisher_in_text(["《红楼梦》（2026年新版）出版发行。"]) is None


def test_a_short_dump_with_the_edition_line_names_the_paper() -> None:
    art = extract_text(_dump("《 人民日报 》（ 2026年09月04日 04 版）", body=("本报北京9月3日电　" + FIRST, SECOND)))
    assert art.publisher == "人民日报"
    assert art.paragraphs == ["本报北京9月3日电　" + FIRST, SECOND]


def test_an_author_in_a_bracketed_source_line_ends_at_the_bracket() -> None:
    from pipeline.strip.textmeta import author_in_text

    assert author_in_text(["（来源：经济日报　作者：李华）"]) == "李华"
    assert author_in_text(["【作者：李华】"]) == "李华"


@pytest.mark.parametrize("line", ["更多精彩节目将在国庆期间陆续播出。", "阅读原文后，我们发现其中有三处错误。"])
def test_a_last_paragraph_opening_like_a_promotion_but_stating_something_is_kept(line: str) -> None:
    assert extract_text(_dump(body=(FIRST, SECOND, line))).paragraphs == [FIRST, SECOND, line]


def test_a_long_dumps_closing_source_line_names_the_publisher() -> None:
    paragraphs = [f"第{n}段：新建的城市绿道今年秋天全线贯通，沿途设置了十二处休息驿站。" for n in range(14)]
    article = extract_text("\n\n".join(["城市绿道全线贯通", *paragraphs, "（来源：光明日报）"]))
    assert article.publisher == "光明日报"
    assert article.paragraphs[-1] == paragraphs[-1]
