# ruff: noqa: E501
"""Audit34: the precision of lossy-damage repair, measured at scale.

Real Chinese article bodies (read, never copied, from /work/shared/bench/chinese-web-content-extraction's
ground truth) are encoded in GBK (simplified, and traditional through OpenCC s2t, as the repost farms write
it), GB18030 (traditional) and Big5 (traditional); one Han character at a random position is damaged the way
a lost lead byte shows once decoded:

- ``?X``   the lead byte written as "?", the trail byte 0x40-0x7E left as an ASCII character (负?d);
- ``?hi``  the same with a trail byte >= 0x80, which the decoder pairs with the next byte (misaligned);
- ``FX``   the lead byte decoded to U+FFFD, the ASCII trail byte after it;
- ``F``    the character gone to one U+FFFD;
- ``KKK``  the character's UTF-8 replaced by U+FFFD and read as the page's codec (锟斤拷 in GBK, 嚙踝蕭 in Big5).

Each damaged page (the article around the spot, at most MAX_PAGE characters) goes through
``pipeline.repair.repair_text`` (codec hint = the page's codec, script kept), and so does the same page
undamaged; the two outputs are compared around the spot:

- right:   the damaged page's output equals the clean page's (the original restored);
- WRONG:   the damage is gone and another text stands where the original was (invented text);
- flagged: the damage is left and a damage flag (lost_lead_byte, replacement_chars, lost_character) raised;
- silent:  the damage is left, no flag;
- other:   anything else (the damage rewritten, e.g. "?" widened to "？").

    source /work/venv/bin/activate && PYTHONPATH=$PWD nice python bench/audit34/run_audit34.py [--seed S] [-n SPOTS] [-v] [--outcomes FILE]
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

from pipeline.repair import repair_text
from pipeline.repair.common import opencc_converter

SOURCE = Path("/work/shared/bench/chinese-web-content-extraction/ground-truth.json")
MAX_PAGE = 2400
DAMAGE_RULES = frozenset(("lost_lead_byte", "replacement_chars", "lost_character"))
VARIANTS = (("gbk", "simp"), ("gbk", "trad"), ("gb18030", "trad"), ("big5", "trad"))
FORMS = ("?X", "?hi", "FX", "F", "KKK")
# The order spots take their form in: ?X, the form the repair restores, gets three shares in seven.
FORM_TURNS = ("?X", "?hi", "?X", "FX", "F", "?X", "KKK")
HAN_RE = re.compile("[\u4e00-\u9fff]")
# A line of the ground truth holding private-use characters is mojibake itself (one article has one).
PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
OUTCOMES = ("right", "WRONG", "flagged", "silent", "other")


def articles() -> list[str]:
    """The articles' bodies with enough Han text to make a page."""
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    bodies = [str(v.get("articleBody") or "") for v in data.values()]
    return [b for b in bodies if len(HAN_RE.findall(b)) >= 200]


def page_around(body: str, rng: random.Random) -> str:
    """A window of whole lines of ``body``, at most MAX_PAGE characters."""
    lines = [line for line in body.split("\n") if line.strip() and not PRIVATE_USE_RE.search(line)]
    start = rng.randrange(len(lines))
    page: list[str] = []
    for line in lines[start:] + lines[:start]:
        if sum(map(len, page)) + len(line) > MAX_PAGE and page:
            break
        page.append(line[:MAX_PAGE])
    return "\n\n".join(page)


def encodable(text: str, codec: str) -> str:
    """``text`` without the characters ``codec`` cannot write (a real page in it has none)."""
    return "".join(ch for ch in text if _writes(ch, codec))


def _writes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def damaged(page: str, pos: int, codec: str, form: str) -> str | None:
    """``page`` with the character at ``pos`` damaged in ``form``; None when the form cannot hit it."""
    raw = page[pos].encode(codec)
    if len(raw) != 2:
        return None
    trail = raw[1]
    if form == "?X":
        return page[:pos] + "?" + chr(trail) + page[pos + 1 :] if 0x40 <= trail <= 0x7E else None
    if form == "FX":
        return page[:pos] + "\ufffd" + chr(trail) + page[pos + 1 :] if 0x40 <= trail <= 0x7E else None
    if form == "?hi":
        if trail < 0x80:
            return None
        data = page[:pos].encode(codec) + b"?" + raw[1:] + page[pos + 1 :].encode(codec)
        return data.decode(codec, "replace")
    if form == "F":
        return page[:pos] + "\ufffd" + page[pos + 1 :]
    if form == "KKK":
        return page[:pos] + (b"\xef\xbf\xbd" * 2).decode(codec, "replace") + page[pos + 1 :]
    raise ValueError(form)


def _hit(ch: str, codec: str, form: str) -> bool:
    """``form`` can hit ``ch``: two bytes, the trail byte ASCII for ?X and FX, not for ?hi."""
    raw = ch.encode(codec)
    if len(raw) != 2:
        return False
    ascii_trail = 0x40 <= raw[1] <= 0x7E
    return ascii_trail if form in ("?X", "FX") else not ascii_trail if form == "?hi" else True


EVIDENCE_KINDS = (("residue", "residue"), ("own reading", "own reading"),
                  ("any recurring bigram", "bigram with a neighbour found"),  # main before audit34
                  ("word bigram", "a word bigram with"), ("three characters", "three characters with"),
                  ("both neighbours", "the three with both"), ("common word", "common word"),
                  ("publisher", "publisher's name"), ("page uses", "the only one the page uses"))


def evidence_kind(why: str) -> str:
    """The kinds of evidence a restoration's reason names, joined (bigram+common word)."""
    return "+".join(kind for kind, phrase in EVIDENCE_KINDS if phrase in why) or why[:30]


def _trim(a: str, b: str) -> tuple[str, str]:
    """The differing middles of ``a`` and ``b`` (common prefix and suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p : len(a) - s], b[p : len(b) - s]


def classify(clean_out: str, clean_flags: collections.Counter[str], out: str, flags: collections.Counter[str],
             mark: str) -> tuple[str, str, str]:
    """(outcome, original middle, damaged middle)."""
    if out == clean_out:
        return "right", "", ""
    orig, got = _trim(clean_out, out)
    new_flags = +(flags - clean_flags)
    flagged = any(rule in DAMAGE_RULES for rule in new_flags)
    marks = set(mark) - set(orig)
    if mark in got and len(got) - len(mark) <= len(orig):
        return ("flagged" if flagged else "silent"), orig, got
    if got and not (marks & set(got)) and not (set("?？\ufffd") & set(got)):
        return "WRONG", orig, got  # another character (or a mark: 。 for Big5 A1 43) where the original was
    return "other", orig, got


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 34
    spots = int(argv[argv.index("-n") + 1]) if "-n" in argv else 4000
    verbose = "-v" in argv
    rng = random.Random(seed)
    bodies = articles()
    s2t = opencc_converter("s2t").convert
    table: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    evidence: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    spots_out: list[str] = []  # one JSON line a spot, for --outcomes FILE (to compare two runs)
    clean_cache: dict[tuple[str, str], tuple[str, collections.Counter[str]]] = {}
    done = tries = 0
    while done < spots and tries < spots * 20:
        tries += 1
        codec, script = VARIANTS[done % len(VARIANTS)]
        form = FORM_TURNS[(done // len(VARIANTS)) % len(FORM_TURNS)]
        if form == "KKK" and codec == "gb18030":
            form = "F"  # GB18030 reads U+FFFD's UTF-8 as GBK does: the row would repeat gbk's
        body = bodies[rng.randrange(len(bodies))]
        page = page_around(body, rng)
        page = encodable(s2t(page) if script == "trad" else page, codec)
        positions = [m.start() for m in HAN_RE.finditer(page) if _hit(m[0], codec, form)]
        if not positions:
            continue
        pos = positions[rng.randrange(len(positions))]
        bad = damaged(page, pos, codec, form)
        if bad is None:
            continue
        key = (codec, page)
        if key not in clean_cache:
            rep = repair_text(page, script="keep", codec_hint=codec)
            clean_cache[key] = rep.text, collections.Counter(f.rule for f in rep.flags)
        clean_out, clean_flags = clean_cache[key]
        rep = repair_text(bad, script="keep", codec_hint=codec)
        mark = _trim(page, bad)[1]
        outcome, orig, got = classify(clean_out, clean_flags, rep.text, collections.Counter(f.rule for f in rep.flags), mark)
        row = f"{codec}-{script}"
        table[(row, form)][outcome] += 1
        done += 1
        why = next((c.evidence for c in rep.changes if c.rule in DAMAGE_RULES), "")
        context = page[max(0, pos - 6) : pos + 7].replace("\n", "/")
        spots_out.append(json.dumps([row, form, context, page[pos], outcome, got, why], ensure_ascii=False))
        if outcome in ("right", "WRONG") and why:
            evidence[evidence_kind(why)][outcome] += 1
        if outcome in ("WRONG", "other"):
            examples[outcome].append(f"{row:12} {form:4} {context!r}: {orig!r} -> {got!r}  [{why[:160]}]")
    if "--outcomes" in argv:
        Path(argv[argv.index("--outcomes") + 1]).write_text("\n".join(spots_out) + "\n", encoding="utf-8")
    print(f"audit34: {done} damaged spots (seed {seed}), {len(bodies)} articles, pages <= {MAX_PAGE} chars\n")
    print(f"{'codec':13}{'form':6}" + "".join(f"{o:>9}" for o in OUTCOMES) + f"{'spots':>8}")
    totals: collections.Counter[str] = collections.Counter()
    for (row, form), counts in sorted(table.items()):
        totals.update(counts)
        print(f"{row:13}{form:6}" + "".join(f"{counts[o]:9}" for o in OUTCOMES) + f"{sum(counts.values()):8}")
    print(f"{'TOTAL':19}" + "".join(f"{totals[o]:9}" for o in OUTCOMES) + f"{sum(totals.values()):8}")
    print("\nrestorations by the evidence that settled them (right / WRONG)")
    for kind, counts in sorted(evidence.items()):
        print(f"  {kind:36}{counts['right']:6}{counts['WRONG']:6}")
    for outcome in ("WRONG", "other"):
        shown = examples[outcome] if verbose else examples[outcome][:25]
        print(f"\n{outcome}: {len(examples[outcome])}" + ("" if verbose else " (first 25; -v for all)"))
        for line in shown:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
