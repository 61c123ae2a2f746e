"""A dateline whose agency lost its bytes (锟斤拷社杭州4月2日电: 中新 read as GBK replacement marks) was taken
as the publisher, over the 来源 line that names it whole. A name holding lost bytes names no one. The texts
are our own; the first test failed before the fix, the others guard."""

from __future__ import annotations

from pipeline.strip.textmeta import publisher_in_text

LEAD = "杭州4月2日电（记者 林晓禾）清明前后，浙江多地春茶陆续开采。"


def test_a_dateline_agency_that_lost_its_bytes_yields_to_the_source_line() -> None:
    assert publisher_in_text(["2026年4月2日 07:18　来源：中新社", "锟斤拷社" + LEAD]) == "中新社"
    assert publisher_in_text(["2026年4月2日 07:18", "\ufffd\ufffd社" + LEAD]) is None


def test_a_whole_agency_in_the_dateline_still_wins() -> None:
    assert publisher_in_text(["2026年4月2日 07:18　来源：浙江在线", "中新社" + LEAD]) == "中新社"
