"""The package installs anywhere: what pyproject ships, and the built wheel in a clean venv."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_every_folder_under_the_mapped_folders_is_a_listed_package() -> None:
    """A new sub-package (jobs/<feature>/) or data folder (templates/<lang>/) missing from
    pyproject's list would be left out of the wheel, or shipped with a setuptools warning that
    says it may be dropped; the editable install finds it anyway."""
    roots = {"tovholder": ROOT / "tovholder"}
    roots |= {package: ROOT / folder for package, folder in SETUPTOOLS["package-dir"].items()}
    found = {".".join((package, *folder.relative_to(root).parts))
             for package, root in roots.items()
             for folder in (root, *root.rglob("*"))
             if folder.is_dir() and "__pycache__" not in folder.parts}
    listed = set(SETUPTOOLS["packages"])
    assert not found - listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert not listed - found, f"listed, but no such folder: {sorted(listed - found)}"


# --- the built wheel, installed in a clean venv ---------------------------------------------------
# Built once from a copy of the checkout (setuptools' build/ folder would otherwise keep files
# deleted since the last build), installed with its dependencies from PyPI (pip's cache helps) into
# a venv made outside the repository, and run from a folder that has nothing to do with it.

SCRIPTS = "Scripts" if os.name == "nt" else "bin"

def not_copied(folder: str, names: list[str]) -> set[str]:
    """What .gitignore leaves out of a fresh clone (and .git itself)."""
    here = Path(folder)
    skip = {n for n in names if n in {".git", "__pycache__", ".hypothesis"} or n.startswith(".venv")
            or n.endswith(".egg-info") or (n.startswith(".") and n.endswith("_cache"))}
    if here == ROOT:
        skip |= {"build", "dist", "demo", "tovholder.toml"} & set(names)
    if here == ROOT / "bench":
        skip |= {"results"} & set(names)
    return skip

# PyPI's distributions named like the repository's folders. mailer 0.8.1 (its newest) still asks
# setuptools for 2to3, which setuptools 58 removed: it builds only with an older setuptools.
NEIGHBOURS = ["Sheets", "mailer", "bench"]
NEIGHBOURS_BUILD_WITH = "setuptools<58\n"


@dataclass
class Venv:
    folder: Path
    wheel: Path
    build_log: str

    @property
    def python(self) -> Path:
        return self.folder / SCRIPTS / "python"

    @property
    def site_packages(self) -> Path:
        return Path(self.run("python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                             cwd=self.folder).stdout.strip()).resolve()

    def run(self, program: str, *args: str | Path, cwd: Path,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """The venv's own program (``python``, ``tovholder``), as a user's shell would run it."""
        done = subprocess.run([str(self.folder / SCRIPTS / program), *map(str, args)], cwd=cwd,
                              env=clean_env(env), capture_output=True, text=True, encoding="utf-8",
                              timeout=300, check=False)
        assert done.returncode == 0, f"{program} {args} exited {done.returncode}:\n" \
                                     f"{done.stdout}\n{done.stderr}"
        return done

    def pip(self, *args: str | Path, env: dict[str, str] | None = None) -> str:
        """This test run's pip acting on the venv (the venv itself has none: faster, and as clean)."""
        done = subprocess.run([sys.executable, "-m", "pip", "--python", str(self.python), *map(str, args)],
                              env=clean_env(env), capture_output=True, text=True, timeout=900,
                              check=False)
        assert done.returncode == 0, f"pip {args}:\n{done.stdout}\n{done.stderr}"
        return done.stdout + done.stderr


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSAFEPATH", "PYTHONSTARTUP", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return {**env, "PYTHONNOUSERSITE": "1", "PYTHONIOENCODING": "utf-8", **(extra or {})}


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=not_copied)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
                            "-w", str(work / "dist"), str(source)], env=clean_env(),
                           capture_output=True, text=True, timeout=600, check=False)
    log = built.stdout + built.stderr
    assert built.returncode == 0, log
    (wheel,) = (work / "dist").glob("tovholder-*.whl")
    folder = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True,
                   env=clean_env())
    installed = Venv(folder, wheel, log)
    installed.pip("install", "--quiet", wheel)
    return installed


@pytest.fixture(scope="module")
def with_neighbours(venv: Venv) -> Venv:
    """The same venv with PyPI's Sheets, mailer and bench installed after Tovholder."""
    constraint = venv.folder.parent / "build-constraints.txt"
    constraint.write_text(NEIGHBOURS_BUILD_WITH, encoding="utf-8")
    # pip >= 25.3 reads build constraints from PIP_BUILD_CONSTRAINT, older ones from PIP_CONSTRAINT
    venv.pip("install", "--quiet", *NEIGHBOURS,
             env={"PIP_BUILD_CONSTRAINT": str(constraint), "PIP_CONSTRAINT": str(constraint)})
    return venv


def wheel_files(venv: Venv) -> set[str]:
    with zipfile.ZipFile(venv.wheel) as wheel:
        return {name for name in wheel.namelist() if not name.endswith("/")}


def test_the_wheel_holds_the_mapped_folders_under_tovholder_and_nothing_else(venv: Venv) -> None:
    files = wheel_files(venv)
    version = PYPROJECT["project"]["version"]
    dist_info = f"tovholder-{version}.dist-info"
    assert {name.split("/")[0] for name in files} == {"tovholder", dist_info}
    roots = {"tovholder": ROOT / "tovholder"}
    roots |= {package: ROOT / folder for package, folder in SETUPTOOLS["package-dir"].items()}
    expected = {"/".join((*package.split("."), *path.relative_to(root).parts))
                for package, root in roots.items() for path in root.rglob("*")
                if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"}
    shipped = {name for name in files if not name.startswith(dist_info)}
    assert shipped == expected
    # what is looked up at run time as package data
    assert "tovholder/templates/shared/_base.html" in shipped
    assert {"tovholder/templates/da/agenda-body.html", "tovholder/templates/en/agenda-body.txt"
            } <= shipped
    assert len([n for n in shipped if n.startswith("tovholder/app/demo_mail/")
                and n.endswith(".eml")]) == len(list((ROOT / "tovholder/app/demo_mail").glob("*.eml")))


def test_the_wheel_builds_without_setuptools_warnings(venv: Venv) -> None:
    """No license deprecation (license is an SPDX expression, setuptools >= 77) or any other."""
    warned = [line for line in venv.build_log.splitlines()
              if re.search(r"\w+Warning:", line) or re.search(r"(?i)deprecat.*licen|licen.*deprecat", line)]
    assert warned == []
    metadata = zipfile.ZipFile(venv.wheel).read(
        f"tovholder-{PYPROJECT['project']['version']}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata.splitlines()


def check_demo(venv: Venv, folder: Path) -> None:
    """The demo, a preview against the config it wrote, and --version, from ``folder``."""
    demo = venv.run("tovholder", "demo", cwd=folder).stdout
    assert "== tovholder tick" in demo and "sendt" in demo
    outbox = folder / "demo" / "post" / "outbox"
    emls = sorted(outbox.glob("*.eml"))
    assert len(emls) > 10 and len(list(outbox.glob("*.html"))) == len(emls)
    assert all(b"Message-ID:" in eml.read_bytes() for eml in emls)

    config = Path("demo") / "tovholder.toml"
    preview = venv.run("tovholder", "--config", config, "preview", "agenda", cwd=folder).stdout
    assert "Emne: Dagsorden til mødet" in preview and "DAGSORDEN" in preview
    written = venv.run("tovholder", "--config", config, "preview", "agenda", "--out", "forhaand",
                       cwd=folder).stdout.split()
    assert written and all((folder / name).is_file() for name in written)
    assert "<html" in (folder / written[0]).with_suffix(".html").read_text(encoding="utf-8").lower()

    version = venv.run("tovholder", "--version", cwd=folder).stdout
    assert version == f"tovholder {PYPROJECT['project']['version']}\n"


def test_the_installed_command_runs_the_demo_from_an_unrelated_folder(
        venv: Venv, tmp_path: Path) -> None:
    check_demo(venv, tmp_path)
    example = venv.run("tovholder", "example-config", cwd=tmp_path).stdout
    assert example == (ROOT / "config.example.toml").read_text(encoding="utf-8")


def test_from_the_repository_root_the_installed_package_is_the_one_run(
        venv: Venv, tmp_path: Path) -> None:
    """The repository root holds a ``tovholder/`` folder (app, core) without the sub-packages
    mapped into it from sheets/, mailer/, ...: whatever Python finds it first (``python -c`` and
    ``python -m`` put the current folder first on sys.path) fails on ``tovholder.sheets``. The
    ``tovholder`` command does not (its script's folder comes first), nor does ``python -P``
    (3.11+: no current folder on sys.path); the README says so. An editable install (dev.py)
    maps the sub-packages itself and works everywhere."""
    assert venv.run("tovholder", "--version", cwd=ROOT).stdout.startswith("tovholder ")
    assert venv.run("tovholder", "demo", "--dir", tmp_path / "demo", cwd=ROOT).returncode == 0
    code = ("import tovholder.sheets.model, tovholder.app.cli; "
            "print(tovholder.sheets.model.__file__); print(tovholder.app.cli.__file__)")
    files = venv.run("python", "-P", "-c", code, cwd=ROOT).stdout.split()
    assert [Path(f).resolve().is_relative_to(venv.site_packages) for f in files] == [True, True]
    assert venv.run("python", "-P", "-m", "tovholder", "--version", cwd=ROOT).stdout.startswith(
        "tovholder ")


def test_pypis_sheets_mailer_and_bench_installed_beside_it_leave_both_working(
        with_neighbours: Venv, tmp_path: Path) -> None:
    venv = with_neighbours
    check_demo(venv, tmp_path)
    # their own code, from their own files, under the names the repository's folders have
    code = ("import sheets, mailer, tovholder.sheets, tovholder.mailer\n"
            "print(sheets.__file__, mailer.__file__)\n"
            "assert sheets.Reader and sheets.Column and mailer.Mailer and mailer.Message\n"
            "assert not hasattr(sheets, 'model') and not hasattr(mailer, 'compose')\n"
            "import tovholder.sheets.model, tovholder.mailer.compose\n")
    files = venv.run("python", "-c", code, cwd=tmp_path).stdout.split()
    site = venv.site_packages
    assert [Path(f).resolve() for f in files] == [site / "sheets" / "__init__.py", site / "mailer.py"]
    assert (venv.folder / SCRIPTS / "monitor.py").is_file()  # bench is a script, not a package
    # no file belongs to two distributions, so uninstalling one cannot break another
    code = ("import importlib.metadata as m, json\n"
            "print(json.dumps({d.metadata['Name']: [str(f) for f in d.files or []]"
            " for d in m.distributions()}))")
    owners = json.loads(venv.run("python", "-c", code, cwd=tmp_path).stdout)
    assert {"tovholder", "Sheets", "mailer", "bench"} <= set(owners)
    ours = {f for f in owners["tovholder"] if not f.endswith(".pyc")}
    for name in NEIGHBOURS:
        assert not ours & set(owners[name]), name
    assert "No broken requirements" in venv.pip("check")
