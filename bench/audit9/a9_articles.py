# ruff: noqa: E501
"""Audit9 articles: every text invented for this audit (none copied from real articles or ../shared/).

Each is the clean original the first publisher wrote: title, paragraphs, and the metadata the
pages built around it state. ``rows`` are body table rows or list items as the output should hold
them (cells joined by one space, one row per line).
"""

from __future__ import annotations

from articles import Article

# --- Chinese -------------------------------------------------------------------------------------
BRIDGE = Article(
    "bridge", "zh", "黔北山区特大桥主拱合龙 两县车程将缩短至四十分钟",
    ("新华社贵阳10月21日电（记者 龚岩）21日上午，随着最后一段钢管拱肋精准对接，位于遵义市境内的清溪河特大桥主拱顺利合龙，标志着这座山区控制性工程进入桥面施工阶段。",
     "清溪河特大桥全长1180米，主跨420米，桥面距谷底约260米。建设单位介绍，大桥所在峡谷常年多雾，拱肋吊装只能利用每天上午约三个小时的窗口期完成。",
     "“我们在两岸各装了一套北斗定位设备，每一段拱肋的位置误差都控制在5毫米以内。”项目总工程师罗文斌说。",
     "大桥建成后，湄潭、凤冈两县之间的车程将由目前的一个半小时缩短至四十分钟左右，沿线茶叶、辣椒等农产品外运将更加便捷。"),
    "新华社", "龚岩", "2026-10-21")

FOREST = Article(
    "forest", "zh", "林下种菌“一地双收” 山区农户亩均增收三千元",
    ("本报福州10月20日电（记者 缪青）秋收时节，走进三明市将乐县万安镇的杉木林，成片的大球盖菇从松软的腐殖土里冒出头来。村民叶春华一边采摘一边算账：“一亩林地能收菇两千多斤，比单纯种树多挣三千来块。”",
     "将乐县林业局负责人介绍，全县今年推广林下种植食用菌1.2万亩，由合作社统一提供菌种、技术和收购，农户只需投入劳力。林下种菌不占耕地，采收后的菌渣还能回田作肥料。",
     "为解决销路问题，当地与省内3家商超签订了保底收购协议，并在镇上建起冷库和分拣车间。今年前9个月，全县林下经济产值已达4.6亿元。"),
    "人民日报", "缪青", "2026-10-20")

HOLIDAY_ROWS = ("景区 接待游客（万人次） 同比增长", "古城景区 86.4 12.5%", "湿地公园 42.1 18.3%", "森林公园 27.9 9.7%", "科技馆 15.2 21.0%")
HOLIDAY = Article(
    "holiday", "zh", "国庆假期我市接待游客突破三百万人次",
    ("本报讯（记者 贺娟）记者从市文化广电旅游局获悉，国庆假期全市共接待游客312.6万人次，同比增长14.2%；实现旅游收入21.8亿元，同比增长16.5%。",
     "从各景区情况看，传统景区依然是游客首选，湿地公园、科技馆等新兴目的地增速明显。主要景区接待情况如下：",
     *HOLIDAY_ROWS,
     "市文化广电旅游局相关负责人表示，假期全市未发生重大旅游安全事故和有效投诉，下一步将针对停车难等问题制定改进方案。"),
    "江城日报", "贺娟", "2026-10-08")

FLU_ITEMS = ("1. 六十岁以上老年人；", "2. 六月龄至五岁儿童；", "3. 慢性病患者及孕妇；", "4. 医务人员和托幼机构、学校工作人员。")
FLU = Article(
    "flu", "zh", "今秋流感疫苗开打 这四类人群建议优先接种",
    ("本报讯（记者 严冬梅）10月15日起，我市各社区卫生服务中心陆续开放今年秋冬季流感疫苗接种。市疾控中心提醒，流感疫苗每年都需要接种，最好在流感高发季到来前完成。",
     "专家建议以下人群优先接种：",
     *FLU_ITEMS,
     "市民可通过“健康江城”小程序预约，接种时请携带身份证件。接种后需在现场留观30分钟，如出现持续发热等不适应及时就医。"),
    "江城晚报", "严冬梅", "2026-10-15")

ESSAY = Article(
    "essay", "zh", "在县城开一家独立书店的第五年",
    ("五年前的秋天，我辞掉省城的工作，回到老家县城，在一条老街上租下两间铺面，开了一家书店。朋友们都劝我，说现在连大城市的书店都在关门。",
     "头两年确实很难。县城里买书的人不多，来店里的大多是放学后蹭空调写作业的学生。我没有赶他们走，反而添了几张长桌，晚上开放到九点。",
     "后来，这些学生的家长开始在店里买书，学校的老师也来找我办读书会。去年我们一共办了四十多场活动，从本地的老人讲方言故事，到返乡大学生分享毕业设计。",
     "今年书店终于第一次全年不亏。我常想，县城需要的也许不只是一家卖书的店，而是一个让人愿意坐下来的地方。"),
    None, "林见秋", "2026-10-18")

ANSWER = Article(
    "answer", "zh", "为什么很多老房子的窗户都开得很小？",
    ("谢邀。我在皖南做了十几年古建筑测绘，简单说几点自己的观察。",
     "第一是防盗。过去的徽商常年在外经商，家里多是老人和妇女，高墙小窗首先是为了安全。",
     "第二是气候。这一带夏季湿热、冬季阴冷，小窗配合天井，既能让光线从上方进来，又能减少冬天的热量散失。",
     "第三是建材和工艺的限制。在没有大块平板玻璃的年代，窗洞开得越大，越难遮风挡雨。",
     "所以小窗并不是古人不懂采光，而是在当时条件下权衡出来的结果。"),
    None, "青砖黛瓦", "2026-10-19")

FORUM = Article(
    "forum", "zh", "沿江绿道二期本月底开放 新增骑行道十二公里",
    ("中新网武汉10月22日电（记者 江晖）记者22日从武汉市园林和林业局获悉，沿江绿道二期工程已基本完工，将于本月底向市民开放。",
     "二期工程全长18公里，新增独立骑行道12公里，沿线设置驿站6处，提供饮水、休憩和自行车维修服务。",
     "据介绍，绿道建设尽量保留了江滩原有的杨树林和芦苇荡，新栽乡土树种2000余株。开放后，绿道将与一期连通，形成总长35公里的滨江慢行系统。"),
    "中国新闻网", "江晖", "2026-10-22")

WECHAT = Article(
    "wechat", "zh", "一碗米粉背后的“夜经济”：这条街凌晨两点依然灯火通明",
    ("晚上十一点，老王的米粉店迎来了一天中最忙的时候。下了夜班的护士、刚结束排练的乐队、跑完最后一单的外卖骑手，陆续在门口的矮凳上坐下。",
     "这条不足三百米的小街上，有二十多家营业到凌晨的小吃店。街道办的统计显示，今年夏天这里每晚的客流量比去年同期多了近四成。",
     "为了让夜市既热闹又不扰民，街道今年给每家店统一安装了油烟净化设备，并在路口增设了临时停车位。老王说，现在最大的烦恼是“米粉不够卖”。"),
    None, "陈一苇", "2026-10-17")

# --- Japanese ------------------------------------------------------------------------------------
JA_RICE = Article(
    "ja_rice", "ja", "新米の出荷始まる　猛暑でも品質は平年並み　富山",
    ("富山県内で２０日、今年産の新米の出荷が始まった。ＪＡ富山中央の集荷場では、検査を終えたコシヒカリの袋がトラックに次々と積み込まれた。",
     "今夏は記録的な猛暑が続いたが、県農業研究所によると、水の管理を工夫した農家が多く、一等米の比率は８割を超える見通しだという。",
     "集荷場を訪れた生産者の男性（６８）は「暑さで心配したが、粒がそろっていてほっとした」と話した。新米は今月末から県内のスーパーに並ぶ。"),
    "北陸日報", None, "2026-10-20")

JA_LIBRARY = Article(
    "ja_library", "ja", "深夜まで開く図書館が好評　利用者の３割が２０代",
    ("札幌市中央区の市立図書館が９月から始めた午後１１時までの夜間開館が好評だ。１カ月間の夜間利用者は延べ約４２００人で、市の想定を大きく上回った。",
     "利用者の約３割は２０代で、仕事帰りの会社員や資格試験の勉強をする学生が目立つ。館内のカフェも夜間営業を始め、閲覧席はほぼ満席の日が続く。",
     "市は来年度以降も夜間開館を続けるかどうか、利用状況を見て判断する方針だ。"),
    "道央新聞", "佐藤 美咲", "2026-10-19")

# --- Korean --------------------------------------------------------------------------------------
KO_PORT = Article(
    "ko_port", "ko", "부산항 컨테이너 물동량 석 달 연속 증가",
    ("(부산=연합뉴스) 김민준 기자 = 부산항의 컨테이너 물동량이 석 달 연속 늘어난 것으로 나타났다.",
     "부산항만공사는 지난달 부산항에서 처리한 컨테이너가 모두 212만 개(20피트 기준)로 지난해 같은 달보다 4.8% 증가했다고 21일 밝혔다.",
     "환적 화물이 6.2% 늘며 전체 증가를 이끌었고, 수출입 화물은 3.1% 증가했다.",
     "항만공사 관계자는 \"북미와 동남아 항로의 신규 서비스가 늘어난 영향\"이라며 \"연말까지 증가세가 이어질 것으로 본다\"고 말했다."),
    "연합뉴스", "김민준", "2026-10-21")

KO_SCHOOL = Article(
    "ko_school", "ko", "농촌 작은학교에 도시 학생 몰린다…전학 신청 두 배로",
    ("전남 지역 농촌 작은학교로 전학을 신청한 도시 학생이 지난해보다 두 배 가까이 늘었다.",
     "전라남도교육청은 올해 2학기 '농촌유학' 프로그램에 서울과 경기 지역 학생 186명이 참여했다고 20일 밝혔다. 지난해 같은 기간에는 97명이었다.",
     "참가 학생들은 한 학기 이상 농가나 유학센터에 머물며 학교에 다닌다. 교육청은 참가 가정에 월 30만 원의 체재비를 지원하고 있다."),
    "남도일보", "이서연", "2026-10-20")

# --- Russian -------------------------------------------------------------------------------------
RU_GRAIN = Article(
    "ru_grain", "ru", "Экспорт зерна из портов Азовского моря вырос на 12%",
    ("Экспорт зерна через порты Азовского моря в сентябре вырос на 12% по сравнению с тем же месяцем прошлого года и составил 1,9 млн т, сообщили в региональной ассоциации экспортеров.",
     "Основной прирост обеспечила пшеница: ее отгрузки увеличились почти на четверть. Поставки ячменя, напротив, сократились на 8%.",
     "Участники рынка связывают рост с хорошим урожаем на юге страны и снижением ставок фрахта для небольших судов.",
     "По прогнозу ассоциации, до конца года экспорт через азовские порты может превысить 7 млн т."),
    None, "Анна Корнилова", "2026-10-21")

RU_THEATRE = Article(
    "ru_theatre", "ru", "Старейший театр Томска закрывается на реконструкцию",
    ("Драматический театр Томска, старейший в Сибири, закроется на реконструкцию после последнего спектакля сезона 30 ноября. Работы продлятся около двух лет.",
     "Как рассказал директор театра Михаил Ершов, в здании заменят инженерные сети, сцену и кресла в зрительном зале. Исторический фасад восстановят по архивным чертежам.",
     "На время ремонта труппа будет играть на площадке областного Дома культуры."),
    None, "Дмитрий Лисицын", "2026-10-20")

# --- Spanish / Portuguese ------------------------------------------------------------------------
PT_METRO = Article(
    "pt_metro", "pt", "Nova linha de metrô de Curitiba recebe primeiros trens de teste",
    ("Os dois primeiros trens da futura linha verde do metrô de Curitiba chegaram nesta terça-feira (20) ao pátio de manutenção no bairro Boqueirão, onde passarão por testes.",
     "Segundo a prefeitura, os trens serão testados sem passageiros durante seis meses. A previsão é que a linha, com 14 quilômetros e 12 estações, comece a operar no segundo semestre do próximo ano.",
     "A obra é financiada com recursos federais e municipais e custou até agora R$ 2,3 bilhões, 18% acima do orçamento inicial."),
    None, "Mariana Lopes", "2026-10-20")

ES_HARBOR = Article(
    "es_harbor", "es", "El puerto de Mar del Plata recupera la pesca de langostino",
    ("La flota pesquera de Mar del Plata volvió a descargar langostino en el puerto local después de tres temporadas con capturas muy bajas, según datos del Consejo Federal Pesquero.",
     "En las primeras dos semanas de octubre ingresaron al puerto unas 4.800 toneladas, el doble que en el mismo período del año pasado.",
     "Los armadores atribuyen la mejora a las aguas más frías de este invierno, que concentraron los cardúmenes cerca de la costa."),
    None, "Julián Ferreyra", "2026-10-21")

# --- English -------------------------------------------------------------------------------------
EN_FERRY = Article(
    "en_ferry", "en", "Island ferry service to add winter sailings after petition",
    ("The operator of the only ferry to Carrow Island will add two extra winter sailings a week from December, after more than 600 residents signed a petition.",
     "Ferry manager Ruth Calloway said the company had reviewed passenger numbers and found demand on Friday evenings had doubled since last year.",
     "\"We heard people loud and clear,\" she said. \"Nobody should have to choose between a hospital appointment and getting home the same day.\"",
     "The extra sailings will run on Fridays and Sundays until the end of March, and the company will review the timetable again in the spring."),
    None, "Tom Hadley", "2026-10-21")

EN_MATCH_ROWS = ("Player MIN PTS REB AST", "Jalen Ortiz 36 31 6 4", "Marcus Bell 34 18 11 2", "Devon Reyes 29 14 3 9")
EN_MATCH = Article(
    "en_match", "en", "Harbor City Gulls edge Lakeshore in overtime thriller",
    ("Jalen Ortiz scored 31 points, including the go-ahead three-pointer with 12 seconds left in overtime, as the Harbor City Gulls beat Lakeshore 104-101 on Tuesday night.",
     "The Gulls trailed by nine points early in the fourth quarter before a 14-2 run brought the home crowd to its feet.",
     "Leading scorers for the Gulls:",
     *EN_MATCH_ROWS,
     "The Gulls host Riverton on Friday."),
    None, "Kara Mills", "2026-10-20")

EN_GUIDE_STEPS = ("Check that your home's insulation is at least 270mm deep in the loft.",
                  "Ask an installer for a heat loss survey before choosing a pump size.",
                  "Compare at least three quotes and ask whether the grant is already deducted.",
                  "Plan where the outdoor unit will go: it needs about a metre of clear space.")
EN_GUIDE = Article(
    "en_guide", "en", "How to prepare your home for a heat pump: a four-step guide",
    ("Heat pumps can cut heating bills, but only if the house is ready for them. We asked three installers what homeowners most often get wrong.",
     "Before you book an installation, work through these steps:",
     *EN_GUIDE_STEPS,
     "Most installers say the survey is the step people are most tempted to skip, and the one that matters most."),
    None, "Priya Nair", "2026-10-19")

EN_LETTER = Article(
    "en_letter", "en", "Town council reverses library closure after letter from pupils",
    ("Wexley Town Council voted on Monday to keep the Elm Street library open, two weeks after a class of nine-year-olds wrote to every councillor.",
     "The letter, read aloud at the start of the meeting, said:",
     "We use the library after school because it is warm and quiet and the books are free. If it closes we will have nowhere to go until our parents finish work.",
     "Council leader Graham Price said the letter had changed several minds. The library will now share its building with the town's youth service to save costs."),
    None, "Helen Ward", "2026-10-20")

EN_SUB = Article(
    "en_sub", "en", "What I learned from a year of writing about small farms",
    ("A year ago I started this newsletter with a simple plan: visit one small farm every week and write about what I found.",
     "Fifty-two farms later, the thing that surprised me most was not the weather or the prices. It was how many farmers said their biggest problem was finding someone to take over.",
     "Almost half of the farmers I met were over sixty. Only a handful had a child or a neighbour ready to carry on.",
     "Next year I want to write about the people who are trying to solve that problem, from land trusts to apprenticeship schemes."),
    None, "Maggie Thornton", "2026-10-18")

EN_NEXT = Article(
    "en_next", "en", "City to plant 5,000 street trees in neighbourhoods with least shade",
    ("The city will plant 5,000 street trees over the next three years, focusing on the neighbourhoods with the least tree cover, the mayor's office announced on Tuesday.",
     "A mapping study found that summer pavement temperatures in the least shaded districts were up to 8C higher than in leafier parts of the city.",
     "Residents will be able to request a tree outside their home through the city's website from next month."),
    None, "Daniel Osei", "2026-10-20")
