# ruff: noqa: E501
"""Audit21 stories: every text invented for this audit (regional news in thirteen languages). A story
holds what its first publisher wrote; the farms' headers, crumbs, source lines, footers and damage are
added by the case builders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]
    publisher: str
    author: str | None = None
    date: str | None = None


RU_FERRY = Story("В Сосновке после ремонта вновь запустили паром через реку", (
    "Паромная переправа через реку у посёлка Сосновка снова работает: в понедельник рано утром паром перевёз первых пассажиров и два грузовика с продуктами для местного магазина.",
    "Ремонт корпуса и замена двигателя заняли почти три месяца. Всё это время жителям правого берега приходилось ездить в райцентр через мост, а это крюк в сорок километров.",
    "Как сообщили в администрации района, летом паром будет ходить каждый час с шести утра до десяти вечера, а стоимость проезда для пенсионеров и школьников не изменится."),
    "Сибирские вести", "Ирина Соколова", "2026-11-20")
RU_LIBRARY = Story("Сельская библиотека открыла зал настольных игр", (
    "В библиотеке села Каменка по субботам теперь собираются любители настольных игр. Шахматы, шашки и несколько современных игр купили на грант областного фонда.",
    "По словам заведующей библиотекой Анны Ветровой, за первый месяц зал посетили больше ста человек, причём среди них много пенсионеров, которые раньше в библиотеку не заходили.",
    "Осенью здесь планируют провести районный турнир по шахматам для школьников, а победителям вручат книги и абонементы в бассейн."),
    "Каменский вестник", "Олег Журавлёв", "2026-10-03")
UK_ORCHARD = Story("На Поділлі зібрали рекордний урожай яблук", (
    "Фермери Вінницької області цього року зібрали майже на третину більше яблук, ніж торік. Їхні сади майже не постраждали від весняних заморозків.",
    "Голова спілки садівників Петро Ковальчук каже, що ціни на ринку знизилися, тому частину врожаю переробляють на сік і сушені яблука. Ґрунт після дощів теж додав їм сил.",
    "Цієї осені в області відкриють ще два холодильні склади, щоб яблука можна було зберігати до весни і продавати їх за кращою ціною."),
    "Подільські вісті", "Марія Гнатюк", "2026-10-15")
JA_FESTIVAL = Story("港町の秋祭り、四年ぶりに山車が巡行", (
    "北浜町の秋祭りで二十日、四年ぶりに山車の巡行が行われ、沿道には約三千人の見物客が集まった。",
    "山車は江戸時代から受け継がれてきたもので、昨年までの修復工事で欄干や彫刻が当時の姿に戻された。地元の保存会によると、修復費の半分は町民の寄付でまかなったという。",
    "保存会の会長は「子どもたちが綱を引く姿を見て、続けてきてよかったと思った」と話していた。来年は巡行の道順を港まで延ばす予定だ。"),
    "北陸日日新聞", None, "2026-11-20")
JA_CORMORANT = Story("鵜飼（うかい）の舟に新しい船頭、二十代で初めて", (
    "長良川の鵜飼（うかい）で、二十代の船頭が初めて誕生した。鵜匠（うしょう）の家に生まれた村瀬拓海さん（２４）で、三年間の見習いを経て今季から舟を任される。",
    "村瀬さんは「篝火（かがりび）の下で鵜の動きを見ながら舟を操るのは難しいが、観光客の歓声が励みになる」と話す。",
    "今季の鵜飼は十月十五日まで毎晩行われ、観覧船の予約は例年より二割ほど多いという。"),
    "美濃中央新聞", None, "2026-05-12")
KO_MARKET = Story("전통시장 야시장 다시 문 연다", (
    "(부산=한빛뉴스) 김서준 기자 = 부산 동구의 한 전통시장이 오는 금요일부터 매주 주말 야시장을 다시 연다.",
    "상인회에 따르면 이번 야시장에는 먹거리 노점 스무 곳과 수공예품 판매대 열 곳이 참여하며, 운영 시간은 오후 여섯 시부터 자정까지다.",
    "구청은 야시장 기간 동안 시장 주변 도로의 주차 단속을 완화하고, 안전 요원을 추가로 배치할 계획이라고 밝혔다."),
    "한빛뉴스", "김서준", "2026-11-20")
KO_BUS = Story("섬마을 학생들 위한 통학선 운항 시작", (
    "전남 신안군의 작은 섬마을 학생들을 위한 통학선이 이번 주부터 운항을 시작했다.",
    "그동안 학생들은 하루 두 번뿐인 여객선 시간에 맞추느라 새벽 여섯 시에 집을 나서야 했지만, 이제는 등교 시간에 맞춰 배가 출발한다.",
    "군 관계자는 학부모들의 요청이 이어져 통학선을 마련했다며 내년에는 노선을 두 곳 더 늘릴 계획이라고 말했다."),
    "남도일보", "이하은", "2026-09-02")
ES_BAKERY = Story("Una panadería de barrio cumple cien años con la misma receta", (
    "La panadería La Espiga, en el barrio de San Telmo, celebró el sábado su centenario con una fila de vecinos que daba la vuelta a la manzana.",
    "Los actuales dueños, nietos del fundador, aseguran que el pan de masa madre se sigue haciendo con la receta original y en el mismo horno de leña, restaurado hace dos años.",
    "¿El secreto? «Paciencia y harina de la zona», resume Lucía Ortega, que madruga cada día a las cuatro para encender el horno. El ayuntamiento colocará una placa en la fachada."),
    "Diario del Valle", "Martín Quiroga", "2026-11-14")
PT_BRIDGE = Story("Ponte de madeira é reconstruída após enchente no interior", (
    "A ponte de madeira que liga as comunidades de Água Branca e São João do Ribeirão foi reconstruída, três meses depois de ser levada pela enchente de agosto.",
    "A obra foi feita em mutirão por moradores, com madeira doada por uma serraria da região. Segundo a associação de moradores, a ponte agora é mais alta e tem corrimão dos dois lados.",
    "Durante a interdição, os estudantes precisavam atravessar o rio de barco, e a prefeitura chegou a suspender as aulas em dias de chuva forte."),
    "Gazeta do Planalto", "Ana Beatriz Moraes", "2026-11-18")
FR_MARKET = Story("Le marché couvert rouvre ses portes après deux ans de travaux", (
    "Après deux ans de travaux, le marché couvert de Saint-Amand a rouvert samedi matin. Dès 7 heures, une file d’attente s’était formée devant les grilles\u202f!",
    "La charpente métallique, datant de 1894, a été entièrement restaurée\u202f; les étals ont été réaménagés pour accueillir vingt-huit commerçants, contre vingt-deux auparavant.",
    "«\u00a0On attendait ce jour depuis longtemps\u00a0», confie Hélène Marchand, fromagère depuis trente ans. Coût total du chantier\u202f: 4,2 millions d’euros, dont un tiers financé par la région."),
    "Le Courrier de l'Aube", "Julien Perrin", "2026-11-21")
FR_CHOIR = Story("La chorale du lycée chante pour les cœurs des sœurs de l'hôpital", (
    "Les élèves de la chorale du lycée Jean-Moulin ont donné un concert à l'hôpital de Vernay, au profit de l'association des sœurs bénévoles. La recette, 1 250 €, servira à équiper la salle des familles.",
    "« Chanter devant des patients, c'est une autre émotion que sur scène », explique la professeure de musique, qui a choisi des œuvres de Fauré et un chœur de Gounod.",
    "Un second concert est prévu en mars, et l'œuvre choisie sera cette fois un requiem écrit par un ancien élève."),
    "L'Écho de Vernay", "Claire Dubois", "2026-12-02")
DE_FOREST = Story("Förster pflanzen zehntausend Eichen im Stadtwald", (
    "Im Stadtwald von Bergheim haben Förster und Freiwillige in dieser Woche rund zehntausend junge Eichen gepflanzt. Die Fläche war nach dem Borkenkäferbefall vor drei Jahren kahl geschlagen worden.",
    "„Eichen kommen mit Trockenheit deutlich besser zurecht als Fichten“, sagte Revierförster Matthias Schönberger. Die Setzlinge stammen aus einer Baumschule im Nachbarlandkreis.",
    "Die Stadtverwaltung rechnet mit Gesamtkosten von etwa 180.000 Euro, von denen das Land zwei Drittel übernimmt. Weitere Pflanzaktionen sind für das Frühjahr geplant."),
    "Rheinische Abendpost", "Katrin Vogelsang", "2026-11-19")
IT_FERRY = Story("Il traghetto per l'isola torna a viaggiare anche d'inverno", (
    "Da lunedì il traghetto che collega Porto Lieto all'isola di San Vito viaggerà tutto l'anno, e non più solo da aprile a ottobre.",
    "Per i circa quattrocento residenti dell'isola è una svolta: finora, nei mesi freddi, l'unico collegamento era una barca privata che partiva due volte alla settimana.",
    "La Regione coprirà i costi per i primi tre anni. «È una misura di civiltà», ha detto il sindaco, che da anni chiedeva un servizio più regolare."),
    "Corriere del Lago", "Giulia Ferraris", "2026-11-16")
TR_HARBOR = Story("Balıkçı barınağı yenilendi, tekneler yeniden limanda", (
    "İzmir'in Çeşme ilçesindeki balıkçı barınağında süren yenileme çalışmaları tamamlandı ve tekneler yeniden limana bağlanmaya başladı.",
    "Kooperatif başkanı İsmail Yıldırım, dalgakıranın uzatılmasıyla kış fırtınalarında teknelerin artık güvende olacağını söyledi. Çalışmalar yaklaşık altı ay sürdü.",
    "Belediye, barınağın yanına balık satış tezgâhları ve küçük bir çay bahçesi yapılacağını açıkladı. Şenlik için ağustos ayı düşünülüyor."),
    "Ege Postası", "Zeynep Aksoy", "2026-11-12")
VI_BRIDGE = Story("Cây cầu treo mới giúp học sinh vùng cao không phải lội suối", (
    "Sau hơn bốn tháng thi công, cây cầu treo bắc qua suối Nậm Khắt ở xã Tà Xùa đã được đưa vào sử dụng, giúp hơn hai trăm học sinh đi học an toàn trong mùa mưa.",
    "Trước đây, vào những ngày nước lên, các em phải nghỉ học hoặc được phụ huynh cõng qua suối. Cầu dài sáu mươi mét, rộng một mét rưỡi, do một quỹ thiện nguyện tài trợ.",
    "Ông Giàng A Của, chủ tịch xã, cho biết địa phương sẽ giao cho thanh niên trong bản kiểm tra cầu mỗi tháng một lần."),
    "Báo Sông Hồng", "Lê Thu Trang", "2026-11-17")
ID_MARKET = Story("Pasar apung kembali ramai setelah dermaga diperbaiki", (
    "Pasar apung di tepi Sungai Martapura kembali ramai dikunjungi pembeli sejak dermaga kayunya selesai diperbaiki pekan lalu.",
    "Para pedagang, sebagian besar ibu-ibu yang berjualan sayur dan kue dari atas perahu, mengatakan jumlah pembeli naik hampir dua kali lipat dibanding bulan sebelumnya.",
    "Pemerintah kota berencana menambah lampu penerangan di sepanjang dermaga agar pasar juga bisa dibuka pada sore hari menjelang akhir pekan."),
    "Harian Nusantara Timur", "Rina Kartika", "2026-11-11")
PL_TRAM = Story("Tramwaj wrócił na ulicę Długą po czterech latach przerwy", (
    "Po czterech latach przerwy tramwaje znów kursują ulicą Długą. Pierwszy skład wyjechał z zajezdni w sobotę o piątej rano, a na przystankach czekali mieszkańcy z kwiatami.",
    "Remont torowiska kosztował ponad sześćdziesiąt milionów złotych. Przy okazji wymieniono sieć trakcyjną, chodniki i oświetlenie, a przystanki dostosowano do potrzeb osób niewidomych.",
    "Zarząd transportu zapowiada, że w godzinach szczytu tramwaje będą jeździć co siedem minut, a w nocy uruchomiona zostanie dodatkowa linia autobusowa."),
    "Gazeta Nadwiślańska", "Tomasz Wiśniewski", "2026-11-22")

# --- wave 2 (written after the first fixes, with the pipeline's code read: not blind) ----------------
BG_PARK = Story("В Русе откриха обновения крайбрежен парк", (
    "Обновеният крайбрежен парк в Русе отвори врати в събота, след като ремонтът продължи почти две години.",
    "Общината е засадила над триста дървета, а по алеите са поставени нови пейки и осветление. Паркът ще бъде отворен до полунощ през лятото."),
    "Дневник Русе")
SR_SCHOOL = Story("Школа у селу добила нову фискултурну салу", (
    "Ученици основне школе у селу Бела Вода од понедељка вежбају у новој фискултурној сали.",
    "Изградња је трајала годину дана, а средства су обезбедили општина и једна донаторска фондација."),
    "Шумадијске новине")
CS_MILL = Story("Opravený mlýn u řeky láká první návštěvníky", (
    "Historický vodní mlýn u řeky Lužnice se po třech letech oprav otevřel veřejnosti. Během víkendu ho navštívilo přes tisíc lidí.",
    "Obec získala na opravu střechy a mlýnského kola dotaci z krajského rozpočtu. Prohlídky budou probíhat každou sobotu až do října."),
    "Jihočeský deník")
RO_MARKET = Story("Piața din centrul orașului a fost redeschisă după renovare", (
    "Piața agroalimentară din centrul Clujului și-a redeschis porțile luni dimineață, după o renovare care a durat un an.",
    "Producătorii locali au primit tarabe noi, iar primăria a amenajat și o parcare pentru cumpărători în spatele halei."),
    "Gazeta de Cluj")
HU_BRIDGE = Story("Átadták az új gyalogoshidat a Rába felett", (
    "Szombaton átadták a forgalomnak az új gyalogos- és kerékpároshidat a Rába felett Győrben.",
    "A híd építése tizennégy hónapig tartott, és a város szerint naponta több ezer ember használja majd."),
    "Kisalföldi Hírlap")
NL_FERRY = Story("Pontje over het kanaal vaart weer na reparatie", (
    "Het pontje over het kanaal bij Westzaan vaart sinds maandag weer, nadat de motor in de winter volledig is vervangen.",
    "Fietsers en voetgangers kunnen de oversteek van zes uur 's ochtends tot tien uur 's avonds gratis maken."),
    "Noordhollands Dagblad")
SV_LIBRARY = Story("Biblioteket i Vadstena får längre öppettider", (
    "Från och med nästa månad har biblioteket i Vadstena öppet till klockan tjugo på vardagar.",
    "Kommunen har anställt en extra bibliotekarie, och läsesalen har fått nya bord och bättre belysning."),
    "Östgöta Kuriren")
EL_HARBOR = Story("Ανακαινίστηκε το λιμανάκι του Βόλου", (
    "Ολοκληρώθηκαν οι εργασίες ανακαίνισης στο μικρό λιμάνι των ψαράδων στον Βόλο, μετά από οκτώ μήνες.",
    "Ο δήμος τοποθέτησε νέες προβλήτες και φωτισμό, ενώ οι ψαράδες θα μπορούν να πωλούν τα αλιεύματα στην προκυμαία."),
    "Θεσσαλική Ημέρα")
EN_GARDEN = Story("Community garden doubles in size after donation", (
    "The community garden on Mill Street has doubled in size after a local builder donated the empty lot next to it.",
    "Volunteers plan to plant fruit trees in the spring and to build raised beds for older gardeners who cannot kneel."),
    "Valley Courier")
