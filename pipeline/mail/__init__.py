"""`dossier mail LETTER`: each recipient's message, in their language, with their own documents; written to an
outbox first (a dry run: .eml files, an .mbox, a summary), sent over SMTP only when told (--send), and then
exactly once, whatever stops the sending (ledger.py)."""
