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
