"""The layout cache lives in the user's cache folder, not in the output: keyed by content only, shared by builds of
the same inputs from any folder into any folder, capped in size (least recently used out first), safe under
builds running at once, and shown or cleared by `dossier cache`."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from pipeline.cli import main

CLEAN = Path(__file__).parent / "fixtures" / "clean"


def _laid(err: str) -> tuple[int, int]:
    """(units laid out or written, units from the cache) as the build reports them."""
    found = re.search(r"\((\d+) laid out or written, (\d+) from the cache", err)
    return int(found[1]), int(found[2])


def test_a_build_anywhere_of_the_same_inputs_reuses_every_unit(tmp_path, empty_cache, capsys):
    first = Path(shutil.copytree(CLEAN, tmp_path / "a" / "inputs"))
    assert main(["build", "--inputs", str(first), "--out", str(tmp_path / "a" / "dossier")]) == 0
    made, reused = _laid(capsys.readouterr().err)
    assert made > 10 and reused == 0
    # Another copy of the inputs, elsewhere, into a new folder: nothing is laid out again.
    second = Path(shutil.copytree(CLEAN, tmp_path / "b" / "elsewhere"))
    assert main(["build", "--inputs", str(second), "--out", str(tmp_path / "b" / "new")]) == 0
    assert _laid(capsys.readouterr().err) == (0, made)
    # The output holds the editions and its lock, nothing else; the cache is where DOSSIER_CACHE says.
    assert sorted(p.name for p in (tmp_path / "b" / "new").iterdir()) == [".lock", "delegates", "organisers",
                                                                          "public"]
    assert (empty_cache / "units.sqlite").is_file()
    # The same bytes as the first build's.
    for path in (tmp_path / "a" / "dossier").rglob("*.pdf"):
        assert path.read_bytes() == (tmp_path / "b" / "new" / path.relative_to(tmp_path / "a" / "dossier")).read_bytes()


def test_the_cache_keeps_the_most_recently_used_within_its_limit(tmp_path, empty_cache, monkeypatch, capsys):
    inputs = Path(shutil.copytree(CLEAN, tmp_path / "inputs"))
    assert main(["build", "--inputs", str(inputs), "--out", str(tmp_path / "one"), "--edition", "public"]) == 0
    db = empty_cache / "units.sqlite"
    with sqlite3.connect(db) as conn:
        old = {row[0] for row in conn.execute("SELECT key FROM units")}
        conn.execute("UPDATE units SET used = used - 86400")  # a day ago: past the grace of a running build
    bio = inputs / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("works as", "has long worked as"), encoding="utf-8")
    monkeypatch.setenv("DOSSIER_CACHE_LIMIT", "1KB")  # far below one build: only what was just used may stay
    assert main(["build", "--inputs", str(inputs), "--out", str(tmp_path / "one"), "--edition", "public"]) == 0
    capsys.readouterr()
    with sqlite3.connect(db) as conn:
        left = {row[0] for row in conn.execute("SELECT key FROM units")}
    # The units this build used or made were used within the grace: kept. The old bio's units: gone.
    assert old - left, "the least recently used went"
    assert left - old, "the units just made stayed"
    assert left & old, "the units just reused stayed"


def test_dossier_cache_info_and_clear(tmp_path, empty_cache, capsys):
    assert main(["build", "--inputs", str(CLEAN), "--out", str(tmp_path / "out"), "--edition", "public"]) == 0
    capsys.readouterr()
    assert main(["cache", "info"]) == 0
    shown = capsys.readouterr().out
    assert f"place:  {empty_cache}" in shown and re.search(r"units:  [1-9]\d*", shown)
    assert re.search(r"size:   \d+\.\d MB of 1024 MB", shown)
    assert list(empty_cache.glob("templates-*/*.cache")), "the templates, compiled once for every build"
    assert main(["cache", "clear"]) == 0
    assert "dossier cache: removed" in capsys.readouterr().err
    assert not list(empty_cache.glob("units.sqlite*")) and not list(empty_cache.glob("templates-*"))
    assert main(["cache", "info"]) == 0 and "units:  0" in capsys.readouterr().out


def test_builds_at_once_share_the_cache_safely(tmp_path, empty_cache):
    """Two builds of different events into different folders, started together, both succeed; a third build of
    either lays out nothing."""
    events = [Path(shutil.copytree(CLEAN, tmp_path / name)) for name in ("one", "two")]
    bio = events[1] / "bios" / "clarke.md"
    bio.write_text(bio.read_text(encoding="utf-8").replace("works as", "serves as"), encoding="utf-8")
    runs = [subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--inputs", str(e), "--out",
                              str(e.parent / f"{e.name}-out"), "--edition", "public"], cwd=ROOT,
                             stderr=subprocess.PIPE, text=True) for e in events]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
    again = subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(events[1]), "--out",
                            str(tmp_path / "third"), "--edition", "public"], cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0 and _laid(again.stderr)[0] == 0
