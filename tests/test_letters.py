"""Letters to each person, in their language: the Language and Visa columns, the letters the secretariat writes in
inputs/letters/ (checked in a sandbox, located), and who receives each."""

from __future__ import annotations

from pathlib import Path

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


def test_each_person_has_a_language_and_the_event_decides_when_the_cell_is_empty():
    from conftest import SAMPLE

    raw, findings = read_inputs(SAMPLE)
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
    assert "languages: [en]" in announcement.read_text(encoding="utf-8")  # the copy is in English only
    edit_sheet(inputs_copy / "participants.xlsx", lambda ws: [setattr(ws.cell(r, column_of(ws, "Language")), "value", v)
                                                             for r, v in ((3, "French"), (4, None))])
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert 'row 3, column "Language": "fr" is not one of the event\'s languages (en)' in err


def _letter(inputs, name: str, text: str) -> None:
    (inputs / "letters" / name).write_text(text, encoding="utf-8")


def test_the_sample_letters_go_to_whom_they_say_in_each_persons_language(inputs_copy):
    from pipeline.letters.recipients import recipients

    raw, findings = read_inputs(inputs_copy)
    dossier = assemble(raw)
    letters = {letter.id: letter for letter in dossier.letters}
    assert set(letters) == {"invitation", "practical-information", "thank-you"}
    assert all(set(letter.texts) == {"en", "fr"} for letter in letters.values())
    people, left = recipients(dossier, letters["thank-you"].to, letters["thank-you"].attach)
    assert people and all(p.attended for p in people) and all(not p.attended for p, _ in left)
    assert {why for _, why in left} == {"not in to (attended)"}


def test_a_hostile_or_unknown_placeholder_and_a_broken_template_are_located_errors(inputs_copy, capsys):
    _letter(inputs_copy, "hostile.md", "---\nsubject: Hello {{ person.nickname }}\nto: everyone\n---\n"
            "Dear {{ person.first_name }},\n\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n\n"
            "{% if person.visa %}{{ person.passport_number }}{% endif %}\n\n{{ secrets }}\n")
    _letter(inputs_copy, "broken.md", "---\nsubject: Broken\nto: [everyone, vip]\nattach: [letter, minutes]\n"
            "---\nDear {{ person.first_name },\n")
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert 'letters/hostile.md, field "subject" line 2: "person.nickname" is not a placeholder' in err
    assert 'letters/hostile.md line 7: "__class__" is not allowed in a letter' in err
    assert 'line 9: "person.passport_number" is not a placeholder' in err, "a branch nobody takes is checked too"
    assert 'line 11: "secrets" is not a placeholder' in err
    assert 'letters/broken.md line 6: the placeholders are not well formed' in err
    assert 'letters/broken.md, field "to" line 3: "vip" is nobody' in err
    assert 'letters/broken.md, field "attach" line 4: "minutes" cannot be attached' in err


def test_a_letter_missing_in_a_language_falls_back_with_a_warning(tmp_path, capsys):
    import shutil

    from conftest import SAMPLE

    inputs = Path(shutil.copytree(SAMPLE, tmp_path / "inputs"))  # in English and French
    (inputs / "letters" / "thank-you.fr.md").unlink()
    assert main(["validate", "--inputs", str(inputs)]) == 0
    err = capsys.readouterr().err
    assert "letters/thank-you.md" in err and "has no French translation:" in err and "get it in English" in err


def test_a_name_that_tries_to_add_a_header_is_refused_where_it_is(inputs_copy, capsys):
    edit_sheet(inputs_copy / "participants.xlsx",
               lambda ws: ws.cell(5, column_of(ws, "First name"), "Eve\r\nBcc: someone@example.org"))
    assert main(["validate", "--inputs", str(inputs_copy)]) == 1
    err = capsys.readouterr().err
    assert 'participants.xlsx [Participants] row 5, column "First name": holds a line break or a control character' \
        in err


def test_a_filled_value_is_text_not_markdown():
    from pipeline.letters.template import fill

    filled = fill("Dear {{ person.name }}", {"person": {"name": "*Eve* [click](https://attacker.example)"}})
    assert filled == r"Dear \*Eve\* \[click\]\(https://attacker\.example\)"


def test_each_recipient_has_their_own_letter_in_their_language_in_the_organisers_edition_only(sample_editions):
    from conftest import SAMPLE, pdf_text, squash
    from pipeline.letters.addressed import addressed

    raw, _ = read_inputs(SAMPLE)
    dossier = assemble(raw)
    organisers = sample_editions / "organisers"
    for letter in dossier.letters:
        made, left = addressed(dossier, letter)
        assert {p.name for p in (organisers / "letters" / letter.id).iterdir()} == {f"{a.name}.pdf" for a in made}
    invitations = {a.person.last_name: a for a in addressed(dossier, letters_by_id(dossier)["invitation"])[0]}
    french = next(a for a in invitations.values() if a.lang.code == "fr" and not a.person.visa)
    visa = next(a for a in invitations.values() if a.lang.code == "en" and a.person.visa)
    english = next(a for a in invitations.values() if a.lang.code == "en" and not a.person.visa)
    text = squash(pdf_text(organisers / french.pdf))
    assert "j'ai l'honneur de vous inviter" in text and "Page 1 sur 1" in text and "Réf." in text
    assert f"{french.person.first_name} {french.person.last_name}" in text
    assert "visa" not in text.casefold()
    text = squash(pdf_text(organisers / visa.pdf))
    assert "National Commission for Combating Trafficking in Human Beings, Bulgaria" in text  # the letterhead
    assert f"Dear {visa.person.honorific} " in text
    assert "presented to the consular services" in text and "do not send us any passport data" in text
    assert "consular" not in squash(pdf_text(organisers / english.pdf))
    for edition in ("public", "delegates"):
        assert not list((sample_editions / edition).rglob("letters")), "a person's letter is the organisers' alone"
        assert not list((sample_editions / edition).rglob("certificates"))
        assert "letters/" not in (sample_editions / edition / "en" / "index.html").read_text(encoding="utf-8")
    index = (organisers / "en" / "index-internal.html").read_text(encoding="utf-8")
    for letter in dossier.letters:  # the organisers' page leads to each letter's folder, with how many it holds
        count = len(addressed(dossier, letter)[0])
        assert f'<a href="../letters/{letter.id}/">letters/{letter.id}/</a> ({count} files)' in index


def test_only_those_who_attended_have_their_own_certificate(sample_editions):
    from conftest import SAMPLE, pdf_text, squash
    from pipeline.letters.addressed import file_names

    raw, _ = read_inputs(SAMPLE)
    dossier = assemble(raw)
    names = file_names(dossier)
    made = {p.stem for p in (sample_editions / "organisers" / "certificates").iterdir()}
    assert made == {names[i] for i, p in enumerate(dossier.participants) if p.attended}
    someone = next(i for i, p in enumerate(dossier.participants) if p.attended and p.language == "fr")
    text = squash(pdf_text(sample_editions / "organisers" / "certificates" / f"{names[someone]}.pdf"))
    assert dossier.participants[someone].last_name in text and "Attestation de participation" in text


def letters_by_id(dossier):
    return {letter.id: letter for letter in dossier.letters}
