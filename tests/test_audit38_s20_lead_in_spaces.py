# ruff: noqa: E501
"""Audit38 session 20: a copy-detection space in a list's lead-in (招生工作主要\u00a0时间安排如下：), a short line
the space fixer did not read as prose (no comma, no sentence end), so the body lines' proof of the obfuscator
did not reach it. A lead-in is a sentence a colon closes: no headline, no place for a writer's space. The
texts are our own; the tests failed before the fix."""

from __future__ import annotations

from pipeline.api import clean_html

# Two body lines sprinkled inside words (教\u00a0育, 启\u00a0动, 负\u00a0责…): the page proves the obfuscator.
SPRINKLED = ("<p>记者从市教\u00a0育局获悉，今年全市义务教育阶段招\u00a0生工作将于7月1日启\u00a0动，继续实行网上报名、免试就近入学。</p>\n"
             "<p>市教育局有关负\u00a0责人表示，今年城区新增学\u00a0位三千个，将进一步缓解部分学校大班额问题，方便适龄儿童就近入学。</p>\n")
PLAIN = SPRINKLED.replace("\u00a0", "")
LIST = "<ul><li>网上报名：7月1日至7月5日</li><li>资格审核：7月6日至7月12日</li><li>结果公布：7月20日</li></ul>"


def _page(body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>义务教育招生入学通知发布_星河资讯网</title><style>.jammer{display:none}</style></head><body>'
            f'<div class="main"><h1>义务教育招生入学通知发布</h1><div class="article-body">\n{body}\n</div></div></body></html>')


def _lines(body: str) -> list[str]:
    return clean_html(_page(body)).text.split("\n")


def test_a_lead_ins_copy_detection_space_goes_with_the_body_lines_proof() -> None:
    """The lead-in's space (inside its words, or before 如下) goes with the body lines'; its markup and a farm's
    noise element in it do not hide the lead-in."""
    assert _lines(SPRINKLED + "<p>招生工作主要\u00a0时间安排如下：</p>\n" + LIST)[2] == "招生工作主要时间安排如下："
    assert _lines(SPRINKLED + "<p>招生工作主要时间安排\u2002如下：</p>\n" + LIST)[2] == "招生工作主要时间安排如下："
    wrapped = '<p><span style="font-size: 15px;">招生工作主要\u3000时间安排<font class="jammer">k6z</font>如下：</span></p>\n'
    assert _lines(SPRINKLED + wrapped + LIST)[2] == "招生工作主要时间安排如下："


def test_a_lead_ins_space_stays_without_the_proof_and_a_label_line_is_no_lead_in() -> None:
    """The guards: with no sprinkled body line the lead-in's space may be the writer's and stays; on the
    sprinkled page a line closing with a label's colon (咨询电话：) is no lead-in, and its space stays."""
    assert _lines(PLAIN + "<p>招生工作主要\u00a0时间安排如下：</p>\n" + LIST)[2] == "招生工作主要 时间安排如下："
    assert _lines(SPRINKLED + "<p>市教育局招生办\u00a0咨询电话：</p>\n" + LIST)[2] == "市教育局招生办 咨询电话："
