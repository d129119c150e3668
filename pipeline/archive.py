"""Archive: what was distributed, kept so that anyone can later prove which file, which version, which content.

`dossier archive` packs each built edition as a BagIt bag (RFC 8493, through the Library of Congress's bagit
library) in one zip per version: `<event>-<edition>-v<N>.zip` holding `data/` (the edition's files),
`manifest-sha256.txt`, `bag-info.txt` and `dossier-manifest.json` (every file's SHA-256 and size, the inputs'
and templates' checksums, the version of every library that rendered them, the edition, the build time).
An edition whose fingerprint (inputs, templates, libraries) has not changed since the last version gets no new
version. `dossier verify ARCHIVE` checks every checksum and names any file that differs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import bagit

from pipeline import __version__
from pipeline.editions import Edition
from pipeline.language import SOURCE
from pipeline.uptodate import BUILD_INFO, checksums, library_versions


def build_info(inputs: dict[str, str], templates: dict[str, str], edition: Edition, created: dt.datetime,
               slug: str) -> dict:
    """What made an edition: written beside its files at build time, read when it is archived.
    inputs, templates: the checksums of those folders, taken once per build."""
    info = {
        "event": slug,
        "edition": edition.name,
        "build_time": created.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pipeline": __version__,
        "libraries": library_versions(),
        "inputs": inputs,
        "templates": templates,
    }
    info["fingerprint"] = hashlib.sha256(json.dumps(
        {k: info[k] for k in ("edition", "pipeline", "libraries", "inputs", "templates")}, sort_keys=True
    ).encode()).hexdigest()
    return info


# --- versions ----------------------------------------------------------------------------------

_VERSION = re.compile(r"-v(\d+)\.zip$")


@dataclass(frozen=True)
class Archived:
    path: Path
    version: int


def versions(archive_dir: Path, slug: str, edition: Edition) -> list[Archived]:
    found = [Archived(p, int(_VERSION.search(p.name)[1]))
             for p in archive_dir.glob(f"{slug}-{edition.name}-v*.zip") if _VERSION.search(p.name)]
    return sorted(found, key=lambda a: a.version)


def _read_member(archive: Path, suffix: str) -> bytes | None:
    with zipfile.ZipFile(archive) as zipped:
        name = next((n for n in zipped.namelist() if n.endswith(suffix)), None)
        return zipped.read(name) if name else None


def previous_data(archive_dir: Path, slug: str, edition: Edition, fingerprint: str,
                  lang: str) -> tuple[int, dict] | None:
    """The newest archived version of an edition made from other content than `fingerprint` (the version
    delegates may hold), and the data it distributed in language `lang` (its <lang>/data.json; an archive made
    before the dossier had languages holds one data.json, in English); None when there is none."""
    for archived in reversed(versions(archive_dir, slug, edition)):
        manifest = json.loads(_read_member(archived.path, "/dossier-manifest.json") or b"{}")
        if manifest.get("fingerprint") == fingerprint:
            continue  # this very content, archived already: compare with what came before it
        raw = _read_member(archived.path, f"/data/{lang}/" + edition.file("data", "json"))
        if raw is None and lang == SOURCE:
            raw = _read_member(archived.path, "/data/" + edition.file("data", "json"))
        return (archived.version, json.loads(raw)) if raw else None
    return None


# --- packing -----------------------------------------------------------------------------------

def archive_edition(folder: Path, archive_dir: Path, edition: Edition) -> tuple[Path, bool]:
    """Pack the built edition in `folder`; returns (archive, True) or (the unchanged last one, False)."""
    info = json.loads((folder / edition.file(BUILD_INFO, "json")).read_text(encoding="utf-8"))
    slug = info["event"]
    archived = versions(archive_dir, slug, edition)
    if archived:
        last = json.loads(_read_member(archived[-1].path, "/dossier-manifest.json") or b"{}")
        if last.get("fingerprint") == info["fingerprint"]:
            return archived[-1].path, False
    version = archived[-1].version + 1 if archived else 1
    name = f"{slug}-{edition.name}-v{version}"
    archive_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        bag_dir = Path(tmp) / name
        shutil.copytree(folder, bag_dir)
        files = {rel: {"sha256": digest, "size": (folder / rel).stat().st_size}
                 for rel, digest in checksums(folder).items()}
        bag = bagit.make_bag(str(bag_dir), checksums=["sha256"], bag_info={
            "Bagging-Date": info["build_time"][:10],
            "External-Identifier": name,
            "External-Description": f"{edition.label} of the dossier, version {version}",
            "Bag-Group-Identifier": slug,
            "Dossier-Edition": edition.name,
            "Dossier-Version": str(version),
            "Dossier-Build-Time": info["build_time"],
            "Dossier-Fingerprint": info["fingerprint"],
        })
        manifest = {**info, "version": version, "files": files}
        (bag_dir / "dossier-manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        bag.save(manifests=True)  # the tag manifest now covers dossier-manifest.json too
        target = archive_dir / f"{name}.zip"
        _zip(bag_dir, target, dt.datetime.fromisoformat(info["build_time"].replace("Z", "+00:00")))
    return target, True


def _zip(folder: Path, target: Path, stamp: dt.datetime) -> None:
    """A zip that is the same bytes for the same bag: sorted entries, one fixed time, fixed permissions."""
    partial = target.with_name(f".{target.name}.partial")
    date_time = max(stamp.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder)}", date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            zipped.writestr(entry, path.read_bytes())
    partial.replace(target)


# --- verifying ---------------------------------------------------------------------------------

def verify(archive: Path) -> list[str]:
    """Every problem with an archive, each naming the file concerned; empty when every checksum holds."""
    try:
        zipped = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"{archive.name}: not a readable zip ({exc})"]
    problems = []
    with zipped, tempfile.TemporaryDirectory() as tmp:
        for info in zipped.infolist():
            target = Path(tmp) / info.filename
            if not target.resolve().is_relative_to(Path(tmp).resolve()):
                problems.append(f"{info.filename}: a path that leaves the archive")
                continue
            try:
                data = zipped.read(info)
            # Damaged bytes: the zip's own CRC says so, or the compressed stream no longer decompresses.
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                problems.append(f"{info.filename}: damaged inside the zip ({exc})")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        roots = [p for p in Path(tmp).iterdir() if p.is_dir()]
        if len(roots) != 1:
            return problems + [f"{archive.name}: expected one bag folder, found {len(roots)}"]
        try:
            bagit.Bag(str(roots[0])).validate()
        except bagit.BagValidationError as exc:
            problems += [_detail(d) for d in exc.details] or [str(exc)]
        except bagit.BagError as exc:
            problems.append(f"{archive.name}: not a BagIt bag ({exc})")
    return problems


def _detail(detail) -> str:
    path = getattr(detail, "path", None)
    if isinstance(detail, bagit.ChecksumMismatch):
        return f"{path}: SHA-256 differs from the manifest"
    if isinstance(detail, bagit.FileMissing):
        return f"{path}: listed in the manifest but missing"
    if isinstance(detail, bagit.UnexpectedFile):
        return f"{path}: not listed in the manifest"
    return str(detail)
