"""Typed settings. Precedence: defaults < configs/defaults.toml < site rule < command-line flag.

Nothing is read at import time: :func:`load_settings` is called by the CLI (or by API users).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigError

Script = Literal["auto", "keep", "simplified", "traditional"]
SCRIPTS: tuple[str, ...] = ("auto", "keep", "simplified", "traditional")


@dataclass(frozen=True, slots=True)
class Settings:
    script: Script = "auto"
    explain: bool = False
    sites_dir: Path | None = None
    # The share of a page's text the strip stage may drop before the safety valve keeps it all.
    max_drop_ratio: float = 0.9
    # Shortest article body (characters) that is still reported as ok rather than dropped.
    min_article_chars: int = 1

    def with_overrides(self, **overrides: Any) -> Settings:
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def load_settings(config_dir: Path | None) -> Settings:
    """Read ``config_dir/defaults.toml`` (if present) and find ``config_dir/sites``."""
    settings = Settings()
    if config_dir is None:
        return settings
    path = config_dir / "defaults.toml"
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(str(path), f"cannot read: {exc}") from exc
        known = {f.name for f in fields(Settings)} - {"sites_dir", "explain"}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(str(path), f"unknown key(s): {', '.join(sorted(unknown))}")
        if "script" in data and data["script"] not in SCRIPTS:
            raise ConfigError(str(path), f"script must be one of {', '.join(SCRIPTS)}")
        settings = replace(settings, **data)
    sites = config_dir / "sites"
    return replace(settings, sites_dir=sites if sites.is_dir() else None)
