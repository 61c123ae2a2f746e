"""The ``fetch``, ``crawl`` and ``demo`` subcommands (wired into ``repost`` by pipeline/cli.py)."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings, load_settings
from ..sites import SiteRules, load_rules
from .client import FetchConfig
from .config import Job, Site, default_hosts, load_job
from .crawl import run_crawl
from .output import CrawlLocked
from .single import fetch_pages
from .urls import canonical

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def settings_and_rules(args: argparse.Namespace, job: Job | None = None) -> tuple[Settings, SiteRules]:
    """The same settings and site rules ``repost clean`` uses (the job's sites_dir wins when set)."""
    config_dir = Path(args.config_dir) if getattr(args, "config_dir", None) else Path("configs")
    settings = load_settings(config_dir if config_dir.is_dir() else None)
    settings = settings.with_overrides(explain=getattr(args, "explain", False) or None)
    sites_dir = job.sites_dir if job and job.sites_dir else settings.sites_dir
    return settings, load_rules(sites_dir) if sites_dir else SiteRules()


def job_from_args(args: argparse.Namespace) -> Job:
    """A job for ``--start URL ...``: one site per start host; the kind of each start is found on fetch."""
    starts: dict[str, list[str]] = {}
    for raw in args.start:
        url = canonical(raw)
        if url is None:
            raise ConfigError("--start", f"not an http(s) URL: {raw!r}")
        starts.setdefault(url.split("/")[2].split(":")[0], []).append(url)
    try:
        article = re.compile(args.link_pattern) if args.link_pattern else None
    except re.error as exc:
        raise ConfigError("--link-pattern", str(exc)) from exc
    sites = tuple(Site(name=host, pages=tuple(urls), hosts=default_hosts(urls), article=article)
                  for host, urls in starts.items())
    if article is not None:  # with a link pattern, HTML start pages are list pages
        sites = tuple(replace(s, pages=(), lists=s.pages) for s in sites)
    return Job(name="start", sites=sites)


def _overrides(job: Job, args: argparse.Namespace) -> Job:
    limits = job.limits
    if args.max_pages is not None:
        limits = replace(limits, max_pages=args.max_pages)
    if args.max_depth is not None:
        limits = replace(limits, max_depth=args.max_depth)
    politeness = replace(job.politeness, delay=args.delay) if args.delay is not None else job.politeness
    fetch = job.fetch
    if args.user_agent:
        fetch = replace(fetch, user_agent=args.user_agent)
    if args.contact:
        fetch = replace(fetch, contact=args.contact)
    return replace(job, limits=limits, politeness=politeness, fetch=fetch, clean=job.clean and not args.no_clean,
                   allow_private_networks=job.allow_private_networks or args.allow_private_networks)


def cmd_crawl(args: argparse.Namespace) -> int:
    if bool(args.job) == bool(args.start):
        print("repost crawl: error: give a job file or --start URL ... (not both)", file=sys.stderr)
        return EXIT_USAGE
    if args.start and not args.out:
        print("repost crawl: error: --start needs --out DIR (it holds the crawl state)", file=sys.stderr)
        return EXIT_USAGE
    job = _overrides(load_job(Path(args.job)) if args.job else job_from_args(args), args)
    out = Path(args.out) if args.out else Path("crawl-out") / job.name
    settings, rules = settings_and_rules(args, job)
    try:
        result = run_crawl(job, out, settings, rules)
    except CrawlLocked as exc:
        print(f"repost crawl: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"\nrepost crawl: interrupted; run the same command again to resume ({out})", file=sys.stderr)
        return EXIT_FAILED
    print(result.summary)
    return EXIT_FAILED if result.stats["failed"] else EXIT_OK


def cmd_fetch(args: argparse.Namespace) -> int:
    config = FetchConfig()
    config = replace(config, user_agent=args.user_agent or config.user_agent, contact=args.contact or "")
    return fetch_pages(args.urls, Path(args.output), config, delay=1.0 if args.delay is None else args.delay,
                       allow_private=args.allow_private_networks)


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(Path(args.out), args)


def _agent_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user-agent", help=f"product token/version (default {FetchConfig().user_agent})")
    p.add_argument("--contact", help="URL or e-mail where site owners reach you (added to the User-Agent)")
    p.add_argument("--delay", type=float, help="seconds between requests to one host (Crawl-delay may raise it)")
    p.add_argument("--allow-private-networks", action="store_true",
                   help="allow loopback and private addresses (tests, intranets); refused by default")


def add_fetch_parsers(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("crawl", help="crawl a job (incremental, resumable, one run at a time)",
                              description="Crawl sitemaps, feeds and list pages politely; write WARC and "
                                          "clean JSONL per run under --out DIR. Run again to re-crawl.")
    p.add_argument("job", nargs="?", help="configs/crawls/JOB.toml")
    p.add_argument("--start", action="append", metavar="URL", help="a sitemap, feed or page (repeatable)")
    p.add_argument("--out", metavar="DIR", help="state and runs (default crawl-out/<job name>)")
    p.add_argument("--link-pattern", metavar="REGEX", help="with --start: follow links matching this to articles")
    p.add_argument("--max-pages", type=int, help="article pages per run")
    p.add_argument("--max-depth", type=int, help="link hops from a start point")
    p.add_argument("--explain", action="store_true", help="add the full change log to each record")
    p.add_argument("--no-clean", action="store_true", help="archive only (WARC); no articles.jsonl records")
    _agent_options(p)
    p.set_defaults(func=cmd_crawl)

    p = subparsers.add_parser("fetch", help="download single pages politely into a WARC",
                              description="Download single pages politely (robots.txt, delay) into a WARC.")
    p.add_argument("urls", nargs="+", metavar="URL", help="pages to download")
    p.add_argument("-o", "--output", required=True, metavar="OUT.warc.gz", help="the WARC to write")
    _agent_options(p)
    p.set_defaults(func=cmd_fetch)

    p = subparsers.add_parser("demo", help="crawl and clean the bundled fixture web on loopback")
    p.add_argument("--out", default="demo-out", metavar="DIR", help="where the demo crawl goes (default demo-out)")
    p.add_argument("--explain", action="store_true", help="add the full change log to each record")
    p.set_defaults(func=cmd_demo)
