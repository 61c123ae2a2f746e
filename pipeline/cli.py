"""``repost``: argparse subcommands, kept thin; the work is in the runner and the stages."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO

from .dedup import NEAR_DEFAULT, DedupStage
from .errors import ConfigError
from .runner import EXIT_USAGE, run
from .settings import SCRIPTS, Settings, load_settings
from .sinks.atomic import AtomicWriter
from .sinks.jsonl import JsonlSink
from .sinks.text import TextSink
from .sites import SiteRules, load_rules
from .sources import input_paths, open_sources


def _version() -> str:
    try:
        return version("repost-pipeline")
    except PackageNotFoundError:
        return "unknown"


def _config_dir(args: argparse.Namespace) -> Path | None:
    if args.config_dir:
        return Path(args.config_dir)
    default = Path("configs")
    return default if default.is_dir() else None


def load_config(args: argparse.Namespace) -> tuple[Settings, SiteRules]:
    """Settings and site rules from --config-dir (default ./configs when present), flags on top."""
    settings = load_settings(_config_dir(args))
    settings = settings.with_overrides(script=getattr(args, "script", None),
                                       explain=getattr(args, "explain", None) or None)
    rules = load_rules(settings.sites_dir) if settings.sites_dir else SiteRules()
    return settings, rules


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with AtomicWriter(Path(path)) as writer:
        assert writer.stream is not None
        yield writer.stream  # type: ignore[misc]


def cmd_clean(args: argparse.Namespace) -> int:
    settings, rules = load_config(args)
    inputs = args.paths or ["-"]
    if args.output and args.output != "-" and Path(args.output).resolve() in input_paths(inputs):
        print(f"repost: error: {args.output}: output would overwrite an input", file=sys.stderr)
        return EXIT_USAGE
    with _output(args.output) as out, _output(args.rejects) if args.rejects else contextlib.nullcontext() as rej:
        sink = (TextSink if args.format == "text" else JsonlSink)(out, explain=settings.explain)
        records = open_sources(inputs, url=args.url, content_type=args.content_type)
        wanted = args.dedup or args.dedup_db
        dedup = DedupStage(Path(args.dedup_db) if args.dedup_db else None, args.near_dup) if wanted else None
        try:
            stats = run(records, sink, sys.stderr, settings=settings, rules=rules, rejects=rej, dedup=dedup,
                        jobs=args.jobs)
        finally:
            if dedup:
                dedup.close()
    return stats.exit_code


def _similarity(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a similarity in (0, 1]")
    return number


def _jobs(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes")
    return int(value) or os.cpu_count() or 1


def _add_clean(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("clean", help="clean saved pages, text files, WARC or JSONL into articles",
                              description="Clean saved HTML, text, MHTML, RSS/Atom feeds, WARC(.gz) or our JSONL"
                                          " into articles.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; '-' or nothing: stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    p.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    p.add_argument("--explain", action="store_true", help="add the full change log to each record")
    p.add_argument("--script", choices=SCRIPTS, default=None,
                   help="auto (default): restore simplified when machine-converted; keep; or force one")
    p.add_argument("--url", help="the URL a single saved page was served from")
    p.add_argument("--content-type", help="the Content-Type header a single saved page was served with")
    p.add_argument("--rejects", metavar="FILE", help="also write error records here as JSONL")
    p.add_argument("--dedup", action="store_true",
                   help="mark later copies of an article already written as dropped (duplicate of ID)")
    p.add_argument("--dedup-db", metavar="FILE", help="like --dedup, remembering articles across runs (SQLite)")
    p.add_argument("--near-dup", metavar="SIM", type=_similarity, default=NEAR_DEFAULT,
                   help=f"with --dedup: also drop copies at least SIM similar (default {NEAR_DEFAULT}; 1: exact only)")
    p.add_argument("-j", "--jobs", metavar="N", type=_jobs, default=1,
                   help="clean on N processes (same output, same order; default 1; 0: one per CPU)")
    p.set_defaults(func=cmd_clean)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repost", description="Turn reposted news pages back into clean article text, logging every change.")
    parser.add_argument("--version", action="version", version=f"repost {_version()}")
    parser.add_argument("--config-dir", metavar="DIR", help="configs directory (default: ./configs if present)")
    subparsers = parser.add_subparsers(dest="command", required=True)
    _add_clean(subparsers)
    _add_optional_commands(subparsers)
    return parser


def _add_optional_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .fetch.commands import add_fetch_parsers
    from .sites_commands import add_sites_parser

    add_sites_parser(subparsers)
    add_fetch_parsers(subparsers)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except ConfigError as exc:
        print(f"repost: config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
