"""Help > Keyboard shortcuts: every key of the window in a table, section by section.

A table, not tab stops in plain text: tabs line up only by chance in a proportional
font, and a translated description longer than a tab stop pushed its row out of line.
The keys and their words are marked here and translated when the sheet is shown.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP

CONTEXT = "ShortcutSheet"

SECTIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Programme files"), (
        ("Ctrl+O", QT_TRANSLATE_NOOP("ShortcutSheet", "open a programme file")),
        ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutSheet", "quit")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Participants"), (
        ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutSheet", "new participant")),
        ("Enter", QT_TRANSLATE_NOOP("ShortcutSheet", "edit the selected participant")),
        ("Del", QT_TRANSLATE_NOOP("ShortcutSheet", "delete or archive the selected participant")),
        ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutSheet", "filter the list")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Enter in the filter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "go to the first row of the list")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Pairs"), (
        ("Ctrl+M", QT_TRANSLATE_NOOP("ShortcutSheet", "suggest matches")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Goals (in the Goals tab)"), (
        ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutSheet", "add a goal")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Ctrl+N in Assessments"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "enter an assessment")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Ctrl+N in Pairing fit"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "record pairing fit")),
        ("Enter", QT_TRANSLATE_NOOP("ShortcutSheet", "edit the selected goal")),
        ("Ctrl+R", QT_TRANSLATE_NOOP("ShortcutSheet", "record progress")),
        ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("ShortcutSheet", "mark achieved")),
        ("Del", QT_TRANSLATE_NOOP("ShortcutSheet", "delete the goal")),
        ("Ctrl+E", QT_TRANSLATE_NOOP("ShortcutSheet", "enter an assessment")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Enter in the Assessments list"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "open the selected assessment")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Assessment form"), (
        ("1–5", QT_TRANSLATE_NOOP("ShortcutSheet", "score the row and move to the next")),
        ("0", QT_TRANSLATE_NOOP("ShortcutSheet", "clear the row's score")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutSheet", "save")),
        ("Alt+N", QT_TRANSLATE_NOOP("ShortcutSheet", "save and open the next one missing")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Date fields"), (
        (QT_TRANSLATE_NOOP("ShortcutSheet", "2026-12-24"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "type a whole date in one go: the year is "
                                            "selected when you enter the field")),
        ("↑ ↓", QT_TRANSLATE_NOOP("ShortcutSheet", "a year, month or day later or earlier "
                                                   "(the part under the cursor)")),
        ("Tab", QT_TRANSLATE_NOOP("ShortcutSheet", "the next field")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Enter, or leaving the field"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "a date outside the allowed days moves to the "
                                            "nearest one, and says so")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Anywhere"), (
        ("Alt+P · A · C · G",
         QT_TRANSLATE_NOOP("ShortcutSheet", "the Participants · Pairs · Calendar · Goals tab")),
        ("Alt+F · E · R · D · H",
         QT_TRANSLATE_NOOP("ShortcutSheet", "the File · Edit · Programme · Documents · Help menu")),
        ("Alt+Y", QT_TRANSLATE_NOOP("ShortcutSheet", "choose the cycle")),
        ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutSheet", "undo the last delete on the shown tab "
                                     "(Edit > Undo names it)")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Alt+underlined letter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "the button or field whose label shows it")),
        ("F1", QT_TRANSLATE_NOOP("ShortcutSheet", "this sheet")),
    )),
)  # fmt: skip


def _translated(text: str) -> str:
    return html.escape(QCoreApplication.translate(CONTEXT, text))


def shortcut_sheet_html() -> str:
    """The sheet as rich text: one table, a heading row per section, key | what it does."""
    rows = []
    for title, keys in SECTIONS:
        rows.append(
            f"<tr><th colspan='2' align='left' style='padding-top:8px'>{_translated(title)}"
            "</th></tr>"
        )
        rows.extend(
            f"<tr><td style='padding-right:16px'><b>{_translated(key)}</b></td>"
            f"<td>{_translated(what)}</td></tr>"
            for key, what in keys
        )
    return f"<table cellspacing='2'>{''.join(rows)}</table>"
