"""One-call cleaning for library users: the same stages ``repost clean`` runs, on one document."""

from __future__ import annotations

from .record import Provenance, Record, record_id
from .settings import Script, Settings
from .sites import SiteRules
from .stages import build_stages, run_stages


def _clean(record: Record, script: Script, settings: Settings | None, rules: SiteRules | None) -> Record:
    settings = (settings or Settings()).with_overrides(script=script)
    return run_stages(record, build_stages(settings, rules or SiteRules()))


def clean_html(data: bytes | str, *, url: str | None = None, content_type: str | None = None,
               script: Script = "auto", settings: Settings | None = None,
               rules: SiteRules | None = None) -> Record:
    """Clean one HTML page given as raw bytes (decoded by the decode stage) or as a str."""
    content = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    record = Record(id=record_id(url, None, content=content), url=url, kind="html", content_type=content_type,
                    provenance=Provenance())
    if isinstance(data, bytes):
        record.raw = data
    else:
        record.html = data
        record.encoding, record.encoding_source = "utf-8", "str"
    return _clean(record, script, settings, rules)


def clean_text(text: str, *, url: str | None = None, script: Script = "auto",
               settings: Settings | None = None, rules: SiteRules | None = None) -> Record:
    """Clean one already-extracted page text (spam and breadcrumb lines still go)."""
    record = Record(id=record_id(url, None, content=text.encode("utf-8", "surrogatepass")), url=url, kind="text",
                    text=text, provenance=Provenance())
    record.encoding, record.encoding_source = "utf-8", "str"
    return _clean(record, script, settings, rules)
