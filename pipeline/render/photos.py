"""Speaker photos prepared once for output: oriented, converted to RGB and scaled down."""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageOps

MAX_SIDE = 480  # pixels: sharp at 4 cm on paper (300 dpi), small in a page
Image.MAX_IMAGE_PIXELS = 40_000_000  # validation refuses larger photos; Pillow refuses them here too


@cache
def prepared(path: Path) -> tuple[bytes, int, int]:
    """JPEG bytes and the pixel size of the photo, scaled to at most MAX_SIDE on its longer side."""
    with Image.open(path) as img:
        img = ImageOps.exif_transpose(img).convert("RGB")
        img.thumbnail((MAX_SIDE, MAX_SIDE))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue(), img.width, img.height


def data_uri(path: Path) -> str:
    data, _, _ = prepared(path)
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
