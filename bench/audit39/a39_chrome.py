# ruff: noqa: E501
"""Audit39 chrome: the furniture of Taiwan and Hong Kong news sites and their repost farms, each piece drawn
on its own (written in traditional characters, as those sites write it): nav, breadcrumb (首頁 > 生活),
share bar (Facebook / LINE / 複製連結), tags, 延伸閱讀, 熱門新聞, 留言, 責任編輯, a promo (加入LINE好友 /
訂閱頻道 / 下載APP), a disclaimer and a footer (版權所有)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape

SITES_TW = ("台灣即時新聞網", "寶島生活誌", "新視界新聞網", "南方運動報")
SITES_HK = ("港島日報", "東方港聞", "維港資訊網")
SITES_FARM = ("每日新鮮事", "熱點快訊網", "全球華人資訊站", "看新聞部落")
NAV_TW = ("首頁", "即時", "政治", "生活", "社會", "國際", "財經", "娛樂", "體育", "影音")
NAV_HK = ("主頁", "港聞", "經濟", "國際", "體育", "娛樂", "副刊", "影片")
SECTIONS_TW = ("生活", "財經", "體育", "地方", "文化")
SECTIONS_HK = ("港聞", "經濟", "體育", "文化")
RELATED = ("寒流來襲 各地低溫一次看", "年終獎金怎麼領？專家教你聰明理財", "高鐵春節疏運加開列車 訂票日期出爐",
           "便利商店推出聖誕限定商品", "颱風過後菜價回穩 葉菜類跌兩成", "全台最美聖誕樹 點燈時間整理")
HOT = ("網友熱議：這家排隊美食到底值不值得", "他一句話讓全場爆笑 影片瘋傳", "年底前必做的五件事", "氣象專家：下週還有一波冷空氣",
       "手機這個設定不關 電量掉超快")
COMMENTS = (("路過的網友", "感謝分享，資訊很實用"), ("阿宏", "希望越來越好"), ("小美", "已轉發給家人"), ("tony0923", "推一個"))
TAGS = ("生活", "交通", "天氣", "健康", "體育", "文化", "財經")
PROMOS = ("加入LINE好友，新聞不漏接", "訂閱我們的YouTube頻道，精彩影片搶先看", "下載APP，即時新聞第一手掌握",
          "追蹤我們的Facebook粉絲專頁")
EDITORS = ("王怡文", "林志豪", "陳美玲")


@dataclass
class Chrome:
    """One page's pieces ('' where the draw left one out)."""
    site: str
    nav: str = ""
    crumb: str = ""
    share: str = ""
    tags: str = ""
    related: str = ""
    hot: str = ""
    comments: str = ""
    editor: str = ""
    promo: str = ""
    disclaimer: str = ""
    footer: str = ""
    kinds: list[str] = field(default_factory=list)


def _li(items: list[str], base: str) -> str:
    return "".join(f'<li><a href="{base}{20261 + i}.html">{escape(x)}</a></li>' for i, x in enumerate(items))


def draw(rng: random.Random, region: str, site: str) -> Chrome:
    c = Chrome(site)
    hk = region == "hk"

    def on(kind: str, p: float) -> bool:
        hit = rng.random() < p
        if hit:
            c.kinds.append(f"chrome:{kind}")
        return hit

    if on("nav", 0.75):
        nav = NAV_HK if hk else NAV_TW
        c.nav = "".join(f'<li><a href="/{i}/">{escape(x)}</a></li>' for i, x in enumerate(nav[: rng.randrange(5, len(nav) + 1)]))
    if on("crumb", 0.7):
        sep = rng.choice((" &gt; ", " › ", " / ", "&nbsp;&gt;&nbsp;"))
        sec = rng.choice(SECTIONS_HK if hk else SECTIONS_TW)
        c.crumb = sep.join((f'<a href="/">{"主頁" if hk else "首頁"}</a>', f'<a href="/{sec}/">{sec}</a>')) + rng.choice(("", sep + "正文", sep + "新聞內容"))
    if on("share", 0.6):
        c.share = rng.choice(("分享：", "分享到：", "")) + " ".join(f'<a href="javascript:;" class="share-{x.lower()}">{x}</a>' for x in ("Facebook", "LINE", "X", "複製連結")[: rng.randrange(2, 5)])
    if on("tags", 0.35):
        c.tags = "".join(f'<a href="/tag/{x}" class="tag">#{x}</a> ' for x in rng.sample(TAGS, 3))
    if on("related", 0.55):
        c.related = _li(rng.sample(RELATED, 4), "/news/")
    if on("hot", 0.45):
        c.hot = _li(rng.sample(HOT, 4), "/hot/")
    if on("comments", 0.3):
        c.comments = "".join(f'<div class="comment"><span class="name">{escape(u)}</span><span class="time">2026/12/0{rng.randrange(1, 9)} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}</span><p>{escape(t)}</p></div>' for u, t in rng.sample(COMMENTS, rng.randrange(1, 4)))
    if on("editor", 0.35):
        c.editor = rng.choice(("責任編輯：", "編輯：", "（編輯：")) + rng.choice(EDITORS)
        if c.editor.startswith("（"):
            c.editor += "）"
    if on("promo", 0.3):
        c.promo = rng.choice(PROMOS)
    if on("disclaimer", 0.25):
        c.disclaimer = rng.choice(("本網站所刊載之文章僅代表作者個人意見，不代表本網立場。", "轉載內容如有侵權，請來信告知，我們將儘速處理。"))
    if on("footer", 0.8):
        c.footer = rng.choice((f"Copyright © 2026 {escape(site)} 版權所有，禁止轉載", f"© 2026 {escape(site)} All Rights Reserved. 版權所有 不得轉載",
                               f"{escape(site)} 版權所有 © 2026 | 隱私權政策 | 服務條款 | 聯絡我們"))
    return c
