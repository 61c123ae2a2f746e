# ruff: noqa: E501
"""Audit4 articles: all invented for this audit (none copied from real articles or ../shared/).

Each article is the clean original: title, paragraphs, and the metadata a repost still names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    key: str
    lang: str
    title: str
    paras: tuple[str, ...]
    publisher: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date part the page states


ZH_FLASH = Article(
    "zh_flash", "zh", "长江中游航道水位回升 货轮恢复满载通行",
    ("新华社武汉9月3日电（记者 钟岚）记者3日从长江航务管理局获悉，受近期上游来水增加影响，长江中游宜昌至武汉段航道水位持续回升，此前减载航行的5000吨级货轮已恢复满载通行，航道维护水深较8月下旬提高0.6米。",),
    "新华社", "钟岚", "2026-09-03")

ZH_SUBHEADS = Article(
    "zh_subheads", "zh", "一图读懂：今年秋季学期中小学课后服务有哪些新变化",
    ("本报北京9月1日电（记者 陶蕴）新学期开学在即，教育部近日印发通知，对今年秋季学期中小学课后服务工作作出部署。记者梳理了通知中的主要变化。",
     "一、服务时间更灵活",
     "通知要求，各地要结合当地作息时间，合理确定课后服务结束时间，原则上不早于当地正常下班时间。对有特殊需要的学生，学校要提供延时托管服务。",
     "二、服务内容更丰富",
     "课后服务除了指导学生认真完成作业外，还要开展体育、艺术、科普、劳动等活动。通知提出三项具体措施：",
     "1. 每所学校每学期至少开设10类兴趣活动；",
     "2. 鼓励引入少年宫、科技馆等校外资源；",
     "3. 严禁以课后服务名义进行集体补课。",
     "三、保障机制更完善",
     "通知明确，课后服务经费可通过财政补贴、服务性收费或代收费等方式筹措，家庭经济困难学生费用予以减免。教育部将把课后服务开展情况纳入义务教育质量评价。"),
    "人民日报", "陶蕴", "2026-09-01")

ZH_QUOTE = Article(
    "zh_quote", "zh", "守了三十年灯塔的老周退休了",
    ("九月的海风已经有些凉意。在浙江舟山的一座小岛上，62岁的周海生最后一次爬上灯塔的螺旋楼梯，把值班日志交到了年轻同事手里。",
     "“刚来的时候岛上没有电，晚上只能点煤油灯看书。那时候最怕台风，一刮起来整座塔都在晃，我就守在灯旁边，一夜不敢合眼。",
     "“现在不一样了，灯是自动的，监控也连到了陆地上。可我还是习惯每天上去看一看，擦一擦玻璃，心里才踏实。”",
     "三十年间，老周记录了一万多页值班日志。他说，这些本子他一本也舍不得扔，打算全部捐给当地的海事博物馆。",
     "交接仪式结束后，老周和老伴提着两只旧皮箱登上了回城的渡船。船开出很远，他还站在甲板上朝灯塔挥手。"),
    "浙江日报", "郑一帆", None)

ZH_LONG = Article(
    "zh_long", "zh", "黄土高原上的苹果新村：一个贫困县的产业突围",
    ("新华社西安10月12日电（记者 韩松 李沐阳）深秋的陕北，漫山遍野的苹果树挂满了红彤彤的果实。在延安市洛川县以北的一个山村里，果农们正忙着采摘、分拣、装箱，村口的冷库前排起了等待装车的货车长队。",
     "十年前，这里还是远近闻名的贫困村。村里的青壮年大多外出打工，留下的老人守着几亩靠天吃饭的玉米地，一年到头收入不过几千元。",
     "转机出现在2016年。县里组织农技人员到村里调查土壤和气候，发现这里海拔高、昼夜温差大，非常适合种植苹果。村党支部书记王建国带头拿出自家的五亩地试种，第三年就有了收成。",
     "“头一年挂果的时候，村里人都来我家地里看，不相信这山坡上能长出这么好的苹果。”王建国笑着回忆。",
     "看到了效益，村民们纷纷跟进。县里协调银行发放了小额贴息贷款，农业部门免费提供苗木，还请来西北农林科技大学的专家长期驻村指导。",
     "种苹果不难，卖苹果却难。最初几年，村里的苹果主要靠外地客商上门收购，价格被压得很低，好果子也卖不上好价钱。",
     "2020年，村里成立了苹果专业合作社，统一品种、统一标准、统一品牌。合作社建起了一座可储存3000吨的气调冷库，苹果可以错峰上市，每斤价格比采摘季高出一元多。",
     "电商也为山村打开了新的销路。村里的年轻人李晓燕从西安辞职回乡，当起了主播。她在果园里直播采摘，最多的一天卖出了两万多单。",
     "“城里人喜欢看果子是怎么从树上摘下来的，我就每天带着手机在地里转。”李晓燕说，去年她帮村里卖出了近四百吨苹果。",
     "产业发展起来，村里的面貌也在改变。硬化路修到了每家门口，村里建起了卫生室和幼儿园，外出打工的年轻人陆续回来了。",
     "据县农业农村局统计，全县苹果种植面积已达到52万亩，年产量超过90万吨，果业收入占农民人均可支配收入的六成以上。",
     "不过，新的挑战也随之而来。近两年苹果市场价格波动较大，部分老果园树龄偏大、品种老化，劳动力成本也在上升。",
     "对此，县里正在推进老果园改造，推广矮化密植栽培模式，并引进自动分选线和水肥一体化设备，降低人工成本。",
     "“下一步，我们要延长产业链，发展苹果醋、苹果脆片等深加工产品，让一个苹果卖出几个苹果的钱。”县农业农村局负责人说。",
     "夕阳西下，满载苹果的货车一辆接一辆驶出村口。王建国站在果园边算了一笔账：今年全村苹果收入预计能突破两千万元，户均增收三万元以上。"),
    "新华社", "韩松", "2026-10-12")

ZH_BRACKET = Article(
    "zh_bracket", "zh", "【聚焦进博会】首发新品数量创新高丨记者探馆",
    ("新华社上海11月4日电（记者 许晴）第九届中国国际进口博览会4日进入倒计时。记者在国家会展中心探馆看到，各展区布展已基本完成，不少参展商正在调试设备。",
     "据进博局介绍，本届进博会预计将有超过400项新产品、新技术和新服务首发首展，数量创历届新高。其中，医疗器械及医药保健展区的首发展品数量增长最为明显。",
     "一家欧洲医疗企业的中国区负责人告诉记者，公司今年带来了一款手术机器人，这是该产品首次在亚洲亮相。"),
    "新华社", "许晴", "2026-11-04")

EN_WIRE = Article(
    "en_wire", "en", "Harbour town votes to keep its last ferry running",
    ("PORT ELLIS, Maine (Coastline News) — Residents of this fishing town voted 412 to 97 on Tuesday to raise local taxes so their last passenger ferry can keep running through the winter.",
     "The 40-minute crossing links Port Ellis with three island communities where about 600 people live year-round. The private operator had said it would suspend winter sailings after losing money for four straight years.",
     "\"Without the boat, my kids don't get to school and my mother doesn't get to the doctor,\" said Dana Whitcomb, who runs a bait shop on Kettle Island. \"It's that simple.\"",
     "Under the plan, the town will pay the operator up to $380,000 a year for three years. State officials said they would study whether the route could qualify for federal rural transit funds.",
     "The first subsidised sailing is scheduled for Nov. 3."),
    "Coastline News", "Martha Reyes", "2026-10-14")

EN_LIVE = Article(
    "en_live", "en", "Storm Ilse live: power cuts spread across the north coast",
    ("10:42 — The weather service has extended its red warning for wind until 6 p.m. Gusts of up to 130 km/h were recorded at the harbour wall this morning.",
     "10:15 — About 38,000 homes are now without electricity, the grid operator says. Crews cannot start repairs until the wind drops.",
     "09:50 — All ferries between the mainland and the islands have been cancelled for the rest of the day.",
     "09:20 — Schools in three districts will stay closed, the regional education office confirmed."),
    "Northern Daily", None, "2026-02-09")

RU_NEWS = Article(
    "ru_news", "ru", "В Казани открыли первую в регионе библиотеку с круглосуточным доступом",
    ("КАЗАНЬ, 15 октября — В Казани в среду открылась первая в Татарстане библиотека, куда читатели могут приходить в любое время суток. Вход работает по электронному читательскому билету.",
     "Фонд библиотеки насчитывает около 18 тысяч книг, половина из них — учебная литература для студентов. В читальном зале оборудованы 60 рабочих мест с розетками и бесплатным интернетом.",
     "«Мы видим, что студенты готовятся к экзаменам по ночам, и хотели дать им тихое место для занятий», — рассказала директор библиотеки Анна Гарипова.",
     "Если опыт окажется удачным, в следующем году круглосуточный режим введут ещё в двух районных библиотеках города."),
    "Казанские ведомости", "Ильдар Сафин", "2026-10-15")

ES_NEWS = Article(
    "es_news", "es", "Un pueblo de Soria recupera su panadería gracias a una cooperativa vecinal",
    ("SORIA, 20 de marzo. Los vecinos de Valdeaguas, un pueblo de 140 habitantes en la provincia de Soria, han vuelto a comprar pan recién hecho después de tres años sin horno.",
     "Treinta y dos familias aportaron 500 euros cada una para crear una cooperativa que alquiló el antiguo obrador y contrató a una panadera de la comarca.",
     "«Aquí el pan no es solo comida, es el sitio donde la gente se encuentra por la mañana», explicó María Ángeles Ortún, presidenta de la cooperativa.",
     "La panadería abre de martes a domingo y reparte también en otros cuatro pueblos cercanos."),
    "Diario del Duero", "Lucía Pereda", "2026-03-20")

JA_NEWS = Article(
    "ja_news", "ja", "商店街の空き店舗に高校生のカフェ　地域の交流拠点に",
    ("長野県松本市の商店街で、地元の高校生が運営するカフェが２日、空き店舗を改装してオープンした。",
     "カフェは商業科の生徒約２０人が交代で運営し、地元産のリンゴを使ったケーキや紅茶を提供する。売り上げは店舗の家賃と材料費に充てる。",
     "店長を務める２年生の女子生徒は「お年寄りから子どもまで、誰でも気軽に立ち寄れる場所にしたい」と話した。",
     "商店街振興組合によると、通りの空き店舗は１０年前の約３倍に増えている。"),
    "信濃日報", None, "2026-04-02")

ZH_TW = Article(
    "zh_tw", "zh", "南投茶農試種咖啡 高山豆首度外銷日本",
    ("（中央社記者林怡君南投5日電）南投縣仁愛鄉一群茶農六年前開始在茶園間試種咖啡，今年首批高山咖啡豆外銷日本，每公斤售價超過新台幣2000元。",
     "產銷班長表示，咖啡樹需要遮蔭，正好可以種在茶樹旁邊的坡地上，兩種作物的採收期也錯開，不必多請工人。",
     "縣府農業處說，將協助農友申請產地標章，並輔導設立共同烘焙場。"),
    "中央社", "林怡君", None)

ARTICLES = (ZH_FLASH, ZH_SUBHEADS, ZH_QUOTE, ZH_LONG, ZH_BRACKET, EN_WIRE, EN_LIVE, RU_NEWS, ES_NEWS, JA_NEWS, ZH_TW)
