"""Help > Keyboard shortcuts: every key of the window in a table, section by section.

A table, not tab stops in plain text: tabs line up only by chance in a proportional
font, and a translated description longer than a tab stop pushed its row out of line.
The keys and their words are marked here and translated when the sheet is shown. The
Alt+letters of the tabs, the menus, the cycle selector and Save and next are read from
their translated titles then: each language underlines its own letters. Every other
key is written as Qt's menus write it in that language (German "Strg+O", French
"Suppr"), also inside a sentence ("{0} in the filter").
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rmdesk.ui.common.labels import QT_TRANSLATE_NOOP
from rmdesk.ui.common.mnemonics import alt_key, mnemonic

CONTEXT = "ShortcutSheet"


def _alt_letters(context: str, titles: Sequence[str]) -> str:
    """The letter each translated title underlines, in order: "Alt+P · A · C · G"
    ("—" for one a translation left without)."""
    letters = [mnemonic(QCoreApplication.translate(context, title)) for title in titles]
    return "Alt+" + " · ".join(
        "—" if letter is None or letter.isspace() else letter.upper() for letter in letters
    )


def _tab_keys() -> str:
    from rmdesk.ui.main_window import TAB_TITLES

    return _alt_letters("MainWindow", TAB_TITLES)


def _menu_keys() -> str:
    from rmdesk.ui.main_window import MENU_TITLES

    return _alt_letters("MainWindow", MENU_TITLES)


def _cycle_key() -> str:
    from rmdesk.ui.main_window import CYCLE_LABEL

    return alt_key(QCoreApplication.translate("MainWindow", CYCLE_LABEL))


def _save_and_next_key() -> str:
    from rmdesk.ui.goals.assessment_dialog import SAVE_AND_NEXT

    return alt_key(QCoreApplication.translate("AssessmentDialog", SAVE_AND_NEXT))


# A key is a marked text, or a function giving the key as the translated window has it.
Key = str | Callable[[], str]


def _native(portable: str) -> str:
    """``portable`` ("Ctrl+O", "Del") as the menus show it in the window's language:
    Qt translates the key names through its own catalogue (German "Strg+O", "Entf")."""
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def _key(portable: str) -> Callable[[], str]:
    """The key, written when the sheet is shown, in the language then installed."""
    return lambda: _native(portable)


def _key_in(sentence: str, portable: str) -> Callable[[], str]:
    """A translated ``sentence`` around a key, "{0} in the filter": the key in its place."""
    return lambda: QCoreApplication.translate(CONTEXT, sentence).format(_native(portable))


SECTIONS: tuple[tuple[str, tuple[tuple[Key, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Programme files"), (
        (_key("Ctrl+O"), QT_TRANSLATE_NOOP("ShortcutSheet", "open a programme file")),
        (_key("Ctrl+Q"), QT_TRANSLATE_NOOP("ShortcutSheet", "quit")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Participants"), (
        (_key("Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutSheet", "new participant")),
        (_key("Enter"), QT_TRANSLATE_NOOP("ShortcutSheet", "edit the selected participant")),
        (_key("Del"), QT_TRANSLATE_NOOP("ShortcutSheet",
                                        "delete or archive the selected participant")),
        (_key("Ctrl+F"), QT_TRANSLATE_NOOP("ShortcutSheet", "filter the list")),
        (_key_in(QT_TRANSLATE_NOOP("ShortcutSheet", "{0} in the filter"), "Enter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "go to the first row of the list")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Pairs"), (
        (_key("Ctrl+M"), QT_TRANSLATE_NOOP("ShortcutSheet", "suggest matches")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Goals (in the Goals tab)"), (
        (_key("Ctrl+N"), QT_TRANSLATE_NOOP("ShortcutSheet", "add a goal")),
        (_key_in(QT_TRANSLATE_NOOP("ShortcutSheet", "{0} in Assessments"), "Ctrl+N"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "enter an assessment")),
        (_key_in(QT_TRANSLATE_NOOP("ShortcutSheet", "{0} in Pairing fit"), "Ctrl+N"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "record pairing fit")),
        (_key("Enter"), QT_TRANSLATE_NOOP("ShortcutSheet", "edit the selected goal")),
        (_key("Ctrl+R"), QT_TRANSLATE_NOOP("ShortcutSheet", "record progress")),
        (_key("Ctrl+Shift+A"), QT_TRANSLATE_NOOP("ShortcutSheet", "mark achieved")),
        (_key("Del"), QT_TRANSLATE_NOOP("ShortcutSheet", "delete the goal")),
        (_key("Ctrl+E"), QT_TRANSLATE_NOOP("ShortcutSheet", "enter an assessment")),
        (_key_in(QT_TRANSLATE_NOOP("ShortcutSheet", "{0} in the Assessments list"), "Enter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "open the selected assessment")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Assessment form"), (
        ("1–5", QT_TRANSLATE_NOOP("ShortcutSheet", "score the row and move to the next")),
        ("0", QT_TRANSLATE_NOOP("ShortcutSheet", "clear the row's score")),
        (_key("Ctrl+Enter"), QT_TRANSLATE_NOOP("ShortcutSheet", "save")),
        (_save_and_next_key,
         QT_TRANSLATE_NOOP("ShortcutSheet", "save and open the next one missing")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Date fields"), (
        (QT_TRANSLATE_NOOP("ShortcutSheet", "2026-12-24"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "type a whole date in one go: the year is "
                                            "selected when you enter the field")),
        ("↑ ↓", QT_TRANSLATE_NOOP("ShortcutSheet", "a year, month or day later or earlier "
                                                   "(the part under the cursor)")),
        (_key("Tab"), QT_TRANSLATE_NOOP("ShortcutSheet", "the next field")),
        (_key_in(QT_TRANSLATE_NOOP("ShortcutSheet", "{0}, or leaving the field"), "Enter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "a date outside the allowed days moves to the "
                                            "nearest one, and says so")),
    )),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Anywhere"), (
        (_tab_keys,
         QT_TRANSLATE_NOOP("ShortcutSheet", "the Participants · Pairs · Calendar · Goals tab")),
        (_menu_keys,
         QT_TRANSLATE_NOOP("ShortcutSheet", "the File · Edit · Programme · Documents · Help menu")),
        (_cycle_key, QT_TRANSLATE_NOOP("ShortcutSheet", "choose the cycle")),
        (_key("Ctrl+Z"), QT_TRANSLATE_NOOP("ShortcutSheet", "undo the last delete on the shown tab "
                                     "(Edit > Undo names it)")),
        (QT_TRANSLATE_NOOP("ShortcutSheet", "Alt+underlined letter"),
         QT_TRANSLATE_NOOP("ShortcutSheet", "the button or field whose label shows it")),
        (_key("F1"), QT_TRANSLATE_NOOP("ShortcutSheet", "this sheet")),
    )),
)  # fmt: skip


def _translated(text: Key) -> str:
    return html.escape(text() if callable(text) else QCoreApplication.translate(CONTEXT, text))


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


class ShortcutSheetDialog(QDialog):
    """The sheet in a window that scrolls: at twice the text size (``QT_SCALE_FACTOR=2``)
    or in German the table is taller than many screens, and a message box cannot scroll,
    so its OK button fell off the bottom of the screen."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        self.html = shortcut_sheet_html()
        self.browser = QTextBrowser(objectName="shortcut_sheet")
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setHtml(self.html)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.browser)
        self.column.addWidget(box)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """The whole table when the screen has room, else as much as fits (the rest
        scrolls): measured from the laid-out text, so it grows with the font."""
        document = self.browser.document()
        document.setTextWidth(-1)  # unwrapped, for the table's natural width
        document.setTextWidth(document.idealWidth())
        frame = 2 * self.browser.frameWidth() + self.browser.verticalScrollBar().sizeHint().width()
        wanted = QSize(
            int(document.idealWidth()) + frame,
            int(document.size().height()) + frame,
        )
        screen = (self.parentWidget() or self).screen().availableGeometry()
        chrome = self.column.sizeHint() - self.browser.sizeHint()
        return QSize(
            min(wanted.width() + chrome.width(), screen.width() * 9 // 10),
            min(wanted.height() + chrome.height(), screen.height() * 8 // 10),
        )
