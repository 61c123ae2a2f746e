# ruff: noqa: E501
"""Seeded seed-like text dumps: every knob the named cases vary, combined at random (same pages every run).

Each case records the knob values it used (``Case.note``), so run_audit4 --fuzz can print the failure
rate per knob value: that is the evidence for how much each finding costs on seed-like pages.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from articles import ZH_BRACKET, ZH_FLASH, ZH_LONG, ZH_QUOTE, ZH_SUBHEADS, Article
from build import SPAM, Case, Exp, _obf, body, dump

HEADS = {
    "seed_chain": [SPAM],
    "seed_chain_tw": ["久久精品國產免費觀看-亞洲日韓精品一區二區-午夜福利影院高清"],
    "en_seo": ["Best Free Movies Online 2026 - Watch HD Streaming Full Episodes | freemovies4k.example"],
    "domain_site": ["新闻资讯网-www.xwzx365.com-最新最全的新闻资讯门户"],
    "chain+welcome": [SPAM, "欢迎访问新闻资讯网 www.xwzx365.com 设为首页 加入收藏"],
    "chain+hotsearch": [SPAM, "热门搜索：久久精品 高清影院 免费电影"],
    "none": [],
}
CRUMBS = {
    "dangqian": ["当前位置 : 首页 > 资讯中心 > 时政要闻"],
    "ninxianzai": ["您现在的位置是：网站首页>新闻中心>社会新闻"],
    "arrow": ["位置：首页 → 新闻 → 正文"],
    "slash": ["首页 / 资讯 / 正文"],
    "guillemet": ["当前位置：主页 » 新闻动态 » 国内"],
    "none": [],
}
TITLES = {"plain": "{t}", "site_suffix": "{t}_新闻资讯网", "spam_suffix": "{t}-久久精品国产免费观看", "bracket_prefix": "【头条】{t}"}
INFOS = {
    "none": None, "src_time": "来源：新华社　发布时间：2026-09-01 08:30", "time_src": "2026-09-01 08:30:12　来源：新华社　编辑：admin",
    "weekday": "2026-09-01 08:30 星期二", "fabu_yu": "发布于 2026年9月1日 星期二", "dotted": "时间：2026.09.01",
    "src_url": "来源：新华网 http://www.news.cn/20260901/c.html",
}
TAILS = {
    "none": [], "zebian": ["（责任编辑：李明）"], "benwen_laiyuan": ["（责任编辑：李明）", "", "本文来源：新华社"],
    "keywords": ["关键词：航道 水位", "", SPAM], "counter": ["浏览次数：1234"],
}
ARTS: tuple[Article, ...] = (ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_LONG, ZH_BRACKET)


BASE = {"head": "seed_chain", "crumb": "dangqian", "title": "plain", "info": "src_time", "tail": "zebian"}
CHOICES: dict[str, Mapping[str, object]] = {"head": HEADS, "crumb": CRUMBS, "title": TITLES, "info": INFOS, "tail": TAILS}


def fuzz_case(seed: int) -> Case:
    rnd = random.Random(seed)
    a = rnd.choice(ARTS)
    knobs = {"head": rnd.choice(list(HEADS)), "crumb": rnd.choice(list(CRUMBS)), "title": rnd.choice(list(TITLES)),
             "info": rnd.choice(list(INFOS)), "tail": rnd.choice(list(TAILS)), "recipe": rnd.choice(["plain", "seed_s2t_gloss"]),
             "article": a.key}
    return build(f"fz_{seed:03d}", a, knobs)


def ofat_cases() -> list[Case]:
    """One factor at a time: the benign BASE page with one knob changed, for every article and both recipes."""
    out = []
    for knob, values in CHOICES.items():
        for value in values:
            if value == BASE[knob] and knob != "head":
                continue
            for a in ARTS:
                for recipe in ("plain", "seed_s2t_gloss"):
                    knobs = {**BASE, knob: value, "recipe": recipe, "article": a.key}
                    case = build(f"of_{knob}_{value}_{a.key}_{recipe}", a, knobs)
                    case.note = f"varied={knob}:{value} recipe={recipe} article={a.key}"
                    out.append(case)
    return out


def build(name: str, a: Article, knobs: dict[str, str]) -> Case:
    title = TITLES[knobs["title"]].format(t=a.title)
    paras = a.paras
    exp_title = title if knobs["title"] == "bracket_prefix" else a.title
    info = INFOS[knobs["info"]]
    indent = "\u3000\u3000"
    if knobs["recipe"] == "seed_s2t_gloss":
        o = _obf()
        title = o.gloss(title, "s2t")
        paras = tuple(o.fold(o.gloss(p, "s2t")) for p in paras)
        info = o.gloss(info, "s2t") if info else None
        indent = "  "
    text = dump(a, HEADS[knobs["head"]], CRUMBS[knobs["crumb"]], info=[info] if info else None, tail=TAILS[knobs["tail"]],
                title=title, indent=indent, paras=paras)
    note = " ".join(f"{k}={v}" for k, v in knobs.items())
    return Case(name, "fuzz", {f"{name}.txt": text.encode()}, [Exp(exp_title, body(a))], note=note)


def fuzz_cases(n: int) -> list[Case]:
    return [fuzz_case(seed) for seed in range(n)]
