"""Render: one module per output format, each reading the views. Nothing here reads input files
except the photos that the model names, through `photos`."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
