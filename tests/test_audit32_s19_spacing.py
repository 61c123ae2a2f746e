# ruff: noqa: E501
"""Audit32 session 19: copy-detection spaces and separators the fresh seeds (45, 46) showed wrong. The texts are
our own; each test failed before its fix (the guards pass before and after)."""

from __future__ import annotations

from pipeline.api import clean_text
from pipeline.repair import repair_text

TITLE = "江城图书馆延长周末开放时间\n\n"


def _story(a: str, b: str, c: str) -> str:
    return (f"本报讯 江城图书馆从本月起延长周末开放时间，周六、周日闭馆时间推迟到晚上9点。馆方介绍，周末{a}以学生和上班族为主，晚间的阅览座位常常一座难求。\n\n"
            f"为了配合新的开放时间，图书馆增加了{b}值班人员，并开通自助借还服务。不少读者表示，下班后终于有时间来馆里{c}看书了。\n")


def test_invisible_characters_between_ideographs_mark_the_page_as_sprinkled_so_its_few_odd_spaces_go() -> None:
    """Two odd spaces mid-sentence are too few to prove the pattern; zero-width characters between ideographs
    (gone by the time the spaces are judged: the zero-width fixer counts them) are the obfuscator's mark, like
    its readings and narrow spaces."""
    story = _story("的\u3000读者", "夜间", "安\u00a0静").replace("周六", "周\u200b六").replace("座位", "座\u200d位").replace("自助", "自\u2060助")
    rec = repair_text(TITLE + story)
    assert "周末的读者以学生" in rec.text and "来馆里安静看书" in rec.text and "周六、周日" in rec.text
    assert "odd_space" not in {f.rule for f in rec.flags}


def test_one_invisible_character_is_no_mark_and_the_few_odd_spaces_stay_flagged() -> None:
    """The guard: a single zero-width space (a CMS's line-break hint) does not make the page an obfuscator's."""
    rec = repair_text(TITLE + _story("的\u3000读者", "夜间", "安\u00a0静").replace("周六", "周\u200b六"))
    assert "的\u3000读者" in rec.text
    assert "odd_space" in {f.rule for f in rec.flags}


_GBK_DUMP = ("新华社郑州6月20日电（记者 秦语川）记者从河南省 粮食和物资储备 局了解到，截至19日，全省 各类粮食企业累计收购新产 小麦812万吨，收购进度已 经过半。\n\n"
             "今年不少收 购点推出了手 机预约、线上结算等 服务。在周口市\u3000一处收储库，农民扫码 排队后，平均20分钟就 能完成检验、过磅和结算。\n")


def test_ascii_spaces_go_on_a_glossed_page_with_many_odd_spaces_though_few_split_a_word() -> None:
    """A GBK dump writes the obfuscator's NBSPs as plain spaces. Twelve of them on two body lines, but only a
    quarter inside a two-character word (the obfuscator's places are random, and most joints of Chinese text fall
    between words): the share rule kept them all but the ideographic one. The page's readings stand for the
    share: the ASCII spaces go too; the byline's and the dateline's stay."""
    glossed = _GBK_DUMP.replace("农民", "农(nóng)民").replace("收储库", "收储(chǔ)库").replace("预约", "预(yù)约")
    rec = repair_text(TITLE + glossed)
    assert rec.text.split("\n")[2] == "新华社郑州6月20日电（记者 秦语川）记者从河南省粮食和物资储备局了解到，截至19日，全省各类粮食企业累计收购新产小麦812万吨，收购进度已经过半。"
    assert "今年不少收购点推出了手机预约、线上结算等服务。在周口市一处收储库，农民扫码排队后，平均20分钟就能完成检验、过磅和结算。" in rec.text


def test_ascii_spaces_stay_on_a_page_without_the_obfuscators_marks() -> None:
    """The guard: the same dump without readings, narrow spaces or invisibles: ASCII spaces between words are
    no proof; kept (the ideographic one, with too few inside words, flagged)."""
    rec = repair_text(TITLE + _GBK_DUMP)
    assert "记者从河南省 粮食" in rec.text


def test_a_headlines_separator_before_a_lost_lead_bytes_mark_stays() -> None:
    """春茶开采\u00a0茶?r用上智能采茶机: the "?" after 茶 is a lost lead byte's (r its stranded trail byte), no mark
    ending a phrase, so the separator does not leave 茶 alone and stays (it falls inside 采茶, a word)."""
    body = ("中新社杭州4月2日电（记者 林晓禾）清明前后，浙江多地春茶陆续开采。在安吉\u3000县一处茶园，3台采\u2002茶机正沿着茶垄\u00a0缓缓前行。\n\n"
            "茶农介绍，一台采茶机一天可采\u3000鲜叶约400公斤，相当于30个熟练工人的工作量，鲜叶\u2002的完整率也不断提高。\n")
    rec = clean_text("春茶开采\u00a0茶?r用上采茶机\n\n" + body)
    assert rec.title is not None and rec.title.replace("\u00a0", " ") == "春茶开采 茶?r用上采茶机"
    assert "在安吉县一处茶园，3台采茶机正沿着茶垄缓缓前行。" in rec.text


def test_a_lost_lead_bytes_mark_does_not_end_the_bylines_clause() -> None:
    """（记者\u2002?K映雪 实习生 唐可） on a page with many odd spaces: the "?" before the stranded 'K' is no
    question mark ending the clause, so the space before 实习生 stays the byline's separator (a guard for the rule
    above taking ASCII spaces: it took this one until the clause was read through the "?")."""
    body = ("本报讯（记者\u2002?K映雪 实习生 唐可）自5月起，省博物馆每周五、周六开放\u00a0夜场至21时。开放首月，夜场共接待\u00a0观众8.2万人次。\n\n"
            "夜场期间，博物馆推出了特展和互动讲解活动。馆方表示，将根据观众反馈调整夜场展览\u2002内容，并增加文创产品供给。\n")
    rec = clean_text("博物馆夜场开放首月接待观众超8万人次\n\n" + body.replace("开放首月", "开\u202f放首\u2009月").replace("文创", "文\u202f创"))
    assert rec.text.replace("\u2002", " ").startswith("本报讯（记者 ?K映雪 实习生 唐可）自5月起，省博物馆每周五、周六开放夜场至21时。")
