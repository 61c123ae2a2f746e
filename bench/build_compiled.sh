#!/usr/bin/env bash
# Build a mypyc-compiled copy of `pipeline` into DIR, for bench/bench_compiled.py (numbers: bench/COMPILED.md).
#
#   bench/build_compiled.sh DIR      (about 10 minutes of gcc on one core)
#
# Left pure Python, because mypyc rejects or miscompiles them (bench/COMPILED.md says how):
#   fetch/             a nested class (loopback.py) and an async generator (politeness.py) do not compile;
#   sources/           an `except ... as exc` reused with another type in a generator raises TypeError;
#   cli.py             a compiled module's __doc__ is None (argparse description);
#   __main__.py        runpy cannot run an extension module;
#   record.py, settings.py, sites.py   their frozen dataclasses, compiled, cannot be unpickled
#                      (FrozenInstanceError in `repost clean --jobs N` and the crawler's cleaner child).
set -euo pipefail
out=$(realpath -m "${1:?usage: bench/build_compiled.sh DIR}")
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
rm -rf "$out/pipeline"
cp -r "$root/pipeline" "$out/"
find "$out/pipeline" -name __pycache__ -prune -exec rm -rf {} +
cd "$out"  # no pyproject.toml here: setuptools before 77 rejects its license field when mypyc runs setup
mapfile -t modules < <(find pipeline -name '*.py' -not -path 'pipeline/fetch/*' -not -path 'pipeline/sources/*' \
  -not -name __main__.py -not -name cli.py -not -name record.py -not -name settings.py -not -name sites.py | sort)
nice mypyc --config-file "$root/pyproject.toml" "${modules[@]}"
