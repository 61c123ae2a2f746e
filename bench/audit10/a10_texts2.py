# ruff: noqa: E501
"""Audit10 wave 2 articles (invented for this audit): timelines and schedules in the body, an article
ending with its own bulleted tips, newspaper kicker/subtitle headlines, bilingual paragraphs,
footnotes, an interview with names in bold, and Indonesian, Italian, Turkish, Arabic and Dutch news."""

from __future__ import annotations

from a10_texts import Story

TIMELINE = Story(
    "一条地铁线的十年",
    ("从规划到通车，城北地铁3号线走过了整整十年。以下是这条线路的几个关键节点：",
     "2016年5月　线路规划获批",
     "2018年11月　首个车站开工建设",
     "2021年9月　全线隧道贯通",
     "2025年12月　开始空载试运行",
     "2026年11月28日　正式开通运营",
     "市轨道交通集团表示，3号线开通后，城北片区到市中心的通勤时间将缩短一半。"),
    "城北日报", "韩立", "2026-11-28")

SCHEDULE = Story(
    "第五届江城读书节本周六开幕",
    ("第五届江城读书节将于12月5日至7日在市图书馆举行，主要活动安排如下：",
     "12月5日 9:30　开幕式暨“城市书房”授牌仪式",
     "12月5日 14:00　作家见面会：写给孩子的诗",
     "12月6日 10:00　古籍修复体验课",
     "12月7日 15:00　闭幕式暨年度阅读人物颁奖",
     "所有活动免费向市民开放，部分活动需通过“江城图书馆”公众号提前预约。"),
    "江城晚报", None, "2026-12-01")

TIPS = Story(
    "寒潮来袭 这些防寒提示请收好",
    ("受强冷空气影响，本周四起我市将出现大风降温天气，最低气温可降至零下6℃。市气象台提醒市民注意防寒保暖。",
     "气象专家介绍，此次寒潮降温幅度大、持续时间长，对交通出行和设施农业影响较大。",
     "温馨提示：",
     "● 及时添衣保暖，老人儿童减少外出",
     "● 检查燃气热水器，注意室内通风",
     "● 驾车出行注意路面结冰",
     "● 设施农业做好大棚加固"),
    "江城气象", None, "2026-12-02")

KICKER = Story(
    "小山村里的“共享菜园”",
    ("周末一早，家住城里的李女士带着孩子来到石桥村，在自家认领的菜地里拔萝卜。",
     "去年以来，石桥村把村民闲置的120亩耕地统一流转，划成小块向城里人出租，村民负责日常管护，每年每亩增收2000多元。",
     "村党支部书记陈建平说，菜园不仅让闲地“活”了起来，还带动了村里的农家乐和土特产销售。"),
    "乡村振兴报", "汪洋", "2026-11-30")

BILINGUAL = Story(
    "双语新闻：城市绿道总长突破500公里",
    ("我市绿道总长度日前突破500公里，串联起沿江公园、湿地和历史街区。",
     "The total length of the city's greenways has recently exceeded 500 kilometers, linking riverside parks, wetlands and historic streets.",
     "市园林局表示，明年还将新建绿道60公里。",
     "The city's landscaping bureau said another 60 kilometers of greenways will be built next year."),
    "江城日报", None, "2026-11-26")

FOOTNOTES = Story(
    "宋代城市夜市的兴起",
    ("北宋中期以后，随着坊市制度的瓦解，城市中出现了通宵营业的夜市[1]。",
     "《东京梦华录》记载，汴京的州桥夜市“直至三更尽，才五更又复开张”[2]。",
     "夜市的兴起，反映了宋代商品经济的繁荣和市民生活方式的变化。",
     "参考文献：",
     "[1] 王明远：《宋代城市研究》，江城大学出版社，2019年。",
     "[2] 孟元老：《东京梦华录》卷二。"),
    "文史周刊", "周子安", "2026-11-15")

INTERVIEW_BOLD = Story(
    "对话青年非遗传承人：让老手艺走进新生活",
    ("记者：你为什么选择学习传统扎染？",
     "杨小满：小时候看奶奶染布，蓝白之间的花纹特别好看。大学毕业后，我决定回村跟着奶奶学。",
     "记者：现在扎染的销路怎么样？",
     "杨小满：我们把扎染做成了围巾、手机壳和帆布包，去年通过网店卖出了两万多件。"),
    "青年时报", "苏晴", "2026-11-21")

ID_KOMPAS = Story(
    "Pemerintah Kota Perpanjang Jam Operasional Bus Listrik",
    ("Pemerintah kota resmi memperpanjang jam operasional bus listrik hingga pukul 23.00 mulai Senin (1/12/2026).",
     "Kepala Dinas Perhubungan, Budi Santoso, mengatakan perpanjangan ini dilakukan untuk melayani pekerja yang pulang malam.",
     "\"Banyak warga yang meminta agar bus beroperasi lebih lama, terutama di koridor pusat kota,\" ujar Budi.",
     "Tarif bus listrik tetap Rp 3.500 per perjalanan dan dapat dibayar dengan kartu uang elektronik."),
    None, "Dewi Lestari", "2026-11-29")

IT_COMUNE = Story(
    "Il Comune apre una nuova biblioteca nel quartiere San Rocco",
    ("È stata inaugurata sabato mattina la nuova biblioteca di quartiere in via dei Mille, nel cuore di San Rocco.",
     "La struttura, ricavata da un'ex scuola elementare, ospita oltre 12 mila volumi e una sala studio con quaranta posti.",
     "«Volevamo restituire al quartiere un luogo di incontro», ha spiegato l'assessora alla Cultura Chiara Benedetti.",
     "La biblioteca sarà aperta dal lunedì al sabato, dalle 9 alle 19."),
    None, "Luca Ferraris", "2026-11-22")

TR_HABER = Story(
    "Belediye, sahil yolunda bisiklet yolu yapımına başladı",
    ("Büyükşehir Belediyesi, sahil yolu boyunca 8 kilometrelik bisiklet yolunun yapımına başladı.",
     "Belediye Başkan Yardımcısı Ayşe Yıldız, çalışmaların ilkbahar aylarında tamamlanacağını söyledi.",
     "Yeni yol, şehir merkezini üniversite kampüsüne bağlayacak ve öğrencilerin ulaşımını kolaylaştıracak.",
     "Proje kapsamında yol boyunca 12 bisiklet park alanı da oluşturulacak."),
    None, "Mehmet Çelik", "2026-11-27")

AR_KHABAR = Story(
    "افتتاح حديقة عامة جديدة في حي النخيل",
    ("افتتحت البلدية صباح اليوم حديقة عامة جديدة في حي النخيل بمساحة خمسة آلاف متر مربع.",
     "وتضم الحديقة ملاعب للأطفال ومسارات للمشي وأكثر من ثلاثمئة شجرة.",
     "وقال رئيس البلدية إن الحديقة ستكون مفتوحة يوميا من السادسة صباحا حتى العاشرة مساء."),
    None, "سارة الأحمد", "2026-11-24")

NL_NIEUWS = Story(
    "Gemeente plaatst dertig nieuwe laadpalen in de binnenstad",
    ("De gemeente plaatst de komende maanden dertig nieuwe laadpalen voor elektrische auto's in de binnenstad.",
     "Wethouder Sanne de Vries zegt dat het aantal elektrische auto's in de stad het afgelopen jaar met een kwart is gestegen.",
     "De eerste palen komen aan de Havenstraat en het Marktplein."),
    None, "Pieter Jansen", "2026-11-25")

SINA_BLOG = Story(
    "冬日去看一场老电影",
    ("周末的下午，和朋友去城南的老影院看了一场修复版的老电影。",
     "影院还保留着木头座椅，放映前工作人员会摇铃提醒观众入场，像回到了小时候。",
     "散场时天已经黑了，街角的糖炒栗子摊冒着热气，买了一包边走边吃，觉得这个冬天一下子暖了起来。"),
    None, None, "2026-12-03")
