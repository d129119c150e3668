"""Installed anywhere: the wheel that `python -m build` makes holds the templates, fonts and catalogues, and the
`dossier` it installs into a fresh virtual environment builds the sample from another folder.

The wheel is installed without its dependencies, which the new environment borrows from this one through a .pth
file: the test proves what the wheel holds, and downloads nothing. (`pipx install .` from a fresh clone, which
does download them, is shown in the README.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

from conftest import ROOT, pdf_text
from pipeline import __version__


def test_the_wheel_builds_the_sample_from_another_folder(tmp_path, sample_en, sample_dossier):
    source = tmp_path / "source"  # a copy, so that setuptools' build/ and egg-info land there, not in the project
    shutil.copytree(ROOT / "pipeline", source / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(source)],
                   check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for held in ("pipeline/templates/base.html.j2", "pipeline/templates/css/print.css",
                 "pipeline/templates/fonts/NotoSans-Regular.ttf", "pipeline/templates/reference.docx",
                 "pipeline/locale/fr/LC_MESSAGES/messages.po"):
        assert held in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    str(wheel)], check=True, capture_output=True)
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed.pth").write_text("\n".join({sysconfig.get_paths()[k] for k in ("purelib", "platlib")}) + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DOSSIER_TEMPLATES"}
    dossier = env_dir / "bin" / "dossier"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(dossier), *args], cwd=elsewhere, env=env, capture_output=True, text=True)

    shown = run("--version")
    assert shown.returncode == 0 and shown.stdout.strip() == f"dossier {__version__}"
    where = subprocess.run([python, "-c", "import pipeline; print(pipeline.__file__)"], cwd=elsewhere,
                           capture_output=True, text=True).stdout
    assert where.startswith(str(site)), "the installed package, not the project's"
    built = run("build", "--inputs", str(sample_en), "--out", "out", "--edition", "public")
    assert built.returncode == 0, built.stderr
    made = elsewhere / "out" / "public" / "en"
    assert pdf_text(made / "programme.pdf") == pdf_text(sample_dossier / "programme.pdf")
    assert (made / "programme.docx").stat().st_size > 0 and (made / "index.html").is_file()
