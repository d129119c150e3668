"""Writes the test fixtures into tests/fixtures/ (run once; the files are committed).

    .venv/bin/python tools/make_fixtures.py

- clean/   a small two-day event typed the way the README asks (workbooks, canonical headers, one date per row);
- messy/   the same event as secretariats really send it (an .ods programme with formulas, saved by LibreOffice): a participant CSV saved in Windows-1251 with `;`,
           names in one column as SURNAME Firstname, country aliases (UK, FYROM, Russia, Kosova, Vatican),
           honorifics in a Salutation column or in the name, consent marked with x; a programme workbook with other headers, the day written once per block,
           times as Excel times, fractions of a day, 9h30, 0930, 09.30 and a range in one cell.
           It must build to the same programme and participant list as clean/.
- messy-fr/ the same event typed by a French-speaking secretariat: headers in French (Prénom, Nom, Pays, Salle …),
           dates such as "mardi 4 décembre 2012",
           times such as "9 h 30" and "14h", countries in French (Royaume-Uni, Fédération de Russie, Saint-Siège)
           or in the participant's own language (България), honorifics M., Mme, consent oui/non.
           It must build to the same documents as clean/.
- defects/<case>/  clean/ as CSV with exactly one mistake each, and `expected.txt`: the finding(s) that
           `dossier validate` must print for it.
- as-made/<case>/  clean/ with one of the shapes people give spreadsheets (a title above the headers, an
           "Instructions" sheet first, 12-hour times, a total under the list, speakers separated by commas,
           invisible characters pasted from Word), and `expected.txt`: the warnings it must give. Each must
           build to the same programme and participants as clean/.

Everyone here is fictional. Needs openpyxl (a test dependency) and LibreOffice (`soffice`).
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

from openpyxl import Workbook

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
DAY1, DAY2 = dt.date(2012, 12, 4), dt.date(2012, 12, 5)

ANNOUNCEMENT = """---
title: Prevention in Practice
subtitle: Expert meeting (test fixture)
organisers: ["Anti-Trafficking Division, Council of Europe"]
start_date: 2012-12-04
end_date: 2012-12-05
city: Sofia
country: Bulgaria
timezone: Europe/Sofia
expected_participants: 10
expected_countries: 8
# The working pack (badges, name cards…) is made where a test asks for it: tests/conftest.with_pack.
working_pack: none
country_names:
  MK: North Macedonia
  XK: Kosovo*
country_notes:
  XK: "* All reference to Kosovo, whether to the territory, institutions or population, in this text shall be
    understood in full compliance with United Nations Security Council Resolution 1244 and without prejudice
    to the status of Kosovo."
---

A two-day expert meeting on preventing trafficking in human beings.
"""

# key: (honorific, first, last, position, organisation, clean country, messy country, listed)
PEOPLE = {
    "petkova": ("Ms", "Десислава", "Петкова", "Secretary", "Национална комисия за борба с трафика на хора",
                "Bulgaria", "Bulgaria", True),
    "ivanov": ("Mr", "Георги", "Иванов", "Inspector", "Министерство на вътрешните работи", "Bulgaria", "Bulgaria",
               True),
    "clarke": ("Ms", "Emma", "Clarke", "Head of Unit", "Home Office", "United Kingdom", "UK", True),
    "stojanovski": ("Mr", "Aleksandar", "Stojanovski", "Adviser", "Ministry of Interior", "North Macedonia",
                    "FYROM", True),
    "smirnova": ("Ms", "Olga", "Smirnova", "Researcher", "Institute of Social Studies", "Russian Federation",
                 "Russia", True),
    "krasniqi": ("Mr", "Arben", "Krasniqi", "Co-ordinator", "Victim Support Centre", "Kosovo", "Kosova", True),
    "rusu": ("Ms", "Ana", "Rusu", "Social worker", "La Strada", "Republic of Moldova", "Moldova", True),
    "berger": ("Dr", "Thomas", "Berger", "Programme Officer", "UNODC", "UNODC", "UNODC", True),
    "vandenberg": ("Mr", "Pieter", "van den Berg", "Prosecutor", "Public Prosecution Service", "Netherlands",
                   "Holland", True),
    "rossi": ("Mr", "Giovanni", "Rossi", "Counsellor", "Apostolic Nunciature", "Holy See", "Vatican", False),
}
BIOS = ("petkova", "clarke", "stojanovski", "berger", "vandenberg")


def person(key: str, surname_first: bool = False) -> str:
    hon, first, last, *_ = PEOPLE[key]
    return f"{hon} {last.upper()} {first}" if surname_first else f"{hon} {first} {last}"


def people(*keys: str, surname_first: bool = False) -> str:
    return "; ".join(person(k, surname_first) for k in keys)


# date, start, end, type, title, chair, speakers, room
PROGRAMME = [
    (DAY1, dt.time(9, 0), dt.time(9, 30), "registration", "Registration", "", "", "Foyer"),
    (DAY1, dt.time(9, 30), dt.time(10, 0), "opening", "Opening", ("clarke",), ("petkova",), "Hall A"),
    (DAY1, dt.time(10, 0), dt.time(11, 30), "panel", "Prevention at the source", ("berger",),
     ("stojanovski", "vandenberg"), "Hall A"),
    (DAY1, dt.time(11, 30), dt.time(12, 0), "break", "Coffee break", "", "", "Foyer"),
    (DAY2, dt.time(9, 30), dt.time(11, 0), "panel", "Demand and labour exploitation", ("stojanovski",),
     ("clarke", "berger"), "Hall A"),
    (DAY2, dt.time(11, 0), dt.time(11, 15), "break", "Coffee break", "", "", "Foyer"),
    (DAY2, dt.time(11, 15), dt.time(12, 0), "closing", "Conclusions", "", ("petkova",), "Hall A"),
]
PROGRAMME_HEADER = ["Date", "Start", "End", "Type", "Title", "Chair", "Speakers", "Room"]
PARTICIPANTS_HEADER = ["Title", "First name", "Last name", "Position", "Organisation", "Country", "Email", "Phone",
                       "Listed", "Share contact"]


def email(key: str) -> str:
    return f"{key}@example.org"


def clean_programme() -> list[list]:
    return [[d, s, e, kind, title, people(*chair) if chair else "", people(*speakers) if speakers else "", room]
            for d, s, e, kind, title, chair, speakers, room in PROGRAMME]


def clean_participants() -> list[list]:
    return [[hon, first, last, position, org, country, email(key), f"+359 2 555 01{i:02d}",
             "yes" if listed else "no", "yes" if i % 2 else "no"]
            for i, (key, (hon, first, last, position, org, country, _, listed)) in enumerate(PEOPLE.items())]


def write_workbook(path: Path, sheet: str, header: list, rows: list[list], above: list[list] = (),
                   below: list[list] = (), before: dict[str, list[list]] | None = None) -> None:
    """above: rows over the header (a title, merged across the table); below: rows under the table; before:
    sheets that come first, {name: rows}."""
    wb = Workbook()
    first = wb.active
    for name, cells in (before or {}).items():
        extra = wb.create_sheet(name, index=len(wb.sheetnames) - 1)
        for row in cells:
            extra.append(row)
    ws = first
    ws.title = sheet
    for row in above:
        ws.append(row)
        if row and row[0]:
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    ws.append(header)
    for row in rows:
        ws.append(row)
    for row in below:
        ws.append(row)
    wb.save(path)


def write_csv(path: Path, header: list, rows: list[list], encoding: str = "utf-8", delimiter: str = ",") -> None:
    def text(v):
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, dt.time):
            return v.strftime("%H:%M")
        return v
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows([[text(v) for v in row] for row in rows])


def write_documents(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "announcement.md").write_text(ANNOUNCEMENT, encoding="utf-8")
    (folder / "bios").mkdir(exist_ok=True)
    for key in BIOS:
        hon, first, last, position, org, *_ = PEOPLE[key]
        (folder / "bios" / f"{key}.md").write_text(
            f"---\nname: {hon} {first} {last}\nposition: {position}\norganisation: {org}\n---\n\n"
            f"{first} {last} works as {position.lower()} at {org}.\n", encoding="utf-8")


def write_clean(folder: Path) -> None:
    write_documents(folder)
    write_workbook(folder / "programme.xlsx", "Programme", PROGRAMME_HEADER, clean_programme())
    write_workbook(folder / "participants.xlsx", "Participants", PARTICIPANTS_HEADER, clean_participants())


def write_messy(folder: Path) -> None:
    write_documents(folder)
    # Times as people type them, one way per row; the day only on the first row of each day.
    times = [
        (dt.time(9, 0), 0.3958333333333333),   # an Excel time, and a fraction of a day (09:30)
        ("9h30", "10h00"),
        ("10.00-11:30", ""),                   # a range in one cell, End left empty
        ("11:30", "12.00"),
        ("0930", "1100"),
        ("11:00 – 11:15", ""),
        ("11.15", "12:00"),
    ]
    days = ["4 December 2012", "", "", "", "05.12.2012", "", ""]
    rows = []
    for (_, _, _, kind, title, chair, speakers, room), (start, end), day in zip(PROGRAMME, times, days):
        rows.append([day, start, end, kind.capitalize(), title, people(*chair, surname_first=True) if chair else "",
                     people(*speakers, surname_first=True) if speakers else "", room, ""])
    rows[3][2] = "=B5+TIME(0,30,0)"       # formulas: read as the values LibreOffice computed and saved
    rows[5][4] = '="Coffee"&" break"'
    workbook = folder / "programme.xlsx"
    write_workbook(workbook, "Sheet1",
                   ["Day", "From", "To", "Kind", "Session", "Moderator", "Panellists", "Hall", "Interpretation"],
                   rows)
    # Saved as OpenDocument by LibreOffice itself, which also computes and stores the formulas' values.
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", str(folder), str(workbook)],
                   check=True, capture_output=True)
    if not workbook.with_suffix(".ods").is_file():  # soffice exits 0 even when it fails
        raise SystemExit("LibreOffice Calc could not convert programme.xlsx (is libreoffice-calc installed?)")
    workbook.unlink()
    # The honorific in the name, or in its own column in another spelling ("MS.", "dr"), as lists mix them.
    participants = [["" if i % 3 else f"{hon.upper()}.",
                     f"{hon} {last.upper()} {first}" if i % 3 else f"{last.upper()}, {first}",
                     org, position, messy, email(key), "x" if listed else "", "Y" if i % 2 else "N"]
                    for i, (key, (hon, first, last, position, org, _, messy, listed)) in enumerate(PEOPLE.items())]
    write_csv(folder / "participants.csv",
              ["Salutation", "Name", "Affiliation", "Function", "Nationality", "E-mail", "Consent to be listed", "Share email"],
              participants, encoding="cp1251", delimiter=";")


# Countries as a French list writes them (or, for the Bulgarians, in Bulgarian).
FRENCH_COUNTRIES = {"Bulgaria": "България", "United Kingdom": "Royaume-Uni", "North Macedonia": "Macédoine du Nord",
                    "Russian Federation": "Fédération de Russie", "Kosovo": "Kosovo",
                    "Republic of Moldova": "République de Moldova", "UNODC": "ONUDC", "Netherlands": "Pays-Bas",
                    "Holy See": "Saint-Siège"}
FRENCH_HONORIFICS = {"Mr": "M.", "Ms": "Mme", "Dr": "Dr"}


def write_messy_french(folder: Path) -> None:
    write_documents(folder)
    days = {DAY1: "mardi 4 décembre 2012", DAY2: "mercredi 5 décembre 2012"}
    hours = lambda t: f"{t.hour}h" if not t.minute else f"{t.hour} h {t.minute:02d}"  # noqa: E731
    rows = [[days[d], hours(s), hours(e), kind, title,
             "; ".join(f"{FRENCH_HONORIFICS[PEOPLE[k][0]]} {PEOPLE[k][1]} {PEOPLE[k][2]}" for k in chair),
             "; ".join(f"{FRENCH_HONORIFICS[PEOPLE[k][0]]} {PEOPLE[k][1]} {PEOPLE[k][2]}" for k in speakers), room]
            for d, s, e, kind, title, chair, speakers, room in PROGRAMME]
    write_workbook(folder / "programme.xlsx", "Programme", FRENCH_PROGRAMME_HEADER, rows)
    participants = [[FRENCH_HONORIFICS[hon], first, last, position, org, FRENCH_COUNTRIES[country],
                     email(key), f"+359 2 555 01{i:02d}", "oui" if listed else "non", "oui" if i % 2 else "non"]
                    for i, (key, (hon, first, last, position, org, country, _, listed)) in enumerate(PEOPLE.items())]
    write_workbook(folder / "participants.xlsx", "Participants", FRENCH_PARTICIPANTS_HEADER, participants)


# The headers as a French-speaking secretariat writes them, column for column.
FRENCH_PROGRAMME_HEADER = ["Date", "Début", "Fin", "Type", "Titre", "Président de séance", "Intervenants", "Salle"]
FRENCH_PARTICIPANTS_HEADER = ["Civilité", "Prénom", "Nom", "Fonction", "Organisme", "Pays", "Courriel", "Téléphone",
                              "Figurer sur la liste", "Partager les coordonnées"]


# One mistake per case: (file, row index in the data rows (0 = first data row), column, new value), and the lines
# `dossier validate` must print. Row numbers in messages count the header row, so data row i is row i + 2.
DEFECTS = {
    "time-typo": (("programme", 1, "Start", "9h3O"),
                  ['programme.csv row 3, column "Start": "9h3O" is not a time (expected HH:MM, for example 09:30)']),
    "end-before-start": (("programme", 2, "End", "09:45"),
                         ['programme.csv row 4, column "End": ends at 09:45, not after its start at 10:00 '
                          '(check the start and end times)']),
    "date-outside-event": (("programme", 4, "Date", "2012-12-06"),
                           ['programme.csv row 6, column "Date": 06.12.2012 is outside the event '
                            '(04.12.2012–05.12.2012)']),
    "no-date-above": (("programme", 0, "Date", ""),
                      ['programme.csv row 2, column "Date": is empty and there is no date above it to continue']),
    "speaker-without-bio": (("programme", 2, "Speakers", "Mr Aleksandar Stojanovsky; Mr Pieter van den Berg"),
                            ['programme.csv row 4, column "Speakers": "Mr Aleksandar Stojanovsky" has no bio '
                             '(did you mean "Mr Aleksandar Stojanovski"?)']),
    "room-overlap": (("programme", 4, "End", "11:30"),
                     ['programme.csv row 8, column "Start": 11:15–12:00 overlaps row 6 (09:30–11:30) in the same '
                      'room, Hall A (change a time or a room)']),
    "empty-title": (("programme", 1, "Title", ""),
                    ['programme.csv row 3, column "Title": is empty (fill in the title)']),
    "unknown-country": (("participants", 2, "Country", "Atlantis"),
                        ['participants.csv row 4, column "Country": "Atlantis" is not a country or a known '
                         'international organisation']),
    "bad-email": (("participants", 3, "Email", "stojanovski@example"),
                  ['participants.csv row 5, column "Email": "stojanovski@example" is not an e-mail address '
                   '(expected name@example.org)']),
    "not-yes-or-no": (("participants", 4, "Listed", "maybe"),
                      ['participants.csv row 6, column "Listed": "maybe" is not yes or no (write yes or no)']),
    "listed-twice": (("participants", 5, ("First name", "Last name"), ("Olga", "SMIRNOVA")),
                     ['participants.csv row 7, column "Last name": "Olga Smirnova" is listed twice, '
                      'in rows 6 and 7 (delete one of the two rows)']),
    "missing-column": (("participants", None, "Country", None),
                       ['participants.csv row 1: column "Country" is missing']),
    "missing-photo": (("bio", "clarke", "photo", "photos/clarke.jpg"),
                      ['bios/clarke.md, field "photo": photo "photos/clarke.jpg" does not exist']),
    "unreadable-photo": (("bio", "berger", "photo", "photos/berger.png"),
                         ['bios/berger.md, field "photo": photo "photos/berger.png" is not a readable image']),
    "two-bios-one-name": (("bio", "vandenberg", "name", "Ms Emma Clarke"),
                          ['bios/vandenberg.md, field "name": two bios have the name "Ms Emma Clarke"']),
    "bad-timezone": (("announcement", None, "timezone", "Europe/Sofija"),
                     ['announcement.md, field "timezone": "Europe/Sofija" is not a time zone']),
    "commas-without-bio": (("programme", 2, "Speakers", "Mr Aleksandar Stojanovski, Ms Ana Rusu"),
                           ['programme.csv row 4, column "Speakers": "Mr Aleksandar Stojanovski, Ms Ana Rusu" has no '
                            'bio (if these are several people, separate their names with ";"; else did you mean '
                            '"Mr Aleksandar Stojanovski"?)']),
    # Two headers for one column: which would win is a guess.
    "same-column-twice": (("participants", "copy", "Email", "E-mail address"),
                          ['participants.csv row 1, column "E-mail address": columns G ("Email") and K ("E-mail '
                           'address") are both the "Email" column (keep one of the two, or rename one)']),
    # A right-to-left override makes "ekralC" print as "Clarke" in a published list; an isolate in a bio.
    "direction-control": ((("participants", 2, "Last name", "\u202eekralC"),
                           ("bio", "clarke", "text", "works as \u2067Head\u2069 of")),
                          ['participants.csv row 4, column "Last name": holds invisible characters that change the '
                           'direction of the text: U+202E RIGHT-TO-LEFT OVERRIDE',
                           'bios/clarke.md line 7: holds invisible characters that change the direction of the '
                           'text: U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE']),
}


def _instructions(header: list) -> dict[str, list[list]]:
    """An "Instructions" sheet naming the columns one per row, and a "Lists" sheet of drop-down values."""
    return {"Instructions": [["How to fill in this workbook"], [], *[[name, "see the README"] for name in header]],
            "Lists": [["Type"], ["panel"], ["break"], ["opening"]]}


def _twelve_hour(t: dt.time, i: int) -> str:
    hour = t.hour % 12 or 12
    half = "AM" if t.hour < 12 else "PM"
    return [f"{hour}:{t.minute:02d} {half}", f"{hour}.{t.minute:02d}{half.lower()}",
            f"{hour}:{t.minute:02d} {half[0].lower()}.m."][i % 3]


def _with_commas(rows: list[list]) -> list[list]:
    """The first programme row with two speakers has them separated by a comma."""
    at = next(i for i, row in enumerate(rows) if ";" in row[6])
    rows[at][6] = rows[at][6].replace("; ", ", ")
    return rows


def _invisible(rows: list[list]) -> list[list]:
    """Characters that come with text pasted from Word or a PDF: no-break spaces, a soft hyphen, a zero-width
    space, a byte-order mark."""
    for row in rows:
        row[1] = row[1].replace(" ", "\u00a0") + "\u200b"
        row[4] = row[4].replace("Office", "Of\u00adfice").replace(" ", "\u00a0", 1)
        row[2] = "\ufeff" + row[2]
    return rows


TITLE = "List of participants – Sofia, 4–5 December 2012"
TOTAL = [f"Total: {len(PEOPLE)} participants"]
# case: (programme workbook's arguments, participants workbook's arguments, the warnings `validate` prints)
AS_MADE = {
    "title-rows": ({}, {"above": [[TITLE], ["Status: 30 November 2012"], []]},
                   ['participants.xlsx [Participants] row 4: the column headers are on this row; '
                    f'"{TITLE}" "Status: 30 November 2012" above them is read as a title and left out']),
    "instructions-sheet": ({"sheet": "Sheet1", "before": _instructions(PROGRAMME_HEADER)}, {},
                           ['programme.xlsx: no sheet named "Programme"; reading the sheet whose headers match, '
                            '"Sheet1"']),
    "twelve-hour": ({"times": _twelve_hour}, {}, []),
    "totals-row": ({"below": [["Note: interpretation in English and French in Hall A."]]},
                   {"below": [[], TOTAL, ["", "", "", "", "", "", "", "", f"{len(PEOPLE) - 1}", "5"]]},
                   ['programme.xlsx [Programme] row 9: left out: "Note: interpretation in English and French in '
                    'Hall A." reads as a total or a note under the table',
                    f'participants.xlsx [Participants] row 13: left out: "{TOTAL[0]}" reads as a total or a note '
                    'under the table',
                    f'participants.xlsx [Participants] row 14: left out: "{len(PEOPLE) - 1}" "5" reads as a total '
                    'or a note under the table']),
    "comma-speakers": ({"rows": _with_commas}, {},
                       ['programme.xlsx [Programme] row 4, column "Speakers": names separated by commas, read as 2 '
                        'people: Mr Aleksandar Stojanovski; Mr Pieter van den Berg']),
    "invisible-characters": ({}, {"rows": _invisible}, []),
}


def write_as_made(folder: Path, programme: dict, participants: dict, expected: list[str]) -> None:
    write_documents(folder)
    for kind, header, rows, given in (("programme", PROGRAMME_HEADER, clean_programme(), programme),
                                      ("participants", PARTICIPANTS_HEADER, clean_participants(), participants)):
        given = dict(given)
        if "times" in given:
            to_text = given.pop("times")
            rows = [[*row[:1], to_text(row[1], i), to_text(row[2], i + 1), *row[3:]] for i, row in enumerate(rows)]
        rows = given.pop("rows", lambda r: r)(rows)
        write_workbook(folder / f"{kind}.xlsx", given.pop("sheet", kind.capitalize()), header, rows, **given)
    if "invisible" in folder.name:  # and in a bio: its name field and its text
        bio = folder / "bios" / "clarke.md"
        bio.write_text(bio.read_text(encoding="utf-8").replace("Emma Clarke", "Emma\u00a0Clarke\u200b", 1)
                       .replace("works as", "works\u00ad as"), encoding="utf-8")
    (folder / "expected.txt").write_text("".join(line + "\n" for line in expected), encoding="utf-8")


def _edit_rows(header: list, rows: list[list], index: int | str | None, column, value) -> tuple[list, list[list]]:
    if index is None:  # drop the column
        pos = header.index(column)
        return header[:pos] + header[pos + 1:], [row[:pos] + row[pos + 1:] for row in rows]
    if index == "copy":  # the column again at the end, under another header
        pos = header.index(column)
        return header + [value], [row + [row[pos]] for row in rows]
    columns, values = (column, value) if isinstance(column, tuple) else ((column,), (value,))
    for c, v in zip(columns, values):
        rows[index][header.index(c)] = v
    return header, rows


def write_defect(folder: Path, edits: tuple, expected: list[str]) -> None:
    """edits: one (target, index, column, value), or a tuple of them."""
    write_documents(folder)
    tables = {"programme": (PROGRAMME_HEADER, clean_programme()),
              "participants": (PARTICIPANTS_HEADER, clean_participants())}
    for target, index, column, value in (edits if isinstance(edits[0], tuple) else (edits,)):
        if target in tables:
            tables[target] = _edit_rows(*tables[target], index, column, value)
        elif target == "bio":
            path = folder / "bios" / f"{index}.md"
            text = path.read_text(encoding="utf-8")
            if column == "name":
                text = "\n".join(f"name: {value}" if line.startswith("name:") else line for line in text.split("\n"))
            elif column == "text":
                text = text.replace("works as", value, 1)
            else:
                text = text.replace("---\n\n", f"{column}: {value}\n---\n\n", 1)
            path.write_text(text, encoding="utf-8")
            if index == "berger":  # a file that exists but is not an image
                (folder / "photos").mkdir(exist_ok=True)
                (folder / "photos" / "berger.png").write_text("not a picture", encoding="utf-8")
        else:
            path = folder / "announcement.md"
            path.write_text(path.read_text(encoding="utf-8").replace("timezone: Europe/Sofia", f"{column}: {value}"),
                            encoding="utf-8")
    for kind, (header, rows) in tables.items():
        write_csv(folder / f"{kind}.csv", header, rows)
    (folder / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")


def main() -> None:
    shutil.rmtree(FIXTURES, ignore_errors=True)
    write_clean(FIXTURES / "clean")
    write_messy(FIXTURES / "messy")
    write_messy_french(FIXTURES / "messy-fr")
    for case, (edit, expected) in DEFECTS.items():
        write_defect(FIXTURES / "defects" / case, edit, expected)
    for case, (programme, participants, expected) in AS_MADE.items():
        write_as_made(FIXTURES / "as-made" / case, programme, participants, expected)
    print(f"wrote {FIXTURES}")


if __name__ == "__main__":
    main()
