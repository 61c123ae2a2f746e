# ruff: noqa: E501
"""Audit10 wave 4 (written after wave 3's fixes, run blind before any fix of its own): the seed's
recipe (s2t, pinyin readings, folded marks, em-space indents) on the article formats of waves 1-3 that
were only dumped plain, and the seed's line mechanics varied (CRLF, NBSP lines between paragraphs,
single newlines, no final newline, a two-line spam header)."""

from __future__ import annotations

import dataclasses

import a10_texts as T
import a10_texts2 as T2
import a10_texts3 as T3
from a10_cases import EM, a7, dump, exp, gl, tc
from build import Case

SPAM2 = ["澳门新葡京-皇冠体育-AG真人娱乐-注册送彩金", "久久精品国产免费观看-亚洲日韩精品一区二区-午夜福利影院高清"]


def build_all4() -> list[Case]:
    ga, xi, pg, sc, fn, st, cv, co = (T.GALLERY, T.XI_STUDY, T.PAGED, T2.SCHEDULE, T2.FOOTNOTES, T3.STOCK, T3.CCTV_VIDEO, T.CORRECTION)
    tips_nc = dataclasses.replace(T2.TIPS, paras=(*T2.TIPS.paras[:2], "温馨提示", *T2.TIPS.paras[3:]))
    kk = T2.KICKER
    gallery_lines = [x for i, p in enumerate(ga.paras) for x in (f"图{i + 1}/{len(ga.paras)}", p)]
    return [
        tc("w4_z_gallery_counters", "z4", dump(ga, g=gl, ind=EM, paras=gallery_lines), exp(ga)),
        tc("w4_z_spam_lines_mid", "z4", dump(xi, g=gl, ind=EM, paras=[*xi.paras[:2], SPAM2[1], *xi.paras[2:]], tail=[gl("来源：光明日报")]), exp(xi, "publisher")),
        tc("w4_z_paged_pager_tail", "z4", dump(pg, g=gl, ind=EM, title=gl(pg.title) + "(1/3)", paras=list(pg.paras[:2]), tail=["上一页 1 2 3 下一页"]), exp(pg, paras=pg.paras[:2])),
        tc("w4_z_schedule", "z4", dump(sc, g=gl, ind=EM), exp(sc)),
        tc("w4_z_tips_no_colon", "z4", dump(tips_nc, g=gl, ind=EM), exp(tips_nc)),
        tc("w4_z_footnotes", "z4", dump(fn, g=gl, ind=EM), exp(fn)),
        tc("w4_z_kicker_subtitle", "z4", dump(kk, g=gl, ind=EM, title=gl("石桥村盘活闲置耕地") + "\n\n" + gl(kk.title) + "\n\n" + gl("——城里人周末来种菜")), exp(kk)),
        tc("w4_z_stock", "z4", dump(st, g=gl, ind=EM, tail=[gl("（责任编辑：刘洋）")]), exp(st)),
        tc("w4_z_video_title_editors", "z4", dump(cv, g=gl, ind=EM, paras=["【视频】一老一小 民生关切", *cv.paras], tail=[gl("编辑：马晓　责任编辑：张黎")]), exp(cv)),
        tc("w4_z_crlf_two_spam_lines", "z4", dump(co, g=gl, ind=EM, head=SPAM2, nl="\r\n"), exp(co)),
        tc("w4_z_nbsp_between_paras", "z4", dump(co, g=gl, ind=EM, sep="\n\xa0\n"), exp(co)),
        tc("w4_z_single_newlines_no_final", "z4", dump(co, g=gl, ind=EM, sep="\n", final_nl=False), exp(co)),
        tc("w4_z_correction_ascii_indent", "z4", dump(co, g=gl, ind="    "), exp(co)),
        tc("w4_z_long_40_crlf", "z4", dump(T.YEAR_REVIEW, g=gl, ind=EM, nl="\r\n", tail=a7.T_RELATED), exp(T.YEAR_REVIEW)),
    ]
