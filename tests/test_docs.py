"""The docs say what the code does: config keys, the chair's notices, the quick start.
(The message catalogs have their own tests: tests/test_catalog.py.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tovholder.app import config
from tovholder.app.cli import build_parser
from tovholder.core.i18n import message
from tovholder.jobs.registry import FEATURES

ROOT = Path(__file__).resolve().parents[1]


def flat_keys(table: dict, prefix: str = "") -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {prefix: set()}
    for key, value in table.items():
        keys[prefix].add(key)
        if isinstance(value, dict):
            keys.update(flat_keys(value, f"{prefix}.{key}" if prefix else key))
    return keys


def test_example_config_is_exactly_the_one_generated_from_the_schema() -> None:
    """config.example.toml is written by `tovholder example-config > config.example.toml`."""
    committed = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    assert committed == config.example(FEATURES), \
        "regenerate it: tovholder example-config > config.example.toml"


def test_example_config_documents_every_key_and_no_other() -> None:
    text = config.example(FEATURES)
    assert flat_keys(tomllib.loads(text)) == config.known_keys(FEATURES)
    assert "# [[group]]" in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_every_example_config_key_has_a_comment() -> None:
    lines = (ROOT / "config.example.toml").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^\w+\s*=", line):
            assert lines[i - 1].startswith("#"), f"config.example.toml:{i + 1} has no comment"


def test_every_reason_the_chair_is_told_about_has_a_sentence() -> None:
    source = (ROOT / "mailer" / "inbound.py").read_text(encoding="utf-8")
    reasons = set(re.findall(r'Verdict\(\w+, "(\w+)"[^)]*notify_chair=True', source))
    reasons |= {"crash"}
    assert reasons and all(message("da", f"notice.{reason}") for reason in reasons)


def test_readme_quick_start_is_exactly_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", section, re.S)
    assert block, "the quick start has a code block"
    commands = [line for line in block.group(1).splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    assert commands == ["python3 dev.py demo", "python3 dev.py test"]
    assert "python3 dev.py test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("command", [None, "demo", "init", "check", "show", "tick", "run",
                                     "form", "draw", "preview", "example-config", "doctor",
                                     "status"])
def test_every_command_help_has_an_example(command: str | None, lang: str) -> None:
    parser = build_parser(lang)
    if command:
        parser = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    word = {"da": "eksemp", "en": "example"}[lang]
    assert "tovholder" in (parser.epilog or "") and word in (parser.epilog or "").lower()


def test_every_file_the_architecture_page_names_exists() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:jobs|replies|mailer|sheets|tovholder|templates)/[\w/.]*)`", text))
    assert len(named) >= 20
    assert [p for p in sorted(named) if not (ROOT / p).exists()] == []


def test_readme_states_the_roles_rules_with_every_roles_setting() -> None:
    """Issue 15: the README's section on roles states the rules, in the settings' own names."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Roles and the lottery", 1)[1].split("\n## ", 1)[0]
    names = sorted(config.known_keys(FEATURES)["roles"])
    assert "one_function_each" in names and "new_member_months" in names
    assert [n for n in names if f"`{n}" not in section] == []
