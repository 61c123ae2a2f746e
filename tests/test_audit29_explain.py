"""Audit29: --explain names every dropped block. A run of blocks dropped under one rule (a menu's items,
a related list, the hidden elements of a page) was shortened as one snippet, so the blocks in its middle
appeared nowhere in the change log; now each block is shortened on a line of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline import clean_html

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
