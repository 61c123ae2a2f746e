"""Per-site rules: one TOML file per host in configs/sites/. (Issue 4 adds validation and tests.)"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class SiteRule:
    host: str
    path: str
    body: tuple[str, ...] = ()
    strip: tuple[str, ...] = ()
    unwrap: tuple[str, ...] = ()
    drop_lines: tuple[str, ...] = ()
    encoding: str | None = None
    script: str | None = None
    disable: tuple[str, ...] = ()
    tests: tuple[dict[str, str], ...] = field(default_factory=tuple)


class SiteRules:
    def __init__(self, rules: list[SiteRule] | None = None) -> None:
        self.rules = rules or []

    def match(self, host: str | None) -> SiteRule | None:
        """The rule for ``host`` or its nearest parent domain."""
        if not host:
            return None
        host = host.lower().rstrip(".")
        best: SiteRule | None = None
        for rule in self.rules:
            if (host == rule.host or host.endswith("." + rule.host)) and (
                best is None or len(rule.host) > len(best.host)
            ):
                best = rule
        return best
