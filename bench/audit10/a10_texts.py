# ruff: noqa: E501
"""Audit10 articles: invented for this audit (no real article is copied). Each is what its first
publisher wrote: headline, paragraphs, and the metadata the page states."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    title: str
    paras: tuple[str, ...]
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


ELEVATOR = Story(
    "老旧小区加装电梯提速 今年已有126部投入使用",
    ("11月20日上午，家住城南区桂香苑小区5号楼的76岁居民王秀兰第一次乘着新装的电梯回到六楼的家。“以前上下一趟楼要歇三回，现在按个按钮就到了。”她笑着说。",
     "据市住建局介绍，今年以来全市已有126部加装电梯投入使用，另有83部正在施工，数量超过前三年的总和。",
     "加装电梯难，难在协调。桂香苑5号楼共有12户，一楼两户起初担心采光和噪声。社区请来设计单位调整了井道位置，又在楼前补种了一排桂花树，最终12户全部签字同意。",
     "为了让资金不再成为拦路虎，今年起市里将每部电梯的财政补贴从15万元提高到20万元，并允许居民提取住房公积金支付自筹部分。",
     "市住建局相关负责人表示，下一步将推行“一窗受理、并联审批”，把审批时间压缩到20个工作日以内。"),
    "澎湃新闻", "周立新", "2026-11-20")

HEATING_NOTICE = Story(
    "关于做好2026—2027年度冬季供暖保障工作的通知",
    ("各区人民政府，市政府各委、办、局，各有关单位：",
     "为确保全市居民温暖过冬，根据省住房和城乡建设厅有关要求，现就做好本年度冬季供暖保障工作通知如下。",
     "一、明确供暖时间。本年度法定供暖期为2026年11月15日至2027年3月15日。遇气温持续偏低，可提前开栓或延长供暖。",
     "二、保障热源供应。各供热企业要在11月1日前完成燃煤、天然气储备，储备量不得低于15天用量。",
     "三、加强管网巡查。对运行超过20年的老旧管网，供热企业要逐段排查，发现隐患立即整改。",
     "四、畅通诉求渠道。12345热线设立供暖专席，居民反映室温不达标的，供热企业须在24小时内上门处置。",
     "特此通知。",
     "临江市人民政府办公室",
     "2026年10月28日"),
    "临江市人民政府办公室", None, "2026-10-28")

NIGHT_BUS = Story(
    "多地试点夜间公交“招手停” 乘客可在非站点上下车",
    ("记者从多地交通运输部门了解到，今年下半年以来，已有至少7个城市试点夜间公交“招手停”服务，乘客在晚上10点以后可以在线路沿途非站点招手上车、提前告知下车。",
     "在江城，夜班302路是首批试点线路之一。司机刘建军说，试点以来夜里乘车的多是下班的护士、外卖骑手和商场店员，“有的乘客下车地点离小区门口只有几十米，大家都说方便”。",
     "不过，也有市民担心随意停车会影响交通安全。对此，江城公交集团表示，试点线路均避开快速路和主干道，司机只在视线良好、允许临时停车的路段停靠。",
     "业内人士认为，夜间客流少、需求分散，“招手停”能让公交更贴近乘客，但各地应根据道路条件制定清单，不宜一刀切推广。"),
    "凤凰网", None, "2026-11-18")

LIBRARIAN = Story(
    "专访｜乡村图书管理员何春梅：十年守着一间书屋",
    ("编者按：在青石镇何家村，有一间不足40平方米的农家书屋。十年来，村民何春梅义务担任管理员，让这间书屋成了全村孩子放学后最爱去的地方。近日，本报记者对她进行了专访。",
     "问：当初为什么愿意接下这份没有报酬的工作？",
     "何春梅：2016年书屋刚建好，书堆在村委会的仓库里没人管。我女儿那时上三年级，天天问我哪里能借书。我想，与其让书落灰，不如我来开门。",
     "问：这十年里，书屋有哪些变化？",
     "何春梅：书从最初的800多册增加到3000多册，还添了两台电脑。现在每个周末都有大学生志愿者来给孩子们讲故事。",
     "问：最让你感到欣慰的是什么？",
     "何春梅：去年有个在书屋里写作业长大的孩子考上了师范大学，他说毕业后要回来当老师。听到这句话，我觉得这十年值了。",
     "记者手记：采访结束时天色已晚，书屋里仍有五六个孩子不肯回家。何春梅没有催，只是把灯又开亮了一些。一间小小的书屋，照亮的是一个村庄的未来。"),
    "青石日报", "林晓舟", "2026-11-12")

TYPHOON_LIVE = Story(
    "直击台风“海葵”登陆：实时动态",
    ("23:40 据省气象台消息，台风“海葵”中心已移入内陆，强度减弱为强热带风暴。",
     "22:15 沿海高速公路东港至南湾段实行临时交通管制，请过往车辆绕行。",
     "21:05 台风“海葵”于21时前后在南湾镇沿海登陆，登陆时中心附近最大风力13级。",
     "20:30 全市已转移安置群众4.2万人，开放避灾安置点316个。",
     "19:50 市防指将防台风应急响应提升至Ⅰ级。"),
    "东港日报", None, "2026-09-14")

FLASH = Story(
    "城西污水处理厂二期工程通水运行",
    ("11月25日，城西污水处理厂二期工程正式通水运行，新增日处理能力5万吨。",
     "该工程总投资3.2亿元，出水水质达到一级A标准，将有效缓解城西片区污水处理压力。"),
    "江城晚报", None, "2026-11-25")

_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_ITEMS = ("新建改造农村公路", "完成高标准农田建设", "新增城镇就业", "改造城镇老旧小区", "新建普惠性托育机构", "新增公办中小学学位",
          "建成充电桩", "完成危房改造", "新增绿道", "植树造林", "建成口袋公园", "新增停车泊位", "改造农贸市场", "建成社区食堂")
_UNITS = ("公里", "万亩", "人", "个", "家", "个", "个", "户", "公里", "万株", "个", "个", "个", "个")


def _long_paras() -> tuple[str, ...]:
    out = ["2026年即将过去。这一年，县委县政府承诺的各项民生实事逐项落地。本报梳理了全年40件民生实事的完成情况，逐一向读者报告。"]
    for i in range(38):
        item, unit = _ITEMS[i % len(_ITEMS)], _UNITS[i % len(_UNITS)]
        amount = 12 + (i * 37) % 900
        month = _MONTHS[i % 12]
        out.append(f"第{i + 1}件，{item}。截至{month}月底，全县累计{item[:2]}{amount}{unit}，"
                   f"完成年度目标的{100 + i % 9}%，{'群众满意度调查显示满意率超过九成' if i % 3 == 0 else '相关工作已转入常态化管理'}。")
    out.append("县政府表示，明年的民生实事项目将继续通过网络征集、代表建议等方式确定，欢迎广大群众积极建言。")
    return tuple(out)


YEAR_REVIEW = Story("40件民生实事交出年度答卷", _long_paras(), "宁川县融媒体中心", None, "2026-12-01")

SUBSIDY_TABLE = Story(
    "我市发放秋冬季消费券 四类商品可用",
    ("为提振秋冬消费，市商务局将于12月1日起分三批发放消费券，总额3000万元。",
     "本次消费券分为以下四类：",
     "类别 面额 使用门槛 发放数量",
     "餐饮券 20元 满100元可用 40万张",
     "家电券 300元 满2000元可用 2万张",
     "图书券 15元 满50元可用 10万张",
     "文旅券 50元 满200元可用 8万张",
     "市民可通过“悦享江城”小程序领取，每人每类限领一张，领取后7日内有效。"),
    "江城发布", None, "2026-11-27")

CORRECTION = Story(
    "市第一人民医院新院区明年投用",
    ("市第一人民医院新院区主体工程日前完工，预计明年6月正式投入使用。",
     "新院区位于高新区科创大道以北，设置床位1200张，建筑面积28万平方米，将开设儿科、老年医学科等特色专科。",
     "医院方面介绍，新院区投用后，老院区将保留急诊和部分门诊功能，两院区之间开通免费接驳车。",
     "更正：本报11月22日刊发的《市第一人民医院新院区明年投用》一文中，新院区床位数应为1200张，误写为2100张，特此更正并致歉。"),
    "江城晚报", "许蔓", "2026-11-23")

GALLERY = Story(
    "组图：初冬时节 湿地迎来越冬候鸟",
    ("11月22日，一群白鹤在沙湖湿地浅滩觅食。",
     "近日，数千只越冬候鸟陆续飞抵沙湖湿地，湿地保护站工作人员正在进行日常监测。",
     "游客在观鸟平台上拍摄候鸟。观鸟平台今年新增了8台高倍望远镜，供游客免费使用。",
     "夕阳下，成群的灰鹤从湿地上空飞过。"),
    "沙湖日报", "陈锐", "2026-11-22")

MARKET = Story(
    "菜市场里的“夜间经济”",
    ("原标题：菜市场变身夜市 年轻人来了",
     "晚上八点，城东农贸市场的卷帘门并没有拉下。白天卖蔬菜的摊位收拾干净，换上了烧烤、糖水和手作饰品。",
     "市场负责人陈国强告诉记者，今年夏天起，市场在晚间把一半摊位租给年轻摊主，每晚客流从几十人增加到两千多人。",
     "“以前晚上这里黑灯瞎火，现在成了我们年轻人打卡的地方。”在附近上班的林悦说。",
     "街道办表示，将统一规划油烟处理和垃圾清运，让夜市既热闹又整洁。"),
    "城东时报", "杜晴", "2026-08-16")

# the title line reads 原标题 in the body: the first paragraph of MARKET is the portal's, not the paper's
MARKET_BODY = MARKET.paras[1:]

# --- other languages ---------------------------------------------------------------------------------
DE_RAD = Story(
    "Stadtrat beschließt neue Radwege entlang der Weserstraße",
    ("Nach monatelanger Debatte hat der Stadtrat am Donnerstagabend mit knapper Mehrheit den Bau eines durchgehenden Radwegs entlang der Weserstraße beschlossen.",
     "Auf einer Länge von 2,4 Kilometern sollen Radfahrer künftig einen eigenen, baulich getrennten Streifen erhalten. Dafür fallen rund 60 Parkplätze weg.",
     "„Wir schaffen endlich eine sichere Verbindung zwischen Bahnhof und Hochschule“, sagte Baudezernentin Karin Mößner. Die Kosten von 3,1 Millionen Euro trägt zu großen Teilen das Land.",
     "Kritik kam von den Geschäftsleuten an der Straße. Sie befürchten, dass Kunden ohne Parkmöglichkeit ausbleiben. Die Stadt will deshalb prüfen, ob das Parkhaus am Markt günstiger werden kann.",
     "Die Bauarbeiten sollen im Frühjahr 2027 beginnen und rund ein Jahr dauern."),
    None, "Jörg Hälbig", "2026-11-19")

FR_BOULANGERIE = Story(
    "À Saint-Méen, la dernière boulangerie du bourg rouvre ses portes",
    ("Fermée depuis le départ à la retraite de son ancien propriétaire en juin, la boulangerie de la place de l’Église a rouvert mardi matin.",
     "C’est un jeune couple venu de Rennes, Élodie et Maxime Le Goff, qui a repris le commerce. « Nous cherchions un village où l’on connaît encore ses clients par leur prénom », explique Élodie.",
     "La commune a participé à la rénovation du four et des locaux à hauteur de 45 000 €. Le maire, Gérard Piton, se félicite : « Sans boulangerie, un bourg perd son cœur. »",
     "Dès 7 heures, une file d’attente s’était formée devant la vitrine. Les premières baguettes étaient épuisées avant 9 heures."),
    None, "Anne Quéré", "2026-11-17")

PT_FEIRA = Story(
    "Feira de agricultura familiar volta à praça central após reforma",
    ("Depois de oito meses de obras, a feira de agricultura familiar voltou neste sábado à Praça da Matriz, no centro da cidade.",
     "São 64 barracas, 20 a mais do que antes da reforma, com produtos de pequenos agricultores de cinco municípios da região.",
     "“Aqui eu vendo direto para o consumidor, sem atravessador. Isso faz toda a diferença no fim do mês”, disse a produtora Conceição Araújo, que vende queijos e doces caseiros.",
     "A prefeitura informou que a feira funcionará aos sábados, das 6h às 13h, e que haverá estacionamento gratuito para os feirantes."),
    None, "Márcio Gonçalves", "2026-11-21")

VI_METRO = Story(
    "Tuyến buýt điện đầu tiên nối sân bay với trung tâm thành phố",
    ("Sáng 24/11, tuyến xe buýt điện nối sân bay với trung tâm thành phố chính thức đi vào hoạt động sau ba tháng chạy thử.",
     "Tuyến dài 28 km, có 14 điểm dừng, tần suất 15 phút một chuyến vào giờ cao điểm. Giá vé là 15.000 đồng mỗi lượt.",
     "Ông Nguyễn Văn Hùng, Giám đốc Sở Giao thông vận tải, cho biết tuyến buýt sẽ giúp giảm ùn tắc trên trục đường dẫn vào sân bay.",
     "Trong tháng đầu tiên, hành khách được miễn phí vé khi thanh toán bằng thẻ không tiếp xúc."),
    None, "Trần Minh Anh", "2026-11-24")

KO_MARKET = Story(
    "전통시장 온누리상품권 환급 행사 이달 말까지 연장",
    ("중소벤처기업부는 전통시장에서 국산 농축수산물을 구매하면 온누리상품권으로 환급해 주는 행사를 이달 30일까지 연장한다고 25일 밝혔다.",
     "구매 금액이 3만4천 원 이상이면 1만 원, 6만7천 원 이상이면 2만 원을 돌려받을 수 있다. 1인당 환급 한도는 2만 원이다.",
     "중기부 관계자는 \"행사 기간 시장 방문객이 지난해보다 18% 늘었다\"며 \"상인들의 요청을 반영해 기간을 늘렸다\"고 설명했다.",
     "환급은 시장 내 고객지원센터에서 영수증과 신분증을 제시하면 받을 수 있다."),
    None, "박서준", "2026-11-25")

RU_TYUMEN = Story(
    "В Заречном районе откроют новую поликлинику",
    ("Строительство детской поликлиники в Заречном районе завершится в декабре, сообщили в областном департаменте здравоохранения.",
     "Здание рассчитано на 400 посещений в смену. В нём разместятся кабинеты педиатров, стоматологов и отделение реабилитации.",
     "«Родителям больше не придётся возить детей через весь город», — отметила заместитель главы района Ольга Рябинина.",
     "Приём пациентов планируют начать в феврале следующего года после получения лицензии."),
    None, "Денис Кравцов", "2026-11-26")

JA_BLOG = Story(
    "近所のパン屋さんが閉店してしまった話",
    ("家から歩いて5分ほどのところにあった小さなパン屋さんが、先週末で閉店してしまいました。",
     "引っ越してきた8年前から、土曜日の朝はここのクロワッサンを買うのが習慣でした。店主のご夫婦はいつも娘の名前を覚えていてくれて、おまけのラスクをくれたものです。",
     "最終日は開店前から行列ができていて、私が着いたときにはもう食パンしか残っていませんでした。",
     "張り紙には「長い間ありがとうございました」とだけ書かれていました。寂しいけれど、ご夫婦にはゆっくり休んでほしいと思います。"),
    None, None, "2026-11-23")

XI_STUDY = Story(
    "“小院议事”让社区治理更接地气",
    ("在南岭街道枫林社区，一张石桌、几把竹椅，就是居民议事的“会客厅”。每月第一个周六，社区干部、物业代表和居民围坐在一起，把楼道堆物、停车难等烦心事摆上桌面。",
     "今年以来，“小院议事”已经解决居民诉求46件。老旧小区的自行车棚改造，就是在议事会上由居民自己定下方案的。",
     "“过去是社区拿方案、居民提意见，现在是居民拿主意、社区帮着办。”社区党委书记郑丽华说。",
     "街道负责人表示，将把“小院议事”的做法推广到辖区全部12个社区。"),
    "光明日报", "吴越", "2026-11-10")

PAGED = Story(
    "非遗竹编走进中小学课堂",
    ("本学期起，县里8所中小学开设了竹编兴趣课，由当地非遗传承人走进课堂授课。",
     "67岁的竹编传承人罗德明每周二下午来到城关小学，教孩子们剖篾、起底、收口。他说，竹编最难的是耐心，“一根篾片要反复刮上十几遍才够薄”。",
     "四年级学生小雨已经编出了一只小竹篮。她说：“原来平常用的篮子要花这么多功夫。”",
     "县教育局介绍，下一步将编写竹编校本教材，并在暑期举办青少年竹编作品展。"),
    "山城日报", "罗敏", "2026-11-05")
