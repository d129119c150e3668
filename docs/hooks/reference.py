"""MkDocs hook: the reference pages, written at build time from the code that is the truth, so that the manual
cannot disagree with the program: the input columns from pipeline/ingest/contract.py, the front-matter fields from
pipeline/ingest/settings.py, the commands from the command line's own parser (pipeline/cli.py)."""

from __future__ import annotations

import argparse

from mkdocs.structure.files import File

from pipeline.cli import _parser
from pipeline.ingest.contract import PARTICIPANTS, PROGRAMME
from pipeline.ingest.settings import ANNOUNCEMENT, BIO, LETTERS
from pipeline.letters.placeholders import EVENT, OTHERS, PERSON
from pipeline.letters.recipients import ATTACHABLE, GROUPS, YES_NO

GENERATED = "*This page is written from the program itself (`docs/hooks/reference.py`) each time the manual is built.*"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def columns_page() -> str:
    lines = ["# Reference: the columns of the tables", "", GENERATED, "",
             "Headers are matched ignoring case, spaces, punctuation and accents; any header of the third column "
             "is read as the column. Columns may be in any order. See [The inputs](../guide/inputs.md) for how "
             "the values are read.", ""]
    for spec, what in ((PROGRAMME, "one row per item of the programme"), (PARTICIPANTS, "one row per person")):
        lines += [f"## `{spec.kind}.xlsx` (or `.ods`, `.csv`): sheet “{spec.sheet}”", "", f"{what.capitalize()}.", "",
                  "| column | required | also accepted as header | what to write | example |",
                  "| --- | --- | --- | --- | --- |"]
        for c in spec.columns:
            if c.translates and c.language != "fr":
                continue  # one language is example enough: "Title (fr)"; the same for every language
            required = ("no" if not c.required else "on each day's first row" if c.continues
                        else "yes" if c.filled else "yes; cells may be empty")
            example = f"`{c.example}`" if c.example not in ("", None) else ""
            lines.append(f"| {c.name} | {required} | {_cell(', '.join(c.aliases))} | {_cell(c.help)} | {example} |")
        lines.append("")
    return "\n".join(lines)


def settings_page() -> str:
    lines = ["# Reference: the front matter of the Markdown files", "", GENERATED, "",
             "Each Markdown input opens with YAML front matter between two lines of three dashes. A field not listed "
             "here is named in a warning and ignored. A translation (`announcement.fr.md`, `bios/<name>.fr.md`) "
             "gives only the fields marked *translated*, and its text.", ""]
    for title, settings in (("`announcement.md`", ANNOUNCEMENT), ("A bio: `bios/<name>.md`", BIO),
                            ("A letter: `letters/<id>.md`", LETTERS)):
        lines += [f"## {title}", ""]
        group = None
        for s in settings:
            if s.group != group:
                group = s.group
                lines += ["", f"### {group}", "", "| field | required | translated | what it is | example |",
                          "| --- | --- | --- | --- | --- |"]
            lines.append(f"| `{s.name}` | {'yes' if s.required else 'no'} | {'yes' if s.translated else ''} | "
                         f"{_cell(s.help)} | `{_cell(s.example)}` |")
        lines.append("")
    return "\n".join(lines)


def placeholders_page() -> str:
    lines = ["# Reference: what a letter may say", "", GENERATED, "",
             "A letter (`letters/<id>.md`, and `letters/<id>.fr.md` for French) is Markdown whose subject and text "
             "may name the placeholders below, written `{{ person.first_name }}`, and test them, "
             "`{% if person.visa %} … {% endif %}`. Anything else is an error that `dossier validate` locates, "
             "file and line, before anything is sent. The values are put in as text: a name never becomes a link.",
             "", "## The recipient: `person.…`", "", "| placeholder | what it holds |", "| --- | --- |"]
    lines += [f"| `person.{name}` | {_cell(help)} |" for name, help in PERSON.items()]
    lines += ["", "## The event: `event.…`", "", "| placeholder | what it holds |", "| --- | --- |"]
    lines += [f"| `event.{name}` | {_cell(help)} |" for name, help in EVENT.items()]
    lines += ["", "## Other", "", "| placeholder | what it holds |", "| --- | --- |"]
    lines += [f"| `{name}` | {_cell(help)} |" for name, help in OTHERS.items()]
    lines += ["", "## `to`: who receives it", "", "| word | who |", "| --- | --- |"]
    lines += [f"| `{word}` | {_cell(who)} |" for word, who in GROUPS.items()]
    lines += [f"| `{column}` | those whose {column} cell says yes |" for column in YES_NO.values()]
    lines += ["| a Category value | those of that category |", "", "## `attach`: what goes with it", "",
              "| word | what |", "| --- | --- |"]
    lines += [f"| `{word}` | {_cell(what)} |" for word, what in ATTACHABLE.items()]
    return "\n".join(lines + [""])


def commands_page() -> str:
    parser = _parser()
    lines = ["# Reference: the commands", "", GENERATED, "",
             "`dossier COMMAND …` once installed (`.venv/bin/dossier` after `make`), or `python -m pipeline COMMAND "
             "…`. Exit status: 0 done (warnings allowed), 1 the inputs have errors (all listed, nothing written), "
             "2 the command was used wrongly.", "", "```text", parser.format_help().rstrip(), "```", ""]
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        lines += [f"## `dossier {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        for group in nested:
            for inner, parser_ in group.choices.items():
                lines += [f"### `dossier {name} {inner}`", "", "```text", parser_.format_help().rstrip(), "```", ""]
    return "\n".join(lines)


PAGES = {"reference/columns.md": columns_page, "reference/front-matter.md": settings_page,
         "reference/commands.md": commands_page, "reference/letters.md": placeholders_page}


def on_files(files, config):
    for path, write in PAGES.items():
        files.append(File.generated(config, path, content=write()))
    return files
