# ruff: noqa: E501
"""Audit29: the change log's accounting, checked as properties over many real inputs (no expected texts).

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit29/run_audit29.py [-v] [--sample N] [--no-bench] [--no-audits]

Inputs: every page in fixtures/pages/, every single-file case of audits 14..26 (their case builders, loaded
as bench/sibling.py loads them; WARC, feed and directory cases are skipped and counted), and every Nth
public bench page (--sample, default 3: about 320 of the 960; read in place, never copied).

Each input goes through the real CLI (``pipeline.cli.main``, in process) as
``clean FILE --format jsonl --explain`` and ``--format text --explain``; the page's visible text is built
from the public API (``decode_bytes`` then ``repair_text``), then parsed with selectolax (body text without
script, style, template and noscript). Invariants, decided before the first run:

I1 accounting   visible text = kept text + the text of the recorded drops, as multisets of non-space characters;
                every character of the page missing from both is counted (pages, characters, examples). I1b: output
                characters that are not on the visible page (a body read from JSON-LD or noscript) come with a flag.
I2 replay       apply_plan(decoded, repair changes) == repaired (public API); and the CLI's repair log is the same
                log as the API's (same rules, same snippets), so the replayed text is the one the page was read from.
I3 records      every change names a stage, an action of the schema, a rule and evidence, shows a snippet;
                chars_removed is right (strip: non-space characters of before minus after; repair: characters of
                before minus after); the record's ``changes`` counts equal the log's rules.
I4 explain      --format text --explain shows one entry per logged change; every non-blank line of the visible
                page is either in the article or inside a recorded drop (or made of recorded removals plus kept text).
I5 valve        a page whose strip stage drops more than Settings.max_drop_ratio of its visible characters and
                still says ``ok`` carries a flag; a ``dropped`` page has a reason. (After the first run: the valve
                guards the article box, not the page; most such pages are short articles on long pages, so the
                page-level count is reported as information, and I1 already checks their characters are recorded.)
I6 determinism  two runs of the CLI over the same directory give identical JSONL (two processes); a page as an
                HTML file, as a WARC response and on stdin (same URL) gives the same article fields.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from sibling import load  # noqa: E402

import pipeline  # noqa: E402
from pipeline import cli  # noqa: E402

ACTIONS = {"decode", "apply", "remove", "unwrap", "replace", "drop"}
ARTICLE_FIELDS = ("text", "title", "published", "author", "publisher", "lang", "script", "encoding", "flags", "changes", "status")
WORK = Path(tempfile.gettempdir()) / "audit29_work"


@dataclass
class Item:
    corpus: str
    name: str
    filename: str
    raw: bytes
    url: str | None = None
    content_type: str | None = None


@dataclass
class Tally:
    pages: int = 0
    hits: Counter[str] = field(default_factory=Counter)  # invariant -> pages violating
    amount: Counter[str] = field(default_factory=Counter)  # invariant -> characters / items
    examples: dict[str, list[str]] = field(default_factory=dict)

    def hit(self, inv: str, item: Item, detail: str, amount: int = 1) -> None:
        self.hits[inv] += 1
        self.amount[inv] += amount
        self.examples.setdefault(inv, []).append(f"{item.corpus}/{item.name}: {detail}")


def nonws(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


# ---------------------------------------------------------------- inputs

def fixture_items() -> Iterator[Item]:
    for d in sorted((REPO / "fixtures" / "pages").iterdir()):
        if not (d / "source.bin").exists():
            continue
        hdr = json.loads((d / "headers.json").read_text()) if (d / "headers.json").exists() else {}
        yield Item("fixtures", d.name, "source.bin", (d / "source.bin").read_bytes(), hdr.get("url"), hdr.get("content-type"))


def audit_items() -> Iterator[Item]:
    skipped = Counter[str]()
    for n in range(14, 27):
        mod = load(REPO / "bench" / f"audit{n}" / f"run_audit{n}.py", f"run_audit{n}")
        cases = mod.a21_cases.build_all() if n == 21 else mod.build_all()
        for c in cases:
            case = getattr(c, "case", c)
            args = list(case.args)
            ctype = args[args.index("--content-type") + 1] if "--content-type" in args else None
            if case.as_dir or len(case.files) != 1 or [a for a in args if a.startswith("-") and a != "--content-type"]:
                skipped["directory/several files/args"] += 1
                continue
            fname, data = next(iter(case.files.items()))
            if not fname.endswith((".html", ".htm", ".xhtml", ".txt", ".html.gz", ".txt.gz")):
                skipped[Path(fname).suffix] += 1
                continue
            yield Item(f"audit{n}", case.name, Path(fname).name, data, None, ctype)
    print(f"# audit cases skipped (not a single page file): {dict(skipped)}")


def bench_items(every: int) -> Iterator[Item]:
    import bench_extract as B  # the bench pages read in place from /work/shared/bench

    for corpus, gen in (("sh", B.scrapinghub), ("zh", B.chinese), ("wx", B.wcxb)):
        for i, (key, raw, url, _truth) in enumerate(gen()):
            if i % every == 0:
                yield Item(f"bench-{corpus}", key, f"{key}.html", raw, url, None)


# ---------------------------------------------------------------- running

def run_cli(argv: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    out = io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            rc = cli.main(argv)
    finally:
        sys.stdin = old_stdin
    return rc, out.getvalue()


def item_path(item: Item) -> Path:
    p = WORK / item.corpus / item.name.replace("/", "_") / item.filename
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(item.raw)
    return p


def page_args(item: Item, path: str) -> list[str]:
    args = [path]
    if item.url:
        args += ["--url", item.url]
    if item.content_type:
        args += ["--content-type", item.content_type]
    return args


def is_html(item: Item, text: str) -> bool:
    if item.filename.endswith((".html", ".htm", ".xhtml", ".html.gz")):
        return True
    head = text.lstrip()[:2000].lower()
    if item.filename.endswith((".txt", ".txt.gz")):
        return head.startswith("<!doctype html")
    return head.startswith(("<!doctype", "<html", "<?xml")) or "<html" in head or "<body" in head


def visible_lines(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    # never shown: scripts, styles, templates, noscript (a browser runs scripts), the head, and the fallback inside media, canvas and iframe elements (shown only where they are not
    # supported)
    for tag in ("script", "style", "template", "noscript", "head", "video", "audio", "canvas", "object", "iframe"):
        for node in tree.css(tag):
            node.decompose()
    for svg in tree.css("svg"):  # an SVG shows only the text of its <text> elements
        shown = " ".join(node.text() for node in svg.css("text"))
        if shown.strip():
            svg.replace_with(shown)
        else:
            svg.decompose()
    root = tree.body or tree.root
    return (root.text(separator="\n") if root else "").split("\n")


def log_key(c: dict[str, Any]) -> tuple[str, str, str]:
    return (c["rule"], c.get("before", ""), c.get("after", ""))


# ---------------------------------------------------------------- checks

SNIPPET_HALF = 39  # a shortened snippet is 39 characters, '…', 39 characters (as --explain prints them)


def cuts(c: dict[str, Any]) -> int:
    """How many shortened snippets the change's before holds: the whole of it, or each line (one per block)."""
    before = c.get("before", "")

    def cut(s: str) -> bool:
        return len(s) == 2 * SNIPPET_HALF + 1 and s[SNIPPET_HALF] == "…"

    return 1 if cut(before) else sum(map(cut, before.split("\n")))


def removes(c: dict[str, Any]) -> bool:
    """A strip change that removes text (a drop or remove; an unwrap or a glued-paragraph split removes none)."""
    return c["stage"] == "strip" and (c.get("action") in {"drop", "remove"} or c.get("chars_removed", 0) > 0)


def truncated(c: dict[str, Any]) -> bool:
    return cuts(c) > 0


def check_item(item: Item, t: Tally, verbose: bool) -> None:
    path = item_path(item)
    rc, out = run_cli(["clean", *page_args(item, str(path)), "--format", "jsonl", "--explain"])
    recs = [json.loads(ln) for ln in out.split("\n") if ln.strip()]  # not splitlines: U+2028 may sit in a string
    if not recs and rc == 1:  # an input error (one line on stderr): nothing to account for
        t.amount["info: inputs refused as errors"] += 1
        return
    if len(recs) != 1:
        t.hit("I0 one record", item, f"rc {rc}, {len(recs)} records")
        return
    t.pages += 1
    rec = recs[0]
    log: list[dict[str, Any]] = rec["explain"]["changes"]
    raw = gzip.decompress(item.raw) if item.filename.endswith(".gz") else item.raw
    dec = pipeline.decode_bytes(raw, item.content_type)
    html = is_html(item, dec.text)
    rep = pipeline.repair_text(dec.text, codec_hint=dec.encoding, html=html, strays=dec.strays)

    # I2 replay, and the API's repair log is the CLI's
    if pipeline.apply_plan(dec.text, rep.changes) != rep.text:
        t.hit("I2 replay", item, "apply_plan(decoded, changes) != repaired")
    cli_repair = [log_key(c) for c in log if c["stage"] == "repair"]
    api_repair = [(c.rule, c.before, c.after) for c in rep.changes]
    same_repair = cli_repair == api_repair
    if not same_repair:
        t.hit("I2b CLI repair log == API repair log", item, f"{len(cli_repair)} vs {len(api_repair)} changes")

    # I3 records
    for c in log:
        bad = []
        if not c.get("rule") or not c.get("evidence"):
            bad.append("no rule/evidence")
        if c.get("action") not in ACTIONS or c.get("stage") not in {"decode", "repair", "strip"}:
            bad.append(f"stage/action {c.get('stage')}/{c.get('action')}")
        before, after = c.get("before", ""), c.get("after", "")
        if not before and not after:
            bad.append("no snippet")
        want = len(nonws(before)) - len(nonws(after)) if c["stage"] == "strip" else len(before) - len(after)
        if c.get("action") in {"drop", "remove"} and truncated(c):  # shortened with '…': the count is a lower bound
            t.amount["info: explain snippets shortened with …"] += 1
            if c.get("chars_removed", 0) < want - cuts(c):
                bad.append(f"chars_removed {c.get('chars_removed')} < shown {want - cuts(c)}")
        elif c.get("action") in {"drop", "remove"} and c.get("chars_removed") != max(want, 0):
            bad.append(f"chars_removed {c.get('chars_removed')} != {max(want, 0)}")
        if bad:
            t.hit("I3 change record", item, f"{c['stage']}/{c['action']} {c['rule']}: {'; '.join(bad)} before={before[:60]!r}")
    if dict(Counter(c["rule"] for c in log)) != rec["changes"]:
        t.hit("I3b changes counts == log", item, f"{rec['changes']} vs log")

    # I1 accounting (only where the visible text was rebuilt from the same repair)
    lines = visible_lines(rep.text) if html else rep.text.split("\n")
    visible = Counter(nonws("".join(lines)))
    kept = Counter(nonws(rec.get("text") or ""))
    dropped: Counter[str] = Counter()
    budget = 0  # characters of shortened snippets: counted, not shown
    for c in log:  # (an unwrap or a replace of the strip stage removes nothing: only its drops count)
        if removes(c):
            if truncated(c):
                budget += c.get("chars_removed", 0) - len(nonws(c.get("before", ""))) + cuts(c)
            dropped.update(nonws(c.get("before", "")))
            dropped.subtract(nonws(c.get("after", "")))
    missing = visible - kept - +dropped
    n_missing = max(0, sum(missing.values()) - budget)
    if same_repair and n_missing:
        sample = "".join(ch * k for ch, k in missing.most_common(12))[:40]
        t.hit("I1 characters gone without a record", item, f"{n_missing} of {sum(visible.values())} ({sample!r})", n_missing)
    extra = kept - visible
    if same_repair and sum(extra.values()) > 0:  # text read from elsewhere (JSON-LD, noscript): a flag says so
        t.amount["info: output characters not on the visible page"] += sum(extra.values())
        t.hits["info: output characters not on the visible page"] += 1
        if not rec["flags"]:
            sample = "".join(ch * k for ch, k in extra.most_common(12))[:40]
            t.hit("I1b output characters not on the page, no flag", item, f"{sum(extra.values())} ({sample!r})", sum(extra.values()))

    # I4 explain: one entry per change; every visible line kept or inside a drop
    _rc, txt = run_cli(["clean", *page_args(item, str(path)), "--format", "text", "--explain"])
    shown = sum(1 for ln in txt.splitlines() if ln.startswith(("# repair/", "# strip/", "# decode/")))
    if shown != len(log):
        t.hit("I4 explain shows every change", item, f"{shown} entries for {len(log)} changes")
    if same_repair:
        kept_s = nonws(rec.get("text") or "")
        pieces = sorted({nonws(c.get("before", "")) for c in log if removes(c)} - {""}, key=len, reverse=True)
        unfound: list[str] = []
        soft = any(c["rule"] == "strip:soft_hyphen" for c in log)  # recorded as removed, all of them
        for ln in lines:
            s = nonws(ln.replace("\xad", "") if soft else ln)
            if not s or s in kept_s or any(s in p for p in pieces):
                continue
            rest = s
            for p in pieces:
                rest = rest.replace(p, "")
            if rest and rest not in kept_s and not any(part and part in p for p in pieces for part in rest.split("…")):
                unfound.append(ln.strip())
        # A line no snippet shows may sit in the middle of a dropped block that its snippet shortens to
        # head…tail: fine when the change shows each of its blocks on a line of its own (as many lines as the
        # evidence's "(+N more)" says), so that head and tail belong to one block. A line inside a shortened
        # snippet of several blocks joined is not shown by --explain (I4c); where the page's accounting (I1)
        # also comes up short and the line holds missing characters, it is lost (I4b).
        vis_s = nonws("".join(lines))
        spans = []
        for c in log:
            if not removes(c) or not truncated(c):
                continue
            more = re.search(r"\(\+(\d+) more\)$", c.get("evidence", ""))
            rows = c.get("before", "").split("\n")
            if len(rows) < 1 + (int(more[1]) if more else 0):
                continue
            whole = c.get("before", "")
            for row in [whole] if len(whole) == 2 * SNIPPET_HALF + 1 and whole[SNIPPET_HALF] == "…" else rows:
                if len(row) == 2 * SNIPPET_HALF + 1 and row[SNIPPET_HALF] == "…":
                    head, tail = nonws(row[:SNIPPET_HALF]), nonws(row[SNIPPET_HALF + 1:])
                    h = vis_s.find(head) if head and tail else -1
                    while h >= 0:  # each place the head is found (a menu may be repeated on the page) ...
                        # ... to the last occurrence of the tail within the change's size (a menu may repeat it)
                        e = vis_s.rfind(tail, h + len(head), h + 2 * c.get("chars_removed", 0) + len(tail))
                        if e >= 0:
                            spans.append((h, e + len(tail)))
                        h = vis_s.find(head, h + 1)
        lost = [x for x in unfound if n_missing and any(missing[ch] > 0 for ch in nonws(x))]
        inside = [x for x in unfound if x not in lost and any(a <= vis_s.find(nonws(x)) and vis_s.find(nonws(x)) + len(nonws(x)) <= b for a, b in spans)]
        hidden = [x for x in unfound if x not in lost and x not in inside]
        t.amount["info: dropped lines inside one block's shortened snippet"] += len(inside)
        if hidden:
            t.hit("I4c dropped line not shown by --explain", item, f"{len(hidden)} lines, e.g. {hidden[0][:70]!r}", len(hidden))
        if lost:
            t.hit("I4b visible line neither kept nor in a recorded drop", item, f"{len(lost)} lines, e.g. {lost[0][:70]!r}", len(lost))

    # I5 valve
    total = sum(visible.values())
    strip_removed = sum(c.get("chars_removed", 0) for c in log if c["stage"] == "strip")
    if rec["status"] == "ok" and total and strip_removed / total > pipeline.Settings().max_drop_ratio and not rec["flags"]:
        t.amount["info: >90% of the page dropped, ok, no flag (see REPORT: extraction, not the valve)"] += 1
        t.examples.setdefault("info: >90% of the page dropped, ok, no flag (see REPORT: extraction, not the valve)", []).append(
            f"{item.corpus}/{item.name}: {strip_removed}/{total} dropped, {len(nonws(rec.get('text') or ''))} kept")
    if any(f == "safety_valve" for f in rec["flags"]):
        t.amount["info: safety_valve flags"] += 1
    if rec["status"] == "dropped" and not rec.get("reason"):
        t.hit("I5b dropped page without a reason", item, "reason missing")
    if verbose:
        print(f"  {item.corpus}/{item.name}: {rec['status']} missing={n_missing} log={len(log)}", flush=True)


def check_determinism(items: list[Item], t: Tally) -> None:
    """I6: two CLI processes over one directory; the same page as a file, a WARC record and stdin."""
    d = WORK / "determinism"
    for i, item in enumerate(items):
        p = d / f"{i:03d}_{item.filename}"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(item.raw)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [subprocess.run([sys.executable, "-m", "pipeline", "clean", str(d), "--format", "jsonl", "--explain"],
                           capture_output=True, cwd=REPO, env=env, check=False).stdout for _ in range(2)]
    t.amount["info: determinism pages (dir runs, file/stdin/WARC)"] += len(items)
    if runs[0] != runs[1] or not runs[0]:
        t.hit("I6 two runs identical", Item("determinism", "dir", "", b""), "JSONL differs between two runs")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    for item in items:
        if not item.url:
            continue
        path = item_path(item)
        got = {}
        got["file"] = run_cli(["clean", str(path), "--url", item.url, "--format", "jsonl"])[1]
        got["stdin"] = run_cli(["clean", "-", "--url", item.url, "--format", "jsonl"], stdin=item.raw)[1]
        wpath = path.with_suffix(".warc.gz")
        with wpath.open("wb") as fh:
            w = WARCWriter(fh, gzip=True)
            hdrs = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(item.url, "response", payload=io.BytesIO(item.raw), http_headers=hdrs))
        got["warc"] = run_cli(["clean", str(wpath), "--format", "jsonl"])[1]
        recs = {k: json.loads(v.split("\n")[0]) if v.strip() else {} for k, v in got.items()}
        diffs = sorted({f for k in ("stdin", "warc") for f in ARTICLE_FIELDS if recs[k].get(f) != recs["file"].get(f)})
        if diffs:
            t.hit("I6b file == stdin == WARC", item, f"fields differ: {diffs}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    every = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 3
    names = [a for a in argv if not a.startswith("-") and not a.isdigit()]
    items = list(fixture_items())
    if "--no-audits" not in argv:
        items += list(audit_items())
    if "--no-bench" not in argv:
        items += list(bench_items(every))
    items = [i for i in items if not names or any(n in f"{i.corpus}/{i.name}" for n in names)]
    t = Tally()
    for item in items:
        try:
            check_item(item, t, verbose)
        except Exception as exc:
            t.hit("I0 crash", item, repr(exc)[:200])
    bench = [i for i in items if i.corpus.startswith("bench")]
    if "--no-det" not in argv:
        check_determinism(random.Random(29).sample(bench, min(30, len(bench))) if bench else items[:30], t)
    by_corpus = Counter(i.corpus for i in items)
    print(f"audit29: {t.pages} pages checked ({dict(by_corpus)})")
    for inv in sorted(set(t.hits) | set(t.amount)):
        print(f"{inv:55} pages {t.hits[inv]:4}  amount {t.amount[inv]}")
        for ex in t.examples.get(inv, [])[:20]:
            print(f"      {ex[:230]}")
    violations = sum(v for k, v in t.hits.items() if not k.startswith("info"))
    failing = {e.split(": ")[0] for k, xs in t.examples.items() if not k.startswith("info") for e in xs}
    print(f"audit29 total: {t.pages - len(failing)} of {t.pages} pages hold every invariant; {violations} violations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
