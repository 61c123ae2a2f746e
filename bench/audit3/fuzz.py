# ruff: noqa: E501
"""Seed-recipe fuzz for audit3: text dumps built like the seed with seeded random choices.

Each page draws an article, an OpenCC config, a reading style and bracket, a gloss rate, folding,
invisibles, lost lead bytes, a spam header, a breadcrumb, and optional 来源 / 责任编辑 lines, from
lists that mix the forms the pipeline knows with forms seen on real repost sites that it may not.
"""

from __future__ import annotations

import random

import obfuscate as o
from articles import ARTICLES
from cases import Case, _crumb
from templates import Wrap, text_dump

SPAMS = [
    "久久精品国产免费观看-日韩精品一区二区三区-午夜福利影院",
    "亚洲AV无码一区二区三区-国产精品久久久久久久-精品无人区一区二区",
    "正规网赌平台-澳门威尼斯人官网-金沙娱乐城-皇冠体育投注",
    "六合彩开奖结果-香港马会资料-白小姐一肖中特-今晚开什么码",
    "代开发票-代办信用卡-贷款快速下款-征信修复",
    "伟哥哪里买-壮阳药正品-男性保健品批发",
    "pg电子麻将胡了-开云体育官网-kaiyun.com-九游会",
    "最新电影-电视剧在线观看-免费影视大全|星空影院",
    "亚洲AV无码一区二区三区\n国产精品久久久久久久\n精品无人区一区二区",
]
CRUMBS = ["当前位置 : 首页 > 资讯中心 > 时政要闻", "您现在的位置：首页 > 新闻 > 国内", "目前位置：首页 > 新闻 > 国内",
          "首页 》新闻 》正文", "首页 > 新闻中心", "首页｜新闻｜国内", "位置：首页 > 新闻 > 正文"]
META = ["来源：新华网 作者：{a} 发布时间：{d} 10:21", "{d} 10:21:33　来源：新华社　作者：{a}", "发布时间：{d} | 来源：新华社 | 字号：大 中 小"]
TAILS = ["责任编辑：王晓", "【责任编辑：王晓】", "（编辑：王晓 审核：李明）", "（完）"]
KEYS = ["zh_flash", "zh_water_long", "zh_phone", "zh_qa"]


def fuzz_case(seed: int) -> Case:
    rng = random.Random(seed)
    a = ARTICLES[rng.choice(KEYS)]
    cfg = rng.choice(["s2t", "s2tw", "s2hk", "s2twp"])
    style = rng.choice(["tone", "tone", "tone3", "none"])
    br = rng.choice(["()", "()", "（）", "【】"])
    rate = rng.choice([0.5, 0.7, 0.9])
    folded = rng.random() < 0.7

    def g(s: str) -> str:
        out = o.gloss(s, cfg, style, br, rate)
        return o.fold(out) if folded else out

    paras = [g(p) for p in a.paras]
    if rng.random() < 0.4:
        paras = [o.invisibles(p, seed + i, rng.choice([9, 17, 31])) for i, p in enumerate(paras)]
    lost = []
    for _ in range(rng.choice([0, 0, 1, 2])):
        i = rng.randrange(len(paras))
        try:
            paras[i], ch = o.lost_lead(paras[i], "gbk", rng.randrange(5))
            lost.append(ch)
        except ZeroDivisionError:
            pass
    crumb = rng.choice(CRUMBS)
    crumb_out = _crumb(cfg, style) if crumb.startswith("当前位置 :") else o.gloss(crumb, cfg, style, br, rate)
    head = [g(rng.choice(META).format(a=a.author or "本报记者", d=(a.published or "2026-05-06")[:10]))] if rng.random() < 0.5 else []
    tail = [g(rng.choice(TAILS[:3]))] if rng.random() < 0.4 else []
    spam = rng.choice(SPAMS[:2] + SPAMS[7:8]) if rng.random() < 0.5 else rng.choice(SPAMS)
    w = Wrap(spam=spam, crumb=crumb_out, tail=tail)
    data = text_dump(g(a.title), paras, w, head=head, blank=rng.random() < 0.8).encode("utf-8")
    note = f"{cfg} {style}{br} r{rate} fold={folded} lost={''.join(lost)} spam={spam[:6]} crumb={crumb[:6]} head={bool(head)} tail={bool(tail)}"
    return Case(f"fz_{seed:03d}_{a.key}", "text", data, a.title, a.body, expect={"script": "simplified"}, note=note)


def fuzz_cases(n: int) -> list[Case]:
    return [fuzz_case(1000 + i) for i in range(n)]
