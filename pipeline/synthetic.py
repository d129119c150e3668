"""Synthetic conferences for the benchmark: the Sofia event's shape at any scale, with fictional people.

At scale k: about 130·k participants, 25·k speakers with bios (about one in three with a photo), 30·k programme
items over 2 to 5 days in as many parallel rooms as that needs; names of realistic length with the diacritics
and scripts of European lists. The same k always gives the same files (a seeded generator).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.normalise.names import name_key
from pipeline.spreadsheet import csv_bytes

# (country, first names, surnames): enough variety that names are unique at 13,000 people.
PEOPLE = [
    ("Bulgaria", "Десислава Георги Мария Николай Веселa Пламен Радостина Христо Йорданка Стоян",
     "Петкова Иванов Георгиева Костадинов Тодорова Николов Стоянова Димитров Атанасова Попов"),
    ("Czechia", "Jiří Kateřina Tomáš Lucie Ondřej Zuzana Vojtěch Barbora Matěj Eliška",
     "Dvořák Nováková Černý Procházková Kučera Veselá Horák Němcová Růžička Šťastná"),
    ("Poland", "Łukasz Małgorzata Grzegorz Agnieszka Paweł Żaneta Wojciech Katarzyna Michał Joanna",
     "Wiśniewski Kowalska Wójcik Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kozłowska"),
    ("Türkiye", "Ayşe Mehmet Çağla Oğuz Gülşen İsmail Şule Emre Özlem Barış",
     "Yılmaz Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Güneş"),
    ("Greece", "Ελένη Γιώργος Μαρία Νίκος Κατερίνα Δημήτρης Σοφία Κώστας Άννα Γιάννης",
     "Παπαδοπούλου Οικονόμου Γεωργίου Αθανασίου Νικολάου Ιωάννου Βασιλείου Μακρή Πετρίδης Λαμπράκης"),
    ("Romania", "Ioana Andrei Ștefan Mădălina Răzvan Irina Bogdan Cătălina Mihai Oana",
     "Popescu Dumitrescu Ionescu Constantinescu Stănescu Georgescu Munteanu Țurcanu Rădulescu Enăchescu"),
    ("Germany", "Jürgen Käthe Matthias Anneliese Björn Sören Lena Maximilian Ursula Jörg",
     "Müller Schröder Köhler Weiß Groß Bäcker Schäfer Krüger Möller Fuchs-Lindemann"),
    ("France", "Éloïse Jean-Baptiste Hélène François Amélie Jérôme Céline Benoît Gaëlle Loïc",
     "Lefèvre Dupont-Aignan Girard Rousseau Mercier Bonnaire Fontaine Chevalier Lemaître Garnier"),
    ("Spain", "José María Lucía Íñigo Begoña Andrés Nuria Álvaro Pilar Jesús",
     "Fernández García Martínez López Sánchez Gómez Muñoz Jiménez Álvarez Castaño"),
    ("Norway", "Øystein Ingrid Håkon Solveig Bjørn Åse Kristian Marit Torbjørn Sigrid",
     "Solheim Bråthen Haugen Løvås Østby Berg Dahl Sæther Aas Strøm"),
    ("Hungary", "Zsófia László Erzsébet György Ágnes Dániel Katalin Gábor Réka Bálint",
     "Horváth Kovács Szabó Tóth Nagy Varga Kiss Molnár Németh Farkas"),
    ("Serbia", "Милица Марко Јелена Никола Ана Стефан Драгана Лазар Ивана Душан",
     "Николић Јовановић Петровић Марковић Ђорђевић Стојановић Илић Павловић Милошевић Танасковић"),
    ("Ireland", "Siobhán Seán Aoife Ciarán Niamh Pádraig Caoimhe Eoin Gráinne Oisín",
     "O'Brien Ó Súilleabháin Murphy Kelly Mac Giolla Phádraig Byrne Ní Bhriain Walsh Ryan Ó Conchúir"),
    ("Latvia", "Ilze Jānis Līga Kārlis Dace Andris Inese Māris Gunta Edgars",
     "Bērziņa Kalniņš Ozola Liepiņš Krūmiņa Zariņš Vītola Eglītis Balode Ābele"),
    ("Azerbaijan", "Leyla Rauf Günel Elçin Aynur Tural Səbinə Orxan Nərmin Rəşad",
     "Hüseynova Məmmədov Əliyeva Quliyev Həsənova İsmayılov Rəhimova Cəfərov Nəbiyeva Babayev"),
    ("Ukraine", "Олена Андрій Ірина Богдан Юлія Тарас Оксана Дмитро Наталія Євген",
     "Коваленко Шевченко Бондаренко Ткаченко Кравченко Олійник Мельник Поліщук Гнатюк Савчук"),
]
ORGANISATIONS = ["Ministry of Interior", "Ministry of Labour and Social Policy", "National Police",
                 "Office of the National Anti-Trafficking Co-ordinator", "Prosecutor's Office", "Labour Inspectorate",
                 "Centre for Social Inclusion", "Children's Rights Network", "University Law Faculty",
                 "Association for Victim Support", "Transport and Logistics Association", "Daily Herald"]
POSITIONS = ["Head of Unit", "Senior Expert, Anti-Trafficking Unit", "Policy Officer", "Prosecutor", "Inspector",
             "Project Co-ordinator", "Lecturer in Social Policy", "Social Worker", "Journalist", "Director"]
CATEGORIES = ["government", "law enforcement", "civil society", "academia", "media", "business"]
ORGANISATIONS_AS_PLACES = ["Council of Europe", "UNODC", "IOM", "OSCE/ODIHR", "EU", "ICMPD"]
TYPES = ["panel", "workshop", "presentation", "round table", "session"]
TOPICS = ["Preventing recruitment into exploitation", "Reducing the demand for cheap labour",
          "Identifying victims at borders", "Supply chains and due diligence", "Compensation for victims",
          "Child trafficking and online grooming", "Labour inspection and seasonal work"]
AUDIENCES = ["in countries of origin", "for judges and prosecutors", "with civil society",
             "across borders", "in the tourism sector", "for social workers"]
SENTENCES = [
    "{name} has worked on the prevention of trafficking in human beings for more than {n} years.",
    "Before joining {org}, {they} led a programme that supported survivors of labour exploitation.",
    "{They} studied law and social policy and has published on the rights of victims in criminal proceedings.",
    "{They} co-ordinates a national referral mechanism that brings together police, labour inspectors and NGOs.",
    "Recent work includes a study of recruitment agencies and the debt bondage of seasonal workers.",
    "{They} trains judges and prosecutors on identifying victims and on non-punishment of victims.",
    "{They} speaks {n2} languages and has worked in South-East Europe, the South Caucasus and Central Asia.",
    "{name} chairs a working group on supply chains and the due diligence of companies.",
]


class _Names:
    """Unique full names: first names are combined (a second one added) until the name is new."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def __call__(self) -> tuple[str, str, str]:
        country, firsts, lasts = self.rng.choice(PEOPLE)
        firsts, lasts = firsts.split(), lasts.split()
        first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        while name_key(f"{first} {last}") in self.used:  # the key validation uses: order and case ignored
            first = f"{first} {self.rng.choice(firsts)}" if len(first) < 30 else self.rng.choice(firsts)
            last = last if self.rng.random() < 0.7 else f"{self.rng.choice(lasts)}-{self.rng.choice(lasts)}"
        self.used.add(name_key(f"{first} {last}"))
        return country, first, last


def _portrait(path: Path, rng: random.Random) -> None:
    img = Image.new("RGB", (320, 400), tuple(rng.randrange(150, 230) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    colour = tuple(rng.randrange(40, 120) for _ in range(3))
    draw.ellipse((110, 80, 210, 190), fill=colour)
    draw.ellipse((50, 210, 270, 470), fill=colour)
    img.save(path)


def write_conference(folder: Path, scale: int, seed: int = 2012) -> dict[str, int]:
    """Write a synthetic inputs folder at `scale` (1 = Sofia's size); returns what it holds."""
    rng = random.Random(seed * 1000 + scale)
    names = _Names(rng)
    (folder / "bios").mkdir(parents=True, exist_ok=True)
    (folder / "photos").mkdir(exist_ok=True)
    participants, speakers = [], []
    for i in range(130 * scale):
        country, first, last = names()
        if rng.random() < 0.12:
            country = rng.choice(ORGANISATIONS_AS_PLACES)
        hon = rng.choice(["Ms", "Mr", "Dr", "Prof"])
        email = f"p{i:05d}@example.org"
        participants.append([hon, first, last, rng.choice(ORGANISATIONS), rng.choice(POSITIONS), country,
                             rng.choice(CATEGORIES), email, "no" if rng.random() < 0.03 else "yes",
                             rng.choice(["yes", "no"]), f"+359 2 555 {i % 10000:04d}"])
        if len(speakers) < 25 * scale and participants[-1][8] == "yes":
            speakers.append(participants[-1])
    for n, (hon, first, last, org, position, country, *_rest) in enumerate(speakers):
        they, name = ("She" if hon == "Ms" else "He"), f"{first} {last}"
        text = " ".join(s.format(name=name, org=org, they=they.lower(), They=they, n=rng.randrange(5, 25),
                                 n2=rng.randrange(2, 6)) for s in rng.sample(SENTENCES, rng.randrange(3, 7)))
        photo = ""
        if n % 3 == 0:
            _portrait(folder / "photos" / f"s{n:05d}.png", rng)
            photo = f"photo: photos/s{n:05d}.png\n"
        (folder / "bios" / f"s{n:05d}.md").write_text(
            f'---\nname: "{hon} {name}"\nposition: "{position}"\norganisation: "{org}"\ncountry: "{country}"\n'
            f"{photo}---\n\n{text}\n", encoding="utf-8")
    days = min(5, 2 + scale // 10)
    items = 30 * scale
    rooms = max(1, math.ceil(items / (days * 8)))
    programme, order = [], list(range(len(speakers)))
    rng.shuffle(order)
    for i in range(items):
        day, slot, room = (i // rooms) // 8 % days, (i // rooms) % 8, i % rooms
        start = 9 * 60 + slot * 75
        chosen = [speakers[order[(i * 3 + k) % len(order)]] for k in range(4)]
        who = lambda p: f"{p[0]} {p[1]} {p[2]}"  # noqa: E731
        title = f"Session {i + 1}: {rng.choice(TOPICS)} {rng.choice(AUDIENCES)}"
        programme.append([f"2012-12-{4 + day:02d}", f"{start // 60:02d}:{start % 60:02d}",
                          f"{(start + 60) // 60:02d}:{(start + 60) % 60:02d}", rng.choice(TYPES),
                          f"Theme {i % 4 + 1}", title, who(chosen[0]), "; ".join(who(p) for p in chosen[1:]),
                          f"Room {room + 1}", ""])
    (folder / "programme.csv").write_bytes(csv_bytes(
        [["Date", "Start", "End", "Type", "Theme", "Title", "Chair", "Speakers", "Room", "Notes"], *programme]))
    attendance = random.Random(seed)  # its own draw: the rest of the event stays as earlier versions made it
    (folder / "participants.csv").write_bytes(csv_bytes(
        [["Title", "First name", "Last name", "Organisation", "Position", "Country", "Category", "Email", "Listed",
          "Share contact", "Phone", "Attended"],
         *([*p, "no" if attendance.random() < 0.05 else "yes"] for p in participants)]))
    countries = {p[5] for p in participants if p[5] not in ORGANISATIONS_AS_PLACES}
    (folder / "announcement.md").write_text(
        f"---\ntitle: Synthetic Conference at {scale}x\nsubtitle: Benchmark event\n"
        f"organisers: [Benchmark Secretariat]\nstart_date: 2012-12-04\nend_date: 2012-12-{3 + days:02d}\n"
        f"city: Sofia\ncountry: Bulgaria\ntimezone: Europe/Sofia\nexpected_participants: {len(participants)}\n"
        f"expected_countries: {len(countries)}\ndiscussion_minutes: 10\n"
        # The dossier alone, as earlier versions made it; make bench adds the working pack in a row of its own.
        "working_pack: none\n---\n\nA synthetic conference for measuring the pipeline.\n",
        encoding="utf-8")
    return {"participants": len(participants), "speakers": len(speakers), "items": items, "days": days,
            "rooms": rooms}


# The letters `make bench` sends (written into a synthetic event only for its mail row): as many messages, and as
# heavy, as the sample's.
LETTERS = {
    "invitation": ("Invitation: {{ event.title }}", "everyone", "[letter]",
                   "{{ person.salutation }},\n\nI have the honour to invite you to **{{ event.title }}**, "
                   "{{ event.place }}, {{ event.dates }}.\n\n{% if person.visa %}This letter may be presented to "
                   "a consulate.\n\n{% endif %}Yours sincerely,\n"),
    "practical-information": ("Practical information: {{ event.title }}", "everyone", "[programme]",
                              "{{ person.salutation }},\n\nThe programme is attached. The venue is "
                              "{{ event.venue }}.\n\n{% if changes %}{{ changes }}{% endif %}Yours sincerely,\n"),
    "thank-you": ("Thank you for taking part in {{ event.title }}", "attended", "[certificate]",
                  "{{ person.salutation }},\n\nThank you for taking part. Your certificate is attached.\n\n"
                  "Yours sincerely,\n"),
}


def write_letters(folder: Path) -> None:
    (folder / "letters").mkdir(exist_ok=True)
    for name, (subject, to, attach, text) in LETTERS.items():
        (folder / "letters" / f"{name}.md").write_text(
            f'---\nsubject: "{subject}"\nto: {to}\nattach: {attach}\n---\n{text}', encoding="utf-8")
