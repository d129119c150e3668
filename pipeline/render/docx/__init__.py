"""Writing DOCX: the documents' writers (writer.py, and pack.py for the working pack), and the raw OOXML they write
with (ooxml.py)."""
