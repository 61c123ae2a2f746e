"""Decode-only fuzz: every article as a small page in every codec that can hold it, under every
kind of label (none, right, a lying header, a lying <meta>, both lying), through decode_bytes.

    cd /work/main && nice python bench/audit/decode_fuzz.py

Prints the share of pages decoded to exactly the text that was encoded, and each miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import ARTICLES

from pipeline.decode import decode_bytes

CODECS = ("utf-8", "gbk", "gb18030", "big5", "big5hkscs", "shift_jis", "euc_jp", "cp1251", "koi8_r", "cp1252",
          "utf-16")
WRONG = {"utf-8": "gbk", "gbk": "utf-8", "gb18030": "big5", "big5": "gbk", "big5hkscs": "gb2312",
         "shift_jis": "euc-jp", "euc_jp": "shift_jis", "cp1251": "koi8-r", "koi8_r": "windows-1251",
         "cp1252": "utf-8", "utf-16": "utf-8"}


def page(title: str, body: str, meta: str | None) -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"


def main() -> int:
    total = misses = 0
    for art in ARTICLES.values():
        for codec in CODECS:
            for label in ("none", "right", "header_lies", "meta_lies", "both_lie"):
                meta = {"right": codec, "meta_lies": WRONG[codec], "both_lie": WRONG[codec]}.get(label)
                header = {"right": codec, "header_lies": WRONG[codec], "both_lie": WRONG[codec]}.get(label)
                text = page(art.title, "</p><p>".join(art.paras), meta)
                try:
                    data = text.encode(codec)
                except UnicodeEncodeError:
                    continue
                total += 1
                got = decode_bytes(data, f"text/html; charset={header}" if header else None)
                if got.text != text:
                    misses += 1
                    print(f"MISS {art.key:12} {codec:10} {label:12} -> {got.encoding} ({got.source}) "
                          f"{got.text[60:100]!r}")
    print(f"{total - misses}/{total} pages decoded exactly")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
