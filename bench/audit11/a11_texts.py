# ruff: noqa: E501
"""Audit11 articles: every text invented for this audit (repost provenance). A story holds what its
first publisher wrote; the provenance lines a repost adds are written by the case builders."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sibling import load

Story = load(Path(__file__).resolve().parent.parent / "audit10" / "a10_texts.py", "a10_texts").Story  # audit10's


ORCHARD = Story(
    "山区果园用上无人机授粉 坐果率提高近两成",
    ("四月初，青梅岭村的梨花开得正盛。果农周大勇站在田埂上，看着一架无人机贴着树冠缓缓飞过，把调好的花粉液均匀喷洒在花朵上。",
     "“往年这个时候要请二十多个人爬树点授，工钱一天就要三千多元。”周大勇说，今年合作社请来植保服务队，两天就把三百亩梨园授完了。",
     "县农技推广中心的技术员介绍，无人机授粉每亩成本不到人工的三分之一，从去年的试验数据看，坐果率平均提高了百分之十八。",
     "目前，全县已有十一个果园合作社预约了授粉服务，农技部门还将在花期结束后组织一次效果评估。"),
    "青梅日报", "林晓帆", "2026-04-08")
RIVER = Story(
    "城北河道完成清淤 两岸新增三公里慢行步道",
    ("经过五个月施工，城北河道综合整治工程日前完成清淤和护岸改造，沿河新建的三公里慢行步道同步向市民开放。",
     "据区水务局介绍，此次共清理河道淤泥四万二千立方米，更换老化护岸一千六百米，并在入河排口加装了截污设施。",
     "傍晚时分，不少附近居民来到步道散步。退休教师刘桂芳说：“以前河边有味道，绕着走，现在成了我们每天遛弯的地方。”",
     "区水务局表示，下一步将建立河道日常巡查机制，并邀请沿岸居民担任义务河长，共同守护这条河。"),
    "江北晚报", "孙明远", "2026-05-19")
CANTEEN = Story(
    "社区老年食堂开到家门口 一餐十二元两荤一素",
    ("中午十一点刚过，桂园社区老年食堂里已经坐满了人。七十九岁的陈奶奶端着餐盘说，两荤一素加一碗汤，只要十二元。",
     "社区党委书记介绍，食堂由街道提供场地、引入专业餐饮企业运营，八十岁以上老人还能享受每餐三元的补贴。",
     "为了照顾行动不便的老人，食堂还推出了送餐上门服务，由社区志愿者每天把饭菜送到二十多户老人家中。",
     "据了解，全区今年计划新建老年食堂十五家，力争实现城市社区助餐服务全覆盖。"),
    "桂城发布", "赵一鸣", "2026-06-02")
MUSEUM = Story(
    "县博物馆新馆开放首日 接待观众四千余人次",
    ("五月十八日是国际博物馆日，位于城东新区的县博物馆新馆正式对外开放，首日接待观众四千余人次。",
     "新馆建筑面积一万二千平方米，设有基本陈列和两个临时展厅，展出文物一千三百余件，其中不少是近年考古发掘的新成果。",
     "“这件青铜鼎是第一次和观众见面。”馆长指着展柜介绍，为了让展品讲好故事，新馆还引入了数字互动设备。",
     "博物馆实行免费预约参观，周一闭馆，观众可通过官方公众号提前一天预约。"),
    "临溪融媒", None, "2026-05-18")
BUS = Story(
    "夜班公交新增四条线路 覆盖三大医院和高铁站",
    ("为方便市民夜间出行，市公交集团自本月十五日起新开四条夜班公交线路，运营时间为晚上十点至次日凌晨五点。",
     "新线路串联起市第一人民医院、市中医院、妇幼保健院和高铁站，发车间隔为三十分钟，票价统一为两元。",
     "公交集团运营部负责人表示，线路走向是根据过去半年的夜间打车和手机信令数据确定的，运行三个月后还将根据客流进行优化。"),
    "海川新闻网", "吴海涛", "2026-07-10")
RECYCLE = Story(
    "旧衣回收箱进小区 一年回收旧衣物八十吨",
    ("在南湖街道的一个居民小区，绿色的旧衣回收箱已经成了居民熟悉的“邻居”。不少居民换季整理衣柜时，会把不穿的衣服打包投进去。",
     "负责运营的环保企业介绍，回收来的衣物经过分拣，成色好的消毒后捐赠给山区学校和困难家庭，其余的加工成再生纤维。",
     "街道城管科负责人说，过去一年辖区共回收旧衣物八十吨，接下来还将在学校和商场增设回收点，并定期公布衣物去向。"),
    "南湖观察", "钱晓雯", "2026-03-21")
TEA = Story(
    "春茶开采 茶农用上智能炒茶机",
    ("清明前后，云雾山的茶园迎来春茶采摘高峰。在山脚下的茶叶加工厂里，几台智能炒茶机正在有序运转。",
     "厂长介绍，过去炒茶全凭老师傅的手感，一个人一天最多炒二十斤，现在机器按设定的温度和时间自动翻炒，一天能处理五百斤鲜叶。",
     "“机器炒出来的茶，色泽和香气都很稳定。”从事制茶三十年的老师傅说，他现在的主要工作是根据鲜叶情况调整参数。"),
    "云雾山报", None, "2026-04-03")
SCHOOL = Story(
    "乡村学校开设机器人课 孩子们第一次编程",
    ("每周三下午，石桥镇中心小学的机器人教室里总是格外热闹。五年级学生围坐在桌前，调试着自己搭建的小车。",
     "这门课程由县教育局联合一家科技企业开设，企业捐赠了四十套教学器材，并每月派工程师到校指导。",
     "科学老师说，刚开始孩子们连鼠标都用不熟，现在已经能编写简单的程序，让小车沿着黑线自动行驶。",
     "县教育局计划明年将机器人课程推广到全县二十所乡村学校。"),
    "石桥新闻", "黄丽娟", "2026-09-24")
# An article whose sentences open with 来源于 and mention 转载 in prose (a decoy).
FRAUD = Story(
    "警方提醒：谨防“转载赚钱”类网络兼职诈骗",
    ("近期，市公安局反诈中心接到多起报案，受害人均是在网上看到“转载文章就能赚钱”的兼职广告后被骗。",
     "来源于受害人的陈述显示，骗子先让人转载几篇文章并返还小额佣金，取得信任后再以“升级会员”为由要求转账。",
     "民警提醒，凡是先交钱后赚钱的兼职都是诈骗，市民遇到此类情况应立即拨打反诈专线咨询。"),
    "江州警方", None, "2026-08-12")

# --- English ---------------------------------------------------------------------------------------
GLACIER = Story(
    "Why small mountain glaciers are vanishing faster than the big ones",
    ("Hikers who return to the same alpine valley after a decade often notice it first: the patch of ice that once filled a cirque has shrunk to a grey smear against the rock.",
     "Small glaciers lose mass faster because so much of their surface sits close to the warm rock around them, and because they have little ice at high altitude to make up for what melts below.",
     "Our team measured 212 glaciers smaller than half a square kilometre and found that a third of them had lost more than half their area since 2000.",
     "That matters for the streams below them, which depend on late-summer meltwater when rain is scarce."),
    "The Conversation", "Ingrid Solberg", "2026-08-14")
LIBRARY = Story(
    "Town library starts lending power tools, and the waiting list is long",
    ("The Millbrook Public Library has added cordless drills, a tile saw and two pressure washers to its catalogue, and residents have already placed more than 90 holds.",
     "Library director Paula Keane said the idea came from patrons who kept asking where they could borrow equipment for one weekend project.",
     "Tools go out for seven days at a time, and borrowers must watch a short safety video before their first checkout.",
     "The collection was paid for with a $12,000 grant from a regional community foundation."),
    "Millbrook Ledger", "Tom Arden", "2026-03-02")
FERRY = Story(
    "Island ferry operator orders two hybrid vessels",
    ("An island ferry operator in the northern archipelago has ordered two diesel-electric hybrid vessels to replace its oldest ships by 2029, the company said on Monday.",
     "The new ferries will run on batteries inside the harbour and switch to engines only on the open crossing, which the operator expects to cut fuel use by about a quarter.",
     "The order is worth roughly 85 million euros and includes charging equipment at two ports, a company spokesperson said."),
    "Reuters", None, "2026-02-09")
BEES = Story(
    "Rooftop beehives give city office workers a lesson in patience",
    ("On the roof of a downtown insurance office, six white hives hum quietly between the air-conditioning units.",
     "The company installed them three years ago, and each summer a beekeeper leads lunchtime sessions where staff put on veils and inspect the frames.",
     "Last year the hives produced about 40 kilograms of honey, which was bottled and given to employees at the end of the year.",
     "Urban beekeepers warn, however, that too many hives in one area can leave wild pollinators short of flowers."),
    "Harbor City Times", "Lena Ortiz", "2026-06-20")
COFFEE = Story(
    "How one cafe cut its food waste in half",
    ("When Maya Chen took over the corner cafe on Elm Street, she was throwing out two bin bags of pastries every night.",
     "She started baking in smaller batches, tracking sales by the hour and selling leftover bread at half price through a neighbourhood app after 6 p.m.",
     "Within four months, the amount of food she discarded had fallen by more than half, and the app sales covered the cost of the extra baking runs."),
    "Small Biz Weekly", "Dana Price", "2026-05-05")
WIRE_ABOUT = Story(
    "Regional news agency marks 75 years with an archive project",
    ("The Northern Press Agency, which supplies news to more than 40 local papers, marked its 75th anniversary on Friday by opening its photo archive to the public.",
     "Editor-in-chief Karen Holt said the agency would digitise around 300,000 negatives over the next three years, starting with pictures from the 1950s.",
     "Source material in the archive includes handwritten captions and telegrams that reporters filed from remote towns, she said.",
     "Readers will be able to search the collection online and order prints for a small fee."),
    "Valley Herald", "Sam Wright", "2026-10-16")
BRIDGE = Story(
    "Old railway bridge reopens as a walking and cycling path",
    ("A 19th-century railway bridge over the Carrow river reopened on Saturday as a path for walkers and cyclists after two years of repairs.",
     "Engineers replaced rusted rivets, repainted the ironwork and laid a new timber deck, keeping the original lattice girders in place.",
     "\"The bridge was originally built to carry coal wagons, and now it carries prams and bikes,\" said local historian Ruth Gale, who campaigned for the project.",
     "The council said about 1,500 people crossed the bridge on its first weekend."),
    "Carrow Gazette", "Phil Bates", "2026-09-12")

# --- other languages -------------------------------------------------------------------------------
RU_PARK = Story(
    "В городском парке высадили двести молодых лип",
    ("В субботу в Центральном парке прошла акция по озеленению: волонтёры и сотрудники управления благоустройства высадили двести молодых лип вдоль главной аллеи.",
     "По словам директора парка, старые деревья были поражены грибком и представляли опасность для отдыхающих, поэтому их пришлось убрать прошлой осенью.",
     "Саженцы привезли из областного питомника, их высота — около трёх метров. За ними будут ухаживать в течение трёх лет по гарантийному договору."),
    "Вечерний Заволжск", "Анна Смирнова", "2026-10-03")
ES_MARKET = Story(
    "El mercado municipal estrena horario de tarde los viernes",
    ("El mercado municipal de San Roque abrirá también por la tarde los viernes a partir del próximo mes, según anunció este martes el ayuntamiento.",
     "La medida responde a una petición de los comerciantes, que aseguran que muchos vecinos solo pueden hacer la compra después del trabajo.",
     "Durante los tres primeros meses se evaluará la afluencia de público antes de decidir si el horario se amplía a otros días de la semana."),
    "Diario del Valle", "Lucía Martín", "2026-04-14")
PT_FAIR = Story(
    "Feira de agricultura familiar ganha novo espaço no centro",
    ("A feira de agricultura familiar de Santa Luzia passa a funcionar a partir deste sábado na praça da Matriz, com espaço para sessenta barracas.",
     "Segundo a secretaria de agricultura, a mudança atende a um pedido dos produtores, que reclamavam da falta de sombra e de estacionamento no antigo local.",
     "A feira funciona aos sábados, das seis da manhã ao meio-dia, e reúne produtores de hortaliças, queijos, doces e artesanato da região."),
    "Jornal da Serra", "Carlos Menezes", "2026-07-18")
JA_STATION = Story(
    "駅前広場に屋根付きの休憩スペース 来月完成へ",
    ("市は駅前広場の改修工事を進めており、屋根付きの休憩スペースが来月中旬に完成する見通しとなった。",
     "休憩スペースには約四十席のベンチと自動販売機が設置され、雨の日でもバスを待つ利用者が濡れずに過ごせるようになる。",
     "市の担当者は「高齢の利用者から要望が多かった。完成後は夜間の照明も明るくする」と話している。"),
    "北浜新聞", "佐藤健一", "2026-11-05")
KO_LIB = Story(
    "동네 도서관 야간 개방 확대… 밤 10시까지 운영",
    ("시립도서관이 다음 달부터 평일 야간 개방 시간을 밤 10시까지 연장한다고 밝혔다.",
     "도서관 측은 퇴근 후 도서관을 이용하려는 직장인들의 요청이 많아 운영 시간을 늘리기로 했다고 설명했다.",
     "연장 운영은 종합자료실과 열람실에 한해 시행되며, 시는 이용 현황을 분석해 주말 운영 확대도 검토할 계획이다."),
    "한빛일보", "김서연", "2026-09-01")
