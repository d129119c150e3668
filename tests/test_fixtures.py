"""The fixture sets in tests/fixtures/ (written by tools/make_fixtures.py):

- every defect case fails validation with its exact located finding, and a build leaves an existing dossier as it was;
- each as-made case (a spreadsheet shaped as people make them) validates with exactly its located warnings and
  reads as the same programme, participants and bios as the clean set;
- the messy set (Windows-1251 CSV, SURNAME Firstname, aliases, day once per block, mixed time formats) passes
  and builds to the same programme and participant list as its clean twin, in every format.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import READERS, build
from pipeline.assemble import assemble
from pipeline.cli import main
from pipeline.ingest import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"
DEFECTS = sorted(p.name for p in (FIXTURES / "defects").iterdir())
AS_MADE = sorted(p.name for p in (FIXTURES / "as-made").iterdir())


def _checksums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", DEFECTS)
def test_defect_is_found_located_and_leaves_the_dossier_untouched(case, tmp_path, capsys):
    inputs = FIXTURES / "defects" / case
    expected = (inputs / "expected.txt").read_text(encoding="utf-8").splitlines()

    assert main(["validate", "--inputs", str(inputs)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for line in expected:
        assert f"/{line}" in err, err

    out = tmp_path / "dossier"
    out.mkdir()
    (out / "programme.pdf").write_bytes(b"%PDF- the copy delegates already hold")
    before = _checksums(out)
    assert build(inputs, out) == 1
    assert _checksums(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["dossier"], "no staging folder left behind"


def _read(inputs: Path):
    dossier = assemble(read_inputs(inputs)[0])
    return dossier.programme, dossier.participants, dossier.bios


@pytest.mark.parametrize("case", AS_MADE)
def test_a_spreadsheet_as_people_make_it_reads_as_the_clean_one_with_located_warnings(case, capsys):
    """title-rows, instructions-sheet, twelve-hour, totals-row, comma-speakers, invisible-characters (issue 14)."""
    inputs = FIXTURES / "as-made" / case
    expected = (inputs / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert main(["validate", "--inputs", str(inputs)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  warning: ")]
    assert len(warnings) == len(expected), warnings
    for line in expected:
        assert any(f"/{line} (" in w for w in warnings), (line, warnings)
    assert _read(inputs) == _read(FIXTURES / "clean")


def test_messy_inputs_validate_with_warnings_only(capsys):
    assert main(["validate", "--inputs", str(FIXTURES / "messy")]) == 0
    err = capsys.readouterr().err
    assert "read as Windows-1251" in err
    assert 'no sheet named "Programme"' in err


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> dict[str, Path]:
    built = {}
    for name in ("clean", "messy", "messy-fr"):
        out = tmp_path_factory.mktemp(name) / "dossier"
        assert build(FIXTURES / name, out, "public") == 0
        built[name] = out / "public" / "en"
    return built


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("document", ["programme", "participants", "bios"])
@pytest.mark.parametrize("twin", ["messy", "messy-fr"])
def test_messy_inputs_build_the_same_documents_as_their_clean_twin(twins, twin, document, fmt):
    """messy-fr: dates, times, countries, honorifics and consent as a French-speaking secretariat types them."""
    read = READERS[fmt]
    clean, messy = (read(twins[name] / f"{document}.{fmt}") for name in ("clean", twin))
    assert messy == clean


def test_the_twins_print_what_the_clean_spreadsheet_says(twins):
    """Guards the comparison above against two equally wrong builds."""
    participants = READERS["pdf"](twins["messy"] / "participants.pdf")
    for text in ("Ms Десислава Петкова", "Mr Pieter van den Berg", "North Macedonia (1)", "Russian Federation (1)",
                 "United Kingdom (1)", "Republic of Moldova (1)", "Kosovo* (1)", "Netherlands (1)",
                 "International organisations (1)", "Dr Thomas Berger",
                 "* All reference to Kosovo", "9 participants from 7 countries and 1 international organisation"):
        assert text in participants
    assert "Giovanni Rossi" not in participants  # did not consent to be listed
    programme = READERS["pdf"](twins["messy"] / "programme.pdf")
    for text in ("Tuesday 4 December 2012", "09:00–09:30", "09:30–10:00", "10:00–11:30", "11:30–12:00",
                 "Wednesday 5 December 2012", "09:30–11:00", "11:00–11:15", "11:15–12:00"):
        assert text in programme


@pytest.mark.parametrize("header, read_as", [
    (["Date", "Début", "Fin", "Type", "Titre", "Intervenants", "Salle"], {"Titre": "Title", "Salle": "Room"}),
    (["Date", "Start", "End", "Type", "Title", "Titre", "Speakers", "Room", "Salle"],
     {"Title": "Title", "Titre": "Title (fr)", "Room": "Room", "Salle": "Room (fr)"}),
])
def test_a_french_header_is_the_column_itself_unless_the_english_one_is_beside_it(tmp_path, header, read_as):
    """"Titre" alone heads the titles of a sheet written in French; beside "Title" it heads their French."""
    from pipeline.ingest.contract import PROGRAMME
    from pipeline.ingest.tables import read_table

    path = tmp_path / "programme.csv"
    path.write_text(",".join(header) + "\n" + ",".join("x" for _ in header) + "\n", encoding="utf-8")
    table, _ = read_table(path, PROGRAMME, "programme.csv")
    assert {written: name for name, written in table.headers.items() if written in read_as} == read_as
