"""Feeds in the older shapes real sites still serve: RSS 0.91 with Netscape's DOCTYPE, HTML entities the XML
parser does not know, a UTF-8 BOM before the declaration. Each was read as one HTML page before (the DOCTYPE and
the BOM hid the root from the sniff) or failed with "undefined entity". The texts are our own."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import Record
from pipeline.settings import Settings
from pipeline.sites import SiteRules
from pipeline.sources import open_sources
from pipeline.sources.feeds import is_feed
from pipeline.stages import build_stages, run_stages

DOCTYPE = ('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
           '"http://my.netscape.com/publish/formats/rss-0.91.dtd">')
FIRST = ("Ferry timetable changes for the winter season",
         "The island ferry will run four crossings a day from the first of November instead of six.",
         "Passengers with season tickets keep their fares; day returns rise by fifty pence.")
SECOND = ("Caf\u00e9 on the quay reopens after flood repairs",
          "The quayside caf\u00e9 reopened on Saturday after three months of repairs to its flooded kitchen.",
          "Its owner thanked neighbours who helped carry out the ruined furniture.")


def _item(story: tuple[str, str, str], n: int, title: str) -> str:
    return (f"<item><title>{title}</title><link>http://news.example.org/{n}.html</link>"
            f"<description>&lt;p&gt;{story[1]}&lt;/p&gt;&lt;p&gt;{story[2]}&lt;/p&gt;</description></item>")


def _feed(prolog: str, items: str) -> str:
    return (f'{prolog}<?xml version="1.0" encoding="ISO-8859-1"?>\n{DOCTYPE}\n<rss version="0.91"><channel>'
            f"<title>Harbour News</title><link>http://news.example.org/</link>{items}</channel></rss>\n")


def _clean(path: Path) -> list[Record]:
    stages = build_stages(Settings(), SiteRules())
    return [run_stages(record, stages) for record in open_sources([str(path)])]


def test_an_rss_091_feed_with_html_entities_is_one_article_per_item(tmp_path: Path) -> None:
    items = (_item(FIRST, 1, "Ferry timetable changes&nbsp;for the winter season")
             + _item(SECOND, 2, "Caf&eacute; on the quay reopens after flood repairs"))
    path = tmp_path / "harbour.rss"
    path.write_bytes(_feed("", items).encode("latin-1"))
    got = [(r.title, r.text, r.url, r.status) for r in _clean(path)]
    assert got == [(FIRST[0], f"{FIRST[1]}\n{FIRST[2]}", "http://news.example.org/1.html", "ok"),
                   (SECOND[0], f"{SECOND[1]}\n{SECOND[2]}", "http://news.example.org/2.html", "ok")]


def test_the_sniff_sees_a_feed_behind_a_bom_and_a_doctype() -> None:
    assert is_feed(_feed("\ufeff", "").encode("utf-8"))
    assert is_feed(b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="0.91"/>')
    assert not is_feed(b"<!DOCTYPE html>\n<html><body><p>rss</p></body></html>")


def test_a_feed_saved_as_index_html_or_piped_on_stdin_is_read_as_a_feed(tmp_path: Path, run_cli: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """wget saves a WordPress ``/feed/`` as ``feed/index.html``; ``curl .../feed/ | repost clean -`` pipes one."""
    feed = _feed("", _item(FIRST, 1, FIRST[0]) + _item(SECOND, 2, "Caf&eacute; on the quay reopens after flood"
                                                           " repairs"))
    saved = tmp_path / "feed" / "index.html"
    saved.parent.mkdir()
    saved.write_bytes(feed.encode("latin-1"))
    code, out, err = run_cli("clean", str(saved), "--format", "jsonl")
    assert (code, err) == (0, "")
    assert [json.loads(line)["title"] for line in out.splitlines()] == [FIRST[0], SECOND[0]]

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(feed.encode("latin-1"))))
    code, out, err = run_cli("clean", "-", "--format", "jsonl")
    assert (code, err) == (0, "")
    assert [json.loads(line)["url"] for line in out.splitlines()] == ["http://news.example.org/1.html",
                                                                      "http://news.example.org/2.html"]
