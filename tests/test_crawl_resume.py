"""A crawl killed with SIGKILL resumes: every article exactly once across the runs; the lock; config errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.errors import ConfigError
from pipeline.fetch.config import load_job
from pipeline.fetch.output import CrawlLocked, DirLock

from .servers import Reply, Site, html

ROOT = Path(__file__).resolve().parent.parent
N = 14


def write_job(tmp: Path, site: Site) -> Path:
    job = tmp / "job.toml"
    job.write_text(f"""
name = "resume"
user_agent = "repost-test/1"
allow_private_networks = true
[politeness]
delay = 0.1
[[sites]]
name = "local"
sitemaps = ["{site.url('/sitemap.xml')}"]
""", encoding="utf-8")
    return job


def crawl_cmd(job: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "crawl", str(job), "--out", str(out)]


@pytest.fixture
def many() -> Site:
    site = Site()
    locs = "".join(f"<url><loc>{site.url(f'/n/{i}.html')}</loc></url>" for i in range(N))
    site.routes["/robots.txt"] = Reply(404)
    site.routes["/sitemap.xml"] = Reply(body=f"<urlset>{locs}</urlset>".encode(),
                                        headers={"Content-Type": "application/xml"})
    for i in range(N):
        site.routes[f"/n/{i}.html"] = Reply(body=html(f"第{i}条新闻", f"这是第{i}条测试新闻的正文，内容完全是虚构的。"))
    with site:
        yield site


def test_sigkill_mid_crawl_then_resume_loses_and_duplicates_nothing(many: Site, tmp_path: Path) -> None:
    job, out = write_job(tmp_path, many), tmp_path / "out"
    proc = subprocess.Popen(crawl_cmd(job, out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while sum(p.startswith("/n/") for p in many.paths()) < 5 and proc.poll() is None:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = subprocess.run(crawl_cmd(job, out), cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "resumed" in done.stdout
    runs = sorted((out / "runs").iterdir())
    assert len(runs) == 2
    urls = []
    for run in runs:
        for line in (run / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            urls.append(json.loads(line)["url"])
        with (run / "crawl.warc.gz").open("rb") as fh:
            assert all(r.rec_type for r in ArchiveIterator(fh))  # trimmed to whole records
    assert sorted(urls) == sorted(many.url(f"/n/{i}.html") for i in range(N))


def test_a_second_run_on_the_same_directory_is_refused(tmp_path: Path) -> None:
    with DirLock(tmp_path / "lock"), pytest.raises(CrawlLocked, match="another crawl"), DirLock(tmp_path / "lock"):
        pass


def test_a_second_process_says_so_and_exits_1(many: Site, tmp_path: Path) -> None:
    job, out = write_job(tmp_path, many), tmp_path / "out"
    with DirLock(out / "lock"):
        second = subprocess.run(crawl_cmd(job, out), cwd=ROOT, capture_output=True, text=True)
    assert second.returncode == 1 and "another crawl is running" in second.stderr


@pytest.mark.parametrize(("text", "message"), [
    ('[[sites]]\nsitemaps = ["http://a.test/s.xml"]\ncolour = 1\n', "unknown key 'colour'"),
    ('[limits]\nmax_pagez = 3\n[[sites]]\nfeeds = ["http://a.test/f"]\n', "unknown key 'max_pagez' in [limits]"),
    ('tpyo = 1\n[[sites]]\nfeeds = ["http://a.test/f"]\n', "unknown key 'tpyo'"),
    ('[[sites]]\nname = "x"\n', "no start point"),
    ('[[sites]]\nfeeds = ["ftp://a.test/f"]\n', "not an http(s) URL"),
    ('[[sites]]\nfeeds = ["http://a.test/f"]\narticle = "("\n', "bad regular expression"),
    ('[politeness]\ndelay = "slow"\n[[sites]]\nfeeds = ["http://a.test/f"]\n', "must be a number"),
])
def test_job_validation_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_job(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_example_job_loads() -> None:
    for path in (ROOT / "configs" / "crawls").glob("*.toml"):
        assert load_job(path).sites
