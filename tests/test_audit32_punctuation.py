# ruff: noqa: E501
"""Audit32's folded-punctuation fix (a combinatorial generator's seed-like reposts). The texts are our own;
the test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_text

HEAD = "九九热精品视频-亚洲高清在线看-国产精品99久久-免费福利资源大全\n\n\xa0\n当前位置 : 主页>地方新闻>民生\n\xa0\n\n地方戏曲进校园 百场演出走进中小学\n\n\n"
FOOT = "\n\n免责声明：本文仅代表作者观点，不代表本站立场\n\n本站部分内容来自互联网，如有侵权请联系删除"


def test_a_short_article_folded_whole_under_disclaimer_lines_gets_its_brackets_back() -> None:
    """Seven folded commas against the two full-width ones of the farm's disclaimer lines: too many native
    commas by count for a page folded wholesale, but the folded lines are the article, far longer."""
    paras = ["中新网福州9月16日电(记者 严可馨)16日,“戏曲进校园”系列活动在福州启动,今年将有100场闽剧、莆仙戏演出走进全省中小学。",
             "启动仪式上,闽剧《荔枝缘》选段赢得阵阵掌声。一名初二学生说,第一次在学校礼堂看戏,觉得唱腔和服装都很有意思。",
             "主办方介绍,活动还将组织戏曲名家开设讲座,并编写面向小学生的戏曲知识读本。"]
    rec = clean_text(HEAD + "\n\n".join("\u3000" + p for p in paras) + FOOT)
    assert rec.text.split("\n")[0].startswith("中新网福州9月16日电（记者 严可馨）16日，“戏曲进校园”")
    # the guard: an article writing its own full-width commas wrote its brackets itself
    own = [p.replace(",", "，") for p in paras[:2]] + ["主办方介绍,活动还将组织戏曲名家开设讲座。"]
    rec = clean_text(HEAD + "\n\n".join("\u3000" + p for p in own) + FOOT)
    assert rec.text.split("\n")[0].startswith("中新网福州9月16日电(记者 严可馨)16日，")


def test_folded_marks_beside_a_lost_character_are_widened_and_a_question_mark_before_one_stays() -> None:
    """A lost character stands for a Han one: a folded comma after its U+FFFD (参\\ufffd,最终) or before a lost
    lead byte's "?" (巡查,?l现), and a folded bracket holding one (记者 秦?Z川: the stranded trail byte is no
    Latin), are folds like the others on the page. The guard: a "?" after a comma that is no lost byte's
    (“真的吗,?”) is not taken for one."""
    paras = ["中新网福州9月16日电(记者 秦?Z川)16日,“戏曲进校园”系列活动在福州启动,今年将有100场闽剧演出走进全省中小\ufffd,覆盖各个县区。",
             "启动仪式上,闽剧选段赢得阵阵掌声。工作人员对礼堂开展检查,?l现并整改隐患12处,确保演出安全。"]
    rec = clean_text(HEAD + "\n\n".join("\u3000" + p for p in paras))
    assert rec.text.split("\n")[:2] == [
        "中新网福州9月16日电（记者 秦?Z川）16日，“戏曲进校园”系列活动在福州启动，今年将有100场闽剧演出走进全省中小\ufffd，覆盖各个县区。",
        "启动仪式上，闽剧选段赢得阵阵掌声。工作人员对礼堂开展检查，?l现并整改隐患12处，确保演出安全。"]
    guard = ["有观众问:“真的吗,?”主办方介绍,活动还将组织戏曲名家开设讲座,并编写面向小学生的戏曲知识读本。"]
    rec = clean_text(HEAD + "\n\n".join("\u3000" + p for p in guard))
    assert "真的吗,?”" in rec.text
    # a "?" after U+FFFD is a lost trail byte's mark (更\ufffd?服 for 舒), no folded question mark
    rec = clean_text(HEAD + "\u3000" + paras[0].replace("走进全省中小\ufffd,", "走进全省中小学,乘客坐得更\ufffd?服,"))
    assert "更\ufffd?服，" in rec.text
