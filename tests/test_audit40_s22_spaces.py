# ruff: noqa: E501
"""Audit40 session 22: copy-detection spaces the odd-space fixer could not see. The texts are our own; each test
failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html

_READING = {"院": "yuàn", "民": "mín", "被": "bèi", "属": "shǔ", "法": "fǎ", "支": "zhī", "款": "kuǎn", "城": "chéng"}
_LINES = ("本报讯（记者 林望川）3月6日，西河区人民{0}法院对一起拒不支付劳动报酬案作出一审宣判，被{1}告人被判处有期徒刑十个月。",
          "经审理查明，被告人承包某小区外墙工程后拖欠二十一名工人工资，经劳动部门责令支付后仍以工程{0}款未到账为由拒不支付。",
          "案件审理期间，其家{2}属代为支付了全部欠薪，法院依法对其从轻处罚，并提醒用工单位按月足额发放工资。")


def _read(line: str, ruby: bool) -> str:
    """Every character with a reading of :data:`_READING` given it, as an obfuscator does: in a <ruby> over it, or in
    brackets after it."""
    form = "<ruby>{0}<rp>(</rp><rt>{1}</rt><rp>)</rp></ruby>" if ruby else "{0}({1})"
    return "".join(form.format(c, _READING[c]) if c in _READING else c for c in line)


def _page(spaces: tuple[str, str, str], ruby: bool = True) -> str:
    body = "".join(f"<p>{_read(line.format(*spaces), ruby)}</p>\n" for line in _LINES)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>拖欠工资拒不支付 劳务负责人获刑_城事资讯</title></head><body>'
            f'<div class="main"><h1>拖欠工资拒不支付 劳务负责人获刑</h1><div class="article-body">\n{body}</div></div></body></html>')


def test_spaces_beside_ruby_readings_go_once_the_readings_are_read() -> None:
    """An obfuscator's spaces after a reading (``</ruby>\\u2002法``), before one (``家\\u00a0<ruby>属``) or narrow
    (``被</ruby>\\u202f告``) stood beside no ideograph while the readings were there: they stand between two once the
    readings go, and go as the page's other sprinkled spaces do (its lines are not cut at the <ruby> tags either)."""
    for ruby in (True, False):
        rec = clean_html(_page(("\u2002", "\u202f", "\u00a0"), ruby))
        assert rec.text == "\n".join(line.format("", "", "") for line in _LINES), (ruby, rec.text)


def test_a_bylines_space_beside_ruby_readings_stays() -> None:
    """Guard: the byline's space (（记者 林望川）) and the headline's stay on the same page."""
    rec = clean_html(_page(("\u2002", "\u202f", "\u00a0")))
    assert "（记者 林望川）" in rec.text, rec.text
    assert rec.title == "拖欠工资拒不支付 劳务负责人获刑", rec.title
