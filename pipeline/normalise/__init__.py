"""Normalise: turn cells as people type them into values. Each parser raises Unparsable with a hint."""


class Unparsable(ValueError):
    """A value that cannot be read; args: (message, hint)."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message, hint)
        self.message = message
        self.hint = hint
