"""Per-site rules: one TOML file per host in configs/sites/, validated on load.

A rule names the host it serves (and whether subdomains share it), ordered CSS selectors for the
article body (the first that matches wins; the generic heuristics remain the fallback), selectors
to strip or unwrap, regexes for lines to drop, decode and script overrides, detectors to disable,
and ``[[test]]`` blocks that point at fixtures and say what the cleaned text must (not) contain.
Every mistake is a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import codecs
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from .errors import ConfigError

RULE_KEYS = frozenset({"host", "subdomains", "body", "strip", "unwrap", "drop_lines", "encoding", "script",
                       "disable", "test"})
TEST_KEYS = frozenset({"fixture", "url", "contains", "absent", "title", "published", "publisher"})
SCRIPTS = ("auto", "keep", "simplified", "traditional")
_HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


@dataclass(slots=True, frozen=True)
class SiteTest:
    """One [[test]] block: run the fixture through the pipeline and check the article."""

    fixture: str
    url: str | None = None
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass(slots=True, frozen=True)
class SiteRule:
    host: str
    path: str
    body: tuple[str, ...] = ()
    strip: tuple[str, ...] = ()
    unwrap: tuple[str, ...] = ()
    drop_lines: tuple[str, ...] = ()
    encoding: str | None = None
    script: str | None = None
    disable: tuple[str, ...] = ()
    tests: tuple[SiteTest, ...] = field(default_factory=tuple)
    subdomains: bool = True


class SiteRules:
    def __init__(self, rules: list[SiteRule] | None = None) -> None:
        self.rules = rules or []

    def match(self, host: str | None) -> SiteRule | None:
        """The rule for ``host`` or its nearest parent domain (when the rule covers subdomains)."""
        if not host:
            return None
        host = host.lower().rstrip(".")
        best: SiteRule | None = None
        for rule in self.rules:
            hit = host == rule.host or (rule.subdomains and host.endswith("." + rule.host))
            if hit and (best is None or len(rule.host) > len(best.host)):
                best = rule
        return best


def load_rules(directory: Path) -> SiteRules:
    """Read and validate every ``*.toml`` in ``directory`` (one host per file)."""
    rules: list[SiteRule] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.toml")):
        rule = load_rule(path)
        if rule.host in seen:
            raise ConfigError(str(path), f"key 'host': {rule.host} is already ruled by {seen[rule.host].name}")
        seen[rule.host] = path
        rules.append(rule)
    return SiteRules(rules)


def load_rule(path: Path) -> SiteRule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not TOML: {exc}") from exc
    return _Validator(path).rule(data)


@dataclass(slots=True)
class _Validator:
    path: Path

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(str(self.path), f"key '{key}': {message}")

    def rule(self, data: dict[str, Any]) -> SiteRule:
        for key in data:
            if key not in RULE_KEYS:
                raise self.fail(key, f"unknown key (known: {', '.join(sorted(RULE_KEYS))})")
        host = data.get("host")
        if not isinstance(host, str) or not _HOST.match(host):
            raise self.fail("host", "required, a lowercase host name such as example.cn")
        if self.path.stem != host:
            raise self.fail("host", f"{host} does not match the file name {self.path.name} (one file per host)")
        subdomains = data.get("subdomains", True)
        if not isinstance(subdomains, bool):
            raise self.fail("subdomains", "must be true or false")
        return SiteRule(
            host=host, path=str(self.path), subdomains=subdomains,
            body=self.selectors(data, "body"), strip=self.selectors(data, "strip"),
            unwrap=self.selectors(data, "unwrap"), drop_lines=self.regexes(data, "drop_lines"),
            encoding=self.encoding(data), script=self.choice(data, "script", SCRIPTS),
            disable=self.detectors(data), tests=self.tests(data),
        )

    def strings(self, data: dict[str, Any], key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a list of non-empty strings")
        return tuple(value)

    def selectors(self, data: dict[str, Any], key: str) -> tuple[str, ...]:
        values = self.strings(data, key)
        probe = LexborHTMLParser("<html><body></body></html>")
        for index, selector in enumerate(values):
            try:
                probe.css(selector)
            except Exception as exc:  # selectolax raises its own error type for a bad selector
                raise self.fail(f"{key}[{index}]", f"bad CSS selector {selector!r}: {exc}") from exc
        return values

    def regexes(self, data: dict[str, Any], key: str) -> tuple[str, ...]:
        values = self.strings(data, key)
        for index, pattern in enumerate(values):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(f"{key}[{index}]", f"bad regex {pattern!r}: {exc}") from exc
        return values

    def encoding(self, data: dict[str, Any]) -> str | None:
        value = data.get("encoding")
        if value is None:
            return None
        try:
            codecs.lookup(str(value))
        except LookupError as exc:
            raise self.fail("encoding", f"unknown encoding {value!r}") from exc
        return str(value)

    def choice(self, data: dict[str, Any], key: str, choices: tuple[str, ...]) -> str | None:
        value = data.get(key)
        if value is not None and value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}")
        return value if isinstance(value, str) else None

    def detectors(self, data: dict[str, Any]) -> tuple[str, ...]:
        from .strip.heuristics import DISABLEABLE  # the strip stage owns the detector names

        values = self.strings(data, "disable")
        for index, name in enumerate(values):
            if name not in DISABLEABLE:
                known = ", ".join(sorted(DISABLEABLE))
                raise self.fail(f"disable[{index}]", f"unknown detector {name!r} (known: {known})")
        return values

    def tests(self, data: dict[str, Any]) -> tuple[SiteTest, ...]:
        blocks = data.get("test", [])
        if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
            raise self.fail("test", "must be [[test]] tables")
        out = []
        for index, block in enumerate(blocks):
            key = f"test[{index}]"
            for name in block:
                if name not in TEST_KEYS:
                    raise self.fail(f"{key}.{name}", f"unknown key (known: {', '.join(sorted(TEST_KEYS))})")
            if not isinstance(block.get("fixture"), str):
                raise self.fail(f"{key}.fixture", "required: a fixture directory such as fixtures/pages/<slug>")
            single = {k: block[k] for k in ("url", "title", "published", "publisher") if k in block}
            for name, value in single.items():
                if not isinstance(value, str):
                    raise self.fail(f"{key}.{name}", "must be a string")
            out.append(SiteTest(fixture=block["fixture"], contains=self.strings(block, "contains"),
                                absent=self.strings(block, "absent"), **single))
        return tuple(out)
