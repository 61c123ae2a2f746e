# ruff: noqa: E501
"""Audit26 cases: seed-like text dumps, wave 4. The seed's own skeleton (audit14's ``dump``: spam header,
blank, NBSP line, crumb, NBSP line, blank, title, two blanks, indented paragraphs, no final newline), most
in the seed's rewriting (s2t + tone readings + folded marks), varied where the earlier waves did not vary:

``gen``   genres: court verdict, weather warning, sports result with a standings table, market close with
          many figures, a how-to numbered list, an obituary, a notice with 联系人 / 联系电话 / 附件 and sign-off;
``word``  articles whose own lines look like boilerplate: a paragraph quoting (and one opening with) a
          当前位置 path, quoted SEO keyword strings like the spam header, a paragraph opening with 责任编辑
          (with a real 责任编辑 line in the tail), paragraphs opening with 上一篇 / 下一篇 (with real ones in
          the tail);
``len``   a one-sentence flash, a 32-paragraph report with 一、二、三、 subheads;
``two``   a second full article pasted under the first (相关新闻 / 相关阅读), the title repeated in the body;
``info``  info lines in other orders: 来源 before the date, 作者 before 来源, 发布时间 with seconds, 点击数 /
          浏览次数, 作者：佚名, a publisher-uploader ``发布者：admin``, slashed unpadded dates, one field a line,
          ``[ 作者：X ]`` brackets.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "audit18"))
sys.path.insert(0, str(HERE))
import a26_texts as T  # noqa: E402
from a18_build import A8, case, dump, g  # noqa: E402
from a26_texts import Story  # noqa: E402

S2T = g()
SIMP = {"script": "simplified"}


def body(s: Story) -> str:
    return "\n".join(s.paras)


def m(publisher: str | None = None, author: str | None = None, published: str | None = None, *, keys: str = "", **extra: object) -> dict[str, object]:
    """The metadata the page states: the fields named in ``keys`` (letters p, a, d) are checked."""
    vals = {"p": ("publisher", publisher), "a": ("author", author), "d": ("published", published)}
    return {vals[k][0]: vals[k][1] for k in keys} | extra


def seed(name: str, group: str, s: Story, meta: dict[str, object], **kw: object) -> A8:
    """The seed's recipe (s2t, readings, folded marks on every line) in the seed's layout."""
    return case(name, group, dump(s, f=S2T, **kw).encode(), "txt", s.title, body(s), meta=meta | SIMP)  # type: ignore[arg-type]


def plain(name: str, group: str, s: Story, meta: dict[str, object], **kw: object) -> A8:
    """The seed's layout, the article as written (no conversion)."""
    return case(name, group, dump(s, **kw).encode(), "txt", s.title, body(s), meta=meta)  # type: ignore[arg-type]


def gen_cases() -> list[A8]:
    court, wx, sp, st, how, obit, note = T.COURT, T.WEATHER, T.SPORTS, T.STOCKS, T.HOWTO, T.OBIT, T.NOTICE
    return [
        seed("g01_court_verdict_seed", "gen", court, m("法治日报", None, "2026-06-17", keys="pd"), info=["2026-06-17 09:12　来源：法治日报"]),
        seed("g02_weather_warning_seed", "gen", wx, m("新华社", "宋语桐", "2026-06-18", keys="pad"), info=["发布时间：2026-06-18 07:05:32"]),
        seed("g03_sports_table_seed", "gen", sp, m("中国体育报", "赵启明", "2026-06-15", keys="pad"), info=["作者：赵启明　来源：中国体育报　2026-06-15 08:40"]),
        plain("g04_sports_table_plain", "gen", sp, m("中国体育报", "赵启明", "2026-06-15", keys="pad"), info=["作者：赵启明　来源：中国体育报　2026-06-15 08:40"]),
        seed("g05_stocks_figures_seed", "gen", st, m("证券时报网", None, "2026-06-09", keys="pd"), info=["来源：证券时报网　2026-06-09 15:32:18　点击数：2186"]),
        plain("g06_stocks_figures_plain", "gen", st, m("证券时报网", None, "2026-06-09", keys="pd"), info=["来源：证券时报网　2026-06-09 15:32:18　点击数：2186"]),
        seed("g07_howto_list_seed", "gen", how, m("人民网", "许安然", keys="pa")),
        seed("g08_obituary_seed", "gen", obit, m("新华社", keys="p")),
        seed("g09_notice_contacts_seed", "gen", note, m("怀化市水利局", None, "2026-04-08", keys="pd"), crumb=["当前位置：首页 > 通知公告"],
             info=["发布时间：2026-04-08 16:20:05　来源：怀化市水利局　浏览次数：356"]),
        plain("g10_notice_contacts_plain", "gen", note, m("怀化市水利局", None, "2026-04-08", keys="pd"), crumb=["当前位置：首页 > 通知公告"],
              info=["发布时间：2026-04-08 16:20:05　来源：怀化市水利局　浏览次数：356"]),
    ]


def word_cases() -> list[A8]:
    cq, seo, ed, nov = T.CRUMBQUOTE, T.SEOSPAM, T.EDITORS, T.NOVEL
    ed_info = ["来源：中国青年报　作者：龚雨辰　2026-11-02"]
    ed_m = m("中国青年报", "龚雨辰", "2026-11-02", keys="pad")
    nov_tail = ["上一篇：多地图书馆延长开放时间", "下一篇：秋季书展下月开幕"]
    return [
        seed("w01_crumb_quote_seed", "word", cq, m("新华社", "邵一凡", keys="pa")),
        plain("w02_crumb_quote_plain", "word", cq, m("新华社", "邵一凡", keys="pa")),
        seed("w03_seo_keywords_seed", "word", seo, m("新华社", "钱若溪", keys="pa")),
        plain("w04_seo_keywords_plain", "word", seo, m("新华社", "钱若溪", keys="pa")),
        seed("w05_editor_para_seed", "word", ed, ed_m, info=ed_info, tail=["责任编辑：何蕾"]),
        plain("w06_editor_para_plain", "word", ed, ed_m, info=ed_info, tail=["责任编辑：何蕾"]),
        seed("w07_novel_prev_next_seed", "word", nov, m("中新网", "孟书瑶", keys="pa"), tail=nov_tail),
        plain("w08_novel_prev_next_plain", "word", nov, m("中新网", "孟书瑶", keys="pa")),
    ]


def len_cases() -> list[A8]:
    fl, lg = T.FLASH, T.LONG
    return [
        seed("l01_one_sentence_seed", "len", fl, m("新华社", keys="p")),
        plain("l02_one_sentence_plain_tail", "len", fl, m("新华社", keys="p"), tail=["分享到：", "相关新闻", "·长征系列运载火箭完成年度第40次发射"]),
        seed("l03_long_32_paras_seed", "len", lg, m("新华社", "常思远", keys="pa")),
        plain("l04_long_32_paras_plain", "len", lg, m("新华社", "常思远", "2026-08-21", keys="pad"), info=["2026-08-21 11:08:20　来源：新华社"]),
    ]


def two_cases() -> list[A8]:
    main, sec = T.LONG, T.SECOND
    short = Story(main.title, main.paras[:7], main.publisher, main.author)
    cq = T.CRUMBQUOTE
    return [
        seed("t01_related_full_text_seed", "two", short, m("新华社", "常思远", keys="pa"), tail=["相关新闻", sec.title, *sec.paras]),
        plain("t02_related_reading_full_text_plain", "two", short, m("新华社", "常思远", keys="pa"), tail=["相关阅读：", sec.title, "来源：经济日报", *sec.paras]),
        plain("t04_second_article_after_nbsp_plain", "two", short, m("新华社", "常思远", keys="pa"), tail=["\xa0", sec.title, *sec.paras]),
        case("t03_title_repeated_first_line_seed", "two", dump(cq, f=S2T, paras=[S2T(x) for x in (cq.title, *cq.paras)]).encode(), "txt", cq.title, body(cq),
             meta=m("新华社", "邵一凡", keys="pa") | SIMP),
    ]


def info_cases() -> list[A8]:
    wx, obit, how, court, st, nov = T.WEATHER, T.OBIT, T.HOWTO, T.COURT, T.STOCKS, T.NOVEL
    return [
        plain("i01_source_time_seconds_clicks", "info", wx, m("新华社", "宋语桐", "2026-06-18", keys="pad"), info=["来源：新华社　发布时间：2026-06-18 07:05:32　点击数：5321"]),
        plain("i02_author_unknown_first", "info", obit, m("新华社", None, "2026-03-05", keys="pad"), info=["作者：佚名　来源：新华社　时间：2026-03-05"]),
        seed("i03_date_weekday_views_source_seed", "info", how, m("人民网", "许安然", "2026-07-02", keys="pad"), info=["2026年07月02日 10:26:45　星期四　浏览次数：1208　来源：人民网"]),
        plain("i04_uploader_slashed_date", "info", court, m("法治日报", None, "2026-06-17", keys="pd"), info=["发布者：admin　来源：法治日报　发布时间：2026/6/17 9:12:05"]),
        seed("i05_one_field_a_line_seed", "info", st, m("证券时报网", None, "2026-06-09", keys="pd"), info=["来源：证券时报网", "发布时间：2026-06-09 15:32:18", "点击数：2186"]),
        plain("i06_bracketed_fields", "info", nov, m("中新网", "孟书瑶", "2026-10-20", keys="pad"), info=["[ 作者：孟书瑶 ]　[ 来源：中新网 ]　[ 点击数：88 ]　[ 更新时间：2026-10-20 ]"]),
    ]


def build_all() -> list[A8]:
    return gen_cases() + word_cases() + len_cases() + two_cases() + info_cases()
