"""Bench for the repair stage: ours vs ftfy, in one run.

  nice python bench/bench_repair.py

1. ftfy's own test cases (../shared/bench/ftfy-test-cases, by Robyn Speer, Apache-2.0): on every
   case ftfy passes we must give ftfy's encoding answer (``fixed-encoding``, else ``fixed``; our
   deliberate differences: curly quotes and HTML entities are kept), and leave negatives unchanged.
2. A seeded corruption corpus of our own texts (bench/corpus_repair.py): exact-fix % per category
   for ours, ftfy.fix_text (default) and ftfy with our configuration; lossy outcomes; changes on
   clean controls; OpenCC restore configurations; throughput vs ftfy.fix_text.
3. The seed page: our repaired text and the change summary.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import ftfy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus_repair import CLEAN, Case, cases, obfuscation_cases  # noqa: E402
from pipeline.repair import apply_plan, repair_text  # noqa: E402
from pipeline.repair.western import config as ftfy_config  # noqa: E402

SHARED = ROOT.parent / "shared"
FTFY_CASES = SHARED / "bench" / "ftfy-test-cases"
SEED = SHARED / "seed" / "000_1a9596c425886d8f.txt"


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").translate(str.maketrans("“”‘’", "\"\"''"))


def ftfy_cases() -> None:
    print("== 1. ftfy test cases (data by Robyn Speer, ftfy, Apache-2.0) ==")
    rows = []
    for path in sorted(FTFY_CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            rows.append((path.stem, case))
    same = differ = neg_ok = neg_bad = lossy = deliberate = 0
    for name, case in rows:
        if ftfy.fix_text(case["original"]) != case["fixed"]:
            continue  # ftfy itself fails this case
        want = case.get("fixed-encoding", case["fixed"])
        ours = repair_text(case["original"]).text
        negative = case["original"] == want
        if negative:
            neg_ok += _plain(ours) == _plain(case["original"])
            neg_bad += _plain(ours) != _plain(case["original"])
        elif ours == want:
            same += 1
        elif "\ufffd" in want:
            lossy += 1  # ftfy's answer keeps U+FFFD: a partial repair; we flag instead
        elif _plain(ours) == _plain(want):
            deliberate += 1  # NBSP made a space, curly quotes kept
        else:
            differ += 1
            print(f"  differs [{name}] {case['label']}: {ours[:60]!r} want {want[:60]!r}")
    print(
        f"  ftfy-passed repairs: ours equal {same}; lossy, flagged instead {lossy}; "
        f"deliberate (NBSP, curly quotes) {deliberate}; other differences {differ}"
    )
    print(f"  ftfy-passed negatives: unchanged {neg_ok} (inner NBSP to space counts as unchanged), changed {neg_bad}")


def _outcome(case: Case, text: str, flagged: bool) -> str:
    if text == case.clean:
        return "recovered" if case.category == "lossy" else "exact"
    if text == case.corrupted:
        return "flagged" if flagged else "unchanged, not flagged"
    return "third-text"


def corpus() -> None:
    print(f"\n== 2. seeded corruption corpus (our texts, {len(CLEAN)} languages) ==")
    all_cases = cases() + obfuscation_cases()
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    control_changes = 0
    for case in all_cases:
        result = repair_text(case.corrupted)
        assert apply_plan(case.corrupted, result.changes) == result.text
        table[case.category]["ours"][_outcome(case, result.text, bool(result.flags))] += 1
        table[case.category]["ftfy"][_outcome(case, ftfy.fix_text(case.corrupted), False)] += 1
        configured = ftfy.fix_text(case.corrupted, ftfy_config())
        table[case.category]["ftfy-cfg"][_outcome(case, configured, False)] += 1
        if case.category == "control":
            control_changes += len(result.changes)
            if result.changes:
                print(f"  control changed: {case.corrupted[:50]!r} -> {result.text[:50]!r}")
    print(f"  {'category':<12}{'n':>4}  {'ours':>8}  {'ftfy':>8}  {'ftfy-cfg':>8}   ours outcomes")
    for cat in ("western", "cjk", "cyrillic", "obfuscation", "lossy", "control"):
        if cat not in table:
            continue
        n = sum(table[cat]["ours"].values())
        good = "recovered" if cat == "lossy" else "exact"
        pct = {k: 100 * table[cat][k][good] / n for k in ("ours", "ftfy", "ftfy-cfg")}
        print(
            f"  {cat:<12}{n:>4}  {pct['ours']:>7.1f}%  {pct['ftfy']:>7.1f}%  {pct['ftfy-cfg']:>7.1f}%   "
            + ", ".join(f"{k} {v}" for k, v in sorted(table[cat]["ours"].items()))
        )
    for tool in ("ours", "ftfy", "ftfy-cfg"):
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(table["lossy"][tool].items()))
        print(f"  lossy outcomes {tool:<9}: {outcomes}")
    print(f"  changes on clean controls: {control_changes}")
    throughput(all_cases)


def _real_pages(pattern: str, limit: int = 40) -> list[str]:
    """Public bench pages (read only): UTF-8, else GB18030, else UTF-8 with replacement."""
    pages = []
    for path in sorted(SHARED.glob(pattern))[:limit]:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        for codec in ("utf-8", "gb18030"):
            try:
                pages.append(data.decode(codec))
                break
            except UnicodeDecodeError:
                continue
        else:
            pages.append(data.decode("utf-8", errors="replace"))
    return pages


# Timed rounds per tool and batch: the short-text batches take milliseconds, so one noisy round is common.
_ROUNDS = 9


def _time(func: Callable[[str], object], batch: list[str]) -> float:
    """CPU time of this process for one pass over ``batch`` (other processes on the machine do not count)."""
    start = time.process_time()
    for text in batch:
        func(text)
    return time.process_time() - start


def throughput(all_cases: list[Case]) -> None:
    """Same texts, same run: each batch once to warm up (dictionaries load on first use, a one-time
    cost), then the best of ROUNDS rounds for each tool, the rounds interleaved (ours, ftfy, ours, ...)
    so that a change in the shared machine's load hits both alike."""
    texts = [c.corrupted for c in all_cases] + [SEED.read_text(encoding="utf-8")]
    batches = {
        "corrupted corpus texts": texts,
        "clean corpus texts": [c.clean for c in all_cases],
        "real zh pages (40)": _real_pages("bench/chinese-web-content-extraction/html/*"),
        "real en pages (40)": _real_pages("bench/article-extraction-benchmark/html/*"),
    }
    for label, batch in batches.items():
        # Pages are repaired as the pipeline repairs them: through their text view.
        ours_fn: Callable[[str], object] = (lambda t: repair_text(t, html=True)) if "pages" in label else repair_text
        _time(ours_fn, batch)  # warm-up: dictionaries (OpenCC, pypinyin, jieba) load on first use
        _time(ftfy.fix_text, batch)
        ours = theirs = float("inf")
        for _ in range(_ROUNDS):
            ours = min(ours, _time(ours_fn, batch))
            theirs = min(theirs, _time(ftfy.fix_text, batch))
        size = sum(len(t) for t in batch) / 1e6
        print(
            f"  throughput {label}: ours {size / ours:.2f} Mchar/s, ftfy.fix_text {size / theirs:.2f} Mchar/s,"
            f" ratio {theirs / ours:.2f}x"
        )


def opencc_restore() -> None:
    import opencc

    from pipeline.repair.script import restore_config, restored

    print("\n== OpenCC restore: simplified -> s2t/s2tw/s2hk/s2twp -> back; exact sentences ==")
    texts = CLEAN["zh"] + [
        "随着信息技术的发展，我们面临着许多新的挑战。",
        "他著有多部著名作品，显著提高了影响力。",
        "头发里面有一只虫子，他干了一杯酒。",
        "系统出现故障后，工程师立即修复了软件。",
        "为了准备考试，她复习了一整夜，终于松了一口气。",
        "这只钟表走得很准，历史悠久，后来被送回了台湾。",
        "面对着困难，他始终保持着乐观的态度。",
        "这里的面包很好吃，里面还夹着奶油。",
        "公司发布了新版本的软件，修复了多个漏洞。",
        "他们在网上看视频，讨论着明天的计划。",
        "政府出台措施，进一步优化营商环境。",
        "老师把作业发给学生，叮嘱他们认真复习。",
        "这部著作出版后，引起了学术界的广泛关注。",
        "天气渐渐冷了，街上的行人都穿上了厚衣服。",
        "经过反复试验，研究团队终于找到了答案。",
        "随着人工智能的发展，软件和硬件的更新越来越快。",
        "网络安全需要服务器和内存芯片的共同支持。",
    ]
    backs = ("t2s", "tw2s", "hk2s", "tw2sp", "ours")
    print(f"  {'converted by':<12}" + "".join(f"{b:>8}" for b in backs))
    for forward in ("s2t", "s2tw", "s2hk", "s2twp"):
        conv = [opencc.OpenCC(forward).convert(t) for t in texts]
        cells = []
        for back in backs:
            ok = 0
            for trad, simp in zip(conv, texts, strict=True):
                ours = back == "ours"
                ok += (restored(trad, restore_config(trad)) if ours else opencc.OpenCC(back).convert(trad)) == simp
            cells.append(f"{ok}/{len(texts)}")
        print(f"  {forward:<12}" + "".join(f"{c:>8}" for c in cells))


def seed() -> None:
    print("\n== 3. the seed page ==")
    text = SEED.read_text(encoding="utf-8")
    result = repair_text(text)
    print(result.text[:300])
    i, j = text.find("展?"), result.text.find("发展营造")
    print(f"  damaged spot: {text[i - 14 : i + 17]!r} -> {result.text[j - 4 : j + 10]!r}")
    counts = Counter(c.rule for c in result.changes)
    print("  changes:", dict(counts), "flags:", [f.rule for f in result.flags], "script:", result.script)
    for change in result.changes:
        print(f"   {change.rule}: {change.evidence[:120]}")
    assert apply_plan(text, result.changes) == result.text


if __name__ == "__main__":
    ftfy_cases()
    corpus()
    opencc_restore()
    seed()
