"""Repair stage: named text fixers. (First honest version; issue 3 fills the registry.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Change, Flag, apply_plan

__all__ = ["Repaired", "apply_plan", "repair_text"]


@dataclass(slots=True)
class Repaired:
    text: str
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    script: str | None = None


def repair_text(text: str, *, script: str = "auto", codec_hint: str | None = None) -> Repaired:
    """Run the fixers over ``text``; every change is recorded and replayable."""
    return Repaired(text)
