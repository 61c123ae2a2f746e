# ruff: noqa: E501
"""Minimal reproductions of the audit6 findings: a few lines of our own text each.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit6/repros.py [ID ...]

Runs through the public API (pipeline.api.clean_text / clean_html, the stages of ``repost clean``) with
audit4's runner helpers, and prints ok/FAIL with the field it checks: what we give and what the original
says. ``seed(...)`` is the seed's exact shape (spam line, NBSP lines, glossed crumb, s2t + pinyin readings,
folded commas, em-space indents) built by audit3's obfuscators (a6_cases.seed). Exits 0.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from sibling import load  # noqa: E402

a4 = load(HERE.parent / "audit4" / "repros.py", "audit4_repros")
Repro, text, html = a4.Repro, a4.text, a4.html

from a6_cases import cms, ps, seed  # noqa: E402

END = "有关负责人表示，下一步将继续加大工作力度，确保各项措施落实到位。"
KAOHE = "执法人员对辖区内的企业逐一进行考核，确保各项措施落实到位。"
HESHI = "警方提醒，点击陌生链接前务必核实。"
XS_T = "市医院开通线上服务"
XS_P = "卫健委表示，年底前还将推出检查报告线上查询功能，并建设健康资讯平台。"
XS_P2 = "业内人士表示，线下门店和线上渠道同步发力，高阶智能驾驶功能今年有望普及。"
COPY = "原告发现自己的作品被该平台全文转载，页面底部仍标注“版权所有，侵权必究”。"
COPY2 = "原告发现自己的作品未经授权被该平台全文转载。"
SPAMQ = "这些网站多以“免费观看”“高清影院”“午夜福利”等字样吸引点击，页面标题堆砌大量关键词，诱导用户下载赌博软件。"
CAP = "图为游客在老街入口处拍照留念。"
LEAD = "9月6日，经过一年多改造的南门老街正式重新开街，青石板路、木格窗和老字号招牌重现旧日风貌。"
LIVE_T = "直播｜第十二届城市马拉松今晨鸣枪开跑"
XH_T = "新华全媒+｜南门老街重新开街"
A2_T, A2_P = "秋粮收购工作全面展开", "随着中晚稻陆续上市，全省秋粮收购工作全面展开，各地收储企业已收购新粮12万吨。"
TITLE = "市场监管局开展专项检查"
UNAUTH = "调查发现，该企业在未经授权的情况下采集会员人脸信息。"
BIAOQIAN = "标签化的“重点校”“普通校”正在淡出，集团化办学覆盖全市七成以上学校。"
PINGLUN = "评论区里，不少家长留言说，孩子放学后的时间安排比以前从容多了。"
EN_T = "City opens consultation on riverside bike lanes"
EN_P = "The city's transport department on Monday published plans for 14 kilometres of protected bike lanes along the river."
EN_C = "Comments from residents will be accepted until Oct. 30."


def iframe_page() -> str:
    inner = cms(TITLE, ps([KAOHE, END]))
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><div class="nav">首页 新闻 图片</div><iframe srcdoc="{escape(inner, quote=True)}"></iframe></body></html>'


REPROS = [
    # --- 1. seed recipe: s2t writes 覈 (考核 -> 考覈, 核实 -> 覈實); mojibake_cjk reads it as GBK-as-Big5 ---------
    Repro("s2t_kaohe_mojibake", "repair/mojibake.py mojibake_cjk ('gbk read as big5' on 考覈 of a glossed s2t page)",
          text(seed((TITLE, [KAOHE, END]))), "text", f"{KAOHE}\n{END}"),
    Repro("s2t_heshi_mojibake", "repair/mojibake.py mojibake_cjk (覈實 -> ゲ蝌, the reading (hé) then left)",
          text(seed((TITLE, [HESHI, END]))), "text", f"{HESHI}\n{END}"),
    Repro("s2t_quanshi_hecha_mojibake", "repair/mojibake.py mojibake_cjk (全市覈查 -> 全カ蝌(hé)查: the neighbour 市 is eaten too; also 核算, 郧阳, 恶心, 羟基 in bench/audit6/scan_s2t_words.py)",
          text(seed((TITLE, ["今年以来，全市核查工作取得明显成效。", END]), rate=1.0)), "text", f"今年以来，全市核查工作取得明显成效。\n{END}"),
    # --- 2. seed recipe (plain s2t): 线上 x2 votes for tw2sp, which then rewrites mainland words ------------
    Repro("tw2sp_xianshang_title", "repair/script.py + phrasing.restore_phrases (線上 is rare in jieba: 线上 -> 在线 in the title)",
          text(seed((XS_T, [XS_P, END]))), "title", XS_T),
    Repro("tw2sp_zixun_body", "repair/phrasing.restore_phrases (once chosen, every tw2sp difference: 资讯 -> 信息, 线上 -> 在线)",
          text(seed((XS_T, [XS_P, END]))), "text", f"{XS_P}\n{END}"),
    Repro("tw2sp_gaojie_xianshang", "repair/phrasing.restore_phrases (高阶 -> 高级, 线上 -> 在线 on a s2t page with a 新华社 dateline)",
          text(seed(("智能驾驶测试里程突破一亿公里", ["新华社北京9月3日电 " + XS_P2, END]))), "text", f"新华社北京9月3日电 {XS_P2}\n{END}"),
    # --- 3. a column prefix 'X｜' in the headline is cut as if it were a site name ------------------------------
    Repro("title_column_prefix_live", "strip/metadata choose_title (<title> split on ｜ wins; the h1 dropped as outside_body)",
          html(cms(LIVE_T, ps([LEAD, END]))), "title", LIVE_T),
    Repro("title_column_prefix_xinhua", "strip/metadata choose_title ('新华全媒+｜' column prefix cut)",
          html(cms(XH_T, ps([LEAD, END]))), "title", XH_T),
    # --- 4. article sentences dropped as furniture ------------------------------------------------------------
    Repro("copyright_words_sentence_T", "strip heuristics copyright_footer (a body sentence quoting 版权所有/未经授权)",
          text(seed(("网络文学维权案宣判", [LEAD, COPY, END]))), "text", f"{LEAD}\n{COPY}\n{END}"),
    Repro("copyright_words_sentence_H", "strip heuristics copyright_footer (same, HTML <p> inside the content box)",
          html(cms("网络文学维权案宣判", ps([LEAD, COPY2, END]))), "text", f"{LEAD}\n{COPY2}\n{END}"),
    Repro("spam_words_sentence_H", "strip heuristics spam_header (fires on a body paragraph in the middle of the article box)",
          html(cms("网信部门集中整治涉黄涉赌网站", ps([LEAD, SPAMQ, END]))), "text", f"{LEAD}\n{SPAMQ}\n{END}"),
    Repro("spam_words_sentence_T", "strip text.py spam_header (a body line below the title, not a header)",
          text(seed(("网信部门集中整治涉黄涉赌网站", [LEAD, SPAMQ, END]))), "text", f"{LEAD}\n{SPAMQ}\n{END}"),
    Repro("photo_story_captions_H", "strip heuristics caption ('图为…' paragraphs of a 组图 story are its text)",
          html(cms("组图：老街改造后重新开街", ps([LEAD, CAP, END]))), "text", f"{LEAD}\n{CAP}\n{END}"),
    Repro("photo_story_captions_T", "strip heuristics caption (same in a seed-shaped dump)",
          text(seed(("组图：老街改造后重新开街", [LEAD, CAP, END]))), "text", f"{LEAD}\n{CAP}\n{END}"),
    Repro("unauthorized_one_sentence_H", "strip heuristics copyright_footer + vocab.COPYRIGHT_MARKS ('未经授权' in a one-sentence paragraph: no sentence end before the last char, so not 'prose')",
          html(cms(TITLE, ps([LEAD, UNAUTH, END]))), "text", f"{LEAD}\n{UNAUTH}\n{END}"),
    Repro("keyword_subhead_T", "strip heuristics keywords (vocab.KEYWORD_LABELS: a '关键词一：扩容' subhead of a 解读 article)",
          text(seed(("从三个关键词看教育新变化", [LEAD, "关键词一：扩容", END]))), "text", f"{LEAD}\n关键词一：扩容\n{END}"),
    Repro("biaoqian_prefix_prose_H", "strip heuristics keywords (lead '标签' matched as a prefix: '标签化的…' prose dropped)",
          html(cms(TITLE, ps([LEAD, BIAOQIAN, END]))), "text", f"{LEAD}\n{BIAOQIAN}\n{END}"),
    Repro("pinglunqu_prose_H", "strip heuristics comments (vocab.COMMENT_LEADS '评论区' opens prose)",
          html(cms(TITLE, ps([LEAD, PINGLUN, END]))), "text", f"{LEAD}\n{PINGLUN}\n{END}"),
    Repro("comments_from_residents_en_H", "strip heuristics comments (vocab.COMMENT_LEADS 'comments' opens an English sentence)",
          html(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{EN_T}</title></head><body><article><h1>{EN_T}</h1><p>{EN_P}</p><p>{EN_C}</p></article></body></html>'),
          "text", f"{EN_P}\n{EN_C}"),
    # --- 5. page structure ----------------------------------------------------------------------------------
    Repro("two_articles_dump", "strip text.py (a second headline + paragraphs after an NBSP line are appended to the first article)",
          text(seed((TITLE, [LEAD, END])) + f"\n\n\xa0\n\n{A2_T}\n\n\u2003\u2003{A2_P}"), "text", f"{LEAD}\n{END}"),
    Repro("iframe_srcdoc_article", "strip/dom (iframe srcdoc is never parsed: the whole article lost, 'nav' text kept)",
          html(iframe_page()), "text", f"{KAOHE}\n{END}"),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
