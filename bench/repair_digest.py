"""Output check for repair-stage speed work: a digest of ``repair_text``'s whole result (text, changes,
flags, script) on every input we have, and two digests compared. A speed change must leave it identical.

    PYTHONPATH=$PWD nice python bench/repair_digest.py OUT.json [--pages DIR ...]
    python bench/repair_digest.py --diff A.json B.json

The inputs: bench_repair's corpus (corrupted and clean texts of every case, the seed page, its 40+40 real
pages as it repairs them), the 960 public bench pages of dump_pages.py, the audit pages (every file under
bench/audit*/pages, or under the DIRs given: the pages are generated, so a saved copy keeps two runs on the
same inputs) and the test fixtures (fixtures/cases, fixtures/pages). Pages go through the decode stage and
reach ``repair_text`` with the arguments the repair stage gives it (script, codec hint, html, stray bytes).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pipeline.stages as stages_module  # noqa: E402
from pipeline.record import Record  # noqa: E402
from pipeline.repair import Repaired, repair_text  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.sites import SiteRules  # noqa: E402
from pipeline.sources import open_sources  # noqa: E402
from pipeline.stages import build_stages  # noqa: E402


def digest(result: Repaired) -> str:
    whole = repr((result.text, result.changes, result.flags, result.script))
    return hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()


def _texts() -> Iterator[tuple[str, Callable[[], Repaired]]]:
    """bench_repair's texts and real pages, repaired as it repairs them."""
    import bench_repair as B
    from corpus_repair import cases, obfuscation_cases

    for i, case in enumerate(cases() + obfuscation_cases()):
        for side, text in (("corrupted", case.corrupted), ("clean", case.clean)):
            yield f"corpus/{i}/{case.category}/{case.kind}/{side}", lambda t=text: repair_text(t)
    seed = B.SEED.read_text(encoding="utf-8")
    yield "seed", lambda: repair_text(seed)
    for lang, pattern in (("zh", "bench/chinese-web-content-extraction/html/*"),
                          ("en", "bench/article-extraction-benchmark/html/*")):
        for i, page in enumerate(B._real_pages(pattern)):
            yield f"real/{lang}/{i}", lambda t=page: repair_text(t, html=True)
    for path in sorted((ROOT / "fixtures" / "cases").glob("*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            yield f"fixture-case/{path.stem}/{i}", lambda t=case["original"]: repair_text(t)


def _records() -> Iterator[tuple[str, Record]]:
    """Every page as a record before the decode stage."""
    import bench_extract as E

    for name, gen in (("sh", E.scrapinghub), ("zh", E.chinese), ("wx", E.wcxb)):
        for key, raw, url, _truth in gen():
            yield f"page/{name}/{key}", Record(id=key, raw=raw, kind="html", url=url)
    for page in sorted((ROOT / "fixtures" / "pages").iterdir()):
        if not (page / "source.bin").is_file():
            continue
        headers = json.loads((page / "headers.json").read_text(encoding="utf-8"))
        content_type = headers.get("content-type")
        kind = "text" if content_type and content_type.startswith("text/plain") else "html"
        yield f"fixture-page/{page.name}", Record(  # as sites_commands.run_fixture builds it
            id=page.name, url=headers.get("url"), raw=(page / "source.bin").read_bytes(), kind=kind,
            content_type=content_type)


def _audit_records(dirs: list[Path]) -> Iterator[tuple[str, Record]]:
    for top in dirs:
        for path in sorted(p for p in top.rglob("*") if p.is_file()):
            try:
                for i, record in enumerate(open_sources([str(path)])):
                    yield f"audit/{path.relative_to(top.parent.parent)}/{i}", record
            except Exception as exc:  # an input the CLI refuses is no repair input
                print("  skipped", path, type(exc).__name__, file=sys.stderr)


def run(out: str, dirs: list[Path]) -> None:
    results: dict[str, str] = {}
    for label, call in _texts():
        results[label] = digest(call())
    seen: list[Repaired] = []
    real = stages_module.repair_text

    def recording(text: str, **kwargs: Any) -> Repaired:
        result = real(text, **kwargs)
        seen.append(result)
        return result

    stages_module.repair_text = recording  # type: ignore[assignment]
    decode, repair = build_stages(Settings(), SiteRules())[:2]
    records = [*_records(), *_audit_records(dirs)]
    for label, record in records:
        seen.clear()
        record = repair.run_one(decode.run_one(record))
        results[label] = "|".join(digest(r) for r in seen) or f"not repaired: {record.status}"
    Path(out).write_text(json.dumps(results, indent=0, sort_keys=True), encoding="utf-8")
    print(len(results), "inputs")


def diff(a: str, b: str) -> int:
    old = json.loads(Path(a).read_text(encoding="utf-8"))
    new = json.loads(Path(b).read_text(encoding="utf-8"))
    changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for label in changed:
        print("  differs:", label)
    print(len(changed), "of", len(old), "differ")
    return 1 if changed else 0


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        raise SystemExit(diff(sys.argv[2], sys.argv[3]))
    given = [Path(p) for p in sys.argv[3:]] if sys.argv[2:3] == ["--pages"] else []
    run(sys.argv[1], given or sorted(p for p in (ROOT / "bench").glob("audit*/pages") if p.is_dir()))
