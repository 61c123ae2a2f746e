"""Spaces sprinkled between ideographs on short lines that are no headline: an interview's question of two
sentences (怎么\u3000入行的？) and a notice's address line (各道路\u3000客运企业：). On a page whose body lines show the
pattern they go too; a headline's separator stays. The texts are our own."""

from __future__ import annotations

from pipeline.repair import repair_text

BODY = [
    "今年以来，全市农村公路建\u3000设完成投资十二亿元，新改建道\u3000路三百多公里，一批断头路和瓶颈路段全部打通。",
    "各地在施工中严格执行质量标\u3000准，推行驻地监理和第三方检\u3000测，对发现的问题当场整改，确保每一公里都经得起检验。",
    "市交通运输局负责人表示，下一步将加快推进城乡公\u3000交一体化，让更多群众在家门口就能坐上安全便\u3000捷的公交车。",
    "据统计，全市已有九成以上的建制村开通了客运班车，群众出行难的问\u3000题得到了有效缓解，沿线产业也随之发展起来。",
]


def _repaired(line: str) -> str:
    text = "\n".join(["乡村公路修到家门口 群众出行更便捷", *BODY, line])
    return repair_text(text, script="keep").text.split("\n")[-1]


def test_a_question_of_two_sentences_loses_its_sprinkled_space() -> None:
    question = "记者：您做这一行多少年了？当初是怎么开始的？"
    assert _repaired(question.replace("怎么", "怎么\u3000")) == question


def test_a_notices_address_line_loses_its_sprinkled_space() -> None:
    assert _repaired("各乡镇人民政府、各有关\u3000单位：") == "各乡镇人民政府、各有关单位："


def test_a_headline_and_a_speakers_label_keep_their_spaces() -> None:
    text = "\n".join(["乡村公路修到家门口 群众出行更便捷", *BODY, "主持人\u3000王芳："])
    lines = repair_text(text, script="keep").text.split("\n")
    assert lines[0] == "乡村公路修到家门口 群众出行更便捷"
    assert lines[-1] == "主持人\u3000王芳："


def test_a_speakers_question_loses_its_sprinkled_space() -> None:
    """An interview's line opens with its speaker's label (记者：) and ends a sentence: no headline."""
    question = "记者：这项工作下一步有什么打算？"
    assert _repaired(question.replace("什么", "什么\u3000")) == question
