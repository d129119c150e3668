"""Is the dossier already what a build would make? Answered before anything heavy is imported (no pandas, no
WeasyPrint: only the standard library), in the time it takes to hash what a build reads.

A build writes its **stamp** into each edition's build-info: a SHA-256 of everything the build reads — every input
file (its content, and its modification time, which dates the documents), the templates, the program's code and
catalogues, the versions of the libraries that lay out and write the files, the archived versions the "changes"
list is counted from, the settings (--strict, SOURCE_DATE_EPOCH and the DOSSIER_ variables that change
what is made). When every edition asked for carries the stamp the inputs give now, nothing is made again."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD_INFO = "build-info"  # each edition's: + the edition's suffix + .json
# The libraries whose versions can change what a build makes: in build-info, in the stamp, in every cache key.
LIBRARIES = ("weasyprint", "pydyf", "fonttools", "pikepdf", "python-docx", "jinja2", "pandas", "pandera",
             "python-calamine", "markdown-it-py", "nh3", "pycountry", "pyuca", "babel", "pillow", "icalendar", "bagit",
             "pyyaml", "matplotlib", "segno")
# Settings from the environment that change what a build makes.
SETTINGS = ("SOURCE_DATE_EPOCH", "DOSSIER_PIECE_PAGES", "DOSSIER_TEMPLATES")
STAMP_KEY = "stamp"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums(folder: Path) -> dict[str, str]:
    """Every file of a folder by its path in it: build-info's, the archive's and the stamp's one reading."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def build_stamp(inputs: Path, archive: Path, strict: bool) -> str:
    """What a build from inputs reads, as one SHA-256: the same for each edition (an edition's folder holds what
    was made for it alone, so an edition built with others is up to date when asked for alone)."""
    templates = Path(os.environ.get("DOSSIER_TEMPLATES") or PACKAGE / "templates")
    parts: dict[str, object] = {
        "inputs": {path: (digest, int((inputs / path).stat().st_mtime)) for path, digest in checksums(inputs).items()},
        "templates": checksums(templates),
        "code": code_checksums(),
        "libraries": library_versions(),
        "archive": sorted((p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in archive.glob("*.zip"))
        if archive.is_dir() else [],
        "settings": {"strict": strict, **{k: os.environ.get(k) for k in SETTINGS}},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def code_checksums() -> list[tuple[str, str]]:
    """The program's own code and the catalogues of its words: a change there may change any file."""
    return [(str(p.relative_to(PACKAGE)), sha256(p)) for p in sorted(PACKAGE.rglob("*"))
            if p.suffix in (".py", ".po") and "__pycache__" not in p.parts]  # not the fonts: they are templates


def library_versions() -> dict[str, str]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def up_to_date(out: Path, infos: list[str], stamp: str) -> bool:
    """infos: the build-info file of each edition asked for, relative to out ("organisers/build-info-internal.json").
    True when every one carries the stamp, its files are there, and no other build is writing the folder (then the
    build goes on, and is told so by the lock: publish.py)."""
    if _being_written(out):
        return False
    for name in infos:
        try:
            info = json.loads((out / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if info.get(STAMP_KEY) != stamp:
            return False
        edition = (out / name).parent  # a file deleted from the dossier is made again
        if not all((edition / made).is_file() for made in info.get("outputs", {})):
            return False
    return True


def _being_written(out: Path) -> bool:
    """Another build holds the folder's lock (publish.py takes it exclusively while it writes)."""
    try:
        fd = os.open(out / ".lock", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases the shared lock
