# ruff: noqa: E501
"""Audit40 chrome: the furniture of portal and app-era pages, each piece on its own draw (new wording, not
audit38's): channel nav, crumbs, a share bar, 相关新闻, 热门推荐 / 24小时热榜, a comment widget with its
counters, 责任编辑 with a portal's code, a report link (举报), a follow button, a 推荐阅读 feed of teasers,
an open-app prompt, a footer with 违法和不良信息举报 lines, and a pager. Every text passes ``cv`` (the
farm's conversion of its chrome, or none)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

Cv = Callable[[str], str]

SITES = ("云帆新闻网", "大河资讯", "今日头版", "视界快报", "掌上热点", "新闻早知道")
SPAM_TITLES = (
    "澳门葡京娱乐-澳门葡京官网-葡京娱乐app下载-最新网址",
    "高清无码影视大全_免费追剧神器_最新电影在线观看_午夜福利",
    "足球比分直播_竞彩推荐_体育彩票网_今晚赛事分析",
    "一本道高清在线|日韩精品一区|免费视频网站|成人影院",
)
CHANNELS = ("首页", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "视频")
CRUMBS = (("新闻", "国内新闻"), ("资讯中心", "社会热点"), ("本地", "民生"), ("财经频道", "公司"), ("体育",))
CRUMB_HEADS = ("当前位置：", "当前位置 ：", "您所在的位置：", "位置：")
NEWS = ("多地出台措施稳定就业 重点群体就业形势总体稳定", "今冬供暖季启动 多地提前供暖", "一季度外贸进出口同比增长", "国产大飞机再获新订单",
        "多所高校公布新学期开学安排", "跨省异地就医直接结算再扩围", "全国冬小麦播种基本结束")
HOT = ("女子网购退货遇骗局 警方提醒", "这三类人冬天要少吃火锅", "油价迎来年内最大降幅", "某顶流男星被曝恋情 工作室回应", "老人晨练突发不适 路人接力救助",
       "今年最冷的一天要来了", "网红餐厅排队三小时 吃完后悔了")
COMMENTS = (("北方的狼", "江苏", "这个必须点赞"), ("用户7391026", "广东", "早该这样了"), ("一叶知秋", "四川", "希望说到做到"), ("风吹麦浪", "山东", "身边确实有这种情况"))
EDITORS = ("张帆_NN8726", "李静_B4521", "王一鸣", "赵小月_NB17", "刘畅")
FEED = ("年轻人为什么爱上了逛菜市场", "这个小县城凭什么火出圈", "冬天手脚冰凉是怎么回事", "一文看懂个税专项附加扣除新规")


@dataclass
class Chrome40:
    site: str
    spam: str = ""
    nav: str = ""
    crumb: str = ""
    share: str = ""
    related: str = ""
    hot: str = ""
    comments: str = ""
    comment_count: int = 0
    editor: str = ""
    report: bool = False
    follow: bool = False
    feed: str = ""
    openapp: bool = False
    footer: str = ""
    pager: str = ""
    next_pages: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def _li(items: tuple[str, ...] | list[str], cv: Cv, base: str) -> str:
    return "".join(f'<li><a href="{base}{88120 + i}.html" target="_blank">{escape(cv(x))}</a></li>' for i, x in enumerate(items))


def draw(rng: random.Random, cv: Cv, url_base: str, page: int, pages: int) -> Chrome40:
    c = Chrome40(rng.choice(SITES))

    def on(kind: str, p: float) -> bool:
        hit = rng.random() < p
        if hit:
            c.kinds.append(f"chrome:{kind}")
        return hit

    if on("spam", 0.4):
        c.spam = cv(rng.choice(SPAM_TITLES)) if rng.random() < 0.5 else rng.choice(SPAM_TITLES)
    if on("nav", 0.75):
        c.nav = "".join(f'<a href="/{i}/" data-ch="{i}">{escape(cv(x))}</a>' for i, x in enumerate(CHANNELS[: rng.randrange(5, 11)]))
    if on("crumb", 0.55):
        sep = rng.choice((" &gt; ", " > ", " » ", "&gt;&gt;", " - "))
        c.crumb = escape(cv(rng.choice(CRUMB_HEADS))) + sep.join([f'<a href="/">{escape(cv("首页"))}</a>', *(f'<a href="/c{i}/">{escape(cv(x))}</a>' for i, x in enumerate(rng.choice(CRUMBS)))])
    if on("share", 0.55):
        c.share = "".join(f'<a class="share-{k}" href="javascript:;" title="{escape(cv(t))}">{escape(cv(t))}</a>' for k, t in (("wx", "微信"), ("wb", "微博"), ("qz", "QQ空间"), ("link", "复制链接")))
    if on("related", 0.55):
        c.related = _li(rng.sample(NEWS, 4), cv, url_base)
    if on("hot", 0.45):
        c.hot = _li(rng.sample(HOT, 5), cv, "/hot/")
    if on("comments", 0.35):
        picked = rng.sample(COMMENTS, rng.randrange(1, 4))
        c.comment_count = rng.randrange(12, 3000)
        c.comments = "".join(
            f'<div class="cmt-item"><div class="cmt-user"><img data-src="/avatar/{i}.png" /><span class="nick">{escape(cv(u))}</span><span class="area">{escape(cv(a))}</span></div>'
            f'<div class="cmt-text">{escape(cv(t))}</div><div class="cmt-op"><span class="time">{rng.randrange(1, 23)}{escape(cv("小时前"))}</span><a class="like">{rng.randrange(1, 999)}</a><a class="reply">{escape(cv("回复"))}</a></div></div>'
            for i, (u, a, t) in enumerate(picked))
    if on("editor", 0.5):
        c.editor = escape(cv("责任编辑：") + rng.choice(EDITORS))
    c.report = on("report", 0.4)
    c.follow = on("follow", 0.4)
    if on("feed", 0.45):
        c.feed = "".join(f'<div class="feed-card"><a href="/a/{7000 + i}"><h4>{escape(cv(x))}</h4><div class="feed-meta"><span>{escape(cv(rng.choice(SITES)))}</span><span>{rng.randrange(2, 99)}{escape(cv("评"))}</span></div></a></div>' for i, x in enumerate(rng.sample(FEED, 3)))
    c.openapp = on("openapp", 0.5)
    if on("footer", 0.7):
        c.footer = (f'<p>{escape(cv("关于我们"))} · {escape(cv("广告服务"))} · {escape(cv("联系我们"))} · {escape(cv("隐私政策"))}</p>'
                    f'<p>{escape(cv("违法和不良信息举报电话："))}4000-123-456　{escape(cv("举报邮箱："))}jubao@example.cn</p>'
                    f'<p>Copyright © 2026 {escape(cv(c.site))} All Rights Reserved　<a href="https://beian.miit.gov.cn/">{escape(cv(rng.choice(("京ICP证160123号", "沪ICP备19023456号-3", "川公网安备51010702001234号"))))}</a></p>')
    if pages > 1:
        c.kinds.append("chrome:pager")
        c.next_pages = [f"{url_base}_{k}.html" for k in range(page + 1, pages + 1)]
        links = [f'<a href="{url_base}{"" if k == 1 else f"_{k}"}.html">{k}</a>' if k != page else f'<span class="cur">{k}</span>' for k in range(1, pages + 1)]
        nxt = f'<a class="next" href="{url_base}_{page + 1}.html">{escape(cv("下一页"))}</a>' if page < pages else ""
        prv = f'<a class="prev" href="{url_base}{"" if page == 2 else f"_{page - 1}"}.html">{escape(cv("上一页"))}</a>' if page > 1 else ""
        c.pager = prv + "".join(links) + nxt
    return c
