# ruff: noqa: E501
"""Audit15 articles (TITLE field): every text invented for this audit. A story holds the headline and the
body its first publisher wrote; kickers, deks, site names and spam around it are added by the case builders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]


# --- Chinese -----------------------------------------------------------------------------------------
BRIDGE = Story("老城区最后一座木桥完成加固", (
    "11月20日，经过四个月的施工，老城区南河上的永安木桥完成加固，重新向行人开放。这座木桥始建于清代，是城区现存唯一一座木结构廊桥。",
    "施工单位负责人介绍，此次加固更换了十二根受潮腐朽的桥柱，并在桥面下加装了钢结构托架，外观保持原样。",
    "附近居民赵阿姨说，小时候每天都要从桥上走过去上学，看到老桥修好了，心里踏实多了。"))
ZHUANFANG = Story("专访｜非遗传承人陈素梅：竹编也能走进年轻人的生活", (
    "在陈素梅的工作室里，竹编灯罩、竹编耳环和竹编手机壳摆满了整面墙。这位五十二岁的竹编艺人，从十六岁起就跟着父亲学手艺。",
    "“过去竹编是农家的日用品，现在要让年轻人愿意买、愿意用，就得改款式。”陈素梅说，她每年都会和美术学院的学生一起设计新品。",
    "去年，她的工作室开设了周末体验课，一年来接待学员两千多人次，其中一半以上是三十岁以下的年轻人。"))
WENDA = Story("问答｜新版居住证积分办法有哪些变化？", (
    "问：新版办法什么时候开始实施？答：新版居住证积分办法自明年1月1日起施行，旧办法同时废止。",
    "问：积分项目有哪些调整？答：新版办法取消了对购房的加分，增加了志愿服务和技能等级证书的加分项目。",
    "问：已经取得的积分还有效吗？答：已取得的积分继续有效，申请人无需重新提交材料。"))
NIGHT = Story("“小店经济”撑起夜市 3个月新增摊位120个", (
    "入夜后的滨江夜市灯火通明，烤串、糖水和手作饰品摊位前挤满了顾客。今年8月以来，夜市新增摊位120个，其中七成是首次创业的年轻人。",
    "夜市管理方介绍，摊位实行“一摊一码”管理，摊主通过手机即可申请和续租，每月管理费比去年下调了三成。",
    "周边商户也从中受益。一家开了十年的面馆老板说，夜市开张后，晚上的营业额几乎翻了一番。"))
ENGINEER = Story("十年磨一剑——记青年桥梁工程师周远航", (
    "三十四岁的周远航已经在桥梁工地上度过了十个年头。从实习生到项目技术负责人，他参与建设的大桥有五座。",
    "在跨江大桥施工最紧张的那年冬天，他带领团队连续攻关，解决了深水基础施工中的渗水难题，相关做法后来写进了施工规范。",
    "谈到下一步，周远航说，希望把工地上积累的经验整理成教材，让更多年轻工程师少走弯路。"))
POWER = Story("冬季用电高峰来临，电网如何保供？", (
    "随着气温持续走低，本市用电负荷连续三天创下今冬新高。市电力公司表示，目前电网运行平稳，电力供应总体有保障。",
    "据介绍，电力公司提前完成了二十三座变电站的检修，并在用电集中的老旧小区增设了临时变压器。",
    "电力公司提醒市民，取暖设备不要长时间满负荷运行，发现线路异常应及时拨打服务热线报修。"))
CANTEEN = Story("社区食堂开进老旧小区 老人吃饭不再难", (
    "11月18日，城东街道首家社区食堂在幸福里小区开门营业。食堂每天供应早餐和午餐，六十岁以上老人用餐可享受八折优惠。",
    "街道工作人员介绍，食堂由小区闲置的自行车棚改造而成，运营交给一家有资质的餐饮企业，街道负责监督菜价和食品安全。",
    "开业第一天，食堂接待了两百多位居民。住在五楼的王大爷说，以后不用再为一日三餐发愁了。"))

# --- English -----------------------------------------------------------------------------------------
HARBOUR = Story("Council approves plan to pedestrianise the harbour front", (
    "Cars will be banned from the harbour front from next summer after councillors voted eleven to four in favour of the scheme on Tuesday night.",
    "The plan closes Quay Street and Anchor Lane to traffic between ten in the morning and six in the evening, with exemptions for deliveries and blue badge holders.",
    "Traders remain divided. The owner of a fish restaurant said the change would bring more people to the water, while a hardware shop warned that customers would go elsewhere."))
PARKING = Story("Q&A: What the new parking rules mean for residents", (
    "Who needs a permit? From April, anyone who parks on a street inside the central zone between eight in the morning and six in the evening will need a resident or visitor permit.",
    "How much will it cost? A resident permit will cost forty pounds a year for the first car and sixty for a second one. Visitor permits come in books of ten.",
    "What about blue badge holders? Drivers with a blue badge can park free of charge in any permit bay and do not need to apply."))
STORM = Story("Live: Storm Elin brings flooding to the east coast", (
    "Coastguards have closed the promenade in Southcliff after waves overtopped the sea wall shortly before high tide this morning.",
    "The rail operator says trains between Southcliff and Marsh End are cancelled for the rest of the day because of debris on the line.",
    "The weather service has extended its amber warning for wind until midnight, with gusts of up to seventy miles an hour expected on exposed headlands."))
FIRE = Story("Warehouse fire on Elm Street - what we know so far", (
    "A fire broke out at a furniture warehouse on Elm Street shortly after two in the morning, sending a column of smoke across the industrial estate.",
    "Six fire engines attended and crews had the blaze under control by dawn. Nobody was inside the building at the time, the fire service said.",
    "Residents of nearby streets were asked to keep their windows closed while the smoke cleared. The cause of the fire is not yet known."))
FOURDAY = Story("Is the four-day week working? 12 councils report back", (
    "A year after twelve district councils moved staff to a four-day week, their first reports show sickness absence falling and recruitment becoming easier.",
    "Most councils say waiting times for planning decisions and bin collections stayed the same, although two reported longer delays in handling complaints.",
    "Opponents argue the figures are too early to judge and want an independent review before any other council adopts the scheme."))
TIDEPOOL = Story("A morning among the rock pools", (
    "We got to the beach just after low tide, buckets in hand, and spent two hours turning over stones at the north end of the bay.",
    "The children found three shore crabs, a blenny hiding under a ledge and more periwinkles than anyone could count. Everything went back exactly where it came from.",
    "If you go, check the tide tables first and wear shoes with a good grip: the weed on the lower rocks is slippery."))

# --- other languages -----------------------------------------------------------------------------------
JA_MISO = Story("はじめての味噌づくりに挑戦しました", (
    "近所の公民館で開かれた味噌づくり教室に参加してきました。大豆を煮てつぶし、麹と塩を混ぜて樽に詰めるまで、三時間ほどの作業でした。",
    "先生によると、食べごろは十か月後とのこと。来年の秋までじっくり待ちたいと思います。",
    "帰りに教室で使ったのと同じ麹を分けてもらったので、次は自宅で少しだけ仕込んでみるつもりです。"))
JA_OFFICE = Story("駅前の商店街にシェアオフィス開業　空き店舗を活用", (
    "港町駅前の商店街で三日、空き店舗を改装したシェアオフィスが開業した。机二十席と会議室一室を備え、一時間単位で利用できる。",
    "運営する商店街振興組合によると、商店街では十年前から空き店舗が増え、現在は全体の三割近くが閉まったままになっている。",
    "組合の理事長は「昼間に人が集まる場所をつくり、周りの飲食店にも客が流れるようにしたい」と話している。"))
KO_LIB = Story("[단독] 시립도서관, 내년부터 24시간 무인 대출 도입", (
    "시립중앙도서관이 내년 3월부터 24시간 무인 대출 서비스를 시범 운영한다. 이용자는 회원증만 있으면 밤이나 휴일에도 예약한 책을 찾아갈 수 있다.",
    "도서관 측은 야간 근무 인력을 늘리지 않고도 직장인들의 이용 편의를 높일 수 있을 것으로 기대하고 있다.",
    "시는 시범 운영 결과를 바탕으로 2028년까지 구립도서관 다섯 곳에도 같은 서비스를 확대할 계획이다."))
RU_BRIDGE = Story("Жители Заречья добились ремонта «Старого моста»", (
    "Администрация города включила ремонт пешеходного моста через Вятку в план работ на следующий год. Жители Заречья собирали подписи за это почти два года.",
    "По словам инженеров, настил моста прогнил, а перила в нескольких местах держатся только на проволоке. Смета ремонта составляет около сорока миллионов рублей.",
    "На время работ пешеходов будут перевозить на катере, который будет ходить каждые двадцать минут."))
ES_LIB = Story("El ayuntamiento amplía el horario de las bibliotecas en verano", (
    "Las cuatro bibliotecas municipales abrirán hasta las diez de la noche durante julio y agosto, según anunció este martes la concejala de Cultura.",
    "La medida responde a la petición de los estudiantes que preparan oposiciones y que buscaban un lugar fresco para estudiar por la tarde.",
    "El ayuntamiento contratará a seis auxiliares durante el verano para cubrir los nuevos turnos."))
DE_BIKE = Story("Gemeinde stimmt für neuen Radweg entlang der Mosel", (
    "Der Gemeinderat hat am Dienstagabend mit großer Mehrheit beschlossen, einen durchgehenden Radweg zwischen dem Ortskern und dem Nachbardorf zu bauen.",
    "Die Strecke soll rund vier Kilometer lang werden und größtenteils auf dem alten Leinpfad verlaufen. Die Kosten schätzt die Verwaltung auf 1,8 Millionen Euro.",
    "Mit dem Bau soll im kommenden Frühjahr begonnen werden, sofern das Land die beantragten Fördermittel bewilligt."))
FR_PARK = Story("Réforme du stationnement : ce qui change au 1er mars", (
    "À partir du 1er mars, le stationnement deviendra payant le samedi dans tout le centre-ville, a annoncé la mairie lors du dernier conseil municipal.",
    "Les résidents pourront toujours souscrire un abonnement mensuel, dont le tarif passe de vingt à vingt-cinq euros.",
    "La première demi-heure restera gratuite afin de ne pas pénaliser les commerces de proximité, précise l'adjoint chargé des mobilités."))
AR_LIB = Story("افتتاح أول مكتبة عامة متنقلة في المدينة", (
    "افتتحت البلدية صباح الثلاثاء أول مكتبة عامة متنقلة، وهي حافلة مجهزة بأكثر من ثلاثة آلاف كتاب ستتنقل بين الأحياء طوال أيام الأسبوع.",
    "وقال مدير المكتبة إن الحافلة ستتوقف ساعتين في كل حي، ويمكن للسكان استعارة الكتب مجانا باستخدام بطاقة الهوية.",
    "وتخطط البلدية لإضافة حافلة ثانية مخصصة لكتب الأطفال مع بداية العام الدراسي المقبل."))
