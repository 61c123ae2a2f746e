# ruff: noqa: E501
"""Audit23 stories: invented articles (our own writing; no real article copied), the originals the
byte-damaged and mislabeled pages are built from. Chinese (simplified mainland, traditional Taiwan),
Japanese, Korean, Russian and Western-European stories, and controls that look damaged but are right: an
article about mojibake that quotes 锟斤拷 / 烫烫烫 / Ã©, rare CJK characters, Latin letters glued to Chinese
words (X光, B超), ASCII question marks after Chinese questions, Portuguese capitals with Ã, a Russian
article quoting кракозябры, a Korean story with cp949-only syllables, half-width katakana."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit14"))
from a14_texts import Story  # audit14's story shape: its harness builds the pages

LIBRARY = Story(
    "青石镇图书驿站开馆 留守儿童有了读书角",
    (
        "本报讯 3月28日上午，青石镇第一座图书驿站在镇中心小学旁正式开馆。驿站由一间闲置的供销社仓库改建而成，藏书约6000册，其中儿童读物占一半以上。",
        "驿站负责人刘晓燕介绍，镇上有不少留守儿童，放学后常常无处可去。图书驿站每天开放到晚上七点，周末全天开放，并安排志愿者为孩子们辅导作业、讲故事。",
        "开馆当天，二十多名志愿者从县城赶来帮忙整理书架。大学生志愿者周一鸣说，他小时候也是留守儿童，希望能把读书的乐趣带给更多孩子。",
        "据了解，县文旅局计划今年在全县再建设8座图书驿站，并通过流动借阅车把新书送到偏远的村小。",
    ),
)

FERRY = Story(
    "澜沧江老渡口换上电动渡船 两岸村民过江时间缩短一半",
    (
        "新华社昆明5月6日电（记者 杨思远）云南省澜沧江畔的勐龙渡口6日迎来一艘新造的电动渡船。这艘渡船长22米，可同时搭载60名乘客和8辆摩托车，取代了已经服役近二十年的柴油渡船。",
        "勐龙渡口是两岸五个村寨村民赶集、就医、上学的必经之路。老渡船噪音大、速度慢，单程要花近二十分钟；电动渡船启用后，单程只需九分钟左右。",
        "船长岩罕说，电动渡船不仅安静，而且没有柴油味，乘客坐得更舒服。当地交通部门还在渡口旁修建了候船亭和充电桩，方便村民在雨季出行。",
    ),
    "新华社",
    "杨思远",
)

RICE = Story(
    "花蓮玉里稻米產銷班推「產地直送」 首批訂單兩週售罄",
    (
        "【本報花蓮訊】花蓮縣玉里鎮稻米產銷班今年首度推出「產地直送」服務，消費者在網路下單後，稻米從碾米廠直接寄到家中。產銷班班長陳志豪說，首批500份訂單在兩週內全部售罄，比預期快了一倍。",
        "陳志豪表示，過去稻米要經過盤商、批發商才能上架，農民收入有限；改走產地直送後，每公斤收購價提高約8元。產銷班也請來年輕人負責包裝設計與網路客服，讓老農專心照顧稻田。",
        "玉里鎮農會總幹事林美惠指出，產地直送的關鍵在於品質穩定，農會已協助產銷班建立碾米履歷，每包米都能查到收割日期與田區編號。她說，明年將把經驗推廣到富里、瑞穗等鄉鎮。",
        "不少消費者在留言中提到，收到的新米香氣十足，也願意長期訂購。產銷班計畫下半年增加糙米與胚芽米品項，並與在地民宿合作推出體驗行程。",
    ),
)

TIDE = Story(
    "基隆潮境公園增設夜間導覽 民眾可近距離觀察潮間帶生物",
    (
        "基隆市潮境公園本月起增設夜間導覽，每週五、六晚間由解說員帶領民眾走進潮間帶，觀察夜行性的海洋生物。市府表示，夜間導覽每梯次限30人，須事先上網報名。",
        "解說員許文彬說，許多螃蟹、海兔和海星白天躲在石縫中，入夜後才出來覓食，夜間導覽讓民眾看到潮間帶完全不同的面貌。他提醒參加者穿著防滑鞋，並以紅光手電筒照明，減少對生物的干擾。",
        "市府海洋事務處指出，導覽功能不只在於觀賞，也希望民眾了解潮間帶生態的脆弱。首梯次開放報名後，名額在一天內額滿，許多家長帶著孩子參加。",
    ),
)

MOJIBAKE_ZH = Story(
    "锟斤拷与烫烫烫：那些年程序员见过的乱码",
    (
        "不少程序员都见过“锟斤拷”这三个字。它并不是什么生僻的词语，而是一段乱码：当UTF-8编码的替换字符被当作GBK重新解读时，屏幕上就会出现一串“锟斤拷锟斤拷”。",
        "另一种常见的乱码是“烫烫烫”和“屯屯屯”。在一些调试工具中，未初始化的栈内存会被填上特定的字节，用GBK显示出来恰好是“烫”字，堆内存则显示为“屯”字。",
        "网页上的乱码也有规律可循。例如把UTF-8编码的“é”当作Latin-1读取，就会变成“Ã©”；日文网页用错了编码，则可能出现一连串“縺ｮ”之类的字符。",
        "专家建议，开发者在保存和传输文本时统一使用UTF-8，并在网页中正确声明字符集，大部分乱码问题都可以避免。",
    ),
)

RARE = Story(
    "书法家王堃“龘”字作品亮相古籍展",
    (
        "本报讯（记者 李喆）由市图书馆主办的古籍与书法展近日开幕。展览中最受关注的是书法家王堃书写的“龘”字，这个字由三个“龍”组成，形容龙腾飞的样子。",
        "王堃介绍，他收集生僻字已有十余年，这次还展出了“䶮”“𠮷”“𪚥”等字。其中“䶮”字曾被用作人名，“𠮷”则是日本姓氏中常见的异体字。",
        "策展人表示，希望通过这些生僻字让观众感受汉字的丰富与变化。展览将持续到6月30日，市民可免费参观。",
    ),
    None,
    "李喆",
)

DRONE = Story(
    "无人机送外卖靠谱吗?A区试点交出三个月成绩单",
    (
        "今年3月起，A区在五个街区开展无人机外卖配送试点。无人机送外卖靠谱吗?App后台的数据给出了答案：三个月来累计完成订单1.2万单，平均送达时间比骑手缩短了8分钟。",
        "试点负责人说，无人机主要承担从商圈到社区取餐柜的“最后一公里”，每架最多载重2.5公斤。市民最关心的是安全吗?A区的做法是划定固定航线，避开学校和医院上空。",
        "也有居民提出疑问：下雨天还能送吗?B组试点的数据显示，小雨天气可以正常飞行，大风和暴雨时则自动改由骑手配送。",
    ),
)

CLINIC = Story(
    "社区医院新添X光机和B超室 居民看病不用再进城",
    (
        "本报讯 城西社区卫生服务中心近日添置了一台数字化X光机，并新开设B超室。过去居民拍X光片、做B超检查，都要坐一个小时的公交车进城。",
        "中心主任赵海燕说，新设备投用一个月来，已为400多名居民做了检查。不少老人穿着印有社区标志的T恤来参加义诊活动。",
        "据介绍，中心下一步还将开通CT预约转诊服务，让居民在家门口就能挂上城里大医院的号。",
    ),
)

BOOKFAIR_JA = Story(
    "商店街で古本市 三日間で一万人が来場",
    (
        "駅前の商店街で先週末、三日間にわたる古本市が開かれ、約一万人が来場した。古本市は今年で十回目を迎え、県内外から40の古書店が出店した。",
        "実行委員会の代表を務める山田表一さんは「若い人の来場が年々増えている」と話す。会場では古い地図や雑誌の表紙を集めた展示も行われ、表紙の展示には長い列ができた。",
        "商店街の振興組合によると、期間中は周辺の飲食店の売り上げも二割ほど伸びた。来年は秋にも古本市を開く予定だという。",
    ),
)

SAKURA_JA = Story(
    "川沿いの桜並木 住民が植樹から三十年",
    (
        "市内を流れる川沿いの桜並木が今年、植樹から三十年を迎えた。地元の住民グループが毎年手入れを続けており、春には多くの花見客が訪れる。",
        "グループの会長を務める佐藤和子さんは「木が元気なうちに若い世代へ引き継ぎたい」と話す。今年は小学生も参加して、桜の根元に肥料をまいた。",
        "市は桜並木の遊歩道を整備し、夜間のライトアップも検討している。",
    ),
)

BOOKS_KO = Story(
    "골목 책방 열 곳, 주말마다 '책 장터' 연다",
    (
        "서울 성북구의 골목 책방 열 곳이 이달부터 주말마다 함께 책 장터를 연다. 책방 주인들은 각자 고른 책을 한자리에 모아 판매하고, 작가와의 만남도 마련한다.",
        "책 장터를 기획한 김서연 대표는 \"작은 책방은 혼자서는 손님을 모으기 어렵다\"며 \"함께 하면 동네 전체가 책 거리가 된다\"고 말했다.",
        "구청은 책 장터가 열리는 골목에 안내판을 설치하고, 참가 책방에 홍보비를 지원하기로 했다.",
    ),
)

TOMYUM_KO = Story(
    "태국 음식 축제, 똠양꿍 만들기 체험 인기",
    (
        "지난 주말 시청 광장에서 열린 태국 음식 축제에 이틀 동안 3만 명이 다녀갔다. 가장 인기를 끈 행사는 똠양꿍 만들기 체험이었다.",
        "참가자들은 태국 요리사의 설명을 들으며 새우와 레몬그라스를 넣은 똠양꿍을 직접 끓였다. 한 참가자는 \"생각보다 맵고 새콤한 맛이 잘 어울린다\"고 말했다.",
    ),
)

TRAM_RU = Story(
    "В Старой Руссе запустили речной трамвай",
    (
        "В Старой Руссе в субботу открылась первая линия речного трамвая. Небольшое судно вместимостью сорок пассажиров будет курсировать по реке от пристани у парка до нового жилого района.",
        "По словам директора городского транспортного предприятия Игоря Воронцова, речной трамвай будет ходить каждые полчаса с восьми утра до девяти вечера. Билет стоит столько же, сколько проезд в автобусе.",
        "Жители уже оценили новинку: в первый день речным трамваем воспользовались более шестисот человек.",
    ),
)


def _koi_as_1251(word: str) -> str:
    return word.encode("koi8-r").decode("cp1251")


KRAKO_RU = Story(
    "Откуда берутся «кракозябры»",
    (
        "Почти каждый пользователь хотя бы раз видел на экране вместо русского текста странные сочетания вроде «РџСЂРёРІРµС‚». Так выглядит слово «Привет», если текст в кодировке UTF-8 прочитать как Windows-1251.",
        f"Если же файл в KOI8-R открыть как Windows-1251, то же слово превратится в «{_koi_as_1251('Привет')}». Такие строки программисты в шутку называют кракозябрами.",
        "Специалисты советуют сохранять файлы в UTF-8 и указывать кодировку в заголовках страницы.",
    ),
)

BRIDGE_PT = Story(
    "SÃO JOÃO DO SUL GANHA NOVA PONTE SOBRE O RIO",
    (
        "A cidade de São João do Sul inaugurou nesta sexta-feira a nova ponte sobre o rio, uma obra aguardada há mais de dez anos pelos moradores. A ponte tem 120 metros e duas faixas para veículos.",
        "“NÃO É SÓ UMA PONTE, É A LIGAÇÃO COM O HOSPITAL”, disse a prefeita Ana Conceição durante a cerimônia. Antes da obra, os moradores precisavam fazer um desvio de quarenta quilômetros.",
        "A prefeitura informou que a antiga balsa continuará funcionando aos fins de semana para passeios turísticos.",
    ),
)

CAFE_EN = Story(
    "Why the café menu said “cafÃ©”",
    (
        "When a small restaurant printed its new menu last month, customers noticed something odd: the word café appeared as “cafÃ©” on every page. The culprit was a classic encoding mix-up.",
        "The menu had been typed in a program that saved it as UTF-8, but the print shop’s software read the file as Windows-1252. The two bytes that make up é in UTF-8 were shown as two separate characters, Ã and ©.",
        "Developers call this mojibake, a Japanese word meaning “character transformation”. The fix is simple: make sure every program in the chain agrees on UTF-8.",
    ),
)

LIBRARY_FR = Story(
    "À Lyon, une bibliothèque ouvre ses portes la nuit",
    (
        "La bibliothèque municipale du quartier expérimente depuis lundi une ouverture nocturne. Les étudiants peuvent désormais réviser jusqu’à minuit, trois soirs par semaine.",
        "« Nous avons constaté que beaucoup de jeunes n’ont pas d’endroit calme pour travailler le soir », explique la directrice, Hélène Garnier. L’expérience durera jusqu’à la fin de l’année universitaire.",
        "Une vingtaine de bénévoles se relaient pour accueillir le public après la fermeture habituelle de 19 heures.",
    ),
)

FERRY_DE = Story(
    "Neue Fähre verbindet Altdorf und Seeheim",
    (
        "Seit Montag verbindet eine elektrische Fähre die beiden Ufer des Sees zwischen Altdorf und Seeheim. Die Überfahrt dauert zwölf Minuten und kostet für Fußgänger zwei Euro.",
        "Bürgermeisterin Jana Köhler sprach von einem „großen Tag für die Region“. Bisher mussten Pendler einen Umweg von fast dreißig Kilometern fahren.",
        "Die Fähre fährt im Sommer stündlich, im Winter alle zwei Stunden.",
    ),
)
