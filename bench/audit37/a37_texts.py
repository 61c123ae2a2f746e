# ruff: noqa: E501
"""Audit37 stories: short NON-CHINESE news articles of our own invention (no real article copied), the clean
originals the combinatorial generator (a37_gen.py) damages: two each in English, Russian, Spanish and
Japanese, one in French and one in German. Each carries the metadata a repost may state about it (outlet,
author, date; every day is past the 12th so day-first and month-first readings never collide). Varied on
purpose: figures, percentages, acronyms, curly quotes “” ‘’, «ёлочки» and „“, 「」『』, Spanish ¿¡, an
apostrophe inside a word (it’s, l’école), a dash, a dateline in some, none in others."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    key: str
    lang: str
    title: str
    paras: tuple[str, ...]
    publisher: str
    author: str
    published: str


TEXTS = (
    Text("en_ferry", "en", "Island ferry service resumes after three-week repair", (
        "Passenger ferries between Port Calder and the Merrow Islands will run again from Monday, the regional transport authority said on Friday, ending a three-week suspension caused by a damaged loading ramp.",
        "“We know it’s been a hard month for islanders who commute to the mainland,” said operations director Hannah Liddell. “The new ramp has passed every load test, and the timetable is back to 14 crossings a day.”",
        "Repairs cost about £2.4 million, roughly 30% more than first estimated, because replacement steel had to be shipped from abroad.",
        "Local businesses on the islands reported a drop in visitors of nearly half during the closure.",
    ), "Calder Coast Gazette", "Tom Wexley", "2026-03-14"),
    Text("en_library", "en", "City library opens late-night study hall for students", (
        "The central library in Brentmoor will keep its second floor open until 2 a.m. on weekdays during the exam season, the city council announced on Tuesday.",
        "The pilot scheme follows a petition signed by more than 3,200 students who said campus reading rooms were full by mid-morning. Council member Priya Anand called the response “overwhelming” and said the trial would be reviewed in June.",
        "Two security staff and one librarian will be on duty each night. Wi-Fi, power sockets and a quiet zone are included, but food will not be allowed.",
    ), "Brentmoor Evening Post", "Laura Finch", "2026-04-21"),
    Text("ru_metro", "ru", "В Заречном откроют две новые станции метро", (
        "Две станции Северной линии метрополитена в Заречном примут первых пассажиров 28 мая, сообщил в пятницу глава городского департамента транспорта Олег Витальевич Сомов.",
        "По его словам, «технический пуск прошёл без замечаний», а поезда на новом участке будут ходить с интервалом четыре минуты в часы пик.",
        "Строительство участка длиной 6,8 километра заняло почти три года и обошлось городскому бюджету в 41 млрд рублей.",
        "Жители соседних районов ожидают, что время поездки до центра сократится примерно на 20 минут.",
    ), "Заречные вести", "Анна Кольцова", "2026-05-15"),
    Text("ru_harvest", "ru", "Фермеры Приволжья собрали рекордный урожай гречихи", (
        "Аграрии Приволжского края завершили уборку гречихи и собрали 212 тысяч тонн, что на 18% больше, чем годом ранее.",
        "«Погода в этом сезоне была на нашей стороне: дожди пришли вовремя, а заморозков почти не было», — рассказал председатель фермерского союза Игорь Лапин.",
        "Эксперты отмечают, что рост урожая может привести к снижению розничных цен на крупу уже к зиме.",
    ), "Волжский курьер", "Дмитрий Белов", "2026-09-17"),
    Text("es_water", "es", "La ciudad de Valdemora amplía su red de agua reciclada", (
        "El Ayuntamiento de Valdemora aprobó este jueves una inversión de 18 millones de euros para ampliar la red de agua regenerada que riega parques y jardines públicos.",
        "«¿Por qué regar con agua potable si podemos reutilizar la que ya depuramos?», preguntó la concejala de Medio Ambiente, Lucía Serrano, durante la presentación del proyecto.",
        "Las obras comenzarán en otoño y permitirán ahorrar cerca de 1,2 millones de metros cúbicos al año, el equivalente al consumo de 9.000 hogares.",
        "¡Por fin una buena noticia para el campo!, celebraron los regantes de la comarca.",
    ), "Diario del Valle", "Marta Quiroga", "2026-06-18"),
    Text("es_museum", "es", "Un museo de Ríoalto recupera una colección de mapas del siglo XVIII", (
        "El Museo Provincial de Ríoalto expondrá desde el próximo mes 46 mapas antiguos que permanecieron casi un siglo guardados en un archivo parroquial.",
        "Según el director del museo, Andrés Pineda, la restauración duró dos años y exigió un trabajo minucioso con papel japonés y pigmentos naturales.",
        "La muestra podrá visitarse de martes a domingo y la entrada será gratuita los miércoles.",
    ), "El Heraldo de Ríoalto", "Sergio Olmedo", "2026-10-23"),
    Text("ja_rail", "ja", "北浜線で新型車両の運行始まる　座席数を二割増加", (
        "北浜電鉄は１５日、北浜線で新型車両「しおかぜ５０００系」の営業運転を始めた。座席数は従来型より約２割多く、全ての車両に無料Ｗｉ－Ｆｉを備えた。",
        "同社の広報担当者は「通勤時間帯の混雑を少しでも和らげたい」と話した。",
        "新型車両は年内に計１２編成が導入される予定で、旧型車両は来年春までに順次引退する。",
    ), "港北新報", "田中美咲", "2026-07-15"),
    Text("ja_festival", "ja", "山あいの町で伝統の灯籠祭り　三年ぶりに夜店も復活", (
        "山梨県の架空の町、奥沢町で１９日夜、伝統の灯籠祭りが開かれ、約８千人の見物客が訪れた。",
        "今年は三年ぶりに夜店が並び、地元の中学生が作った灯籠およそ３００基が川沿いを照らした。保存会の会長は『若い世代が参加してくれたことが何よりうれしい』と語った。",
        "町観光課によると、祭りに合わせて臨時バスも運行され、大きな混乱はなかった。",
    ), "甲信日報", "佐藤健一", "2026-08-19"),
    Text("fr_bike", "fr", "Montclair inaugure une piste cyclable de 12 kilomètres", (
        "La commune de Montclair a inauguré samedi une nouvelle piste cyclable qui relie la gare au parc d’activités des Tilleuls, soit 12 kilomètres de voie protégée.",
        "« C’est un projet attendu depuis longtemps par les habitants », a déclaré la maire, Claire Dumoulin, en coupant le ruban devant l’école élémentaire.",
        "Le chantier a coûté 3,5 millions d’euros, financés à 40 % par la région. Une deuxième tranche doit être lancée l’an prochain.",
    ), "Le Courrier de l’Aube", "Julien Marchand", "2026-09-26"),
    Text("de_bridge", "de", "Neue Fußgängerbrücke in Lindenau freigegeben", (
        "Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Weiße Elster in Lindenau am Freitag für den Verkehr freigegeben worden.",
        "„Die Brücke verbindet zwei Stadtteile, die lange Zeit nur über einen Umweg von drei Kilometern erreichbar waren“, sagte Baubürgermeisterin Katrin Vogel bei der Eröffnung.",
        "Die Kosten beliefen sich auf rund 7,2 Millionen Euro. Für Radfahrer gilt auf der Brücke Schrittgeschwindigkeit.",
    ), "Lindenauer Anzeiger", "Stefan Krüger", "2026-11-13"),
)
