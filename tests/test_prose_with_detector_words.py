"""Article sentences that use the words our boilerplate detectors look for stay in the article."""

from __future__ import annotations

import pytest

from pipeline.strip import extract_html, extract_text

_HEAD = "南门老街重新开街"
_FIRST = "9月6日，经过一年多改造的南门老街正式重新开街，青石板路、木格窗和老字号招牌重现旧日风貌。"
_LAST = "有关负责人表示，下一步将继续加大工作力度，确保各项措施落实到位。"


@pytest.mark.parametrize("sentence", [
    "调查发现，该企业在未经授权的情况下采集会员人脸信息。",
    "原告发现自己的作品被该平台全文转载，页面底部仍标注“版权所有，侵权必究”。",
    "这些网站多以“免费观看”“高清影院”“午夜福利”等字样吸引点击，诱导用户下载不明软件。",
    "关键词一：扩容",
    "标签化的“重点校”“普通校”正在淡出，集团化办学覆盖全市七成以上的学校。",
    "评论区里，不少家长留言说，孩子放学后的时间安排比以前从容多了。",
])
def test_a_body_sentence_with_detector_words_stays(sentence: str) -> None:
    body = [_FIRST, sentence, _LAST]
    assert extract_text(f"{_HEAD}\n\n" + "\n\n".join(body) + "\n").paragraphs == body
    page = f"<html><body><h1>{_HEAD}</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in body)
    assert extract_html(page + "</div></body></html>").paragraphs == body


def test_an_english_sentence_opening_with_comments_stays() -> None:
    body = ["The city's transport department on Monday published plans for 14 kilometres of bike lanes.",
            "Comments from residents will be accepted until Oct. 30."]
    page = "<html><body><h1>Bike lanes planned</h1><div class='story'>" + "".join(f"<p>{p}</p>" for p in body)
    assert extract_html(page + "</div></body></html>").paragraphs == body


@pytest.mark.parametrize("footer", ["本站部分内容来源于网络，如有侵权请联系删除。", "关键词：老街 改造", "发表评论"])
def test_the_footer_lines_those_words_make_still_go(footer: str) -> None:
    body = [_FIRST, _LAST]
    assert extract_text(f"{_HEAD}\n\n" + "\n\n".join(body) + f"\n\n{footer}\n").paragraphs == body
