# ruff: noqa: E501
"""Audit10 wave 5 (written after wave 4's fixes, run blind before any fix of its own): copies of the
platforms farms copy from most, each with its own furniture (新浪财经 APP ask, 网易号 and 搜狐号
statements, 今日头条 report/comment lines, a WeChat article's header and end screen, 百家号 account
lines, 人民网 share line, a government page's tool line, 知乎's edit/IP line and action bar), plain and
in the seed's recipe."""

from __future__ import annotations

import a10_texts as T
import a10_texts2 as T2
from a10_cases import EM, dump, exp, gl, tc
from build import Case


def build_all5() -> list[Case]:
    el, xi, mk, fl, kk = T.ELEVATOR, T.XI_STUDY, T.MARKET, T.FLASH, T2.KICKER
    mkb = T.MARKET_BODY
    wechat_end = ["预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "知道了", "微信扫一扫", "使用小程序", "取消 允许"]
    return [
        tc("w5_sina_finance_tail", "z5", dump(fl, g=gl, ind=EM, tail=[gl("（来源：江城晚报）"), "海量资讯、精准解读，尽在新浪财经APP", gl("责任编辑：张倩")]), exp(fl, "publisher")),
        tc("w5_163_statement", "z5", dump(xi, head=[], crumb=["网易首页 > 网易号 > 正文"], info=[f"本文来源：{xi.publisher} 作者：{xi.author}"],
                                          tail=["特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。", "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services."]),
           exp(xi, "publisher author")),
        tc("w5_sohu_back_statement", "z5", dump(mk, g=gl, ind=EM, paras=[*mkb[:-1], mkb[-1] + "返回搜狐，查看更多"], tail=[gl("责任编辑："), "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"]),
           exp(mk, paras=mkb)),
        tc("w5_toutiao_report_comments", "z5", dump(el, head=["今日头条", "首页 / 社会 / 正文"], crumb=[], nbsp=False, info=["澎湃新闻 2026-11-20 08:20 · 上海"],
                                                    tail=["举报/反馈", "发表评论", "0条评论", "相关推荐"]), exp(el, "publisher")),
        tc("w5_wechat_header_end_screen", "z5", dump(kk, head=[], crumb=[], nbsp=False, info=[f"原创 {kk.author} 乡村振兴报 2026-11-30 08:00 发表于江苏", "收录于合集 #乡村振兴 12个"],
                                                     tail=wechat_end), exp(kk)),
        tc("w5_baijiahao_account_lines", "z5", dump(fl, head=["百家号"], crumb=[], nbsp=False, info=["江城晚报", "2026-11-25 10:12", "江城晚报官方账号"],
                                                    tail=["本文为百家号作者原创，未经授权不得转载", "举报"]), exp(fl, "published")),
        tc("w5_people_share_line", "z5", dump(xi, g=gl, ind=EM, paras=[f"人民网北京11月10日电 （记者{xi.author}）" + xi.paras[0], *xi.paras[1:]],
                                              tail=["（责编：王莹、李伟）", "分享让更多人看到"]),
           exp(xi, "author", paras=[f"人民网北京11月10日电 （记者{xi.author}）" + xi.paras[0], *xi.paras[1:]], publisher="人民网")),
        tc("w5_gov_tool_line", "z5", dump(T.HEATING_NOTICE, head=["临江市人民政府"], info=["发布时间：2026-10-30 10:00 来源：市政府办公室", "【字体：大 中 小】 【打印】 【关闭】"],
                                          tail=["扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】"]), exp(T.HEATING_NOTICE, published="2026-10-30")),
        tc("w5_ascii_info_line", "z5", dump(el, g=gl, ind=EM, info=["2026-11-20 08:00:00 来源: 澎湃新闻 作者: 周立新 阅读: 1234 次"]), exp(el, "publisher author published")),
        tc("w5_zhihu_edit_ip_action_bar", "z5", dump(mk, head=["首页 知乎知学堂 发现 等你来答"], crumb=[], nbsp=False, paras=list(mkb),
                                                     tail=["编辑于 2026-08-16 21:05・IP 属地江苏", "赞同 123 12 条评论", "分享", "喜欢 收藏 申请转载"]),
           exp(mk, paras=mkb)),
    ]
