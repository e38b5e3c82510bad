"""Every colour the window uses, in one place, read against the platform's palette.

Each colour is a named hue (the red of "overdue", the green of "held" ...) made light
or dark enough to read on the background it is drawn on, by default the current
``Base`` colour of ``QApplication.palette()`` (the background of lists and tables).  On
a light desktop the hues are the ones rmdesk always used; on a dark desktop the same
hues come out lighter, so an overdue date stays readable.  Text gets a WCAG contrast
ratio of at least 4.5 against its background; marks that carry no text (the milestone
bar) at least 3.  Greys and hints that need no hue use the palette's own roles.

The documents (ReportLab) keep their print colours in ``documents/typesetting.py``.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

TEXT_CONTRAST = 4.5  # WCAG AA for body text
MARK_CONTRAST = 3.0  # WCAG for graphical objects and large text

# The hues, as they read on a white background.
ERROR = "error"  # overdue, cancelled, not a good fit, a field that needs correcting
SUCCESS = "success"  # held, active, achieved, done, a good fit
WAITING = "waiting"  # due now, not answered yet
PROPOSED = "proposed"  # a proposed pair, a missed meeting
PLANNED = "planned"  # a planned meeting
COMPLETED = "completed"  # a completed pair
MUTED = "muted"  # dropped, later, ended early
MILESTONE = "milestone"  # the mark of a milestone on the calendar

HUES = {
    ERROR: "#b3261e",
    SUCCESS: "#1b6e20",
    WAITING: "#8a4b00",
    PROPOSED: "#8a6d00",
    PLANNED: "#1565c0",
    COMPLETED: "#3f51b5",
    MUTED: "#6b6b6b",
    MILESTONE: "#6a1b9a",
}

# A hint under a field or a table: the platform's placeholder grey.
HINT_STYLE = "color: palette(placeholder-text);"


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def background() -> QColor:
    """What lists, tables and the calendar's days are drawn on."""
    return QApplication.palette().color(QPalette.ColorRole.Base)


@functools.lru_cache(maxsize=256)
def _readable(hue: str, on: int, minimum: float) -> QColor:
    """``hue`` darkened (on a light background) or lightened (on a dark one), keeping
    its hue and saturation, until it reaches ``minimum`` contrast against ``on``."""
    ground = QColor.fromRgb(on)
    colour = QColor(hue)
    if contrast(colour, ground) >= minimum:
        return colour
    h, s, light = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    towards_white = _luminance(ground) < 0.18  # the middle grey of the contrast scale
    for step in range(1, 21):
        lightness = light + (1 - light) * step / 20 if towards_white else light * (1 - step / 20)
        candidate = QColor.fromHslF(h, s, lightness)
        if contrast(candidate, ground) >= minimum:
            return candidate
    return QColor("white") if towards_white else QColor("black")


def colour(name: str, on: QColor | None = None, minimum: float = TEXT_CONTRAST) -> QColor:
    """The colour ``name`` (one of ``HUES``) readable on ``on`` (default: ``background()``)."""
    ground = background() if on is None else on
    return QColor(_readable(HUES[name], ground.rgb(), minimum))


def brush(name: str) -> QBrush:
    """A model's ``ForegroundRole``: text in the colour ``name`` on the list's background."""
    return QBrush(colour(name))


def css(name: str, on: QColor | None = None, minimum: float = TEXT_CONTRAST) -> str:
    """``#rrggbb`` for style sheets and rich text."""
    return colour(name, on, minimum).name()


def emphasis(text: str, name: str = ERROR) -> str:
    """Rich text: ``text`` in bold, in the colour ``name`` (as on a label's background)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return f"<b style='color:{css(name, window)}'>{html.escape(text)}</b>"


def coloured(text: str, name: str) -> str:
    """Rich text: ``text`` in the colour ``name`` on a label's background."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return f"<span style='color:{css(name, window)}'>{html.escape(text)}</span>"


def label_style(name: str = ERROR) -> str:
    """A label's style sheet: its text in the colour ``name`` (an error line by default)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return f"color: {css(name, window)};"


def banner_style() -> str:
    """The box that says a form could not be saved: white on the error red."""
    white = QColor("white")
    return f"color: white; background: {css(ERROR, white)}; padding: 6px; border-radius: 3px;"


def demo_banner_style(object_name: str) -> str:
    """The strip (the widget named ``object_name``) that marks the demo programme: white
    text on the waiting colour, its buttons as the platform draws them."""
    white = QColor("white")
    return (
        f"QWidget#{object_name} {{ background: {css(WAITING, white)}; }}"
        f" QWidget#{object_name} > QLabel {{ color: white; font-weight: bold; padding: 4px; }}"
    )


def field_error_style() -> str:
    """The border of a field whose value must be corrected."""
    return f"border: 2px solid {css(ERROR, background(), MARK_CONTRAST)};"
