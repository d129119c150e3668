"""The input contract for the two tables: expected sheet, columns, the header spellings accepted for each,
and how each column's cells are read. Validation and assembly both read cells through these parsers,
so whatever validation accepts can be built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.language import SUPPORTED, language_name
from pipeline.normalise.names import honorific, split_people, surname_display, tidy
from pipeline.normalise.attendance import parse_attendance
from pipeline.normalise.places import parse_place
from pipeline.normalise.values import check_email, parse_gender, parse_language, parse_yes_no
from pipeline.normalise.when import parse_date, parse_end, parse_time


@dataclass(frozen=True)
class Column:
    name: str                      # the canonical header, as documented in README.md
    aliases: tuple[str, ...] = ()  # other headers people write for the same thing
    required: bool = True          # the column must be present
    filled: bool = False           # every cell of the column must be filled
    parse: Callable[[object], object] = tidy  # cell → value; raises Unparsable with a hint
    continues: bool = False        # an empty cell continues the value above (a day written once per block)
    translated: bool = False       # text the documents show in each language: "Title (fr)" holds its French
    translates: str = ""           # on such a translation's column: the column it translates ("Title")
    language: str = ""             # … and the language it is in ("fr")
    help: str = ""                 # what to write, for people: the Instructions sheet of `dossier init`
    example: object = ""           # the example row of `dossier init`

    @property
    def yes_no(self) -> bool:
        """Answered yes or no (Attended also by days): offered as a yes/no list, a word of a letter's `to`."""
        return self.parse in (parse_yes_no, parse_attendance)


@dataclass(frozen=True)
class TableSpec:
    kind: str        # "programme" or "participants": also the file's stem in inputs/
    sheet: str       # the sheet read from a workbook
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


# Headers a secretariat writes for a column's text in another language, beside "Title (fr)", "Room (fr)". Not
# "Thème": headers compare without accents (ingest/tables.py), and it would be "Theme".
LOCAL_HEADERS = {
    "fr": {"Title": ("Titre", "Intitulé"), "Room": ("Salle",), "Notes": ("Remarques",), "Position": ("Fonction",)},
}


def with_translations(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns, then a column for each translated column's text in each language: "Title (fr)", also
    written "Titre (fr)" or "Titre"; optional, read as the column they translate."""
    added = []
    for column in (c for c in columns if c.translated):
        for code in SUPPORTED:
            names = [f"{name} ({code})" for name in (column.name, *column.aliases,
                                                     *LOCAL_HEADERS.get(code, {}).get(column.name, ()))]
            added.append(Column(names[0], (*names[1:], *LOCAL_HEADERS.get(code, {}).get(column.name, ())),
                                required=False, parse=column.parse, translates=column.name, language=code,
                                help=f"the {column.name} column's text in {language_name(code)}, when the "
                                     "dossier is made in that language too"))
    return (*columns, *added)


PROGRAMME = TableSpec(
    kind="programme",
    sheet="Programme",
    columns=with_translations((
        Column("Date", ("Day", "Jour"), parse=parse_date, continues=True,
               help="the day; write it on the first row of each day, the rows below continue it"),
        Column("Start", ("From", "Start time", "Begins", "Time", "Début", "Heure de début", "Heure", "Horaire"),
               filled=True, parse=parse_time,
               help="the start time: 09:30, 9h30 or 2:30 PM; or a range such as 09:30-10:30 when End is empty"),
        Column("End", ("To", "End time", "Ends", "Until", "Fin", "Heure de fin"), filled=True, parse=parse_end,
               help="the end time, after the start; an item that ends after midnight: 00:30 (+1)"),
        Column("Type", ("Kind", "Item type", "Format", "Nature"), filled=True, parse=lambda v: tidy(v).casefold(),
               help="what the item is: one of the list (another word is printed as written, with a warning)"),
        Column("Theme", ("Session theme", "Track", "Thématique"), required=False, translated=True,
               help="the theme or track the item belongs to, printed above the items that share it"),
        Column("Title", ("Item", "Session", "Topic", "Sujet", "Séance"), filled=True, translated=True,
               help="the item's title as printed in the programme", example="Opening of the conference"),
        Column("Chair", ("Chairs", "Chairperson", "Moderator", "Chaired by", "Président", "Présidente",
                          "Présidence", "Président de séance", "Modérateur", "Modératrice"),
               required=False, parse=split_people,
               help='who chairs: names as in their bios, several separated by ";"'),
        Column("Speakers", ("Speaker", "Panellists", "Presenters", "Intervenants", "Intervenant", "Orateurs",
                             "Panélistes", "Conférenciers"), parse=split_people,
               help='who speaks, in order: names as in their bios, separated by ";"; each needs a bio in bios/'),
        Column("Room", ("Venue", "Location", "Hall", "Lieu"), required=False, translated=True,
               help="the room; two items in one room must not overlap"),
        Column("Notes", ("Note", "Remarks", "Comments", "Commentaires", "Observations"),
               required=False, translated=True,
               help="a line printed under the item"),
        # A stable identifier that survives changes of time, room and title (calendars, "what changed").
        Column("ID", ("Item ID", "Ref", "Reference", "Code", "Identifiant"), required=False,
               help="an identifier of your own that stays when the time, room or title changes (optional)"),
    )),
)

PARTICIPANTS = TableSpec(
    kind="participants",
    sheet="Participants",
    columns=with_translations((
        Column("Title", ("Honorific", "Salutation", "Prefix", "Civilité", "Titre"), required=False, parse=honorific,
               help="Ms, Mr, Dr, Prof, H.E., Amb. (or M., Mme in French)", example="Ms"),
        # Either First name and Last name, or one Name column ("HORVÁTH Zsófia"), split on reading.
        Column("Name", ("Full name", "Participant", "Participant name", "Delegate", "Nom complet",
                         "Nom et prénom", "Délégué"), required=False,
               help="the whole name in one cell (HORVÁTH Zsófia), instead of First name and Last name"),
        Column("First name", ("Given name", "Forename", "First names", "Firstname", "Prénom", "Prénoms"), filled=True,
               help="first names", example="Jane"),
        Column("Last name", ("Surname", "Family name", "Lastname", "Nom", "Nom de famille"),
               filled=True, parse=surname_display,
               help="surname, as written or in capitals (HORVÁTH is printed Horváth)", example="Example"),
        Column("Organisation", ("Organization", "Affiliation", "Institution", "Employer", "Organisme",
                                 "Employeur"),
               help="the ministry, institution or organisation", example="Ministry of the Interior"),
        Column("Position", ("Function", "Job title", "Role", "Poste", "Titre du poste"), translated=True,
               help="their position in it", example="Head of Unit"),
        Column("Country", ("Nationality", "State", "Delegation", "Pays", "Nationalité", "État",
                            "Délégation"), filled=True, parse=parse_place,
               help="the country they represent, or an international organisation (a name from the list, an ISO "
                    "code, or the name in French or their language)"),
        Column("Category", ("Group", "Participant category", "Sector", "Catégorie", "Groupe", "Secteur"),
               required=False,
               help="a group of the list of participants (participant_groups in announcement.md), such as civil "
                    "society, media, secretariat", example="government"),
        Column("Email", ("E-mail", "Mail", "Email address", "E-mail address", "Courriel", "Adresse électronique",
                          "Adresse e-mail", "Mél"), parse=check_email,
               help="e-mail address; shown only to the organisers, and to delegates when Share contact is yes",
               example="jane.example@example.org"),
        Column("Phone", ("Telephone", "Tel", "Mobile", "Phone number", "Téléphone", "Portable"),
               required=False,  # kept as given
               help="telephone, kept as typed; shown as e-mail is"),
        Column("Listed", ("Consent to be listed", "Consent listed", "List", "Publish", "Figurer sur la liste",
                           "Accord liste", "Liste", "Publier"), parse=parse_yes_no,
               help="yes if they agreed to appear in the published list of participants", example="yes"),
        Column("Share contact", ("Consent to share contact", "Consent to share contact details",
                                 "Share contact details", "Share email", "Partager les coordonnées",
                                 "Partage des coordonnées", "Coordonnées partagées"), parse=parse_yes_no,
               help="yes if they agreed that delegates see their e-mail and phone", example="no"),
        Column("Language", ("Lang", "Langue", "Preferred language", "Correspondence language"), required=False,
               parse=parse_language,
               help="the language their letters and certificate are written in: one of the event's (en, fr, English, "
                    "français); the event's first language when empty", example="en"),
        Column("Gender", ("Sex", "Genre", "Sexe"), required=False, parse=parse_gender,
               help="woman, man, another answer or not given: counted in the statistics, never printed for a "
                    "person", example="woman"),
        Column("Visa", ("Visa needed", "Needs visa", "Visa letter", "Visa support", "Besoin de visa", "Visa requis"),
               required=False, parse=parse_yes_no,
               help="yes if they need a visa: their letter of invitation then says what a consulate needs (no passport "
                    "data is asked for)", example="no"),
        # Filled in after the event: who came, for the certificates of attendance. Empty counts as no. Not
        # "Participation": registration forms of hybrid events head "in person / online" so.
        Column("Attended", ("Present", "Attendance", "Came", "Certificate", "Présent", "Présence",
                             "Émargement"), required=False, parse=parse_attendance,
               help="filled in after the event, from the sign-in sheets: yes, or the days they came (4 December, "
                    "5 December; or day 1, day 2); anyone who came gets a certificate of attendance (empty is no)"),
    )),
)

# The example row and bio that `dossier init` writes (starter.py): validation warns while they are still there.
EXAMPLE_SPEAKER = " ".join(str(PARTICIPANTS.column(name).example) for name in ("Title", "First name", "Last name"))
EXAMPLE_TITLE = str(PROGRAMME.column("Title").example)
