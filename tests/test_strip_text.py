"""Text mode (extract_text) and the drop-accounting property of both modes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.record import Change
from pipeline.strip import extract_html, extract_text
from pipeline.strip.ledger import visible_chars
from pipeline.strip.tags import parse, strip_non_text

from .helpers import FIXTURES

SEED_STYLE = (FIXTURES / "pages" / "zh-text-seed-style" / "source.bin").read_text(encoding="utf-8")
UNREPAIRED = (FIXTURES / "pages" / "zh-text-traditional-pinyin" / "source.bin").read_text(encoding="utf-8")


def test_seed_style_text_keeps_dateline_and_body_and_names_every_drop() -> None:
    art = extract_text(SEED_STYLE)
    assert art.title == "乡村书屋“活”起来 农闲时节读书忙"
    assert art.paragraphs[0].startswith("新华社长沙1月20日电")
    assert art.paragraphs[-1].endswith("“充电站”。")
    assert art.publisher == "新华社"
    assert [c.rule for c in art.changes] == [
        "heuristic:spam_header", "heuristic:breadcrumb", "strip:title", "heuristic:byline_editor",
        "heuristic:related", "heuristic:share", "heuristic:copyright_footer"]


def test_detectors_see_through_pinyin_glosses_and_traditional_script() -> None:
    art = extract_text(UNREPAIRED)
    rules = [c.rule for c in art.changes]
    assert rules[:2] == ["heuristic:spam_header", "heuristic:breadcrumb"]
    assert art.title == "城市綠道串起“十五分鐘”休閑圈"
    assert len(art.paragraphs) == 3 and art.publisher == "新華社"


def test_paragraphs_are_lines_without_indentation() -> None:
    art = extract_text("标题在这里\n\n　　第一段，有标点。\n    第二段，也有标点。\n")
    assert art.paragraphs == ["第一段，有标点。", "第二段，也有标点。"]


def test_text_safety_valve() -> None:
    art = extract_text("分享到：其实这是唯一的一行正文内容")
    assert art.paragraphs == ["分享到：其实这是唯一的一行正文内容"]
    assert [f.rule for f in art.flags] == ["safety_valve"]


def _accounted(kept: list[str], changes: list[Change]) -> int:
    """Non-whitespace chars kept plus those every recorded drop removed."""
    return sum(visible_chars(p) for p in kept) + sum(c.chars_removed for c in changes)


def test_drop_accounting_on_text() -> None:
    for text in (SEED_STYLE, UNREPAIRED):
        art = extract_text(text)
        assert _accounted(art.paragraphs, art.changes) == visible_chars(text)


def _visible(html: str) -> int:
    tree = parse(html)
    strip_non_text(tree)
    root = tree.body or tree.root
    return visible_chars(root.text(deep=True)) if root is not None else 0


def test_drop_accounting_on_every_golden_html_page() -> None:
    from pipeline.decode import decode_bytes

    for page in sorted(Path(FIXTURES / "pages").iterdir()):
        if not (page / "source.bin").is_file() or "text" in page.name or "jsonld" in page.name:
            continue
        html = decode_bytes((page / "source.bin").read_bytes()).text
        art = extract_html(html)
        assert _accounted(art.paragraphs, art.changes) == _visible(html), page.name


PIECES = st.sampled_from([
    "<p>正文段落，包含标点符号。这一段足够长，可以被当作文章。</p>", "<p>Short line</p>",
    '<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>', "<span style='display:none'>藏</span>",
    "<table><tr><td>甲</td><td>乙</td></tr></table>", "<ul><li>一项</li><li>两项</li></ul>", "文字<br>换行",
    "<div class='footer'>版权所有 ICP备123号</div>", "<h1>标题</h1>", "<!-- 注释 -->", "<script>var x = 1;</script>",
    "<p>相关阅读</p>", "<p>上一篇：旧文</p>", "<figure><figcaption>图为示意</figcaption></figure>",
    "<form><input value='x'><button>搜索</button></form>", "<p>　　全角缩进的段落，内容也不短，还有逗号。</p>",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12))
def test_drop_accounting_property(pieces: list[str]) -> None:
    html = "<html><body><div class='content'>" + "".join(pieces) + "</div></body></html>"
    art = extract_html(html)
    if any(f.rule == "body_from_structured_data" for f in art.flags):
        return
    assert _accounted(art.paragraphs, art.changes) == _visible(html)


def test_visible_chars_counts_everything_but_whitespace() -> None:
    assert visible_chars("two words") == 8
    assert visible_chars("中文\u3000全角\u00a0空格") == 6
    assert visible_chars(" tab\tline\nfeed\x0b\x1f end ") == 14


_ZH_BODY = ("新华社郑州9月3日电 记者3日从河南省自然资源厅获悉，黄河下游滩区今年已完成土地整治2.1万亩。",
            "河南省自然资源厅有关负责人表示，下一步将继续推进滩区国土空间综合整治。")


@pytest.mark.parametrize("tail", [
    "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n\n阅读 (3217)\n\n不感兴趣",
    "文章关键词： 大额存单 利率\n\n海量资讯、精准解读，尽在新浪财经APP",
    "特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。",
    "分享让更多人看到", "澎湃新闻报料：021-962866", "Loading...",
    "この記事は有料記事です。残り812文字\n\n有料会員になると続きをお読みいただけます。",
])
def test_a_portals_tail_lines_are_dropped_from_a_dump(tail: str) -> None:
    article = extract_text("黄河下游滩区今年完成两万亩土地整治\n\n" + "\n\n".join(_ZH_BODY) + f"\n\n{tail}\n")
    assert article.paragraphs == list(_ZH_BODY)
