"""Audit29: --explain names every dropped block. A run of blocks dropped under one rule (a menu's items,
a related list, the hidden elements of a page) was shortened as one snippet, so the blocks in its middle
appeared nowhere in the change log; now each block is shortened on a line of its own. The same held for
a page dropped as no article (its paragraphs joined) and a text dump's appended story (its lines joined)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline import clean_html, clean_text

_PARAS = [
    "The valley's last working watermill will grind flour again this summer after a two-year restoration paid "
    "for by villagers and a heritage grant.",
    "Volunteers rebuilt the wheel from oak felled on the estate, and a retired millwright taught them to dress "
    "the stones by hand.",
    "The mill opens to visitors on Saturdays from June, and its flour will be sold in the village shop.",
]
_MENU = ["Regional news", "Farming and land", "Heritage and history", "Schools and colleges", "Roads and transport",
         "Courts and councils", "Weather warnings", "Letters to the editor"]
_HIDDEN = ["Subscribe to our morning newsletter for the valley's headlines",
           "Log in to save articles and follow the stories you care about",
           "Advertise with the Valley Courier across print and online"]


def _page() -> str:
    menu = "".join(f"<li><a href='/s/{i}'>{name}</a></li>" for i, name in enumerate(_MENU))
    hidden = "".join(f"<div style='display:none'><p>{text}</p></div>" for text in _HIDDEN)
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><head><meta charset='utf-8'><title>Watermill grinds again</title></head><body>{hidden}"
            f"<nav><ul>{menu}</ul></nav><article><h1>Watermill grinds again</h1>{body}</article></body></html>")


def test_every_dropped_menu_item_and_hidden_element_is_named_in_the_log() -> None:
    record = clean_html(_page())
    assert record.text == "\n".join(_PARAS)
    shown = "\n".join(c.before for c in record.changes if c.stage == "strip")
    for text in _MENU + _HIDDEN:
        assert text[:20] in shown, text  # each block's start is shown (a long one is shortened to head…tail)


def test_the_cli_explain_shows_every_dropped_block(tmp_path: Path) -> None:
    page = tmp_path / "mill.html"
    page.write_text(_page(), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pipeline", "clean", str(page), "--explain"], capture_output=True,
                         text=True, check=True).stdout
    changes = json.loads(out)["explain"]["changes"]
    befores = "\n".join(c["before"] for c in changes if c["stage"] == "strip")
    assert all(text[:20] in befores for text in _MENU + _HIDDEN)
    # The counts still add up: each run counts every non-space character it removed.
    kept = len("".join(json.loads(out)["text"].split()))
    removed = sum(c["chars_removed"] for c in changes if c["stage"] == "strip")
    shown = "".join(_MENU + _HIDDEN + _PARAS + ["Watermill grinds again"])
    assert kept + removed == len("".join(shown.split()))


def test_a_not_found_pages_dropped_paragraphs_are_each_named() -> None:
    lines = ["Sorry, the page you were looking for could not be found on this server.",
             "It may have been moved, renamed or taken down by the editors since you saved the link.",
             "Try the search box above, or start again from the front page of the Valley Courier."]
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (f"<html><head><meta charset='utf-8'><title>Page not found - The Valley Courier</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><div class='content'>{body}</div></body></html>")
    record = clean_html(html)
    assert record.status == "dropped"
    logged = [c for c in record.changes if c.rule == "heuristic:no_article"]
    assert len(logged) == 1 and all(line[:20] in logged[0].before for line in lines)
    assert logged[0].chars_removed == len("".join("".join(lines).split()))


def test_a_text_dumps_appended_story_is_logged_line_by_line() -> None:
    own = ["　　本报讯 江城市今年将新建和改造城市公园二十座，其中五座位于老城区，预计年底前全部向市民开放。",
           "　　市园林局负责人介绍，新建公园将保留原有树木，增加儿童游乐设施和健身步道，方便周边居民日常休闲。",
           "　　据了解，今年全市还将新增绿道一百公里，串联主要公园和滨江地带，形成完整的慢行网络。"]
    other = ["江城地铁三号线试运行",
             "　　本报讯 江城地铁三号线今日起开始试运行，全线共设车站二十二座，试运行期间不载客。",
             "　　地铁公司表示，试运行将持续三个月，期间将对信号、供电和车辆系统进行全面测试，确保正式运营安全可靠。",
             "　　三号线正式开通后，将连接城东新区和老城区，沿线居民出行时间有望缩短一半。"]
    record = clean_text("江城今年新建改造城市公园二十座\n\n" + "\n".join(own) + "\n\n" + "\n".join(other))
    assert record.text == "\n".join(line.strip("　") for line in own)
    logged = [c for c in record.changes if c.rule == "heuristic:next_story"]
    assert len(logged) == 1 and all(line.strip("　") in logged[0].before for line in other)
