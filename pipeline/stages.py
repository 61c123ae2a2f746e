"""The three text stages, as thin adapters from records to the decode, repair and strip modules.

``repost clean`` and ``repost crawl`` both run exactly this list: one path from bytes to article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .decode import decode_bytes
from .errors import BinaryInputError, EmptyInputError
from .record import Record
from .repair import repair_text
from .repair.script import count_script
from .settings import Settings
from .sites import SiteRule, SiteRules
from .stage import Stage
from .strip import Thresholds, extract_html, extract_text

# C0 controls (NUL, ...) mean binary data: more than this share of them and the bytes were no text.
# C1 controls and U+FFFD are what mojibake and lossy decoding leave in real text, so only a sample
# that is mostly them counts as binary; so does 锟斤拷, U+FFFD's UTF-8 bytes read as GBK and saved again.
# Counted on the sample's UTF-8 bytes, in C (a regex scan of 4096 characters costs tens of microseconds a
# page): a byte below 0x80 is an ASCII character, and a lead byte starts a character, so C2 80-9F is one of
# U+0080-U+009F and EF BF BD is U+FFFD.
_C0_SHARE = 0.02
_LOST_SHARE = 0.5
_C0_BYTES = bytes((*range(0x09), 0x0B, *range(0x0E, 0x20)))
_C1_UTF8_RE = re.compile(b"\xc2[\x80-\x9f]")
_KUNJINKAO = "锟斤拷".encode()


def _source_name(record: Record) -> str:
    return record.provenance.source_path or record.url or record.id


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    size = max(len(sample), 1)
    data = sample.encode("utf-8", "surrogatepass")
    c0 = len(data) - len(data.translate(None, _C0_BYTES))
    lost = (data.count(b"\x7f") + data.count(b"\xef\xbf\xbd") + len(_C1_UTF8_RE.findall(data))
            + 3 * data.count(_KUNJINKAO))
    return c0 > _C0_SHARE * size or lost > _LOST_SHARE * size


def rule_for(record: Record, rules: SiteRules) -> SiteRule | None:
    host = urlsplit(record.url).hostname if record.url else None
    return rules.match(host)


class DecodeStage(Stage):
    name = "decode"

    def __init__(self, rules: SiteRules) -> None:
        super().__init__()
        self.rules = rules

    def process(self, record: Record) -> Record:
        if record.text is None and record.html is None:
            raw = record.raw or b""
            if not raw.strip():
                raise EmptyInputError(_source_name(record), "empty input")
            rule = rule_for(record, self.rules)
            decoded = decode_bytes(raw, record.content_type, site_encoding=rule.encoding if rule else None)
            record.encoding, record.encoding_source = decoded.encoding, decoded.source
            record.mislabeled, record.encoding_evidence = decoded.mislabeled, decoded.evidence
            record.stray_bytes = decoded.strays
            if record.kind == "html":
                record.html = decoded.text
            else:
                record.text = decoded.text
        body = record.html if record.kind == "html" else record.text
        if not (body or "").strip():
            raise EmptyInputError(_source_name(record), "empty input")
        if _looks_binary(body or ""):  # decoded here, or given as a str (the API, JSONL input)
            raise BinaryInputError(_source_name(record), "binary data, not a text or HTML document")
        return record


class RepairStage(Stage):
    name = "repair"

    def __init__(self, settings: Settings, rules: SiteRules) -> None:
        super().__init__()
        self.settings, self.rules = settings, rules

    def process(self, record: Record) -> Record:
        rule = rule_for(record, self.rules)
        script: str = self.settings.script
        if rule and rule.script and script == "auto":
            script = rule.script
        source = record.html if record.kind == "html" else record.text
        repaired = repair_text(source or "", script=script, codec_hint=record.encoding, html=record.kind == "html",
                               strays=record.stray_bytes)
        if record.kind == "html":
            record.html = repaired.text
        else:
            record.text = repaired.text
        record.script = repaired.script
        record.changes.extend(repaired.changes)
        record.flags.extend(repaired.flags)
        return record


class StripStage(Stage):
    name = "strip"

    def __init__(self, settings: Settings, rules: SiteRules) -> None:
        super().__init__()
        self.settings, self.rules = settings, rules

    def process(self, record: Record) -> Record:
        rule = rule_for(record, self.rules)
        thresholds = Thresholds(max_drop_ratio=self.settings.max_drop_ratio)
        if record.kind == "html":
            article = extract_html(record.html or "", url=record.url, rule=rule, thresholds=thresholds)
        else:
            article = extract_text(record.text or "", rule=rule, thresholds=thresholds)
        record.site_rule = rule.path if rule else None
        record.text = "\n".join(article.paragraphs)
        record.title = record.title or article.title
        record.published = article.published
        record.author = article.author
        record.publisher = article.publisher
        record.lang = article.lang
        record.canonical_url = article.canonical_url
        record.url = record.url or article.source_url
        record.next_pages = article.next_pages
        record.script = _article_script(record)
        record.changes.extend(article.changes)
        record.flags.extend(article.flags)
        if len(record.text) < self.settings.min_article_chars:
            record.status, record.reason = "dropped", "no article text found"
        return record


def _article_script(record: Record) -> str | None:
    """The script of the article as written out: the repair stage judged the whole page, whose spam
    header, menus and footer a farm writes in simplified around a traditional article it kept as written
    (and in traditional around a simplified one). A record the repair stage found no Chinese script in
    keeps None; an article with no character particular to either script keeps the page's."""
    if record.script is None:
        return None
    return count_script(f"{record.title or ''}\n{record.text}").script or record.script


def build_stages(settings: Settings, rules: SiteRules) -> list[Stage]:
    return [DecodeStage(rules), RepairStage(settings, rules), StripStage(settings, rules)]


def run_stages(record: Record, stages: list[Stage]) -> Record:
    """Run one record through every stage (the crawler cleans records one at a time)."""
    for stage in stages:
        record = stage.run_one(record)
    return record
