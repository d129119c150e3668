"""Views: what each document shows, computed once from the model and read by every renderer.

HTML templates and the DOCX writer both read these objects, so the formats cannot drift apart: the people, items,
order and wording are decided here, and so is who may see what (privacy is settled before any renderer). One
module per family of documents: the texts of the inputs in a language (text.py), what every document shows at
its top (document.py), the programme, the participants, the bios, the full dossier, and the working pack
(badges.py, sheets.py)."""
