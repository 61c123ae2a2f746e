# ruff: noqa: E501
"""Audit25: a saved RSS or Atom feed is one record per item, the item's content its article. The texts are
our own; each test failed before the feed source."""

from __future__ import annotations

from pathlib import Path

from pipeline.record import Record
from pipeline.settings import Settings
from pipeline.sites import SiteRules
from pipeline.sources import open_sources
from pipeline.stages import build_stages, run_stages

TEACH = ("扎根海岛二十年 她让渔村孩子爱上了读书", ["清晨六点半，东澳岛小学的铃声还没响，王秀琴已经站在校门口迎接学生了。二十年前，她从师范学校毕业后主动申请来到这所海岛小学。",
                                      "今年，王秀琴被评为全省优秀乡村教师。她说，只要岛上还有孩子，她就会一直教下去。"])
BUS = ("“流动图书馆”开进山村 一辆大巴载书三千册", ["一辆由旧公交车改装的“流动图书馆”日前开进了云岭县最偏远的几个山村，车内书架上摆放着三千多册图书。",
                                    "县图书馆馆长介绍，改装后的大巴每周按固定线路巡回一次，每个村停留半天，借出的图书下一次巡回时归还。"])
EN = ("Harbour seawall repairs finish six weeks early", ["Repairs to the stretch of seawall that collapsed during the January storms have been completed six weeks ahead of schedule.",
                                                      "Contractors replaced 120 metres of the Victorian wall with precast concrete units faced in the original granite blocks."])


def _clean(path: Path) -> list[Record]:
    stages = build_stages(Settings(), SiteRules())
    return [run_stages(record, stages) for record in open_sources([str(path)])]


def _item(story: tuple[str, list[str]], n: int, author: str, date: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in story[1])
    return (f"<item><title>{story[0]}</title><link>http://www.hbrb.example.cn/2016/0909/{n}.html</link><dc:creator>{author}</dc:creator>"
            f"<pubDate>{date}</pubDate><description>{story[1][0][:20]}…</description><content:encoded><![CDATA[{paras}]]></content:encoded></item>")


def _rss(items: str, encoding: str = "UTF-8") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            f"<channel><title>海滨日报网 - 社会</title><link>http://www.hbrb.example.cn/</link><description>海滨日报网社会新闻</description>\n{items}\n</channel></rss>\n")


def test_an_rss_feed_is_one_article_per_item(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(_rss(_item(TEACH, 1, "王晓琳", "Fri, 09 Sep 2016 08:30:00 +0800") + _item(BUS, 2, "李晓燕", "Fri, 20 May 2016 07:00:00 +0800")), encoding="utf-8")
    recs = _clean(feed)
    got = [(r.title, r.text, r.url, r.author, (r.published or "")[:10]) for r in recs]
    assert got == [(TEACH[0], "\n".join(TEACH[1]), "http://www.hbrb.example.cn/2016/0909/1.html", "王晓琳", "2016-09-09"),
                   (BUS[0], "\n".join(BUS[1]), "http://www.hbrb.example.cn/2016/0909/2.html", "李晓燕", "2016-05-20")]
    assert len({r.id for r in recs}) == 2


def test_a_gbk_feed_is_decoded_as_a_page_is(tmp_path: Path) -> None:
    """The standard XML parser reads no multibyte encoding: the feed is decoded first."""
    feed = tmp_path / "feed.rss"
    feed.write_bytes(_rss(_item(TEACH, 1, "王晓琳", "Fri, 09 Sep 2016 08:30:00 +0800"), encoding="gbk").encode("gbk"))
    (rec,) = _clean(feed)
    assert (rec.title, rec.text, rec.encoding) == (TEACH[0], "\n".join(TEACH[1]), "gb18030")


def test_an_atom_entrys_escaped_html_content_is_its_article(tmp_path: Path) -> None:
    paras = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in EN[1])
    feed = tmp_path / "news.atom"
    feed.write_text('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>The Harbour Gazette - News</title>'
                    '<updated>2016-03-11T08:00:00Z</updated>\n<entry><title>' + EN[0] + '</title><link rel="alternate" href="http://www.harbourgazette.example.co.uk/news/2016/03/10/seawall"/>'
                    '<published>2016-03-10T09:30:00Z</published><updated>2016-03-11T08:00:00Z</updated><author><name>Tom Bellamy</name></author>'
                    '<summary>Repairs finished early.</summary><content type="html">' + paras + "</content></entry>\n</feed>\n", encoding="utf-8")
    (rec,) = _clean(feed)
    assert (rec.title, rec.text, rec.author, (rec.published or "")[:10], rec.url) == (
        EN[0], "\n".join(EN[1]), "Tom Bellamy", "2016-03-10", "http://www.harbourgazette.example.co.uk/news/2016/03/10/seawall")


def test_a_xml_file_without_a_feed_is_a_page_and_a_broken_feed_an_error(tmp_path: Path) -> None:
    page = tmp_path / "a.xml"
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>' + EN[0] + "</title></head><body><h1>" + EN[0] + "</h1>"
                    + "".join(f"<p>{p}</p>" for p in EN[1]) + "</body></html>\n", encoding="utf-8")
    (rec,) = _clean(page)
    assert (rec.status, rec.text) == ("ok", "\n".join(EN[1]))
    broken = tmp_path / "b.rss"
    broken.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>x</title></channel>', encoding="utf-8")
    (rec,) = _clean(broken)
    assert rec.status == "error" and "broken feed" in (rec.reason or "")
