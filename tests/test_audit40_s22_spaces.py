# ruff: noqa: E501
"""Audit40 session 22: copy-detection spaces the odd-space fixer could not see. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

_READING = {"记": "jì", "院": "yuàn", "民": "mín", "被": "bèi", "属": "shǔ", "法": "fǎ", "支": "zhī", "款": "kuǎn", "城": "chéng"}
_LINES = ("本报讯（记者 林望川）3月6日，西河区人民{0}法院对一起拒不支付劳动报酬案作出一审宣判，被{1}告人被判处有期徒刑十个月。",
          "经审理查明，被告人承包某小区外墙工程后拖欠二十一名工人工资，经劳动部门责令支付后仍以工程{0}款未到账为由拒不支付。",
          "案件审理期间，其家{2}属代为支付了全部欠薪，法院依法对其从轻处罚，并提醒用工单位按月足额发放工资。")


def _read(line: str, ruby: bool) -> str:
    """Every character with a reading of :data:`_READING` given it, as an obfuscator does: in a <ruby> over it, or in
    brackets after it."""
    form = "<ruby>{0}<rp>(</rp><rt>{1}</rt><rp>)</rp></ruby>" if ruby else "{0}({1})"
    return "".join(form.format(c, _READING[c]) if c in _READING else c for c in line)


def _page(spaces: tuple[str, str, str], ruby: bool = True) -> str:
    body = "".join(f"<p>{_read(line.format(*spaces), ruby)}</p>\n" for line in _LINES)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>拖欠工资拒不支付 劳务负责人获刑_城事资讯</title></head><body>'
            f'<div class="main"><h1>拖欠工资拒不支付 劳务负责人获刑</h1><div class="article-body">\n{body}</div></div></body></html>')


def test_spaces_beside_ruby_readings_go_once_the_readings_are_read() -> None:
    """An obfuscator's spaces after a reading (``</ruby>\\u2002法``), before one (``家\\u00a0<ruby>属``) or narrow
    (``被</ruby>\\u202f告``) stood beside no ideograph while the readings were there: they stand between two once the
    readings go, and go as the page's other sprinkled spaces do (its lines are not cut at the <ruby> tags either)."""
    for ruby in (True, False):
        rec = clean_html(_page(("\u2002", "\u202f", "\u00a0"), ruby))
        assert rec.text == "\n".join(line.format("", "", "") for line in _LINES), (ruby, rec.text)


def test_a_bylines_space_beside_ruby_readings_stays() -> None:
    """Guard: the byline's space (（<ruby>记…</ruby>者 林望川）: its reading is no letter of the clause) and the
    headline's stay on the same page."""
    rec = clean_html(_page(("\u2002", "\u202f", "\u00a0")))
    assert "（记者 林望川）" in rec.text, rec.text
    assert rec.title == "拖欠工资拒不支付 劳务负责人获刑", rec.title


def _article(lines: tuple[str, ...], title: str = "篮球联赛第十二轮 主队力克客队取得三连胜") -> str:
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_城事资讯</title></head><body>'
            f'<div class="main"><h1>{title}</h1><div class="article-body">\n{body}</div></div></body></html>')
    return clean_html(page).text


_GAME = ("本报讯（记者 林望川）12月6日晚，篮球联赛第十二轮在市体育{0}中心进行，主队以101:93战胜来访的北岭队，取得三{0}连胜。",
         "首节比赛双方战成25平。第二节{1}主队外援连得12分，半场结束时主队以52:44领先。第三节北岭队一度将分差追至2分，但主{2}队凭借替补阵容再度拉开比分。",
         "全场比赛，主队四人得分上双，主教练赛后表示：“球队防守端的专{1}注度在{2}提高，第三节的失误还需要总{0}结。”")


def test_a_space_after_a_sentences_quarter_number_goes_where_the_page_writes_the_next_one_unspaced() -> None:
    """An article number's space (第一条\\u3000为了…) is a writer's, but a game report's 。第二节\\u2002主队… beside
    。第三节北岭队… on the same page is sprinkled like the page's other spaces."""
    text = _article(tuple(line.format("\u2002", "\u2002", "\u3000") for line in _GAME))
    assert text == "\n".join(line.format("", "", "") for line in _GAME), text


def test_a_legal_texts_article_numbers_keep_their_spaces() -> None:
    """Guard: article numbers opening their lines, or all spaced after a sentence end, keep the writer's space."""
    lines = ("第一条\u3000为了规范城市道路客运服务，保障乘客和经营者的合法权益，根据有关法律法规，结合本市实际，制定本办法。",
             "第二条\u3000本办法适用于本市行政区域内城市道路客运的经营、服务及其监督管理活动。第三条\u3000市交通运输主管部门负责本办法的组织实施。")
    text = _article(lines, "城市道路客运服务管理办法")
    assert "第一条\u3000为了" in text and "第二条\u3000本办法" in text and "第三条\u3000市交通" in text, text


_NOTICE = ("各区县交通(tong1)运输局、各道路(lu4)客运企{0}业(ye4)：",
           "为做好今冬(dong1)明春恶劣天气应对准备，确保春运期间道路客运安全，现将有关事项通{1}知如下：",
           "一、各单位要密切关注气象预警信息，遇雨雪冰冻天气及时调整班次，必要时停{2}运，并第一时间向社会公布停运信息。",
           "二、客运企业要加强车辆安全(quan2)检查，严禁超速、超员和疲劳驾驶，发现隐患立即整{1}改，整改不到位的车辆不得上路。")


def test_a_salutations_space_before_its_last_character_and_reading_is_no_headline_separator() -> None:
    """A headline's separator stands between two phrases of four characters or more; the readings of a salutation
    (客运企\\u00a0业(ye4)：) are no phrase's characters: the space leaves one, and goes with the page's others."""
    text = _article(tuple(line.format("\u00a0", "\u2002", "\u3000") for line in _NOTICE), "关于做好恶劣天气应对准备的通知")
    assert text.splitlines()[0] == "各区县交通运输局、各道路客运企业：", text


_INTERVIEW = ("本报讯（记者 林望川）日前，记者专访了省级非遗竹{0}编技艺代表性传承人陈秋水，听他讲述手艺人的坚守与创新。",
              "记者:您从事竹编多少年了？最初是怎么入行的？陈秋水:整整三十年了，我十六岁跟着师傅学手艺，那时候村{1}里家家户户都会编竹篮。",
              "记者:现在竹编产品的主要买家是谁？陈秋水:过去主要是本地人买来自用，现在一半以上的订{2}单来自网上。")


def test_a_space_in_a_clause_where_the_reporter_interviews_is_no_bylines() -> None:
    """记者专访了… opens a sentence (no byline's names follow 记者), and a folded colon ends an interview turn's role
    (记者:您…): a space cutting 竹编 there goes with the page's others."""
    text = _article(tuple(line.format("\u3000", "\u2002", "\u00a0") for line in _INTERVIEW), "专访非遗竹编传承人陈秋水")
    assert text == "\n".join(line.format("", "", "").replace(":", "：") for line in _INTERVIEW), text


def test_a_bylines_space_after_a_ruby_reading_stays_where_many_spaces_go() -> None:
    """Guard: on a page whose sprinkled spaces go (ASCII ones too: many, inside words), the byline's space after
    ``<ruby>记…</ruby>者`` stays: the clause is read without the reading's markup, and names the reporter."""
    ruby = "<ruby>记<rp>(</rp><rt>jì</rt><rp>)</rp></ruby>"
    lines = [line.format(" ", "\u2002", "\u3000") for line in _GAME]
    text = _article((lines[0].replace("记者", ruby + "者"), *lines[1:]))
    assert text.splitlines()[0].startswith("本报讯（记者 林望川）12月6日晚，篮球联赛第十二轮在市体育中心进行"), text
