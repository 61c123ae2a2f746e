"""Metadata in the article's own lines, for HTML and .txt input alike: the original publisher
(来源：X, datelines) and the author (dates: ``textdates``; the language: ``langguess``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import vocab
from .bylines import BY_LINE, credit_author, edition_paper
from .infofields import FIELD_LEAD, with_fields
from .provenance import news_agency, source_name
from .reporters import DAY_END, LOST_BYTES, REPORTER, REPORTER_OUTLET
from .sentences import without_glosses
from .textdates import NUM_DATE, WORD_DATE, iso_date

# A Cyrillic name runs on over single spaces (Казанские ведомости), a Latin one over capitalised
# words (Coastline News); a Chinese one ends at its first space (来源：新华社 2026-09-01).
# A joining word may stand between two capitalised ones (Diario del Valle, Jornal da Serra, L’Écho de la Vallée,
# La Voix du Port).
# (French elides the article: Le Courrier de l'Aube; Polish and Turkish names open with Ś, Ł, İ, Ş; Greek ones.)
# An Arabic one runs on over Arabic words (بقلم: سارة الأحمد).
_NAME_MORE = (r"(?:(?:\s(?<=[A-Za-zÀ-ÿĀ-žА-яЁёіїєґ\u0386-\u03ce.]\s)"
              r"(?-i:(?:(?:de|del|da|do|dos|das|du|des|la|of|the|της|του|των)\s(?:(?:la|las|los|le|les)\s)?"
              r"(?=[A-ZÀ-Þ\u0386-\u038f\u0391-\u03a9]|[ld]['’]))?"
              r"(?=[A-ZÀ-ÞĄĆĘŁŃŚŹŻŞİĞĐŠŽČ]|[ld]['’][A-ZÀ-Þ]|[А-яЁёІЇЄҐ]|[\u0386-\u038f\u0391-\u03a9])"
              # (not the next field's label: Анна Кольцова Источник: …, Julien Marchand Source : …, Harbor
              # Ledger Written by …, Tom Wexley Originally published by …)
              r"(?![^\s|/，,　:：.]+\s?[:：])(?!" + FIELD_LEAD + "))"
              r"|\s(?<=[\u0620-\u064a]\s)(?=[\u0620-\u064a]))[^\s|/，,　:：.]+){0,3}")
# A Chinese label may take a bar for its colon (来源 | 临溪融媒); "Open Source | Contact" is a menu. A name may
# open with a one-letter article (O Globo, Η Καθημερινή; not the English "A": Source: A Survey of …).
_ARTICLE_LETTER = r"(?-i:[OΗΟ]\s(?=[A-ZÀ-Þ\u0386-\u038f\u0391-\u03a9]))?"
_SOURCE = re.compile(r"(?:" + "|".join(vocab.SOURCE_LABELS) + r")(?:\s*[:：丨｜]|(?<=[\u4e00-\u9fff])\s*\|)\s*("
                     + _ARTICLE_LETTER + "(?:(?!"
                     + "|".join(vocab.INFO_LABELS)
                     + r")[^\s|/，,　:：】〕]){2,30}" + _NAME_MORE + ")", re.I)
# 作者 also glued to the span before it (来源：江北晚报作者：孙明远编辑：李娜, a stamp's clock: 07:37作者：宋知远),
# not in 合作者 or 工作者; the name ends where the next label starts.
_AUTHOR = re.compile(r"(?:(?:^|[\s【〔\[（(，,])(?:" + "|".join(vocab.AUTHOR_LABELS) + r")"
                     r"|(?<=[\u4e00-\u9fff\d])(?<![合工创創写寫制製译譯协協])作者)\s*[:：丨｜／]\s*"
                     r"((?:(?!" + "|".join((*vocab.INFO_LABELS, "来源", "來源")) + r")[^\s|/，,　（(）)】〕]){2,20}"
                     + _NAME_MORE + ")", re.I)
# Words a byline's name run may swallow from what follows it (By Martha Reyes Oct. 14, 2026).
# (Por Paulo Mendes Publicado em …)
_BYLINE_TAIL = re.compile(r"(?:\s+(?:Published|Updated|Posted|Publicado|Actualizado|Atualizado|Publié|Veröffentlicht|"
                          + "|".join(m.capitalize() for m in vocab.MONTHS if m.isascii() and m.isalpha()) + r")\.?)+$")
_AGENCIES = vocab.WIRE_AGENCIES + vocab.WIRE_AGENCY_FULL_NAMES
# A German, French or Portuguese byline (Von Jörg Hälbig | 19.11.2026, Par Anne Quéré · Publié le…):
# two to four capitalised names, then the line's end, a bar, a comma or a date. "Von Montag an" and
# "Par ailleurs" are prose: one name only, or a lower-case word after it.
# (a particle may stand before the last name: Sanne de Vries, Anne de Lattre, Jan van der Berg)
_LEAD_NAMES = (r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){1,3}?(?:(?:van|von|de|der|den|du|ter|ten|da|del)\s+){0,2}"
               r"[A-ZÀ-ÖØ-Þ][\w'’-]+)\s*"
               r"(?:$|[|·,]|[-–—](?=\s)|\d|(?i:publié|mis à jour|publicado|actualizado)\b)")
_VON_PAR = re.compile(r"^(?i:von|(?:propos recueillis )?par|por|di|oleh)" + _LEAD_NAMES)
# Dutch "Door Pieter Jansen" the same way, on a page in Dutch only: "Door" opens English headings too
# (Door Check Gas Springs).
_DOOR = re.compile(r"^(?i:door)" + _LEAD_NAMES)
# A name alone before a date (Andrés Molina · 8 nov 2026, Raúl Méndez | 22/11/2026): a byline box's.
_NAME_DATE = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})\s*[·|]\s*"
                        r"\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\s+[^\W\d_]{3,}\.?\s+\d{4})")  # not "| 5 min read"
# A Korean reporter line, alone or after a stamp (입력 … | 김하늘 기자, 입력 2026년 5월 21일 김하늘 기자): name,
# 기자, then the end, a separator, an e-mail, a stamp or the source's label (… 김하늘 기자 출처: 한빛일보).
_KO_REPORTER = re.compile(r"(?:^|[|·—–]\s*|(?<=\d)\s+|(?<=\d일)\s+)([가-힣]{2,4})\s?기자"
                          r"(?=\s*(?:$|[|·—–]|[\w.+-]+@|입력|승인|등록|수정|출처|\d))")
# A Korean article's rights notice names its first publisher (<저작권자 ⓒ 남해일보, 무단전재 및 재배포 금지>, ⓒ 'slogan'
# 한빛일보(www.…), 무단 전재…; not the slogan); a site's "Copyright ⓒ 2026 X. All rights reserved." is no such notice.
_KO_RIGHTS = re.compile(r"[<〈《\[]?\s*(?:저작권자\s*)?(?:ⓒ|©|\([cC]\))\s*(?:['‘\"“][^'’\"”]{1,20}['’\"”]\s*)?(?!\d{4})"
                        r"([^\s,<>(（][^,<>(（]{0,24}?)\s*(?:\([^)]*\)|（[^）]*）)?\s*[,.]?\s*무단\s*전재")
# The lower-case words a Vietnamese outlet's name runs on with to the line's end (Báo Thành phố, Báo
# Người lao động): one letter only Vietnamese writes among them.
_VI_NAME_REST = re.compile(rf"(?=[^\n]*[{vocab.VIETNAMESE_ONLY_LETTERS}{vocab.VIETNAMESE_CIRCUMFLEX_LETTERS}])"
                           r"(?:\s[a-zà-ỹđ]+){1,3}\s*")
# An outlet's name before a date (澎湃新闻　2026-11-20 08:20: an app's source line), also before a
# date without its year when a time follows (央视新闻 05-18 21:30).
_OUTLET_BEFORE_DATE = re.compile(r"^([\u4e00-\u9fff]{2,8}(?:" + "|".join(vocab.CN_OUTLET_ENDINGS) + r"))[\s\u3000]*"
                                 r"(?=\d{4}[-/.年]|\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}(?!\d))")
# The agency closing a byline (By JANE DOE Associated Press, By Jane Doe, Reuters): the publisher, and
# no part of the name.
_BY_AGENCY = re.compile(r"^(?i:by)\s+[A-ZÁÉÍÓÚÑ][\w.'-]+(?:,?\s+(?:and\s+)?[A-ZÁÉÍÓÚÑ][\w.'-]+){0,6}?,?\s+("
                        + "|".join(map(re.escape, _AGENCIES)) + r")\s*$")
_AGENCY_TAIL = re.compile(r"\s+(?:" + "|".join(map(re.escape, _AGENCIES)) + r")$")
# A blog's dated info line ending with its author (Posted on October 14, 2026 by Dale Hutchins).
_POSTED_BY = re.compile(r"^(?i:posted|published|updated|written)\b(?=[^|]*\d)[^|]{0,60}?\s(?i:by)\s+"
                        r"([A-ZÁÉÍÓÚÑА-Я][\w.'-]+(?:\s+[A-ZÁÉÍÓÚÑА-Я][\w.'-]+){0,3})\s*$")
# A name line ending with the writer's role (Hannah Price Education correspondent, Tom Okafor | Staff Writer),
# its date maybe glued on (… | Staff Writer June 3, 2026): the first two words.
_NAME_ROLE = re.compile(r"^([A-ZÁÉÍÓÚÑА-Я][\w'’-]+\s[A-ZÁÉÍÓÚÑА-Я][\w'’-]+)(?:,|\s+[|·])?\s+(?:[A-Z][\w&-]*\s+){0,3}?"
                        r"(?i:correspondent|reporter|editor|writer|columnist|contributor)"
                        r"(?:\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s+\d{4})?$")
_TITLE_WORDS = re.compile(r"(?i)\b(?:" + "|".join(vocab.JOB_TITLE_WORDS) + r")\b")
# An outlet between bars after a byline (By Martha Reyes | Coastline News | October 14, 2026); a role
# (Staff Writer) or a date in that place is no outlet.
_BYLINE_OUTLET = re.compile(r"^(?i:by|por)\s+[^|]{2,40}\|\s*([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s*(?:\||$)")
_ROLE = re.compile(r"(?i)\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|redacci[oó]n)\b")
# The longest name ending like a publisher's: 中国日报网5月6日电 is 中国日报网's, not 中国日报's; a relayed
# one (据新华社北京5月6日电) is the agency's.
_CN_DATELINE = re.compile(r"^[（(【]?\s*[据據]?([\u4e00-\u9fff]{2,6}(?:社|网|網|报|報|台|电视台|電視台))"
                          r"(?:[\u4e00-\u9fff]{2,8}?)?(?:\d{1,2}月\d{1,2}日)?(?:电|電|讯|訊)?\s*[）)】]?")
# Without a date: 光明日报讯（记者…）, 央视网消息（…）, 北京日报客户端讯, 【明報專訊】, 【环球网报道 记者 林悦】.
# "报道" only in brackets: 美联社报道： opens a quotation, not a lead.
# A relayed wire without a date (据新华社电 …): the agency's.
_RELAYED = re.compile(r"[据據]([\u4e00-\u9fff]{2,6}(?:社|网|網|报|報|台))(?:电|電|讯|訊|消息)[\s（(：:，,]")
_CN_NEWS_LEAD = re.compile(r"^(?![本我])([\u4e00-\u9fff]{1,6}(?:社|网|網|报|報|台|客户端|客戶端))"
                           r"(?:讯|訊|专讯|專訊|消息)[（(：:\s]"
                           r"|^[【〔\[](?![本我])((?:[A-Za-z.]{1,12})?[\u4e00-\u9fff]{1,6}(?:社|网|網|报|報|台))"
                           r"(?:讯|訊|专讯|專訊|消息|报道|報導|報道|综合报道|綜合報導)[\s】〕\]]"
                           # 【财新网】（记者 X）: the outlet alone in brackets, the text glued on
                           r"|^【((?:[A-Za-z.]{1,12})?[\u4e00-\u9fff]{1,6}(?:社|网|網|报|報|台))】(?=\S)")
# A Korean wire dateline: (부산=연합뉴스) 김민준 기자 = (city, agency, then the reporter).
_KO_DATELINE = re.compile(r"^[(（]\s*[가-힣]{1,8}\s*=\s*([가-힣A-Za-z0-9]{2,12})\s*[)）]\s*"
                          r"(?:([가-힣]{2,4})\s?(?:기자|특파원))?")
# A Korean paper's name in brackets opening the text: [서울신문], [파이낸셜뉴스].
_KO_PAPER_LEAD = re.compile(r"^\[([가-힣A-Za-z]{2,10}(?:신문|일보|뉴스|방송|경제|타임즈|타임스|미디어))\]")
# A Korean paper's name label: 기자명 이서연 기자.
_KO_NAME_LABEL = re.compile(r"^기자명\s*[:：]?\s*([가-힣]{2,4})(?=\s|기자|$)")
# A Russian dateline names its agency between slashes: МОСКВА, 15 октября. /ТАСС/.
_SLASHED_AGENCY = re.compile(r"/(" + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r")/")
# A dated info line ending with an agency's name: 2026年4月1日 11時30分 共同通信.
_TRAILING_AGENCY = re.compile(r"(?:^|\s)(" + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r")\s*$")
_INFO_LINE_MAX = 60
_LABEL_MARK = re.compile("|".join(map(re.escape, vocab.LABEL_MARKS)))
_LABEL_MAX = 8
_PAREN_SOURCE = re.compile(r"^[（(]\s*([\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台))\s*(?:讯|訊|报道|報道|報導)?[）)]")
# A dateline naming its agency after a dash: КАЗАНЬ, 15 окт — РИА Новости.
_DASH_WIRE = re.compile(r"^[A-ZÁÉÍÓÚА-ЯЁ][\w .,'-]{0,40}?\s[-—–]\s*("
                        + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r")[.,]")
# A source value that is the start of a URL or a bare domain (出处：https://…, Source: blog.example.com
# under a chart); a brand written with capitals (Moneycontrol.com) is a publisher's name.
_URLISH = re.compile(r"(?i:https?\b|www\.)|(?:[a-z0-9-]+\.)+(?:com|cn|net|org|tw|hk)\b")
# 人民网－人民日报, 央视网-央视新闻: a site, a dash, the paper or programme it carries.
_SITE_THEN_PAPER = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:网|網|站|客户端|客戶端)\s*[－—–-]\s*(?=[\u4e00-\u9fff]{2})")
# An outlet right after a date and time (2026年09月03日 07:35北京商报, 2026-09-03 10:21聯合報 / 記者…, みなと新報).
# A portal's report link after its date (2026-12-28 19:45:26  举报) ends like a paper's name but names none.
_OUTLET_AFTER_DATE = re.compile(r"\s*((?!举报|舉報)[\u3040-\u30ff\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台|新闻|新聞))"
                                r"\s*(?:[/／|｜]|$)")
# (EUROPA PRESS) -, (EFE).- : the agency in any case, EFE's period before the dash.
_WIRE = re.compile(r"^(?:[A-ZÁÉÍÓÚА-ЯЁ][\w .,'-]{0,40})?\s*\(((?i:"
                   + "|".join(re.escape(w) for w in vocab.WIRE_AGENCIES) + r"))\)\s*\.?\s*[-—–]")


def publisher_in_text(lines: Iterable[str]) -> str | None:
    """The original publisher: the first line's that names one, but a news agency a lead names as
    the writer (新华社北京2月13日电, "WASHINGTON (Reuters) -", "КАЗАНЬ, 15 окт — РИА Новости.", /ТАСС/)
    wins over the site a 来源 line names: news.cn labels the agency's stories 来源：新华网, a repost
    labels them with the site it copied from. Other leads (光明日报讯, 【明報專訊】, （中新网）) and info
    lines (来源：X, not a CMS placeholder such as 未知 nor a URL; an outlet after a byline or a date)
    count in their order: 中新网…电 under 来源：中国新闻网 is the same outlet, named in full. Last, the
    outlet a reporter's byline names (北京商报记者 孟亦凡, not a photo credit). A name holding lost bytes
    (锟斤拷社杭州4月2日电: 中新 lost) names no one."""
    first = byline = None
    for line in map(without_glosses, _labels_joined(lines)):
        lead = _named(_lead_publisher(line))
        if lead and news_agency(lead):
            return lead
        first = first or lead or _named(_info_publisher(line))
        if byline is None and ("记者" in line[:40] or "記者" in line[:40]) and (m := REPORTER_OUTLET.match(line)) and (
                not line.rstrip().endswith(vocab.PHOTO_CREDIT_TAILS)):
            byline = m.group(1)
    return first or byline


def _named(name: str | None) -> str | None:
    return None if name is None or LOST_BYTES.search(name) else name


def _labels_joined(lines: Iterable[str]) -> Iterator[str]:
    """The lines, a label alone (来源：, 发布机构： in a table's cell or a span of its own) joined to the
    value on the line after it."""
    label = ""
    for line in lines:
        if len(line) <= _LABEL_MAX and line.endswith(("：", ":")):
            label = line
            continue
        yield label + line
        label = ""


def _lead_publisher(line: str) -> str | None:
    """The outlet an article's first line names as its writer."""
    if "(" in line and (m := _WIRE.match(line)):
        return next(w for w in vocab.WIRE_AGENCIES if w.lower() == m.group(1).lower())
    if ("—" in line[:60] or "–" in line[:60] or " - " in line[:60]) and (m := _DASH_WIRE.match(line)):
        return m.group(1)
    # The Chinese and Korean leads need Han or Hangul: an ASCII line (most menu lines) skips them.
    if not line.isascii() and (found := _cjk_lead(line)):
        return found
    if "/" in line and (m := _SLASHED_AGENCY.search(line[:80])):
        return m.group(1)
    return None


def _cjk_lead(line: str) -> str | None:
    """The outlet a Chinese dateline or lead, or a Korean wire dateline, names as the writer."""
    # The literal each pattern needs is looked for first: most lines are neither.
    if (("日" in line[:40] or "\ufffd" in line[:40] or "斤拷" in line[:40]) and (m := _CN_DATELINE.match(line))
            and DAY_END.search(line[:40])):
        return m.group(1)
    if line[:1] in "据據" and (m := _RELAYED.match(line)):
        return m.group(1)
    if line.startswith(("(", "（")) and (m := _PAREN_SOURCE.match(line) or _KO_DATELINE.match(line)):
        return m.group(1)
    if m := _CN_NEWS_LEAD.match(line):
        return next(name for name in m.groups() if name)
    if line.startswith("[") and (m := _KO_PAPER_LEAD.match(line)):
        return m.group(1)
    return None


def _info_publisher(line: str) -> str | None:
    """The source an info line names: a 来源 label, an outlet after a byline or a date, a Korean rights notice."""
    if "무단" in line and (m := _KO_RIGHTS.match(line)):
        return m[1]
    if (_LABEL_MARK.search(line) or "|" in line) and (source := _labelled_source(line)):
        return source
    if "|" in line and (m := _BYLINE_OUTLET.match(line)) and not (_ROLE.search(m[1]) or iso_date(m[1])):
        return m.group(1)
    # Each pattern below is tried only where the line starts or ends as it must for a match (by …,
    # a digit, an agency's name at the end): most lines do neither.
    if len(line) < 80 and line[:1] in "bB" and (m := _BY_AGENCY.match(line)):
        return m.group(1)
    if len(line) <= _INFO_LINE_MAX and line[:1].isdigit() and (date := NUM_DATE.match(line)) and (
            m := _OUTLET_AFTER_DATE.match(line, date.end())):
        return m.group(1)
    if len(line) <= _INFO_LINE_MAX and (m := _OUTLET_BEFORE_DATE.match(line)):
        return m.group(1)
    if line.startswith("《") and (paper := edition_paper(line)):
        return paper
    if len(line) <= _INFO_LINE_MAX and line.rstrip().endswith(vocab.WIRE_AGENCIES) and (
            m := _TRAILING_AGENCY.search(line)) and (NUM_DATE.search(line) or WORD_DATE.search(line)):
        return m.group(1)
    return None


# One or two lower-case Latin words ending a source line after the name's capitalised start: the rest of
# the name (Jihočeský deník, Mladá fronta), not a sentence.
_LOWER_WORDS_TO_END = re.compile(r"(?:\s[a-zß-öø-ÿ\u0100-\u017f]+){1,2}\s*")


def _labelled_source(line: str) -> str | None:
    """来源：X, or of 来源：人民网－人民日报 (the site, then the paper it reposts) the paper; None for
    a placeholder (未知), a URL (转载请注明出处：https://…) or a picture's source (图片来源：视觉中国)."""
    for m in _SOURCE.finditer(line):
        source = _BYLINE_TAIL.sub("", source_name(m.group(1)).strip("）)】]"))
        if source.lower() in vocab.SOURCE_PLACEHOLDERS or _URLISH.match(line, m.start(1)) or line[m.start(1):].lower(
                ).startswith(vocab.SOURCE_PLACEHOLDER_PHRASES) or (
                line[: m.start()].endswith(vocab.MEDIA_SOURCE_WORDS)):
            continue
        if not line[: m.start()].strip() and _LOWER_WORDS_TO_END.fullmatch(line, m.end(1)):
            source += line[m.end(1):].rstrip()  # Zdroj: Jihočeský deník (the line is the label and the name)
        elif (rest := _VI_NAME_REST.fullmatch(line, m.end(1))) is not None:
            source += rest.group(0).rstrip()  # Nguồn: Báo Thành phố (Vietnamese names run on in lower case)
        return _SITE_THEN_PAPER.sub("", source)
    return None


def author_in_text(lines: Iterable[str], lang: str | None = None) -> str | None:
    """作者：X lines (not a CMS placeholder such as admin), the reporter a Chinese byline or dateline
    names (新华社北京5月6日电（记者 周怡）, 澎湃新闻记者 吴双, 【环球网报道 记者 林悦】, 記者陳思妤／台中報導,
    中央社記者林怡君花蓮3日電), "By X" lines, "Posted on <date> by X", "X Education correspondent";
    "Door X" where the page says it is in Dutch (``lang``)."""
    von_par = (_VON_PAR, _DOOR) if lang == "nl" else (_VON_PAR,)
    for line in with_fields(lines):  # an info line's fields too (Fuente: X | 18/06/2026 | Por Marta Quiroga)
        if _LABEL_MARK.search(line) and (m := _AUTHOR.search(line)) and (
                m.group(1).lower() not in vocab.SOURCE_PLACEHOLDERS):
            return _BYLINE_TAIL.sub("", m.group(1))
        if ("记者" in line[:60] or "記者" in line[:60]) and (m := REPORTER.search(line[:60])) and (
                not line.rstrip().endswith(vocab.PHOTO_CREDIT_TAILS)):
            return next(name for name in m.groups() if name)
        # Chinese and Korean credit lines need Han or Hangul: an ASCII line skips them.
        if not line.isascii() and (name := credit_author(line) or _korean_reporter(line)):
            return name
        # By AP, Written By Feb 11, 2019: no person; a byline box's date and outlet after a bar are no prose
        if len(line.split("|", 1)[0]) < 60 and (
                m := BY_LINE.match(line) or next(filter(None, (p.match(line) for p in von_par)), None)) \
                and m.group(1) not in _AGENCIES and (
                m.group(1).lower().rstrip(".") not in vocab.MONTHS) and (
                m.group(1).rsplit(None, 1)[-1].lower() not in vocab.FILTER_LABEL_WORDS):
            return _AGENCY_TAIL.sub("", _BYLINE_TAIL.sub("", m.group(1)))
        if len(line) < 120 and (m := _POSTED_BY.match(line) or _NAME_ROLE.match(line) or _NAME_DATE.match(line)) and (
                not _TITLE_WORDS.search(m.group(1))) and m.group(1).lower() not in vocab.SOURCE_PLACEHOLDERS:
            return m.group(1)
    return None


def _korean_reporter(line: str) -> str | None:
    """The reporter a Korean wire dateline ((부산=연합뉴스) 김민준 기자 =) or name label (기자명 이서연 기자) names."""
    if line.startswith(("(", "（")) and (m := _KO_DATELINE.match(line)):
        return m[2]
    if line.startswith("기자명") and (m := _KO_NAME_LABEL.match(line)):
        return m[1]
    if len(line) <= _INFO_LINE_MAX and "기자" in line and (m := _KO_REPORTER.search(line)):
        return m[1]
    return None
