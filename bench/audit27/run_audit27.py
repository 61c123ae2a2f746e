"""Audit27 runner: the crawler end to end against hostile and sloppy loopback servers.

Each case starts its own servers (127.0.0.N), writes a job TOML, runs ``python -m pipeline crawl JOB --out DIR``
in a subprocess, and checks what was written, printed and requested. One PASS/FAIL line per case, then a total.

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit27/run_audit27.py [-v] [--list] [NAME ...]
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from a27_cases import CASES  # noqa: E402
from a27_env import make_env  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or list(CASES)
    if "--list" in argv:
        for name in names:
            print(f"{name:32} {' '.join((CASES[name].__doc__ or '').split())}")
        return 0
    passed = 0
    for name in names:
        env = make_env(verbose)
        started = time.monotonic()
        if verbose:
            print(f"--- {name}")
        try:
            CASES[name](env)
        except Exception as exc:
            env.failures.append(f"harness: {type(exc).__name__}: {exc}")
        finally:
            env.close()
        seconds = time.monotonic() - started
        ok = not env.failures
        passed += ok
        detail = "" if ok else "  " + " | ".join(env.failures)[:600]
        print(f"{name:32} {'PASS' if ok else 'FAIL'} {seconds:5.1f}s{detail}", flush=True)
        if ok:
            shutil.rmtree(env.tmp, ignore_errors=True)
        elif verbose:
            print(f"    kept {env.tmp}")
    print(f"\nTOTAL {passed}/{len(names)} cases pass")
    return 0 if passed == len(names) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
