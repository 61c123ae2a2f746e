# ruff: noqa: E501
"""Session 28, fresh audit seeds: copy-detection spaces the odd-space fixer kept. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text


def _page(paras: list[str], title: str = "本周蔬菜批发价格小幅回落") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '_河湾资讯网</title></head><body>'
            f'<div class="main"><h1>{title}</h1><div class="article-body">\n{body}</div></div></body></html>')


_MARKET = ["本报讯（记者 许清禾）据市农产品批发市场监测，本周蔬菜平{0}均批发价{1}格为每斤3.86元，环比下降2.7%，其中叶菜类价格降幅较大。",
           "市场负责人分析，随着本地蔬菜集中上市，供应量明显增加，预计下周价格仍将保持平稳。"]


def test_two_spaces_other_than_ascii_inside_very_common_words_mark_the_page_sprinkled() -> None:
    """No readings, one body line: the spaces were too few to prove the pattern. But an en space or an NBSP cutting a
    very common word (平均, 价格) is no writer's separator; two of them are the obfuscator's draw, and its other
    spaces between ideographs go with them (市\\u00a0农产品)."""
    paras = [_MARKET[0].format("\u2002", "\u00a0").replace("市农产品", "市\u00a0农产品"), _MARKET[1]]
    rec = clean_html(_page(paras))
    assert rec.text.split("\n") == [_MARKET[0].format("", ""), _MARKET[1]], rec.text


def test_one_space_inside_a_common_word_on_an_unsprinkled_page_stays_flagged() -> None:
    """The guard: one such space proves no pattern (a writer's slip): kept and flagged."""
    rec = clean_html(_page([_MARKET[0].format("\u2002", ""), _MARKET[1]]))
    assert "蔬菜平\u2002均批发" in rec.text
    assert "odd_space" in {f.rule for f in rec.flags}


def test_an_ascii_space_inside_a_very_common_word_goes_on_a_glossed_page() -> None:
    """A GBK dump writes the obfuscator's NBSP as an ASCII space, which elsewhere may be a writer's: on a page proven
    the obfuscator's by its readings, one cutting a very common word (观 众, 超 过) goes however few they are."""
    head = "精品电影在线观看-高清免费影院\n\n\xa0\n當(dāng)前位置 : 首頁(yè) > 文化 > 展覽\n\xa0\n\n"
    paras = ["本報訊(記(jì)者 蘇晚晴)自6月起,市美術館每週五開放夜場至21時,首月共接待觀 眾3.1萬人次,其中青年觀眾佔比超過五成。",
             "館方表示,夜場期間還將推出導覽講座和手作體驗,並根據觀眾反饋調整開放時段,相關資訊將在官網發(fā)布。"]
    rec = clean_text(head + "美術館夜場開放首月接待觀眾超3萬人次\n\n\n" + "\n\n".join("\u2003\u2003" + p for p in paras))
    assert "接待观众3.1万人次" in rec.text, rec.text
    assert "（记者 苏晚晴）" in rec.text


_INTERVIEW = ["人民网杭州9月12日电（记者 程远帆）日前,记者专\u202f访了省级非遗竹编技\u202f艺代表性传{0}承人陈秋水,听他讲\u202f述三十年的手艺路。",
              "记者:您从事竹编多少年了?最{1}初是怎么入行的?",
              "陈秋水:整整三十年了。我16岁跟着师{2}傅学手艺,那时候村里家家户户都会编竹篮,但真正能编出细丝精品的人不多。",
              "&nbsp;&nbsp;&nbsp;&nbsp;记者:您对这门手艺的未来有{0}什么期待?",
              "陈秋水:希望有更多年轻人愿意坐下来,把这门手艺传{1}下去。"]


def test_a_space_in_a_question_indented_with_references_goes_like_the_pages_other_spaces() -> None:
    """An interviewer's question is prose (a speaker's label, a sentence end) however short; indented with &nbsp;
    references as text (its marks folded to ASCII), its line was no speaker's, and its sprinkled space stayed (未来有\\u2002什么) where the page's
    narrow spaces prove the obfuscator's spaces."""
    rec = clean_html(_page([p.format("\u2002", "\u00a0", "\u3000") for p in _INTERVIEW], "非遗竹编传承人：手艺要有人接得住"))
    assert "记者：您对这门手艺的未来有什么期待？" in rec.text, rec.text  # (the folded marks restored)
    assert "最初是怎么入行的" in rec.text and "师傅学手艺" in rec.text


def test_a_quarter_numbers_space_goes_where_a_sibling_unspaced_holds_a_noise_element() -> None:
    """。第二节\\u00a0主队… beside 。第<font class=x>cs6</font>三节北岭队…: the sibling, written unspaced, is read
    without the farm's hidden noise in it, and the first number's space goes as sprinkled."""
    noise = '<font class="qz7">掌上热点</font>'
    lines = [f"本报讯（记者 林望川）12月6日晚，篮球联赛第十二轮在市体育\u2002中心进行，主队以101:93战{noise}胜来访的北岭队，取得三\u3000连胜。",
             f"首节比赛双方战成25平。第二节\u00a0主队外援连得12分，半场\u2002结束时主队以52:44领先。第{noise}三节北岭队一度将分差追至2分，但主\u00a0队凭借替补阵容再度拉开比分。",
             "全场比赛，主队四人得分上双，主教练赛后表示：“球队防守端的专\u3000注度在提高，第三节的失误还需要总\u2002结。”"]
    page = _page(lines, "篮球联赛第十二轮 主队力克北岭队").replace("<head>", "<head><style>.qz7{display:none}</style>")
    rec = clean_html(page)
    assert "第二节主队外援连得12分" in rec.text, rec.text
