"""A file of the inputs folder (a photo, the certificates' signature) as the model holds it."""

from __future__ import annotations

from pathlib import Path


class InputFile(type(Path())):
    """A path to a file of the inputs folder whose repr names it relative to that folder: what shows the file (a
    view, and the cache key made from the view's repr) is then the same wherever the folder is, so that builds of
    the same inputs from any folder share the cache. The file's content is in the key apart (its checksum)."""

    def __new__(cls, root: Path | str, relative: Path | str):
        self = super().__new__(cls, Path(root) / relative)
        self.inputs, self.relative = str(root), str(relative)
        return self

    def __repr__(self) -> str:
        return f"InputFile({getattr(self, 'relative', str(self))!r})"

    def __reduce__(self):  # to the render workers, as itself
        return InputFile, (getattr(self, "inputs", ""), getattr(self, "relative", str(self)))
