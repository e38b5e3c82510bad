"""The text of a plain-text box exactly as typed.

``QPlainTextEdit.toPlainText`` turns every no-break space into a plain one. French
writes one before ``:``, ``;``, ``?``, ``!`` and inside « », so a French text read back
that way never equals the text shown (a box nobody touched looked edited) and, once
saved, its colons could wrap to the start of a printed line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

_PARAGRAPH, _LINE = "\u2029", "\u2028"  # how a QTextDocument's raw text ends its lines


def typed_text(edit: QPlainTextEdit) -> str:
    """The box's text with its no-break spaces kept and its lines ended by ``\\n``."""
    raw = str(edit.document().toRawText())
    return raw.replace(_PARAGRAPH, "\n").replace(_LINE, "\n")
