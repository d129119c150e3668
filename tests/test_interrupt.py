"""A build stopped by a signal, as a secretariat or a supervisor stops it: Ctrl-C (SIGINT to the terminal's
process group), SIGTERM, SIGKILL. Real signals on a real build of the sample, with two workers: it stops
rather than finishing, says so, leaves dossier/ as it was, and no process and no temporary file of it lives on
(or, after SIGKILL, the next build clears what it left)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from conftest import ROOT


def _sums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def temporary():
    """A private temporary folder for the build, with a short path: the workers' server names a socket in it,
    and a socket's name has at most 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="t-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def case(tmp_path, temporary, sample_en):
    """A private temporary folder, and an earlier dossier (public edition) that must survive; the inputs."""
    out = tmp_path / "dossier"
    (out / "public" / "en").mkdir(parents=True)
    (out / "public" / "en" / "programme.pdf").write_bytes(b"%PDF- the copy delegates already hold")
    (out / ".lock").touch()  # as an earlier build leaves it
    return temporary, out, sample_en


def _as_in_a_terminal() -> None:
    """Ctrl-C as a terminal's foreground job has it. A job that a non-interactive shell starts in the background
    (`make test &`, as some CI runners do) inherits SIGINT ignored, and so would the build: it would rightly
    not stop, and the test would fail for a reason that is not the build's."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(out: Path, temporary: Path, inputs: Path) -> subprocess.Popen:
    """A build in a session of its own (so that its processes can be found), stopped in the middle of laying
    out its units: its workers are alive then."""
    build = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--inputs", str(inputs), "--out", str(out),
                              "--jobs", "2"], cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                             env={**os.environ, "TMPDIR": str(temporary), "DOSSIER_CACHE": str(out.parent / "cache")},
                             preexec_fn=_as_in_a_terminal)  # an empty cache: there is something to lay out
    for line in build.stderr:
        if line.startswith("    lay out "):
            break
    assert len(_processes(build.pid)) >= 3, "the build, its workers' server and a worker"
    return build


def _processes(session: int) -> list[psutil.Process]:
    """The living processes of the session (a zombie is dead, waiting for its parent to be told)."""
    found = []
    for process in psutil.process_iter(["status"]):
        try:
            if os.getsid(process.pid) == session and process.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (ProcessLookupError, PermissionError):
            continue
    return found


def _none_left(session: int) -> bool:
    for _ in range(50):
        if not _processes(session):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how, status", [("ctrl-c", 130), ("sigterm", 143)])
def test_an_interrupted_build_stops_says_so_and_leaves_nothing(case, how, status):
    temporary, out, inputs = case
    before = _sums(out)
    build = _start(out, temporary, inputs)
    if how == "ctrl-c":
        os.killpg(build.pid, signal.SIGINT)  # what a terminal sends to the whole foreground process group
    else:
        build.send_signal(signal.SIGTERM)
    err = build.stderr.read()
    assert build.wait(timeout=30) == status
    assert f"interrupted; {out}/ left as it was" in err and "Traceback" not in err
    assert _none_left(build.pid), [p.cmdline() for p in _processes(build.pid)]
    assert _sums(out) == before
    assert not list(out.parent.glob(".dossier.*")), "the staging folder is removed"
    assert not list(temporary.iterdir()), "no temporary file or folder is left"


def test_a_killed_build_leaves_no_process_and_the_next_build_clears_what_it_left(case):
    temporary, out, inputs = case
    before = _sums(out)
    build = _start(out, temporary, inputs)
    build.kill()  # the build alone: its server and workers are not told, they die with it
    build.wait(timeout=30)
    assert _none_left(build.pid), [p.cmdline() for p in _processes(build.pid)]
    assert _sums(out) == before
    assert list(out.parent.glob(".dossier.new-*")) and list(temporary.iterdir()), "what a killed build leaves"
    again = subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(inputs), "--out", str(out),
                            "--edition", "public", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True,
                           env={**os.environ, "TMPDIR": str(temporary)})
    assert again.returncode == 0, again.stderr
    assert not list(out.parent.glob(".dossier.new-*")) and not list(temporary.iterdir()), "cleared by the next build"


def test_a_build_leaves_no_temporary_file_whatever_the_workers(tmp_path, temporary):
    for jobs in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "pipeline", "build", "--inputs", str(ROOT / "tests" / "fixtures" /
                                                                                          "clean"),
                               "--out", str(tmp_path / f"dossier-{jobs}"), "--jobs", jobs], cwd=ROOT,
                              capture_output=True, text=True, env={**os.environ, "TMPDIR": str(temporary)})
        assert done.returncode == 0, done.stderr
        assert not list(temporary.iterdir()), f"--jobs {jobs}: {[p.name for p in temporary.iterdir()]}"
