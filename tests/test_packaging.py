"""The package installs anywhere: what pyproject ships, and the built wheel in a clean venv."""

from __future__ import annotations

import tomllib
from pathlib import Path

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


def test_the_packaged_example_config_is_the_repositorys() -> None:
    """`tovholder example-config` prints tovholder/app/config.example.toml; people read and
    edit the one at the root. After editing either: cp config.example.toml tovholder/app/"""
    root, packaged = ROOT / "config.example.toml", ROOT / "tovholder" / "app" / "config.example.toml"
    assert packaged.read_bytes() == root.read_bytes(), (
        "config.example.toml and tovholder/app/config.example.toml differ: make them the same")
