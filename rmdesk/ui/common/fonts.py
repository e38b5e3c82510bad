"""The fonts rmdesk ships, made known to Qt so the window draws every name.

A laptop without a font for Devanagari, Thai, Hebrew, Arabic or Chinese, Japanese and
Korean shows such names as empty boxes.  ``resources/fonts/`` already holds TrueType
fonts for them (the PDFs embed them, ``documents/fonts.py``); added to Qt's font
database, Qt's own font fallback finds them for any character the chosen font lacks.
Adding all of them costs a few milliseconds (measured in docs/architecture.md), so
it is done at start-up, before the first frame, and no name ever shows a box first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from rmdesk.documents.font_files import FALLBACK_FILES
from rmdesk.paths import resource

FONTS = "fonts"  # in resources/


def register_shipped_fonts(folder: Path | None = None) -> list[str]:
    """Add the shipped fallback fonts in ``folder`` (default ``resources/fonts/``) to
    Qt's font database and return the families added.  Not DejaVu Sans: every system's
    own interface font draws Latin, Greek and Cyrillic.  A file missing or unreadable is
    skipped: those characters fall back to what the system has, as before."""
    folder = folder if folder is not None else resource(FONTS)
    # The system's fonts first: of two fonts of one family the last added wins, and the
    # shipped one must (Debian's own Droid Sans Fallback has no Korean).  The first frame
    # would read them anyway.
    QFontDatabase.families()
    families: list[str] = []
    for name in FALLBACK_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id != -1:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
