# ruff: noqa: E501
"""Minimal reproductions of what audit7 leaves failing: a few lines of our own text each.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit7/repros.py [ID ...]

Runs through the public API (pipeline.api.clean_text / clean_html, the stages of ``repost clean``) with
audit4's runner helpers and prints ok/FAIL with the field it checks. ``gl`` is the seed's mechanics on
one line (s2t, pinyin readings, folded marks: a7_cases.gl). Exits 0.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a4 = load(HERE.parent / "audit4" / "repros.py", "audit4_repros")
Repro, text, html = a4.Repro, a4.text, a4.html

from a7_cases import CRUMB, EM, SPAM, gl  # noqa: E402

TITLE = "城郊农贸市场完成升级改造"
P1 = "经过三个月的施工，城郊农贸市场升级改造工程日前完工，市场重新开门迎客。"
P2 = "市场还设置了农残快速检测室，每天对上市蔬菜进行抽检，检测结果在电子屏上公示。"
CNS = "中新社北京9月3日电 (记者 韩雪松)记者3日从多家在线旅游平台获悉，秋季旅游市场持续升温。"
RMRB = "本报北京9月3日电　（记者孙海燕）记者从住房和城乡建设部获悉：今年全国加装电梯1.9万部。"
JA_T = "市内の公立図書館、開館時間を午後9時まで延長へ"
JA_P = "市教育委員会は3日、市内の公立図書館8館の開館時間を延長すると発表した。"
SECOND_T, SECOND_P = "社区食堂让老人吃上热乎饭", "在城南街道的社区食堂里，十几位老人正围坐在一起吃午饭。"
LONG = [f"第{i}段，记者在现场看到，市场里人来人往，摊主们忙着招呼顾客。" for i in range(1, 14)]
ISSUER, SIGNED = "市教育局", "2026年8月25日"


def seed(title: str, paras: list[str], tail: str = "") -> str:
    """The seed's shape: spam line, NBSP lines, glossed crumb and title, em-space indents, no final newline."""
    out = f"{SPAM}\n\n\xa0\n{gl(CRUMB)}\n\xa0\n\n{gl(title)}\n\n\n" + "\n\n".join(EM + gl(p) for p in paras)
    return out + (f"\n\n{tail}" if tail else "")


def plain(title: str, paras: list[str], tail: str = "") -> str:
    return f"{SPAM}\n\n{CRUMB}\n\n{title}\n\n" + "\n\n".join("\u3000\u3000" + p for p in paras) + (f"\n\n{tail}" if tail else "") + "\n"


REPROS = [
    # --- repair (audit8's modules): folded marks and script on seed-recipe pages ------------------------
    Repro("fold_ascii_paren_to_fullwidth", "repair punctuation: a wire's own ASCII ' (记者 X)' on a folded page becomes '（记者 X）'",
          text(seed("秋季旅游市场升温", [CNS, P2])), "text", f"{CNS}\n{P2}"),
    Repro("fold_fullwidth_paren_left_ascii", "repair punctuation: '（记者孙海燕）' folded to '(…)' after '\\u3000' is not given back",
          text(seed("多地推进老旧小区加装电梯", [RMRB, P2])), "text", f"{RMRB}\n{P2}"),
    Repro("japanese_under_glossed_crumb", "repair script: a Japanese article under a glossed Chinese crumb is converted t2s (図書館 -> 图书馆)",
          text(f"{SPAM}\n\n{gl(CRUMB)}\n\n{JA_T}\n\n\u3000{JA_P}\n"), "title", JA_T),
    Repro("html_entities_in_text_dump", "repair (no fixer): '&nbsp;' indents and '&ldquo;…&rdquo;' left as entities in a .txt dump",
          text(plain(TITLE, ["&ldquo;以前地上总是湿漉漉的。&rdquo;刘阿姨说。", P2]).replace("\u3000\u3000", "&nbsp;&nbsp;")), "text", f"“以前地上总是湿漉漉的。”刘阿姨说。\n{P2}"),
    # --- strip/__init__.extract_text (lead's file): metadata read from the first 12 lines only ---------
    Repro("tail_source_line_long_article", "strip/__init__ extract_text: publisher_in_text(lines[:12]) never sees the '来源：光明网' line ending a long dump",
          text(plain(TITLE, LONG, "来源：光明网")), "publisher", "光明网"),
    Repro("tail_edition_line_long_article", "strip/__init__ extract_text: the '《 人民日报 》（… 版）' line ending a long dump (textmeta reads it since audit7)",
          text(plain(TITLE, ["本报北京9月3日电　" + LONG[0], *LONG[1:]], "《 人民日报 》（ 2026年09月04日 04 版）")), "publisher", "人民日报"),
    # --- strip text.py: the signal of a second article is gone once split_lines strips the lines --------
    Repro("next_article_appended", "strip text.py split_lines: the NBSP line + headline + indented paragraphs of a second article are appended",
          text(plain(TITLE, [P1, P2], f"\xa0\n\n{SECOND_T}\n\n\u3000\u3000{SECOND_P}")), "text", f"{P1}\n{P2}"),
    # --- strip DOM (audit9's modules) ---------------------------------------------------------------------
    Repro("html_pre_dump", "strip dom: a farm page whose article is a <pre> text dump (spam line, crumb, title, paragraphs) gives no title and one glued line",
          html(f'<html><head><meta charset="utf-8"><title>{escape(SPAM)}</title></head><body><pre>{escape(plain(TITLE, [P1, P2]))}</pre></body></html>'), "title", TITLE),
    Repro("html_notice_signed_date", "strip heuristics (DOM): the date under a notice's issuer is dropped as 'date alone' (text mode keeps it since audit7)",
          html(f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class="content"><p>{P1}</p><p>{P2}</p><p>{ISSUER}</p><p>{SIGNED}</p></div></body></html>'),
          "text", f"{P1}\n{P2}\n{ISSUER}\n{SIGNED}"),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
