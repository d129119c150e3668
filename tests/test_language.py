"""The dossier in English and French: complete catalogues, no fixed word outside them, locale data from the
libraries, and French documents with no English label left in them.

The French expected here is written out by hand, as a Council of Europe translator writes it, never read
from the pipeline's catalogue, so that a wrong translation fails."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from conftest import READERS, ROOT, SAMPLE, bio_files, sheet_rows, squash
from pipeline.language import Language

LOCALE = ROOT / "pipeline" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "NP_": ((1, "c"), 2)}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _extracted() -> set[tuple[str | None, str]]:
    """The messages in the code and templates now, extracted as `make messages` does (babel.cfg)."""
    method_map = [("pipeline/**.py", "python"), ("pipeline/templates/**.j2", "jinja2")]
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map={"pipeline/templates/**.j2": {"trimmed": "true"}}, keywords=KEYWORDS):
        found.add((context, message if isinstance(message, str) else message[0]))
    return found


def _key(message) -> tuple[str | None, str]:
    """A catalogue entry's context and (singular) message."""
    return message.context, message.id if isinstance(message.id, str) else message.id[0]


def _catalogue(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def test_the_template_and_the_french_catalogue_hold_every_message_and_every_entry_is_translated():
    now = _extracted()
    template = {_key(m) for m in _catalogue(LOCALE / "messages.pot") if m.id}
    assert now == template, "run make messages: the template is stale"
    french = _catalogue(LOCALE / "fr" / "LC_MESSAGES" / "messages.po")
    entries = {_key(m): m for m in french if m.id}
    assert not now - set(entries), f"not in the French catalogue: {sorted(now - set(entries))}"
    for message_id, entry in entries.items():
        assert not entry.fuzzy, f"fuzzy: {message_id!r}"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings), f"not translated: {message_id!r}"
        assert all(set(PLACEHOLDER.findall(s)) == set(PLACEHOLDER.findall(message_id[1])) for s in strings), \
            message_id


def test_french_plurals_put_zero_and_one_in_the_singular():
    fr, en = Language("fr"), Language("en")
    assert [fr.ngettext("%(n)d country", "%(n)d countries", n) for n in (0, 1, 2)] == ["0 pays", "1 pays", "2 pays"]
    assert [fr.ngettext("%(n)d international organisation", "%(n)d international organisations", n)
            for n in (0, 1, 2)] == ["0 organisation internationale", "1 organisation internationale",
                                    "2 organisations internationales"]
    assert [en.ngettext("%(n)d country", "%(n)d countries", n) for n in (0, 1, 2)] == \
        ["0 countries", "1 country", "2 countries"]


def test_templates_have_no_word_outside_the_catalogue():
    """Text between tags that is not inside {{ }}, {% %} or a comment: a word readers would see untranslated."""
    bare = []
    for path in sorted((ROOT / "pipeline" / "templates").rglob("*.j2")):
        if path.name == "stamps.html.j2":
            continue  # the stamps' glyphs, whose fonts are copied into PDFs: never shown to anyone
        source = path.read_text(encoding="utf-8")
        source = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", " ", source, flags=re.S)
        source = re.sub(r"<(style|script)\b.*?</\1>", " ", source, flags=re.S)
        for text in re.findall(r">([^<]+)<", source):
            words = [w for w in re.findall(r"[^\W\d_]{2,}", text)]
            if words:
                bare.append(f"{path.name}: {text.strip()!r}")
        for attribute in re.findall(r'(?:alt|title|aria-label|placeholder)="([^"{]*[^\W\d_]{2,}[^"{]*)"', source):
            bare.append(f"{path.name}: attribute {attribute!r}")
    assert bare == []


def test_dates_and_times_in_each_language():
    fr, en = Language("fr"), Language("en")
    assert fr.long_date(dt.date(2012, 12, 4)) == "mardi 4 décembre 2012"
    assert fr.long_date(dt.date(2012, 12, 1)) == "samedi 1er décembre 2012"
    assert fr.date_range(dt.date(2012, 12, 4), dt.date(2012, 12, 5)) == "4–5 décembre 2012"
    assert fr.date_range(dt.date(2012, 11, 30), dt.date(2012, 12, 1)) == "30 novembre – 1er décembre 2012"
    assert en.long_date(dt.date(2012, 12, 4)) == "Tuesday 4 December 2012"
    assert en.date_range(dt.date(2012, 12, 4), dt.date(2012, 12, 5)) == "4–5 December 2012"
    assert fr.time_range(dt.time(9, 30), dt.time(14, 0)) == "9\u00a0h\u00a030 – 14\u00a0h"
    assert en.time_range(dt.time(9, 30), dt.time(14, 0)) == "09:30–14:00"


@pytest.mark.parametrize("code, english, french", [
    ("RU", "Russian Federation", "Fédération de Russie"), ("MD", "Republic of Moldova", "République de Moldova"),
    ("GB", "United Kingdom", "Royaume-Uni"), ("VA", "Holy See", "Saint-Siège"), ("DE", "Germany", "Allemagne"),
    ("BG", "Bulgaria", "Bulgarie"), ("KR", "South Korea", "République de Corée"), ("AX", "Åland Islands", "Îles Åland"),
    ("CH", "Switzerland", "Suisse"), ("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine"),
])
def test_country_names_in_french_are_the_council_of_europe_s_and_never_inverted(code, english, french):
    assert Language("fr").country(code, english) == french
    assert Language("en").country(code, english) == english


def test_no_inverted_french_country_name_is_ever_printed():
    import pycountry

    fr = Language("fr")
    inverted = [(c.alpha_2, fr.country(c.alpha_2, c.name)) for c in pycountry.countries
                if re.search(r", (\w+ )?(de|du|des|d'|Îles?|République|État)\b", fr.country(c.alpha_2, c.name))]
    assert inverted == []


def test_honorifics_and_typography_in_french():
    fr = Language("fr")
    assert [fr.honorific(h) for h in ("Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "H.E.")] == \
        ["M.", "Mme", "Mme", "Mlle", "Dr", "Pr", "S.E."]
    assert fr.typography("Titre : « bonjour » ! Vraiment ? Oui ; non") == \
        "Titre\u202f: «\u202fbonjour\u202f»\u202f! Vraiment\u202f? Oui\u202f; non"
    assert fr.typography("https://www.coe.int/fr 9:30") == "https://www.coe.int/fr 9:30"
    assert Language("en").typography("Note: yes!") == "Note: yes!"


# --- the French documents -------------------------------------------------------------------------

def _content(inputs: Path) -> str:
    """Every word of the inputs, which a French document may show as given (untranslated content, names)."""
    parts = [str(v) for sheet in ("programme.xlsx", "participants.xlsx") for row in sheet_rows(inputs / sheet)
             for v in row.values() if v is not None]
    parts += [f"{meta} {body}" for meta, body in bio_files(inputs)]
    parts += [p.read_text(encoding="utf-8") for p in inputs.glob("announcement*.md")]
    return squash(" ".join(parts))


def _labels() -> list[str]:
    """The English words of each message that French translates otherwise: the text between placeholders,
    where it is a word or more (not punctuation)."""
    french = _catalogue(LOCALE / "fr" / "LC_MESSAGES" / "messages.po")
    labels = set()
    for entry in french:
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for message in ids:
            if message in strings:
                continue  # the same in French ("Programme", "Organisation")
            for piece in PLACEHOLDER.split(message):
                piece = piece.strip(" .:;,“”")
                if re.search(r"[^\W\d_]{3,}", piece) and not any(piece in s for s in strings):
                    labels.add(piece)
    return sorted(labels)


@pytest.mark.parametrize("edition, suffix", [("public", ""), ("organisers", "-internal")])
def test_no_english_label_is_left_in_the_french_documents(sample_editions, edition, suffix):
    content = _content(SAMPLE)
    labels = [label for label in _labels() if label not in content]
    assert len(labels) > 40, labels  # the check is worth something only with the catalogue behind it
    folder = sample_editions / edition / "fr"
    for doc in ("programme", "participants", "bios", "dossier", "index"):
        for fmt in ("pdf", "docx", "html") if doc != "index" else ("html",):
            text = READERS[fmt](folder / f"{doc}{suffix}.{fmt}")
            left = [label for label in labels if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)]
            assert left == [], f"{doc}{suffix}.{fmt}: {left}"


def test_french_documents_say_they_are_french(sample_editions):
    import pikepdf
    from docx import Document

    folder = sample_editions / "public" / "fr"
    for doc in ("programme", "participants", "bios", "dossier"):
        assert '<html lang="fr">' in (folder / f"{doc}.html").read_text(encoding="utf-8")
        with pikepdf.open(folder / f"{doc}.pdf") as pdf:
            assert str(pdf.Root.Lang).startswith("fr"), doc
        word = Document(folder / f"{doc}.docx")
        defaults = word.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
        assert defaults == ["fr-FR"], doc
        assert word.core_properties.language == "fr-FR"
    text = READERS["pdf"](folder / "programme.pdf")
    assert "mardi 4 décembre 2012" in text and "Page 1 sur" in text and "Mme Marja Ruotanen" in text
    assert "Mme." not in text and "Ms " not in text


def test_the_edition_page_leads_to_both_languages(sample_editions):
    html = (sample_editions / "public" / "index.html").read_text(encoding="utf-8")
    assert 'hreflang="en" href="en/index.html"' in html and 'hreflang="fr" href="fr/index.html"' in html
    assert (sample_editions / "public" / "en" / "index.html").is_file()
    french = (sample_editions / "public" / "fr" / "index.html").read_text(encoding="utf-8")
    assert 'href="../en/index.html" hreflang="en"' in french and "Tous les fichiers" in french


# --- translated content, and honest fallbacks --------------------------------------------------------

def test_each_language_shows_its_own_text_of_the_inputs(sample_editions):
    for lang, title, theme, room in (("en", "Opening statement", "Theme 1: Prevention at the source", "Plenary Hall"),
                                     ("fr", "Déclaration d'ouverture", "La prévention à la source dans les pays",
                                      "Salle plénière")):
        for fmt in ("pdf", "docx", "html"):
            text = READERS[fmt](sample_editions / "public" / lang / f"programme.{fmt}")
            assert title in text and theme in text and room in text, (lang, fmt)
    french = READERS["pdf"](sample_editions / "public" / "fr" / "bios.pdf")
    assert "Directrice de la Justice et de la dignité humaine" in french
    assert "La traite des êtres humains vise les personnes les plus vulnérables de nos sociétés" in french
    assert "en anglais" not in french  # the sample is translated in full
    participants = READERS["docx"](sample_editions / "delegates" / "fr" / "participants.docx")
    assert "Première secrétaire" in participants and "Fédération de Russie" in participants


def test_a_missing_translation_prints_the_inputs_text_marked_and_is_a_located_warning(tmp_path):
    import openpyxl
    from docx import Document

    from conftest import build
    from pipeline.cli import main

    inputs = Path(shutil.copytree(SAMPLE, tmp_path / "inputs"))
    wb = openpyxl.load_workbook(inputs / "programme.xlsx")
    ws = wb.worksheets[0]
    column = next(c.column for c in ws[1] if c.value == "Title (fr)")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 6).value == "Opening statement")
    ws.cell(row, column).value = None
    wb.save(inputs / "programme.xlsx")
    (inputs / "bios" / "hoxha-arben.fr.md").unlink()
    report = tmp_path / "findings.json"
    with report.open("w") as out, pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", out)
        assert main(["validate", "--inputs", str(inputs), "--format", "json"]) == 0
    findings = json.loads(report.read_text())
    assert {"severity": "warning", "file": str(inputs / "programme.xlsx"), "sheet": "Programme", "row": row,
            "column": "Title (fr)", "field": None} in [{k: f[k] for k in ("severity", "file", "sheet", "row",
                                                                          "column", "field")} for f in findings]
    assert any(f["file"].endswith("hoxha-arben.md") and "French" in f["message"] for f in findings)
    assert main(["validate", "--strict", "--inputs", str(inputs)]) == 1

    assert build(inputs, tmp_path / "out", "public") == 0
    folder = tmp_path / "out" / "public" / "fr"
    html = (folder / "programme.html").read_text(encoding="utf-8")
    assert '<span lang="en">Opening statement</span>' in html and "(en anglais)" in html
    bios = (folder / "bios.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="text" lang="en">\s*<p>Arben Hoxha is Executive Director', bios)
    for fmt in ("pdf", "docx"):
        text = READERS[fmt](folder / f"programme.{fmt}")
        assert "Opening statement" in text and "(en anglais)" in text, fmt
    word = Document(folder / "programme.docx")
    marked = word.element.body.xpath('.//w:r[w:rPr/w:lang/@w:val="en-GB"]/w:t/text()')
    assert "Opening statement" in marked
    english = (tmp_path / "out" / "public" / "en" / "programme.html").read_text(encoding="utf-8")
    assert "anglais" not in english and 'lang="en">Opening' not in english


def test_every_header_of_the_contract_means_one_column():
    """Headers compare without case, spaces or accents: a French header must not read as an English one."""
    from pipeline.ingest.contract import PARTICIPANTS, PROGRAMME
    from pipeline.ingest.tables import header_key

    for spec in (PROGRAMME, PARTICIPANTS):
        meaning: dict[str, str] = {}
        for column in spec.columns:
            for header in (column.name, *column.aliases):
                assert meaning.setdefault(header_key(header), column.name) == column.name, (header, column.name)


def test_surnames_in_capitals_when_the_event_asks_for_them(tmp_path):
    from conftest import build

    inputs = Path(shutil.copytree(ROOT / "tests" / "fixtures" / "clean", tmp_path / "inputs"))
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace(
        "\n---\n", "\nsurname_style: caps\nlanguages: [en, fr]\n---\n", 1), encoding="utf-8")
    assert build(inputs, tmp_path / "out", "public") == 0
    for lang, name, count in (("en", "Ms Emma CLARKE", "9 participants from 7 countries"),
                              ("fr", "Mme Emma CLARKE", "9 participants de 7 pays")):
        for fmt in ("pdf", "docx", "html"):
            text = READERS[fmt](tmp_path / "out" / "public" / lang / f"participants.{fmt}")
            assert name in text and "Mr Pieter VAN DEN BERG".replace("Mr", "M." if lang == "fr" else "Mr") in text
            assert count in text, (lang, fmt)


def test_addresses_break_only_after_at_or_dot(sample_editions):
    """A narrow column breaks "dritan.dervishi@example.org" after "@" or ".", never inside a word: <wbr> in HTML
    (WeasyPrint lays out the same markup), a zero-width space in DOCX, which Word and LibreOffice both honour."""
    from docx import Document

    folder = sample_editions / "delegates" / "en"
    html = (folder / "participants.html").read_text(encoding="utf-8")
    assert "dritan.<wbr>dervishi@<wbr>example.<wbr>org" in html
    cells = [c.text for t in Document(folder / "participants.docx").tables for row in t.rows for c in row.cells]
    assert any(c.startswith("dritan.\u200bdervishi@\u200bexample.\u200borg") for c in cells)
    assert "dritan.dervishi@example.org" in READERS["docx"](folder / "participants.docx")  # as a reader sees it
