#!/usr/bin/env python3
"""Set up and run Tovholder with nothing but Python >= 3.11 (and root for apt where servers are
needed). The README's two commands:

    python3 dev.py demo    # venv + install, then the main job on the demo workbook and mailbox
    python3 dev.py test    # venv + test extras + Debian servers, then ruff, import-linter, mypy,
                           # pytest

Any further arguments are passed on (``python3 dev.py test -k xlsx``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
# What the test suite runs for real: Dovecot (IMAP + LMTP), LibreOffice (Calc: a real .xlsx writer;
# Writer: opens the minutes draft .docx) and Chromium (every HTML email rendered at 600 px).
APT_PACKAGES = {"dovecot-imapd": "/usr/sbin/dovecot", "dovecot-lmtpd": "/usr/lib/dovecot/lmtp",
                "libreoffice-calc": "/usr/bin/soffice",
                "libreoffice-writer": "/usr/lib/libreoffice/program/libswlo.so",
                "chromium": "/usr/bin/chromium",
                "systemd": "/usr/bin/systemd-analyze"}  # verifies the units in deploy/


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def ensure_venv(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"Tovholder needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    if not (BIN / "python").exists():
        print(f"+ creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed{extras}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", f".{extras}")
        stamp.touch()


def ensure_apt_packages() -> None:
    missing = [pkg for pkg, probe in APT_PACKAGES.items() if not Path(probe).exists()]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit("The tests need these Debian packages, which are missing: " + " ".join(missing)
                 + "\nInstall them as root (apt-get install " + " ".join(missing) + ") and rerun.")
    # Keep apt from starting the system Dovecot on port 143: the tests start their own.
    policy = Path("/usr/sbin/policy-rc.d")
    had_policy = policy.exists()
    if not had_policy:
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        run("apt-get", "update", "-q", env=env)
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)
    finally:
        if not had_policy:
            policy.unlink()


def demo(args: list[str]) -> int:
    ensure_venv()
    return subprocess.call([str(BIN / "tovholder"), "demo", *args], cwd=ROOT)


def stage() -> Path:
    """The import package ``tovholder`` as it is installed, assembled from the repository's
    folders by pyproject's package-dir mapping (sheets/ -> tovholder/sheets, ...). Static
    checkers that walk a package's folder (import-linter, mypy) read this copy."""
    import tomllib

    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = setup.get("package-dir", {})
    target = VENV / "staged"
    shutil.rmtree(target, ignore_errors=True)
    for package in setup["packages"]:
        source = next((ROOT / mapping[p] / Path(*package[len(p) + 1:].split(".")) for p in
                       sorted(mapping, key=len, reverse=True)
                       if package == p or package.startswith(p + ".")),
                      ROOT / Path(*package.split(".")))
        dest = target / Path(*package.split("."))
        dest.mkdir(parents=True, exist_ok=True)
        for file in source.glob("*.py"):
            shutil.copy2(file, dest / file.name)
    return target


def test(args: list[str]) -> int:
    ensure_apt_packages()
    ensure_venv("[test]")
    run(BIN / "ruff", "check", ".")
    staged = stage()
    print(f"+ lint-imports (on {staged.relative_to(ROOT)})", flush=True)
    subprocess.run([str(BIN / "lint-imports"), "--config", str(ROOT / "pyproject.toml")],
                   check=True, cwd=staged)
    print(f"+ mypy (on {staged.relative_to(ROOT)})", flush=True)
    subprocess.run([str(BIN / "mypy"), "--config-file", str(ROOT / "pyproject.toml"),
                    "-p", "tovholder"], check=True, cwd=staged)
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *args], cwd=ROOT)


def main() -> int:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    try:
        return commands[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
