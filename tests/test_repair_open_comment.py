"""A page's comment left open (`<!--禁止选择star--` with no `>`) runs, as a browser reads it, up to the next
`-->`, often a script's `//-->`: the `<script>` inside it is no element, and the story after it is text. The
repair stage's markup scan took that `<script>` for one running to the page's next `</script>`, far below,
so the references in the story were not read and the pinyin readings they spell were left (a 2017 city
portal's template). The page is our own writing in that template's shape."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.repair.markup import comment_around, element_spans
from pipeline.repair.view import raw_elements

HEAD = "河滨公园新添健身步道"
# (tone-marked vowels written as references, as a page in a legacy encoding writes them)
READ = "本（b&#283;n）报讯　河（h&#233;）滨公园（yu&#225;n）新修的健身步道昨日开放，全长三公里，沿（y&#225;n）河而建。"
PLAIN = "本报讯　河滨公园新修的健身步道昨日开放，全长三公里，沿河而建。"
SECOND = "附近居民说，以前晚饭后只能在马路边散步，现在有了专门的步道，走起来安全多了。"


def _page(guard: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{HEAD}_城市新闻_河城网</title>
<script src="/js/jquery.min.js"></script>
{guard}
<script language="JavaScript">
<!--
function key(){{ if(event.shiftKey){{ window.close(); }} return false; }}
document.onkeydown=key;
//-->
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/city/">城市</a></div>
<div class="article"><h2>{HEAD}</h2><div class="info">2021-04-12 09:30　来源：河城日报</div>
<p>{READ}</p><p>{SECOND}</p></div>
<div class="pages"><script>createPageHTML(1, 0, "t20210412", "html")</script></div>
<div class="foot">河城网 版权所有</div></body></html>"""


def test_a_story_after_a_comment_left_open_has_its_readings_removed() -> None:
    rec = clean_html(_page("<!--页面禁止选择star--").encode())
    assert (rec.title, rec.text) == (HEAD, f"{PLAIN}\n{SECOND}")


def test_a_script_inside_a_comment_is_no_element_and_one_after_it_is() -> None:
    page = "<p>a</p><!--x--\n<script>b()\n//-->\n<p>中</p><script>c('中')</script><!-->d<script>e</script>"
    script_c = page.index("<script>c")
    script_e = page.index("<script>e")
    expected = [(script_c, page.index("<!-->")), (script_e, len(page))]
    assert element_spans(page, "script|style") == expected
    assert raw_elements(page) == [(start, end, True) for start, end in expected]
    assert comment_around(page, 0, page.index("<script>b")) == page.index("-->") + 3
    assert comment_around(page, page.index("<p>中"), script_c) == -1
    assert comment_around("<!--x--!><script>", 0, 9) == -1
    assert element_spans("<!--x--><script>f</script>", "script") == [(8, 26)]
