"""Vocabulary of saved copies, as data: what a browser's save, a web archive, a search engine's cache,
a print view or a clipper adds around a page, and where it names the page's own address.
(:mod:`copies` reads them; :mod:`vocab` keeps the site boilerplate.)"""

from __future__ import annotations

# What a wrapper's line naming the page's address opens with: a print view's printed address (本文网址：URL,
# この記事のURL：URL, Адрес страницы: URL, Printed from URL on …), a clipper's source line (Clipped from: <URL>,
# OneNote's Вырезано из), the Wayback Machine's print line, a search engine's cache note (This is Google's
# cache of URL. It is a snapshot …; 百度快照's 百度和网页 URL 的作者无关; Yandex's Это копия страницы URL, …).
COPY_NOTE_LEADS = (
    "本文网址", "本文網址", "本文链接", "本文鏈接", "本文地址", "文章网址", "文章網址", "文章地址", "文章链接",
    "文章鏈接", "原文网址", "原文網址", "原文地址", "原文链接", "原文鏈接", "本页网址", "本頁網址", "本页地址",
    "本頁地址",
    "この記事のurl", "記事のurl", "このページのurl", "адрес страницы", "адрес материала", "ссылка на материал",
    "ссылка на статью", "printed from", "clipped from", "вырезано из", "the wayback machine -",
    "this is google's cache of", "这是 google 对", "這是 google 對", "这是google对", "這是google對", "百度和网页",
    "это копия страницы", "dirección de la página", "enlace a la noticia", "url de la noticia",
    # the fixed lines of a cache header (CACHE_HEADER_LINES)
    "the current page could have", "full version", "tip: to quickly find", "当前页在此期间", "完整版本",
    "提示：要在此页面上快速找到", "您查询的关键词仅在", "百度快照",
)
# A search engine's cache header's lines besides its note, whole (compared without spaces).
CACHE_HEADER_LINES = (
    "The current page could have changed in the meantime. Learn more", "Full version Text-only version View source",
    "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
    "当前页在此期间可能已经更改。 了解详情", "完整版本 纯文字版本 查看源代码",
    "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。",
    "百度快照", "您查询的关键词仅在网页标题或指向此网页的链接中出现。",
)
# The words a note may hold besides its lead and the address (its date, "It is a snapshot of the page …").
COPY_NOTE_REST_MAX = 160

# A Wayback Machine capture's toolbar, inserted after <body> (hidden until its script shows it; a capture
# saved from the browser keeps it shown): its elements, dropped whole.
ARCHIVE_TOOLBAR_ELEMENTS = "#wm-ipp-base, #wm-ipp, #wm-ipp-print"
ARCHIVE_TOOLBAR_MARK = "wm-ipp"  # in every one of their ids: a page without it is not searched
# A reader view's or read-later service's link to the page it shows (Firefox's reader view, Instapaper).
READER_SOURCE_LINKS = "a.reader-domain, .origin_line a"
READER_SOURCE_MARKS = ("reader-domain", "origin_line")  # their class names: a page without one is not searched
# The toolbar's lines when a capture is copied as text: these words alone on a line, besides its counts,
# its capture span (12 Mar 2016 - 05 Jan 2021), its month, day and year navigation.
ARCHIVE_TOOLBAR_WORDS = ("about this capture", "collected by", "timestamps", "close", "help", "previous capture",
                         "next capture")
