"""Conference dossier pipeline: inputs/ → ingest → validate → model → views → render → publish → dossier/."""

__version__ = "0.1.0"
