# ruff: noqa: E501
"""Audit5 articles: invented for this audit (none copied from real articles or ../shared/).

Each is the clean original as its first publisher wrote it: title, paragraphs, metadata.
The page templates in a5_sites.py wrap them the way the named real site does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit4"))

from articles import Article  # audit4: key, lang, title, paras, publisher, author, date

XH = Article(
    "xh", "zh", "黄河下游滩区今年完成两万亩土地整治",
    ("新华社郑州9月3日电（记者 魏晨阳）记者3日从河南省自然资源厅获悉，黄河下游滩区今年已完成土地整治2.1万亩，新增耕地4300余亩，涉及兰考、封丘、长垣等6个县（市）。",
     "据介绍，今年的整治工程以“田成方、渠相通、路相连”为目标，对滩区内零散地块进行归并平整，同步配套建设机井、灌溉渠道和生产道路。",
     "兰考县东坝头镇农民李庆丰说，过去家里的地分成七八块，种一季麦子要来回跑好几趟，“现在连成一大片，收割机直接开进地里，一天就收完了”。",
     "河南省自然资源厅有关负责人表示，下一步将继续推进滩区国土空间综合整治，力争到2028年累计整治面积达到10万亩。"),
    "新华社", "魏晨阳", "2026-09-03")

RM = Article(
    "rm", "zh", "山区小学的“周末图书角”",
    ("本报记者 宋雨桐",
     "周六上午九点，贵州省黔东南州一所村小的教室里已经坐满了孩子。靠墙的两排书架上，整齐摆放着绘本、科普读物和少儿文学作品。",
     "“以前周末没地方去，现在每周都盼着来看书。”四年级学生杨小芸抱着一本《海底两万里》说。",
     "这个图书角由当地团县委联合乡村教师于去年秋天发起，目前已在全县23所村小推广，累计接受社会捐赠图书1.6万册。",
     "县教育局相关负责人介绍，明年将把图书角纳入乡村学校少年宫建设，配备专职管理员，延长开放时间。"),
    "人民日报", "宋雨桐", "2026-09-03")

# body without the byline line (which is metadata, not text)
RM_BODY = RM.paras[1:]

SN = Article(
    "sn", "zh", "多家银行下调大额存单利率 三年期普遍跌破2%",
    ("记者近日走访北京多家银行网点发现，多家国有大行和股份制银行已下调大额存单利率，三年期产品利率普遍跌破2%，部分银行五年期大额存单已停售。",
     "某国有大行网点理财经理表示，近期前来咨询大额存单的客户明显增多，“额度一放出来很快就被抢光，不少客户转而关注国债和货币基金”。",
     "业内人士认为，存款利率下行是银行稳定净息差的主动选择，预计年内仍有小幅下调空间。"),
    "北京商报", "孟亦凡", "2026-09-03")

SH = Article(
    "sh", "zh", "这座小城的夜市，为什么能火出圈？",
    ("晚上七点，河北正定古城的南门外，夜市的灯串一盏盏亮起来。卖糖葫芦的、炸河虾的、捏面人的摊位排出去两百多米，游客举着手机边走边拍。",
     "“周末一晚上能卖出四百多串。”摊主王桂芝说，她在这里摆摊已经第三年，今年客流明显比往年多。",
     "当地文旅部门的统计显示，今年暑期正定古城夜间游客量同比增长约四成，带动周边民宿入住率超过八成。",
     "不过也有游客反映，热门时段人流过于集中，停车难的问题仍然存在。当地表示，将在国庆前新增两处临时停车场。"),
    "澎湃新闻", None, "2026-09-03")

WY = Article(
    "wy", "zh", "北京今年将新建改建50处口袋公园",
    ("新京报讯（记者 谷青）9月3日，记者从北京市园林绿化局获悉，今年北京将新建改建口袋公园及小微绿地50处，目前已完工31处。",
     "这些口袋公园大多利用城市边角地、拆违腾退地建设，面积从几百平方米到几千平方米不等，普遍设置了座椅、健身器材和儿童游戏区。",
     "市园林绿化局相关负责人表示，将优先在公园绿地服务半径覆盖不足的区域布局，让市民“出门见绿”。"),
    "新京报", "谷青", "2026-09-03")

ZX = Article(
    "zx", "zh", "今年前8个月全国铁路发送旅客超30亿人次",
    ("中新网北京9月3日电 (记者 周思远)记者3日从中国国家铁路集团有限公司获悉，今年1至8月，全国铁路累计发送旅客30.4亿人次，同比增长6.2%，创历史同期新高。",
     "暑运期间，铁路部门累计加开旅客列车1.1万列，重点保障热门旅游城市和高校集中地区的出行需求。",
     "国铁集团有关负责人表示，将持续优化列车开行方案，做好中秋、国庆假期运输组织工作。(完)"),
    "中国新闻网", "周思远", "2026-09-03")

CC = Article(
    "cc", "zh", "我国自主研发的深海采样机器人完成海试",
    ("央视网消息：记者从自然资源部获悉，我国自主研发的深海多功能采样机器人近日在南海完成海上试验，最大下潜深度达到4500米。",
     "试验期间，机器人共完成12次下潜作业，成功采集海底沉积物、岩石和生物样品30余份，各项性能指标均达到设计要求。",
     "研发团队表示，该机器人将于明年投入深海资源调查业务化应用。"),
    "央视新闻客户端", None, "2026-09-03")

HQ = Article(
    "hq", "zh", "外媒：欧洲多国今夏遭遇罕见干旱 河流水位创新低",
    ("【环球网报道 记者 林悦】据路透社3日报道，今年夏季欧洲多国遭遇罕见干旱，莱茵河、多瑙河部分河段水位降至有记录以来的最低值，内河航运受到严重影响。",
     "报道称，德国考布水位站8月底的读数一度降至31厘米，大型货船被迫减载或停航。",
     "气象专家指出，持续高温和降水偏少是造成此次干旱的主要原因，预计9月中旬前难有明显缓解。"),
    "环球网", "林悦", "2026-09-03")

TW = Article(
    "tw", "zh-TW", "花蓮縣推偏鄉行動圖書車 每月巡迴30所學校",
    ("（中央社記者林怡君花蓮3日電）花蓮縣政府今天宣布，縣內首輛偏鄉行動圖書車正式上路，每月將巡迴秀林、萬榮、卓溪等鄉鎮30所國中小，讓偏鄉學童也能借到新書。",
     "縣府教育處表示，圖書車可載運約3000冊書籍，並配備平板電腦與投影設備，到校時還會安排說故事與閱讀活動。",
     "卓溪鄉一所國小校長說，學校離市區車程超過一小時，孩子很少有機會逛書店，「圖書車來的那天，下課鐘一響大家就衝出去」。"),
    "中央社", "林怡君", "2026-09-03")

UDN = Article(
    "udn", "zh-TW", "台中捷運藍線動工 預計2033年通車",
    ("台中捷運藍線今天舉行動工典禮，路線全長約24.8公里，沿台灣大道設置20座車站，預計2033年完工通車。",
     "市府交通局指出，藍線通車後，從台中港到台中車站的旅行時間可縮短至40分鐘以內，每日運量預估可達12萬人次。",
     "施工期間台灣大道部分路段將採縮減車道方式施工，交通局呼籲用路人多利用大眾運輸。"),
    "聯合報", "陳思妤", "2026-09-03")

MP = Article(
    "mp", "zh-HK", "本港首個垂直農場投產 每日供應菜苗兩噸",
    ("【明報專訊】本港首個商業規模的垂直農場昨日在元朗工業邨正式投產，農場佔地約1.2萬平方呎，以LED燈及水耕技術種植菜苗，每日可供應約兩噸蔬菜。",
     "營運公司負責人表示，農場全年不受天氣影響，用水量只及傳統農場的一成，產品主要供應本地超市及食肆。",
     "有農業界人士指出，垂直農場電費成本高昂，能否長遠經營仍有待觀察。"),
    "明報", None, "2026-09-03")

EN_R = Article(
    "en_r", "en", "Nordic grid operators agree to share winter reserve capacity",
    ("STOCKHOLM, Oct 14 (Reuters) - Grid operators in Sweden, Norway, Finland and Denmark agreed on Tuesday to pool part of their winter reserve capacity, a move they said would cut the risk of rolling blackouts during cold snaps.",
     "Under the deal, each operator will make at least 300 megawatts of reserve power available to its neighbours at short notice between November and March.",
     "\"No single country can carry a deep freeze on its own anymore,\" said Karin Lindqvist, chief executive of Sweden's grid operator, at a press conference.",
     "Electricity prices in southern Sweden spiked above 400 euros per megawatt hour for several hours last January when a cold spell coincided with low wind output."),
    "Reuters", "Anna Keller", "2026-10-14")

EN_AP = Article(
    "en_ap", "en", "Hawaii county votes to ban new short-term rentals in farm zones",
    ("HILO, Hawaii (AP) — Hawaii County lawmakers voted 6-3 on Tuesday to stop issuing new short-term rental permits in agricultural zones, a move supporters say will free up housing for farmworkers.",
     "Existing permit holders will be allowed to keep operating until their licenses expire, the council said.",
     "\"We have farmworkers sleeping in their cars,\" said council member Leilani Kahale, who sponsored the bill. \"That can't be the price of tourism.\"",
     "Opponents, including several vacation rental owners, said the ban would hurt families who depend on the income."),
    "AP", "MARIA LOPEZ", "2026-10-14")

EN_BBC = Article(
    "en_bbc", "en", "Welsh village shop saved by crowdfunding campaign",
    ("A village shop in Powys that was due to close next month has been saved after residents raised more than £60,000 in six weeks.",
     "The shop in Llanfair Waterdine, which also houses the post office, was put up for sale in the summer when its owners retired.",
     "Campaign organiser Rhian Morgan said the response had been \"overwhelming\", with donations coming from as far away as Canada.",
     "The community group that now owns the shop plans to reopen it with longer hours and a small café by Christmas."),
    "BBC News", "Sarah Whitfield", "2026-10-14")

EN_GU = Article(
    "en_gu", "en", "Councils in England face £2bn gap in special needs budgets",
    ("Councils in England are facing a combined shortfall of more than £2bn in their budgets for children with special educational needs, according to an analysis published on Tuesday.",
     "The figures, compiled by the County Councils Network, show that three-quarters of councils expect to overspend this year.",
     "\"This is not sustainable,\" said the network's chair, Tim Oakes. \"Without reform, some authorities will be pushed towards effective bankruptcy.\"",
     "The Department for Education said it was working with councils to bring spending under control."),
    "The Guardian", "Hannah Price", "2026-10-14")

EN_WP = Article(
    "en_wp", "en", "Millbrook school board approves new bus routes",
    ("The Millbrook School Board voted unanimously Monday night to add two bus routes for the east side of town starting Nov. 3.",
     "Superintendent Carla Jennings said the new routes will cut ride times for about 140 students who currently spend more than an hour on the bus each morning.",
     "The district will hire three additional drivers. Applications are open on the district website."),
    "Millbrook Gazette", "Dale Hutchins", "2026-10-14")

EN_MD = Article(
    "en_md", "en", "What I learned running a bakery for ten years",
    ("When I opened my bakery in 2016, I thought the hard part would be the bread. It wasn't.",
     "The first lesson: your suppliers matter more than your recipes",
     "Flour prices doubled in my third year. The bakeries that survived were the ones that had long relationships with mills, not the ones with the best croissants.",
     "The second lesson: close one day a week",
     "I worked seven days a week for two years and nearly sold the business. Closing on Mondays saved it."),
    None, "Jenna Ortiz", "2026-10-14")

JA_NHK = Article(
    "ja_nhk", "ja", "北陸新幹線 敦賀以西のルート 環境調査を開始へ",
    ("北陸新幹線の敦賀以西の延伸について、国土交通省は、来月から京都府内のルート候補地で環境影響調査を始めることを明らかにしました。",
     "調査は２年程度かかる見通しで、地下水や文化財への影響を詳しく調べるということです。",
     "地元からは、工事による地下水への影響を心配する声も上がっていて、国は住民への説明会を重ねる方針です。"),
    "NHK", None, "2026-10-14")

JA_Y = Article(
    "ja_y", "ja", "商店街の空き店舗に高校生カフェ　長野・松本",
    ("長野県松本市の中町商店街で１４日、地元の高校生が運営するカフェがオープンした。空き店舗を市が借り上げ、高校生に無償で貸し出した。",
     "メニューは地元産のリンゴを使ったジュースやパウンドケーキなど。売り上げは部活動の遠征費などに充てるという。",
     "店長を務める２年の女子生徒（１７）は「商店街に若い人が来るきっかけになれば」と話していた。"),
    "信州日報", None, "2026-10-14")

RU_RIA = Article(
    "ru_ria", "ru", "В Казани открыли первую круглосуточную библиотеку",
    ("КАЗАНЬ, 15 окт — РИА Новости. Первая в Татарстане круглосуточная библиотека открылась в среду в Казани, сообщили в пресс-службе мэрии города.",
     "Читальный зал на сто мест будет работать без выходных, а вход по ночам будет возможен по электронному читательскому билету.",
     "По словам директора библиотеки Гульнары Хасановой, идея появилась после опроса студентов, которые жаловались, что им негде заниматься во время сессии."),
    "РИА Новости", None, "2026-10-15")

RU_LENTA = Article(
    "ru_lenta", "ru", "В Подмосковье построят двенадцать новых школ",
    ("В Московской области до конца 2027 года построят двенадцать новых школ, сообщили в министерстве образования региона.",
     "Больше всего школ появится в Одинцовском и Ленинском округах, где в последние годы активно строится жилье.",
     "Каждая школа будет рассчитана на 1100 учеников, в них предусмотрены бассейны и лаборатории."),
    "Лента.ру", "Ирина Соколова", "2026-10-15")

ES_EP = Article(
    "es_ep", "es", "Un pueblo de Soria recupera su panadería tres años después",
    ("Los vecinos de Valdeaguas, un municipio soriano de 140 habitantes, han vuelto a comprar pan recién hecho este jueves, tres años después de que cerrara el último horno del pueblo.",
     "La nueva panadería la regentan Marta y Julián, una pareja que llegó desde Zaragoza gracias a un programa de la Diputación que cede vivienda a quien abra un negocio.",
     "\"El primer día vendimos todo antes de las once\", cuenta Marta, que también reparte en furgoneta a otros cuatro pueblos de la comarca."),
    "El País", "Lucía Pereda", "2026-03-20")

ES_CL = Article(
    "es_cl", "es", "Aumentan las consultas por alergias primaverales en Buenos Aires",
    ("Las consultas por alergias respiratorias crecieron un 30% en las últimas dos semanas en hospitales porteños, según datos del Ministerio de Salud de la Ciudad.",
     "Los especialistas atribuyen el aumento a la floración temprana de los plátanos, que este año comenzó casi diez días antes de lo habitual.",
     "Recomiendan ventilar la casa a primera hora de la mañana y evitar actividades al aire libre los días de viento."),
    "Clarín", "Martín Lagos", "2026-09-20")

JA_AS = Article(
    "ja_as", "ja", "松本城周辺の空き家、学生向けシェアハウスに",
    ("長野県松本市は１４日、松本城周辺の空き家を大学生向けのシェアハウスとして活用する事業を始めると発表した。",
     "市が所有者から空き家を借り上げて改修し、信州大学などの学生に月２万円程度で貸し出す。初年度は３軒、計１２人分を用意する。"),
    "朝日新聞", "田中一郎", "2026-10-14")

RU_TASS = Article(
    "ru_tass", "ru", "В Казани открылась круглосуточная библиотека",
    ("КАЗАНЬ, 15 октября. /ТАСС/. Первая в Татарстане круглосуточная библиотека открылась в среду в Казани. Об этом сообщили в пресс-службе мэрии.",
     "Вход в ночное время будет возможен по электронному читательскому билету, уточнили в мэрии."),
    "ТАСС", None, "2026-10-15")
