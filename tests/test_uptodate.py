"""A build with nothing changed says so and stops, before it imports pandas, pandera or WeasyPrint; anything a build
reads that changes (an input's content or date, the editions asked for, --strict, an archived version) makes it
build again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline.cli import main

CLEAN = Path(__file__).parent / "fixtures" / "clean"
UNCHANGED = "nothing changed since the last build"
PROBE = ("import sys; from pipeline.cli import main; status = main(sys.argv[1:]); "
         "print(status, *sorted(m for m in ('pandas', 'pandera', 'weasyprint', 'docx') if m in sys.modules))")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("uptodate")
    inputs = Path(shutil.copytree(CLEAN, root / "inputs"))
    assert main(["build", "--inputs", str(inputs), "--out", str(root / "out"), "--archive", str(root / "archive"),
                 "--edition", "public", "--edition", "delegates"]) == 0
    return inputs, root


def _build(inputs: Path, root: Path, *extra: str) -> tuple[str, str]:
    """A build in a process of its own: its exit status and the heavy libraries it imported, and what it said."""
    run = subprocess.run([sys.executable, "-c", PROBE, "build", "--inputs", str(inputs), "--out", str(root / "out"),
                          "--archive", str(root / "archive"), *extra], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    return run.stdout.strip(), run.stderr


def test_nothing_changed_stops_before_anything_heavy(built):
    inputs, root = built
    status, said = _build(inputs, root, "--edition", "public", "--edition", "delegates")
    assert status == "0", said  # no pandas, pandera, WeasyPrint or python-docx
    assert f"{UNCHANGED} (inputs, templates, code, settings): {root / 'out'}/ is up to date, 2 editions" in said
    # One edition of those built is up to date too.
    status, said = _build(inputs, root, "--edition", "public")
    assert UNCHANGED in said


@pytest.mark.parametrize("change", ["content", "date", "editions", "strict", "archive", "missing edition",
                                    "missing file"])
def test_what_a_build_reads_that_changes_makes_it_build(built, tmp_path, change, capsys):
    inputs, root = built
    inputs = Path(shutil.copytree(inputs, tmp_path / "inputs"))  # the same content and dates, another folder
    out = Path(shutil.copytree(root / "out", tmp_path / "out", symlinks=True))
    args = ["build", "--inputs", str(inputs), "--out", str(out), "--archive", str(tmp_path / "archive"),
            "--edition", "public", "--edition", "delegates"]
    assert main(args) == 0 and UNCHANGED in capsys.readouterr().err, "a copy of the same is up to date"
    bio = inputs / "bios" / "clarke.md"
    if change == "content":
        bio.write_text(bio.read_text(encoding="utf-8").replace("works as", "serves as"), encoding="utf-8")
    elif change == "date":
        os.utime(bio, (bio.stat().st_mtime + 60, bio.stat().st_mtime + 60))  # the documents' dates follow it
    elif change == "editions":
        args += ["--edition", "organisers"]
    elif change == "strict":
        args.append("--strict")
    elif change == "archive":
        (tmp_path / "archive").mkdir()
        (tmp_path / "archive" / "clean-public-v1.zip").write_bytes(b"an archived version")
    elif change == "missing edition":
        shutil.rmtree(out / "delegates")
    else:
        (out / "public" / "en" / "bios.pdf").unlink()
    main(args)
    assert UNCHANGED not in capsys.readouterr().err
