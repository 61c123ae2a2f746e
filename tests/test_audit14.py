"""Audit14 fixes (seed-like reposts, fresh variations): each test fails on the branch base."""

from __future__ import annotations

from pipeline.repair import apply_plan, repair_text

# A folded mainland page: commas folded to ASCII by the repost (more than three of them).
FOLDED = "市里今年新建了三座公园,改造了五条老街,新增停车位两千多个,群众出行更加方便了。"


def test_closing_wan_after_a_full_stop_is_restored_on_a_folded_page() -> None:
    text = "记者从市园林局获悉,今年新建公园三座,改造老街五条,新增绿地四十公顷。(完)"
    out = repair_text(text, script="keep")
    assert out.text.endswith("新增绿地四十公顷。（完）")
    assert apply_plan(text, out.changes) == out.text


def test_a_dateline_bracket_opening_a_line_with_digits_is_restored_on_a_folded_page() -> None:
    text = "(中央社記者林雅婷台北9日電)市府今天表示,環狀線北段明年通車,沿線設有十二座車站,通勤時間可縮短一半。"
    out = repair_text(text, script="keep")
    assert out.text.startswith("（中央社記者林雅婷台北9日電）市府今天表示，")


def test_the_articles_own_space_before_a_bracket_stays_when_readings_are_tight() -> None:
    # the repost glossed tight (發(fā)), so the space before （记者 …） is the article's (中新社 style)
    text = ("中新社西寧6月2日電 (記者 韓雪)今年洄游季發(fā)現湟魚更多,科研人員首次使用聲吶設備,"
            "對魚群進行計數,結果將(jiāng)公布。")
    out = repair_text(text, script="simplified")
    assert out.text.startswith("中新社西宁6月2日电 （记者 韩雪）今年")
    assert apply_plan(text, out.changes) == out.text


def test_the_space_goes_with_a_folded_bracket_when_readings_are_spaced() -> None:
    text = ("新華社杭州3月5日電 (記者 王林)今年發 (fā)現湟魚更多,科研人員首次使用聲吶設備,"
            "對魚群進行計數,結果將 (jiāng)公布。")
    out = repair_text(text, script="simplified")
    assert out.text.startswith("新华社杭州3月5日电（记者 王林）今年")


def test_kunjinkao_converted_to_traditional_is_flagged() -> None:
    out = repair_text("我市發布暴雨藍色預警 部分路段錕斤拷交通管制", script="keep")
    assert "replacement_chars" in {f.rule for f in out.flags}


def test_a_radical_after_a_reading_before_a_chinese_mark_is_restored() -> None:
    text = "票價(jià)⾼、班次少，遇上雨雪天氣常常停運。" + FOLDED
    out = repair_text(text, script="keep")
    assert "⾼" not in out.text
    assert out.text.startswith("票價高、班次少")


def test_a_lost_lead_byte_after_a_digit_with_its_own_reading_is_restored() -> None:
    # 歲 = 9A 71 in GBK: the lead byte lost, "q" stranded after "14", its own reading after it
    text = "14?q(suì)的廣(guǎng)東棋手李昊然獲得冠軍,12歲的四川棋手周雨桐獲得女子組冠軍。"
    out = repair_text(text, script="keep")
    assert out.text.startswith("14歲的")
    assert "lost_lead_byte" not in {f.rule for f in out.flags}


def test_a_wire_dateline_split_by_readings_still_counts_as_mainland_evidence() -> None:
    # readings on converted and unconverted characters alike (no pinyin fingerprint): the 中新社
    # dateline, once its readings are read away, and the folded commas show a converted page
    paras = [
        "中新【xin1】社西寧6月2日電【dian4】 記【ji4】者今年在沙柳河河【he2】口安【an1】裝聲吶設備,"
        "對洄游魚羣進行全天候計數【shu4】。",
        "青海【hai3】湖裸鯉俗稱湟魚【yu2】,是青海湖特有的魚【yu2】類,也是湖區生態系統中的關鍵物種【zhong3】。",
        "救護中心計劃將聲吶記錄與水溫、流【liu2】量等監測結果結合起來分析,摸清湟魚洄游的規律【lv4】。",
    ]
    out = repair_text("\n".join(paras))
    assert out.script == "simplified"
    assert out.text.startswith("中新社西宁6月2日电 记者今年在沙柳河河口安装声呐设备，对洄游鱼群")


def test_non_ascii_spaces_before_readings_marks_and_digits_count_as_odd_spaces() -> None:
    text = ("新华社杭州8月17日电 本届锦标赛在杭州落幕\u2002。来自全国的少年棋手\u3000参加了比赛，"
            "李昊然以\u30009战全胜夺冠。\n在第九轮比赛中，李昊然执黑中盘战胜上海棋手王启\u2002(qǐ)明，赛后他说以后还要在计\u2002算上多下功夫\u3000，争取更好成绩。")
    out = repair_text(text, script="keep")
    assert "\u2002" not in out.text and "\u3000" not in out.text
    assert "李昊然以9战全胜夺冠" in out.text and "王启明" in out.text


def test_medical_and_casino_chains_above_a_short_flash_are_spam() -> None:
    from pipeline.strip import extract_text

    lines = ["久久精品国产免费观看-亚洲日韩精品一区二区", "", "澳门银河官网-百家乐在线-真人荷官发牌", "",
             "无痛人流多少钱-男科医院哪家好-壮阳药正品", "", "当前位置 : 首页 > 新闻中心 > 社会民生", "",
             "我市发布暴雨蓝色预警 部分路段临时交通管制", "",
             "\u3000\u3000市气象台今天上午9时发布暴雨蓝色预警信号，预计今天中午到夜间我市将出现暴雨。",
             "\u3000\u3000目前，全市已预置抢险队伍42支、排水泵车31台，各区防汛值班人员全部到岗。"]
    article = extract_text("\n".join(lines))
    assert article.title == "我市发布暴雨蓝色预警 部分路段临时交通管制"
    assert article.paragraphs[0].startswith("市气象台")


def test_an_h1_that_lost_bytes_yields_to_the_clean_title_tag() -> None:
    from pipeline.api import clean_html

    title = "电子社保卡怎么领？能办哪些事？记者梳理了五个常见问题"
    lossy = title.encode("utf-8").decode("gbk", errors="replace")
    paras = ["近日，不少读者来电询问电子社保卡的申领和使用问题，记者采访了市人社局的工作人员。",
             "电子社保卡是实体社保卡的线上形态，由全国社会保险公共服务平台统一签发，具有同等效力。"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><meta charset='utf-8'><title>{title} - 星空资讯网</title></head><body>"
            f"<div class='article'><h1>{lossy}</h1><div class='content'>{body}</div></div></body></html>")
    assert clean_html(html.encode()).title == title


def test_odd_spaces_spare_a_glossed_byline_and_end_at_a_folded_comma() -> None:
    # the reporter's name keeps its space though 記(jì)者 is glossed; noise after the byline closed,
    # or after a folded comma, is removed with the rest
    text = ("新華社南昌11月3日電(記(jì)者 劉思遠)在江西省婺源縣的一\u2002間直播間裡,主播正對著鏡頭介紹皇菊,"
            "不到兩個小時,直播間賣\u2002出了3000多單。\n近年來,婺源縣依託本地的茶葉\u3000、皇菊等特色農產品,"
            "大力發展農\u2002村電商,縣里建設了電商產業園,為入駐企業提供免\u2002費的直播場地和倉儲服務。")
    out = repair_text(text, script="keep")
    assert "(記者 劉思遠)" in out.text or "（記者 劉思遠）" in out.text
    assert "\u2002" not in out.text and "\u3000" not in out.text
