"""The systemd units in deploy/: `systemd-analyze verify` accepts them (with ExecStart pointing at
the tovholder this test runs, since verify insists the binary exists), both services carry the same
hardening, and the timer starts the tick. Without systemd-analyze the test fails, never skips."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DEPLOY = Path(__file__).parents[1] / "deploy"
UNITS = ("tovholder.service", "tovholder-tick.service", "tovholder-tick.timer")
INSTALLED = "/usr/local/bin/tovholder"  # where the README's pipx install puts the command
HARDENING = ("NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/var/lib/tovholder",
             "ProtectHome=yes", "PrivateTmp=yes", "User=tovholder",
             "EnvironmentFile=/etc/tovholder/secrets.env", "CapabilityBoundingSet=")


def verify(folder: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.fail("systemd-analyze is missing: apt-get install systemd (dev.py test does it)",
                    pytrace=False)
    return subprocess.run([tool, "verify", "--man=no", *sorted(map(str, folder.iterdir()))],
                          capture_output=True, text=True, timeout=120)


def copies(tmp_path: Path) -> Path:
    """The units, with ExecStart naming the tovholder command installed beside this Python."""
    command = Path(sys.executable).parent / "tovholder"
    assert command.exists(), command
    for name in UNITS:
        text = (DEPLOY / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace(INSTALLED, str(command)), encoding="utf-8")
    return tmp_path


def test_systemd_analyze_verify_accepts_the_units(tmp_path: Path) -> None:
    done = verify(copies(tmp_path))
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_verify_as_run_here_catches_a_misspelled_key(tmp_path: Path) -> None:
    folder = copies(tmp_path)
    unit = folder / "tovholder.service"
    unit.write_text(unit.read_text().replace("NoNewPrivileges=", "NoNewPrivilege="))
    assert "Unknown key 'NoNewPrivilege'" in verify(folder).stderr


@pytest.mark.parametrize("name", ["tovholder.service", "tovholder-tick.service"])
def test_each_service_is_hardened(name: str) -> None:
    lines = (DEPLOY / name).read_text(encoding="utf-8").splitlines()
    assert [h for h in HARDENING if h not in lines] == []


def test_both_services_share_one_hardening() -> None:
    def hardening(name: str) -> str:
        text = (DEPLOY / name).read_text(encoding="utf-8")
        return text[text.index("# Hardening"):].split("\n[")[0]

    assert hardening("tovholder.service") == hardening("tovholder-tick.service")


def test_the_service_runs_and_the_timer_ticks() -> None:
    service = (DEPLOY / "tovholder.service").read_text(encoding="utf-8")
    tick = (DEPLOY / "tovholder-tick.service").read_text(encoding="utf-8")
    timer = (DEPLOY / "tovholder-tick.timer").read_text(encoding="utf-8")
    assert f"ExecStart={INSTALLED} --config /etc/tovholder/tovholder.toml run" in service
    assert "Restart=on-failure" in service
    assert f"ExecStart={INSTALLED} --config /etc/tovholder/tovholder.toml tick" in tick
    assert "Type=oneshot" in tick
    assert "Unit=tovholder-tick.service" in timer and "Persistent=true" in timer
