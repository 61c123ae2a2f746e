"""repost-pipeline: reposted news pages back to the clean article text their first publisher wrote.

The public API; these names are stable::

    decode_bytes(data, content_type=None)            -> Decoded(.text, .encoding, .source, .mislabeled)
    repair_text(text, *, script="auto")              -> Repaired(.text, .changes, .flags)
    clean_html(data, *, url=None, content_type=None, script="auto") -> Record
    clean_text(text, *, url=None, script="auto")     -> Record
"""

from __future__ import annotations

from .api import clean_html, clean_text
from .decode import Decoded, decode_bytes
from .record import Change, Edit, Flag, Provenance, Record, apply_plan
from .repair import Repaired, repair_text
from .settings import Settings

__all__ = [
    "Change",
    "Decoded",
    "Edit",
    "Flag",
    "Provenance",
    "Record",
    "Repaired",
    "Settings",
    "apply_plan",
    "clean_html",
    "clean_text",
    "decode_bytes",
    "repair_text",
]
