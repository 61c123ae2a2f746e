# ruff: noqa: E501
"""Audit38 session 21: a lost lead byte in the headline repeated in the page's JSON-LD (招生入?W通知): the h1's
spot was restored from the page's words, the JSON-LD's was skipped as markup, and the title, read from the
JSON-LD, kept the damage. A JSON-LD script holds the article as data, damaged as its prose is. The texts are our
own; the test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html
from pipeline.repair import repair_text

_HEAD = "市教育局發佈義務教育招生入?W通知"
_BODY = ("<p>記者從市教育局獲悉，今年全市義務教育階段招生工作將於7月1日啓動，今年繼續實行網上報名、免試就近入學。</p>\n"
         "<p>市教育局提醒，家長應通過官方平臺報名，不要輕信所謂內部指標等虛假信息。</p>\n")


def test_the_json_ld_headlines_spot_is_restored_with_the_h1s() -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="gbk"><title>招生通知_星河資訊網</title>'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{_HEAD}"}}</script></head><body>'
            f'<article><h1>{_HEAD}</h1><div class="article-body">{_BODY}</div></article></body></html>')
    record = clean_html(page.encode("gbk"))
    assert record.title is not None and record.title.endswith(("招生入學通知", "招生入学通知"))


def test_a_spot_in_a_pages_own_script_stays() -> None:
    """The guard: a script's string (code, not the article's data) is still no prose: its spot left as it is,
    unflagged (the page is GBK: the story a mainland site converted is restored, the string with it)."""
    text = f'<script>var t = "{_HEAD}";</script>\n<p>今年繼續實行網上報名、免試就近入學。</p>'
    rec = repair_text(text, codec_hint="gbk")
    assert 'var t = "市教育局发布义务教育招生入?W通知";' in rec.text
    assert not rec.flags
