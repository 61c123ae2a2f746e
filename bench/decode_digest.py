"""Output check for decode-stage speed work: a digest of ``decode_bytes``'s whole result (every field of
``Decoded``: text, codec, source, flags, evidence, strays) on every input we have, and two digests compared.
A speed change must leave it identical.

    PYTHONPATH=$PWD nice python bench/decode_digest.py OUT.json [--pages DIR ...]
    python bench/decode_digest.py --diff A.json B.json

The inputs: bench_decode's corpora (snippets of seeds 7-9, pages of seeds 8-10, the real Chinese pages, each
with its Content-Type), the 960 public bench pages of dump_pages.py, the test fixture pages (with their
headers), the audit pages (every file under bench/audit*/pages, or under the DIRs given: the pages are
generated, so a saved copy keeps two runs on the same inputs), and the double-byte ones among all these
damaged on purpose (a seeded byte lost, turned to "?", doubled; a UTF-8 byte order mark prepended), so the
realignment, lone-trail and mixed-region paths are covered too.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_decode import _is_utf8  # noqa: E402
from repair_digest import diff  # noqa: E402  (the same comparison of two digests)

from pipeline.decode import Decoded, decode_bytes  # noqa: E402
from pipeline.sources import open_sources  # noqa: E402

Input = tuple[str, bytes, str | None]  # label, bytes, Content-Type


def digest(result: Decoded) -> str:
    whole = repr((result.text, result.encoding, result.source, result.mislabeled, result.evidence,
                  result.declared, result.regions, result.strays))
    return hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()


def _bench_decode() -> Iterator[Input]:
    import bench_decode as D
    from corpus_bytes import build

    for seed in (7, 8, 9):
        for i, case in enumerate(build(seed, 4)):
            yield f"snippet/{seed}/{i}/{case.codec}/{case.situation}", case.data, case.content_type
        for i, case in enumerate(build(seed + 1, 2, pages=True)):
            yield f"page/{seed + 1}/{i}/{case.codec}/{case.situation}", case.data, case.content_type
    if (D.REAL / "html").is_dir():
        for path in sorted((D.REAL / "html").glob("*.html")):
            yield f"real/{path.stem}", path.read_bytes(), None


def _public() -> Iterator[Input]:
    import bench_extract as E

    for name, gen in (("sh", E.scrapinghub), ("zh", E.chinese), ("wx", E.wcxb)):
        for key, raw, _url, _truth in gen():
            yield f"public/{name}/{key}", raw, None


def _fixtures() -> Iterator[Input]:
    for page in sorted((ROOT / "fixtures" / "pages").iterdir()):
        if (page / "source.bin").is_file():
            headers = json.loads((page / "headers.json").read_text(encoding="utf-8"))
            yield f"fixture/{page.name}", (page / "source.bin").read_bytes(), headers.get("content-type")


def _audits(dirs: list[Path]) -> Iterator[Input]:
    for top in dirs:
        for path in sorted(p for p in top.rglob("*") if p.is_file()):
            name = f"audit/{path.relative_to(top.parent.parent)}"
            yield name, path.read_bytes(), None
            if path.suffix in (".jsonl", ".warc", ".gz"):
                try:
                    for i, record in enumerate(open_sources([str(path)])):
                        if record.raw:
                            yield f"{name}/{i}", record.raw, record.content_type
                except Exception as exc:  # an input the CLI refuses
                    print("  skipped", path, type(exc).__name__, file=sys.stderr)


def _damaged(inputs: list[Input], per_page: int = 3) -> Iterator[Input]:
    """Seeded damage to the pages holding legacy double-byte text (not valid UTF-8, high bytes in pairs)."""
    rng = random.Random(23)
    for label, data, content_type in inputs:
        high = [i for i, byte in enumerate(data) if byte >= 0x81]
        if len(high) < 8 or _is_utf8(data):
            continue
        for n in range(per_page):
            at = rng.choice(high)
            kind = rng.choice(("lost", "question", "double", "lost2"))
            if kind == "lost":
                damaged = data[:at] + data[at + 1:]
            elif kind == "question":
                damaged = data[:at] + b"?" + data[at + 1:]
            elif kind == "double":
                damaged = data[:at] + data[at:at + 1] + data[at:]
            else:
                other = rng.choice(high)
                first, second = sorted((at, other))
                damaged = data[:first] + data[first + 1:second] + data[second + 1:]
            yield f"{label}/damaged{n}/{kind}", damaged, content_type
        yield f"{label}/bom", b"\xef\xbb\xbf" + data, content_type


def run(out: str, dirs: list[Path]) -> None:
    inputs = [*_bench_decode(), *_public(), *_fixtures(), *_audits(dirs)]
    inputs += list(_damaged(inputs))
    results, strays, mixed, mislabeled = {}, 0, 0, 0
    for label, data, content_type in inputs:
        decoded = decode_bytes(data, content_type)
        results[label] = digest(decoded)
        strays, mixed = strays + bool(decoded.strays), mixed + (decoded.regions > 1)
        mislabeled += decoded.mislabeled
    Path(out).write_text(json.dumps(results, indent=0, sort_keys=True), encoding="utf-8")
    print(len(results), f"inputs ({strays} with stray bytes, {mixed} decoded by region, {mislabeled} mislabeled)")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        raise SystemExit(diff(sys.argv[2], sys.argv[3]))
    given = [Path(p) for p in sys.argv[3:]] if sys.argv[2:3] == ["--pages"] else []
    run(sys.argv[1], given or sorted(p for p in (ROOT / "bench").glob("audit*/pages") if p.is_dir()))
