"""``repost demo``: the bundled fixture web crawled and cleaned on loopback, then re-crawled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.fetch.commands import main


def articles(out: Path) -> list[list[dict[str, object]]]:
    runs = sorted((out / "runs").iterdir())
    return [[json.loads(x) for x in (r / "articles.jsonl").read_text(encoding="utf-8").splitlines()] for r in runs]


def test_demo_crawls_cleans_and_recrawls_incrementally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    first_out = capsys.readouterr().out
    assert "articles.jsonl" in first_out
    assert main(["demo", "--out", str(out)]) == 0
    first, second = articles(out)
    assert second == []  # 304s: no new records
    by_title = {r["title"]: r for r in first}
    assert len(first) == 7 and all(r["status"] == "ok" for r in first)
    assert "尚未发布的稿件" not in by_title  # disallowed by robots.txt
    rain = by_title["气象台发布今年首个暴雨蓝色预警"]
    assert rain["mislabeled"] is True and "大到暴雨" in str(rain["text"])
    assert "跨河大橋昨天完成了荷載試驗" in str(by_title["跨河大橋完成荷載試驗"]["text"])
    assert "减肥茶" not in "".join(str(r["text"]) for r in first)  # the related-links spam is stripped
    stats = json.loads((sorted((out / "runs").iterdir())[1] / "stats.json").read_text(encoding="utf-8"))
    assert stats["not_modified"] == 8 and stats["fetched"] == 0


def test_one_path_repost_clean_on_the_crawl_warc_gives_the_same_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main as repost

    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    capsys.readouterr()
    [run] = sorted((out / "runs").iterdir())
    assert repost(["clean", str(run / "crawl.warc.gz")]) in (0, 1)
    cleaned = {r["url"]: r["text"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    crawled = [json.loads(x) for x in (run / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert crawled and all(cleaned[r["url"]] == r["text"] for r in crawled)
