"""What a letter may say of its recipient and of the event: the documented list of placeholders (the manual's
reference page is written from PERSON and EVENT), and their values for one person in their language."""

from __future__ import annotations

from markupsafe import Markup

from pipeline.language import Language
from pipeline.model import Dossier, Participant
from pipeline.views.document import masthead
from pipeline.views.participants import place_name

# name → what it holds. `{{ person.first_name }}`, `{% if person.visa %}`.
PERSON = {
    "salutation": "the opening of the letter, without its comma: Dear Ms Horváth; Madame",
    "honorific": "Ms, Mr, Dr … in the letter's language (Mme, M.)",
    "first_name": "first names",
    "last_name": "surname, as typed",
    "name": "honorific, first name and surname: Ms Zsófia Horváth",
    "organisation": "organisation",
    "position": "position, in the letter's language when the participants give it",
    "country": "the country or organisation they represent, named in the letter's language",
    "category": "the Category cell",
    "email": "their e-mail address",
    "language": "the letter's language: en, fr",
    "visa": "yes when the Visa column says so (for {% if person.visa %})",
    "attended": "yes when the Attended column says so",
    "listed": "yes when they agreed to be listed",
    "speaker": "yes when they speak in the programme",
    "chair": "yes when they chair an item of the programme",
}
EVENT = {
    "title": "the event's title, in the letter's language",
    "subtitle": "the line under the title",
    "dates": "the dates: 4–5 December 2012",
    "city": "the host city",
    "country": "the host country, in the letter's language",
    "place": "city and country: Sofia, Bulgaria",
    "venue": "the building",
    "organisers": "the organisers, joined by commas",
    "url": "the event's web address (url in announcement.md); [{{ event.url }}]({{ event.url }}) makes it a link",
    "signatory": "who signs (signatory in announcement.md)",
    "signatory_function": "the signatory's function, in the letter's language",
}
OTHERS = {"changes": "what changed in the programme since the last archived version, as a list (empty when "
                     "nothing did, or nothing was archived): {% if changes %}…{% endif %}"}

# Forms of address: (English, French) by honorific. French letters open without the name, as French
# correspondence does; an honorific that does not tell (Dr, Prof, none) opens with both.
_ADDRESS = {"Ms": ("Dear Ms {last}", "Madame"), "Mrs": ("Dear Mrs {last}", "Madame"),
            "Miss": ("Dear Ms {last}", "Madame"), "Mr": ("Dear Mr {last}", "Monsieur"),
            "H.E.": ("Your Excellency", "Excellence"), "Dr": ("Dear Dr {last}", "Madame, Monsieur"),
            "Prof": ("Dear Professor {last}", "Madame, Monsieur")}
_NEITHER = ("Dear {first} {last}", "Madame, Monsieur")


def salutation(p: Participant, lang: Language) -> str:
    english, french = _ADDRESS.get(p.honorific, _NEITHER)
    form = french if lang.code == "fr" else english
    return form.format(first=p.first_name, last=p.last_name)


def person_values(p: Participant, dossier: Dossier, lang: Language, roles: dict[str, str]) -> dict[str, object]:
    """roles: name key → "speaker" or "chair" (views/badges.py)."""
    from pipeline.normalise.names import name_key
    from pipeline.views.text import local

    text = local(dossier, lang)
    role = roles.get(name_key(f"{p.first_name} {p.last_name}"), "")
    honorific = lang.honorific(p.honorific)
    return {
        "salutation": salutation(p, lang), "honorific": honorific, "first_name": p.first_name,
        "last_name": p.last_name, "name": " ".join(x for x in (honorific, p.first_name, p.last_name) if x),
        "organisation": p.organisation, "position": str(text(p.position, p.translations, "position")),
        "country": place_name(p, dossier, lang), "category": p.category, "email": p.email,
        "language": lang.code, "visa": p.visa, "attended": bool(p.attended), "listed": p.listed,
        "speaker": role == "speaker", "chair": role == "chair",
    }


def event_values(dossier: Dossier, lang: Language) -> dict[str, object]:
    m, c = masthead(dossier, lang), dossier.conference
    pack = c.pack
    function = ""
    if pack and pack.signatory_function:
        from pipeline.views.text import local

        function = str(local(dossier, lang)(pack.signatory_function, c.translations, "signatory_function"))
    return {
        "title": str(m.title), "subtitle": str(m.subtitle), "dates": m.dates, "city": c.city,
        "country": m.place.split(", ")[-1] if ", " in m.place else m.place, "place": m.place,
        "venue": str(m.venue), "organisers": ", ".join(map(str, m.organisers)),
        # Checked as a web address (normalise/pack.parse_url): put in as it is, so that a letter may link it.
        "url": Markup(pack.url) if pack and pack.url else "",
        "signatory": pack.signatory if pack else "", "signatory_function": function,
    }


