"""The data formats and web pages, from the views: HTML (html.py, Jinja2), data.json (data.py), programme.ics
(ics.py), schedule.json and .xml (c3voc.py), the organisers' CSV (export.py)."""
