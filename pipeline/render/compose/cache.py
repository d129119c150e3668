"""The rebuild cache: what each output depends on, the keys that say when it changed, and what is kept from one
build to the next so that a build does only the work its changes need.

Two levels, each with its own key (a SHA-256 of everything its bytes depend on):
- a unit (render/compose/units.py: pages laid out by WeasyPrint, or a DOCX body written by python-docx) is kept in the
  user's cache folder (`cache_dir()`: XDG_CACHE_HOME, or DOSSIER_CACHE), shared by every edition and file that
  holds it and by every build of any folder, and laid out again only when its key is not there. Its key covers
  what it shows (its view, the photos it embeds, by content), the template files it is made from, and the code
  and library versions that make it; never a date, an edition or a folder's name;
- a published file (render/files.py: units joined and stamped) is linked from the last build when its key, kept
  in the edition's build-info, is unchanged. Its key covers its units' keys, its stamps, its properties, its
  date and its attached data.

A document's date is the newest modification time of the inputs it shows (documents.py), so that editing a bio
leaves the participant list's bytes as they were. An incremental build writes the same bytes as a clean one.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.documents import DOCUMENTS, FULL
from pipeline.editions import Edition
from pipeline.render.compose.units import Laid
from pipeline.uptodate import BUILD_INFO, code_checksums, sha256

# The template files every print layout is made from; a document adds its own (documents.py).
PRINT = ("base.html.j2", "macros.html.j2", "css/print.css", "fonts/*")
GLYPHS = ("stamps.html.j2", "css/print.css", "fonts/*")
DOCX = ("reference.docx",)


def key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


# --- dates ---------------------------------------------------------------------------------------

def build_time(inputs: Path, patterns: tuple[str, ...] = ("**/*",)) -> dt.datetime:
    """The time stamped into an output: SOURCE_DATE_EPOCH when set, else when the inputs it shows last
    changed, so that building the same inputs again gives byte-identical files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        epoch = max((p.stat().st_mtime for pattern in patterns for p in inputs.glob(pattern) if p.is_file()),
                    default=0)
    return dt.datetime.fromtimestamp(int(float(epoch)), dt.timezone.utc)


def document_dates(inputs: Path) -> dict[str, dt.datetime]:
    return {doc.id: build_time(inputs, doc.depends) for doc in DOCUMENTS.values()}


# --- keys ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Keys:
    """What every key is made of, read once per build: the checksums of the inputs and templates (build-info's),
    the versions of the libraries, and a digest of the pipeline's own code (a change there invalidates all)."""
    inputs: dict[str, str]
    templates: dict[str, str]
    libraries: dict[str, str]
    root: Path
    code: str

    @classmethod
    def of(cls, root: Path, inputs: dict[str, str], templates: dict[str, str], libraries: dict[str, str]) -> Keys:
        code = key(*(f"{path}:{digest}" for path, digest in code_checksums()))  # the code, and its words
        return cls(inputs, templates, libraries, root, code)

    def salt(self, kind: str, templates: tuple[str, ...], photos: Iterable[Path] = ()) -> str:
        """The part of a unit's key that is not its content: code, libraries, the templates it is made from
        (by pattern), the photos it embeds."""
        used = sorted(f"{path}:{digest}" for path, digest in self.templates.items()
                      if any(fnmatch.fnmatch(path, pattern) for pattern in templates))
        return key(self.code, json.dumps(self.libraries, sort_keys=True), kind, *used,
                   *(self._photo(path) for path in photos))

    def _photo(self, path: Path) -> str:
        """A photo's SHA-256 from the inputs' checksums; read again only when named by another path (a link)."""
        try:
            return self.inputs[str(path.relative_to(self.root))]
        except (KeyError, ValueError):
            return sha256(path)

    def layout(self, unit) -> str:
        """A print layout unit's key (render/compose/units.py)."""
        if unit.part == "glyphs":
            templates = GLYPHS
        else:
            templates = PRINT + DOCUMENTS[unit.doc_id].templates
        photos = () if unit.part else unit.view.photos()
        return key(self.salt("pdf", templates, photos), repr(unit))

    def personal(self, doc_id: str, view, created: dt.datetime) -> str:
        """A person's own document (a letter, a certificate), published as laid out: its date is in its bytes."""
        templates = PRINT + (("letter.html.j2", "css/pack.css") if doc_id == "letter" else DOCUMENTS[doc_id].templates)
        return key(self.salt("pdf", templates, view.photos()), doc_id, repr(view), created.isoformat())

    def front_salt(self) -> str:
        """The dossier's front is laid out once its page numbers are known, in a worker: its key is
        key(front_salt, repr(unit))."""
        return self.salt("pdf", PRINT + DOCUMENTS[FULL].templates)

    def docx(self, doc_id: str, view, parts: tuple[str, ...] = ()) -> str:
        """A DOCX text's key; the full dossier's is made from its parts' (parts), not from its whole view."""
        shown = repr(view) if not parts else repr(view.frame())
        return key(self.salt("docx", DOCX, view.photos()), doc_id, shown, *parts)


# --- units kept between builds ---------------------------------------------------------------------

CACHE_FILE = "units.sqlite"
TEMPLATES_FOLDER = "templates"  # + Jinja2's version: the compiled templates (render/formats/html.py)
DEFAULT_LIMIT = 2**30  # 1 GB: some 200 builds of the sample's three editions
GRACE = 600            # seconds: a unit another build may still be reading is never evicted


def cache_dir() -> Path:
    """The user's cache folder (XDG_CACHE_HOME on Linux), or DOSSIER_CACHE: shared by every build of any inputs
    into any folder, by any checkout of this program, since its keys are made of content only."""
    given = os.environ.get("DOSSIER_CACHE")
    if given:
        return Path(given)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dossier", appauthor=False))


def cache_limit() -> int:
    """DOSSIER_CACHE_LIMIT in bytes, or with a unit: "500MB", "2GB"; 1 GB by default."""
    text = os.environ.get("DOSSIER_CACHE_LIMIT", "").strip().upper().replace(" ", "")
    units = {"KB": 2**10, "MB": 2**20, "GB": 2**30, "B": 1}
    for unit, factor in units.items():
        if text.endswith(unit) and text[: -len(unit)].replace(".", "", 1).isdigit():
            return int(float(text[: -len(unit)]) * factor)
    return int(text) if text.isdigit() else DEFAULT_LIMIT


@dataclass(frozen=True)
class Store:
    """Units: those laid out by earlier builds, in the shared cache database, and those this build makes, in its
    work folder (inside the staging folder: a build that fails or is killed leaves the cache as it was).
    Picklable: workers read and write units through it."""
    db: Path
    work: Path

    def path(self, key_: str, ext: str) -> Path:
        return self.work / f"{key_}.{ext}"

    def cached(self) -> set[str]:
        """The keys of the units earlier builds left. A cache that cannot be read (damaged, or from another
        version of this program) is removed: it only ever saves time."""
        if not self.db.is_file():
            return set()
        try:
            with _connect(self.db, readonly=True) as db:
                return {row[0] for row in db.execute("SELECT key FROM units")}
        except sqlite3.OperationalError:  # busy beyond the timeout, or not openable now: this build does without
            return set()
        except sqlite3.DatabaseError:     # not a database, or damaged
            clear(self.db.parent)
            return set()

    def _row(self, key_: str, column: str):
        with _connect(self.db, readonly=True) as db:
            return db.execute(f"SELECT {column} FROM units WHERE key = ?", (key_,)).fetchone()

    def data(self, key_: str, ext: str) -> bytes:
        """A unit's file, made by this build or an earlier one."""
        made = self.path(key_, ext)
        return made.read_bytes() if made.is_file() else self._row(key_, "data")[0]

    def laid(self, key_: str):
        """What the join needs to know of a laid-out unit."""
        made = self.path(key_, "laid")
        return Laid.from_json(made.read_text(encoding="utf-8") if made.is_file() else self._row(key_, "laid")[0])

    def has(self, key_: str) -> bool:
        """In a worker: a unit another task made, or an earlier build (the dossier's front)."""
        return self.path(key_, "laid").is_file() or (self.db.is_file() and self._row(key_, "1") is not None)

    def save(self, key_: str, ext: str, write):
        """Make a unit in the work folder: write(path) writes its file (and returns, for a layout, its Laid, which
        is returned).
        A unit is complete once renamed into place, its layout facts last."""
        temporary = self.work / f".{key_}.{ext}.{os.getpid()}"
        laid = write(temporary)
        os.replace(temporary, self.path(key_, ext))
        if laid is not None:
            temporary.write_text(laid.to_json(), encoding="utf-8")
            os.replace(temporary, self.path(key_, "laid"))
        return laid

    def touch(self, keys: Iterable[str]) -> None:
        """Mark units this build will read from the cache as just used: the least recently used go first, and
        never within GRACE of their last use, so that a concurrent build cannot evict them under this one."""
        keys = sorted(keys)
        if keys and self.db.is_file():
            with _connect(self.db) as db:
                db.executemany("UPDATE units SET used = ? WHERE key = ?", ((time.time(), k) for k in keys))

    def commit(self, used: Iterable[str]) -> int:
        """After a build: the units it made go into the cache, the units it used are marked used now, and the
        least recently used are removed while the cache is over its limit. Returns how many units it holds."""
        self.db.parent.mkdir(parents=True, exist_ok=True)
        now = time.time()
        with _connect(self.db) as db:
            for path in sorted(self.work.glob("*.pdf")) + sorted(self.work.glob("*.docx")):
                if path.suffix == ".pdf" and not path.with_suffix(".laid").is_file():
                    continue
                laid = path.with_suffix(".laid").read_text(encoding="utf-8") if path.suffix == ".pdf" else None
                data = path.read_bytes()
                db.execute("INSERT OR REPLACE INTO units (key, ext, data, laid, size, used) VALUES (?, ?, ?, ?, ?, ?)",
                           (path.stem, path.suffix[1:], data, laid, len(data) + len(laid or ""), now))
            db.executemany("UPDATE units SET used = ? WHERE key = ?", ((now, k) for k in sorted(used)))
            _evict(db, cache_limit(), now - GRACE)
            count = db.execute("SELECT count(*) FROM units").fetchone()[0]
        with _connect(self.db) as db:
            db.execute("PRAGMA incremental_vacuum").fetchall()  # give the space of removed units back
        return count


def _evict(db: sqlite3.Connection, limit: int, before: float) -> None:
    total = db.execute("SELECT coalesce(sum(size), 0) FROM units").fetchone()[0]
    if total <= limit:
        return
    for key_, size in db.execute("SELECT key, size FROM units WHERE used < ? ORDER BY used", (before,)).fetchall():
        db.execute("DELETE FROM units WHERE key = ?", (key_,))
        total -= size
        if total <= limit * 0.9:  # a little room, so that the next builds do not evict one unit each
            break


def info(folder: Path | None = None) -> dict:
    """Where the cache is, and what it holds."""
    folder = folder or cache_dir()
    db = folder / CACHE_FILE
    units, size = 0, 0
    if db.is_file():
        try:
            with _connect(db, readonly=True) as conn:
                units, size = conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM units").fetchone()
        except sqlite3.DatabaseError:
            pass
    on_disk = sum(p.stat().st_size for p in folder.glob(CACHE_FILE + "*") if p.is_file()) if folder.is_dir() else 0
    return {"folder": str(folder), "units": units, "bytes": size, "on_disk": on_disk, "limit": cache_limit()}


def clear(folder: Path | None = None) -> int:
    """Remove the cache (the database and its journal files, the compiled templates); returns the bytes freed."""
    folder = folder or cache_dir()
    freed = 0
    for path in (*folder.glob(CACHE_FILE + "*"), *folder.glob(f"{TEMPLATES_FOLDER}-*/*")):
        freed += path.stat().st_size
        path.unlink(missing_ok=True)
    for path in folder.glob(f"{TEMPLATES_FOLDER}-*"):
        path.rmdir()
    return freed


@contextmanager
def _connect(path: Path, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection, committed and closed when the block ends (rolled back if it fails: SQLite's journal
    also undoes a transaction that a killed build left half done). Write-ahead logging lets builds read while
    another writes; a writer waits for another up to a minute."""
    # A reader opens the file read-write all the same: in write-ahead mode it may have to make the shared-memory
    # index beside the database, which a read-only connection cannot; it never writes a row.
    db = sqlite3.connect(path, timeout=60)
    try:
        if not readonly:
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect on a new database
            db.execute("PRAGMA journal_mode = WAL")
        # Readers too: a build that finds the file another build has just created may find it without its table
        # yet (a reader once failed so: "no such table"). When the table is there, this writes nothing.
        db.execute("CREATE TABLE IF NOT EXISTS units (key TEXT PRIMARY KEY, ext TEXT, data BLOB, laid TEXT, "
                   "size INTEGER, used REAL)")
        with db:
            yield db
    finally:
        db.close()


# --- published files kept between builds -----------------------------------------------------------

def previous_keys(folder: Path, edition: Edition) -> dict[str, str]:
    """The keys of the files the last build left in folder (from its build-info), if any."""
    try:
        return json.loads((folder / edition.file(BUILD_INFO, "json")).read_text(encoding="utf-8"))["outputs"]
    except (OSError, ValueError, KeyError):
        return {}


def reuse(previous: Path, target: Path) -> None:
    """The unchanged file of the last build, linked (or copied) into the staging folder."""
    try:
        os.link(previous, target)
    except OSError:
        target.write_bytes(previous.read_bytes())
