"""Crawl jobs: ``configs/crawls/<job>.toml``, validated; unknown keys are errors naming file and key.

See ``configs/crawls/example.toml`` for every option with a comment.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigError
from .client import FetchConfig
from .frontier import Found
from .urls import canonical


@dataclass(frozen=True, slots=True)
class Limits:
    max_pages: int = 10_000          # article pages fetched per run (sitemaps, feeds, lists not counted)
    max_total_bytes: int = 2_000_000_000
    max_depth: int = 3               # link hops from a start point


@dataclass(frozen=True, slots=True)
class Politeness:
    delay: float = 1.0               # default seconds between requests to one host (Crawl-delay may raise it)
    per_host: int = 1                # requests in flight per host
    concurrency: int = 16            # requests in flight in total
    max_crawl_delay: float = 60.0    # a host whose robots.txt asks a longer Crawl-delay is skipped this run


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()      # start points of unknown kind: sitemap, feed or page, decided on fetch
    hosts: tuple[str, ...] = ()
    article: re.Pattern[str] | None = None
    follow: re.Pattern[str] | None = None
    include: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()

    def in_scope(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.hosts:
            return False
        if self.include and not any(p.search(url) for p in self.include):
            return False
        return not any(p.search(url) for p in self.exclude)

    def is_article(self, url: str) -> bool:
        return self.article is None or bool(self.article.search(url))


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    sites: tuple[Site, ...]
    fetch: FetchConfig = field(default_factory=FetchConfig)
    limits: Limits = field(default_factory=Limits)
    politeness: Politeness = field(default_factory=Politeness)
    allow_private_networks: bool = False
    sites_dir: Path | None = None
    clean: bool = True               # false: archive only (WARC); clean later with ``repost clean crawl.warc.gz``

    def site(self, name: str) -> Site:
        return next(s for s in self.sites if s.name == name)


_SITE_LISTS = ("sitemaps", "feeds", "lists", "pages", "hosts")
_SITE_KEYS = {"name", *_SITE_LISTS, "article", "follow", "include", "exclude"}


def _section(source: str, where: str, data: Any, cls: type) -> dict[str, Any]:
    """A table of numbers whose keys are the fields of ``cls`` (user_agent and contact live at the top)."""
    if not isinstance(data, dict):
        raise ConfigError(source, f"[{where}] must be a table")
    known = {f.name for f in fields(cls)} - {"user_agent", "contact"}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(source, f"unknown key {key!r} in [{where}]")
        default = next((f.default for f in fields(cls) if f.name == key), None)
        if isinstance(default, bool) or not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(source, f"[{where}] {key} must be a number")
        if value < 0 or (isinstance(default, int) and not isinstance(value, int)):
            raise ConfigError(source, f"[{where}] {key} must be a non-negative {type(default).__name__}")
    return dict(data)


def _regex(source: str, where: str, value: Any) -> re.Pattern[str]:
    if not isinstance(value, str):
        raise ConfigError(source, f"{where} must be a regular expression string")
    try:
        return re.compile(value)
    except re.error as exc:
        raise ConfigError(source, f"{where}: bad regular expression: {exc}") from exc


def _urls(source: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(source, f"{where} must be a list of strings")
    if where.endswith("hosts"):
        return tuple(v.lower().rstrip(".") for v in value)
    out = []
    for v in value:
        url = canonical(v)
        if url is None:
            raise ConfigError(source, f"{where}: not an http(s) URL: {v!r}")
        out.append(url)
    return tuple(out)


def parse_site(source: str, index: int, data: Any) -> Site:
    where = f"sites[{index}]"
    if not isinstance(data, dict):
        raise ConfigError(source, f"{where} must be a table")
    for key in data:
        if key not in _SITE_KEYS:
            raise ConfigError(source, f"unknown key {key!r} in [[sites]] #{index + 1}")
    lists = {k: _urls(source, f"{where}.{k}", data.get(k, [])) for k in _SITE_LISTS}
    starts = lists["sitemaps"] + lists["feeds"] + lists["lists"] + lists["pages"]
    if not starts:
        raise ConfigError(source, f"{where} has no start point (sitemaps, feeds, lists or pages)")
    hosts = lists.pop("hosts") or default_hosts(starts)
    patterns = {k: _regex(source, f"{where}.{k}", data[k]) for k in ("article", "follow") if k in data}
    filters = {k: tuple(_regex(source, f"{where}.{k}", p) for p in data.get(k, [])) for k in ("include", "exclude")}
    name = data.get("name") or hosts[0]
    if not isinstance(name, str):
        raise ConfigError(source, f"{where}.name must be a string")
    return Site(name=name, hosts=hosts, **lists, **patterns, **filters)  # type: ignore[arg-type]


def default_hosts(urls: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The scope when none is given: the start points' hosts, each with and without ``www.``
    (sites redirect between the two all the time)."""
    hosts: dict[str, None] = {}
    for url in urls:
        host = urlsplit(url).hostname or ""
        bare = host.removeprefix("www.")
        hosts.update(dict.fromkeys((host, bare, f"www.{bare}") if not _is_ip(bare) else (host,)))
    return tuple(hosts)


def _is_ip(host: str) -> bool:
    return host.replace(".", "").isdigit() or ":" in host


_TOP = {"name", "user_agent", "contact", "allow_private_networks", "clean", "sites_dir", "limits",
        "politeness", "fetch", "sites"}


def parse_job(source: str, data: dict[str, Any], base: Path) -> Job:
    for key in data:
        if key not in _TOP:
            raise ConfigError(source, f"unknown key {key!r}")
    strings = {k: data[k] for k in ("name", "user_agent", "contact", "sites_dir") if k in data}
    for key, value in strings.items():
        if not isinstance(value, str):
            raise ConfigError(source, f"{key} must be a string")
    for key in ("allow_private_networks", "clean"):
        if not isinstance(data.get(key, False), bool):
            raise ConfigError(source, f"{key} must be true or false")
    sites = data.get("sites")
    if not isinstance(sites, list) or not sites:
        raise ConfigError(source, "at least one [[sites]] table is needed")
    parsed = tuple(parse_site(source, i, s) for i, s in enumerate(sites))
    if len({s.name for s in parsed}) != len(parsed):
        raise ConfigError(source, "site names must be unique")
    agent = {k: strings[k] for k in ("user_agent", "contact") if k in strings}
    fetch = FetchConfig(**agent, **_section(source, "fetch", data.get("fetch", {}), FetchConfig))
    return Job(
        name=strings.get("name", Path(source).stem), sites=parsed, fetch=fetch,
        limits=Limits(**_section(source, "limits", data.get("limits", {}), Limits)),
        politeness=Politeness(**_section(source, "politeness", data.get("politeness", {}), Politeness)),
        allow_private_networks=data.get("allow_private_networks", False), clean=data.get("clean", True),
        sites_dir=(base / strings["sites_dir"]) if "sites_dir" in strings else None)


def load_job(path: Path) -> Job:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"not valid TOML: {exc}") from exc
    return parse_job(str(path), data, path.parent)


def seeds(job: Job) -> list[Found]:
    """The start points, queued (once) at the start of every run."""
    found: list[Found] = []
    for site in job.sites:
        for kind, urls in (("sitemap", site.sitemaps), ("feed", site.feeds), ("list", site.lists),
                           ("auto", site.pages)):
            found.extend(Found(u, site.name, kind, 0) for u in urls)
    return found
