# ruff: noqa: E501
"""Audit43's stories: twenty-two short news articles of our own invention in eleven languages (two each:
English, Russian, Spanish, French, German, Portuguese, Japanese, Korean, Ukrainian, Greek, Turkish), 4-6
paragraphs, none copied from a real article. What each must keep as written: curly quotes “” ‘’, «», „“,
‹›, Spanish ¿¡, apostrophes inside words (it’s, l’usine, d’água), a dash, decimals in the language's way
(3,5 %, 4.2%, 1.250), Portuguese capital accents (À, Ã, É), full-width digits and 「」 in Japanese, Korean
mixed with digits, Ukrainian і ї є ґ and the apostrophe, Greek tonos and the Greek question mark, Turkish ı İ
ş ğ. Every day is past the 12th so day-first and month-first readings never collide."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit37"))
from a37_texts import Text as Story  # (audit37's story shape: key, lang, title, paras, publisher, author, published)

STORIES: tuple[Story, ...] = (
    Story("en_orchard", "en", "Volunteers replant a century-old orchard after the spring floods", (
        "More than 140 volunteers spent the weekend replanting the Ashcombe community orchard, which lost almost a third of its trees when the River Tole burst its banks in April.",
        "“Some of these apple varieties exist nowhere else in the county,” said orchard warden Judith Okafor. “We took cuttings from the survivors last winter, and today they’re finally going back into the ground.”",
        "The parish council paid £18,500 for new fencing and drainage, while a local nursery donated 60 rootstocks. Work began at 7.30 a.m. on Saturday and finished shortly before dusk on Sunday.",
        "Children from Ashcombe Primary labelled each sapling with its variety — Tole Russet, Miller’s Late and Grey Pippin among them — and will record how the trees grow over the next five years.",
        "The orchard reopens to visitors on 21 June, when the council plans a small festival with cider pressing and guided walks.",
    ), "Tole Valley Courier", "Martin Greaves", "2026-05-18"),
    Story("en_bus", "en", "Night buses return to three suburbs as drivers’ dispute ends", (
        "Night bus routes N4, N9 and N17 will run again from Friday after the operator and the drivers’ union reached an agreement on shift pay, ending a seven-week suspension.",
        "The deal raises the overnight premium by 12.5% and guarantees a paid break on routes longer than 90 minutes, according to a statement from Harlow Street Transit.",
        "Union representative Colin Mbeki said members had voted 83% in favour. “It isn’t everything we asked for, but it’s a fair result,” he said.",
        "Hospital workers and bar staff had been among those hit hardest by the cuts. Nurse Amira Hassan told reporters she had spent “close to £300 on taxis” since the routes stopped.",
    ), "Harlow Evening Standard", "Sophie Carrow", "2026-02-26"),
    Story("ru_bridge", "ru", "В Каменске завершили ремонт старого пешеходного моста", (
        "В Каменске после восьми месяцев работ открыли пешеходный мост через реку Сугру, построенный ещё в 1957 году. Об этом в среду сообщила пресс-служба городской администрации.",
        "Рабочие заменили настил, перила и освещение, а опоры укрепили стальными обоймами. Стоимость ремонта составила 46,3 млн рублей, что на 4,5 % меньше первоначальной сметы.",
        "«Мост — это часть истории города, поэтому мы сохранили его внешний вид», — пояснил главный инженер проекта Аркадий Юрьевич Беляев.",
        "Жители давно жаловались на состояние переправы. Пенсионерка Галина Ершова рассказала, что последние два года обходила мост стороной: «Доски шатались, было страшно ступать».",
        "До конца лета на подходах к мосту установят скамейки и высадят липы.",
    ), "Каменский вестник", "Ирина Соколова", "2026-07-15"),
    Story("ru_school", "ru", "Сельская школа получила новый компьютерный класс", (
        "В школе села Верхние Луки открылся компьютерный класс на 24 места. Оборудование передал областной фонд поддержки образования.",
        "Директор школы Наталья Петровна Клименко рассказала, что раньше ученики занимались информатикой на трёх ноутбуках по очереди. «Теперь у каждого будет своё рабочее место», — отметила она.",
        "Помимо компьютеров, в класс поставили интерактивную доску и 3D-принтер. Общая стоимость комплекта — 2,8 млн рублей.",
        "Первыми новый класс опробовали девятиклассники, которые готовятся к экзамену по информатике.",
    ), "Вести Приречья", "Дмитрий Орлов", "2026-09-17"),
    Story("es_market", "es", "El mercado de abastos de Villaseca reabre tras dos años de obras", (
        "El histórico mercado de abastos de Villaseca volvió a abrir sus puertas este sábado, después de una reforma que ha durado dos años y ha costado 3,4 millones de euros.",
        "«Por fin podemos volver a nuestra casa», decía emocionada Carmen Ruiz, que regenta un puesto de frutas desde hace veintiocho años. ¿Merecía la pena la espera? Para ella, sin duda.",
        "El edificio cuenta ahora con 42 puestos, una cubierta nueva y placas solares que cubrirán el 35 % del consumo eléctrico.",
        "El alcalde, Tomás Ibarra, recordó que el mercado «no es solo un lugar de compra, sino un punto de encuentro del barrio».",
        "¡Y hubo fiesta! Durante la mañana, una charanga recorrió los pasillos y los comerciantes repartieron degustaciones.",
    ), "Diario del Henares", "Lucía Navarro", "2026-10-24"),
    Story("es_rescue", "es", "Rescatan a dos montañeros atrapados por la niebla en la sierra", (
        "Efectivos del grupo de rescate de montaña localizaron el domingo por la noche a dos montañeros que se habían desorientado a 1.850 metros de altitud por culpa de una niebla muy espesa.",
        "Los excursionistas, un hombre de 46 años y su hijo de 19, llamaron al 112 sobre las 18.30 horas. Los agentes los encontraron tres horas después, con síntomas leves de hipotermia.",
        "«Hicieron lo correcto: quedarse quietos y avisar», explicó el sargento Andrés Molina, quien recordó que en otoño la visibilidad puede cambiar en pocos minutos.",
        "Ambos fueron trasladados al centro de salud de Navacerrada y recibieron el alta esa misma madrugada.",
    ), "El Eco de la Sierra", "Pablo Gil", "2026-11-16"),
    Story("fr_bakery", "fr", "Une boulangerie de quartier fête ses cent ans", (
        "La boulangerie Morel, installée rue des Tanneurs depuis 1926, a célébré dimanche son centenaire en présence de plusieurs centaines d’habitants.",
        "« On a voulu remercier les clients fidèles, certains viennent ici depuis soixante ans », explique Élodie Morel, qui a repris l’affaire de son grand-père en 2011.",
        "Pour l’occasion, l’équipe a préparé une baguette géante de 12,5 mètres, découpée puis distribuée gratuitement. Le four à bois d’origine, restauré l’an dernier, fonctionne toujours.",
        "La mairie a dévoilé une plaque commémorative sur la façade. « C’est un morceau de l’histoire du quartier », a souligné l’adjointe au commerce, Nadia Benali.",
    ), "Le Républicain de l’Ouest", "Julien Marchand", "2026-06-14"),
    Story("fr_tram", "fr", "Le tramway prolongé jusqu’à l’hôpital dès la rentrée", (
        "La ligne B du tramway sera prolongée de 2,3 kilomètres jusqu’au centre hospitalier à partir du 1er septembre, a annoncé jeudi la métropole.",
        "Les travaux, commencés il y a dix-huit mois, ont coûté 58 millions d’euros. Trois nouvelles stations seront desservies toutes les six minutes aux heures de pointe.",
        "« Les patients et le personnel soignant attendaient ce prolongement depuis longtemps », a rappelé le vice-président chargé des transports, Hervé Lacombe.",
        "Un parking relais de 400 places ouvrira au terminus. Son tarif sera fixé à 3,50 € la journée, ticket aller-retour compris.",
        "Des navettes gratuites circuleront pendant la première semaine pour présenter le nouveau tracé aux habitants.",
    ), "Presse Océane", "Claire Dubois", "2026-08-27"),
    Story("de_library", "de", "Stadtbibliothek öffnet künftig auch am Sonntag", (
        "Die Stadtbibliothek in Lindenau öffnet ab Oktober auch sonntags von 11 bis 17 Uhr. Das hat der Kulturausschuss am Dienstag einstimmig beschlossen.",
        "„Viele Familien haben unter der Woche schlicht keine Zeit“, sagte Bibliotheksleiterin Sabine Krüger. Eine Umfrage unter 1.250 Nutzern habe den Wunsch deutlich gezeigt.",
        "Die zusätzlichen Stunden kosten rund 86.000 Euro im Jahr. Ein Teil soll über Fördermittel des Landes finanziert werden, der Rest über den städtischen Haushalt.",
        "Am Sonntag werden vor allem Lesecafé, Kinderbereich und Zeitschriften zugänglich sein. Die Ausleihe läuft über Selbstverbuchungsautomaten.",
    ), "Lindenauer Tagblatt", "Thomas Wendt", "2026-09-22"),
    Story("de_bridge", "de", "Neue Radbrücke über die Elster ist fertig", (
        "Nach 14 Monaten Bauzeit ist die neue Rad- und Fußgängerbrücke über die Weiße Elster freigegeben worden. Sie verbindet den Stadtteil Grünau mit dem Auenwald.",
        "Die Brücke ist 96 Meter lang und 4,5 Meter breit. Die Kosten lagen mit 3,2 Millionen Euro leicht über der ursprünglichen Planung.",
        "„Damit schließen wir eine der wichtigsten Lücken im Radwegenetz“, erklärte Baubürgermeisterin Katrin Vogel bei der Eröffnung. Zählungen sollen zeigen, wie stark die Strecke genutzt wird.",
        "Anwohner hatten sich über den Lärm der nächtlichen Bauarbeiten beschwert. Die Stadt kündigte an, künftig früher über solche Arbeiten zu informieren.",
        "Im Frühjahr werden entlang der Zufahrten noch 30 Bäume gepflanzt.",
    ), "Elsterwelle", "Jana Hoffmann", "2026-04-16"),
    Story("pt_ferry", "pt", "Nova travessia fluvial liga as duas margens do rio em 12 minutos", (
        "A nova ligação fluvial entre Almada e o Cais do Sodré começou a funcionar nesta segunda-feira, com dois barcos elétricos que fazem a travessia em 12 minutos.",
        "À hora de ponta, as partidas serão de 15 em 15 minutos. O bilhete simples custa 1,65 euros e os passes mensais continuam válidos.",
        "“É uma mudança enorme para quem trabalha do outro lado”, disse Ana Conceição, enfermeira, que antes demorava quase uma hora a chegar ao hospital.",
        "A operadora investiu 9,8 milhões de euros nos barcos, que podem levar até 300 passageiros e 40 bicicletas. Às sextas-feiras haverá um horário alargado até à meia-noite.",
        "O presidente da câmara, João Simões, garantiu que a frota será reforçada no próximo ano.",
    ), "Jornal da Margem", "Rita Figueiredo", "2026-03-23"),
    Story("pt_water", "pt", "Aldeia do interior volta a ter água canalizada após seca", (
        "A aldeia de São Brás da Serra voltou a ter água nas torneiras ao fim de três semanas de abastecimento por camião-cisterna, depois de ter sido concluído um novo furo.",
        "O furo tem 180 metros de profundidade e garante cerca de 2,5 litros por segundo, o suficiente para os 240 habitantes da aldeia.",
        "“Já não sabíamos o que fazer à horta”, contou Manuel Antão, de 71 anos, enquanto enchia um regador à porta de casa.",
        "A junta de freguesia pretende agora instalar um depósito de reserva. “ÁGUA É VIDA — SÃO BRÁS AGRADECE”, lia-se numa faixa pendurada no largo da igreja.",
    ), "Notícias do Alentejo", "Paulo Mendes", "2026-08-19"),
    Story("ja_station", "ja", "駅前に子ども向け図書館が開館　雨の日も遊べる場所に", (
        "市は１５日、駅前の再開発ビル３階に子ども向けの図書館「ひだまりライブラリー」を開館した。絵本や児童書など約１万２千冊をそろえている。",
        "館内には靴を脱いで過ごせる読み聞かせスペースや、授乳室、ベビーカー置き場を設けた。開館時間は午前９時から午後７時まで。",
        "初日は親子連れなど約８００人が訪れた。３歳の娘と来た会社員の女性は「雨の日に行ける場所が少なかったので助かる」と話した。",
        "市によると、整備費は約２億３千万円。今後は地域の高校生ボランティアによる読み聞かせ会も開く予定だという。",
    ), "みなと新報", "佐藤美咲", "2026-06-15"),
    Story("ja_festival", "ja", "伝統の灯籠祭り、４年ぶりに川へ灯籠流し", (
        "川沿いの町で１６日夜、伝統の灯籠祭りが開かれ、４年ぶりに灯籠流しが行われた。約３千個の灯籠が川面を照らし、見物客が静かに見守った。",
        "祭りは江戸時代から続くとされ、先祖の霊を送る行事として受け継がれてきた。近年は川の増水や担い手不足で、灯籠流しを見送る年が続いていた。",
        "実行委員長の山田健一さん（６８）は「若い人たちが手伝ってくれたおかげで復活できた。来年も続けたい」と語った。",
        "流した灯籠は下流で地元の中学生らが回収し、再利用できる木枠は来年の祭りで使うという。",
    ), "中部日日新聞", "高橋大輔", "2026-08-16"),
    Story("ko_market", "ko", "전통시장에 청년 상인 점포 20곳 문 열어", (
        "구도심의 중앙시장에 청년 상인들이 운영하는 점포 20곳이 새로 문을 열었다. 시는 빈 점포를 리모델링해 만 39세 이하 창업자에게 2년간 임대료를 지원한다.",
        "새 점포는 수제 과자, 반찬, 꽃, 공예품 등 업종이 다양하다. 떡집을 연 김지현 씨는 \u201c처음에는 걱정이 많았지만 단골이 조금씩 생기고 있다\u201d고 말했다.",
        "시장 상인회는 주말마다 야시장을 열고, 주차장 요금을 30분까지 무료로 바꾸기로 했다.",
        "시 관계자는 \u201c올해 하반기에 15곳을 더 모집할 계획\u201d이라며 \u201c시장에 활기가 돌아오길 기대한다\u201d고 밝혔다.",
    ), "한빛일보", "박서준", "2026-05-21"),
    Story("ko_bike", "ko", "공공자전거 이용 1년 만에 두 배로 늘어", (
        "시가 운영하는 공공자전거의 올해 이용 건수가 지난해보다 두 배 가까이 늘어난 것으로 나타났다. 1월부터 9월까지 이용 건수는 약 186만 건이다.",
        "시는 대여소를 240곳에서 410곳으로 늘리고, 하루 이용권 가격을 1,000원으로 유지했다. 출퇴근 시간대 이용이 전체의 42.5%를 차지했다.",
        "대학생 이수민 씨는 \u201c버스를 기다리는 것보다 빠르고 운동도 된다\u201d며 \u201c대여소가 집 앞에 생겨서 자주 탄다\u201d고 말했다.",
        "시는 내년까지 전기자전거 500대를 추가로 도입할 예정이다.",
    ), "남부신문", "최유리", "2026-10-14"),
    Story("uk_park", "uk", "У Вишгороді відкрили оновлений парк над Дніпром", (
        "У Вишгороді після реконструкції відкрили парк над Дніпром. Роботи тривали півтора року й обійшлися міському бюджету в 27,4 млн гривень.",
        "У парку з’явилися нові доріжки, освітлення, дитячий майданчик та оглядовий майданчик з видом на водосховище. Висадили 320 дерев і понад дві тисячі кущів.",
        "«Ми хотіли, щоб тут було затишно і дітям, і людям похилого віку», — розповіла архітекторка проєкту Оксана Ґудзь.",
        "Місцеві мешканці кажуть, що раніше уникали цього місця ввечері. Тепер, за словами пенсіонера Івана Коваленка, «тут гуляють до пізньої ночі».",
    ), "Київщина сьогодні", "Олена Мельник", "2026-06-19"),
    Story("uk_bakery", "uk", "Переселенці з Херсонщини відкрили пекарню у Львові", (
        "Родина переселенців із Херсонщини відкрила у Львові невелику пекарню, де випікають хліб за рецептами своєї бабусі.",
        "Щодня пекарня продає близько 400 буханців і 600 булочок. Тісто замішують о четвертій ранку, а перші покупці приходять уже о сьомій.",
        "«Ми втратили дім, але не втратили своє ремесло», — каже власниця пекарні Марія Зінчук. Її син Євген відповідає за доставку по місту.",
        "Частину прибутку родина передає на потреби інших переселенців, які живуть у гуртожитку неподалік.",
    ), "Львівський кур’єр", "Андрій Ткачук", "2026-11-13"),
    Story("el_harbor", "el", "Ανακαινίστηκε το παλιό λιμάνι της Καλαμάτας", (
        "Ολοκληρώθηκαν οι εργασίες ανακαίνισης στο παλιό λιμάνι της πόλης, οι οποίες διήρκεσαν δεκαπέντε μήνες και κόστισαν 4,2 εκατομμύρια ευρώ.",
        "Ο πεζόδρομος κατά μήκος της προκυμαίας επεκτάθηκε στα 650 μέτρα, ενώ τοποθετήθηκαν νέα φωτιστικά και παγκάκια.",
        "«Το λιμάνι επιστρέφει στους πολίτες», δήλωσε ο δήμαρχος Νίκος Παπαδάκης κατά τα εγκαίνια. Πότε θα ανοίξει η μαρίνα; Σύμφωνα με τον δήμο, την άνοιξη.",
        "Οι ψαράδες της περιοχής ζήτησαν να διατηρηθεί ξεχωριστός χώρος για τα καΐκια τους, αίτημα που έγινε δεκτό.",
    ), "Μεσσηνιακός Τύπος", "Ελένη Γεωργίου", "2026-07-28"),
    Story("el_school", "el", "Μαθητές φύτεψαν χίλια δέντρα στο βουνό", (
        "Περισσότεροι από διακόσιοι μαθητές από έξι σχολεία της περιοχής φύτεψαν την Κυριακή χίλια δενδρύλλια στην πλαγιά που κάηκε πέρσι το καλοκαίρι.",
        "Τα δέντρα, κυρίως πεύκα και βελανιδιές, δόθηκαν από το δασαρχείο. Εθελοντές της ομάδας «Πράσινος Λόφος» θα τα ποτίζουν κάθε εβδομάδα μέχρι τον Σεπτέμβριο.",
        "«Θέλαμε τα παιδιά να νιώσουν ότι το δάσος είναι και δικό τους», είπε η εκπαιδευτικός Μαρία Αλεξίου.",
        "Ο δασάρχης εκτίμησε ότι περίπου το 70% των δενδρυλλίων θα ριζώσει, αν ο χειμώνας έχει αρκετές βροχές.",
    ), "Η Φωνή της Αχαΐας", "Κώστας Νικολάου", "2026-03-29"),
    Story("tr_ferry", "tr", "İzmir’de yeni vapur hattı hizmete girdi", (
        "İzmir Körfezi’nde Karşıyaka ile Üçkuyular arasında yeni bir vapur hattı pazartesi günü hizmete girdi. Sefer süresi yaklaşık 35 dakika olacak.",
        "Hatta çalışacak iki yeni gemi, 450’şer yolcu ve 30’ar bisiklet taşıyabiliyor. Sabah ve akşam saatlerinde seferler yarım saatte bir yapılacak.",
        "Belediye Başkan Yardımcısı Ayşe Yıldırım, “Körfez ulaşımında trafiğe alternatif sunmaya devam ediyoruz” dedi.",
        "Bilet ücreti diğer vapur hatlarıyla aynı tutulurken, öğrencilere yüzde 50 indirim uygulanacak.",
        "İlk seferde yolculardan biri olan emekli öğretmen İsmail Doğan, “Şehri denizden görmek bambaşka” diye konuştu.",
    ), "Ege Haber", "Mehmet Şahin", "2026-09-14"),
    Story("tr_library", "tr", "Köy okuluna gönüllülerden kütüphane", (
        "Sivas’ın Gürün ilçesine bağlı bir köy okulunda gönüllüler tarafından kurulan kütüphane, düzenlenen törenle öğrencilerin kullanımına açıldı.",
        "Türkiye’nin farklı illerinden gönderilen 3.200 kitap, raflara yerleştirildi. Kütüphanede ayrıca bir okuma köşesi ve iki bilgisayar bulunuyor.",
        "Okul müdürü Hüseyin Çelik, “Öğrencilerimiz artık her gün yeni bir kitapla tanışacak” dedi.",
        "Projeyi başlatan üniversite öğrencisi Zeynep Güler, benzer kütüphaneleri gelecek yıl üç köyde daha kurmayı planladıklarını söyledi.",
    ), "Anadolu Gündem", "Elif Aksoy", "2026-12-17"),
)
