"""Full-width punctuation restored where a repost folded it to ASCII, and nowhere else."""

from __future__ import annotations

import pytest

from pipeline.record import apply_plan
from pipeline.repair.common import Context
from pipeline.repair.punctuation import fix_cjk_punctuation

PROSE = "港口渡轮周一恢复早班航线，乘客称终于不用绕路了。"


@pytest.mark.parametrize(("folded", "restored"), [
    ("记者提出:“深化改革”。" + PROSE, "记者提出：“深化改革”。" + PROSE),
    ("各级党委(党组)要强化责任,确保落实。" + PROSE, "各级党委（党组）要强化责任，确保落实。" + PROSE),
    ("会议于10:30,在北京召开;你来吗?\n" + PROSE, "会议于10:30，在北京召开；你来吗？\n" + PROSE),
])
def test_folded_marks_are_restored_and_replayable(folded: str, restored: str) -> None:
    fix = fix_cjk_punctuation(folded, Context())
    assert fix.text == restored
    assert apply_plan(folded, fix.changes) == restored
    assert [c.rule for c in fix.changes] == ["cjk_punctuation"]


@pytest.mark.parametrize("text", [
    "The ferry, which leaves at 10:30, is back: yes (really)!",
    "票价为1,000元，时间10:30，记者李明(Li Ming)报道。" + PROSE,
    "<a href=\"http://example.org/a,b\">链接</a>" + PROSE,
    "Mostly English text with one 中文 word, and more English words here, many of them, really.",
])
def test_text_without_folds_is_left_alone(text: str) -> None:
    fix = fix_cjk_punctuation(text, Context())
    assert (fix.text, fix.changes) == (text, [])
