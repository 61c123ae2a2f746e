# ruff: noqa: E501
"""Audit32's lost-lead-byte fix (a combinatorial generator's seed-like reposts). The text is our own; the
test failed before its fix."""

from __future__ import annotations

from pipeline.api import clean_html, clean_text

HEAD = "九九热精品视频-亚洲高清在线看-国产精品99久久-免费福利资源大全\n\n\xa0\n當前位置 : 首頁 > 新聞中心 > 文化\n\xa0\n\n"


def test_a_lost_lead_byte_framed_by_both_neighbours_elsewhere_beats_a_bigram_another_candidate_makes() -> None:
    """國?a動: 'a' is the trail of 產 (GBK AE 61) and of 家 (Big5 AE 61). 國家 occurs on the page (國家電影局), and
    so does 國產, with 動 after it too (國產動畫電影 in the title): both neighbours settle 產, where the very
    common word 國家 picked 家 before."""
    paras = ["據(jù)國家電影局數據,截至8月25日,國?a動(dòng)畫電影《山海少年》票房突破20億元,成爲今年暑期檔票房最高的影片。",
             "影片講(jiǎng)述了一群少年守護家鄉古樹的故事。不少觀(guān)眾表示,影片的畫面和配樂都很有中國味道。"]
    rec = clean_text(HEAD + "國產動畫電影票房突破20億元\n\n\n" + "\n\n".join("\u2003\u2003" + p for p in paras))
    assert rec.text.split("\n")[0] == "据国家电影局数据，截至8月25日，国产动画电影《山海少年》票房突破20亿元，成为今年暑期档票房最高的影片。"
    assert "lost_lead_byte" not in {f.rule for f in rec.flags}


def test_a_lost_lead_byte_between_a_number_and_a_full_width_mark_is_flagged_not_left_silent() -> None:
    """晚上11?c，: the classifier after the number lost its lead byte ('c' is its stranded trail byte); no Han
    neighbour settles it, so it is flagged and left. A question mark between a number and a Latin word stays
    plain text (第11?Yes…: no full-width mark follows the letter)."""
    story = ("从下周起，老城区夜市每天营业到晚上11?c，比原来延长一个小时。市场管理方表示，延长时段内将增派保洁和安保人员。\n\n"
             "今年以来，夜市日均客流超过两万人次，带动周边餐饮消费明显增长。\n")
    rec = clean_text("夜市延长营业时间\n\n" + story)
    assert "晚上11?c，比原来" in rec.text
    assert [f.snippet for f in rec.flags if f.rule == "lost_lead_byte"] == ["市每天营业到晚上11?c，比原来延长一个小时"]
    quiz = clean_text("知识竞赛\n\n主持人问：答案是11?Yes or no. 选手们纷纷举牌作答，现场气氛热烈。\n")
    assert "lost_lead_byte" not in {f.rule for f in quiz.flags}


def test_a_lost_lead_byte_before_a_closing_bracket_is_flagged_not_taken_for_a_question_mark() -> None:
    """（记者 邵明?h）: the name's last character lost its lead byte before the byline's closing bracket; it
    was read as a folded question mark (邵明？h). It is flagged and left as the page has it. The guard: a
    question mark before a Latin word in brackets (叫什么?Tom）) stays one, widened as a folded mark."""
    story = ("新华社北京4月11日电（记者 邵明?h）国家统计局11日发布数据显示，一季度全国居民消费价格同比上涨0.8%。\n\n"
             "有读者问（这种新品种叫什么?Tom）馆方表示，服务消费回暖明显，旅游、文娱等价格涨幅较大。\n")
    rec = clean_text("一季度居民消费价格同比上涨0.8%\n\n" + story)
    assert "（记者 邵明?h）国家统计局" in rec.text
    assert "lost_lead_byte" in {f.rule for f in rec.flags}
    assert "叫什么？Tom）" in rec.text


def test_a_lost_lead_byte_ending_a_headline_before_its_closing_tag_is_repaired_not_widened() -> None:
    """<h1>…智能採茶?C</h1> in a GBK page: the headline's last character (機, GBK 99 43) lost its lead byte before
    the closing tag, as at a line end; it was read as a folded question mark (採茶？C). The body's 採茶機
    settles it. The guard: a headline ending in a question mark before a Latin word (還能用嗎?OK</h1>) keeps it."""
    body = ("<p>記者從省農業農村廳獲悉，今年全省已有三百多家茶企引進智能採茶機，採摘效率是人工的五倍以上。</p>"
            "<p>有關負責人表示，採茶機還將在更多茶園推廣，幫助茶農降低用工成本。</p>")
    page = ("<html><head><meta charset='gbk'><title>茶農用上智能採茶?C</title></head><body>"
            f"<h1>茶農用上智能採茶?C</h1>{body}</body></html>")
    rec = clean_html(page.encode("gbk"))
    assert rec.title in ("茶農用上智能採茶機", "茶农用上智能采茶机")
    guard = page.replace("茶農用上智能採茶?C", "老式採茶機還能用嗎?OK")
    assert (clean_html(guard.encode("gbk")).title or "").endswith(("嗎？OK", "吗？OK"))
