"""Writes the Sofia sample inputs into inputs/ (run once; the files are committed).

    .venv/bin/python tools/make_sample_inputs.py

The spreadsheets, bios and drawn portraits it writes are what a secretariat
would edit by hand; this script only exists so that the sample can be
regenerated and reviewed as text. Needs openpyxl (a test dependency).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw

import sample_french as french
from sample_people import SPEAKERS

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"
DAY1, DAY2 = dt.date(2012, 12, 4), dt.date(2012, 12, 5)
PLENARY = "Plenary Hall"
FOYER = "Foyer"


def who(*keys: str) -> str:
    """Names as an organiser types them in the programme: 'Ms Elena Rusu; Dr …'."""
    return "; ".join(f"{SPEAKERS[k][0]} {SPEAKERS[k][1]} {SPEAKERS[k][2]}" for k in keys)


THEME1 = "Theme 1: Prevention at the source in countries of origin"
THEME2 = "Theme 2: Reducing demand in countries of destination"
THEME3 = "Theme 3: A human rights-based approach to prevention"
THEME4 = "Theme 4: International partnerships"

# date, start, end, type, theme, title, chair, speakers, room, notes
PROGRAMME = [
    (DAY1, "08:30", "09:30", "registration", "", "Registration of participants", "", "", FOYER,
     "Badges are handed out at the desk; please bring an identity document."),
    (DAY1, "09:30", "09:50", "opening", "", "Opening statement", who("brenner"), who("ruotanen"), PLENARY, ""),
    (DAY1, "09:50", "10:10", "opening", "", "Welcome on behalf of the host country", who("brenner"), who("petkova"), PLENARY,
     "Address in Bulgarian with simultaneous interpretation into English."),
    (DAY1, "10:10", "10:40", "keynote", "", "Why prevention fails, and what makes it work", who("brenner"), who("solheim"), PLENARY, ""),
    (DAY1, "10:40", "11:10", "break", "", "Coffee break", "", "", FOYER, ""),
    (DAY1, "11:10", "13:00", "panel", THEME1,
     "Poverty, exclusion and discrimination: reducing vulnerability before recruitment",
     who("rusu"), who("hoxha", "dumitrescu", "kovalenko", "horvath"), PLENARY,
     "Questions from the floor after the last speaker."),
    (DAY1, "13:00", "14:30", "lunch", "", "Lunch", "", "", "Restaurant Vitosha", "Offered by the host country."),
    (DAY1, "14:30", "16:00", "panel", THEME2,
     "Discouraging the demand that fosters sexual exploitation",
     who("sjoberg"), who("lefevre", "obrien", "kohler", "fernandez"), PLENARY, ""),
    (DAY1, "16:00", "16:30", "break", "", "Coffee break", "", "", FOYER, ""),
    (DAY1, "16:30", "18:00", "panel", THEME2,
     "Labour exploitation and supply chains: the role of inspectors, business and trade unions",
     who("vanderberg"), who("wisniewski", "ostergaard", "bianchi"), PLENARY, ""),
    (DAY1, "19:00", "21:00", "reception", "", "Reception offered by the National Commission for Combating Trafficking in Human Beings",
     "", "", "Restaurant Vitosha", ""),
    (DAY2, "09:00", "10:45", "panel", THEME3,
     "Putting the rights of the person at the centre of prevention",
     who("beridze"), who("markovic", "demir", "kovacevic", "novakova"), PLENARY, ""),
    (DAY2, "10:45", "11:15", "break", "", "Coffee break", "", "", FOYER, ""),
    (DAY2, "11:15", "12:45", "panel", THEME4,
     "Working together across borders: co-ordination, referral and data",
     who("holub"), who("berzina", "bernasconi", "stojanovski", "magi", "gruber"), PLENARY, ""),
    (DAY2, "12:45", "14:00", "lunch", "", "Lunch", "", "", "Restaurant Vitosha", ""),
    (DAY2, "14:00", "15:15", "panel", "",
     "Round table: from GRETA's recommendations to national action",
     who("brenner"), who("papadopoulos", "horvat", "mammadov"), PLENARY, ""),
    (DAY2, "15:15", "15:45", "conclusions", "", "Conclusions of the general rapporteur", "", who("whitfield"), PLENARY, ""),
    (DAY2, "15:45", "16:15", "closing", "", "Closing of the conference", "", who("petkova", "brenner"), PLENARY, ""),
]

# Other participants: country → (female first names, male first names, last names).
# Last names are given as a woman of that country would write them where the
# language marks gender; men take the second form after "|".
NAMES = {
    "Albania": ("Blerina Ermira Anila", "Gentian Ilir Dritan", "Shehu Leka Dervishi Çela"),
    "Armenia": ("Anahit Lusine Gayane", "Armen Tigran Aram", "Harutyunyan Sargsyan Grigoryan"),
    "Austria": ("Katharina Johanna Elisabeth", "Stefan Andreas Wolfgang", "Huber Wagner Pichler Müller"),
    "Azerbaijan": ("Leyla Aynur Günay", "Elçin Tural Rəşad", "Əliyeva|Əliyev Hüseynova|Hüseynov"),
    "Belgium": ("Anne-Sophie Lien Véronique", "Wouter Jean-Marc Bart", "Peeters Dubois Janssens Lemaire"),
    "Bosnia and Herzegovina": ("Amra Lejla Jasmina", "Emir Dženan Mirza", "Hadžić Begović Softić"),
    "Bulgaria": ("Radostina Tsvetelina Mariya Yordanka Boryana Vesela",
                 "Georgi Nikolay Todor Plamen Stanimir Hristo",
                 "Ivanova|Ivanov Dimitrova|Dimitrov Georgieva|Georgiev Todorova|Todorov Stoyanova|Stoyanov "
                 "Nikolova|Nikolov Angelova|Angelov Kostadinova|Kostadinov Yordanova|Yordanov Zhelyazkova|Zhelyazkov"),
    "Croatia": ("Ivana Marija Petra", "Tomislav Krešimir Ante", "Babić Jurić Knežević"),
    "Czechia": ("Lucie Tereza Jana", "Jiří Petr Tomáš", "Dvořáková|Dvořák Černá|Černý Procházková|Procházka"),
    "Denmark": ("Mette Sofie Line", "Søren Anders Mikkel", "Jørgensen Nielsen Hansen"),
    "Finland": ("Aino Päivi Satu", "Jussi Mikko Antti", "Mäkinen Virtanen Heikkilä"),
    "France": ("Élodie Margaux Hélène", "François Étienne Julien", "Moreau Girard Bérenger"),
    "Georgia": ("Tamar Ketevan Nana", "Giorgi Levan Davit", "Kapanadze Gelashvili Lomidze"),
    "Germany": ("Anja Sabine Katrin", "Jürgen Tobias Klaus", "Schäfer Weiß Groß Becker"),
    "Greece": ("Eleni Katerina Sofia", "Giorgos Dimitris Kostas", "Papadaki|Papadakis Georgiou Nikolaou"),
    "Hungary": ("Katalin Eszter Réka", "Gábor László Zoltán", "Nagy Kovács Szabó Tóth"),
    "Ireland": ("Aoife Niamh Gráinne", "Seán Cian Eoin", "Murphy Ó_Súilleabháin Kelly"),
    "Italy": ("Giulia Francesca Chiara", "Niccolò Matteo Lorenzo", "Rossi Esposito Ricci Colombo"),
    "Latvia": ("Inese Līga Dace", "Jānis Andris Mārtiņš", "Ozola|Ozols Kalniņa|Kalniņš Liepiņa|Liepiņš"),
    "Lithuania": ("Rūta Aušra Eglė", "Tomas Mindaugas Žygimantas", "Kazlauskienė|Kazlauskas Petrauskienė|Petrauskas Jankauskaitė|Jankauskas"),
    "Moldova": ("Natalia Doina Ludmila", "Ion Vasile Sergiu", "Ceban Lungu Țurcanu Cojocaru"),
    "Montenegro": ("Milena Sanja Bojana", "Vuk Radoš Žarko", "Vujović Radulović Đukanović"),
    "Netherlands": ("Femke Marieke Anouk", "Joost Maarten Sjoerd", "de_Vries Bakker Visser"),
    "Norway": ("Ingvild Kari Solveig", "Øyvind Håkon Bjørn", "Haugen Bråthen Lie"),
    "Portugal": ("Inês Conceição Joana", "João Gonçalo Rui", "Gonçalves Simões Araújo"),
    "Poland": ("Małgorzata Agnieszka Joanna", "Paweł Łukasz Grzegorz", "Kowalska|Kowalski Zielińska|Zieliński Wójcik Kamińska|Kamiński"),
    "Romania": ("Andreea Mihaela Cristina", "Mihai Ștefan Răzvan", "Popescu Stănescu Constantinescu"),
    "Russian Federation": ("Ekaterina Olga Tatiana", "Sergey Alexey Dmitry", "Smirnova|Smirnov Kuznetsova|Kuznetsov Sokolova|Sokolov"),
    "Serbia": ("Milica Jovana Dragana", "Nikola Marko Dušan", "Petrović Jovanović Đorđević Nikolić"),
    "Slovakia": ("Zuzana Katarína Jana", "Peter Ľubomír Juraj", "Horváthová|Horváth Kováčová|Kováč Varga"),
    "Slovenia": ("Nina Špela Urška", "Matej Jože Rok", "Novak Krajnc Zupančič"),
    "Spain": ("María_José Nuria Begoña", "Íñigo Javier Álvaro", "Martínez López Sánchez Muñoz"),
    "Sweden": ("Åsa Linnéa Karin", "Björn Göran Per", "Lindström Åberg Nyström"),
    "Switzerland": ("Régine Ursula Chiara", "Beat Laurent Reto", "Zürcher Favre Brunner"),
    "Türkiye": ("Zeynep Elif Gülşen", "Mehmet Ömer Çağlar", "Yılmaz Şahin Öztürk"),
    "Ukraine": ("Oksana Iryna Halyna", "Andriy Serhiy Mykola", "Shevchenko Bondarenko Tkachenko"),
    "United Kingdom": ("Charlotte Rachel Fiona", "James Alistair Rhys", "Thompson MacLeod Evans"),
}

# How many further (non-speaker) participants each country sends.
EXTRA = {c: 2 for c in NAMES}
EXTRA.update({"Bulgaria": 18, "Albania": 3, "Moldova": 3, "Romania": 3, "Serbia": 3, "Ukraine": 3,
              "Armenia": 1, "Azerbaijan": 1, "Finland": 1, "Georgia": 1, "Ireland": 1, "Switzerland": 1,
              "Denmark": 1, "Latvia": 1, "Slovenia": 1, "Lithuania": 1, "Slovakia": 1})

# Staff of international organisations beyond the speakers: (org, honorific, first, last, position, organisation).
IO_STAFF = [
    ("Council of Europe", "Ms", "Claire", "Dupont-Aignan", "Administrator, Anti-Trafficking Division", "Council of Europe"),
    ("Council of Europe", "Mr", "Paolo", "Venturini", "Administrator, Anti-Trafficking Division", "Council of Europe"),
    ("Council of Europe", "Ms", "Hanna", "Wróblewska", "Assistant, Anti-Trafficking Division", "Council of Europe"),
    ("Council of Europe", "Ms", "Mirela", "Stanković", "Programme Officer, Council of Europe Office in Sofia", "Council of Europe"),
    ("Council of Europe", "Mr", "Thomas", "Keller", "Interpreter", "Council of Europe"),
    ("UNODC", "Mr", "Kamil", "Nurmagambetov", "Programme Officer, Regional Programme for South Eastern Europe",
     "United Nations Office on Drugs and Crime (UNODC)"),
    ("IOM", "Ms", "Radka", "Slavova", "Head of Office, IOM Sofia", "International Organization for Migration (IOM)"),
    ("IOM", "Mr", "Jean-Baptiste", "Mbeki-Laurent", "Regional Counter-Trafficking Specialist", "International Organization for Migration (IOM)"),
    ("OSCE/ODIHR", "Ms", "Alma", "Hasanović", "Human Rights Officer",
     "OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR)"),
    ("EU", "Mr", "Antoine", "Mercier", "Desk Officer, Directorate-General for Home Affairs", "European Commission"),
    ("ICMPD", "Ms", "Vesna", "Ilić", "Programme Officer, Anti-Trafficking Programme",
     "International Centre for Migration Policy Development (ICMPD)"),
]

# Roles in the seed's mix, each (category, position, organisation pattern).
ROLES = [
    ("government", "Senior Expert, Anti-Trafficking Unit", "Ministry of Interior"),
    ("government", "Adviser, Department of Social Inclusion", "Ministry of Labour and Social Policy"),
    ("government", "Policy Officer", "Office of the National Anti-Trafficking Co-ordinator"),
    ("diplomatic", "Counsellor", "Embassy of {country} in Sofia"),
    ("diplomatic", "First Secretary", "Permanent Representation of {country} to the Council of Europe"),
    ("law enforcement", "Police Inspector, Organised Crime Unit", "National Police"),
    ("law enforcement", "Prosecutor", "Prosecutor General's Office"),
    ("law enforcement", "Border Police Officer", "Border Police"),
    ("social services", "Social Worker", "{city} Social Assistance Directorate"),
    ("social services", "Psychologist, Crisis Centre", "{city} Municipality"),
    ("business", "Compliance Manager", "{city} Hotels Group"),
    ("business", "Head of Human Resources", "Transport and Logistics Association"),
    ("civil society", "Programme Officer", "{city} Women's Centre"),
    ("civil society", "Project Co-ordinator", "Children's Rights Network"),
    ("academia", "Researcher", "University of {city}"),
    ("academia", "Lecturer in Social Policy", "University of {city}"),
    ("media", "Journalist", "{city} Daily"),
]
CITY = {
    "Albania": "Tirana", "Armenia": "Yerevan", "Austria": "Vienna", "Azerbaijan": "Baku", "Belgium": "Brussels",
    "Bosnia and Herzegovina": "Sarajevo", "Bulgaria": "Sofia", "Croatia": "Zagreb", "Czechia": "Brno",
    "Denmark": "Aarhus", "Finland": "Tampere", "France": "Marseille", "Georgia": "Kutaisi", "Germany": "Leipzig",
    "Greece": "Thessaloniki", "Hungary": "Debrecen", "Ireland": "Galway", "Italy": "Turin", "Latvia": "Riga",
    "Lithuania": "Vilnius", "Moldova": "Chișinău", "Montenegro": "Podgorica", "Portugal": "Porto", "Netherlands": "Utrecht", "Norway": "Trondheim",
    "Poland": "Kraków", "Romania": "Iași", "Russian Federation": "Saint Petersburg", "Serbia": "Niš",
    "Slovakia": "Košice", "Slovenia": "Maribor", "Spain": "Valencia", "Sweden": "Malmö",
    "Switzerland": "Geneva", "Türkiye": "İzmir", "Ukraine": "Lviv", "United Kingdom": "Glasgow",
}
# A few Bulgarian participants give their organisation in Bulgarian, as they would on a registration form.
BULGARIAN_ORGS = [
    ("social services", "Social Worker", "Агенция за социално подпомагане, Пловдив"),
    ("civil society", "Programme Officer", "Фондация „Асоциация Анимус“"),
    ("government", "Chief Expert", "Министерство на вътрешните работи"),
]
SPEAKER_CATEGORY = {
    **dict.fromkeys(["ruotanen", "brenner", "kovalenko", "bernasconi", "stojanovski", "magi", "gruber"],
                    "international organisation"),
    **dict.fromkeys(["solheim", "kohler", "beridze", "whitfield"], "academia"),
    **dict.fromkeys(["hoxha", "horvath", "markovic", "bianchi"], "civil society"),
    "sjoberg": "diplomatic", "obrien": "law enforcement", "fernandez": "media",
    "ostergaard": "business", "novakova": "social services", "wisniewski": "law enforcement",
}
NOT_LISTED = 4  # participants who did not consent to be listed


def ascii_slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    text = text.replace("ı", "i").replace("ə", "e").replace("Ə", "E").replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", ".", text.lower()).strip(".")


def make_participants(rng: random.Random) -> list[list]:
    rows = []
    used = set()
    genders: dict[tuple[str, str], str] = {}

    def add(honorific, first, last, organisation, position, country, category, listed=True, french_position=None,
            female=None):
        if female is None and honorific in ("Ms", "Mr"):
            female = honorific == "Ms"
        genders[first, last] = "" if female is None else "woman" if female else "man"
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@example.org"
        assert email not in used, email
        used.add(email)
        share = rng.random() < 0.7
        if french_position is None:
            french_position = french.POSITIONS.get(position, ("", ""))[1 if female else 0]
        rows.append([honorific, first, last, organisation, position, country, category,
                     email, "yes" if listed else "no", "yes" if share else "no", french_position])

    for key, (hon, first, last, country, position, org, _photo, _bio) in SPEAKERS.items():
        add(hon, first, last, org, position, country, SPEAKER_CATEGORY.get(key, "government"),
            french_position=french.BIOS[bio_slug(first, last)][0])
        if key == "ruotanen":  # the one real person: no invented contact details
            rows[-1][7] = ""
            rows[-1][9] = "no"
    for country, hon, first, last, position, org in IO_STAFF:
        # The Council of Europe's own staff run the conference: the secretariat (their badges say so).
        add(hon, first, last, org, position, country,
            "secretariat" if country == "Council of Europe" else "international organisation", female=hon == "Ms")

    bulgarian = list(BULGARIAN_ORGS)
    for country, count in EXTRA.items():
        females, males, lasts = (s.split() for s in NAMES[country])
        for _ in range(count):
            for _attempt in range(50):
                female = rng.random() < 0.55
                first = rng.choice(females if female else males).replace("_", " ")
                last_forms = rng.choice(lasts).split("|")
                last = last_forms[0] if female or len(last_forms) == 1 else last_forms[1]
                last = last.replace("_", " ")
                if f"{ascii_slug(first)}.{ascii_slug(last)}@example.org" not in used:
                    break
            if country == "Bulgaria" and bulgarian:
                category, position, org = bulgarian.pop()
            else:
                category, position, org = rng.choice(ROLES)
            org = org.format(country=country, city=CITY[country])
            honorific = rng.choice(["Dr", "Ms", "Ms"] if female else ["Dr", "Mr", "Mr"])
            if category == "academia" and rng.random() < 0.4:
                honorific = "Prof"
            add(honorific, first, last, org, position, country, category, female=female)

    # Withhold consent for a few people from countries that still keep a listed delegate.
    by_country: dict[str, list[list]] = {}
    for row in rows:
        by_country.setdefault(row[5], []).append(row)
    candidates = [r for c, rs in by_country.items() if len(rs) >= 3 and c not in {"Council of Europe"}
                  for r in rs if r[6] not in {"speaker", "international organisation"}]
    for row in rng.sample(candidates, NOT_LISTED):
        row[8] = "no"
    rng.shuffle(rows)  # registration order, not directory order
    for n, row in enumerate(rows):  # fictional numbers (555), as people type them; none for Ms Ruotanen
        row.insert(10, f"+359 2 555 {n:04d}" if row[7] else "")
    # Filled in after the event, for the certificates of attendance: a few registered people did not come.
    attendance = random.Random(1205)
    for row in rows:
        row.append("no" if attendance.random() < 0.06 else "yes")
    # The language of each person's letters and certificate (empty: the event's first, English): those from
    # French-speaking countries and two of the secretariat; and who needs a visa to enter Bulgaria, whose
    # invitation then says what the consulate needs (no passport data is asked for).
    secretariat = 0
    for row in rows:
        secretariat += row[5] == "Council of Europe"
        reads_french = row[5] in FRENCH_READERS or (row[5] == "Council of Europe" and secretariat in (2, 5))
        row += ["fr" if reads_french else "", "yes" if row[5] in NEEDS_VISA else ""]
    # The Gender column, as registration forms ask it: a few did not answer, one gave another answer.
    answers = random.Random(1204)
    for n, row in enumerate(rows):
        gender = genders[row[1], row[2]]
        row.append("not given" if not gender or answers.random() < 0.04 else
                   "another answer" if n == 77 else gender)
    return rows


FRENCH_READERS = {"France", "Belgium", "Switzerland"}
NEEDS_VISA = {"Azerbaijan", "Armenia", "Georgia", "Russian Federation", "Ukraine", "Türkiye"}


def write_sheet(path: Path, sheet: str, header: list[str], rows: list[list], widths: list[int]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(cell.value, dt.time):
                cell.number_format = "HH:MM"
    ws.freeze_panes = "A2"
    # Fixed document properties keep the committed file stable across regenerations.
    wb.properties.creator = "Conference secretariat"
    wb.properties.created = wb.properties.modified = dt.datetime(2012, 11, 20, 9, 0)
    wb.save(path)


def write_programme() -> None:
    rows = []
    for date, start, end, kind, theme, title, chair, speakers, room, notes in PROGRAMME:
        rows.append([date, dt.time.fromisoformat(start), dt.time.fromisoformat(end), kind, theme, title,
                     chair, speakers, room, notes,
                     *(french.PROGRAMME[text] if text else "" for text in (theme, title, room, notes))])
    write_sheet(INPUTS / "programme.xlsx", "Programme",
                ["Date", "Start", "End", "Type", "Theme", "Title", "Chair", "Speakers", "Room", "Notes",
                 "Theme (fr)", "Title (fr)", "Room (fr)", "Notes (fr)"],
                rows, [12, 8, 8, 13, 40, 50, 25, 50, 18, 40, 40, 50, 18, 40])


def write_participants() -> None:
    rows = make_participants(random.Random(2012))
    write_sheet(INPUTS / "participants.xlsx", "Participants",
                ["Title", "First name", "Last name", "Organisation", "Position", "Country", "Category",
                 "Email", "Listed", "Share contact", "Phone", "Position (fr)", "Attended", "Language", "Visa",
                 "Gender"],
                rows, [7, 16, 20, 40, 40, 20, 22, 36, 8, 13, 16, 40, 10, 10, 8, 14])


def draw_portrait(path: Path, seed: int) -> None:
    """A drawn head-and-shoulders silhouette: a stand-in photo, of nobody."""
    rng = random.Random(seed)
    bg = tuple(rng.randint(190, 230) for _ in range(3))
    fg = tuple(rng.randint(60, 120) for _ in range(3))
    img = Image.new("RGB", (360, 450), bg)
    d = ImageDraw.Draw(img)
    d.ellipse((40, 280, 320, 560), fill=fg)          # shoulders
    d.ellipse((110, 90, 250, 250), fill=fg)          # head
    d.rectangle((160, 230, 200, 300), fill=fg)       # neck
    img.save(path, optimize=True)


def draw_signature(path: Path) -> None:
    """A pen stroke standing in for the signatory's signature: a made-up flourish, nobody's hand."""
    img = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(img)
    rng = random.Random(7)
    points, x = [], 30.0
    while x < 560:
        points.append((x, 110 + rng.uniform(-45, 45)))
        x += rng.uniform(18, 34)
    draw.line(points, fill=(20, 30, 90), width=5, joint="curve")
    draw.line([(60, 160), (520, 150)], fill=(20, 30, 90), width=3)
    img.save(path, optimize=True)


def bio_slug(first: str, last: str) -> str:
    return f"{ascii_slug(last).replace('.', '-')}-{ascii_slug(first).replace('.', '-')}"


def write_bios() -> None:
    for old in (INPUTS / "bios").glob("*.md"):
        old.unlink()
    for old in (INPUTS / "photos").glob("*.png"):
        old.unlink()
    for i, (key, (hon, first, last, country, position, org, photo, bio)) in enumerate(SPEAKERS.items()):
        slug = bio_slug(first, last)
        lines = ["---", f'name: "{first} {last}"', f"honorific: {hon}", f'position: "{position}"',
                 f'organisation: "{org}"', f'country: "{country}"']
        if photo:
            draw_portrait(INPUTS / "photos" / f"{slug}.png", i)
            lines.append(f"photo: photos/{slug}.png")
        lines += ["---", "", bio, ""]
        text = "\n".join(lines)
        words = len(re.findall(r"\w+", bio))
        assert 60 <= words <= 200, (key, words)
        (INPUTS / "bios" / f"{slug}.md").write_text(text, encoding="utf-8")
        position_fr, bio_fr = french.BIOS[slug]
        (INPUTS / "bios" / f"{slug}.fr.md").write_text(
            "\n".join(["---", f'position: "{position_fr}"', "---", "", bio_fr, ""]), encoding="utf-8")


if __name__ == "__main__":
    (INPUTS / "bios").mkdir(parents=True, exist_ok=True)
    (INPUTS / "photos").mkdir(parents=True, exist_ok=True)
    write_programme()
    write_participants()
    write_bios()
    (INPUTS / "announcement.fr.md").write_text(french.ANNOUNCEMENT, encoding="utf-8")
    draw_signature(INPUTS / "signature.png")
    print("sample inputs written to", INPUTS)
