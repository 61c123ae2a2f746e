# ruff: noqa: E501
"""Original articles for the adversarial audit, all invented for this audit (never copied).

Each article is a title and its paragraphs, exactly as its first publisher would have written them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    key: str
    lang: str
    title: str
    paras: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n".join(self.paras)


ARTICLES = {a.key: a for a in (
    Article("zh_elder", "zh", "杭州试点社区嵌入式养老服务 让老人在家门口安享晚年", (
        "新华社杭州3月5日电（记者 王林 陈晓雨）走进杭州市拱墅区一处老旧小区，记者看到，一楼原本闲置的车库已经改造成了明亮的日间照料中心，十几位老人正在这里下棋、读报、做康复训练。",
        "据了解，今年以来，杭州在全市范围内推进社区嵌入式养老服务试点，通过盘活闲置用房、引入专业机构运营，为周边老年人提供助餐、助浴、助医等服务。截至2月底，全市已建成此类服务点326个，覆盖老年人口超过40万。",
        "“以前孩子上班，我一个人在家吃饭总是凑合，现在每天中午走几步路就能吃上热乎饭。”今年78岁的居民周大爷说，中心还会定期请医生来测血压、讲健康知识，让他觉得心里踏实。",
        "业内人士认为，嵌入式养老服务的关键在于可持续运营。下一步，当地将完善补贴政策和服务标准，鼓励社会力量参与，同时加强对服务质量的监管，推动养老服务从“有没有”向“好不好”转变。",
    )),
    Article("zh_farm", "zh", "山区果农搭上直播快车 “土特产”卖出好价钱", (
        "人民网贵阳4月18日电 清晨六点，贵州省黔东南州一个山村的果园里，返乡青年杨帆已经架好了手机支架。随着镜头打开，满树金黄的枇杷出现在屏幕上，直播间的观众很快涨到了两千多人。",
        "杨帆告诉记者，过去村里的水果主要靠商贩上门收购，价格被压得很低，遇上雨季还常常烂在地里。自从开始做直播，村里的枇杷通过冷链物流直接发往全国各地，每斤售价比以前提高了三成左右。",
        "为了帮助更多农户用好网络平台，当地商务部门联合电商企业开设了培训班，从拍摄技巧、产品包装讲到售后服务。目前全县已有一千二百多名农民参加培训，其中不少人开起了自己的网店。",
        "专家提醒，农产品电商在快速发展的同时，也要重视品质和标准。只有把好质量关、建好品牌，才能让“土特产”走得更远，真正成为农民增收的长久之计。",
    )),
    Article("zh_ai", "zh", "高校开设人工智能通识课 学生用编程解决身边问题", (
        "本报讯（记者 刘倩）新学期开始，南方某理工大学面向全体本科生开设了人工智能通识课程。课程不分专业，既讲机器学习的基本原理，也安排学生动手完成一个小项目。",
        "在课堂上，计算机学院的张老师用一个识别校园垃圾分类的软件作为例子，介绍了数据采集、模型训练和效果评估的全过程。她说，希望学生理解人工智能能做什么、不能做什么，而不仅仅是会用几个工具。",
        "机械专业大二学生何家明和同学组成小组，设计了一套监测实验室用电的程序。他们把传感器数据上传到服务器，再用简单的算法找出异常耗电的设备。“以前觉得芯片、算法离自己很远，现在发现它就在身边。”何家明说。",
        "学校教务处负责人表示，下一步将根据学生反馈调整课程内容，增加信息安全和科技伦理方面的讨论，引导学生负责任地使用新技术。",
    )),
    Article("zh_river", "zh", "长江禁渔五周年：江豚回来了，渔民上岸了", (
        "中新网武汉6月2日电（记者 黄磊）初夏的清晨，长江武汉段江面上薄雾渐散。几头江豚在船边时隐时现，引得岸边的市民纷纷举起手机拍照。",
        "这样的场景，在几年前还很难见到。自长江流域重点水域实行十年禁渔以来，沿江各地加大了执法巡查力度，非法捕捞行为明显减少，鱼类资源逐步恢复。监测数据显示，部分江段的鱼类种类比禁渔前增加了二十多种。",
        "曾经以打鱼为生的老陈，如今成了一名护渔员。他每天沿着江岸巡查，发现可疑情况就及时上报。“以前在江里捕鱼，后来才明白，鱼越打越少，是我们自己断了后路。”他说，现在的工作虽然辛苦，但干得踏实。",
        "专家指出，生态修复是一项长期工程，禁渔只是第一步。接下来还需要统筹推进水污染治理、岸线整治和栖息地保护，让长江真正恢复生机。",
    )),
    Article("tw_mrt", "zh-Hant", "捷運新線通車首週 通勤族：轉乘省下二十分鐘", (
        "記者林怡君／台北報導",
        "台北捷運新路線上週末正式通車，首週平均每日運量突破十二萬人次。不少住在新北的上班族表示，過去從家裡到公司要轉兩次公車，現在搭捷運一趟就能到，每天至少省下二十分鐘。",
        "北捷公司指出，通車初期因為乘客還不熟悉轉乘動線，部分車站在尖峰時段出現排隊人潮，已加派站務人員在月台引導。另外，官方軟體也新增了即時擁擠度查詢功能，方便旅客錯開人多的車廂。",
        "不過也有民眾反映，部分出口離公車站太遠，雨天轉乘相當不便。市府交通局回應，將與業者檢討接駁路線，並在人行道加設遮雨棚，「希望讓大家下了捷運就能無縫接軌」。",
    )),
    Article("hk_bus", "zh-Hant", "巴士公司推電子支付優惠 長者乘車更方便", (
        "本港多間專營巴士公司宣布，由下月起乘客使用指定電子支付方式乘車，可享車資回贈，長者及殘疾人士亦可繼續以兩元優惠乘車。",
        "巴士公司發言人表示，近年以電子方式付款的乘客比例持續上升，新措施希望減少車長處理零錢的時間，令上落客更暢順。公司亦會在各主要車站增設查詢櫃位，協助長者了解新安排。",
        "有立法會議員認為，措施方向正確，但要照顧不熟悉手機的市民，「唔好令部分乘客覺得被遺忘」。運輸署則表示，會密切留意推行情況，並與營辦商保持溝通。",
    )),
    Article("zh_place", "zh", "河北蔚县剪纸走进校园 非遗传承有了新课堂", (
        "记者日前在河北蔚（yù）县一所小学看到，三年级的孩子们正拿着剪刀，在红纸上小心翼翼地剪出窗花。蔚县剪纸是国家级非物质文化遗产，以色彩艳丽、刻工精细著称。",
        "当地文化部门负责人介绍，为了让这门手艺后继有人，县里组织民间艺人走进中小学，每周开设一节剪纸课。老艺人周秀兰已经七十岁了，她说看到孩子们剪得有模有样，心里特别高兴。",
        "此外，县里还在暖泉古镇建起了剪纸体验馆，游客可以在这里了解剪纸的历史，亲手完成一件作品。去年，体验馆共接待游客六万多人次。",
    )),
    Article("zh_mojibake", "zh", "网页乱码是怎么产生的？一文读懂字符编码", (
        "不少网友都遇到过这样的情况：打开一个网页，满屏都是“锟斤拷”或者“烫烫烫”之类看不懂的字符。这些乱码其实并不神秘，它们大多是字符编码处理不当造成的。",
        "简单来说，计算机存储文字时，需要把每个字符转换成一串数字，这套规则就是编码。常见的中文编码有GBK和UTF-8。如果一段用UTF-8保存的文字被当成西欧编码来读取，“café”就会变成“cafÃ©”，中文则会变成一串毫无意义的怪字。",
        "而“锟斤拷”的来历更有意思：当程序遇到无法识别的字节时，会用一个替换符号来代替，这个符号的UTF-8编码连续出现两次，再按GBK解读，就成了“锟斤拷”。",
        "专家建议，网站开发者应当统一使用UTF-8编码，并在网页中正确声明字符集，这样可以从源头上减少乱码问题。",
    )),
    Article("zh_lesson", "zh", "小学语文：多音字“行”的两种读音", (
        "同学们，今天我们来学习一个多音字：行。",
        "第一个读音是xíng，表示走路或者可以，比如“行走”“步行”“不行”。第二个读音是háng，表示行业或者排列，比如“银行”“行列”“各行各业”。",
        "请大家读一读下面的句子，注意加点字的读音：银行（háng）门口，他步行（xíng）了十分钟。",
        "课后练习：用“行”的两个读音各组两个词语，并写在练习本上。",
    )),
    Article("zh_names", "zh", "中外青年共话乡村振兴 交流活动在成都举行", (
        "新华社成都5月20日电 来自12个国家的青年代表近日齐聚成都，围绕乡村振兴和文化交流展开讨论。",
        "活动中，英国青年李明（Li Ming）分享了他在四川农村支教两年的经历。他说，村里的孩子们热情好学，让他对中国乡村有了全新的认识。",
        "主办方介绍，各级党委（党组）和青年组织将继续搭建交流平台，邀请更多外国青年走进中国乡村，讲好乡村振兴故事。",
    )),
    Article("tw_cross", "zh-Hant", "陸委會：對岸新措施 恐加深兩岸互信赤字", (
        "中共國台辦今天宣布多項針對台灣青年的就業補助措施，新華社也同步發布相關報導。陸委會晚間回應表示，對岸長期以統戰手法包裝所謂惠台政策，呼籲國人審慎看待。",
        "陸委會發言人指出，中共中央近年不斷強調「融合發展」，但同時持續對台施加軍事壓力，「一手給糖、一手揮棒，無助於兩岸關係的良性發展」。",
        "學者分析，北京此次措施鎖定剛畢業的年輕族群，時機選在畢業季前夕，意圖相當明顯。不過實際成效仍有待觀察，過去類似方案的申請人數都不如預期。",
    )),
    Article("zh_stream", "zh", "体育直播平台免费观看引发版权争议", (
        "近日，多家体育直播平台以免费观看为噱头吸引用户，引发版权方不满。业内人士指出，部分平台未经授权转播赛事，已涉嫌侵犯著作权。",
        "已有三家版权方提起诉讼。",
        "法律专家表示，平台在提供直播服务前，应当取得合法授权，否则将承担相应的法律责任。监管部门也将加大对网络盗播行为的查处力度。",
    )),
    Article("en_market", "en", "Regional lender posts record profit as loan demand recovers", (
        "Share prices of Harbor Trust rose 4% on Friday.",
        "The regional lender reported a quarterly profit of $312 million, its highest ever, helped by stronger demand for business loans and lower provisions for bad debt.",
        "Chief executive Tom Alvarez said the bank would keep costs under control. Analysts cautioned that falling interest rates could squeeze margins later in the year.",
    )),
    Article("zh_policy", "zh", "我市出台新一轮稳就业政策 聚焦高校毕业生和农民工", (
        "日前，我市印发《关于进一步做好稳就业工作的若干措施》，从企业吸纳、创业扶持、技能培训三个方面提出18条具体举措。",
        "一、加大企业吸纳就业支持力度",
        "对招用应届高校毕业生并签订一年以上劳动合同的中小微企业，按每人2000元标准给予一次性补贴。",
        "关键词：一次性补贴",
        "二、强化创业担保贷款扶持",
        "个人创业担保贷款最高额度提高至30万元，小微企业最高额度提高至400万元。",
        "三、开展大规模职业技能培训",
        "今年计划完成各类职业技能培训5万人次，重点面向农民工、失业人员和退役军人。",
        "市人社局相关负责人表示，各项措施将于下月起实施，有效期两年。",
    )),
    Article("zh_book", "zh", "地方志专家新书出版 梳理运河沿岸城镇变迁", (
        "记者近日获悉，由省社科院研究员陈立新编著的《运河城镇志》已由人民出版社出版。全书共60万字，是作者继两部专著之后的又一力作。",
        "陈立新说，写作过程中他查阅了大量原著和地方档案，并多次沿运河实地走访。随着研究不断深入，他对运河沿岸城镇的兴衰有了新的认识。",
        "有评论认为，这部新著资料翔实、考证严谨，对推动地方史研究具有积极意义。",
    )),
    Article("hk_policy", "zh-Hant", "特區政府歡迎中央支持措施 冀深化大灣區合作", (
        "國務院港澳辦昨日公布多項支持香港發展的措施，新華社隨即發表評論文章。特區政府發言人表示歡迎，並指措施有助香港鞏固國際金融中心地位。",
        "發言人說，特區政府會與內地有關部門保持緊密溝通，盡快落實各項安排，讓市民和企業及早受惠。",
        "有商界人士認為，新措施對本地專業服務業是重大機遇，但亦提醒業界要做好準備，提升自身競爭力。",
    )),
    Article("en_port", "en", "Port city expands night ferry service as commuter numbers climb", (
        "HARBORVIEW — The city's transit authority will add three late-night ferry crossings starting next month, officials said Tuesday, after ridership on the evening routes rose by nearly a fifth over the past year.",
        "The new sailings, leaving the downtown terminal at 11:15 p.m., 11:45 p.m. and 12:30 a.m., are aimed at hospital staff, restaurant workers and students who finish late. “People told us they were waiting an hour for the last bus,” said Maria Okafor, the authority's planning director.",
        "The expansion will cost about $2.4 million a year, funded partly by a state grant. Some council members questioned whether demand would hold through the winter, when crossings are often cancelled because of fog.",
        "Okafor said the schedule would be reviewed after six months. “If the boats are empty, we will adjust. But every survey we have done says the need is there.”",
    )),
    Article("ru_school", "ru", "В пригородах открываются новые школы: строительство завершат к сентябрю", (
        "В трёх пригородных районах области к началу учебного года откроются новые школы, сообщили в региональном министерстве образования. Каждая рассчитана примерно на тысячу учеников.",
        "По словам заместителя министра Ольги Сергеевой, строительство идёт по графику: в двух зданиях уже завершена внутренняя отделка, в третьем монтируют спортивный зал. «Мы понимаем, что родители ждут этих школ много лет», — отметила она.",
        "Жители новых микрорайонов давно жаловались на переполненные классы и обучение в две смены. Теперь, как ожидается, нагрузка на соседние школы заметно снизится.",
    )),
    Article("ja_library", "ja", "市立図書館、夜間開館を試行　仕事帰りの利用者に好評", (
        "市立中央図書館は今月から、平日の開館時間を午後９時まで延長する試みを始めた。仕事や学校の帰りに立ち寄れるようになり、利用者からは歓迎の声が上がっている。",
        "同館によると、延長した時間帯の来館者は１日平均で約２００人。特に自習室の利用が多く、資格試験の勉強をする会社員の姿が目立つという。",
        "一方、職員の負担増を懸念する声もあり、市は半年間の試行結果を検証したうえで、本格実施するかどうかを判断する方針だ。",
        "問い合わせ先:市立中央図書館サービス課",
    )),
    Article("es_water", "es", "La ciudad renovará su red de agua para reducir las fugas", (
        "El ayuntamiento aprobó este lunes un plan de cuatro años para renovar la red de distribución de agua, que pierde cerca de un tercio del líquido por fugas y tuberías envejecidas.",
        "Según la concejal de Medio Ambiente, Lucía Herrera, las obras comenzarán en los barrios del norte, donde las averías son más frecuentes. «No podemos seguir perdiendo agua mientras pedimos a los vecinos que ahorren», afirmó.",
        "La inversión prevista asciende a 18 millones de euros, financiados en parte con fondos europeos. Los vecinos serán avisados con antelación de los cortes de suministro.",
    )),
)}
