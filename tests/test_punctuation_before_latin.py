"""An ASCII mark after Chinese before a Latin word (吗?App) on a page that writes its marks full-width is
the writer's own (the input method switched to Latin there), not a repost's fold: kept. A page folded
wholesale gets its marks back before Latin words too. Texts of our own."""

from __future__ import annotations

from pipeline.api import clean_text


def test_a_lone_half_width_question_mark_before_latin_on_a_full_width_page_stays() -> None:
    rec = clean_text("外卖试点\n\n无人机送外卖靠谱吗?App上的订单已经过万。记者问：效果如何？负责人答：市民很满意，"
                     "投诉很少。\n")
    assert "靠谱吗?App上的订单" in rec.text
    assert "效果如何？负责人" in rec.text


def test_on_a_page_folded_wholesale_the_mark_before_latin_is_widened() -> None:
    rec = clean_text("外卖试点\n\n据介绍,App上线后,用户增长很快,日活超过十万,负责人说,明年还要扩大范围.\n"
                     "有市民问,能送到郊区吗?App客服说,正在测试.\n")
    assert "据介绍，App上线后，" in rec.text
    assert "郊区吗？App客服说，" in rec.text
