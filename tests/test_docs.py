"""The README documents every command and every setting (a new one without docs fails here)."""

from pathlib import Path

from kamergraaf.cli import build_parser
from kamergraaf.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._subparsers._group_actions if a.dest == "command")
    return sorted(action.choices)


def test_every_command_is_in_the_readme():
    missing = [c for c in _subcommands() if f"`kamergraaf {c}" not in README]
    assert not missing, f"commands without a README entry: {missing}"


def test_every_setting_is_in_the_readme_table():
    missing = [s.name for s in SETTINGS if f"| `{s.name}` |" not in README]
    assert not missing, f"settings without a README row: {missing}"


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("\n", 1)[1].strip() for b in start.split("```sh")[1:]]
    commands = [b.split("```", 1)[0].strip() for b in blocks]
    assert len(commands) == 2, commands
    assert "kamergraaf serve" in commands[0]
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines(), "the CI script must run the README's test command as written"
