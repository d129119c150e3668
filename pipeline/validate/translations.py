"""Translations: each text the documents show in a language that the inputs do not give it in is a warning,
located (the French documents then print the inputs' own text, marked, with "(en anglais)"); `--strict` makes
them errors. Also the translations' own Markdown, and translations that translate nothing."""

from __future__ import annotations


from pipeline.findings import Finding, Location, warning
from pipeline.ingest import RawInputs, language_of, translated_fields
from pipeline.ingest.frontmatter import MarkdownDoc
from pipeline.ingest.tables import Table
from pipeline.language import language_name as _name  # "fr" → "French": messages are in English
from pipeline.normalise import Unparsable
from pipeline.normalise.values import parse_languages
from pipeline.validate.documents import check_markdown, ignored_fields


def check_translations(raw: RawInputs) -> list[Finding]:
    if raw.announcement is None:
        return []
    try:
        source, *others = parse_languages(raw.announcement.meta.get("languages"))
    except Unparsable:
        return []  # reported with the announcement
    found: list[Finding] = []
    for name, docs in raw.translations.items():
        for doc in docs.values():
            found += check_markdown(doc) + _ignored_fields(name, doc)
    for table in (raw.programme, raw.participants):
        if table is not None:
            for code in others:
                found += _table(table, source, code)
    for code in others:
        if raw.announcement and code not in raw.translations.get("announcement", {}):
            found.append(warning(Location(raw.shown(raw.root / f"announcement.{code}.md")),
                                 f"is missing: the announcement is printed in {_name(source)} in the "
                                 f"{_name(code)} documents",
                                 f"add announcement.{code}.md: its front matter may give the title, subtitle, "
                                 "organisers and venue, its text the announcement"))
        for bio in raw.bios:
            if code not in raw.translations_of(bio):
                found.append(warning(Location(bio.file), f"has no {_name(code)} translation: the bio is printed "
                                                          f"in {_name(source)} in the {_name(code)} documents",
                                     f"add {bio.path.stem}.{code}.md beside it, with the {_name(code)} text and "
                                     "its position in the front matter"))
    stems = {f"{doc.path.parent.name}/{doc.path.stem}" for doc in (*raw.bios, *raw.letters)}
    for name, docs in raw.translations.items():
        kind = {"bios": "bio", "letters": "letter"}.get(name.split("/")[0])
        for doc in docs.values():
            if kind and name not in stems:
                found.append(warning(Location(doc.file), f"translates no {kind}: there is no {name}.md",
                                     f"name it as the {kind} it translates, with .{language_of(doc.path)}.md"))
    return found


def _ignored_fields(name: str, doc: MarkdownDoc) -> list[Finding]:
    taken = translated_fields(name)
    original = "announcement.md" if name == "announcement" else f"{name}.md"
    return ignored_fields(doc, taken, f"a {_name(language_of(doc.path))} translation gives only " + ", ".join(taken)
                          + f" and the text below the front matter; the other fields come from {original}")


def _table(table: Table, source: str, code: str) -> list[Finding]:
    found: list[Finding] = []
    for column in (c for c in table.spec.columns if c.translated and c.name in table.frame.columns):
        other = next(c for c in table.spec.columns if c.translates == column.name and c.language == code)
        given = [(row, text) for row, text in table.frame[column.name].items() if str(text).strip()]
        if other.name not in table.frame.columns:
            if given:
                found.append(warning(
                    table.where(table.header_row, other.name),
                    f'no column: {len(given)} {column.name.lower()} cell{"s" * (len(given) != 1)} are printed in '
                    f"{_name(source)} in the {_name(code)} documents",
                    f'add a column "{other.name}" ({", ".join(f"or {a}" for a in other.aliases[-2:])}) with '
                    f"their {_name(code)}"))
            continue
        for row, text in given:
            if not str(table.frame.at[row, other.name]).strip():
                found.append(warning(table.where(row, other.name),
                                     f'no {_name(code)} for "{_short(text)}": printed in {_name(source)} in the '
                                     f"{_name(code)} documents", f"write its {_name(code)} in this cell"))
    return found


def _short(text: object) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= 50 else text[:47] + "…"
