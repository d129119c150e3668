"""The secretariat's working pack (organisers' edition): name badges, table name cards, sign-in sheets, chair
briefings and certificates of attendance, measured in the PDF as the person who cuts, folds and hands them out
would check them. Expected people and settings are read from the inputs with openpyxl and PyYAML."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
import yaml
import zxingcpp
from docx import Document

from conftest import ROOT, SAMPLE, build, docx_text, sheet_rows, with_pack
from leakscan import PACK_WORDS, scan
from pipeline.cli import main

MM = 72 / 25.4
TOLERANCE = 0.5  # mm
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CLEAN = ROOT / "tests" / "fixtures" / "clean"
PACK = ("badges", "name-cards", "sign-in", "briefings", "certificates")



def _yes(value) -> bool:
    return str(value).strip().lower() in ("yes", "y", "true", "1", "oui")


def _came(value) -> bool:
    """The Attended column: yes, or the days they came ("5 Dec.")."""
    return str(value or "").strip().lower() not in ("", "no")


def _meta(inputs: Path) -> dict:
    return yaml.safe_load((inputs / "announcement.md").read_text(encoding="utf-8").split("---")[1])


def _box(page, x: float, y: float, w: float, h: float, pad: float = TOLERANCE) -> tuple[float, ...]:
    return ((x - pad) * MM, (y - pad) * MM, (x + w + pad) * MM, (y + h + pad) * MM)


def _inside(obj: dict, box: tuple[float, ...]) -> bool:
    return obj["x0"] >= box[0] and obj["top"] >= box[1] and obj["x1"] <= box[2] and obj["bottom"] <= box[3]


def _grid(preset: dict, offset=(0.0, 0.0)) -> list[tuple[float, float]]:
    """Each badge's top left corner on a sheet, in mm, from the preset's published dimensions."""
    return [(preset["left"] + offset[0] + c * preset["step_x"], preset["top"] + offset[1] + r * preset["step_y"])
            for r in range(preset["down"]) for c in range(preset["across"])]


HOLDER = {"width": 90, "height": 54, "across": 2, "down": 5, "left": 15, "top": 13.5, "step_x": 90, "step_y": 54}
LABELS = {"width": 80, "height": 50, "across": 2, "down": 5, "left": 18, "top": 13, "step_x": 95, "step_y": 55}


def badges_on(pdf_path: Path, preset: dict, offset=(0.0, 0.0)) -> list[dict]:
    """Every badge of the file, checked against the preset's grid: its text, images and band inside its box
    (within 0.5 mm), its band spanning its width at its foot, nothing of the page outside every box but the cut
    marks, and no cut mark crossing a badge. Returns each badge's lines of text, images and sizes."""
    found = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            assert abs(page.width / MM - 210) < 0.5 and abs(page.height / MM - 297) < 0.5
            boxes = [_box(page, x, y, preset["width"], preset["height"]) for x, y in _grid(preset, offset)]
            inner = [_box(page, x, y, preset["width"], preset["height"], -TOLERANCE) for x, y in _grid(preset, offset)]
            bands = [r for r in page.rects if r.get("non_stroking_color") not in (None, (0.0, 0.0, 0.0), (0,), [0])
                     and r["width"] > 20 * MM]
            marks = [r for r in page.rects if r not in bands]
            for obj in page.chars + page.images + bands:
                assert any(_inside(obj, box) for box in boxes), \
                    f"page {number}: {obj.get('text', obj.get('object_type'))} at {obj['x0'] / MM:.1f}, " \
                    f"{obj['top'] / MM:.1f} mm is outside every badge"
            for mark in marks:  # a cut mark lies in the margins: it crosses no badge's inside
                assert not any(mark["x1"] > b[0] and mark["x0"] < b[2] and mark["bottom"] > b[1] and mark["top"] < b[3]
                               for b in inner), f"page {number}: a mark crosses a badge"
            for box in boxes:
                chars = [c for c in page.chars if _inside(c, box)]
                if not chars:
                    continue
                band = [b for b in bands if _inside(b, box)]
                assert len(band) == 1, f"page {number}: {len(band)} bands on a badge"
                x0, top, x1, bottom = (v / MM for v in box)
                b = band[0]
                assert abs(b["x0"] / MM - (x0 + TOLERANCE)) < TOLERANCE and abs(b["x1"] / MM - (x1 - TOLERANCE)) \
                    < TOLERANCE and abs(b["bottom"] / MM - (bottom - TOLERANCE)) < TOLERANCE, "band off the grid"
                lines = page.crop(box).extract_text().split("\n")
                found.append({"lines": lines, "sizes": {round(c["size"], 1) for c in chars},
                              "images": [i for i in page.images if _inside(i, box)], "page": number, "box": box})
    return found


# --- the sample's pack ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def people() -> list[dict]:
    return sheet_rows(SAMPLE / "participants.xlsx")


def test_the_organisers_index_lists_the_pack_and_no_other_edition_has_it(sample_editions):
    for lang in ("en", "fr"):
        folder = sample_editions / "organisers" / lang
        index = (folder / "index-internal.html").read_text(encoding="utf-8")
        for doc in PACK:
            assert f'href="{doc}-internal.pdf"' in index, doc
            assert (folder / f"{doc}-internal.pdf").stat().st_size > 0
        for doc in ("sign-in", "briefings"):
            assert f'href="{doc}-internal.docx"' in index
    for edition in ("public", "delegates"):
        names = {p.name for p in (sample_editions / edition).rglob("*")}
        assert not any(name.startswith(PACK) for name in names), edition
        index = (sample_editions / edition / "en" / "index.html").read_text(encoding="utf-8")
        assert not any(f'href="{doc}' in index for doc in PACK)


def test_the_leak_scan_sees_the_pack_where_it_is(sample_editions, tmp_path):
    """test_editions.py scans the public and the delegates' editions for PACK_WORDS (beside each edition's
    personal data); here, that the scan does find them in the pack."""
    for name in ("briefings-internal.pdf", "badges-internal.pdf", "sign-in-internal.docx"):
        shutil.copy(sample_editions / "organisers" / "en" / name, tmp_path / name)
    found = scan(tmp_path, PACK_WORDS)
    assert any(f.startswith("briefings-internal.pdf") and "Chair briefings" in f for f in found)
    assert any(f.startswith("badges-internal.pdf") and "Name badges" in f for f in found)  # its properties
    assert any(f.startswith("sign-in-internal.docx") and "Sign-in sheets" in f for f in found)


def _on_stage(person: dict) -> bool:
    """Named as a chair or a speaker in the sample's programme."""
    names = " ".join(str(row.get(c) or "") for row in sheet_rows(SAMPLE / "programme.xlsx") for c in ("Chair", "Speakers"))
    return f"{person['First name']} {person['Last name']}" in names


def test_every_registered_person_has_one_badge_on_the_holders_grid(sample_editions, people):
    badges = badges_on(sample_editions / "organisers" / "en" / "badges-internal.pdf", HOLDER)
    printed = Counter((b["lines"][0], b["lines"][1]) for b in badges)
    expected = Counter((p["First name"], p["Last name"]) for p in people)
    assert printed == expected
    role = {(b["lines"][0], b["lines"][1]): b["lines"][-1] for b in badges}
    for p in people:
        speaks = _on_stage(p)
        expected_role = "SPEAKER/CHAIR" if speaks else {"media": "PRESS", "secretariat": "ORGANISER"}.get(
            p["Category"], "DELEGATE")
        assert role[p["First name"], p["Last name"]] in expected_role.split("/"), p


def test_french_badges_say_the_role_in_a_womans_form_where_french_has_one(sample_editions, people):
    badges = badges_on(sample_editions / "organisers" / "fr" / "badges-internal.pdf", HOLDER)
    by_name = {(b["lines"][0], b["lines"][1]): b["lines"][-1] for b in badges}
    women = [p for p in people if p["Title"] == "Ms" and p["Category"] == "media" and not _on_stage(p)]
    assert women and all(by_name[p["First name"], p["Last name"]] == "PRESSE" for p in women)
    delegates = {by_name[p["First name"], p["Last name"]] for p in people
                 if p["Category"] == "government" and not _on_stage(p)}
    assert {"DÉLÉGUÉE", "DÉLÉGUÉ"} & delegates and not delegates & {"DELEGATE"}


def test_every_participant_has_one_tent_card_whose_upper_half_is_turned(sample_editions, people):
    with pdfplumber.open(sample_editions / "organisers" / "en" / "name-cards-internal.pdf") as pdf:
        assert len(pdf.pages) == len(people)
        names = []
        for page in pdf.pages:
            fold = page.height / 2
            upper = [c for c in page.chars if c["bottom"] <= fold]
            lower = [c for c in page.chars if c["top"] >= fold]
            assert len(upper) + len(lower) == len(page.chars), "a character lies across the fold"
            assert upper and all(c["matrix"][0] < 0 and c["matrix"][3] < 0 for c in upper), "upper half not turned"
            assert lower and all(c["matrix"][0] > 0 and c["matrix"][3] > 0 for c in lower)
            assert Counter(c["text"] for c in upper) == Counter(c["text"] for c in lower)
            names.append(page.crop((0, fold, page.width, page.height)).extract_text().split("\n")[0])
    expected = Counter(" ".join(x for x in (p["Title"], p["First name"], p["Last name"]) if x) for p in people)
    assert Counter(names) == expected


def _sheet_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def test_each_day_has_a_sign_in_sheet_with_everyone_once_numbered_on_its_own(sample_editions, people):
    pages = _sheet_pages(sample_editions / "organisers" / "en" / "sign-in-internal.pdf")
    days = ["Tuesday 4 December 2012", "Wednesday 5 December 2012"]
    sheets: dict[str, list[str]] = {}
    for text in pages:
        day = next(d for d in days if d in text.split("\n")[1] or d in text.split("\n")[0])
        sheets.setdefault(day, []).append(text)
    assert list(sheets) == days
    for day, texts in sheets.items():
        total = len(texts)
        for n, text in enumerate(texts, start=1):
            assert f"Page {n} of {total}" in text, (day, n)
        body = "\n".join(texts)
        for p in people:
            name = " ".join(x for x in (p["Title"], p["First name"], p["Last name"]) if x)
            assert body.count(name) == 1, (day, name)


def test_sign_in_rows_are_ten_millimetres_and_no_group_heading_ends_a_page(sample_editions, people):
    countries = {p["Country"] for p in people}
    with pdfplumber.open(sample_editions / "organisers" / "en" / "sign-in-internal.pdf") as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            # The signature column's left rule, one segment per person's row: each at least 10 mm high.
            rules = [r for r in page.lines if r["height"] > 5 * MM and r["width"] < 1]
            assert rules and all(r["height"] >= 10 * MM for r in rules), number
            # The last line that starts at the left margin, above the foot: a person's name, never a heading.
            left = [line for line in page.extract_text_lines() if line["x0"] < 20 * MM and line["top"] < 275 * MM]
            assert left[-1]["text"] not in countries, f"page {number} ends with the heading {left[-1]['text']}"
            assert "NAME ORGANISATION SIGNATURE" in page.extract_text(), f"no column headings on page {number}"


def test_sign_in_docx_has_a_section_per_day_and_tall_rows_under_a_repeated_header(sample_editions, people):
    doc = Document(sample_editions / "organisers" / "fr" / "sign-in-internal.docx")
    assert len(doc.sections) == 2
    assert [s.header.paragraphs[-1].text.split(" — ")[-1] for s in doc.sections] == \
        ["mardi 4 décembre 2012", "mercredi 5 décembre 2012"]
    assert all(s._sectPr.find(f"{W}pgNumType").get(f"{W}start") == "1" for s in doc.sections)  # numbered anew
    for table in doc.tables:
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
        persons = [row for row in table.rows[1:] if len(row._tr.tc_lst) == 3]
        assert len(persons) == len(people)
        assert all(row.height is not None and row.height >= 10 * 36000 - 1 for row in persons)


def test_each_chair_has_a_briefing_from_a_new_page(sample_editions):
    programme = sheet_rows(SAMPLE / "programme.xlsx")
    chairs = {c.strip() for row in programme if row.get("Chair") for c in str(row["Chair"]).split(";")}
    with pdfplumber.open(sample_editions / "organisers" / "en" / "briefings-internal.pdf") as pdf:
        heads = []
        for page in pdf.pages:
            big = [c for c in page.chars if round(c["size"]) == 16]
            if big:
                heads.append("".join(c["text"] for c in big))
                first = min(page.chars, key=lambda c: c["top"] if round(c["size"]) >= 16 else 1e9)
                assert first["top"] < 80 * MM  # at the top of its page: a new page
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert sorted(h.replace(" ", "") for h in heads) == sorted(c.replace(" ", "") for c in chairs)
    # The opening statement: 20 minutes, one speaker, discussion_minutes: 10 kept for discussion.
    assert "1 speaker, 10 minutes; 10 minutes of discussion" in re.sub(r"\s+", " ", text)
    body = docx_text(sample_editions / "organisers" / "en" / "briefings-internal.docx")
    for row in programme:
        if row.get("Chair"):
            for speaker in str(row.get("Speakers") or "").split(";"):
                assert speaker.split()[-1] in body


def test_every_attendee_has_one_signed_certificate(sample_editions, people):
    attended = [p for p in people if _came(p["Attended"])]
    assert 0 < len(attended) < len(people)
    meta = _meta(SAMPLE)
    with pdfplumber.open(sample_editions / "organisers" / "en" / "certificates-internal.pdf") as pdf:
        assert len(pdf.pages) == len(attended)
        texts = [re.sub(r"\s+", " ", page.extract_text()) for page in pdf.pages]
        assert all(page.images for page in pdf.pages), "a certificate without its signature"
    for p in people:
        name = " ".join(x for x in (p["Title"], p["First name"], p["Last name"]) if x)
        assert sum(name in t for t in texts) == (1 if _came(p["Attended"]) else 0), name
    assert all(meta["signatory"] in t and meta["city"] in t and "4–5 December 2012" in t for t in texts)


# --- small events: presets, long names, consent, settings, validation ----------------------------

def small_event(tmp_path: Path, settings: str = "", attended: bool = True, extra: list[tuple] = ()) -> Path:
    """The clean fixture (ten people) with pack settings added to its announcement, an Attended column and
    extra people (Title, First name, Last name, Share contact)."""
    inputs = with_pack(Path(shutil.copytree(CLEAN, tmp_path / "inputs")))
    announcement = inputs / "announcement.md"
    text = announcement.read_text(encoding="utf-8")
    announcement.write_text(text.replace("\n---\n", f"\n{settings}\n---\n", 1), encoding="utf-8")
    wb = openpyxl.load_workbook(inputs / "participants.xlsx")
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for title, first, last, share in extra:
        row = dict(zip(header, [c.value for c in ws[2]]))
        row.update({"Title": title, "First name": first, "Last name": last, "Share contact": share,
                    "Email": f"{len(first + last)}.{last[:8].lower()}@example.org".replace(" ", "")})
        ws.append([row[h] for h in header])
    if attended:
        ws.cell(1, ws.max_column + 1, "Attended")
        for r in range(2, ws.max_row + 1):
            ws.cell(r, ws.max_column, "no" if r == 3 else "yes")
    wb.save(inputs / "participants.xlsx")
    return inputs


LONG_FIRST, LONG_LAST = "Maria-Konstantina Alexandrovna", "Papadopoulou-Wolfeschlegelsteinhausen"  # 30 + 1 + 37
URL = "https://example.org/prevention-in-practice"
OFFSET = (1.5, -0.8)


@pytest.fixture(scope="module")
def labelled(tmp_path_factory, people) -> tuple[Path, Path]:
    """The clean fixture on Avery L4785 labels with a printer's offset and the event's address, with a
    68-character name and the sample's longest real one added: its inputs, and its organisers' English folder."""
    tmp_path = tmp_path_factory.mktemp("labels")
    longest = max(people, key=lambda p: len(p["First name"] + p["Last name"]))
    inputs = small_event(tmp_path, f"badge_preset: Avery L4785\nbadge_offset: {OFFSET[0]}, {OFFSET[1]}\nurl: {URL}",
                         extra=[("Ms", LONG_FIRST, LONG_LAST, "no"),
                                ("Mr", longest["First name"], longest["Last name"], "yes")])
    assert build(inputs, tmp_path / "out", "organisers") == 0
    return inputs, tmp_path / "out" / "organisers" / "en"


def test_label_sheets_sit_on_the_avery_grid_with_the_printers_offset(labelled):
    inputs, folder = labelled
    badges = badges_on(folder / "badges-internal.pdf", LABELS, OFFSET)
    assert len(badges) == len(sheet_rows(inputs / "participants.xlsx"))
    first = min(badges, key=lambda b: (b["page"], b["box"][1], b["box"][0]))
    assert abs(first["box"][0] / MM + TOLERANCE - 19.5) < 0.01 and abs(first["box"][1] / MM + TOLERANCE - 12.2) < 0.01


def test_a_long_name_shrinks_and_wraps_but_is_never_cut(labelled, people):
    inputs, folder = labelled
    longest = max(people, key=lambda p: len(p["First name"] + p["Last name"]))
    assert len(f"{LONG_FIRST} {LONG_LAST}") == 68 and len(LONG_LAST) > 30
    badges = badges_on(folder / "badges-internal.pdf", LABELS, OFFSET)  # every character inside its badge
    solid = lambda text: re.sub(r"[\s\u00ad\u2010-]", "", text)  # noqa: E731
    for first, last in ((LONG_FIRST, LONG_LAST), (longest["First name"], longest["Last name"])):
        badge = next(b for b in badges if solid(first)[:6] in solid(b["lines"][0]))
        assert solid(first + last) in solid("".join(badge["lines"])), badge["lines"]
        assert min(badge["sizes"]) >= 5.5  # the organisation's smallest size on a label; names stay larger
    with pdfplumber.open(folder / "name-cards-internal.pdf") as pdf:
        page = next(p for p in pdf.pages if "Wolfe" in p.extract_text())
        lower = page.crop((0, page.height / 2, page.width, page.height))
        assert solid(f"Ms{LONG_FIRST}{LONG_LAST}") in solid(lower.extract_text())
        assert all(c["x0"] >= 10 * MM and c["x1"] <= page.width - 10 * MM for c in page.chars)


def _qr_codes(pdf_path: Path) -> list[tuple[int, str, tuple[float, float]]]:
    """The QR codes of every page, read back from the page printed at 300 dpi: (page, text, centre in mm)."""
    scale, found = 25.4 / 300, []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            image = page.to_image(resolution=300).original
            found += [(number, code.text, ((code.position.top_left.x + code.position.bottom_right.x) / 2 * scale,
                                           (code.position.top_left.y + code.position.bottom_right.y) / 2 * scale))
                      for code in zxingcpp.read_barcodes(image)]
    return found


def test_a_badges_qr_code_carries_a_contact_only_for_those_who_agreed(labelled):
    inputs, folder = labelled
    pdf = folder / "badges-internal.pdf"
    people = sheet_rows(inputs / "participants.xlsx")
    codes = _qr_codes(pdf)
    assert len(codes) == len(people)
    badges = badges_on(pdf, LABELS, OFFSET)
    for page, text, (x, y) in codes:
        badge = next(b for b in badges if b["page"] == page and b["box"][0] / MM < x < b["box"][2] / MM
                     and b["box"][1] / MM < y < b["box"][3] / MM)
        person = next(p for p in people if (p["First name"], p["Last name"]) == tuple(badge["lines"][:2]))
        if _yes(person["Share contact"]):
            assert text.startswith("BEGIN:VCARD") and person["Email"] in text, person
        else:
            assert text == URL, (person["Last name"], text)
            assert person["Email"] not in text and str(person["Phone"]) not in text


def test_without_an_attended_column_no_certificates_and_the_build_says_so(tmp_path, capsys):
    inputs = small_event(tmp_path, "sign_in: per_session\ndiscussion_minutes: 30", attended=False)
    assert build(inputs, tmp_path / "out", "organisers") == 0
    said = capsys.readouterr().err
    assert said.count("no certificates of attendance: the participants table has no Attended column") == 1
    folder = tmp_path / "out" / "organisers" / "en"
    assert not (folder / "certificates-internal.pdf").exists()
    assert "certificates-internal" not in (folder / "index-internal.html").read_text(encoding="utf-8")
    # per_session: a sheet for each session that is not a break (four of the seven items).
    pages = _sheet_pages(folder / "sign-in-internal.pdf")
    assert sum("Page 1 of" in text for text in pages) == 4
    assert any("Prevention at the source" in text for text in pages)
    assert not any("Coffee break" in text for text in pages)
    # 90 minutes, two speakers, 30 minutes of discussion: 30 minutes each.
    briefings = re.sub(r"\s+", " ", "".join(_sheet_pages(folder / "briefings-internal.pdf")))
    assert "2 speakers, 30 minutes each; 30 minutes of discussion" in briefings


def test_bad_pack_settings_are_each_reported_in_one_run(tmp_path, capsys):
    inputs = small_event(tmp_path, "badge_preset: A7 cards\nbadge_offset: left a bit\nsign_in: hourly\n"
                                   "signature: photos/missing.png\nworking_pack: [badges, posters]")
    (inputs / "not-an-image.png").write_text("hello")
    ws_path = inputs / "participants.xlsx"
    wb = openpyxl.load_workbook(ws_path)
    ws = wb.worksheets[0]
    ws.cell(4, ws.max_column, "maybe")
    wb.save(ws_path)
    assert main(["validate", "--inputs", str(inputs)]) == 1
    said = "".join(capsys.readouterr())
    for expected in ('announcement.md, field "badge_preset": "A7 cards" is not a badge preset',
                     'announcement.md, field "badge_offset": "left a bit" is not an offset in millimetres',
                     'announcement.md, field "sign_in": "hourly" is not a way to make sign-in sheets',
                     'announcement.md, field "signature": signature "photos/missing.png" does not exist',
                     'announcement.md, field "working_pack": "posters" is not a document of the working pack',
                     'row 4, column "Attended": "maybe" is not yes, no or a day'):
        assert expected in re.sub(r"\s+", " ", said), expected
    text = (inputs / "announcement.md").read_text(encoding="utf-8")
    (inputs / "announcement.md").write_text(text.replace("photos/missing.png", "not-an-image.png"), encoding="utf-8")
    assert main(["validate", "--inputs", str(inputs)]) == 1
    assert 'signature "not-an-image.png" is not a readable image' in "".join(capsys.readouterr())
