# ruff: noqa: E501
"""Session 28, fresh audit seeds: a folded mark right after a lost character's U+FFFD stayed ASCII where that
character stood after a digit (连得11\ufffd,半场: 分 lost) or before a bracket (生产总\ufffd(GDP): 值 lost). The
lost character was a word's, as after Han; the texts are our own and each test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

_HEAD = "精品电影在线观看-高清免费影院\n\n當前位置 : 首頁 > 體育 > 籃球\n\n"


def _dump(title: str, paras: list[str]) -> str:
    return _HEAD + title + "\n\n\n" + "\n\n".join("\u2003\u2003" + p for p in paras)


def test_a_folded_comma_after_a_lost_character_after_a_digit_is_restored() -> None:
    paras = ["本报讯(记者 林望川)12月6日晚,篮球联赛第十二轮在市体育中心进行,主队以101:93战胜来访的北岭队,取得三连胜。",
             "首节比赛双方战成25平。第二节主队外援连得12\ufffd,半场结束时主队以52:44领先。"]
    rec = clean_text(_dump("篮球联赛第十二轮 主队力克北岭队", paras))
    assert "主队外援连得12\ufffd，半场结束时" in rec.text, rec.text
    assert "replacement_chars" in {f.rule for f in rec.flags}


def test_a_folded_bracket_after_a_lost_character_is_restored_on_a_page_folded_wholesale() -> None:
    paras = ["本报讯(记者 许清禾)前三季度,全省地区生产总\ufffd(GDP)为4.87万亿元,按不变价格计算,同比增长5.6%,增速比上半年加快0.2个百分点。",
             "分产业看,第一产业增加值同比增长3.9%,第二产业增长6.1%,第三产业增长5.4%。"]
    rec = clean_text(_dump("前三季度全省地区生产总值增长5.6%", paras))
    assert "全省地区生产总\ufffd（GDP）为4.87万亿元，按不变价格计算" in rec.text, rec.text


def test_a_comma_between_digits_after_a_lost_character_stays() -> None:
    """The guard: a thousands separator is no fold, whatever stands before its number."""
    paras = ["本报讯(记者 许清禾)全市今年新增就业岗位\ufffd1,250个,比去年多出三成,其中服务业岗位占六成以上,制造业岗位也有所增加。"]
    rec = clean_text(_dump("全市新增就业岗位超千个", paras))
    assert "\ufffd1,250个，比去年" in rec.text, rec.text


def test_a_dash_escaped_twice_after_a_quote_and_a_comma_counts_as_prose() -> None:
    """Russian prose goes on after a quote with a comma and a dash (``«…», &amp;mdash; сказал``): with the closing
    quote's reference glued to the word, the page shows it escapes twice, and both are read (before, the dash set
    apart by spaces counted as a tutorial's, and one glued reference proved nothing)."""
    from pipeline.repair.double_escape import read_double_escaped

    page = "<p>«Погода в этом году была сложной&amp;raquo;, &amp;mdash; рассказал глава хозяйства.</p>"
    assert read_double_escaped(page).text == "<p>«Погода в этом году была сложной», — рассказал глава хозяйства.</p>"


def test_a_dash_named_after_a_word_stays_a_tutorials() -> None:
    """The guard: a tutorial names the dash after a word, with one other reference."""
    from pipeline.repair.double_escape import read_double_escaped

    page = "<p>Write &amp;mdash; for a long dash and &amp;ndash; for a short one; then&amp;nbsp;a space.</p>"
    assert read_double_escaped(page).changes == []
