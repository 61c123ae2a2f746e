"""Seed-style text dumps: spam headers and breadcrumbs the vocabulary does not know, above the headline."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_text

P = "\u3000\u3000"
BODY = (
    f"{P}河口镇今年起在渡口推行电子船票，乘客用手机就能购票上船。\n\n"
    f"{P}渡口管理站负责人说，过去节假日排队买票要半个多小时，现在基本不用等。\n"
)
HEADLINE = "河口镇渡口推行电子船票"


def _dump(*above: str) -> str:
    return "\n\n".join([*above, HEADLINE]) + "\n\n" + BODY


@pytest.mark.parametrize(
    "above",
    [
        ("六合彩开奖结果-香港马会资料-白小姐一肖中特", "当前位置：首页 > 新闻"),
        ("代开发票-代办信用卡-贷款快速下款", "当前位置：首页 > 新闻"),
        ("亚洲AV无码一区二区三区\n国产精品久久久久久久\n精品无人区一区二区",),
        ("目前位置：首頁 > 地方新聞 > 中部",),
        ("現在位置：主頁 > 港聞",),
        ("首頁 》新聞 》正文",),
        ("首頁｜新聞｜國內",),
    ],
)
def test_the_lines_above_the_headline_are_dropped(above: tuple[str, ...]) -> None:
    article = extract_text(_dump(*above))
    assert article.title == HEADLINE
    assert article.paragraphs == [BODY.split("\n\n")[0].strip(), BODY.split("\n\n")[1].strip()]
    assert {c.rule for c in article.changes} & {"heuristic:spam_header", "heuristic:breadcrumb"}


@pytest.mark.parametrize("title", ["中国-东盟-博览会在南宁开幕", "2026-2030年乡村振兴规划发布"])
def test_a_headline_with_hyphens_is_not_a_keyword_chain(title: str) -> None:
    article = extract_text(f"{title}\n\n{BODY}")
    assert article.title == title


def test_image_placeholders_and_zoom_links_in_a_dump_are_dropped() -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    article = extract_text(f"{HEADLINE}\n\n{first}\n[图片]\n点击查看大图\n{second}\n")
    assert article.paragraphs == [first, second]


@pytest.mark.parametrize("counter", ["查看: 3521", "浏览：1024次", "点击数：88"])
def test_a_view_counter_alone_on_its_line_is_dropped(counter: str) -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    article = extract_text(f"{HEADLINE}\n\n{counter}\n\n{first}\n\n{second}\n")
    assert article.paragraphs == [first, second]


@pytest.mark.parametrize(
    ("above", "title_line"),
    [
        (("Best Free Movies Online 2026 - Watch HD Streaming Full Episodes | freemovies4k.example",), HEADLINE),
        (("新闻资讯网-www.xwzx365.com-最新最全的新闻资讯门户",), HEADLINE),
        (("久久精品国产免费观看-日韩精品一区二区三区", "欢迎访问新闻资讯网 www.example.com 设为首页 加入收藏"),
         HEADLINE),
        (("当前位置：首页 > 新闻",), f"{HEADLINE}_新闻资讯网"),
        (("当前位置：首页 > 新闻",), f"{HEADLINE}-久久精品国产免费观看"),
        (("当前位置：首页 > 新闻",), f"{HEADLINE} 2026-09-03"),
    ],
)
def test_site_and_spam_around_the_headline_line_are_dropped(above: tuple[str, ...], title_line: str) -> None:
    article = extract_text("\n\n".join([*above, title_line]) + "\n\n" + BODY)
    assert article.title == HEADLINE
    assert article.paragraphs[0].startswith("河口镇今年起")


@pytest.mark.parametrize(
    "info", ["2026-09-01 08:30 星期二", "发布于 2026年9月1日 星期二", "时间：2026.09.01", "来源：人民网 http://www.example.cn/"]
)
def test_info_lines_between_headline_and_body_are_dropped(info: str) -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    article = extract_text(f"{HEADLINE}\n\n{info}\n\n{first}\n\n{second}\n")
    assert article.paragraphs == [first, second]


@pytest.mark.parametrize("byline", ["本报记者 郑一帆", "澎湃新闻记者 郑一帆", "本报记者 郑一帆 通讯员 王小明"])
def test_a_chinese_byline_line_above_the_body_is_dropped_and_names_the_author(byline: str) -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    article = extract_text(f"{HEADLINE}\n\n{byline}\n\n{first}\n\n{second}\n")
    assert article.author == "郑一帆"
    assert article.paragraphs == [first, second]
    assert any(c.rule == "heuristic:byline_editor" and byline in c.before for c in article.changes)


def test_a_byline_ends_the_body_only_with_its_outlet_and_a_column_title_stays() -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    assert extract_text(f"{HEADLINE}\n\n{first}\n\n{second}\n\n北京商报记者 孟亦凡\n").paragraphs == [first, second]
    assert extract_text(f"{HEADLINE}\n\n{first}\n\n{second}\n\n记者 刘涛\n").paragraphs == [first, second, "记者 刘涛"]
    column = extract_text(f"新华社记者看东北\n\n{first}\n\n{second}\n")
    assert column.title == "新华社记者看东北"


@pytest.mark.parametrize("credit", ["编辑 刘梅 校对 赵琳", "《 人民日报 》（ 2026年09月03日 11 版）"])
def test_the_papers_credit_lines_at_the_end_are_dropped(credit: str) -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    assert extract_text(f"{HEADLINE}\n\n{first}\n\n{second}\n\n{credit}\n").paragraphs == [first, second]


@pytest.mark.parametrize("tail", ["（編輯：張均懋）1150903", "返回搜狐，查看更多"])
def test_an_editor_tag_glued_to_the_last_paragraph_is_cut_off(tail: str) -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    article = extract_text(f"{HEADLINE}\n\n{first}\n\n{second}{tail}\n")
    assert article.paragraphs == [first, second]
    assert any(c.rule == "heuristic:byline_editor" and c.action == "remove" for c in article.changes)


def test_every_credit_line_ending_the_body_goes_byline_follow_box_and_wire_credits() -> None:
    first, second = (p.strip() for p in BODY.split("\n\n"))
    tail = ("北京商报记者 孟亦凡\n\n新浪财经公众号\n\n"
            "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）")
    assert extract_text(f"{HEADLINE}\n\n{first}\n\n{second}\n\n{tail}\n").paragraphs == [first, second]
    wire = "Reporting by Anna Keller; Editing by Mark Potter"
    assert extract_text(f"{HEADLINE}\n\n{first}\n\n{second}\n\n{wire}\n").paragraphs == [first, second]


def test_a_headline_holding_two_spam_words_under_a_spam_header_stays_the_title() -> None:
    """A line under a spam header is the header's last line only when spam words make most of it
    (精品无人区一区二区, kept dropped above); a headline that happens to hold two (国产, 电影) is the article's."""
    title = "国产科幻电影首映观众反响热烈"
    article = extract_text(f"免费电影在线观看-国产精品视频-高清电影网\n\n{title}\n\n{BODY}")
    assert article.title == title
    assert article.paragraphs == [BODY.split("\n\n")[0].strip(), BODY.split("\n\n")[1].strip()]
