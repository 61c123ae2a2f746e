"""s2twp, OpenCC's Taiwan conversion with phrases, is undone with tw2sp; s2tw and genuine Taiwan text are not."""

from __future__ import annotations

from pipeline.repair import repair_text
from pipeline.repair.phrasing import MIN_VOTES_FORCED
from pipeline.repair.script import restore_config, restored

ORIGINAL = ("随着人工智能的快速发展，软件公司纷纷加大投入。技术人员表示，服务器和内存芯片的供应仍然紧张，"
            "新一代硬件预计明年上市。业内人士认为，相关产业将迎来新的发展机遇。")
# ORIGINAL through OpenCC s2twp, each converted character glossed the way obfuscators do.
S2TWP_REPOST = ("隨(suí)著人工智慧的快速發(fā)展，軟(ruǎn)體(tǐ)公司紛(fēn)紛(fēn)加大投入。技術(shù)人員(yuán)表示，"
                "伺服器和記(jì)憶(yì)體(tǐ)晶片的供應(yīng)仍然緊(jǐn)張(zhāng)，新一代硬體(tǐ)預(yù)計(jì)明年上市。"
                "業(yè)內(nèi)人士認(rèn)為(wèi)，相關(guān)產(chǎn)業(yè)將(jiāng)迎來(lái)新的發(fā)展機(jī)遇。")


def test_an_s2twp_repost_comes_back_with_mainland_words() -> None:
    result = repair_text(S2TWP_REPOST)
    assert result.text == ORIGINAL
    assert "script:tw2sp" in [c.rule for c in result.changes]


def test_character_level_conversions_keep_their_restore_config() -> None:
    assert restore_config("隨著網絡的發展，軟件更新越來越快。") == "tw2s"  # s2tw: 軟件, not 軟體
    assert restore_config("網絡發展很快，軟體一詞只出現一次。") == "t2s"  # one phrase is no fingerprint


def test_a_genuine_taiwan_article_with_those_phrases_stays_traditional() -> None:
    taiwan = "中央社記者今天報導，國內軟體業者與伺服器製造商合作，推出新一代人工智慧晶片，預計年底量產。"
    result = repair_text(taiwan)
    assert result.text == taiwan
    assert result.script == "traditional"


def test_tw2sp_is_overruled_where_the_character_level_word_is_clearly_commoner() -> None:
    original = "有关部门近日发布通知，出厂水要检测42项指标，项目负责人说，芯片和软件都已国产化。"
    # ``original`` through OpenCC s2twp; tw2sp alone gives back 指针 for 指标, a word s2twp never touched.
    repost = "有關部門近日釋出通知，出廠水要檢測42項指標，專案負責人說，晶片和軟體都已國產化。"
    assert restore_config(repost) == "tw2sp"
    assert restored(repost, "tw2sp") == original


def test_words_newer_than_the_corpus_do_not_turn_a_character_level_conversion_into_tw2sp() -> None:
    # s2t of 资讯中心 … 实现线上线下 … 治理效能: 线上 is not in jieba (newer than its corpus), yet mainland usage.
    repost = "資訊中心消息，推動政務服務實現線上線下融合，提升基層治理效能，讓群眾辦事更方便。"
    assert restore_config(repost) != "tw2sp"


def test_one_word_written_twice_is_one_vote() -> None:
    # s2t of 市医院开通线上服务 … 推出检查报告线上查询功能: 线上 is not in jieba (newer than its corpus): no vote,
    # however often written
    repost = "市醫院開通線上服務，衛健委表示，年底前還將推出檢查報告線上查詢功能，並建設健康資訊平臺。"
    assert restore_config(repost) != "tw2sp"


def test_mainland_words_that_s2twp_would_have_rewritten_speak_against_it() -> None:
    # 高阶 votes for tw2sp (线上, not in jieba, does not), but 网络 and 信息 stand as s2t writes them (s2twp:
    # 網路, 資訊).
    repost = "業內人士表示，線下門店和線上渠道同步發力，高階智能駕駛功能今年有望普及，網絡信息服務也將升級。"
    assert restore_config(repost) != "tw2sp"


def test_differences_are_found_sentence_by_sentence_and_tile_both_texts() -> None:
    import itertools

    from pipeline.repair.phrasing import _opcodes

    a = "有关部门近日释出通知。\n晶片和软体都已国产化！项目负责人说，一切顺利。"
    b = "有关部门近日发布通知。\n芯片和软件都已国产化！项目负责人说，一切顺利。"
    ops = _opcodes(a, b)
    assert ops[0][1] == 0 and ops[-1][2] == len(a) and ops[-1][4] == len(b)
    assert all(x[2] == y[1] and x[4] == y[3] for x, y in itertools.pairwise(ops))
    assert {a[i1:i2] for tag, i1, i2, _, _ in ops if tag != "equal"} == {"释出", "晶", "体"}


def test_one_taiwan_phrasing_rare_on_the_mainland_is_enough_on_a_text_shown_converted() -> None:
    # our own mainland story through OpenCC s2twp: 发布 -> 釋出 is its only phrase (jieba: 释出 3, 发布 7785),
    # and the 新華社 dateline shows the conversion; it used to come back as 释出 (two votes needed)
    original = ("新华社南京5月8日电 记者从省文化和旅游厅获悉，全省公共图书馆将从下月起延长开放时间。"
                "省厅近日发布通知，要求各馆做好读者服务。")
    repost = ("新華社南京5月8日電 記者從省文化和旅遊廳獲悉，全省公共圖書館將從下月起延長開放時間。"
              "省廳近日釋出通知，要求各館做好讀者服務。")
    result = repair_text(repost)
    assert result.text == original
    assert "script:tw2sp" in [c.rule for c in result.changes]


def test_a_taiwan_article_with_those_phrasings_stays_as_written() -> None:
    taiwan = ("（中央社記者林佳穎台中12日電）市府今天釋出新一波社群小旅行專案，邀請在地店家與軟體業者合作，"
              "民眾可透過「台中好好玩」App報名。")
    result = repair_text(taiwan)
    assert result.text == taiwan
    assert result.script == "traditional"
    # forced to simplified on the user's word alone, one such word is its author's: converted character by character
    assert repair_text("市府今天釋出新的補助方案，社群網站也同步公告。", script="simplified").text == (
        "市府今天释出新的补助方案，社群网站也同步公告。")


def test_two_words_sharing_a_changed_character_are_two_votes() -> None:
    # s2twp of 软件 and 硬件: both differences are 体 -> 件, but 软体 and 硬体 are two words (two votes, which a
    # text converted on the user's word alone needs); they were one vote, and 软体/硬体 stayed
    original = ("新华社杭州3月2日电 记者从市经信局获悉，当地企业自主研发的软件和配套硬件已在多家工厂投入使用，"
                "帮助工人减少重复劳动。")
    repost = ("新華社杭州3月2日電 記者從市經信局獲悉，當地企業自主研發的軟體和配套硬體已在多家工廠投入使用，"
              "幫助工人減少重複勞動。")
    assert restore_config(repost, MIN_VOTES_FORCED) == "tw2sp"
    assert repair_text(repost, script="simplified").text == original


def test_words_s2twp_writes_for_two_mainland_ones_do_not_speak_against_it() -> None:
    # s2twp writes 建立 for 创建 and 建立, 核心 for 内核 and 核心: tw2sp's 创建, 内核 are clearly rarer and kept as
    # 建立, 核心, but s2twp would have written them too; they used to outvote 软体 and 专案 (kept as they were)
    repost = ("新華社成都4月6日電 記者從市科技局獲悉，該局近日建立了軟體專案資源庫，"
              "收錄本地企業自主開發的作業系統核心等成果。")
    assert repair_text(repost).text == ("新华社成都4月6日电 记者从市科技局获悉，该局近日建立了软件项目资源库，"
                                        "收录本地企业自主开发的操作系统核心等成果。")


def test_two_replaced_words_one_ideograph_apart_are_weighed_apart() -> None:
    # s2twp of 创建社区 is 建立社群: two replacements around 社, which were joined into one difference and read
    # as its commonest word (建立), so 社群 stayed; 建立 stays too (s2twp writes it for 创建 and 建立 alike)
    repost = ("新華社合肥7月9日電 記者從市教育局獲悉，今年暑假期間，全市中小學將開放操場和圖書室，"
              "建立社群學習點，方便學生就近閱讀和鍛鍊。")
    assert repair_text(repost).text == ("新华社合肥7月9日电 记者从市教育局获悉，今年暑假期间，全市中小学将开放操场和"
                                        "图书室，建立社区学习点，方便学生就近阅读和锻炼。")
