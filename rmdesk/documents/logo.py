"""The organisation's logo: read bounded, checked when used, never a reason to fail.

The logo is a path in the settings, typed once and used for months: by then it may
name a moved file, a device, a FIFO or a 13,000-pixel-square scan.  So it is checked
every time a document uses it, not only when typed: a regular file of at most
``MAX_BYTES`` (read without blocking, ``store.files.read_bounded``), a real PNG or
JPEG by its content, at most ``MAX_PIXELS`` pixels (a decompression bomb is refused
from its header, before any pixel is decoded), then scaled down to what a page
header needs.  A logo that fails prints no logo, and ``problem`` says why, plainly
(the settings dialog shows it under the field; a document's note says what that
meant for it: ``DocumentSettings.logo_note``).
"""

from __future__ import annotations

import functools
import io
import warnings
from pathlib import Path
from typing import NamedTuple

from reportlab.lib.utils import ImageReader

from rmdesk.store.files import MiB, UnsafeFile, read_bounded

MAX_BYTES = 5 * MiB
MAX_PIXELS = 25_000_000  # 5000 x 5000: any real logo, not a poster-sized scan
PRINT_PIXELS = 1200  # the longer side kept: sharp at 300 dpi in the 14 mm header
FORMATS = ("PNG", "JPEG")


class Logo(NamedTuple):
    image: ImageReader | None
    problem: str  # why it cannot be used, in a sentence; empty when it is fine or unset


def load_logo(path: str) -> Logo:
    """The logo at ``path`` ready to draw, or no image and the reason in words."""
    if not path:
        return Logo(None, "")
    file = Path(path).expanduser()
    try:
        stat = file.stat()
    except FileNotFoundError:
        return Logo(None, f"The logo file {file} does not exist.")
    except OSError as error:
        return Logo(None, f"The logo {file} cannot be read ({error.strerror or error}).")
    except ValueError as error:
        return Logo(None, f"The logo path cannot be used ({error}).")
    return _load(str(file), stat.st_mtime_ns, stat.st_size, stat.st_ino)


@functools.lru_cache(maxsize=4)
def _load(path: str, _mtime: int, _size: int, _inode: int) -> Logo:
    """Cached per file version: a batch of agreements reads the logo once."""
    from PIL import Image

    try:
        data = read_bounded(Path(path), MAX_BYTES, what="logo (PNG or JPEG)")
    except UnsafeFile as error:
        return Logo(None, str(error))
    name = Path(path).name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return Logo(None, _too_large(name, f"{width} x {height} pixels"))
                image.draft("RGB", (PRINT_PIXELS, PRINT_PIXELS))  # JPEG: decode small
                image.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
                printable = image.convert("RGBA" if _has_alpha(image) else "RGB")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Logo(None, _too_large(name, "more than 89 million pixels"))
    except (OSError, ValueError, SyntaxError) as error:
        return Logo(None, f"The logo {name} is not a PNG or JPEG image rmdesk can print ({error}).")
    return Logo(ImageReader(printable), "")


def _too_large(name: str, size: str) -> str:
    return (
        f"The logo {name} is {size}, too large to print (at most "
        f"{MAX_PIXELS // 1_000_000} million pixels); use a smaller image."
    )


def _has_alpha(image: object) -> bool:
    mode = getattr(image, "mode", "")
    info = getattr(image, "info", {})
    return mode in ("RGBA", "LA", "PA") or "transparency" in info
