"""A lost lead byte with the residue of its misaligned read (展?fàn)I造, the seed's shape): of the candidates whose
misaligned character reads the residue, those outside GB2312 are left out when some are in it, as they are where
the lost character's own reading follows: a repost with readings starts from common mainland text. The texts are
our own; the first two tests failed before (two candidates: flagged, the spot left as it came)."""

from __future__ import annotations

from pipeline.api import clean_text


def _rules(text: str) -> set[str]:
    return {f.rule for f in clean_text(text).flags}


def test_a_rare_candidate_reading_the_residue_leaves_the_common_one() -> None:
    """從?nī）p處罰: 'p' is the trail of 輕 (GBK DD 70) and of the rare 豴 (D8 70); 從's trail C4 with their leads
    reads 妮 (nī) and 呢 (ne, nī among its readings). 輕 is restored."""
    story = "法院判決\n\n法院認為，被告人如實供述，取得了商戶諒解，依法從?nī）p處罰。\n"
    rec = clean_text(story)
    assert "依法從輕處罰" in rec.text or "依法从轻处罚" in rec.text
    assert "lost_lead_byte" not in _rules(story)


def test_a_name_whose_character_lost_its_lead_byte_is_restored() -> None:
    """李?pí)t梅: 't' is the trail of 紅 (GBK BC 74) and of the rare 雝 (EB 74); 李's trail EE with their leads
    reads 罴 (pí) and 铍 (pī, pí among its readings). 紅 is restored."""
    story = "鄉村醫生\n\n鄉村醫生李?pí)t梅在衛生室工作了二十多年。\n"
    assert "李紅梅" in clean_text(story).text or "李红梅" in clean_text(story).text


def test_two_common_candidates_reading_the_residue_stay_flagged() -> None:
    """Guard: 李?tián)O: 'O' is the trail of 孫 and of 監, both common (李's trail with their leads reads 顚 and 畋,
    both tián; the rare 銸 is left out): nothing settles it, the spot is flagged and left."""
    story = "社區新聞\n\n社區工作人員李?tián)O女士介紹了活動安排。\n"
    rec = clean_text(story)
    assert "李?tián)O女士" in rec.text
    assert "lost_lead_byte" in _rules(story)
