# ruff: noqa: E501
"""Audit17 articles (inputs and bytes end to end): every text invented for this audit, one or more per
language/script the legacy encodings serve. A story is what its first publisher wrote; the pages, labels
and byte damage around it are the case builders' work."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]
    lang: str

    @property
    def body(self) -> str:
        return "\n".join(self.paras)


# --- Chinese (simplified) --------------------------------------------------------------------------
FERRY = Story("江心岛渡轮换上电动船 船舱噪音降了一半", (
    "本报讯 连接江心岛和南岸码头的三条渡轮日前全部换成电动船，岛上居民出行从此告别了柴油味和轰鸣声。",
    "航运公司负责人介绍，新船每次充电可往返十二趟，夜间在码头充电桩补电，船舱内噪音比过去降低了一半左右。",
    "在岛上卖了二十多年豆腐的黄阿姨说：“以前坐船要捂着耳朵，现在能跟邻居聊上几句，孩子也不晕船了。”",
    "据悉，渡轮票价保持不变，早晚高峰将加开两个班次，方便岛上学生和上班族。"), "zh")
GRANARY = Story("废弃粮站变身社区书房 老人孩子都爱来", (
    "城东街道一座闲置了十多年的老粮站，经过半年改造，变成了一间可容纳六十人的社区书房。",
    "书房保留了粮仓的木梁和拱形屋顶，墙上挂着当年的粮票和收购单据，不少老人来这里看书时还会给孩子讲起过去的故事。",
    "街道工作人员表示，书房每天开放十小时，图书由区图书馆统一配送，每月更换一次，周末还会举办读书会和手工课。"), "zh")
ORCHARD_ZH = Story("山区果农用上无人机授粉 梨花节前完成八百亩", (
    "连日来，北山乡的梨园里响起嗡嗡声，十几架植保无人机在花海上空来回作业，为梨树进行人工辅助授粉。",
    "合作社理事长刘国庆说，往年授粉要雇上百名工人爬梯子点花，今年用无人机喷洒花粉液，八百亩梨园四天就完成了。",
    "乡农技站提醒，无人机授粉要避开大风和降雨天气，花粉液应现配现用，确保坐果率。"), "zh")

# --- Chinese (traditional, Taiwan / Hong Kong) -----------------------------------------------------
CINEMA_TW = Story("臺南老戲院整修完工 週末重新放映黑白電影", (
    "位於中西區巷弄內的老戲院歷經兩年整修，本週末將重新開幕，首檔節目是三部1950年代的臺語黑白電影。",
    "戲院第三代經營者表示，整修時保留了木製座椅和手繪看板，放映機則換成數位設備，票價維持一百元。",
    "文化局指出，老戲院是府城重要的庶民記憶，未來將與鄰近店家合作推出導覽行程，帶民眾認識街區歷史。"), "zh-TW")
MARKET_HK = Story("深水埗舊街市翻新 檔主盼吸引年輕街坊", (
    "經營了四十年的深水埗舊街市昨日完成翻新，重新開放，通道加闊，並加裝了冷氣和新的排水系統。",
    "賣菜的陳太笑說：「以前夏天熱到冇人想入嚟，而家凍冰冰，啲街坊行得舒服好多。」",
    "管理處表示，街市會試行電子支付，並在週末舉辦本地農產品市集，希望吸引更多年輕家庭光顧。"), "zh-HK")

# --- Japanese --------------------------------------------------------------------------------------
SHOTEN = Story("商店街の空き店舗に子ども食堂 月二回、地元農家が食材提供", (
    "駅前の商店街で長く空き店舗となっていた元文具店を活用し、地域の子ども食堂が今月オープンした。",
    "運営するボランティア団体によると、食材は近隣の農家や豆腐店から無償で提供され、毎回五十食ほどを用意する。",
    "代表の佐藤さんは「子どもだけでなく、一人暮らしのお年寄りにも気軽に来てほしい」と話している。"), "ja")
STATION_JA = Story("山あいの無人駅舎、小さな図書室に生まれ変わる", (
    "利用客の減少で無人化された山あいの駅舎が、住民の手で小さな図書室として生まれ変わった。",
    "本棚は地元の高校生が木工の授業で作り、蔵書約八百冊はすべて住民からの寄贈だという。",
    "列車を待つ間に本を読む人も多く、町は来年度から駅舎の清掃や管理を住民団体に委託する方針だ。"), "ja")

# --- Korean ----------------------------------------------------------------------------------------
BUSSTOP_KO = Story("시골 버스정류장에 작은 도서관 생겨", (
    "하루에 버스가 네 번만 다니는 산골 마을 정류장에 주민들이 만든 작은 도서관이 문을 열었다.",
    "마을 이장은 버스를 기다리는 어르신들과 학생들이 책을 읽을 수 있도록 정류장 옆 창고를 고쳤다고 말했다.",
    "책은 인근 초등학교와 주민들이 기증했으며, 겨울에는 난로를 켜 두어 똠방똠방 걸어오는 아이들도 몸을 녹일 수 있다."), "ko")

# --- Cyrillic --------------------------------------------------------------------------------------
TRAMS_RU = Story("В Твери открыли музей старых трамваев", (
    "В бывшем трамвайном депо на окраине Твери открылся музей, где собраны вагоны, ходившие по городу с тридцатых годов.",
    "Энтузиасты из клуба любителей электротранспорта восемь лет восстанавливали кузова, сиденья и даже билетные компостеры.",
    "По выходным один из вагонов будет выезжать на короткий маршрут по территории депо, билеты продаются на месте."), "ru")
CLOCK_UK = Story("У Луцьку відновили годинник на старій ратуші", (
    "Майстри з Луцька завершили реставрацію годинника на вежі старої ратуші, який мовчав понад двадцять років.",
    "За словами реставраторів, механізм довелося розібрати повністю: частину шестерень виготовили заново за старими кресленнями.",
    "Тепер годинник щогодини відбиває час, а його ґанок відкриють для екскурсій уже цієї осені."), "uk")

# --- Central / Southern / Eastern Europe -----------------------------------------------------------
STATION_PL = Story("W Gdańsku dworzec zamienił się w bibliotekę", (
    "Zabytkowy budynek dawnej stacji kolejowej w Gdańsku-Oliwie został przebudowany na filię miejskiej biblioteki.",
    "Czytelnicy mogą korzystać z sali z widokiem na perony, a w dawnej kasie biletowej urządzono kącik dla dzieci.",
    "Dyrektorka biblioteki podkreśla, że księgozbiór liczy już ponad dwanaście tysięcy woluminów i wciąż się powiększa."), "pl")
CRAFT_CS = Story("Na Vysočině otevřeli školu tradičních řemesel", (
    "V obci Křížová na Vysočině začala fungovat škola, kde se dospělí i děti učí kovářství, tkaní a pletení košíků.",
    "Zakladatelé opravili starou faru a dílny vybavili nářadím, které jim darovali řemeslníci z okolí.",
    "Kurzy jsou zatím obsazené až do jara, proto škola plánuje otevřít další dílnu v přízemí budovy."), "cs")
BIKE_HU = Story("Új kerékpárút köti össze a felvidéki falvakat", (
    "Átadták azt a tizennégy kilométeres kerékpárutat, amely öt kis falut köt össze a tóparti településekkel.",
    "A polgármesterek szerint a beruházás nemcsak a turistáknak kedvez, hanem a helyieknek is, akik eddig a forgalmas főúton kerékpároztak.",
    "Az útvonal mentén pihenőket és ivókutakat építettek, ősszel pedig gyümölcsfákat ültetnek a szélére."), "hu")
HARBOUR_EL = Story("Άνοιξε ξανά το παλιό λιμανάκι της Άνδρου", (
    "Ύστερα από δύο χρόνια εργασιών, το παλιό λιμανάκι στη βόρεια ακτή της Άνδρου άνοιξε ξανά για τα μικρά αλιευτικά σκάφη.",
    "Οι ψαράδες του χωριού λένε ότι ο νέος κυματοθραύστης προστατεύει πλέον τις βάρκες τους από τους χειμωνιάτικους ανέμους.",
    "Ο δήμος σχεδιάζει να αναπαλαιώσει και την Άγια Ειρήνη, το μικρό εκκλησάκι πάνω από την προβλήτα."), "el")
GAR_TR = Story("Eskişehir'de eski gar binası kütüphaneye dönüştü", (
    "Eskişehir'de yıllardır boş duran tarihi gar binası, belediyenin çalışmalarıyla halk kütüphanesine dönüştürüldü.",
    "Kütüphane müdürü, “Bina, şehrin hafızası. Kitapları eski bekleme salonunun raflarına yerleştirdik” dedi.",
    "Kütüphane hafta içi akşam dokuza kadar açık olacak; İngilizce ve Almanca okuma grupları da kurulacak."), "tr")
LIBRARY_AR = Story("افتتاح مكتبة متنقلة تجوب قرى الجنوب", (
    "أطلقت جمعية ثقافية محلية مكتبة متنقلة على متن حافلة قديمة تزور القرى الجنوبية مرتين كل أسبوع.",
    "وقال رئيس الجمعية إن الحافلة تحمل أكثر من ألفي كتاب للأطفال والكبار، إلى جانب ركن صغير للقراءة.",
    "ويأمل القائمون على المبادرة أن تصل المكتبة إلى عشرين قرية بحلول نهاية العام المقبل."), "ar")
MARKET_TH = Story("ชุมชนริมคลองเปิดตลาดน้ำยามเย็น", (
    "ชาวบ้านริมคลองแห่งหนึ่งในจังหวัดนนทบุรีร่วมกันเปิดตลาดน้ำยามเย็นทุกวันเสาร์ เพื่อขายผักผลไม้และอาหารพื้นบ้าน",
    "ประธานชุมชนกล่าวว่า “เราอยากให้คนรุ่นใหม่กลับมาเห็นคุณค่าของคลอง” และจะจัดกิจกรรมพายเรือให้เด็ก ๆ ด้วย…",
    "ตลาดเปิดตั้งแต่สี่โมงเย็นถึงสามทุ่ม และมีเรือรับส่งจากท่าน้ำวัดให้บริการฟรี"), "th")

# --- Western -------------------------------------------------------------------------------------
QUAIS_FR = Story("À Rouen, une œuvre monumentale pour les quais", (
    "Une sculpture de douze mètres, baptisée « La Vague », a été installée jeudi sur les quais de la Seine.",
    "L’œuvre, financée à hauteur de 180 000 € par la métropole, a été réalisée avec l’acier de grues démontées du port.",
    "Des visites guidées gratuites seront proposées chaque dimanche jusqu’à la fin de l’été."), "fr")
BAKERY_DE = Story("Dorfbäckerei wird zur Genossenschaft", (
    "Als der letzte Bäcker im Ort in Rente ging, schlossen sich 140 Einwohner zusammen und übernahmen die Backstube.",
    "„Ohne Bäckerei stirbt das Dorf“, sagt die Vorsitzende der Genossenschaft, die selbst jeden Samstag hinter der Theke steht.",
    "Die Anteile kosten 250 Euro; ein Geselle aus dem Nachbarort backt nun Brötchen, Brezeln und Käsekuchen."), "de")
FERRY_EN = Story("Harbour ferry switches to electric engines", (
    "The ferry that links Gull Island to the mainland made its first crossing on battery power on Monday morning.",
    "Skippers say the boat is so quiet that passengers can hear the gulls over the water for the first time.",
    "The operator will charge the batteries overnight at the pier, and fares will stay the same until next year."), "en")
MILL_EN = Story("Old mill reopens as a bakery and museum", (
    "A water mill that stood idle for forty years is grinding flour again, thanks to a group of retired engineers.",
    "Visitors can watch the wheel turn, buy bread baked from the mill's own flour and read about the families who ran it.",
    "The group hopes to train two young millers next year so the skills are not lost."), "en")
