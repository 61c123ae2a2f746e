# ruff: noqa: E501
"""Minimal reproductions of the audit4 findings, each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit4/repros.py [ID ...]

Text and HTML repros run through the public API (pipeline.api.clean_text / clean_html, the stages
of ``repost clean``); input repros (files, directories, WARC) run the real CLI on a temporary file.
Each prints the field it checks: what we give and what the original says.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.api import clean_html, clean_text

REPO = Path(__file__).resolve().parent.parent.parent
IND = "\u3000\u3000"
SPAM = "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清"
CRUMB = "当前位置：首页 > 新闻中心 > 国内新闻"
TITLE = "长江中游航道水位回升 货轮恢复满载通行"
PARA = "新华社武汉9月3日电 记者3日从长江航务管理局获悉，长江中游宜昌至武汉段航道水位持续回升，5000吨级货轮已恢复满载通行。"
PARA2 = "长江航务管理局表示，将继续加强水位监测，及时发布航道信息。"
EN_P = "PORT ELLIS, Maine — Residents of this fishing town voted 412 to 97 on Tuesday to raise local taxes so their last ferry keeps running."
EN_T = "Harbour town votes to keep its last ferry running"

Fields = dict[str, object]


@dataclass
class Repro:
    id: str
    stage: str
    run: Callable[[], Fields]
    field: str
    expected: object


def _rec(r: object) -> Fields:
    return {k: getattr(r, k, None) for k in ("title", "text", "author", "publisher", "published", "status")}


def text(s: str) -> Callable[[], Fields]:
    return lambda: _rec(clean_text(s))


def html(s: str) -> Callable[[], Fields]:
    return lambda: _rec(clean_html(s))


def dump(head: str, title: str = TITLE, info: str = "", tail: str = "", crumb: str = CRUMB, paras: tuple[str, ...] = (PARA, PARA2)) -> str:
    body = "\n\n".join(IND + p for p in paras)
    return f"{head}\n\n{crumb}\n\n{title}\n\n" + (f"{info}\n\n" if info else "") + body + (f"\n\n{tail}" if tail else "") + "\n"


def cli(files: dict[str, bytes], target: str | None = None) -> Callable[[], Fields]:
    """Run ``python -m pipeline clean`` on files in a temporary directory: rc, records, first record."""
    def go() -> Fields:
        with tempfile.TemporaryDirectory() as tmp:
            for rel, data in files.items():
                p = Path(tmp, rel)
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(data)
            path = Path(tmp, target or next(iter(files)))
            proc = subprocess.run([sys.executable, "-m", "pipeline", "clean", str(path), "--format", "jsonl"], capture_output=True,
                                  text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
        recs = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
        first = recs[0] if recs else {}
        return {"rc": proc.returncode, "records": [(Path(r["source_path"]).name, r["status"]) for r in recs],
                "title": first.get("title"), "status": first.get("status"), "text": first.get("text")}
    return go


def page(body: str, title: str = TITLE, lang: str = "zh-CN") -> str:
    return f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'


WARC_HEAD = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1000000{i}-0000-0000-0000-000000000000>\r\nWARC-Date: 2026-11-01T10:00:00Z\r\nWARC-Target-URI: http://a.example/{i}.html\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {n}\r\n\r\n"


def _warc() -> bytes:
    out = []
    for i in range(2):
        html_b = page(f"<h1>{TITLE}</h1><div class='content'><p>{PARA}</p></div>").encode()
        resp = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html_b
        out.append(WARC_HEAD.format(i=i, n=len(resp)).encode() + resp + b"\r\n\r\n")
    return b"".join(out)


_BODY = f"{PARA}\n{PARA2}"
_EN_DATE = '<h1>{t}</h1><div class="meta"><span>By Martha Reyes</span> <span>{d}</span></div><div class="story"><p>{p}</p></div>'

REPROS = [
    # --- text dumps: header/title lines ---------------------------------------------------------
    Repro("header_english_seo", "strip/text.py _spam_above_headline (chain phrase max 24 chars) + headline() len<=80",
          text(dump("Best Free Movies Online 2026 - Watch HD Streaming Full Episodes | freemovies4k.example")), "title", TITLE),
    Repro("header_site_domain", "strip/text.py _spam_above_headline (has_sentence sees the '.' of a domain)",
          text(dump("新闻资讯网-www.xwzx365.com-最新最全的新闻资讯门户")), "title", TITLE),
    Repro("header_welcome_line", "strip/text.py spam_header (site-furniture line under a spam header)",
          text(dump(SPAM + "\n\n欢迎访问新闻资讯网 www.xwzx365.com 设为首页 加入收藏")), "title", TITLE),
    Repro("title_site_suffix", "strip/text.py title (_title_below_page_title needs the headline repeated below)",
          text(dump(SPAM, title=TITLE + "_新闻资讯网")), "title", TITLE),
    Repro("title_spam_suffix_drops_title", "strip/text.py spam_header drops the whole headline line",
          text(dump(SPAM, title=TITLE + "-久久精品国产免费观看")), "title", TITLE),
    Repro("page_title_line_site_with_space", "strip/text.py _title_below_page_title (_SITE_SUFFIX: one segment, no spaces)",
          text(dump(TITLE + " | News Portal")), "title", TITLE),
    Repro("title_date_suffix", "strip/text.py title (a date glued to the headline line stays in the title)",
          text(dump(SPAM, title=TITLE + " 2026-09-03")), "title", TITLE),
    Repro("header_ru_spam", "strip/text.py spam_header (no non-Chinese vocabulary / shape)",
          text("Смотреть фильмы онлайн бесплатно в хорошем качестве HD 2026\n\nГлавная / Новости / Общество\n\nВ Казани открыли круглосуточную библиотеку\n\nКАЗАНЬ, 15 октября — В Казани в среду открылась первая в Татарстане библиотека, куда можно прийти ночью.\n"),
          "title", "В Казани открыли круглосуточную библиотеку"),
    Repro("header_es_spam", "strip/text.py spam_header (no non-Chinese vocabulary / shape)",
          text("Ver películas online gratis en español HD - Estrenos 2026\n\nInicio > Noticias > Sociedad\n\nUn pueblo de Soria recupera su panadería\n\nSORIA, 20 de marzo. Los vecinos de Valdeaguas han vuelto a comprar pan recién hecho.\n"),
          "title", "Un pueblo de Soria recupera su panadería"),
    # --- text dumps: info lines ---------------------------------------------------------------
    Repro("info_source_with_url", "strip meta_line (来源 line with a URL kept)",
          text(dump(SPAM, info="来源：人民网 http://edu.people.com.cn/n1/2026/0901/c1006.html　2026-09-01")), "text", _BODY),
    Repro("info_weekday", "strip meta_line / textmeta (date + 星期X not a meta line)", text(dump(SPAM, info="2026-09-01 08:30 星期二")), "text", _BODY),
    Repro("info_fabu_yu", "strip meta_line (发布于 …)", text(dump(SPAM, info="发布于 2026年9月1日 星期二")), "text", _BODY),
    Repro("info_dotted_date", "strip meta_line (时间：2026.09.01)", text(dump(SPAM, info="时间：2026.09.01")), "text", _BODY),
    Repro("info_compact_date", "strip meta_line + textmeta.iso_date (20260901)", text(dump(SPAM, info="发布日期：20260901")), "published", "2026-09-01"),
    Repro("info_cn_numeral_date", "strip meta_line + textmeta.iso_date (二〇二六年九月一日)", text(dump(SPAM, info="日期：二〇二六年九月一日")), "published", "2026-09-01"),
    Repro("byline_benbao_jizhe", "strip textmeta author + meta_line (本报记者 X as its own line)",
          text(dump(SPAM, paras=("本报记者 郑一帆", "九月的海风已经有些凉意。62岁的周海生最后一次爬上灯塔，把值班日志交到了年轻同事手里。"))), "text",
          "九月的海风已经有些凉意。62岁的周海生最后一次爬上灯塔，把值班日志交到了年轻同事手里。"),
    Repro("tail_benwen_laiyuan", "strip repost tail (本文来源：X after 责任编辑)", text(dump(SPAM, tail="（责任编辑：李明）\n\n本文来源：新华社")), "text", _BODY),
    Repro("folded_semicolon_line_end", "repair cjk_punctuation (';' at a line end, list items; extends audit3 #3)",
          text("久久精品国产免费观看-日韩精品一区二区三区\n\n當前位置 : 首頁 > 新聞\n\n課後服務有新變化\n\n  本報北京9月1日電(記者 陶蘊)通知提出三項具體措施:\n\n  1. 每所學校每學期至少開設10類興趣活動;\n\n  2. 嚴禁以課後服務名義進行集體補課。\n"),
          "text", "本报北京9月1日电（记者 陶蕴）通知提出三项具体措施：\n1. 每所学校每学期至少开设10类兴趣活动；\n2. 严禁以课后服务名义进行集体补课。"),
    Repro("en_dump_byline_line", "strip/text.py (By X | date line kept; meta read but line not dropped)",
          text(f"Home » News » World\n\n{EN_T}\n\nBy Martha Reyes | October 14, 2026\n\n{EN_P}\n"), "text", EN_P),
    Repro("en_dump_read_more", "strip/text.py related ('Read more:' tail line kept in dumps)",
          text(f"{EN_T}\n\n{EN_P}\n\nRead more: Island schools prepare for winter\n"), "text", EN_P),
    Repro("ja_dump_share_line", "strip/text.py share (この記事をシェアする line kept)",
          text("商店街に高校生のカフェ\n\n　長野県松本市の商店街で、地元の高校生が運営するカフェが２日、オープンした。\n\nこの記事をシェアする　Twitter　Facebook　LINE\n"),
          "text", "長野県松本市の商店街で、地元の高校生が運営するカフェが２日、オープンした。"),
    # --- HTML ----------------------------------------------------------------------------------
    Repro("en_author_plus_date_word", "strip/metadata.py author (byline span joined with the next span's first word)",
          html(page(_EN_DATE.format(t=EN_T, d="Oct. 14, 2026", p=EN_P), EN_T, "en")), "author", "Martha Reyes"),
    Repro("en_date_ddmmyyyy", "strip textmeta.iso_date (14/10/2026)", html(page(_EN_DATE.format(t=EN_T, d="Published 14/10/2026", p=EN_P), EN_T, "en")), "published", "2026-10-14"),
    Repro("es_date_ddmmyyyy", "strip textmeta.iso_date (20/03/2026 - 10:15 h)",
          html(page('<h1>Un pueblo recupera su panadería</h1><div class="meta">Por Lucía Pereda | 20/03/2026 - 10:15 h</div><div class="story"><p>SORIA. Los vecinos de Valdeaguas han vuelto a comprar pan recién hecho después de tres años.</p></div>', "x", "es")),
          "published", "2026-03-20"),
    Repro("ru_names_truncated", "strip textmeta publisher/author (one word of a two-word name)",
          html(page('<h1>В Казани открыли библиотеку</h1><div class="info">15.10.2026 14:20 | Источник: Казанские ведомости | Автор: Ильдар Сафин</div><div class="text"><p>КАЗАНЬ, 15 октября — В Казани в среду открылась первая в Татарстане круглосуточная библиотека.</p></div>', "x", "ru")),
          "author", "Ильдар Сафин"),
    Repro("en_publisher_in_byline", "strip textmeta publisher (By X | Coastline News | date)",
          html(page(f'<h1>{EN_T}</h1><div class="info">By Martha Reyes | Coastline News | October 14, 2026</div><div class="story"><p>{EN_P}</p></div>', EN_T, "en")),
          "publisher", "Coastline News"),
    Repro("noscript_body", "strip/dom.py NON_TEXT_TAGS drops <noscript> (lazy-loaded body)",
          html(page(f'<h1>{TITLE}</h1><div class="content"><div class="lazy" data-src="/api/1"></div><noscript><p>{PARA}</p><p>{PARA2}</p></noscript></div>')), "text", _BODY),
    Repro("h1_with_subtitle_vs_short_title_tag", "strip/metadata.py choose_title (_shorter picks the <title> prefix; h1 left in body)",
          html(page(f'<h1>黄土高原上的苹果新村：一个贫困县的产业突围</h1><div class="content"><p>{PARA}</p><p>{PARA2}</p></div>', "黄土高原上的苹果新村_新闻资讯网")),
          "title", "黄土高原上的苹果新村：一个贫困县的产业突围"),
    Repro("summary_block_kept", "strip (摘要 teaser duplicating the lead kept)",
          html(page(f'<article><h1>{TITLE}</h1><p class="summary">摘要：记者3日从长江航务管理局获悉，长江中游航道水位持续回升……</p><div class="body"><p>{PARA}</p><p>{PARA2}</p></div></article>')), "text", _BODY),
    Repro("video_caption_kept", "strip caption (video embed label kept)",
          html(page(f'<h1>{EN_T}</h1><div class="story"><p>{EN_P}</p><div class="video-embed"><iframe src="https://v.example/1"></iframe><p>Watch: Islanders on the vote (2:14)</p></div><p>The first subsidised sailing is scheduled for Nov. 3.</p></div>', EN_T, "en")),
          "text", EN_P + "\nThe first subsidised sailing is scheduled for Nov. 3."),
    Repro("view_counter_line", "strip meta_line (浏览次数：N / 字号 lines)", text(dump(SPAM, info="字号：大 中 小\n\n浏览次数：1234")), "text", _BODY),
    Repro("spam_words_inside_para", "strip (keyword run injected mid-sentence kept; text dumps)",
          text(dump(SPAM, paras=(PARA[:30] + "久久精品国产免费观看" + PARA[30:], PARA2))), "text", _BODY),
    Repro("spam_link_inside_para", "strip/spamlinks.py (keyword <a> to another host mid-sentence kept)",
          html(page(f'<h1>{TITLE}</h1><div class="content"><p>{PARA[:30]}<a href="http://jjyy8.example">久久精品国产免费观看</a>{PARA[30:]}</p><p>{PARA2}</p></div>')), "text", _BODY),
    Repro("wechat_promo_mid_body", "strip (扫码关注…公众号 promotion paragraph kept)",
          html(page(f'<h1>{TITLE}</h1><div class="content"><p>{PARA}</p><p>扫码关注“三农观察”公众号，获取更多资讯</p><p><img src="/qr.png"></p><p>{PARA2}</p></div>')), "text", _BODY),
    Repro("table_sidebar_in_body", "strip/blocks.py body choice (old table layout: sidebar <td> of headline+summary kept)",
          html(page(f'<table><tr><td width="650"><table><tr><td><b>{TITLE}</b></td></tr><tr><td>{IND}{PARA}</td></tr></table></td><td width="300"><table><tr><td><b>热点新闻</b></td></tr>'
                    '<tr><td><a href="/1.html">汉江流域迎来秋汛</a><br>受持续降雨影响，汉江上游来水明显增加，沿线多个城市启动防汛应急响应，加强堤防巡查。</td></tr>'
                    '<tr><td><a href="/2.html">三峡水库开始蓄水</a><br>三峡水库今天开始今年的175米试验性蓄水，起蓄水位约为150米，预计10月底蓄满。</td></tr></table></td></tr></table>')), "text", PARA),
    Repro("en_dump_cookie_line", "strip/text.py (cookie banner line becomes the title of an English dump)",
          text(f"We use cookies to improve your experience. Accept all cookies\n\n{EN_T}\n\n{EN_P}\n"), "title", EN_T),
    Repro("html_title_spam_suffix_no_h1", "strip/metadata.py choose_title (a <title> 'headline-spam' is rejected whole, not trimmed)",
          html(page(f'<div class="content"><p>{PARA}</p><p>{PARA2}</p></div>', TITLE + "-久久精品国产免费观看")), "title", TITLE),
    Repro("html_bold_title_paragraph", "strip metadata.choose_title + outside_body (1-paragraph article whose headline is only a <p><strong> in the content box: dropped as outside_body, title null; with 2 paragraphs it works)",
          html(page(f'<div class="crumb">当前位置：首页 > 新闻</div><div class="content"><p><strong>{TITLE}</strong></p><p>{PARA}</p></div>', SPAM)), "title", TITLE),
    Repro("html_bold_title_site_name_title", "strip metadata.choose_title (<title> is only the site name; the <p><strong> headline stays as body line 1)",
          html(page(f'<div class="content"><p><strong>{TITLE}</strong></p><p>{PARA}</p><p>{PARA2}</p></div>', "新闻资讯网")), "title", TITLE),
    Repro("html_info_source_url", "strip meta_line (来源 + URL in an info div kept)",
          html(page(f'<h1>{TITLE}</h1><div class="info">来源：新华网 http://www.news.cn/</div><div class="content"><p>{PARA}</p><p>{PARA2}</p></div>')), "text", _BODY),
    Repro("html_benbao_byline_p", "strip textmeta author (本报记者 X paragraph kept, author null)",
          html(page(f'<h1>{TITLE}</h1><div class="content"><p>本报记者 郑一帆</p><p>{PARA}</p><p>{PARA2}</p></div>')), "author", "郑一帆"),
    # --- inputs (real CLI) ----------------------------------------------------------------------
    Repro("meta_refresh_page", "strip (a redirect stub becomes an article)",
          cli({"r.html": b'<html><head><meta http-equiv="refresh" content="0; url=https://news.example/1.html"><title>Redirecting...</title></head><body>If you are not redirected, <a href="https://news.example/1.html">click here</a>.</body></html>'}),
          "status", "dropped"),
    Repro("html_saved_as_txt", "sources/files.py + sniff (HTML markup in a .txt is cleaned as text)",
          cli({"p.txt": page(f"<h1>{TITLE}</h1><div class='content'><p>{PARA}</p></div>").encode()}), "title", TITLE),
    Repro("dir_walk_takes_md_png", "sources/files.py (directory walk reads .md/.png: README lists .html/.htm/.xhtml/.txt)",
          cli({"d/a.html": page(f"<h1>{TITLE}</h1><div class='content'><p>{PARA}</p></div>").encode(), "d/notes.md": b"# notes\n", "d/i.png": b"\x89PNG\r\n\x1a\n\x00\x00"}, "d"),
          "rc", 0),
    Repro("empty_file_is_error", "sources/files.py (an empty page is an error, exit 1, not a dropped record)",
          cli({"e.html": b""}), "rc", 0),
    Repro("warc_gz_whole_file", "sources/warc.py (a gzip of the whole WARC: fastwarc 'non-chunked gzip')",
          cli({"w.warc.gz": gzip.compress(_warc())}), "rc", 0),
]


def run_repros(repros: list[Repro], argv: list[str]) -> int:
    """Run the repros named in ``argv`` (all when empty), print ok/FAIL and what differs; exit 0.
    A published date matches on its date part."""
    bad = 0
    for r in repros:
        if argv and r.id not in argv:
            continue
        got = r.run().get(r.field)
        ok = got == r.expected or (r.field == "published" and isinstance(got, str) and isinstance(r.expected, str)
                                   and got[:10] == r.expected)
        bad += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {r.id:36} [{r.stage}]")
        if not ok:
            print(f"     {r.field} got      {got!r}\n     {r.field} expected {r.expected!r}")
    print(f"\n{bad} of {len(repros)} repros still fail")
    return 0


def main(argv: list[str]) -> int:
    return run_repros(REPROS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
