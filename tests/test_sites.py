"""Per-site rules: validation naming file and key, host matching, and the `repost sites` commands."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import ConfigError
from pipeline.sites import SiteRule, SiteRules, load_rules

from .helpers import ROOT

GOOD = 'host = "news.example.cn"\nbody = ["div.content"]\nstrip = [".ad"]\ndrop_lines = ["^本文来源"]\n'


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_rules_load() -> None:
    rules = load_rules(ROOT / "configs" / "sites")
    assert {r.host for r in rules.rules} >= {"dede-repost.example.cn", "worldnews-mirror.example.com"}
    assert all(r.tests for r in rules.rules)


def test_a_good_rule_loads_with_its_fields(tmp_path: Path) -> None:
    write(tmp_path, "news.example.cn.toml", GOOD + 'encoding = "gbk"\nscript = "simplified"\ndisable = ["share"]\n'
          '[[test]]\nfixture = "fixtures/pages/x"\ncontains = ["a"]\n')
    (rule,) = load_rules(tmp_path).rules
    assert rule.body == ("div.content",) and rule.encoding == "gbk" and rule.disable == ("share",)
    assert rule.tests[0].fixture == "fixtures/pages/x" and rule.tests[0].contains == ("a",)


@pytest.mark.parametrize(("text", "key"), [
    (GOOD + "bodyy = ['x']\n", "bodyy"),
    (GOOD.replace('["div.content"]', '["div >> p"]'), "body[0]"),
    (GOOD.replace('[".ad"]', '[".ok", "a:::b"]'), "strip[1]"),
    (GOOD.replace('["^本文来源"]', '["(unclosed"]'), "drop_lines[0]"),
    (GOOD + 'encoding = "no-such-codec"\n', "encoding"),
    (GOOD + 'script = "klingon"\n', "script"),
    (GOOD + 'disable = ["nope"]\n', "disable[0]"),
    (GOOD + "subdomains = 'yes'\n", "subdomains"),
    (GOOD.replace("news.example.cn", "other.example.cn"), "host"),
    (GOOD + "[[test]]\ncontains = ['x']\n", "test[0].fixture"),
    (GOOD + "[[test]]\nfixture = 'f'\nexpect = 'x'\n", "test[0].expect"),
])
def test_errors_name_the_file_and_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, "news.example.cn.toml", text)
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    assert str(path) in str(err.value) and f"'{key}'" in str(err.value)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "news.example.cn.toml", "host = \n")
    with pytest.raises(ConfigError, match=str(path)):
        load_rules(tmp_path)


def test_matching_hosts_and_subdomains() -> None:
    rules = SiteRules([SiteRule(host="example.cn", path="a"), SiteRule(host="news.example.cn", path="b"),
                       SiteRule(host="only.example.org", path="c", subdomains=False)])
    assert rules.match("www.news.example.cn").path == "b"  # type: ignore[union-attr]
    assert rules.match("EXAMPLE.CN.").path == "a"  # type: ignore[union-attr]
    assert rules.match("m.only.example.org") is None
    assert rules.match("only.example.org").path == "c"  # type: ignore[union-attr]
    assert rules.match("badexample.cn") is None and rules.match(None) is None


def test_sites_check_command(run_cli: Any, tmp_path: Path) -> None:
    code, out, _ = run_cli("sites", "check", str(ROOT / "configs" / "sites"))
    assert code == 0 and "2 site rule(s)" in out
    write(tmp_path, "news.example.cn.toml", GOOD + "oops = 1\n")
    code, _, err = run_cli("sites", "check", str(tmp_path))
    assert code == 2 and "news.example.cn.toml" in err and "'oops'" in err


def test_sites_test_command_runs_the_rule_tests(run_cli: Any, tmp_path: Path) -> None:
    code, out, _ = run_cli("--config-dir", str(ROOT / "configs"), "sites", "test")
    assert code == 0 and "2 passed, 0 failed" in out
    code, out, _ = run_cli("--config-dir", str(ROOT / "configs"), "sites", "test", "worldnews-mirror.example.com")
    assert code == 0 and "1 passed" in out
    code, _, err = run_cli("--config-dir", str(ROOT / "configs"), "sites", "test", "unknown.example.com")
    assert code == 2 and "unknown.example.com" in err


def test_a_failing_rule_test_exits_1(run_cli: Any, tmp_path: Path) -> None:
    configs = tmp_path / "configs"
    shutil.copytree(ROOT / "fixtures" / "pages" / "en-scraper-repost", tmp_path / "fixtures" / "pages" / "en")
    write(configs / "sites", "worldnews-mirror.example.com.toml",
          'host = "worldnews-mirror.example.com"\n[[test]]\nfixture = "fixtures/pages/en"\n'
          'contains = ["not in the article"]\nabsent = ["SINGAPORE"]\ntitle = "Wrong"\n')
    code, out, _ = run_cli("--config-dir", str(configs), "sites", "test")
    assert code == 1
    assert "missing 'not in the article'" in out and "should be gone: 'SINGAPORE'" in out and "title:" in out
