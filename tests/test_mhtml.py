"""MHTML files (a browser's "save as single file") read by ``repost clean``: the page part, its URL and
charset label, and nothing of the other parts (images, ad frames)."""

from __future__ import annotations

import base64
import io
import quopri
from pathlib import Path
from typing import Any

import pytest

from .helpers import jsonl

ARTICLE = ("<p>县图书馆的流动书车本周起恢复下乡，每周二和周五停靠沿河的六个村子，村民凭身份证即可借书。</p>"
           "<p>馆长说，书车今年新添了两百册农技读物和一批大字版小说，方便上了年纪的读者。</p>")
PAGE = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>流动书车恢复下乡_县城新闻</title></head>"
        f"<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div>"
        f"<div class=\"article\"><h1>流动书车恢复下乡</h1>{ARTICLE}</div>"
        f"<iframe src=\"cid:frame-2@mhtml.blink\"></iframe></body></html>")
AD_FRAME = "<html><body><p>限时特价！点击领取优惠券，全场商品五折起，错过再等一年。</p></body></html>"
BODY = ("县图书馆的流动书车本周起恢复下乡，每周二和周五停靠沿河的六个村子，村民凭身份证即可借书。\n"
        "馆长说，书车今年新添了两百册农技读物和一批大字版小说，方便上了年纪的读者。")
URL = "https://news.example.cn/2026/11/bookbus.html"


def chrome_mhtml(page: str = PAGE, *, snapshot: str = URL) -> bytes:
    """An MHTML file shaped as Chrome writes one: quoted-printable HTML, a base64 image, an ad frame."""
    boundary = "----MultipartBoundary--Qx7fLkS2pW----"

    def part(headers: str, body: bytes) -> bytes:
        return f"--{boundary}\r\n{headers}\r\n\r\n".encode() + body + b"\r\n"

    qp = quopri.encodestring(page.encode("utf-8")).replace(b"\n", b"\r\n")
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {snapshot}\r\n"
            f"Subject: =?utf-8?Q?bookbus?=\r\nDate: Mon, 30 Nov 2026 08:12:40 -0000\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n\r\n"
            ).encode() + part(
        f"Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {snapshot}", qp) + part(
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example.cn/img/logo.png", base64.encodebytes(b"\x89PNG\r\n\x1a\n" * 8)) + part(
        "Content-Type: text/html\r\nContent-ID: <frame-2@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable", quopri.encodestring(AD_FRAME.encode("utf-8"))) + (
        f"--{boundary}--\r\n".encode())


def test_chrome_mhtml_gives_the_page_part_and_its_url(tmp_path: Path, run_cli: Any) -> None:
    saved = tmp_path / "bookbus.mhtml"
    saved.write_bytes(chrome_mhtml())
    code, out, err = run_cli("clean", str(saved), "--format", "jsonl")
    assert (code, err) == (0, "")
    [record] = jsonl(out)
    assert (record["title"], record["text"], record["url"]) == ("流动书车恢复下乡", BODY, URL)
    assert record["site"] == "news.example.cn"
    assert "优惠券" not in out and "PNG" not in out


def test_old_mht_with_a_gbk_charset_found_in_a_directory(tmp_path: Path, run_cli: Any) -> None:
    """Internet Explorer's .mht: the part names its charset (gb2312, read as GBK), base64 body, no snapshot
    header; the URL is the part's Content-Location."""
    page = PAGE.replace('<meta charset="utf-8">', "")
    payload = base64.encodebytes(page.encode("gbk")).decode()
    saved = tmp_path / "saved" / "bookbus.mht"
    saved.parent.mkdir()
    saved.write_bytes(("MIME-Version: 1.0\nContent-Type: multipart/related;\n\tboundary=\"----=_NextPart_000\"\n\n"
                       "------=_NextPart_000\nContent-Type: text/html;\n\tcharset=\"gb2312\"\n"
                       f"Content-Transfer-Encoding: base64\nContent-Location: {URL}\n\n{payload}\n"
                       "------=_NextPart_000--\n").encode("ascii"))
    code, out, err = run_cli("clean", str(saved.parent), "--format", "jsonl")
    assert (code, err) == (0, "")
    [record] = jsonl(out)
    assert (record["text"], record["url"], record["encoding"]) == (BODY, URL, "gb18030")


def test_mhtml_under_another_name_and_on_stdin_is_recognised(tmp_path: Path, run_cli: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    saved = tmp_path / "bookbus.html"
    saved.write_bytes(chrome_mhtml())
    code, out, _ = run_cli("clean", str(saved), "--format", "jsonl")
    assert code == 0 and jsonl(out)[0]["text"] == BODY

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(chrome_mhtml())))
    code, out, _ = run_cli("clean", "-", "--url", "https://mirror.example.com/a.html", "--format", "jsonl")
    [record] = jsonl(out)
    assert code == 0 and (record["text"], record["url"]) == (BODY, "https://mirror.example.com/a.html")


def test_mhtml_without_a_page_is_an_error_naming_it_and_the_run_goes_on(tmp_path: Path, run_cli: Any) -> None:
    empty = tmp_path / "a_images_only.mhtml"
    empty.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                      b"Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                      b"R0lGODlhAQABAAAAACw=\r\n--b--\r\n")
    good = tmp_path / "b_bookbus.mhtml"
    good.write_bytes(chrome_mhtml())
    code, out, err = run_cli("clean", str(tmp_path), "--format", "jsonl")
    assert code != 0
    assert err.splitlines() == [f"repost: error: {empty}: MHTML file holds no text/html part"]
    assert [r["text"] for r in jsonl(out) if r["status"] == "ok"] == [BODY]
