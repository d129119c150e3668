"""The list of participants grouped as announcement.md says (participant_groups), in both languages, with the
default that reproduces one group per country and one of international organisations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from conftest import READERS, ROOT, build
from pipeline.cli import main

GROUPS = """participant_groups:
  - name: {en: Member States, fr: États membres}
    countries: [BG, United Kingdom, MK, MD, NL, Russian Federation]
  - name: {en: Other countries, fr: Autres pays}
    countries: all
  - name: {en: International organisations, fr: Organisations internationales}
    organisations: all
languages: [en, fr]
"""


def _event(tmp_path: Path, settings: str) -> Path:
    inputs = Path(shutil.copytree(ROOT / "tests" / "fixtures" / "clean", tmp_path / "inputs"))
    announcement = inputs / "announcement.md"
    announcement.write_text(announcement.read_text(encoding="utf-8").replace("\n---\n", "\n" + settings + "---\n", 1),
                            encoding="utf-8")
    return inputs


@pytest.fixture(scope="module")
def grouped(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("grouped")
    assert build(_event(tmp, GROUPS), tmp / "out", "public") == 0
    return tmp / "out" / "public"


@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("lang, order", [
    ("en", ["Member States", "Bulgaria (2)", "Russian Federation (1)", "Other countries", "Kosovo* (1)",
            "International organisations (1)"]),
    ("fr", ["États membres", "Bulgarie (2)", "Royaume-Uni (1)", "Autres pays", "Kosovo* (1)",
            "Organisations internationales (1)"]),
])
def test_groups_in_the_order_given_each_country_inside_its_group(grouped, lang, order, fmt):
    text = READERS[fmt](grouped / lang / f"participants.{fmt}")
    places = [text.find(heading) for heading in order]
    assert -1 not in places and places == sorted(places), dict(zip(order, places))


def test_a_group_heads_its_countries_in_every_format(grouped):
    html = (grouped / "en" / "participants.html").read_text(encoding="utf-8")
    assert '<h2 class="section group-section">Member States</h2>' in html
    assert '<h3 class="section" id="country-bg-h">Bulgaria' in html
    styles = {p.text.split(" (")[0]: p.style.name for p in Document(grouped / "fr" / "participants.docx").paragraphs
              if p.style.name.startswith("Heading")}
    assert styles["États membres"] == "Heading 1" and styles["Bulgarie"] == "Heading 2"
    assert styles["Organisations internationales"] == "Heading 1"


def test_without_groups_the_list_is_one_group_per_country(tmp_path):
    assert build(_event(tmp_path, ""), tmp_path / "out", "public") == 0
    html = (tmp_path / "out" / "public" / "en" / "participants.html").read_text(encoding="utf-8")
    assert "group-section" not in html and '<h2 class="section" id="country-bg-h">Bulgaria' in html


def test_a_wrong_group_is_a_located_error(tmp_path, capsys):
    inputs = _event(tmp_path, "participant_groups:\n  - name: Member States\n    countries: [Atlantis]\n")
    assert main(["validate", "--inputs", str(inputs)]) == 1
    err = capsys.readouterr().err
    assert 'announcement.md, field "participant_groups"' in err and '"Atlantis" is not a country' in err
