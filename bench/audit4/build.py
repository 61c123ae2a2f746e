# ruff: noqa: E501
"""Audit4 case plumbing: the Case/Exp records and the page builders every case module uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from types import ModuleType

from articles import (
    Article,
)

SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清-成人无码视频在线播放"
IND = "\u3000\u3000"


@dataclass
class Exp:
    """One expected output record (None = not checked)."""
    title: str | None
    body: str | None
    meta: dict[str, object] = field(default_factory=dict)
    status: str = "ok"
    flags_absent: tuple[str, ...] = ()


@dataclass
class Case:
    name: str
    group: str
    files: dict[str, bytes]  # relative path -> bytes; the CLI gets the first path (or the dir)
    exp: list[Exp]
    rc: int = 0
    args: list[str] = field(default_factory=list)
    as_dir: bool = False
    note: str = ""


def body(a: Article, skip: int = 0) -> str:
    return "\n".join(a.paras[skip:])


def meta(a: Article, *keys: str) -> dict[str, object]:
    vals = {"publisher": a.publisher, "author": a.author, "published": a.date}
    return {k: vals[k] for k in keys}


def dump(a: Article, head: list[str], crumb: list[str], info: list[str] | None = None, tail: list[str] | None = None,
         title: str | None = None, indent: str = IND, paras: tuple[str, ...] | None = None, pre_title: list[str] | None = None) -> str:
    """A seed-shaped text dump: header lines, NBSP lines, crumb, title, indented paragraphs."""
    out: list[str] = []
    for h in head:
        out += [h, ""]
    out += [" "]
    out += crumb
    out += [" ", ""]
    out += pre_title or []
    out += [title if title is not None else a.title, "", ""]
    if info:
        out += [*info, ""]
    for p in paras if paras is not None else a.paras:
        out += [indent + p, ""]
    out += tail or []
    return "\n".join(out) + "\n"


def tcase(name: str, a: Article, text: str, keys: tuple[str, ...] = ("publisher",), codec: str = "utf-8",
          title: str | None = None, bod: str | None = None, note: str = "", extra: dict[str, object] | None = None) -> Case:
    m = meta(a, *keys) | (extra or {})
    return Case(name, "dump", {f"{name}.txt": text.encode(codec)},
                [Exp(title if title is not None else a.title, bod if bod is not None else body(a), m)], note=note)


CRUMB = ["当前位置 : 首页 > 新闻中心 > 国内新闻"]


def page(title_tag: str, body_html: str, charset: str | None = "utf-8", lang: str = "zh-CN", head: str = "") -> str:
    meta_cs = f'<meta charset="{charset}">' if charset else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{meta_cs}<title>{escape(title_tag)}</title>{head}</head>\n<body>\n{body_html}\n</body></html>\n')


def ps(paras: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paras)


def hcase(name: str, a: Article, html: str, keys: tuple[str, ...] = ("publisher",), codec: str = "utf-8", bod: str | None = None,
          title: str | None = None, args: list[str] | None = None, note: str = "", flags_absent: tuple[str, ...] = ()) -> Case:
    return Case(name, "html", {f"{name}.html": html.encode(codec, errors="strict")},
                [Exp(title if title is not None else a.title, bod if bod is not None else body(a), meta(a, *keys), flags_absent=flags_absent)],
                args=args or [], note=note)


def moji(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


WARC_REC = "WARC/1.0\r\nWARC-Type: {t}\r\nWARC-Record-ID: <urn:uuid:{u}>\r\nWARC-Date: 2026-11-01T10:00:0{i}Z\r\n{uri}Content-Type: {ct}\r\nContent-Length: {n}\r\n\r\n"


def warc(records: list[tuple[str, bytes, str]]) -> bytes:
    out = [WARC_REC.format(t="warcinfo", u="00000000-0000-0000-0000-000000000000", i=0, uri="", ct="application/warc-fields", n=19).encode() + b"software: audit4\r\n\r\n\r\n"]
    for i, (url, body_b, ct) in enumerate(records, 1):
        req = f"GET {url} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        out.append(WARC_REC.format(t="request", u=f"00000000-0000-0000-0000-00000000000{i}", i=i, uri=f"WARC-Target-URI: {url}\r\n",
                                   ct="application/http; msgtype=request", n=len(req)).encode() + req + b"\r\n\r\n")
        resp = f"HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {len(body_b)}\r\n\r\n".encode() + body_b
        out.append(WARC_REC.format(t="response", u=f"10000000-0000-0000-0000-00000000000{i}", i=i, uri=f"WARC-Target-URI: {url}\r\n",
                                   ct="application/http; msgtype=response", n=len(resp)).encode() + resp + b"\r\n\r\n")
    return b"".join(out)


def _obf() -> ModuleType:
    """bench/audit3's obfuscators (imported, not copied)."""
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("a3obf", Path(__file__).resolve().parent.parent / "audit3" / "obfuscate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
