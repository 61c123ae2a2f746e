# ruff: noqa: E501
"""Audit25 stories: invented news articles (our own writing; no real article copied), the articles that the
wrappers of this audit (saved pages, Wayback captures, print views, search-engine caches, reader exports,
feeds, copy-paste dumps) carry. Mostly mainland Chinese, plus English, Russian, Japanese and Spanish, and two
controls whose own prose talks about web archives and cached pages."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit14"))
from a14_texts import Story  # audit14's story shape: its harness builds the pages

RAIN = Story(
    "老城区建成四十处雨水花园 暴雨时积水点减少七成",
    (
        "新华社武汉3月12日电（记者周立新）记者从武汉市水务部门获悉，去年以来，该市在老城区背街小巷建成四十处雨水花园，利用下凹绿地和透水铺装收集、下渗屋面与路面雨水。今年入汛以来的几场强降雨中，片区内积水点比往年减少七成左右。",
        "雨水花园多建在原有的边角空地上，种植了耐水湿的鸢尾、千屈菜和狼尾草。降雨时，雨水先流入绿地，经过土壤和碎石层过滤后缓慢下渗，多余部分再排入市政管网，减轻了管网在暴雨高峰时的压力。",
        "家住江汉区一条老街的居民刘桂芳说，过去一下大雨，巷口的水能没过脚踝，老人出门都要绕路。“现在雨停半个小时，地面基本就干了，花园里还开着花，街坊们都愿意在这儿坐一坐。”",
        "据介绍，今年该市计划再建设六十处雨水花园，并将养护责任落实到街道和社区，确保设施建得好、管得住、用得久。",
    ),
    publisher="新华社", author="周立新", published="2016-03-12",
)

BUS = Story(
    "“流动图书馆”开进山村 一辆大巴载书三千册",
    (
        "本报讯 一辆由旧公交车改装的“流动图书馆”日前开进了云岭县最偏远的几个山村。车内书架上整齐摆放着三千多册图书，涵盖农业技术、儿童绘本、文学名著等类别，村民凭身份证即可免费借阅。",
        "县图书馆馆长陈光明介绍，过去山村群众借书要往返县城七八十公里，很不方便。改装后的大巴每周按固定线路巡回一次，每个村停留半天，借出的图书下一次巡回时归还。",
        "在大坪村的停靠点，十二岁的杨小雨一口气借了三本科普书。她说，学校的图书角书不多，“流动图书馆”来了以后，她每周都盼着周六。",
        "据悉，县里还将在车上配备平板电脑和投影设备，利用周末晚上为村民播放农业技术讲座和电影。",
    ),
    publisher="云岭日报", author="李晓燕", published="2016-05-20",
)

TRAIN = Story(
    "春运首日铁路发送旅客二百一十万人次",
    (
        "记者从铁路部门了解到，春运首日，全国铁路共发送旅客二百一十万人次，同比增长百分之六点三。各地铁路部门增开临时旅客列车一百一十八列，重点保障务工人员和学生返乡出行。",
        "为方便旅客购票，铁路部门延长了部分车站售票窗口的营业时间，并在大型车站设置了重点旅客候车区，为老幼病残孕旅客提供预约服务。电子客票已在全国高铁和普速铁路全面推行，旅客刷身份证即可进站乘车。",
        "铁路部门提醒，春运期间客流集中，旅客应提前规划行程，预留充足的安检和候车时间，并注意保管好随身携带的行李物品。",
    ),
    publisher="江城晚报", author=None, published="2017-01-13",
)

TEACH = Story(
    "扎根海岛二十年 她让渔村孩子爱上了读书",
    (
        "清晨六点半，东澳岛小学的铃声还没响，王秀琴已经站在校门口迎接学生了。二十年前，她从师范学校毕业后主动申请来到这所海岛小学，一待就是二十年。",
        "学校现有学生四十二名，大多是渔民的孩子。刚来时，学校连一间像样的阅览室都没有。王秀琴四处联系，陆续争取到社会各界捐赠的图书五千多册，还带着学生在走廊里布置了“海风书屋”。",
        "“读书能让孩子们看到海的那一边。”王秀琴说，她每周都会给学生讲一个故事，再让他们自己写一段读后感。这些年，从这所小学走出去的学生中，已有三十多人考上了大学。",
        "今年，王秀琴被评为全省优秀乡村教师。她说，只要岛上还有孩子，她就会一直教下去。",
    ),
    publisher="海滨日报", author="王晓琳", published="2016-09-09",
)

EN = Story(
    "Harbour seawall repairs finish six weeks early",
    (
        "Repairs to the stretch of seawall that collapsed during the January storms have been completed six weeks ahead of schedule, the town council said on Thursday.",
        "Contractors replaced 120 metres of the Victorian wall with precast concrete units faced in the original granite blocks, which had been numbered and stored on the quay while the foundations were rebuilt.",
        "\"We owe a lot to the crews who kept working through some very cold mornings,\" said councillor Ruth Penhale, who chairs the harbour committee. \"The promenade will reopen in time for the Easter weekend.\"",
        "The work cost 2.4 million pounds, most of it covered by a flood defence grant. A second phase, strengthening the wall beside the lifeboat station, is due to start in the autumn.",
    ),
    publisher="The Harbour Gazette", author="Tom Bellamy", published="2016-03-10",
)

RU = Story(
    "Паром через Волгу вернётся на линию к майским праздникам",
    (
        "Речной паром, который связывает Заволжье с районным центром, вернётся на линию к майским праздникам. Об этом сообщили в администрации района после осмотра судна в затоне.",
        "Зимой на пароме заменили двигатель и отремонтировали аппарель, по которой на палубу заезжают машины. Работы обошлись в 6,8 миллиона рублей, деньги выделили из областного бюджета.",
        "«Для жителей пяти сёл на том берегу паром — единственная дорога к больнице и рынку, поэтому мы торопили подрядчика», — рассказал глава района Сергей Лапин.",
        "В навигацию паром будет ходить каждые полтора часа с шести утра до десяти вечера. Стоимость перевозки легкового автомобиля не изменится.",
    ),
    publisher="Волжская правда", author="Наталья Громова", published="2016-04-18",
)

JA = Story(
    "市立図書館、平日の夜９時まで開館へ　仕事帰りの利用見込む",
    (
        "みなと市は、市立中央図書館の平日の開館時間を来月から午後９時まで延長すると発表した。これまでは午後７時に閉館しており、仕事帰りの会社員や学生から延長を求める声が寄せられていた。",
        "延長に合わせて、夜間は２階の学習室を予約なしで使えるようにするほか、貸し出しと返却ができる自動機を２台増やす。人件費などとして年間約８００万円を見込む。",
        "図書館の担当者は「夜の時間帯にも気軽に立ち寄ってもらい、新しい利用者を増やしたい」と話している。",
    ),
    publisher="みなと新報", author=None, published="2016-06-02",
)

ES = Story(
    "Una cooperativa de panaderos recupera el horno de leña del pueblo",
    (
        "Seis panaderos de Villanueva del Valle han formado una cooperativa para volver a encender el antiguo horno de leña de la plaza, cerrado desde 1998.",
        "El ayuntamiento les ha cedido el local por diez años a cambio de que vendan pan a precio reducido a los vecinos mayores de setenta años. La restauración del horno costó 32.000 euros.",
        "«Aquí aprendimos el oficio de niños y no queríamos que se perdiera», explica Julián Morales, el más veterano del grupo. Cada mañana hornean unas cuatrocientas piezas.",
    ),
    publisher="El Diario del Valle", author="Carmen Ruiz", published="2016-11-07",
)

# controls: the article's own prose names web archives, captures, cached pages and printing
CTL_EN = Story(
    "Library volunteers rescue the town's lost newspaper websites",
    (
        "When the Northbridge Courier closed its website in 2012, fifteen years of local news seemed to vanish overnight. A group of library volunteers has now recovered most of it.",
        "The volunteers searched the Wayback Machine, the Internet Archive's public collection of web pages, and found captures of nearly 9,000 Courier articles. Each capture shows the page as it appeared on the day it was saved.",
        "\"Some pages were captured dozens of times and some only once,\" said librarian Alice Moreton. \"We print a copy of each article for the local history room, because paper has outlasted every website so far.\"",
        "The archive will open to readers in June. The library is asking residents who saved copies of old pages on their own computers to bring them in.",
    ),
    publisher=None, author="Jane Fowler", published="2016-04-02",
)

CTL_ZH = Story(
    "网页快照成为老网站的“时光胶囊”",
    (
        "不少网友都有过这样的经历：想找的网页已经打不开了，只能求助于搜索引擎的网页快照。快照保存的是网页在被收录时的样子，当原网页删除或改版后，它就成了一份珍贵的备份。",
        "从事地方史研究的退休教师赵建国告诉记者，他整理县志资料时，曾靠网页快照和互联网档案馆的存档，找回了十多篇早已下线的乡镇新闻稿。“我把它们一篇篇打印出来，装订成册，放在县档案馆里。”",
        "专家提醒，快照和存档并不总是完整的，重要的资料最好及时保存到本地。",
    ),
    publisher="海滨日报", author="孙悦", published="2016-08-15",
)
