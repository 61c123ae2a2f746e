# ruff: noqa: E501
"""Audit19 stories: invented articles (nothing copied from real articles or ../shared/), in ten languages,
for pages that are not a plain single article (paged, gallery, video, live, Q&A, AMP/MIP, print, mobile,
paywall, forum, WeChat/app copies, listings, 404s, two stories, tables)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]
    date: str | None = None
    author: str | None = None
    publisher: str | None = None


# --- multi-page (three parts each) ---------------------------------------------------------------
ZH_PAGED = Story(
    "老城区雨污分流改造进入收尾阶段",
    (
        "记者从市住建局获悉，今年启动的老城区雨污分流改造工程已完成百分之八十五的管网铺设，预计十二月底前全部完工。",
        "工程涉及老城区四十二条街巷，新铺设污水管道约三十六公里，改造后雨水和生活污水将各走各路，不再混流入河。",
        "施工期间，部分路段实行半幅通行。市交警部门在十七个路口增派了人员疏导交通，并通过广播和导航软件提前发布绕行提示。",
        "家住鼓楼巷的居民周阿姨说，以前一下大雨巷子里就积水，污水还会倒灌进院子，这次改造后情况明显好转。",
        "市住建局有关负责人表示，工程完工后将同步开展路面修复和绿化提升，确保“改一条、好一条”。",
        "下一步，该局还将建立管网巡查制度，利用视频检测设备定期排查管道淤积和破损情况。",
    ),
    "2026-11-18", "陈立新", "江城日报",
)
EN_PAGED = Story(
    "How a small town rebuilt its flooded library",
    (
        "When the river broke its banks in March, the public library in Millbrook took in more than a metre of water. Nearly twelve thousand books were lost in a single night.",
        "Within a week, volunteers had set up a temporary lending desk in the fire station, stocked with donations from neighbouring towns.",
        "The rebuilding plan raised the ground floor by eighty centimetres and moved the children's section upstairs, away from any future flood.",
        "Local carpenters built the new shelves from timber salvaged from the old reading room, which residents said kept a piece of its history.",
        "The library reopened on Saturday with a queue stretching around the block. Librarian Grace Whitfield said the first book borrowed was a guide to river fishing.",
        "The town council has set aside funds for a flood barrier along the riverside path, to be finished before next spring.",
    ),
    "2026-11-14", "Daniel Morrow", None,
)
RU_PAGED = Story(
    "Как в Томске восстанавливают деревянные дома",
    (
        "В Томске завершился очередной сезон реставрации деревянных домов исторического центра. За лето мастера привели в порядок одиннадцать зданий.",
        "Программа «Дом за рубль» позволяет инвесторам получить аварийный дом по символической цене при условии, что они восстановят его за свой счёт.",
        "Самой сложной работой в этом году стала замена нижних венцов сруба на улице Белинского: дом пришлось поднимать домкратами на полметра.",
        "Резные наличники сначала снимают, очищают от старой краски и только потом возвращают на место. На один наличник уходит до трёх недель.",
        "В мэрии говорят, что к 2030 году планируется отреставрировать ещё сорок домов. Заявки от инвесторов уже поступили на половину из них.",
        "Жители отмечают, что после реставрации в квартал вернулись туристы и открылись две небольшие кофейни.",
    ),
    "2026-10-05", "Ольга Самойлова", None,
)
JA_PAGED = Story(
    "商店街の空き店舗、学生が運営するカフェに",
    (
        "市中心部の商店街で長く空き店舗になっていた建物が、地元の大学生が運営するカフェとして生まれ変わった。",
        "改装には学生約二十人が参加し、壁の塗装や家具の組み立ても自分たちで行った。費用の一部は市の補助金で賄った。",
        "店では地元農家から仕入れた野菜を使ったランチを提供している。平日の昼には近くの会社員で満席になる日もある。",
        "運営の中心となっている三年生の森田さんは「商店街に若い人が来るきっかけをつくりたかった」と話す。",
        "商店街振興組合によると、カフェの開店後、周辺の店舗でも来客が増えたという。",
        "学生たちは来年度、二階を地域の交流スペースとして開放する計画を立てている。",
    ),
    "2026-09-22", None, None,
)
DE_PAGED = Story(
    "Warum die Stadtbahn später kommt als geplant",
    (
        "Die neue Stadtbahnlinie zwischen Hauptbahnhof und Universität wird frühestens im Sommer 2028 eröffnet. Das teilten die Verkehrsbetriebe am Dienstag mit.",
        "Grund für die Verzögerung sind vor allem Leitungen im Untergrund, die in keinem Plan verzeichnet waren. Allein an der Kreuzung Ringstraße mussten drei Gasleitungen verlegt werden.",
        "Auch die Kosten steigen: Statt der ursprünglich veranschlagten 310 Millionen Euro rechnet man nun mit rund 365 Millionen.",
        "Der Fahrgastverband kritisiert, dass die Bürger zu spät informiert worden seien. Die Verzögerung sei seit Monaten absehbar gewesen.",
    ),
    "2026-11-10", "Katrin Vogel", None,
)
ES_PAGED = Story(
    "El mercado de abastos reabre tras dos años de obras",
    (
        "El mercado central de abastos volvió a abrir sus puertas este lunes después de dos años de rehabilitación integral del edificio.",
        "Los puestos se han reducido de noventa a setenta, pero cada uno dispone ahora de cámara frigorífica propia y de más espacio de trabajo.",
        "La cubierta de hierro, de principios del siglo pasado, ha sido desmontada pieza a pieza, limpiada y vuelta a montar.",
        "Los comerciantes confían en recuperar a los clientes que se acostumbraron a comprar en los supermercados durante las obras.",
    ),
    "2026-10-19", "Lucía Herrera", None,
)

# --- gallery, video, live ------------------------------------------------------------------------
ZH_GALLERY = Story(
    "组图：湿地公园迎来首批越冬候鸟",
    (
        "随着气温下降，城郊湿地公园近日迎来今年首批越冬候鸟，白鹭、苍鹭和多种野鸭在浅滩觅食栖息。",
        "一群白鹭在湿地浅滩上觅食，不时振翅飞起。",
        "两只苍鹭站在芦苇丛边，静静等待水中的小鱼。",
        "观鸟爱好者在栈道上架起长焦镜头，记录候鸟的身影。",
        "湿地管理人员在巡护途中清点候鸟数量。",
    ),
    "2026-11-21", None, None,
)
EN_GALLERY = Story(
    "In pictures: the harvest festival returns to the valley",
    (
        "After a two-year break, the valley's harvest festival drew thousands of visitors over the weekend, with parades, tractor races and a giant pumpkin contest.",
        "Farmers lead decorated tractors through the high street on Saturday morning.",
        "The winning pumpkin weighed in at 412 kilograms, a new record for the show.",
        "Children try their hand at sheep shearing under the watch of a local farmer.",
        "Fireworks closed the festival over the old stone bridge on Sunday night.",
    ),
    "2026-09-28", None, None,
)
DE_GALLERY = Story(
    "Bilder: So bunt war das Lichterfest am Hafen",
    (
        "Zehntausende Besucher kamen am Wochenende zum Lichterfest in den Hafen. Schiffe, Kräne und Lagerhallen wurden mit Projektionen in Szene gesetzt.",
        "Der alte Hafenkran leuchtete in wechselnden Farben.",
        "Ein Feuerschlucker zeigte sein Können vor der Lagerhalle 7.",
        "Zum Abschluss fuhr eine Parade geschmückter Boote durch das Hafenbecken.",
    ),
    "2026-10-12", None, None,
)
VI_GALLERY = Story(
    "Ngắm mùa hoa tam giác mạch trên cao nguyên đá",
    (
        "Những ngày cuối tháng mười, các sườn đồi trên cao nguyên đá phủ kín sắc hồng của hoa tam giác mạch, thu hút đông đảo du khách.",
        "Du khách chụp ảnh bên cánh đồng hoa ven quốc lộ.",
        "Trẻ em địa phương hái hoa kết thành vòng đội đầu.",
        "Một nông dân thu hoạch hạt tam giác mạch để làm bánh.",
    ),
    "2026-10-28", None, None,
)
ZH_VIDEO = Story(
    "视频｜消防员雨夜救出被困货车司机",
    ("11月19日夜间，一辆货车在国道涵洞积水处熄火，司机被困驾驶室。消防员接警后十分钟赶到现场，用救援绳索将司机安全转移。",),
    "2026-11-20", None, "江城广播电视台",
)
ES_VIDEO = Story(
    "Vídeo: así se prepara el turrón artesano en Jijona",
    (
        "En un obrador familiar de Jijona, tres generaciones elaboran el turrón con la receta de siempre: almendra tostada, miel y clara de huevo.",
        "El proceso dura más de diez horas y la masa se remueve a mano durante buena parte de él.",
    ),
    "2026-12-02", "Pablo Ortega", None,
)
AR_VIDEO = Story(
    "فيديو: افتتاح أكبر مكتبة عامة في المدينة",
    ("افتتحت البلدية صباح اليوم أكبر مكتبة عامة في المدينة، وتضم أكثر من مئة ألف كتاب وقاعة للأطفال ومساحة للدراسة تعمل حتى منتصف الليل.",),
    "2026-11-03", None, None,
)
ZH_LIVE = Story(
    "直播：2026江城马拉松鸣枪开跑",
    (
        "07:30 随着发令枪响，来自二十多个国家和地区的三万名选手从市民广场出发。",
        "08:05 男子领先集团已通过十公里折返点，配速稳定在每公里三分钟左右。",
        "09:12 赛道沿线二十个医疗点全部就位，志愿者在补给站为选手递上水和香蕉。",
        "09:41 男子组冠军产生，用时2小时11分08秒。",
    ),
    "2026-11-15", None, None,
)
FR_LIVE = Story(
    "En direct : tempête Ciarán, les dernières informations",
    (
        "06h45 Plus de 40 000 foyers sont privés d'électricité dans le département, selon le gestionnaire du réseau.",
        "07h20 La circulation des trains est interrompue entre Brest et Quimper jusqu'à nouvel ordre.",
        "08h10 Le préfet appelle les habitants à limiter leurs déplacements et à ne pas s'approcher du littoral.",
    ),
    "2026-11-02", None, None,
)
RU_LIVE = Story(
    "Онлайн: в городе открылся первый зимний фестиваль",
    (
        "10:00 На центральной площади открылся каток, первые посетители вышли на лёд вместе с оркестром.",
        "11:30 В парке начался конкурс ледяных скульптур, в нём участвуют двенадцать команд.",
        "13:15 Организаторы сообщили, что за первые три часа фестиваль посетили около восьми тысяч человек.",
    ),
    "2026-12-20", None, None,
)

# --- Q&A / interviews ---------------------------------------------------------------------------
ES_QA = Story(
    "«La biblioteca es el último espacio público gratuito»",
    (
        "María Soler dirige desde hace quince años la red de bibliotecas municipales. Hablamos con ella en la sala infantil, recién reformada.",
        "—¿Qué ha cambiado en estos años?",
        "—Antes venían a buscar libros. Ahora vienen a estar: a estudiar, a usar internet, a no pasar frío en invierno.",
        "—¿Y los libros?",
        "—Se prestan más que nunca, sobre todo los infantiles. Eso es lo que más me alegra.",
    ),
    "2026-11-08", "Andrés Molina", None,
)
FR_QA = Story(
    "« Le vélo cargo a changé notre quartier »",
    (
        "Fondatrice d'une coopérative de livraison à vélo, Claire Martin revient sur trois ans d'activité.",
        "Combien de livraisons faites-vous par jour ?",
        "Environ quatre cents, pour une soixantaine de commerces du centre-ville.",
        "Qu'est-ce qui a été le plus difficile ?",
        "Convaincre les commerçants que nous serions aussi rapides qu'une camionnette. Aujourd'hui, ils ne reviendraient pas en arrière.",
    ),
    "2026-10-30", "Julien Perrin", None,
)
KO_QA = Story(
    "[인터뷰] \"동네 서점은 사람을 만나는 곳입니다\"",
    (
        "골목 안 작은 서점을 10년째 운영하는 김수진 대표를 만났다.",
        "Q. 서점을 시작한 계기는 무엇인가요?",
        "A. 회사를 그만두고 동네에서 할 수 있는 일을 찾다가, 어릴 때부터 좋아하던 책을 떠올렸습니다.",
        "Q. 가장 기억에 남는 손님은요?",
        "A. 매주 토요일마다 아이와 함께 와서 그림책을 한 권씩 사 가던 아버지입니다. 그 아이가 올해 중학생이 됐어요.",
    ),
    "2026-11-11", "박지훈", None,
)

# --- AMP / MIP / print / mobile ------------------------------------------------------------------
VI_AMP = Story(
    "Hà Nội mở thêm ba tuyến xe buýt điện",
    (
        "Từ ngày 1/12, Hà Nội đưa vào khai thác thêm ba tuyến xe buýt điện kết nối các khu đô thị phía tây với trung tâm thành phố.",
        "Mỗi tuyến có tần suất 15 phút một chuyến vào giờ cao điểm, giá vé giữ nguyên như xe buýt thường.",
        "Sở Giao thông vận tải cho biết đến năm 2030, toàn bộ xe buýt của thành phố sẽ chuyển sang dùng điện hoặc năng lượng xanh.",
    ),
    "2026-11-25", "Minh Anh", None,
)
AR_AMP = Story(
    "ارتفاع أعداد السياح في المدينة القديمة",
    (
        "سجلت المدينة القديمة ارتفاعا في أعداد السياح خلال الأشهر التسعة الأولى من العام، بنسبة بلغت خمسة عشر في المئة مقارنة بالعام الماضي.",
        "وقال مدير هيئة السياحة إن افتتاح المتحف الجديد وترميم الأسواق التاريخية ساهما في جذب الزوار.",
    ),
    "2026-10-14", "سارة الخطيب", None,
)
ZH_MIP = Story(
    "我市新增12处口袋公园",
    (
        "今年以来，我市利用边角地、闲置地新建口袋公园12处，总面积约3.6万平方米。",
        "这些公园大多位于老旧小区周边，配备了健身器材、儿童游乐设施和休息座椅，步行五分钟即可到达。",
        "市园林局表示，明年还将继续推进口袋公园建设，让市民“推窗见绿、出门入园”。",
    ),
    "2026-11-12", None, "江城晚报",
)
ZH_PRINT = Story(
    "关于2026年冬季供暖工作的通知",
    (
        "各区人民政府，市政府各部门：",
        "为做好2026年冬季供暖工作，保障群众温暖过冬，现将有关事项通知如下。",
        "一、供暖时间为2026年11月15日至2027年3月15日。遇极端天气，可根据实际情况提前或延长供暖。",
        "二、各供热企业要于11月10日前完成设备检修和试运行，确保按时供热。",
        "三、各区要设立供暖服务热线，及时处理群众反映的问题。",
    ),
    "2026-11-01", None, "江城市人民政府办公室",
)
EN_PRINT = Story(
    "Council approves plan for riverside cycle path",
    (
        "The city council voted 9-2 on Tuesday night to approve a 4.5-mile cycle path along the east bank of the river.",
        "Construction is expected to begin in April and take about eighteen months. The path will link the university campus with the new rail station.",
        "Councillor Ruth Adeyemi, who proposed the plan, said it would give thousands of students a safe route to class.",
    ),
    "2026-11-04", "Megan Clarke", None,
)
DE_PRINT = Story(
    "Neue Kita im Westend öffnet im Januar",
    (
        "Im Westend öffnet im Januar eine neue Kindertagesstätte mit 90 Plätzen. Der Bau hat rund 6,2 Millionen Euro gekostet.",
        "Die Anmeldung ist ab sofort über das Online-Portal der Stadt möglich. Geschwisterkinder werden bevorzugt berücksichtigt.",
    ),
    "2026-12-01", "Jonas Becker", None,
)
ZH_MOBILE = Story(
    "社区食堂开进老小区 老人吃饭不再犯愁",
    (
        "近日，位于长青街道的社区食堂正式营业，周边三个老旧小区的老年居民有了就近吃饭的地方。",
        "食堂每天供应午餐和晚餐，一荤两素一汤的套餐售价12元，70岁以上老人还可享受八折优惠。",
        "街道负责人介绍，食堂由政府提供场地、企业负责运营，下一步还将开通送餐上门服务。",
    ),
    "2026-11-19", "刘畅", "江城晚报",
)
KO_MOBILE = Story(
    "동네 도서관, 밤 10시까지 문 연다",
    (
        "시는 다음 달부터 동네 도서관 다섯 곳의 운영 시간을 밤 10시까지 연장한다고 밝혔다.",
        "퇴근 후 도서관을 이용하고 싶다는 직장인들의 요청이 꾸준히 이어진 데 따른 것이다.",
        "시 관계자는 이용 현황을 살펴본 뒤 연장 운영 도서관을 늘릴 계획이라고 말했다.",
    ),
    "2026-11-27", "이서연", None,
)
RU_MOBILE = Story(
    "В городе запустили новый маршрут электробуса",
    (
        "С понедельника в городе начал работать новый маршрут электробуса № 12. Он соединил спальный район Северный с железнодорожным вокзалом.",
        "Интервал движения в часы пик составит восемь минут. Стоимость проезда не изменится.",
    ),
    "2026-11-23", "Игорь Петров", None,
)

# --- paywall -------------------------------------------------------------------------------------
EN_PAYWALL = Story(
    "Inside the race to save the last glacier in the range",
    ("High above the valley, a team of scientists has spent the summer wrapping the last surviving glacier in reflective blankets, trying to buy it a few more decades.",),
    "2026-08-30", "Helen Park", None,
)
FR_PAYWALL = Story(
    "Les cantines scolaires face à la hausse des prix alimentaires",
    (
        "Depuis la rentrée, plusieurs communes du département ont relevé le prix du repas à la cantine, parfois de plus de 20 %.",
        "D'autres ont choisi de maintenir les tarifs en réduisant la part de produits bio, au grand dam des associations de parents.",
    ),
    "2026-10-07", "Sophie Lambert", None,
)
JA_PAYWALL = Story(
    "地方鉄道、存続へ住民が出資",
    ("赤字が続く地方鉄道の存続に向け、沿線住民が出資する新会社が今月設立された。出資者はすでに千人を超えている。",),
    "2026-11-06", "佐藤健", None,
)
DE_PAYWALL = Story(
    "Wie die Innenstadt ohne Kaufhaus leben will",
    (
        "Seit das Kaufhaus am Marktplatz geschlossen hat, steht das größte Gebäude der Innenstadt leer.",
        "Jetzt soll es Wohnungen, eine Stadtbibliothek und eine Markthalle aufnehmen.",
    ),
    "2026-09-15", "Anna Keller", None,
)

# --- forums, WeChat, app copies ------------------------------------------------------------------
EN_FORUM = Story(
    "Harbour ferry to run all night from December",
    (
        "The harbour ferry will run a 24-hour service on weekends from the first of December, the transport authority announced on Monday.",
        "Night sailings will leave every forty minutes between midnight and 6am, with fares unchanged.",
        "The authority said the trial would last six months and be extended if demand held up.",
    ),
    "2026-11-16", None, "Bay Herald",
)
RU_FORUM = Story(
    "На реке Томь открыли новую набережную",
    (
        "В Кемерове открыли после реконструкции набережную реки Томь протяжённостью почти два километра.",
        "Здесь появились велодорожка, смотровые площадки и освещение вдоль всей прогулочной зоны.",
        "По словам главы города, работы по второй очереди набережной начнутся весной.",
    ),
    "2026-09-01", None, "Кузбасс Сегодня",
)
VI_FORUM = Story(
    "TP.HCM thí điểm phân loại rác tại nguồn ở ba quận",
    (
        "Từ tháng 12, ba quận của TP.HCM sẽ thí điểm phân loại rác tại nguồn thành ba nhóm: rác hữu cơ, rác tái chế và rác còn lại.",
        "Các hộ dân được phát miễn phí túi đựng rác có màu khác nhau để dễ phân biệt.",
        "Sau sáu tháng thí điểm, thành phố sẽ đánh giá kết quả trước khi mở rộng ra toàn địa bàn.",
    ),
    "2026-11-20", None, "Báo Thành phố",
)
ZH_FORUM = Story(
    "江城至临港城际铁路开通运营",
    (
        "11月28日上午，江城至临港城际铁路正式开通运营，两地最快通行时间缩短至38分钟。",
        "该线路全长86公里，设站8座，初期每天开行动车组列车42对。",
        "铁路部门提示，旅客可通过12306网站和手机客户端购票。",
    ),
    "2026-11-28", None, "江城日报",
)
ZH_WECHAT = Story(
    "这个冬天，去城郊看一场雾凇",
    (
        "每年十二月到次年一月，城郊的松花湖畔都会出现雾凇奇观。",
        "清晨气温降到零下二十度以下时，湖面升起的水汽凝结在树枝上，形成一片银白色的世界。",
        "观赏雾凇最好的时间是早上八点到十点，太阳升高后，雾凇会逐渐脱落。",
        "提醒大家注意保暖，湖边道路结冰，驾车请减速慢行。",
    ),
    "2026-12-05", "林晓", None,
)
ZH_BJH = Story(
    "一家县城面馆的二十年",
    (
        "在县城老车站旁边，老周的面馆已经开了二十年。每天凌晨四点，他就开始和面、熬汤。",
        "店里只卖三种面，价格十年没怎么变过。很多在外地工作的年轻人回到县城，第一顿饭都要来这里吃。",
        "老周说，只要还干得动，就会一直开下去。",
    ),
    "2026-11-09", "县城故事", None,
)
ZH_TOUTIAO = Story(
    "高速服务区新增充电桩 春节返乡不用排长队",
    (
        "记者从省交通投资集团了解到，全省高速公路服务区今年新增充电桩620个，目前已实现服务区充电设施全覆盖。",
        "春节期间，各服务区还将安排移动充电车，在车流高峰时段为新能源汽车提供应急充电。",
    ),
    "2026-12-10", None, "江城交通广播",
)

# --- two articles, tables, lists -----------------------------------------------------------------
ZH_TWO_A = Story(
    "市图书馆推出“夜读”服务",
    (
        "从本月起，市图书馆每周五、周六延长开放至晚上十点，推出“夜读”服务。",
        "夜间开放期间，图书馆开设自习区、亲子阅读区，并定期举办读书分享会。",
    ),
    "2026-11-06", None, "江城日报",
)
ZH_TWO_B = Story(
    "江城博物馆新展开幕",
    (
        "江城博物馆“千年运河”特展昨日开幕，展出文物两百余件。",
        "展览将持续至明年三月，市民可通过博物馆公众号免费预约参观。",
    ),
    "2026-11-07", None, "江城日报",
)
EN_TWO_A = Story(
    "Bakery chain to open twelve new stores",
    (
        "A regional bakery chain plans to open twelve new stores across the county next year, creating around 150 jobs.",
        "The company said it would focus on market towns that have lost their high-street bakeries in recent years.",
    ),
    "2026-10-21", "Sam Turner", None,
)
EN_TWO_B = Story(
    "Bus fares frozen for another year",
    (
        "Bus fares across the region will stay at their current level until at least next December, the transport authority said.",
        "The freeze will cost about £4 million, funded from the regional transport budget.",
    ),
    "2026-10-21", "Priya Shah", None,
)
AR_TWO_A = Story(
    "افتتاح حديقة جديدة في حي الزهور",
    (
        "افتتحت البلدية حديقة عامة جديدة في حي الزهور على مساحة عشرة آلاف متر مربع.",
        "وتضم الحديقة ملاعب للأطفال ومسارا للمشي ومساحات خضراء واسعة.",
    ),
    "2026-10-02", None, None,
)
AR_TWO_B = Story(
    "تمديد ساعات عمل المكتبة العامة",
    (
        "أعلنت المكتبة العامة تمديد ساعات عملها حتى العاشرة مساء طوال أيام الأسبوع.",
        "ويأتي القرار استجابة لطلبات الطلاب خلال فترة الامتحانات.",
    ),
    "2026-10-03", None, None,
)
ES_TWO_A = Story(
    "La ciudad plantará 5.000 árboles este invierno",
    (
        "El Ayuntamiento plantará cinco mil árboles en calles y parques durante los meses de invierno.",
        "La mayoría serán especies autóctonas, más resistentes a la sequía.",
    ),
    "2026-11-30", "Marta Gil", None,
)
ES_TWO_B = Story(
    "Nuevo horario de las piscinas municipales",
    (
        "Las piscinas cubiertas municipales abrirán desde las siete de la mañana a partir del lunes.",
        "El cambio responde a la demanda de los usuarios que nadan antes de ir a trabajar.",
    ),
    "2026-11-30", "Marta Gil", None,
)
