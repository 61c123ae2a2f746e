# ruff: noqa: E501
"""Audit13 articles (AUTHOR field): every text invented for this audit. A story holds what its first
publisher wrote; the bylines, credits and decoys around it are written by the case builders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]


# --- English ---------------------------------------------------------------------------------------
LIGHTHOUSE = Story("Volunteers reopen the old lighthouse to visitors", (
    "The lighthouse on Gull Point welcomed its first visitors in eleven years on Sunday, after a group of volunteers spent two winters repairing its iron staircase.",
    "The keeper's cottage now holds a small exhibition about the families who tended the light, with letters and logbooks lent by their descendants.",
    "Tours run on weekends until October, and the group says the money from tickets will pay for a new coat of paint on the tower next spring."))
ORCHARD = Story("Cider makers struggle after a late frost", (
    "A frost in the last week of April destroyed most of the apple blossom in the valley, and growers expect the smallest harvest in twenty years.",
    "Small cider makers who buy fruit from local orchards say they will have to import apples or skip a year of production altogether.",
    "The regional growers' association has asked for emergency loans, arguing that the frost was the third bad season in five years."))
LIBRARY = Story("Library lends tools as well as books", (
    "Residents of Eastfield can now borrow drills, ladders and sewing machines with the same card they use to borrow novels.",
    "The tool library started with forty donated items and has grown to more than three hundred, most of them given by people clearing out garages.",
    "Staff say the most popular item is a carpet cleaner, which has been booked every weekend since the scheme began in March."))
TRAIN = Story("Night train returns to the coast line", (
    "A sleeper service between the capital and the coast will run again from June, ten years after the last night train was withdrawn.",
    "The operator says the carriages have been refurbished with private cabins and a small dining car that serves breakfast before arrival.",
    "Tickets go on sale next week, and early bookings will be offered at a discount for the first month of service."))
BEACH = Story("Town bans cars from the beach road on Sundays", (
    "Cars will be kept off the beach road every Sunday this summer, the town council decided on Tuesday after a long debate.",
    "Shop owners on the road were divided: some fear losing customers who drive in, while others expect more people to walk and stay longer.",
    "The council will review the trial in September using footfall counts and a survey of residents."))
CLINIC = Story("Mobile clinic brings eye tests to remote villages", (
    "A converted bus fitted with eye-testing equipment has visited fourteen villages in the hills since the start of the year.",
    "Nurses on board say many of the people they see have not had their eyes checked in a decade, and about one in five needs new glasses.",
    "The health board plans to add a second bus in the autumn so that each village can be visited twice a year."))

# --- Chinese ---------------------------------------------------------------------------------------
WETLAND = Story("城郊湿地公园候鸟数量创新高", (
    "入冬以来，城郊湿地公园迎来大批越冬候鸟，监测人员记录到的鸟类已有六十三种，总数超过两万只，创下近十年新高。",
    "湿地管理处介绍，近两年公园退养还湿一千二百亩，恢复了浅滩和芦苇带，为候鸟提供了更多觅食和栖息的空间。",
    "管理处提醒市民，观鸟时请保持安全距离，不要投喂，也不要使用无人机靠近鸟群。"))
MARKET = Story("老菜市场改造完成 摊位统一亮码经营", (
    "经过三个月改造，城南老菜市场日前重新开业，地面、排水和照明全部更新，一百二十个摊位统一亮码经营。",
    "市场负责人介绍，改造后每个摊位都配备了电子秤和价格公示牌，顾客扫码就能查看商品来源和检测结果。",
    "不少老顾客说，市场干净了，买菜也更放心了，周末来逛的年轻人明显多了起来。"))
SNOW = Story("首场降雪来袭 环卫工人连夜除雪保畅通", (
    "受冷空气影响，本市昨夜迎来今冬首场降雪，最大积雪深度达到八厘米。",
    "市环卫部门连夜出动除雪车辆一百四十台次、作业人员两千余人，对主干道、桥梁和坡道进行重点清理。",
    "截至今天早上七点，全市主要道路已基本恢复正常通行，公交线路未受明显影响。"))
HARVEST = Story("高标准农田迎来秋收 亩产同比增一成", (
    "金秋时节，河湾镇的高标准农田里，几台收割机正在来回作业，金黄的稻谷很快装满了运粮车。",
    "镇农业服务中心负责人说，今年全镇新建高标准农田八千亩，灌溉和排水条件明显改善，测产显示亩产同比增长一成左右。",
    "种粮大户刘长河算了一笔账：产量上去了，加上统一供种和机械化作业，每亩地能多挣三百多元。"))

# --- other languages -------------------------------------------------------------------------------
KO = Story("도서관, 야간 열람실 운영 시간 연장", (
    "시립도서관이 다음 달부터 야간 열람실 운영 시간을 밤 11시까지 연장한다고 밝혔다.",
    "도서관 측은 시험 기간마다 좌석이 부족하다는 이용자 의견을 반영해 좌석도 60석 늘리기로 했다.",
    "연장 운영은 우선 석 달 동안 시범으로 진행되며, 이용 현황을 보고 지속 여부를 결정할 예정이다."))
JA = Story("商店街に子ども食堂が開設 週二回の夕食提供", (
    "駅前の商店街の空き店舗を活用した子ども食堂が今月、開設された。毎週火曜と金曜の夕方に、地域の子どもたちに温かい食事を提供する。",
    "運営する市民団体によると、食材の多くは商店街の八百屋や精肉店から寄付されており、ボランティア二十人が調理と配膳を担当する。",
    "団体の代表は「子どもたちが安心して過ごせる居場所にしたい」と話している。"))
RU = Story("В городском парке открыли новую велодорожку", (
    "В центральном парке открыли велодорожку длиной четыре километра, которая соединяет главный вход с набережной.",
    "По словам представителей администрации, дорожку отделили от пешеходных аллей, а вдоль неё установили скамейки и парковки для велосипедов.",
    "Летом в парке также планируют открыть пункт проката, где можно будет взять велосипед на час или на весь день."))
ES = Story("El mercado municipal amplía su horario los sábados", (
    "El mercado municipal abrirá los sábados hasta las ocho de la tarde a partir del próximo mes, según anunció el ayuntamiento.",
    "Los comerciantes llevaban años pidiendo el cambio para atender a las familias que trabajan durante la semana.",
    "La ampliación se revisará en diciembre con los datos de afluencia y las ventas de los puestos."))
DE = Story("Stadtbibliothek öffnet auch am Sonntag", (
    "Die Stadtbibliothek ist ab Oktober auch sonntags von elf bis siebzehn Uhr geöffnet, wie die Stadtverwaltung am Dienstag mitteilte.",
    "Möglich macht das ein neues Ausleihsystem, mit dem Besucher Bücher selbst ausleihen und zurückgeben können.",
    "Die Sonntagsöffnung wird zunächst ein Jahr lang getestet und danach anhand der Besucherzahlen bewertet."))
