# ruff: noqa: E501
"""Audit16 articles (boilerplate INSIDE the article body): every text invented for this audit. A story holds
what its first publisher wrote; the boxes, labels and widgets between its paragraphs are written by the
case builders (a16_cases.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]


# --- English -----------------------------------------------------------------------------------------
FERRY = Story("Island ferry gets an electric replacement after forty years", (
    "The diesel ferry that has carried passengers between Harrow Quay and Pell Island since 1986 will be retired next spring and replaced by a battery-powered vessel.",
    "The new boat, built at a yard on the mainland, can carry 240 passengers and twelve cars, and it will recharge at the quay during the fifteen-minute turnaround.",
    "Island residents have long complained about breakdowns on the old ferry, which left them without a crossing for nine days last winter.",
    "The county council says the electric ferry will cost about a third less to run, and that the savings will keep fares at their current level for at least five years.",
    "Sea trials are planned for February, and the first scheduled crossing is expected in April if the trials go well."))
BAKERY = Story("A bakery that pays its bills in bread", (
    "When the oven at the Corner Loaf broke down in March, its owner, Marta Kowal, paid the repairman in sourdough: forty loaves, delivered over ten weeks.",
    "It was not the first time. Since opening in 2019, the bakery has settled part of its bills with bread, from the window cleaner to the accountant who files its taxes.",
    "Kowal says the arrangement started as a joke with a neighbour and became a habit because people liked it more than a discount.",
    "Her accountant is less amused by the paperwork. Every loaf given in payment must be recorded as a sale, and the bakery's books now list bread by the kilo next to invoices in euros.",
    "The bakery plans to open a second shop in the old post office next year, and Kowal has already offered the builders a standing order of rolls."))
RIVERFEST = Story("River festival returns with a night swim and a floating stage", (
    "The Lowbridge river festival will return in August after a three-year break, with a floating stage moored below the old mill and a supervised night swim.",
    "Organisers say the river is now clean enough for swimming after the water company finished upgrading the sewage works upstream last year.",
    "Tests published by the environment agency this spring rated the stretch by the mill as good for bathing for the first time since records began.",
    "Tickets for the night swim are limited to 300 and will be sold through a ballot, with priority given to members of local swimming clubs.",
    "The rest of the festival, including concerts on the floating stage and a boat parade, will be free to attend."))
ORCHESTRA = Story("Youth orchestra finds a home in a former bus depot", (
    "The city's youth orchestra has moved into a converted bus depot on Foundry Lane, ending years of rehearsing in school halls and church basements.",
    "The depot's high ceilings and concrete walls were a problem at first: early rehearsals echoed so much that players could not hear each other.",
    "Volunteers hung old theatre curtains and fitted wooden panels donated by a flooring company, and the sound is now warm enough for recordings.",
    "The orchestra will give its first concert in the depot in November, playing pieces written by three of its own members."))
BEES = Story("Rooftop hives produce the first honey on the town hall", (
    "Six beehives placed on the roof of the town hall last spring have produced their first harvest: 41 kilograms of honey.",
    "The hives are looked after by two council gardeners who trained as beekeepers over the winter.",
    "Jars of the honey will be sold at the Saturday market, and the money will go to the school garden scheme.",
    "The council plans to add four more hives next year, on the roofs of the library and the leisure centre."))
TRAMS = Story("Tram line extension opens two months early", (
    "The extension of the number 4 tram line to the university campus opened on Monday, two months ahead of schedule and slightly under budget.",
    "The new section is 3.2 kilometres long and adds five stops, including one at the hospital, which staff had asked for during the consultation.",
    "Trams will run every six minutes at peak times and every twelve minutes in the evening.",
    "The transport authority said the early finish was helped by a dry winter, which let crews lay track without interruptions."))
GLASS = Story("Glassblowers teach the craft to a new generation", (
    "In a workshop behind the railway station, three glassblowers in their seventies are teaching a dozen apprentices a craft that almost vanished from the town.",
    "The town once had eleven glassworks. The last one closed in 1998, and most of its workers moved into other trades.",
    "The apprenticeship, funded by a regional heritage grant, lasts two years and ends with each apprentice making a set of six matching goblets.",
    "The first pieces made by the apprentices will go on sale at the town museum in December."))
WIND = Story("Offshore wind farm starts sending power to the grid", (
    "The first turbines of the Greyhaven offshore wind farm began sending electricity to the grid on Thursday, about 30 kilometres off the coast.",
    "Twelve of the planned 48 turbines are now running. The developer expects all of them to be connected by the end of next summer.",
    "When complete, the farm will produce enough electricity for roughly 400,000 homes, according to the grid operator.",
    "Fishing groups have asked for regular surveys of the seabed around the foundations, and the developer has agreed to publish the results."))
POTHOLES = Story("Council promises to fix every reported pothole within a week", (
    "The council has pledged to repair every pothole reported by residents within seven days, starting next month.",
    "Residents will be able to report a pothole through a new page on the council's website by uploading a photo and a location.",
    "Road crews will be split into two shifts, and a second repair truck has been leased for the winter months.",
    "The council admits that the pledge will be hard to keep after heavy frosts, when hundreds of new holes can appear in a single week."))
LIBRARYQA = Story("'A library is a warm room that asks nothing of you'", (
    "Helen Marsh retires this month after 31 years as head librarian in Eastfield. We asked her what has changed.",
    "What made you become a librarian?",
    "I needed a job after university and the library was hiring. I thought I would stay a year.",
    "What has changed most since then?",
    "The people who come in. In the nineties it was students and retired readers. Now it is everyone: job seekers, parents with toddlers, people who just need somewhere warm to sit.",
    "Are libraries still about books?",
    "Books are still the heart of it, but a library is a warm room that asks nothing of you. That is rarer than it should be.",
    "What will you do now?",
    "Read, finally. I have a list of about two hundred books I never had time for."))
ESSAY = Story("Why the old maps got the river wrong", (
    "Every map of the valley drawn before 1850 shows the river running west of the village. Every map drawn after shows it running east. The river did not move; the mapmakers did.",
    "The early surveyors worked from the hill road and could not see the valley floor through the alders. They drew the river where the mill channel ran, which was the only water they could see.",
    "The mistake was copied for sixty years. Each new map was traced from the last, and nobody walked down to check.",
    "It took a drought in 1849, when the mill channel ran dry and the real river kept flowing, for a young surveyor to notice that the two were not the same water."))

# --- Chinese -----------------------------------------------------------------------------------------
METRO = Story("地铁5号线南延段开通 沿线居民通勤缩短半小时", (
    "本市地铁5号线南延段今天上午正式开通运营，新增车站六座，线路全长延伸至二十九公里。",
    "南延段穿过城南三个大型居住区，此前这些小区的居民进城需要先乘公交再换乘地铁，单程通勤时间普遍超过一小时。",
    "记者在首班车上看到，不少乘客一上车就拿出手机计时。家住南湖小区的张女士说，以前七点出门都怕迟到，现在七点半出门也来得及。",
    "地铁运营公司介绍，开通初期南延段高峰时段行车间隔为四分钟，后续将根据客流情况进一步加密。",
    "据测算，南延段开通后，沿线居民进城通勤时间平均缩短约半小时。"))
TEA = Story("春茶开采 茶农用上智能揉捻机", (
    "清明前后，山区各乡镇的春茶陆续开采。在云岭村的茶叶加工厂里，新添置的智能揉捻机正在满负荷运转。",
    "厂长王建国介绍，过去揉捻全靠老师傅凭经验掌握力度和时间，一个人一天最多处理八十斤鲜叶；现在机器按设定的程序自动调节，一台机器一天能处理六百斤。",
    "机器省下了人工，但老师傅并没有闲下来。他们负责根据鲜叶的老嫩程度调整参数，每一批茶出锅前还要亲手捏一捏、闻一闻。",
    "今年全村春茶预计产量比去年增长两成，其中一半已被外地茶商提前订购。"))
POLICY = Story("我市出台新政支持老旧小区加装电梯", (
    "日前，市住建局等五部门联合印发《关于进一步推进既有住宅加装电梯工作的实施意见》，从资金补助、审批流程和后期维护三个方面提出具体措施。",
    "一、提高补助标准",
    "对符合条件的加装电梯项目，市级财政补助标准由每台十五万元提高到二十万元，区级财政按不低于一比一的比例配套。",
    "二、简化审批流程",
    "加装电梯项目不再单独办理建设工程规划许可证，改为由街道组织联合审查，审查时限压缩至十个工作日。",
    "三、明确维护责任",
    "电梯投入使用后，由业主委员会或业主推选的代表与维保单位签订维护合同，维护费用按楼层分摊。"))
LIBRARYZH = Story("城市书房延长开放时间 夜读人数明显增加", (
    "从本月起，全市二十六家城市书房的开放时间统一延长至晚上十点，周末和节假日照常开放。",
    "市图书馆负责人介绍，延长开放时间后，晚上七点以后的到馆人数比上月增加了近一倍，其中不少是下班后来看书的年轻人。",
    "为保障夜间开放，城市书房全部实行自助借还，并安排志愿者轮流值守。",
    "下一步，市图书馆还将在城市书房增设少儿阅读区，并定期举办读书分享会。"))
RICE = Story("稻田养蟹 一地两收", (
    "九月的稻田里，稻穗渐渐泛黄，田埂边不时有小螃蟹爬过。在沙河镇，今年有两千多亩稻田采用了稻蟹共养模式。",
    "镇农技站站长李明说，螃蟹吃掉田里的杂草和害虫，排出的粪便又是天然肥料，稻田基本不用打农药。",
    "算下来，一亩稻田除了收获稻谷，还能收获螃蟹六十斤左右，每亩增收一千五百元以上。",
    "明年，镇里计划把稻蟹共养面积扩大到五千亩，并注册统一的大米品牌。"))

# --- Japanese ----------------------------------------------------------------------------------------
ONSEN = Story("廃校を改装した温泉施設がオープン　地元の雇用も", (
    "三年前に閉校した山あいの小学校を改装した日帰り温泉施設が、今月オープンした。",
    "教室は休憩室や食堂に生まれ変わり、体育館には地元の野菜や工芸品を扱う売店が入った。浴場は校庭の一角に新たに建てられた。",
    "運営会社によると、従業員二十五人のうち二十人を地元から採用した。卒業生の一人は「母校がなくならずに済んで本当にうれしい」と話す。",
    "施設では今後、週末に昔の教室を使った木工教室なども開く予定だ。"))
INTERVIEW_JA = Story("「町の本屋は地図のようなもの」　閉店する書店主に聞く", (
    "創業七十年の老舗書店が今月末で店を閉じる。三代目の店主、佐藤和夫さんに話を聞いた。",
    "――閉店を決めた理由は。",
    "客が減ったこともありますが、一番は建物の老朽化です。建て替えるだけの体力はもう残っていませんでした。",
    "――七十年で一番変わったことは何ですか。",
    "昔は雑誌を買いに毎週来るお客さんがたくさんいました。今は本を探しに来るというより、何か面白いものがないか歩きに来る人が多いですね。",
    "――町にとって本屋とは。",
    "地図のようなものだと思います。棚を歩けば、その町の人が何に興味を持っているかが分かるんです。"))

# --- Korean ------------------------------------------------------------------------------------------
MARKET_KO = Story("전통시장에 청년 상인 점포 10곳 새로 문 열어", (
    "구도심 전통시장에 청년 상인들이 운영하는 점포 10곳이 새로 문을 열었다.",
    "구청은 비어 있던 점포를 리모델링해 2년 동안 임대료 없이 빌려주고, 창업 교육과 홍보도 지원하기로 했다.",
    "새 점포에서는 수제 디저트와 커피, 반찬, 가죽 공예품 등을 판매한다. 개장 첫 주말에는 시장을 찾은 방문객이 평소의 두 배로 늘었다.",
    "시장 상인회 관계자는 젊은 손님들이 오면서 기존 점포의 매출도 함께 늘고 있다고 말했다."))
BRIDGE_KO = Story("낡은 보행교 철거하고 새 다리 놓는다", (
    "시는 1978년에 지어진 하천 보행교를 철거하고 새 다리를 놓는 공사를 다음 달 시작한다고 밝혔다.",
    "이 다리는 지난해 정밀안전진단에서 D등급을 받아 보수만으로는 안전을 확보하기 어렵다는 판정을 받았다.",
    "새 다리는 폭을 기존 3미터에서 5미터로 넓히고 자전거 도로를 함께 만든다. 공사 기간에는 인근에 임시 다리가 설치된다.",
    "공사는 내년 6월 마무리될 예정이다."))

# --- Russian -----------------------------------------------------------------------------------------
THEATRE_RU = Story("Драмтеатр вернётся в историческое здание после реставрации", (
    "Областной драматический театр осенью вернётся в своё историческое здание, реставрация которого длилась почти четыре года.",
    "Строители восстановили лепнину и росписи зрительного зала по старым фотографиям, а сцену оснастили новым механическим оборудованием.",
    "Число мест в зале сократилось с 720 до 640: кресла стали шире, а между рядами появилось больше места.",
    "Первым спектаклем в обновлённом здании станет премьера по пьесе Островского, которую труппа репетирует с весны."))
ICE_RU = Story("На реке открыли первую ледовую переправу", (
    "В районе открыли первую в этом сезоне ледовую переправу через реку. Толщина льда на ней достигла 45 сантиметров.",
    "По переправе могут проезжать легковые автомобили массой до трёх тонн. Движение грузовиков пока запрещено.",
    "Спасатели напоминают, что выезжать на лёд вне обозначенных переправ опасно: в нескольких местах река ещё не замёрзла.",
    "Переправа будет работать круглосуточно, пока позволяет погода."))

# --- German ------------------------------------------------------------------------------------------
BRIDGE_DE = Story("Neue Radbrücke über den Kanal freigegeben", (
    "Nach zwei Jahren Bauzeit ist die neue Radbrücke über den Stichkanal am Samstag für den Verkehr freigegeben worden.",
    "Die Brücke ist 86 Meter lang und vier Meter breit. Sie verbindet das Neubaugebiet am Hafen direkt mit der Innenstadt.",
    "Bisher mussten Radfahrer einen Umweg von fast zwei Kilometern über die Hauptstraße nehmen.",
    "Die Kosten lagen mit 6,4 Millionen Euro etwas über der ursprünglichen Planung, weil Stahl während der Bauzeit teurer wurde."))
BAKER_DE = Story("Letzte Dorfbäckerei sucht einen Nachfolger", (
    "Seit 42 Jahren backt Klaus Berger jeden Morgen um drei Uhr Brötchen für das Dorf. Ende des Jahres will er aufhören.",
    "Einen Nachfolger hat er noch nicht gefunden. Seine beiden Kinder haben andere Berufe gewählt, und junge Bäcker zieht es in die Städte.",
    "Die Gemeinde hat angeboten, die Miete für das Ladenlokal im ersten Jahr zu übernehmen, falls sich jemand findet.",
    "Ohne die Bäckerei gäbe es im Ort kein einziges Geschäft mehr, sagt der Bürgermeister."))

# --- Spanish / Portuguese ----------------------------------------------------------------------------
TRAIN_ES = Story("Vuelve el tren de cercanías al valle tras seis años", (
    "El tren de cercanías volverá a circular por el valle a partir de septiembre, seis años después de que se suspendiera el servicio por el mal estado de las vías.",
    "Las obras han renovado 38 kilómetros de vía y tres estaciones, que ahora son accesibles para personas con movilidad reducida.",
    "Habrá doce trenes diarios en cada sentido, con un tiempo de viaje hasta la capital de cincuenta minutos.",
    "Los alcaldes de la comarca celebraron la noticia, aunque pidieron más frecuencias durante los fines de semana."))
FAIR_PT = Story("Feira de agricultura familiar ganha espaço fixo no centro", (
    "A feira de agricultura familiar, que há dez anos muda de endereço a cada temporada, ganhou um espaço fixo na antiga estação ferroviária do centro.",
    "A prefeitura reformou o galpão principal e instalou quarenta bancas cobertas, com energia e água para os produtores.",
    "Os feirantes vendem hortaliças, queijos, mel e pães feitos com farinha produzida na própria região.",
    "A feira funciona às quartas e aos sábados, das sete da manhã ao meio-dia."))

# --- Indonesian / Vietnamese -------------------------------------------------------------------------
MARKET_ID = Story("Pasar Terapung Kembali Dibuka untuk Wisatawan", (
    "Pasar terapung di tepi sungai kota kembali dibuka untuk wisatawan setelah direnovasi selama enam bulan.",
    "Pemerintah kota memperbaiki dermaga kayu dan menambah tempat duduk bagi pengunjung yang ingin menikmati sarapan di atas perahu.",
    "Para pedagang menjual buah, kue tradisional, dan sayuran langsung dari perahu mereka sejak pukul enam pagi.",
    "Kepala dinas pariwisata berharap jumlah pengunjung bisa mencapai dua ribu orang setiap akhir pekan."))
FLOOD_ID = Story("Warga Bantaran Sungai Bangun Rumah Panggung", (
    "Puluhan keluarga di bantaran sungai mulai membangun rumah panggung agar tidak lagi kebanjiran setiap musim hujan.",
    "Program ini didanai bersama oleh pemerintah daerah dan sebuah lembaga zakat, dengan bantuan bahan bangunan senilai dua puluh juta rupiah per rumah.",
    "Warga mengerjakan sendiri pembangunan rumah secara bergotong royong, dibantu tukang dari dinas pekerjaan umum.",
    "Tahun depan, program serupa direncanakan untuk tiga kelurahan lain yang juga rawan banjir."))
COFFEE_VI = Story("Nông dân Tây Nguyên chuyển sang trồng cà phê hữu cơ", (
    "Nhiều hộ nông dân ở huyện miền núi đã chuyển sang trồng cà phê theo hướng hữu cơ sau ba năm thử nghiệm.",
    "Thay vì phân bón hóa học, họ dùng phân ủ từ vỏ cà phê và trồng cây che bóng giữa các hàng cà phê để giữ ẩm cho đất.",
    "Năng suất năm đầu giảm khoảng mười phần trăm, nhưng giá bán cao hơn gần một nửa nhờ có chứng nhận hữu cơ.",
    "Hợp tác xã địa phương dự kiến mở rộng diện tích cà phê hữu cơ lên hai trăm héc-ta vào năm tới."))

# --- French / Italian --------------------------------------------------------------------------------
VINES_FR = Story("Les vignerons du coteau plantent des cépages plus résistants à la chaleur", (
    "Sur les pentes du coteau, une douzaine de vignerons ont commencé à remplacer une partie de leurs vignes par des cépages venus du sud.",
    "Les trois derniers étés ont été les plus chauds jamais mesurés dans la région, et les raisins mûrissent désormais trois semaines plus tôt qu'il y a vingt ans.",
    "Les nouveaux plants ne donneront leur première récolte que dans quatre ans. En attendant, les vignerons testent aussi l'irrigation goutte à goutte sur quelques parcelles.",
    "La chambre d'agriculture suivra l'expérience pendant dix ans pour mesurer ses effets sur les rendements et le goût des vins."))
PORT_IT = Story("Il porto vecchio diventa un parco sul mare", (
    "L'area del porto vecchio, chiusa da quasi vent'anni, sarà trasformata in un parco pubblico affacciato sul mare.",
    "Il progetto prevede la demolizione di due magazzini in rovina e il recupero della vecchia torre di segnalazione, che ospiterà un piccolo museo.",
    "I lavori dureranno due anni e saranno finanziati in gran parte con fondi europei.",
    "Il sindaco ha promesso che il parco resterà aperto anche di notte durante l'estate."))

# --- wave 2 ------------------------------------------------------------------------------------------
FAQ = Story("Water meters: what changes for households next year", (
    "From April, every house in the district will have a water meter, and bills will be based on how much water is used rather than on the value of the property.",
    "Who pays for the meter?",
    "The water company pays for the meter and its installation. Households will not be charged for the visit.",
    "Will my bill go up?",
    "The company estimates that about six in ten households will pay less. Large families in small houses are the most likely to pay more.",
    "What if I cannot afford the new bill?",
    "A social tariff caps bills for households on low incomes. Applications open in January."))
THEORY = Story("以“绣花功夫”推进城市精细化管理", (
    "城市管理应该像绣花一样精细。这一要求，指明了新时代城市治理的方向和方法。[1]",
    "精细化管理的关键在于“细”。从一条背街小巷的路灯，到一个老旧小区的垃圾分类点，城市治理的成效往往体现在这些细微之处。",
    "精细化管理的根本在于“人”。城市是人民的城市，城市管理的出发点和落脚点都是让居民生活得更方便、更舒心。[2]",
    "注释：",
    "[1]参见《城市工作文献选编》，城市出版社2024年版，第35页。",
    "[2]同上，第41页。"))
SUMMARY_ZH = Story("老城区供热管网改造完工 三万户居民告别“冬冷”", (
    "核心提示：今年改造的供热管网共四十六公里，涉及老城区一百二十个小区，改造后管网热损失下降约三成。",
    "十一月中旬，随着最后一段主管道完成焊接，老城区供热管网改造工程全面完工。",
    "市供热公司介绍，老城区的供热管网大多铺设于上世纪九十年代，管道老化、保温层脱落，热量在输送途中损失严重，部分小区室温长期达不到标准。",
    "改造后，管网热损失下降约三成，三万户居民今冬的室温有望稳定在二十度以上。"))
