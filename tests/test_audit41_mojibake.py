"""Audit41's mojibake fix: a piece of UTF-8 text read as GBK (or Big5) in the middle of a clean clause, with
clean words glued to it on both sides. The texts are our own; the first test failed before the fix."""

from __future__ import annotations

import pytest

from pipeline.api import clean_text
from pipeline.repair.utf8_cores import utf8_cores

TITLE = "拖欠货款拒不履行判决　一公司法定代表人被拘留"
PARAS = ["近日，青州市人民法院执行一起买卖合同纠纷案件，对拒不履行生效判决的被执行人依法采取司法拘留措施。",
         "法院审理后认为，双方签订的买卖合同系真实意思表示，合法有效，被告应当承担继续履行和赔偿损失的责任。",
         "执行法官多次约谈被执行人的法定代表人，告知其拒不履行的法律后果，记者从法院获悉，目前执行款已经到位。"]


@pytest.mark.parametrize(("para", "piece"), [
    (0, "买卖合同纠纷"),  # 执行一起涔板崠鍚堝悓绾犵悍案件: clean words on both sides, no punctuation
    (1, "订的买卖合同"),  # 签璁㈢殑涔板崠鍚堝悓系: a clean character after the piece continues its UTF-8 (系 is CF B5)
    (2, "行人的法定代表人"),
])
def test_a_utf8_piece_read_as_gbk_inside_a_clause_is_restored(para: int, piece: str) -> None:
    moji = piece.encode("utf-8").decode("gbk")
    paras = list(PARAS)
    paras[para] = paras[para].replace(piece, moji)
    rec = clean_text(TITLE + "\n\n" + "\n\n".join(paras))
    assert (rec.title, rec.text) == (TITLE.replace("　", "\u3000"), "\n".join(PARAS))


CLEAN = ["各级领导干部要主动上门服务，推动营商环境持续改善，扩大企业投资项目承诺制试点范围。",
         "依法采取司法拘留措施，双方签订的买卖合同系真实意思表示，清理妨碍统一市场和公平竞争的规定。",
         "轨道交通一体化，航空各自为战，绿色低碳转型，部分地区交通服务水平还需提升，对于轻微违法行为。"]


@pytest.mark.parametrize("line", CLEAN)
def test_clean_words_whose_bytes_read_as_utf8_are_left(line: str) -> None:
    """Clean common words are often whole UTF-8 in GBK (统一 is CD B3 D2 BB: U+0373 U+04BB; 院执 is D4 BA D6 B4):
    every such core of a clean clause is offered to the fixer, which must leave it (its reading is no
    language and reads worse than the clause)."""
    from pipeline.repair.mojibake import undo_layers

    cores = list(utf8_cores(line, 0, len(line), list(range(len(line)))))
    assert cores
    for a, b in cores:
        assert undo_layers(line[a:b], (line[a - 1 : a], line[b : b + 1]))[1] == []
    rec = clean_text(TITLE + "\n\n" + line)
    assert rec.text == line


def test_a_short_utf8_piece_of_common_characters_no_dictionary_pair_vouches_for_is_restored() -> None:
    """防寒保暖 in UTF-8 read as GBK (闃插瘨淇濇殩): its reading is perfect, but no dictionary bigram or frequent
    character list holds it, so the language gate refused it; four common characters of one table read from
    whole UTF-8 bytes are the evidence."""
    para = "气象台提醒，寒潮过境期间市民外出要注意防寒保暖，及时添加衣物，老人和儿童尽量减少户外活动。"
    moji = para.replace("防寒保暖", "防寒保暖".encode().decode("gbk"))
    rec = clean_text("寒潮来袭气温骤降\n\n" + moji + "\n\n" + PARAS[0])
    assert rec.text == para + "\n" + PARAS[0]


@pytest.mark.parametrize(("para", "piece"), [
    ("据介绍，乘客可以用手机刷二维码进站，不用再排队购票。", "手机刷二"),  # 维 after it is CE AC: ά
    ("据介绍，今年的专项资金已经到位投入使用，还有三个项目正在招标。", "投入使用"),  # 位 before it is CE BB: λ
    ("执法人员在城区的农贸市场和超市抽检了蔬菜水果。", "市场和超"),  # 农贸 before it: ũó
])
def test_a_clean_character_beside_the_piece_is_not_read_as_a_greek_letter(para: str, piece: str) -> None:
    """A clean ideograph beside the piece whose GBK bytes are by themselves a whole 2-byte UTF-8 letter (维, 位)
    opened a longer span that read as well: the piece was restored with a Greek letter glued on (刷手机二ά码,
    到λ投入使用), a text nobody wrote. The span without it is tried first."""
    moji = para.replace(piece, piece.encode().decode("gbk"))
    rec = clean_text(TITLE + "\n\n" + moji)
    assert rec.text == para


@pytest.mark.parametrize(("para", "piece"), [
    ("保护区的工作人员多次观察到带着幼崽的母鹿在林边觅食。", "观察到带"),  # 瑙傚療鍒板甫 reads fairly well as it is
    ("今年的新增债券将优先保障重大项目和民生工程。", "先保障重大项"),  # 项 ends in 」 (E9 A1 B9 read as 椤」)
])
def test_a_short_utf8_piece_of_four_whole_characters_is_restored(para: str, piece: str) -> None:
    """Four whole 3-byte UTF-8 characters (12 bytes) read from six double-byte ones are evidence enough, as a
    long run's are, though the mojibake itself reads fairly well; and the mojibake of a character may end
    in CJK punctuation, where the fixer's pieces were cut."""
    moji = para.replace(piece, piece.encode().decode("gbk"))
    rec = clean_text(TITLE + "\n\n" + moji)
    assert rec.text == para
