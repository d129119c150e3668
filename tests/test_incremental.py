"""Incremental builds: what did not change is not rendered again, what changed always is (never a stale file).
Correctness only; speed is measured by `make bench`."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import READERS, ROOT
from pipeline.cli import main
from pipeline.render import TEMPLATES

CLEAN = Path(__file__).parent / "fixtures" / "clean"


@pytest.fixture
def event(tmp_path) -> Path:
    return Path(shutil.copytree(CLEAN, tmp_path / "inputs"))


def _build(inputs: Path, out: Path, capsys, *extra: str) -> set[str]:
    """Build the public edition; returns the files rendered (not reused), from the plain progress lines."""
    assert main(["build", "--inputs", str(inputs), "--out", str(out), "--edition", "public", *extra]) == 0
    err = capsys.readouterr().err
    return {line.split()[0] for line in err.splitlines() if line.startswith("    public/")}


def _later(path: Path) -> None:
    """Move a file's time on, as an edit a second later would."""
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))


def test_nothing_changed_renders_nothing(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    assert len(_build(event, out, capsys)) == 10  # programme, participants, bios, dossier, statistics
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / "public" / "en").iterdir()}
    assert _build(event, out, capsys) == set()
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / "public" / "en").iterdir()} == before


def test_editing_one_bio_renders_only_what_shows_it(event, tmp_path, capsys):
    out = tmp_path / "dossier"
    _build(event, out, capsys)
    bio = event / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("works as", "has worked for twenty years as"),
                   encoding="utf-8")
    _later(bio)
    rendered = _build(event, out, capsys)
    assert {"public/en/bios.pdf", "public/en/bios.docx", "public/en/dossier.pdf", "public/en/dossier.docx"} <= rendered
    assert not rendered & {"public/en/participants.pdf", "public/en/participants.docx"}
    for doc in ("bios", "dossier"):
        for fmt, read in READERS.items():
            assert "has worked for twenty years as" in read(out / "public" / "en" / f"{doc}.{fmt}"), f"{doc}.{fmt} is stale"


def test_editing_a_template_renders_that_templates_outputs(event, tmp_path):
    out = tmp_path / "dossier"
    templates = Path(shutil.copytree(TEMPLATES, tmp_path / "templates"))
    env = {**os.environ, "DOSSIER_TEMPLATES": str(templates)}
    command = [sys.executable, "-m", "pipeline", "build", "--inputs", str(event), "--out", str(out),
               "--edition", "public"]
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    part = templates / "parts" / "bios.html.j2"
    part.write_text(part.read_text(encoding="utf-8").replace("In the programme", "Appears in"), encoding="utf-8")
    err = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stderr
    rendered = {line.split()[0] for line in err.splitlines() if line.startswith("    public/")}
    assert rendered == {"public/en/bios.pdf", "public/en/dossier.pdf"}
    assert "APPEARS IN" in READERS["pdf"](out / "public" / "en" / "bios.pdf").upper()  # printed in capitals


def test_a_changed_photo_is_rendered_again(event, tmp_path, capsys):
    from PIL import Image

    out = tmp_path / "dossier"
    (event / "photos").mkdir()
    Image.new("RGB", (60, 80), "navy").save(event / "photos" / "berger.png")
    bio = event / "bios" / "berger.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("---\n\n", "photo: photos/berger.png\n---\n\n", 1),
                   encoding="utf-8")
    _build(event, out, capsys)
    Image.new("RGB", (60, 80), "maroon").save(event / "photos" / "berger.png")
    rendered = _build(event, out, capsys)
    assert {"public/en/bios.pdf", "public/en/bios.docx", "public/en/dossier.pdf", "public/en/dossier.docx"} <= rendered


def test_make_with_nothing_changed_runs_no_build(tmp_path):
    """make's own dependencies: the second `make` finds the dossier up to date and starts no Python."""
    inputs = Path(shutil.copytree(CLEAN, tmp_path / "inputs"))
    args = ["make", "-s", f"INPUTS={inputs}", f"OUT={tmp_path / 'dossier'}", f"ARCHIVE={tmp_path / 'archive'}",
            "build"]
    first = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "Dossier written" in first.stderr
    second = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert second.returncode == 0 and "Dossier written" not in second.stderr + second.stdout
    (inputs / "announcement.md").touch()
    third = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert "Dossier written" in third.stderr


def test_rebuilding_with_relative_folders_as_make_does(event, tmp_path, monkeypatch, capsys):
    """`make` passes --inputs inputs --out dossier: the second build opens the first one's cache by a relative
    path (a file URI needs an absolute one)."""
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        assert main(["build", "--inputs", "inputs", "--out", "dossier", "--edition", "public"]) == 0
    assert "build failed" not in capsys.readouterr().err
