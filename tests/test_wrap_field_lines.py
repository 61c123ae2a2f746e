"""A text dump of a government page's 政务公开 rows, one labelled field per line: the rows of one table are about
as wide as each other, which the hard-wrap rule read as a paragraph cut at that width and joined into one line,
so the rows stayed in the body and their 发布日期 went unread (audit30 t01). Labelled field lines are no
evidence of a wrap and are never joined. The text is our own."""

from __future__ import annotations

from pathlib import Path

from pipeline.settings import Settings
from pipeline.sites import SiteRules
from pipeline.sources import open_sources
from pipeline.stages import build_stages, run_stages
from pipeline.strip.wraps import unwrap

ROWS = ("索引号：430000/2026-00211　主题分类：交通运输、邮政",
        "发文机关：湖南省交通运输厅　　　　　成文日期：2026年05月06日",
        "标题：湖南省交通运输厅关于进一步做好全省农村客运班线调整的通知",
        "发文字号：湘交运〔2026〕21号　发布日期：2026年05月08日")
BODY = ("各市州交通运输局：",
        "为方便群众出行，经研究，现就做好农村客运班线调整有关事项通知如下。各地要在六月底前完成班线摸底，"
        "对客流不足的线路改为预约响应式运行，保留每周不少于两个往返班次。",
        "湖南省交通运输厅",
        "2026年5月6日")


def test_field_rows_of_one_width_are_not_read_as_a_hard_wrap() -> None:
    text = "\n".join(ROWS) + "\n" + "\n\n".join(BODY)
    assert unwrap(text) == (text, None)


def test_a_dumped_gov_notice_drops_its_field_rows_and_reads_the_release_date(tmp_path: Path) -> None:
    title = "湖南省交通运输厅关于进一步做好全省农村客运班线调整的通知"
    dump = f"{title}\n\n" + "\n".join(ROWS) + "\n\n" + "\n\n".join(BODY) + "\n"
    path = tmp_path / "notice.txt"
    path.write_text(dump, encoding="utf-8")
    (record,) = [run_stages(r, build_stages(Settings(), SiteRules())) for r in open_sources([str(path)])]
    assert record.title == title
    assert (record.published or "")[:10] == "2026-05-08"
    assert record.text is not None
    lines = record.text.split("\n")
    # the rows that hold a date or two labels are dropped as metadata; no row is glued to another line
    assert all(row not in record.text for row in (ROWS[0], ROWS[1], ROWS[3]))
    assert "各市州交通运输局：" in lines and all(line == row or row not in line for line in lines for row in ROWS)
