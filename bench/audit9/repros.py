# ruff: noqa: E501
"""Minimal reproductions of what audit9 still finds failing: a few lines of real-site structure around our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit9/repros.py [ID ...]

Each runs through the public API (pipeline.api.clean_html, the stages of ``repost clean``) and prints
ok/FAIL with the field it checks. Exits 0. All are metadata; every audit9 body is exact.
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
from sibling import load  # noqa: E402

a4 = load(BENCH / "audit4" / "repros.py", "audit4_repros")
Repro, html = a4.Repro, a4.html

KT = "부산항 컨테이너 물동량 석 달 연속 증가"
K1 = "(부산=연합뉴스) 김민준 기자 = 부산항의 컨테이너 물동량이 석 달 연속 늘어난 것으로 나타났다."
K2 = "부산항만공사는 지난달 부산항에서 처리한 컨테이너가 모두 212만 개로 지난해 같은 달보다 4.8% 증가했다고 21일 밝혔다."
RT = "Экспорт зерна из портов Азовского моря вырос на 12%"
R1 = "Экспорт зерна через порты Азовского моря в сентябре вырос на 12% и составил 1,9 млн т, сообщили экспортеры."
R2 = "Основной прирост обеспечила пшеница: ее отгрузки увеличились почти на четверть."
JT = "新米の出荷始まる　猛暑でも品質は平年並み"
J1 = "富山県内で２０日、今年産の新米の出荷が始まった。ＪＡ富山中央の集荷場では、検査を終えたコシヒカリの袋が積み込まれた。"
J2 = "県農業研究所によると、一等米の比率は８割を超える見通しだという。"
ZT = "一碗米粉背后的夜经济"
Z1 = "晚上十一点，老王的米粉店迎来了一天中最忙的时候。下了夜班的护士、刚结束排练的乐队，陆续在门口的矮凳上坐下。"
Z2 = "这条不足三百米的小街上，有二十多家营业到凌晨的小吃店，今年夏天每晚的客流量比去年同期多了近四成。"


def page(body: str, title: str, lang: str, head: str = "") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'


def art(inner: str, title: str, lang: str, above: str = "", head: str = "") -> str:
    return page(f'<h1>{title}</h1>{above}<div class="content">{inner}</div>', title, lang, head)


REPROS = [
    Repro("ko_yonhap_dateline_author", "strip/textmeta.author_in_text: Yonhap's dateline '(부산=연합뉴스) 김민준 기자 =' names the reporter",
          html(art(f"<p>{K1}</p><p>{K2}</p>", KT, "ko")), "author", "김민준"),
    Repro("ko_yonhap_dateline_publisher", "strip/textmeta.publisher_in_text: the same dateline names the agency (연합뉴스, like 新华社…电)",
          html(art(f"<p>{K1}</p><p>{K2}</p>", KT, "ko")), "publisher", "연합뉴스"),
    Repro("ko_reporter_name_label", "strip/textmeta.author_in_text: a Korean info line '기자명 이서연 기자' (label, name, role)",
          html(art(f"<p>{K2}</p><p>{K2}</p>", KT, "ko", '<ul class="infomation"><li>기자명 이서연 기자</li><li>입력 2026.10.20 14:05</li></ul>')), "author", "이서연"),
    Repro("ru_dle_day_first_dashed_date", "strip/textmeta.iso_date: DataLife Engine's '21-10-2026, 10:40' (day-month-year with dashes) is not read",
          html(art(f"<p>{R1}</p><p>{R2}</p>", RT, "ru", '<div class="story-info">Автор: admin | 21-10-2026, 10:40 | Просмотров: 1 234</div>')), "published", "2026-10-21"),
    Repro("ru_authors_line_author", "strip/vocab.AUTHOR_NAME_ELEMENTS: Коммерсантъ's 'p.document_authors' (Имя Фамилия, Город) under the text; a class-substring selector costs every page a walk, not added",
          html(art(f"<p>{R1}</p><p>{R2}</p><p class=\"doc__text document_authors\">Дмитрий Лисицын, Томск</p>", RT, "ru")), "author", "Дмитрий Лисицын"),
    Repro("ja_yahoo_source_publisher", "strip/metadata + textmeta: Yahoo!ニュース names the source paper only in JSON-LD publisher and a bare footer link; the project gives null for a JSON-LD publisher (audit5 'Ambiguous')",
          html(art(f"<p>{J1}</p><p>{J2}</p>", JT, "ja", above="", head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + JT + '","publisher":{"@type":"Organization","name":"北陸日報"}}</script>').replace("</div></body>", '</div><footer><a href="https://news.yahoo.co.jp/media/hokuriku">北陸日報</a></footer></body>')), "publisher", "北陸日報"),
    Repro("zh_toutiao_meta_name", "strip/vocab.AUTHOR_NAME_ELEMENTS: 今日头条's '.article-meta .name a.user-name' (原创 tag, name, time, region) is not read",
          html(art(f"<p>{Z1}</p><p>{Z2}</p>", ZT, "zh-CN", '<div class="article-meta"><span class="original-tag">原创</span><span class="name"><a class="user-name" href="/c/user/1/">陈一苇</a></span><span>2026-10-17 21:05</span><span>湖南</span></div>')), "author", "陈一苇"),
]


def main(argv: list[str]) -> int:
    return a4.run_repros(REPROS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
