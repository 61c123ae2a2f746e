"""Vocabularies the repair fixers weigh as evidence (data, not logic).

Mainland vocabulary written in traditional characters, mainland publishers in a dateline and ICP
licence numbers point to a simplified article machine-converted to traditional; Taiwan and Hong
Kong vocabulary points to a genuine traditional article. Lesson words mark a page that teaches
pronunciation, whose pinyin annotations are content. Letter words look like stranded trail bytes.
"""

from __future__ import annotations

# Mainland-only terms as OpenCC s2t writes them (Taiwan/HK use the term in the comment).
MAINLAND_TERMS = (
    "網絡",  # 網路
    "信息",  # 資訊
    "軟件",  # 軟體
    "硬件",  # 硬體
    "視頻",  # 影片 / 視訊
    "質量",  # 品質
    "互聯網",  # 網際網路
    "鼠標",  # 滑鼠
    "服務器",  # 伺服器
    "默認",  # 預設
    "內存",  # 記憶體
    "打印",  # 列印
    "芯片",  # 晶片
    "短信",  # 簡訊
    "屏幕",  # 螢幕
    "博客",  # 部落格
    "出租車",  # 計程車
    "激光",  # 雷射
    "人工智能",  # 人工智慧
    "數字經濟",
    "人民政府",  # the mainland's name for its governments at every level (湖南省人民政府); 縣政府 elsewhere
    "同比",  # the mainland's year-on-year (同比增長); Taiwan writes 年增, Hong Kong and Macau 按年
    "環比",  # month-on-month (環比下降); Taiwan writes 月減 or 較上月, Hong Kong and Macau 按月
    "西紅柿",  # 番茄
    "地區生產總值",  # a province's or city's GDP; Hong Kong's is 本地生產總值, Taiwan's 國內生產毛額
    "規模以上工業",  # the mainland's statistical class of firms (Taiwan law's 達一定規模以上 is no such term)
    "老舊小區",  # its housing estates (小區); Taiwan writes 社區 or 老舊公寓, Hong Kong 舊樓 or 屋苑
    # the mainland's institutions, whose names Taiwan and Hong Kong institutions do not bear (their courts are
    # 地方法院 and 法院, their health departments 衛福部 and 衞生署, their disease control 疾管署 and 衞生防護中心)
    "人民法院",
    "人民檢察院",
    "衛健委",
    "社區衛生服務中心",  # community clinics
    "住建局",
    "住房和城鄉建設",
    "農業農村",  # 農業農村部, 省農業農村廳
    "疾病預防控制中心",
    # its grassroots administration and its tiers of cities (Taiwan has 里 and 村 offices, Hong Kong 區議會 and
    # 民政事務處; neither has 城管 officers)
    "居委會",
    "村委會",
    "街道辦",
    "城管",
    "地級市",
    "縣級市",
)

# The mainland's provinces: the prose naming one as such (浙江省商務廳, 湖南省桑植縣) or an amount in 人民幣 is
# one point together, beside mainland vocabulary only; Taiwan, Hong Kong and Macau papers reporting on the
# mainland write them too.
MAINLAND_PROVINCES = (
    "河北", "山西", "遼寧", "吉林", "黑龍江", "江蘇", "浙江", "安徽", "福建", "江西", "山東", "河南", "湖北", "湖南",
    "廣東", "海南", "四川", "貴州", "雲南", "陝西", "甘肅", "青海",
)

# Mainland political terms: Taiwan and Hong Kong papers write them too (reporting on the mainland),
# so they count only in an article under a mainland dateline.
MAINLAND_POLITICAL_TERMS = (
    "總書記",
    "黨中央",
    "中共中央",
    "國務院",
    "黨委",
    "人民群眾",
    "自治區",
)

# Mainland publishers; they count only as the article's dateline or source line (Taiwan and Hong Kong
# papers cite 新華社 in their own stories).
MAINLAND_PUBLISHERS = (
    "新華社",
    "新華網",
    "人民日報",
    "人民網",
    "中新網",
    "中新社",
    "中國新聞網",
    "央視",
    "光明日報",
    "經濟日報",
    "環球時報",
    "新京報",
    "澎湃新聞",
    "科技日報",
    "中國日報",
    "中國青年報",
    "工人日報",
    "法治日報",
    "央廣網",
    "中國經濟網",
    # the securities papers and their wire (中證網訊（記者…）: listed companies' reports, reposted by every portal)
    "中證網",
    "中國證券報",
    "上海證券報",
    "證券時報",
    "證券日報",
    # city and provincial papers (their 本報訊 local stories reach farms with a 來源 line naming them)
    "北京日報",
    "北京青年報",
    "解放日報",
    "新民晚報",
    "揚子晚報",
    "新華日報",
    "現代快報",
    "錢江晚報",
    "浙江日報",
    "南方日報",
    "南方都市報",
    "羊城晚報",
    "廣州日報",
    "齊魯晚報",
    "大河報",
    "楚天都市報",
    "華西都市報",
)

ICP_MARKERS = ("ICP備", "ICP證", "ICP証", "公網安備")

# Words where 著 reads zhù (著 in simplified too) that OpenCC tw2s turns into 着 (巨著, 名著, 顯著 it
# keeps), and verbs ending with their first character, after which 著 is the particle (討論著 = 讨论着).
ZHU_WORDS = ("編著", "原著", "專著", "論著", "譯著", "遺著", "拙著", "土著", "卓著", "新著")
ZHE_VERBS = (
    "討論", "議論", "談論", "評論", "爭論", "辯論", "重新", "更新", "創新", "刷新", "翻新", "翻譯", "還原", "復原",
)

# Taiwan and Hong Kong words, places, papers and institutions. Not 品質: Taiwan's word for quality (质量), but 品质
# is the mainland's everyday word too (茶叶品质较好; jieba's mainland counts: 1562, more than 台北), so it is in
# a converted mainland story as often as a Taiwan one.
# Taiwan's and Hong Kong's news outlets: in a story's prose as in a source line (來源：明報), where they come from.
TAIWAN_HK_OUTLETS = ("中央社", "聯合報", "自由時報", "明報", "星島", "香港電台")
TAIWAN_HK_TERMS = (
    *TAIWAN_HK_OUTLETS,
    "臺灣",
    "臺北",
    "軟體",
    "硬體",
    "網路",
    "資訊",
    "影片",
    "伺服器",
    "滑鼠",
    "預設",
    "記憶體",
    "列印",
    "晶片",
    "簡訊",
    "螢幕",
    "部落格",
    "計程車",
    "雷射",
    "人工智慧",
    "捷運",
    "立法院",
    "行政院",
    "總統府",
    "新北市",
    "高雄",
    "港府",
    "立法會",
    "特首",
    "巴士",
    "的士",
    "本港",  # Hong Kong's own papers' name for it (mainland ones write 香港)
    "本澳",  # Macau's
    # Hong Kong's public services and its government's register, which its formal notices hold beside the 網絡,
    # 信息, 軟件 they share with the mainland (a mainland paper reporting on them names them too, under its own
    # dateline, which outweighs one of them)
    "合資格",
    "簡介會",
    "港鐵",
    "公屋",
    "居屋",
    "強積金",
    "綜援",
    "區議會",
    "區議員",
    # Hong Kong words no converter writes (s2hk keeps 短信, s2twp writes 簡訊), which Hong Kong text holds beside
    # the 軟件, 網絡, 人工智能 it shares with the mainland; and written Cantonese
    "短訊",
    "嘅",
    "咗",
    "喺",
    "哋",
)

LESSON_WORDS = (
    "拼音",
    "声调",
    "聲調",
    "汉语课",
    "漢語課",
    "中文课",
    "中文課",
    "注音",
    "读音",
    "讀音",
    "声母",
    "聲母",
    "韵母",
    "韻母",
    "音节",
    "音節",
    "多音字",
    "生字",
    "识字",
    "識字",
    "第一声",
    "第三声",
    "轻声",
    "輕聲",
)
# Phrases holding a lesson word that are about something else (typing Chinese, not learning it).
NOT_LESSON_PHRASES = ("拼音输入", "拼音輸入", "注音输入", "注音輸入")

# Latin letters that begin Chinese words: "是吗?A股" is a question mark and a word, not a stranded byte.
LETTER_WORDS = (
    "A股",
    "B股",
    "H股",
    "N股",
    "B超",
    "X光",
    "K线",
    "T恤",
    "U盘",
    "Q版",
    "C位",
    "A型",
    "B型",
    "O型",
    "K歌",
    "Q弹",
)

# Latin words that open with a lowercase letter before a capital: "怎么样?iPhone" is a question mark and a
# name, not a lowercase trail byte stranded before a capital (咪咕視?lApp).
MIXED_CASE_WORDS = ("iPhone", "iPad", "iPod", "iOS", "iMac", "iCloud", "iTunes", "eBay", "eSIM", "eVTOL", "iQOO",
                    "mRNA", "tRNA", "cDNA", "pH")

# Particles that end a question: an ASCII "?" after one is a question mark, not a lost lead byte's mark
# (还能送吗?B组试点…), though a Latin letter that could be a trail byte follows.
QUESTION_PARTICLES = ("吗", "嗎", "呢", "嘛", "麼")

# An article about mojibake quotes examples of it; quoted mojibake there is content.
MOJIBAKE_TOPIC_WORDS = ("乱码", "亂碼", "mojibake", "Mojibake", "文字化け", "кракозябры")

# The role words of a byline (（记者 王林 实习生 陈晓）, 通讯员, 摄影) and of an info line: the clause naming someone.
BYLINE_WORDS = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影", "编辑", "編輯", "作者", "来源",
                "來源")

# What follows 记者 when it opens a sentence (记者从市统计局获悉, 记者近日走访) rather than a byline naming the
# reporter (记者 王林): a space after such a clause's words is no byline's.
REPORTER_SENTENCE_STARTS = (
    "从", "從", "在", "了解", "瞭解", "获悉", "獲悉", "近日", "日前", "近期", "昨天", "昨日", "今天", "今日",
    "注意到", "看到", "来到", "來到", "走进", "走進", "走访", "走訪", "采访", "採訪", "发现", "發現", "调查", "調查",
    "询问", "詢問", "实地", "實地", "跟随", "跟隨", "专访", "專訪", "探访", "探訪",
)
