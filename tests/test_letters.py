"""Letters to each person, in their language: the Language and Visa columns, the letters the secretariat writes in
inputs/letters/ (checked in a sandbox, located), and who receives each."""

from __future__ import annotations

import pytest

from conftest import column_of, edit_sheet
from pipeline.assemble import assemble
from pipeline.cli import main
from pipeline.ingest import read_inputs
from pipeline.normalise import Unparsable
from pipeline.normalise.values import parse_language


@pytest.mark.parametrize("written, code", [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("French", "fr"),
                                           ("français", "fr"), ("Francais", "fr"), ("anglais", "en"),
                                           ("English", "en"), (" en ", "en"), ("", "")])
def test_a_language_is_a_code_or_its_name_in_any_of_the_dossiers_languages(written, code):
    assert parse_language(written) == code


def test_a_language_the_dossier_cannot_be_made_in_is_refused_with_a_hint():
    with pytest.raises(Unparsable) as refused:
        parse_language("Klingon")
    assert "en (English) or fr (French)" in refused.value.hint


def test_each_person_has_a_language_and_the_event_decides_when_the_cell_is_empty(inputs_copy):
    raw, findings = read_inputs(inputs_copy)
    people = assemble(raw).participants
    assert {p.language for p in people} == {"en", "fr"}
    assert sum(p.language == "fr" for p in people) == 8
    assert sum(p.visa for p in people) == 13


def test_a_language_not_of_the_event_or_not_a_language_is_a_located_error(inputs_copy, capsys):
    def edit(ws):
        ws.cell(3, column_of(ws, "Language"), "Deutsch")
        ws.cell(4, column_of(ws, "Language"), "Visa: yes")
    edit_sheet(inputs_copy / "participants.xlsx", edit)
    announcement = inputs_copy / "announcement.md"
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert 'participants.xlsx [Participants] row 3, column "Language": "Deutsch" is not a language' in err
    assert 'row 4, column "Language": "Visa: yes" is not a language' in err
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("languages: [en, fr]", "languages: [en]"),
                            encoding="utf-8")
    edit_sheet(inputs_copy / "participants.xlsx", lambda ws: [ws.cell(r, column_of(ws, "Language"), None)
                                                             for r in (3, 4)])
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert "\"fr\" is not one of the event's languages (en)" in err and "Language" in err
