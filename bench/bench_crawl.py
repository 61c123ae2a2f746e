"""Crawl bench: our crawler vs Scrapy vs a raw httpx loop on the same generated loopback web, in one run.

    nice python bench/bench_crawl.py [--sites 20] [--articles 10] [--bulk-articles 100] [--delay 0.1]

Two webs, each crawled by every contender in its own subprocess (CPU and peak memory from
os.wait4's rusage of that process):

* polite: robots.txt with Disallow and Crawl-delay, a 429 and a 503 with Retry-After per site, a
  tracking-parameter duplicate, links and a redirect to a trap address. The server-side audit counts
  robots violations, intervals under Crawl-delay, Retry-After violations, duplicate fetches,
  requests to the trap, coverage of allowed articles, and the request span against the delay bound.
* bulk: no delays, no faults, many pages: throughput (pages/s) and CPU seconds per 1000 pages.
  Ours runs fetch+WARC only (``--no-clean``, like the others, which only download) and, in a
  separate row, with cleaning.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawl_web import Web, audit

ROOT = Path(__file__).resolve().parent.parent

SCRAPY = """
import json, sys
from urllib.parse import urlsplit
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider
sitemaps, delay, per_host, total = json.loads(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
class Bench(SitemapSpider):
    name = "bench"
    sitemap_urls = sitemaps
    allowed_domains = sorted({urlsplit(u).hostname for u in sitemaps})
    def parse(self, response):
        pass
process = CrawlerProcess(settings={
    "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": delay, "RANDOMIZE_DOWNLOAD_DELAY": False,
    "CONCURRENT_REQUESTS": total, "CONCURRENT_REQUESTS_PER_DOMAIN": per_host, "LOG_LEVEL": "ERROR",
    "USER_AGENT": "scrapy-bench (+http://127.0.0.1/)", "TELNETCONSOLE_ENABLED": False, "COOKIES_ENABLED": False,
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7"})
process.crawl(Bench)
process.start()
"""

RAW_HTTPX = """
import asyncio, json, re, sys
import httpx
async def main(sitemaps, total):
    gate = asyncio.Semaphore(total)
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=total), follow_redirects=True) as client:
        async def get(url):
            async with gate:
                try:
                    return await client.get(url)
                except httpx.HTTPError:
                    return None
        maps = await asyncio.gather(*(get(u) for u in sitemaps))
        urls = [u.replace("&amp;", "&") for r in maps if r for u in re.findall(r"<loc>(.*?)</loc>", r.text)]
        await asyncio.gather(*(get(u) for u in urls))
asyncio.run(main(json.loads(sys.argv[1]), int(sys.argv[2])))
"""


def job_toml(web: Web, delay: float, per_host: int, total: int) -> str:
    sites = "".join(f'[[sites]]\nname = "s{i}"\nsitemaps = ["{b}/sitemap.xml"]\n\n' for i, b in enumerate(web.bases))
    return (f'name = "bench"\nuser_agent = "repost-bench/0.1"\nallow_private_networks = true\n\n'
            f"[politeness]\ndelay = {delay}\nper_host = {per_host}\nconcurrency = {total}\n\n"
            f"[fetch]\nbackoff = 0.5\n\n[limits]\nmax_pages = 100000\n\n{sites}")


def run(cmd: list[str]) -> dict[str, float]:
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace").strip()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        print(f"  {' '.join(cmd[:5])[:80]} exited {proc.returncode}: {err[-500:]}", file=sys.stderr)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def contenders(web: Web, tmp: Path, delay: float, per_host: int, total: int) -> dict[str, list[str]]:
    job = tmp / f"job-{delay}.toml"
    job.write_text(job_toml(web, delay, per_host, total), encoding="utf-8")
    sitemaps = json.dumps([b + "/sitemap.xml" for b in web.bases])
    ours = [sys.executable, "-m", "pipeline", "crawl", str(job)]
    return {
        "ours": [*ours, "--no-clean", "--out", str(tmp / f"ours-{time.monotonic_ns()}")],
        "ours+clean": [*ours, "--out", str(tmp / f"ours-clean-{time.monotonic_ns()}")],
        "scrapy": [sys.executable, "-c", SCRAPY, sitemaps, str(delay), str(per_host), str(total)],
        "raw httpx": [sys.executable, "-c", RAW_HTTPX, sitemaps, str(total)],
    }


def measure(web: Web, tmp: Path, delay: float, per_host: int, total: int) -> dict[str, dict[str, float]]:
    rows = {}
    for name, cmd in contenders(web, tmp, delay, per_host, total).items():
        web.reset()
        result = run(cmd)
        found = audit(web)
        pages = sum(1 for h in web.log if h.status == 200 and h.path.startswith("/a/"))
        rows[name] = result | found | {"pages": pages, "pages_s": pages / result["wall"],
                                       "cpu_1k": 1000 * result["cpu"] / max(pages, 1)}
    return rows


def table(title: str, rows: dict[str, dict[str, float]], cols: list[tuple[str, str, str]]) -> None:
    print(f"\n{title}")
    print("  " + "".join(f"{h:>13}" for _, h, _ in [("", "contender", ""), *cols]))
    for name, row in rows.items():
        print("  " + f"{name:>13}" + "".join(f"{format(row[k], f):>13}" for k, _, f in cols))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--bulk-articles", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with Web(args.sites, args.articles, args.delay, faults=True) as web:
            polite = measure(web, tmp, args.delay, 1, 16)
        with Web(args.sites, args.bulk_articles, None, faults=False) as web:
            bulk = measure(web, tmp, 0.0, 4, 16)
    table(f"polite web: {args.sites} sites x {args.articles} articles, Crawl-delay {args.delay} s, "
          "429/503 with Retry-After 1 s, trap links", polite,
          [("robots", "robots viol", ".0f"), ("interval", "delay viol", ".0f"), ("retry_after", "R-A viol", ".0f"),
           ("duplicates", "duplicates", ".0f"), ("forbidden", "trap hits", ".0f"), ("coverage", "coverage", ".0%"),
           ("span", "span s", ".2f"), ("bound", "bound s", ".2f"), ("wall", "wall s", ".2f")])
    for name, row in polite.items():
        print(f"  {name}: span / delay bound = {row['span'] / max(row['bound'], 1e-9):.3f}")
    table(f"bulk web: {args.sites} sites x {args.bulk_articles} articles, no delay, 16 in flight (4 per host)",
          bulk, [("pages", "pages", ".0f"), ("pages_s", "pages/s", ".1f"), ("cpu_1k", "CPU s/1k pg", ".2f"),
                 ("rss_mb", "peak MB", ".1f"), ("coverage", "coverage", ".0%"), ("wall", "wall s", ".2f")])
    ours, raw, scrapy = bulk["ours"], bulk["raw httpx"], bulk["scrapy"]
    print(f"\n  ours / raw httpx pages/s = {ours['pages_s'] / raw['pages_s']:.2f} (target >= 0.80)")
    print(f"  ours / scrapy CPU per page = {ours['cpu_1k'] / scrapy['cpu_1k']:.2f} (target <= 1.00)")
    print(f"  ours+clean / scrapy CPU per page = {bulk['ours+clean']['cpu_1k'] / scrapy['cpu_1k']:.2f}")


if __name__ == "__main__":
    main()
