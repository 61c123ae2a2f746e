"""``repost demo``: the bundled fixture web crawled and cleaned on loopback, then re-crawled."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.fetch.config import parse_job
from pipeline.fetch.crawl import run_crawl
from pipeline.fetch.demo import demo_job_data, fixture_web
from pipeline.settings import Settings
from pipeline.sites import SiteRules


def articles(out: Path) -> list[list[dict[str, object]]]:
    runs = sorted((out / "runs").iterdir())
    return [[json.loads(x) for x in (r / "articles.jsonl").read_text(encoding="utf-8").splitlines()] for r in runs]


def test_demo_crawls_and_cleans_the_fixture_web(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    assert "articles.jsonl" in capsys.readouterr().out
    [first] = articles(out)
    by_title = {r["title"]: r for r in first}
    assert len(first) == 7 and all(r["status"] == "ok" for r in first)
    assert "尚未发布的稿件" not in by_title  # disallowed by robots.txt
    rain = by_title["气象台发布今年首个暴雨蓝色预警"]
    assert rain["mislabeled"] is True and "大到暴雨" in str(rain["text"])
    assert "跨河大橋昨天完成了荷載試驗" in str(by_title["跨河大橋完成荷載試驗"]["text"])
    assert "减肥茶" not in "".join(str(r["text"]) for r in first)  # the related-links spam is stripped


def test_running_the_demo_job_again_is_incremental(tmp_path: Path) -> None:
    """Same fixture web (same ports) twice: 304s, revisit records, no new articles."""
    with resources.as_file(resources.files("pipeline") / "data" / "demo") as root:
        sites = sorted(p.name for p in root.iterdir() if p.is_dir())
        with fixture_web(root, sites) as web:
            job = parse_job("demo.toml", demo_job_data(root, web.bases), root)
            first = run_crawl(job, tmp_path, Settings(), SiteRules())
            second = run_crawl(job, tmp_path, Settings(), SiteRules())
    assert first.stats["fetched"] == 7
    assert second.stats["fetched"] == 0 and second.stats["not_modified"] == 8
    assert (second.run_dir / "articles.jsonl").read_text(encoding="utf-8") == ""


def test_one_path_repost_clean_on_the_crawl_warc_gives_the_same_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    capsys.readouterr()
    [run] = sorted((out / "runs").iterdir())
    assert main(["clean", str(run / "crawl.warc.gz")]) == 0
    cleaned = {r["url"]: r["text"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    crawled = [json.loads(x) for x in (run / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert crawled and all(cleaned[r["url"]] == r["text"] for r in crawled)
