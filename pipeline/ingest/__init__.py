"""Ingest: read every input file as it is, remembering where each value came from. No judgement here,
except bringing the tables' shapes to the contract's (a time range in one cell, a whole name in one column)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.findings import Finding, Location, error
from pipeline.ingest.contract import PARTICIPANTS, PROGRAMME, TableSpec
from pipeline.ingest.frontmatter import MarkdownDoc, read_markdown
from pipeline.ingest.settings import FIELDS
from pipeline.ingest.tables import EXTENSIONS, Table, read_table
from pipeline.language import SUPPORTED
from pipeline.normalise.names import name_key
from pipeline.ingest.shapes import conform, split_commas
from pipeline.normalise.tables import parse_table


@dataclass(frozen=True)
class RawInputs:
    root: Path
    announcement: MarkdownDoc | None
    programme: Table | None
    participants: Table | None
    bios: tuple[MarkdownDoc, ...]
    # Markdown files in another language, beside the one they translate: announcement.fr.md, bios/<name>.fr.md,
    # letters/<id>.fr.md. {"announcement", "bios/<name>" or "letters/<id>": {language: document}}
    translations: dict[str, dict[str, MarkdownDoc]] = field(default_factory=dict)
    letters: tuple[MarkdownDoc, ...] = ()   # letters/<id>.md: what the secretariat sends each person (letters/)
    reports: dict[str, str] = field(default_factory=dict)  # report.md ("") and report.<language>.md: Markdown

    def translations_of(self, doc: MarkdownDoc) -> dict[str, MarkdownDoc]:
        """A Markdown input's translations: {language: document}."""
        return self.translations.get(_translated_name(self.root, doc.path), {})

    def shown(self, path: Path) -> str:
        return _shown(self.root, path)


def _shown(root: Path, path: Path) -> str:
    """Paths in messages read as the user typed them (inputs/programme.xlsx), relative to here when possible."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _find_table(root: Path, spec: TableSpec, findings: list[Finding]) -> Table | None:
    found = [root / f"{spec.kind}{ext}" for ext in EXTENSIONS if (root / f"{spec.kind}{ext}").is_file()]
    if not found:
        findings.append(error(Location(_shown(root, root / spec.kind)), "is missing",
                              f"add {spec.kind}.xlsx, {spec.kind}.ods or {spec.kind}.csv to {root}"))
        return None
    if len(found) > 1:
        findings.append(error(Location(_shown(root, found[0])),
                              "more than one " + spec.kind + " file: " + ", ".join(p.name for p in found),
                              "keep only one"))
        return None
    if _leaves(root, found[0], findings):
        return None
    table, table_findings = read_table(found[0], spec, _shown(root, found[0]))
    findings.extend(table_findings)
    table = conform(table)
    return replace(table, parsed=parse_table(table)) if table is not None else None


def _leaves(root: Path, path: Path, findings: list[Finding]) -> bool:
    """A symbolic link that leads out of the inputs folder is not followed."""
    if path.resolve().is_relative_to(root.resolve()):
        return False
    findings.append(error(Location(_shown(root, path)), "is a link to a file outside the inputs folder",
                          "copy the file into the inputs folder"))
    return True


# The front-matter fields a translation gives in its language, by what it translates; every other field is the
# original's alone (a bio's name, organisation, photo; the announcement's dates and settings).
TRANSLATED_FIELDS = {kind: tuple(s.name for s in settings if s.translated) for kind, settings in FIELDS.items()}


def translated_fields(name: str) -> tuple[str, ...]:
    """name: what the translation translates, as RawInputs.translations has it ("announcement", "bios/clarke")."""
    return TRANSLATED_FIELDS[name.split("/")[0]]


def language_of(path: Path) -> str | None:
    """The language a Markdown file is written in when it translates another: "ruotanen-marja.fr.md" → "fr"."""
    code = Path(path.stem).suffix[1:]
    return code if code in SUPPORTED else None


def _translated_name(root: Path, path: Path) -> str:
    """What a Markdown file and its translations share: "announcement", "bios/ruotanen-marja"."""
    stem = path.stem[: -len(Path(path.stem).suffix)] if language_of(path) else path.stem
    return "announcement" if path.parent == root else f"{path.parent.name}/{stem}"


def _markdown(root: Path, path: Path, findings: list[Finding]) -> MarkdownDoc | None:
    if _leaves(root, path, findings):
        return None
    doc, more = read_markdown(path, _shown(root, path))
    findings.extend(more)
    return doc


def read_inputs(root: Path) -> tuple[RawInputs, list[Finding]]:
    root = Path(root)
    findings: list[Finding] = []
    announcement = None
    path = root / "announcement.md"
    if path.is_file():
        if not _leaves(root, path, findings):
            announcement, more = read_markdown(path, _shown(root, path))
            findings.extend(more)
    else:
        findings.append(error(Location(_shown(root, path)), "is missing",
                              "the announcement holds the event's facts in its front matter"))
    programme = _find_table(root, PROGRAMME, findings)
    participants = _find_table(root, PARTICIPANTS, findings)
    bios, letters = [], []
    translations: dict[str, dict[str, MarkdownDoc]] = {}
    for path in [*sorted(root.glob("announcement.*.md")), *sorted((root / "bios").glob("*.md")),
                 *sorted((root / "letters").glob("*.md"))]:
        language = language_of(path)
        if path.parent == root and not language:
            continue  # announcement.md itself, or a file that is no translation of it
        doc = _markdown(root, path, findings)
        if doc and language:
            translations.setdefault(_translated_name(root, path), {})[language] = doc
        elif doc:
            (letters if path.parent.name == "letters" else bios).append(doc)
    programme, more = split_commas(programme, {name_key(str(doc.meta["name"])) for doc in bios if doc.meta.get("name")})
    findings.extend(more)
    reports = {language_of(path) or "": _report(root, path, findings) for path in sorted(root.glob("report*.md"))
               if path.name == "report.md" or language_of(path)}
    return RawInputs(root, announcement, programme, participants, tuple(bios), translations, tuple(letters),
                     {code: text for code, text in reports.items() if text is not None}), findings


def _report(root: Path, path: Path, findings: list[Finding]) -> str | None:
    """report.md: the secretariat's words for the report, plain Markdown (a front matter, if any, is skipped)."""
    if _leaves(root, path, findings):
        return None
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[text.find("\n", end + 1) + 1:] if end != -1 else text
    return text
