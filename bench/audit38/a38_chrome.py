# ruff: noqa: E501
"""Audit38 chrome: the page furniture a Chinese repost carries around the article, each piece drawn on its own
by the generator and written in the markup of the template that places it. Every text goes through ``cv``
(the farm's conversion of its chrome, or none) before escaping, so a traditional farm writes traditional
menus too."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

Cv = Callable[[str], str]

SITES = ("星河资讯网", "华夏热点网", "今日看点", "神州新闻在线", "环球视界网", "云端资讯站")
SPAM_KW = (
    "久久精品视频在线观看-高清免费电影网-最新电视剧免费看-精品资源一区二区",
    "彩票平台注册送彩金_正规彩票app下载_天天中奖网_彩票开奖结果查询",
    "九九热精品视频|亚洲高清在线看|国产精品99久久|免费福利资源大全",
    "私人影院免费观看,最新韩剧在线看,日韩高清在线,高清电影下载,午夜影院",
)
NAV = ("首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产")
CRUMB_HEADS = ("当前位置：", "当前位置 : ", "您的位置：", "您现在的位置是：")
SECTIONS = (("新闻中心", "国内新闻"), ("资讯", "社会"), ("地方新闻", "民生"), ("财经", "产经"), ("时政要闻",))
RELATED = ("多地发布春季旅游消费券 景区门票最低五折", "夏季用电负荷创新高 电网迎峰度夏", "一图读懂今年政府工作报告",
           "新能源汽车下乡活动启动", "暑期档电影票房突破百亿元", "全国秋粮收购工作全面展开")
HOT = ("男子高速路上突然停车 原因让人哭笑不得", "这种水果千万别空腹吃", "最新油价调整消息来了", "明星夫妇官宣离婚 网友炸锅了", "重磅！退休金又涨了")
COMMENTS = (("网友A7x9", "支持！希望多出这样的好政策。"), ("江城老李", "说得好，点个赞"), ("匿名用户", "楼上说得对，我们那里也是这样"), ("小马过河", "已转发，让更多人看到"))
TAGS = ("民生", "热点", "社会", "政策解读", "地方新闻")
PROMOS = ("关注公众号“星河资讯”，回复“福利”领取精品资料", "扫一扫二维码，关注我们的微信公众号", "下载客户端，阅读更多精彩内容",
          "更多精彩内容，请关注本站微信公众号")
EDITORS = ("王晓", "刘倩", "陈默", "赵一鸣")


@dataclass
class Chrome:
    """The pieces one page carries ('' where the draw left a piece out); ``spam`` is the page's keyword
    header (also its <title> when present), ``hidden_kw`` a keyword block the page's CSS hides."""
    site: str
    spam: str = ""
    nav: str = ""
    crumb: str = ""
    hidden_kw: str = ""
    share: str = ""
    tags: str = ""
    prevnext: str = ""
    related: str = ""
    hot: str = ""
    comments: str = ""
    editor: str = ""
    disclaimer: str = ""
    footer: str = ""
    promo: str = ""
    pager: str = ""
    next_pages: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def _a(href: str, text: str, cv: Cv) -> str:
    return f'<a href="{href}">{escape(cv(text))}</a>'


def _li(items: tuple[str, ...] | list[str], cv: Cv, base: str) -> str:
    return "".join(f'<li><a href="{base}{20260 + i}.html" target="_blank">{escape(cv(x))}</a></li>' for i, x in enumerate(items))


def draw(rng: random.Random, cv: Cv, url_base: str, page: int, pages: int) -> Chrome:
    """Each piece on its own draw, at about the rates farms and portals show them."""
    site = rng.choice(SITES)
    c = Chrome(site)

    def on(kind: str, p: float) -> bool:
        hit = rng.random() < p
        if hit:
            c.kinds.append(f"chrome:{kind}")
        return hit

    if on("spam", 0.45):
        c.spam = cv(rng.choice(SPAM_KW)) if rng.random() < 0.5 else rng.choice(SPAM_KW)
    if on("nav", 0.7):
        c.nav = "".join(_a(f"/{i}/", x, cv) for i, x in enumerate(NAV[: rng.randrange(4, 9)]))
    if on("crumb", 0.7):
        sep = rng.choice((" &gt; ", " &gt;&gt; ", " » ", " / ", "&nbsp;&gt;&nbsp;"))
        c.crumb = escape(cv(rng.choice(CRUMB_HEADS))) + sep.join([_a("/", "首页", cv), *(_a(f"/s{i}/", x, cv) for i, x in enumerate(rng.choice(SECTIONS)))]) + rng.choice(("", sep + escape(cv("正文"))))
    if on("hidden_kw", 0.25):
        c.hidden_kw = escape(cv(rng.choice(SPAM_KW)).replace("-", " ").replace("_", " "))
    if on("share", 0.5):
        c.share = escape(cv("分享到：")) + " ".join(_a("javascript:;", x, cv) for x in ("微信", "微博", "QQ空间", "复制链接"))
    if on("tags", 0.35):
        c.tags = escape(cv("标签：")) + " ".join(_a(f"/tag/{i}/", x, cv) for i, x in enumerate(rng.sample(TAGS, 3)))
    if on("prevnext", 0.5):
        a, b = rng.sample(RELATED, 2)
        c.prevnext = f'{escape(cv("上一篇："))}{_a(url_base + "1.html", a, cv)}</p><p>{escape(cv("下一篇："))}{_a(url_base + "2.html", b, cv)}'
    if on("related", 0.5):
        c.related = _li(rng.sample(RELATED, 4), cv, url_base)
    if on("hot", 0.4):
        c.hot = _li(rng.sample(HOT, 4), cv, "/hot/")
    if on("comments", 0.3):
        c.comments = "".join(f'<div class="comment-item"><span class="user">{escape(cv(u))}</span><span class="time">2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}</span><p>{escape(cv(t))}</p></div>'
                             for u, t in rng.sample(COMMENTS, rng.randrange(1, 4)))
    if on("editor", 0.45):
        c.editor = escape(cv(rng.choice(("责任编辑：", "（责任编辑：", "编辑：")) + rng.choice(EDITORS)))
        if c.editor.startswith(("（", "(")):
            c.editor += escape(cv("）"))
    if on("disclaimer", 0.35):
        c.disclaimer = escape(cv(rng.choice(("免责声明：本文仅代表作者观点，不代表本站立场。如有侵权请联系删除。", "声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责。"))))
    if on("footer", 0.75):
        c.footer = (f'{escape(cv("关于我们"))} | {escape(cv("联系我们"))} | {escape(cv("网站地图"))}<br>Copyright &copy; 2008-2026 {escape(cv(site))} {escape(cv("版权所有"))} '
                    f'<a href="https://beian.miit.gov.cn/">{escape(cv(rng.choice(("粤ICP备2026012345号", "京ICP备12034567号-1", "浙ICP备19008765号"))))}</a>')
    if on("promo", 0.3):
        c.promo = escape(cv(rng.choice(PROMOS)))
    if pages > 1:
        c.kinds.append("chrome:pager")
        c.next_pages = [f"{url_base}_{k}.html" for k in range(page + 1, pages + 1)]
        links = [f'<a href="{url_base}{"" if k == 1 else f"_{k}"}.html">{k}</a>' if k != page else f'<span class="current">{k}</span>' for k in range(1, pages + 1)]
        nxt = f' <a href="{url_base}_{page + 1}.html">{escape(cv("下一页"))}</a>' if page < pages else ""
        prv = f'<a href="{url_base}{"" if page == 2 else f"_{page - 1}"}.html">{escape(cv("上一页"))}</a> ' if page > 1 else ""
        c.pager = f'{escape(cv(f"共{pages}页："))}{prv}{" ".join(links)}{nxt}'
    return c
