"""Audit4 cases: seed-like dumps and real-site page shapes the earlier audits held fixed.

Every case is deterministic (the only obfuscation is bench/audit3's, seeded/hashed). A case holds
the bytes of one input file (or a directory / WARC of several), the expected records and the CLI
exit code. Boilerplate wording (spam headers, crumbs, share bars) is written for this audit.
"""

from __future__ import annotations

from collections.abc import Callable

from build import Case
from cases_html import farm_cases, html_seed_cases, layout_cases, site_cases
from cases_input import input_cases, more_cases
from cases_text import dump_cases, extra_cases, intl_cases, seed_cases

BUILDERS: list[Callable[[], list[Case]]] = [dump_cases, farm_cases, site_cases, input_cases, seed_cases, more_cases,
                                            intl_cases, extra_cases, html_seed_cases, layout_cases]


def build_all() -> list[Case]:
    return [c for b in BUILDERS for c in b()]
