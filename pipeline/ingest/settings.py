"""The front-matter fields of the Markdown inputs: announcement.md's settings and a bio's, with what each does.

One table, read by validation (a field not in it is named and ignored), by the translations (which of them a
translation gives) and by the manual's reference page (docs/), so that the program and its manual cannot disagree.
How each value is read stays with its parser (normalise/)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    group: str
    help: str
    example: str = ""
    required: bool = False
    translated: bool = False   # a translation (announcement.fr.md, bios/<name>.fr.md) may give it in its language


EVENT, LIST, PACK, PERSON = "The event", "The list of participants", "The working pack", "The person"
LETTER = "The letter"

ANNOUNCEMENT = (
    Setting("title", EVENT, "the event's title", '"Making Prevention Work: Addressing the Root Causes of Human '
            'Trafficking in Europe"', required=True, translated=True),
    Setting("subtitle", EVENT, "a line under the title", "International expert conference", translated=True),
    Setting("organisers", EVENT, "the organising bodies, one per line (a list)",
            "[Anti-Trafficking Division, Council of Europe]", translated=True),
    Setting("start_date", EVENT, "the first day", "2012-12-04", required=True),
    Setting("end_date", EVENT, "the last day (the same as start_date for one day)", "2012-12-05", required=True),
    Setting("city", EVENT, "the host city", "Sofia", required=True),
    Setting("country", EVENT, "the host country: a name, an ISO code or the name in French", "Bulgaria",
            required=True),
    Setting("venue", EVENT, "the building", "Sofia Conference Centre", translated=True),
    Setting("timezone", EVENT, "the IANA time zone the programme's times are in: the calendar gives times in it",
            "Europe/Sofia"),
    Setting("languages", EVENT, "the languages the dossier is made in, the inputs' own first (English when not "
            "given)", "[en, fr]"),
    Setting("held", EVENT, "yes once the event has taken place: the dossier then opens with the report (written from "
            "the inputs, and report.md's own words) instead of the announcement", "yes"),
    Setting("expected_participants", EVENT, "the participants the announcement expects: the list is checked "
            "against it", "130"),
    Setting("expected_countries", EVENT, "the countries the announcement expects", "37"),
    Setting("surname_style", LIST, "caps prints surnames in capitals in the list of participants (Ms Zsófia "
            "HORVÁTH); as typed by default", "caps"),
    Setting("country_names", LIST, "a country printed under another name, by ISO code", "{MK: North Macedonia}"),
    Setting("country_notes", LIST, "a footnote under a country, by ISO code", '{XK: "* All reference to Kosovo …"}'),
    Setting("participant_groups", LIST, "the groups of the list, in print order, each with a name (one, or one "
            "per language) and the countries, organisations or categories it takes; one group per country "
            "without it", "[{name: {en: Member States, fr: États membres}, countries: [AL, AM, AT]}]"),
    Setting("working_pack", PACK, "which documents of the organisers' working pack to make: all (default), none, "
            "or a list of badges, name-cards, sign-in, briefings, certificates", "[badges, sign-in]"),
    Setting("url", PACK, "the event's web address: printed on badges as a QR code, and in schedule.json",
            "https://www.example.org/event"),
    Setting("badge_preset", PACK, "the badge sheet: holder-90x54 (inserts, with cut marks) or labels-80x50 "
            "(Avery L4785, HERMA 4412)", "holder-90x54"),
    Setting("badge_offset", PACK, "millimetres right and down that the printer shifts the page by", "0, 0"),
    Setting("badge_qr", PACK, "a QR code on badges: yes or no", "yes"),
    Setting("sign_in", PACK, "sign-in sheets per_day or per_session", "per_day"),
    Setting("discussion_minutes", PACK, "the chairs' briefings: minutes kept for questions", "10"),
    Setting("signature", PACK, "the certificates' signature: an image in the inputs folder", "signature.png"),
    Setting("signatory", PACK, "who signs the certificates", "Claire Dupont-Aignan"),
    Setting("signatory_function", PACK, "the signatory's function", "Head of Division", translated=True),
    Setting("mail_from", LETTER, "who the letters' e-mails come from: a name and an address (DOSSIER_MAIL_FROM "
            "overrides it)", '"Conference secretariat <secretariat@example.org>"'),
)

BIO = (
    Setting("name", PERSON, "the name as the programme writes it (honorific, first name, surname)",
            "Ms Jane Example", required=True),
    Setting("honorific", PERSON, "Ms, Mr, Dr, Prof …, when the name does not start with it", "Ms"),
    Setting("position", PERSON, "the position", "Head of Unit", translated=True),
    Setting("organisation", PERSON, "the organisation", "Ministry of the Interior"),
    Setting("country", PERSON, "the country they come from or represent", "France"),
    Setting("photo", PERSON, "a JPEG, PNG or WebP portrait in the inputs folder", "photos/example.jpg"),
)

LETTERS = (
    Setting("subject", LETTER, "the e-mail's subject and the letter's heading; placeholders allowed",
            "Invitation to {{ event.title }}", required=True, translated=True),
    Setting("to", LETTER, "who receives it: everyone, listed, attended, speakers, chairs, a Category value, or a "
            "yes/no column of the participants (Visa); a list takes everyone any of them names", "everyone",
            required=True),
    Setting("attach", LETTER, "what goes with it: letter (their own PDF of this letter), certificate (their own), "
            "dossier, programme, participants, bios (the delegates' edition's, in their language)", "[letter]"),
)

FIELDS = {"announcement": ANNOUNCEMENT, "bios": BIO, "letters": LETTERS}
