"""A lost byte read in step again (decode_realign) where the decoder's reading was kept before: a traditional text
served in GBK (a run the decoder fails in, a trail read alone), a decoder's reading with two U+FFFD for one lost
byte, and places that all read better than the decoder's but which the page cannot tell apart. The texts are our
own; the first four tests failed before the fix."""

from __future__ import annotations

from pipeline.decode import decode_bytes
from pipeline.decode_readings import TRADITIONAL_GB, page_family

TRADITIONAL = ["受強冷空氣影響，本週後期全省氣溫將明顯下降，最高氣溫只有攝氏度數個位數。",
               "氣象臺預計，週五零攝氏度線將南壓到江南南部，北部山區會出現雨夾雪或凍雨天氣。",
               "專家提醒，市民應關注天氣預報，及時增添衣物，駕車出行注意道路結冰。"]
SIMPLIFIED = ["如果出现头痛、乏力等症状，要及时到医院检查，不要自己随便吃药。",
              "医生介绍，这几天来看病的人明显增多，大部分是老人和孩子。",
              "医院已经增加了门诊的医生，延长了服务时间，方便群众看病。"]
HONG_KONG = ["天文台今天下午發出寒冷天氣警告，預計明早市區氣溫跌至攝氏八度。",
             "市民外出應穿著足夠衣服，長者及長期病患者要特別留意身體狀況。"]


def _page(paras: list[str], codec: str) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return f'<html><head><meta charset="{codec}"><title>天氣</title></head><body>{body}</body></html>'.encode(codec)


def _lead_lost(paras: list[str], codec: str, char_in: str, char: str) -> str:
    """The page in ``codec`` with the lead byte of ``char`` (in the phrase ``char_in``) dropped, decoded."""
    raw = _page(paras, codec)
    at = raw.index(char_in.encode(codec)) + len(char_in[: char_in.index(char)].encode(codec))
    return decode_bytes(raw[:at] + raw[at + 1 :], f"text/html; charset={codec}").text


def test_a_traditional_text_in_gbk_is_read_in_step_again() -> None:
    """零攝氏度線將 lost 度's lead byte: 度's trail with 線's lead reads 染, a common simplified character, and the
    decoder fails at 線's trail (染�將). Judged as simplified prose, the reading in step (�線將) read worse: 線 is
    outside GB2312. On a page writing traditional text every traditional character common in Big5 is as common;
    the two tie, and the page's 攝氏度 places the byte."""
    text = _lead_lost(TRADITIONAL, "gbk", "度線將", "度")
    assert "零攝氏\ufffd線將南壓" in text
    assert "染" not in text


def test_a_trail_read_alone_in_a_traditional_text_in_gbk_is_read_in_step_again() -> None:
    """留在禮堂 lost 在's lead byte: 在's trail with 禮's lead reads 诙, and 禮's trail (GBK B6 59) is read alone as Y,
    with no undecodable byte (留诙Y堂). Judged as simplified prose, the reading in step (留\ufffd禮堂) was no less
    odd than the decoder's (禮 is outside GB2312) and was left; on a page writing traditional text it reads in step."""
    paras = ["晚會結束後，不少學生留在禮堂，圍著老師們合影留念，久久不願離開。",
             "學校表示，今後每年都會舉辦這樣的晚會，讓學生們在舞臺上展示自己。",
             "家長們說，孩子們為這次演出準備了兩個多月，進步很大。"]
    assert "學生留\ufffd禮堂，圍著" in _lead_lost(paras, "gbk", "在禮堂", "在")


def test_a_decoders_reading_with_two_replacements_yields_to_one_stray_byte() -> None:
    """下午發出 lost 午's lead byte in Big5: its trail with 發's lead is no character, and the decoder replaced two
    bytes (下��o出) where one stray byte explains the run (下�發出)."""
    text = _lead_lost(HONG_KONG, "big5", "下午發出", "午")
    assert "今天下\ufffd發出寒冷" in text


def test_places_the_page_cannot_tell_apart_keep_the_decoders_reading_longest() -> None:
    """等症状 lost 症's lead byte: the run reads out of step (⒆矗…) to the paragraph's end. Leaving out the stray
    byte (等�状) reads as well as leaving out a byte one or two characters before it (乏力�娶状: 娶 and 吹 are
    common), and the page writes none of the pairs: the place nearest the decoder's failure keeps its reading,
    which was right up to there."""
    text = _lead_lost(SIMPLIFIED, "gbk", "等症状", "症")
    assert "乏力等\ufffd状，要及时到医院检查，不要自己随便吃药。</p>" in text


def test_a_simplified_page_is_judged_as_simplified_prose() -> None:
    """Guard: a simplified page (some GB2312 level-2 characters) keeps the zh family, a traditional one in GBK is
    judged by either table, a Big5 page by its own."""
    assert page_family("".join(SIMPLIFIED) + "邯郸的馄饨", "gb18030") == "zh"
    assert page_family("".join(TRADITIONAL), "gb18030") == TRADITIONAL_GB
    assert page_family("".join(TRADITIONAL), "big5hkscs") == "tw"


def test_a_byte_lost_at_a_simplified_runs_end_stays_where_the_decoder_reads_it() -> None:
    """Guard: 。 lost its trail byte at a paragraph's end; the decoder's own reading (看病�) is kept."""
    raw = _page(SIMPLIFIED, "gbk")
    at = raw.index("看病。</p>".encode("gbk")) + 5
    assert "方便群众看病\ufffd</p>" in decode_bytes(raw[:at] + raw[at + 1 :], "text/html; charset=gbk").text


def test_rare_simplified_characters_read_out_of_step_stay_odd_on_a_traditional_page() -> None:
    """Guard: 江豚的食物 lost 豚's lead byte; read out of step up to 時's trail read alone, the run holds 嗟 and 澄.
    Leaving out 來's lead reads 江嗟氖澄\\ufffd來源: were every ideograph of Big5's common table counted common, it
    would tie with the reading in step and, nearest the letter, be kept. 嗟 is a rare simplified character (GB2312's
    second level), no converter's traditional form: it stays odd."""
    paras = ["禁漁以來，長江魚類資源逐步恢復，江豚的食物來源更加充足。與此同時，沿江各地加強了岸線整治。",
             "科考人員表示，江豚數量回升得益於長江十年禁漁，但江豚仍屬於極度瀕危物種。",
             "專家建議，繼續加強棲息地保護，為江豚種群的進一步恢復創造條件。"]
    assert "恢復，江\ufffd的食物來源" in _lead_lost(paras, "gbk", "豚的食物", "豚")
