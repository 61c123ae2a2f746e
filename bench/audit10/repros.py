# ruff: noqa: E501
"""Minimal reproductions of what audit10 still finds failing (of 115 cases), each a few lines of our own text.

    source /work/venv/bin/activate && PYTHONPATH=$PWD python bench/audit10/repros.py [ID ...]

Each runs through the public API (pipeline.api.clean_text / clean_html, the stages of ``repost clean``)
and prints ok/FAIL with the field it checks. Exits 0. Four are decode findings (not this audit's to fix).
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))
from sibling import load  # noqa: E402

a4 = load(BENCH / "audit4" / "repros.py", "audit4_repros")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import a10_intl as VN  # noqa: E402  (the case's own page builder)
from a10_texts import VI_METRO as VT_STORY  # noqa: E402

Repro, html, text = a4.Repro, a4.html, a4.text

ZT = "非遗竹编走进中小学课堂"
Z1 = "本学期起，县里8所中小学开设了竹编兴趣课，由当地非遗传承人走进课堂授课。"
Z2 = "县教育局介绍，下一步将编写竹编校本教材，并在暑期举办青少年竹编作品展。"
VT = "Tuyến buýt điện đầu tiên nối sân bay với trung tâm thành phố"
V1 = "Sáng 24/11, tuyến xe buýt điện nối sân bay với trung tâm thành phố chính thức đi vào hoạt động."
V2 = "Tuyến dài 28 km, có 14 điểm dừng, tần suất 15 phút một chuyến vào giờ cao điểm."
V3 = "Trong tháng đầu tiên, hành khách được miễn phí vé khi thanh toán bằng thẻ không tiếp xúc."
TT = "Belediye, sahil yolunda bisiklet yolu yapımına başladı"
T1 = "Büyükşehir Belediyesi, sahil yolu boyunca 8 kilometrelik bisiklet yolunun yapımına başladı."
T2 = "Yeni yol, şehir merkezini üniversite kampüsüne bağlayacak ve öğrencilerin ulaşımını kolaylaştıracak."
AT = "افتتاح حديقة عامة جديدة في حي النخيل"
A1 = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي النخيل بمساحة خمسة آلاف متر مربع."
A2 = "وتضم الحديقة ملاعب للأطفال ومسارات للمشي وأكثر من ثلاثمئة شجرة."
GT = "Νέα γραμμή λεωφορείων συνδέει το λιμάνι με το κέντρο"
G1 = "Σε λειτουργία τέθηκε από τη Δευτέρα η νέα γραμμή λεωφορείων που συνδέει το λιμάνι με το κέντρο της πόλης."
G2 = "Τα δρομολόγια θα εκτελούνται κάθε είκοσι λεπτά, από τις έξι το πρωί έως τα μεσάνυχτα."
HT = "נפתח גן ציבורי חדש בשכונת הפרחים"
H1 = "העירייה פתחה השבוע גן ציבורי חדש בשכונת הפרחים, בשטח של ארבעה דונם."
H2 = "בגן נשתלו מאות עצים, והוקמו בו מגרש משחקים ושבילי הליכה."
JT = "近所のパン屋さんが閉店してしまった話"
J1 = "家から歩いて5分ほどのところにあった小さなパン屋さんが、先週末で閉店してしまいました。"
J2 = "最終日は開店前から行列ができていて、私が着いたときにはもう食パンしか残っていませんでした。"


def page(body: str, title: str, lang: str, charset: str = "utf-8") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}</title></head><body>{body}</body></html>'


REPROS = [
    Repro("zh_icon_info_bare_name", "strip/textmeta.author_in_text: PbootCMS's info line '<i fa-calendar> date <i fa-user> 罗敏 <i fa-eye> 256' gives the author as a bare name between a date and a count",
          html(page(f'<h2>{ZT}</h2><div class="info"><i class="fa fa-calendar"></i> 2026-11-05 &nbsp;<i class="fa fa-user"></i> 罗敏 &nbsp;<i class="fa fa-eye"></i> 256</div><div class="content"><p>{Z1}</p><p>{Z2}</p></div>', ZT, "zh-CN")), "author", "罗敏"),
    Repro("zh_source_in_img_alt", "strip/dom: '来源：<img alt=\"光明日报\">' (the outlet's logo) — image alt text is never read",
          html(page(f'<h1>{ZT}</h1><div class="meta">2026-11-10 来源：<img src="/logo.png" alt="光明日报"></div><div class="content"><p>{Z1}</p><p>{Z2}</p></div>', ZT, "zh-CN")), "publisher", "光明日报"),
    Repro("zh_slide_counter_glued", "strip: a slide's counter span glued to its caption ('1/4' + '11月22日，…') stays at the caption's start",
          html(page('<h1>组图：湿地迎来越冬候鸟</h1><div class="content">' + "".join(f'<div class="pic"><img src="/{i}.jpg"><p class="pic-txt"><span class="num">{i}/2</span>{t}</p></div>' for i, t in ((1, Z1), (2, Z2))) + '</div>', ZT, "zh-CN")), "text", f"{Z1}\n{Z2}"),
    Repro("zh_stock_quote_tag", "strip: a finance portal's stock tag '[$古井春(000002)$]' around a company's name in the text is kept whole (the paper wrote 古井春)",
          html(page(f'<h1>白酒板块午后走强</h1><div class="content"><p>个股方面，<span class="stock">[$古井春(000002)$]</span>涨5.4%，北方窖藏涨4.8%。</p><p>{Z2}</p></div>', ZT, "zh-CN")), "text", f"个股方面，古井春涨5.4%，北方窖藏涨4.8%。\n{Z2}"),
    Repro("zh_dump_title_glued_to_lead", "strip/wraps.split_glued: a title glued to its lead by the lead's indent ('标题　　11月25日，…'); split only after a sentence's end, since a dateline (新华社北京…电　　) is glued the same way",
          text(f"{ZT}\u3000\u3000{Z1}\n\n\u3000\u3000{Z2}\n"), "title", ZT),
    Repro("vi_sapo_outside_article", "strip/filtering: VnExpress's lead paragraph (p.description, between the headline and article.fck_detail) is dropped as outside the article box, like a standfirst (audit5's convention drops standfirsts; this one is the article's first paragraph)",
          html(VN.vn_news(VT_STORY)), "text", "\n".join(VT_STORY.paras)),
    Repro("ja_blog_name_and_tagline", "strip/text: a blog's name and tagline above the post's title in a copy ('ゆるり日記' / '毎日のちいさなできごと' / title)",
          text(f"ゆるり日記\n\n毎日のちいさなできごと\n\n{JT}\n\n2026-11-23\n\n{J1}\n\n{J2}\n"), "title", JT),
    Repro("tr_yazar_div", "strip/vocab.AUTHOR_NAME_ELEMENTS: a Turkish site's author in div.yazar (a name alone); a class selector for it is one more walk, not added",
          html(page(f'<h1>{TT}</h1><div class="yazar">Mehmet Çelik</div><div class="tarih">27.11.2026 14:30</div><div class="haber-metni"><p>{T1}</p><p>{T2}</p></div>', TT, "tr")), "author", "Mehmet Çelik"),
    Repro("nl_door_byline", "strip/textmeta: Dutch 'Door Pieter Jansen' bylines are not read: 'Door' opens English headings too (Door Check Gas Springs, a WCXB page)",
          html(page(f'<h1>Gemeente plaatst dertig nieuwe laadpalen</h1><p class="byline">Door Pieter Jansen</p><div class="article-body"><p>{T1}</p><p>{T2}</p></div>', "x", "nl")), "author", "Pieter Jansen"),
    Repro("decode_cp1254_labelled_utf8", "decode (not this audit's): Turkish cp1254 bytes labelled UTF-8 are read as cp1252 (ı ş ğ İ -> ý þ ð Ý) though <html lang=tr>",
          html(page(f'<h1>{TT}</h1><div class="content"><p>{T1}</p><p>{T2}</p></div>', TT, "tr").encode("cp1254")), "title", TT),
    Repro("decode_cp1253_labelled", "decode (not this audit's): Greek windows-1253 with a correct <meta> label is read as Cyrillic (the plausibility model has no Greek)",
          html(page(f'<h1>{GT}</h1><div class="content"><p>{G1}</p><p>{G2}</p></div>', GT, "el", "windows-1253").encode("cp1253")), "title", GT),
    Repro("decode_cp1255_labelled", "decode (not this audit's): Hebrew windows-1255 with a correct <meta> label is read as Cyrillic (no Hebrew in the plausibility model)",
          html(page(f'<h1>{HT}</h1><div class="content"><p>{H1}</p><p>{H2}</p></div>', HT, "he", "windows-1255").encode("cp1255")), "title", HT),
    Repro("decode_cp1256_labelled", "decode (not this audit's): Arabic windows-1256 with a correct <meta> label is read as koi8-r ('cp1256 reads poorly (0.00)': the plausibility model has no Arabic)",
          html(page(f'<h1>{AT}</h1><div class="content"><p>{A1}</p><p>{A2}</p></div>', AT, "ar", "windows-1256").encode("cp1256")), "title", AT),
]


def main(argv: list[str]) -> int:
    return int(a4.run_repros(REPROS, argv))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
