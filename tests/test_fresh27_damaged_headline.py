"""A headline that lost a character (U+FFFD) in both the h1 and the <title>, the <title> with keyword spam glued
on after it: the <title>'s clean part was the spam (longer than the damaged headline), and the h1 yielded to it.
The texts are our own; the first test failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

BODY = ("<p>本报讯（记者 林晓帆）11月20日晚，新编越剧《渡口春深》在市文化中心首演，讲述江南小镇三代摆渡人的故事。</p>"
        "<p>该剧由青年编剧周岚创作，历时一年半，主创团队多次走访沿江古镇，收集了大量老船工的口述资料。</p>"
        "<p>演出结束后，不少观众留在剧场与演员合影。该剧明年春天将在省内巡演。</p>")


def _page(title: str, h1: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="article"><h1>{h1}</h1><div class="content">{BODY}</div></div></body></html>')


def test_a_damaged_headline_written_so_in_the_title_beats_the_spam_glued_on() -> None:
    head = "\ufffd编越剧《渡口春深》首演 讲述三代摆渡人的故事"
    record = clean_html(_page(f"{head}_澳门葡京娱乐-澳门葡京官网-葡京娱乐app下载-最新网址", head))
    assert record.title == head


def test_a_damaged_h1_still_yields_to_a_clean_title() -> None:
    """Guard: the <title> writes the headline whole; the h1 that lost a character yields to it."""
    head = "新编越剧《渡口春深》首演 讲述三代摆渡人的故事"
    record = clean_html(_page(f"{head}_城事资讯网", "\ufffd" + head[1:]))
    assert record.title == head
