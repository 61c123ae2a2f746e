"""Running the named detectors on a block: the first that fires names the drop.

Most blocks are text no detector fires on, and calling fourteen small functions on each was most
of the strip stage's time on short blocks. Two cheap tests (:func:`heuristics.starts_with_lead`,
:func:`heuristics.may_fire`), supersets of the detectors' conditions, rule most of them out at
once: a text that starts with no lead word skips the detectors that only look at leads, and one
neither test matches goes straight to nav, the one detector that also looks at the link share.
The answer is always the one running every detector in order would give.
"""

from __future__ import annotations

from .heuristics import DETECTORS, LEAD_ONLY, Context, may_fire, nav, starts_with_lead, without_glosses

_NAV_LONGEST = next(longest for name, _, longest in DETECTORS if name == "nav")


def detect(text: str, ctx: Context, disabled: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The first detector that fires on ``text``: (name, evidence)."""
    text = without_glosses(text)
    size = len(text)
    low = text.lower()
    has_lead = starts_with_lead(low)
    if not has_lead and not may_fire(text, low):
        if "nav" in disabled or (_NAV_LONGEST is not None and size > _NAV_LONGEST):
            return None
        evidence = nav(text, ctx)
        return ("nav", evidence) if evidence else None
    for name, detector, longest in DETECTORS:
        if (longest is not None and size > longest) or name in disabled or (not has_lead and name in LEAD_ONLY):
            continue
        evidence = detector(text, ctx)
        if evidence:
            return name, evidence
    return None
