# ruff: noqa: E501
"""Audit12 wave 2 ("w2_", blind like wave 1): labels glued or worded otherwise (发布于, 日期：, 编辑 line),
a yearless date, the Guardian's "Fri 20 Nov 2026 10.30 GMT" under a "Last modified" line, microdata
itemprop, <time class=updated> before <time class=published>, JSON-LD with dateModified first, a visible
ISO stamp with offset, a sidebar of dated items before the article, "Сегодня, 10:30"."""

from __future__ import annotations

from a12_cases import EP, ET, epage, h, ipage, t, zdump, zpage
from build import Case


def wave2() -> list[Case]:
    side = ('<aside class="most-read"><h3>Most read</h3><ul><li><a>Bridge closes for repairs</a> <span>Nov 2, 2026</span></li>'
            '<li><a>School board election results</a> <span>Nov 4, 2026</span></li></ul></aside>')
    jl = f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{ET}","dateModified":"2026-11-23T10:00:00Z","datePublished":"2026-11-20T07:45:00Z"}}</script>'
    return [
        h("w2_zh_fabuyu", "zh", zpage("发布于 2026-11-20 09:15　阅读 1203"), "2026-11-20"),
        h("w2_zh_riqi_slash", "zh", zpage("日期：2026/11/20　来源：县教育局"), "2026-11-20"),
        t("w2_zdump_editor_line", "zdump", zdump("编辑：王晓　2026-11-20"), "2026-11-20"),
        t("w2_zdump_yearless", "zdump", zdump("11-20 10:30　来源：地方资讯网"), None),
        t("w2_edump_guardian", "edump", f"{ET}\n\nAna Ruiz\n\nLast modified on Sun 22 Nov 2026 16.10 GMT\n\nFri 20 Nov 2026 10.30 GMT\n\n" + "\n\n".join(EP) + "\n", "2026-11-20"),
        h("w2_en_itemprop", "en", epage('By Ana Ruiz <meta itemprop="datePublished" content="2026-11-20T07:45:00Z">'), "2026-11-20"),
        h("w2_en_time_updated_first", "en", epage('<time class="updated" datetime="2026-11-23T10:00:00Z">Nov 23</time> <time class="published" datetime="2026-11-20T07:45:00Z">Nov 20</time>'), "2026-11-20"),
        h("w2_en_jsonld_modified_first", "en", epage("By Ana Ruiz", head=jl), "2026-11-20"),
        h("w2_en_iso_visible", "en", epage("By Ana Ruiz · 2026-11-20T07:45:00+08:00"), "2026-11-20"),
        h("w2_en_sidebar_before", "en", epage("By Ana Ruiz · Nov. 20, 2026").replace("<article>", side + "<article>"), "2026-11-20"),
        h("w2_en_sidebar_only", "en", epage("By Ana Ruiz").replace("<article>", side + "<article>"), None),
        h("w2_ru_today", "intl", ipage("ru", "Парк на набережной открылся", ["Городской парк на набережной открылся после реконструкции, которая длилась почти два года.", "В парке появились новые дорожки и освещение, сообщили в администрации."], "Сегодня, 10:30"), None),
        h("w2_zh_title_date_decoy", "zh", zpage("来源：地方资讯网", title="2025年度县域教育发展报告发布"), None),
    ]

