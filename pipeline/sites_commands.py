"""``repost sites check [DIR]`` and ``repost sites test [HOST]``.

check: load and validate every rule file; exit 0, or 2 with the file and key at fault.
test: run each rule's [[test]] blocks (fixtures through decode -> repair -> strip); exit 0 when
all pass, 1 when any fails, 2 on a config error. Fixture paths are relative to the directory
that holds ``configs/`` (the repository root), or absolute.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Literal

from .errors import ConfigError
from .record import Record
from .settings import Settings
from .sites import SiteRule, SiteRules, SiteTest, load_rules
from .stages import build_stages, run_stages

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def add_sites_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sites = subparsers.add_parser("sites", help="validate and test per-site rules (configs/sites/*.toml)")
    commands = sites.add_subparsers(dest="sites_command", required=True)
    check = commands.add_parser("check", help="validate every rule file")
    check.add_argument("dir", nargs="?", help="rules directory (default: CONFIG_DIR/sites or ./configs/sites)")
    check.set_defaults(func=cmd_check)
    test = commands.add_parser("test", help="run the rules' [[test]] blocks against their fixtures")
    test.add_argument("host", nargs="?", help="only this host's rule")
    test.add_argument("--dir", help="rules directory (default: CONFIG_DIR/sites or ./configs/sites)")
    test.set_defaults(func=cmd_test)


def _rules_dir(args: argparse.Namespace, explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    config_dir = getattr(args, "config_dir", None)
    return Path(config_dir or "configs") / "sites"


def cmd_check(args: argparse.Namespace) -> int:
    directory = _rules_dir(args, args.dir)
    if not directory.is_dir():
        print(f"repost: config error: {directory}: no such directory", file=sys.stderr)
        return EXIT_CONFIG
    try:
        rules = load_rules(directory)
    except ConfigError as exc:
        print(f"repost: config error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    tests = sum(len(r.tests) for r in rules.rules)
    print(f"ok: {len(rules.rules)} site rule(s), {tests} test(s) in {directory}")
    return EXIT_OK


def cmd_test(args: argparse.Namespace) -> int:
    directory = _rules_dir(args, args.dir)
    try:
        rules = load_rules(directory)
    except ConfigError as exc:
        print(f"repost: config error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    chosen = [r for r in rules.rules if args.host in (None, r.host)]
    if args.host and not chosen:
        print(f"repost: config error: no rule for host {args.host} in {directory}", file=sys.stderr)
        return EXIT_CONFIG
    root = directory.resolve().parent.parent
    failures = total = 0
    for rule in chosen:
        for index, test in enumerate(rule.tests):
            total += 1
            problems = run_test(rule, test, rules, root)
            name = f"{Path(rule.path).name} test[{index}] {test.fixture}"
            print(f"{'FAIL' if problems else 'ok  '} {name}")
            for problem in problems:
                print(f"     {problem}")
            failures += bool(problems)
    print(f"{total - failures} passed, {failures} failed")
    return EXIT_FAILED if failures else EXIT_OK


def run_fixture(fixture: Path, rules: SiteRules, *, url: str | None = None,
                settings: Settings | None = None) -> Record:
    """Run a golden page (source.bin + headers.json) through decode -> repair -> strip."""
    raw = (fixture / "source.bin").read_bytes()
    headers = json.loads((fixture / "headers.json").read_text(encoding="utf-8"))
    content_type = headers.get("content-type")
    kind: Literal["html", "text"] = "text" if content_type and content_type.startswith("text/plain") else "html"
    record = Record(id=fixture.name, url=url or headers.get("url"), raw=raw, kind=kind, content_type=content_type)
    return run_stages(record, build_stages(settings or Settings(), rules))


def run_test(rule: SiteRule, test: SiteTest, rules: SiteRules, root: Path) -> list[str]:
    """What is wrong with the article the fixture gives (an empty list when the test passes)."""
    fixture = Path(test.fixture) if Path(test.fixture).is_absolute() else root / test.fixture
    try:
        record = run_fixture(fixture, rules, url=test.url)
    except (OSError, ValueError) as exc:
        return [f"cannot read fixture {fixture}: {exc}"]
    if record.status == "error":
        return [f"pipeline error: {record.reason}"]
    text = record.text or ""
    problems = [f"missing {s!r}" for s in test.contains if s not in text]
    problems += [f"should be gone: {s!r}" for s in test.absent if s in text]
    for field_name in ("title", "published", "publisher"):
        want, got = getattr(test, field_name), getattr(record, field_name)
        if want is not None and want != got:
            problems.append(f"{field_name}: want {want!r}, got {got!r}")
    if record.site_rule != rule.path:
        problems.append(f"the rule did not match {record.url} (matched {record.site_rule!r})")
    return problems
