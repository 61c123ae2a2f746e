# ruff: noqa: E501
"""Audit24 stories: invented news articles (our own writing; no real article copied). Regional stories in
Russian, Japanese, Korean, Spanish and English, mainland Chinese stories (a wire story, a statistics story
with a table, a two-page feature), a genuine Taiwan original, and an English explainer with a list and a table."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit14"))
from a14_texts import Story  # audit14's story shape: its harness builds the pages

RU = Story(
    "Школьники Заречного превратили старый сарай в обсерваторию",
    (
        "Ученики средней школы посёлка Заречный за лето своими руками перестроили заброшенный сарай на школьном дворе в небольшую обсерваторию. Крышу над телескопом теперь можно раздвинуть вручную, а стены утеплены панелями, оставшимися после ремонта спортзала.",
        "Идею предложил учитель физики Андрей Мельников. По его словам, телескоп школе подарили ещё три года назад, но наблюдать было негде: на открытой площадке мешали фонари и ветер. «Ребята сами начертили проект, посчитали материалы и договорились с лесхозом о досках», — рассказал он.",
        "Часть расходов взял на себя местный перевозчик: по данным РЖД, станция Заречный в этом году передала школе списанные шпалы для фундамента. Ещё 48 тысяч рублей собрали родители.",
        "Первое открытое наблюдение назначено на 14 февраля. Посмотреть на Луну и Юпитер смогут все жители посёлка, запись ведётся в школьной библиотеке.",
    ),
    publisher="Заречные вести", author="Ирина Соколова", published="2026-02-09",
)

JA = Story(
    "商店街の空き店舗に子ども食堂　週２回の開設へ",
    (
        "みなと市の駅前商店街で、空き店舗を改装した子ども食堂が今月から開かれることになった。地元の商店主らでつくる実行委員会が運営し、毎週水曜と土曜の夕方に小中学生へ食事を無料で提供する。",
        "店舗は以前、和菓子店として使われていた約４０平方メートルの建物で、調理場をそのまま生かした。食材は市内の農家や鮮魚店から寄付を受けるほか、地元の高校生がボランティアとして配膳を手伝う。",
        "実行委員長の田村恵子さん（６２）は「商店街に子どもの声が戻ってくればうれしい。大人も一緒に食べられる場にしたい」と話している。",
    ),
    publisher="みなと新報", author=None, published="2026-03-04",
)

KO = Story(
    "섬마을 우체국, 드론으로 택배 배송 시작",
    (
        "남해안의 작은 섬마을 우체국이 이달부터 드론을 이용한 택배 배송을 시작했다. 배가 하루 두 번밖에 다니지 않는 섬 주민들은 그동안 소포 하나를 받는 데 사흘 이상 기다려야 했다.",
        "우체국은 무게 5킬로그램 이하의 소포를 대상으로 하루 세 차례 드론을 띄운다. 바람이 초속 10미터를 넘거나 비가 많이 오는 날에는 기존처럼 배편으로 배송한다.",
        "이 섬에서 40년째 살고 있는 박순자 씨는 \"약이나 급한 물건을 당일에 받을 수 있게 돼 마음이 놓인다\"고 말했다.",
    ),
    publisher="남해일보", author="김하늘", published="2026-04-15",
)

ES = Story(
    "Alcañiz recupera el molino harinero que abastecía a toda la comarca",
    (
        "El Ayuntamiento de Alcañiz ha terminado la restauración del antiguo molino harinero junto al río Guadalope, un edificio del siglo XIX que llevaba más de cuarenta años cerrado y con el tejado hundido.",
        "Las obras, que han costado 320.000 euros, han permitido recuperar la rueda hidráulica y las dos piedras de moler originales. «Queríamos que volviera a oírse el agua», explicó la concejala de Patrimonio, Lucía Beltrán.",
        "A partir de junio, el molino abrirá los fines de semana con visitas guiadas y una pequeña exposición sobre el oficio de molinero, con fotografías cedidas por las familias del pueblo.",
    ),
    publisher="Diario del Bajo Aragón", author="Marta Lázaro", published="2026-05-02",
)

EN = Story(
    "Harbor town votes to turn old ferry terminal into a library",
    (
        "Residents of Port Ellery voted 412 to 188 on Tuesday to convert the town’s shuttered ferry terminal into a public library, ending a two-year debate over what to do with the waterfront building.",
        "The terminal has stood empty since the island ferry moved to a deeper berth in 2023. Supporters argued that the building’s tall windows and harbor views made it “the best reading room on the coast,” while opponents worried about the cost of flood-proofing.",
        "Town manager Rosa Whitcomb said design work would begin this summer. “We’re not going to pretend it’s cheap — but it’s ours, and now it will be open every day,” she said.",
        "The current library, a converted schoolhouse on Elm Street, will remain open until the move, expected in early 2028.",
    ),
    publisher="The Coastline Courier", author="Daniel Pryce", published="2026-06-11",
)

EN_LIST = Story(
    "What changes with the new recycling schedule",
    (
        "Starting March 2, Millbrook will collect recycling every other week instead of weekly. City officials say the switch will save about $240,000 a year.",
        "Here is what residents need to know:",
        "Blue bins go out on the same day as trash, but only on “A” weeks.",
        "Glass is no longer accepted curbside and goes to the drop-off site on Mill Road.",
        "Households that fill their bin can request a second one for free.",
        "The schedule by neighborhood:",
        "Neighborhood Pickup day First week",
        "North End Monday March 2",
        "Riverside Wednesday March 4",
        "Old Town Friday March 6",
        "Questions can be sent to the public works office, which will also mail printed calendars to every address.",
    ),
    publisher="Millbrook Ledger", author="Karen Oduya", published="2026-02-20",
)

ZH_WIRE = Story(
    "多地试点“社区食堂+养老服务” 老人就餐更方便",
    (
        "新华社南京3月18日电 记者从民政部门了解到，今年以来，江苏、浙江、四川等地在城市社区试点“社区食堂+养老服务”模式，把助餐点和日间照料中心建在一起，老年人在家门口就能吃上热饭。",
        "在南京市鼓楼区的一处社区食堂，一份两荤一素的午餐售价12元，80岁以上老人还可享受每餐3元的补贴。食堂负责人说，每天中午来就餐的老人有200多位，行动不便的老人还可以通过电话预约送餐上门。",
        "民政部门有关负责人表示，下一步将总结各地经验，一是推动助餐服务向农村延伸，二是引导社会力量参与运营，三是加强食品安全监管，让老年人吃得放心。",
    ),
    publisher="新华社", author=None, published=None,
)

ZH_DATA = Story(
    "一季度全市快递业务量同比增长18.6%",
    (
        "本报讯（记者 孙雅琴）市邮政管理局日前发布数据，一季度全市快递业务量累计完成3.42亿件，同比增长18.6%；业务收入累计完成29.7亿元，同比增长12.1%。",
        "分区域看，各区快递业务量如下：",
        "区域 业务量（万件） 同比增长",
        "城东区 9860 21.3%",
        "城西区 8140 16.8%",
        "高新区 7520 19.4%",
        "市邮政管理局相关负责人介绍，农村地区快递网点覆盖率已达到98%，“快递进村”让不少农产品搭上了电商快车。",
    ),
    publisher="江城日报", author="孙雅琴", published="2026-04-12",
)

ZH_PAGED1 = Story(
    "老街区里的“修补匠”：一家修表铺的四十年",
    (
        "在城南老街的拐角处，有一家不到六平方米的修表铺。66岁的周师傅每天早上七点半准时拉开卷帘门，戴上放大镜，开始一天的工作。",
        "周师傅18岁跟着师父学手艺，1986年在这条街上开了自己的铺子。四十年里，街上的店换了一茬又一茬，他的修表铺却一直开着。",
        "“以前修的是上海牌、钻石牌，现在拿来的多是老人留下的表，有的已经停了几十年。”周师傅说，很多人修表不是为了看时间，而是为了留个念想。",
    ),
    publisher="城南晚报", author="陈晓雯", published="2026-01-22",
)

TW = Story(
    "花蓮海岸步道整修完工　週末重新開放",
    (
        "（中央社記者林志明花蓮18日電）花蓮縣政府今天宣布，因颱風受損而封閉近一年的海岸步道已整修完工，將於本週六重新開放，民眾可沿著步道欣賞太平洋海景。",
        "縣府觀光處表示，這次整修共投入新台幣2800萬元，除了重鋪木棧道，也加裝了夜間照明與緊急求救鈴。步道全長約3.2公里，沿途設有4處觀景平台。",
        "觀光處長陳美惠說，週末開放首日將安排導覽志工，介紹沿岸的潮間帶生態，也提醒民眾注意安全，颱風或大浪期間步道將暫停開放。",
    ),
    publisher="中央社", author="林志明", published=None,
)
