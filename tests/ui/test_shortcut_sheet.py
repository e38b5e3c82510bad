"""Help > Keyboard shortcuts lists the assessment form's keys, the date fields'
behaviour and the Alt+letters of the tabs and menus, as the widgets really have them
in the window's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument

from rmdesk import app as rmdesk_app
from rmdesk.programme import assessments
from rmdesk.ui.common.mnemonics import mnemonic
from rmdesk.ui.common.shortcut_sheet import ShortcutSheetDialog
from rmdesk.ui.goals.assessment_dialog import AssessmentDialog
from rmdesk.ui.main_window import MainWindow

from .test_goals_tab import build_programme


def sheet_sections(window, monkeypatch) -> dict[str, list[tuple[str, str]]]:
    """The sheet as the coordinator reads it: heading -> (key, what it does) rows."""
    shown: list[str] = []
    monkeypatch.setattr(ShortcutSheetDialog, "exec", lambda dialog: shown.append(dialog.html))
    window.show_shortcuts()
    document = QTextDocument()
    document.setHtml(shown[0])
    table = next(f for f in document.rootFrame().childFrames() if f.columns() == 2)
    sections: dict[str, list[tuple[str, str]]] = {}
    heading = ""
    for row in range(table.rows()):
        key = table.cellAt(row, 0).firstCursorPosition().block().text()
        what = table.cellAt(row, 1).firstCursorPosition().block().text()
        if table.cellAt(row, 0).columnSpan() == 2:
            heading = key
            sections[heading] = []
        else:
            sections[heading].append((key, what))
    return sections


def test_the_sheet_lists_the_assessment_form_keys_it_really_has(window, qtbot, monkeypatch):
    programme = build_programme()
    owed = assessments.assessment_status(programme.cycle)
    dialog = AssessmentDialog(None, owed, {})
    qtbot.addWidget(dialog)
    real = {
        shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        for shortcut in dialog.findChildren(QShortcut)
    }
    mnemonic = dialog.next_button.text().split("&")[1][0].upper()

    form = dict(sheet_sections(window, monkeypatch)["Assessment form"])
    assert "Ctrl+Enter" in real and form["Ctrl+Enter"] == "save"
    assert form[f"Alt+{mnemonic}"] == "save and open the next one missing"
    assert {"1–5", "0"} <= set(form)


def test_the_sheet_says_how_date_fields_behave(window, monkeypatch):
    dates = dict(sheet_sections(window, monkeypatch)["Date fields"])
    assert "type a whole date in one go" in dates["2026-12-24"]
    assert dates["Tab"] == "the next field"
    assert "nearest" in dates["Enter, or leaving the field"]
    assert "↑ ↓" in dates


GERMAN_TITLES = {
    "MainWindow": {
        "&Participants": "&Teilnehmende",
        "P&airs": "T&andems",
        "&Calendar": "&Kalender",
        "&Goals": "&Ziele",
        "&File": "&Datei",
        "&Documents": "D&okumente",
        " C&ycle: ": " Durch&gang: ",
    },
    "AssessmentDialog": {"Save and &next": "Speichern und &weiter"},
}


@pytest.fixture
def german_titles(qapp, tmp_path: Path) -> Iterator[None]:
    """A .qm (built with lrelease, as the shipped ones are) translating the titles whose
    letters the sheet names; the locale and translators are put back after."""
    contexts = "".join(
        f"<context><name>{context}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        + "</context>"
        for context, messages in GERMAN_TITLES.items()
    )
    source = tmp_path / "rmdesk_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de_DE">{contexts}</TS>\n',
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(tmp_path / "rmdesk_de.qm")],
        capture_output=True,
        check=True,
    )
    before = QLocale()
    installed = rmdesk_app.install_translators(qapp, tmp_path, QLocale("de_DE"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def window_letters(window) -> dict[str, str]:
    """What the shown window underlines: its tabs', its menus' and the cycle's Alt keys."""
    from PySide6.QtWidgets import QLabel

    def letters(texts) -> str:
        return "Alt+" + " · ".join(mnemonic(text).upper() for text in texts)

    cycle = next(
        label for label in window.findChildren(QLabel) if label.buddy() is window.cycle_selector
    )
    return {
        "tabs": letters(window.tabs.tabText(i) for i in range(window.tabs.count())),
        "menus": letters(action.text() for action in window.menuBar().actions()),
        "cycle": f"Alt+{mnemonic(cycle.text()).upper()}",
    }


def anywhere_keys(window, monkeypatch) -> dict[str, str]:
    rows = dict((what, key) for key, what in sheet_sections(window, monkeypatch)["Anywhere"])
    return {
        "tabs": rows["the Participants · Pairs · Calendar · Goals tab"],
        "menus": rows["the File · Edit · Programme · Documents · Help menu"],
        "cycle": rows["choose the cycle"],
    }


def test_the_sheet_names_the_letters_the_window_underlines(window, monkeypatch):
    assert (
        anywhere_keys(window, monkeypatch)
        == window_letters(window)
        == {
            "tabs": "Alt+P · A · C · G",
            "menus": "Alt+F · E · R · D · H",
            "cycle": "Alt+Y",
        }
    )


def test_in_another_language_the_sheet_names_that_language_s_letters(
    german_titles, qtbot, db, db_path, monkeypatch
):
    """German underlines T of Teilnehmende and G of Durchgang: the sheet says so, not the
    English Alt+P and Alt+Y (strings the translation leaves alone keep their letter)."""
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    assert window.tabs.tabText(0) == "&Teilnehmende"
    assert (
        anywhere_keys(window, monkeypatch)
        == window_letters(window)
        == {
            "tabs": "Alt+T · A · K · Z",
            "menus": "Alt+D · E · R · O · H",
            "cycle": "Alt+G",
        }
    )
    form = dict(sheet_sections(window, monkeypatch)["Assessment form"])
    assert form["Alt+W"] == "save and open the next one missing"
    assert "Alt+N" not in form


def test_the_sheet_scrolls_within_the_screen_and_grows_with_the_font(qtbot):
    """Taller than the screen at a large font, the sheet keeps to the screen and scrolls
    (its Close button stays reachable); its width follows the text, not a fixed size."""
    from PySide6.QtGui import QFont

    small = ShortcutSheetDialog(None)
    qtbot.addWidget(small)
    big = ShortcutSheetDialog(None)
    qtbot.addWidget(big)
    font = QFont(big.font())
    font.setPointSizeF(font.pointSizeF() * 3)
    big.browser.setFont(font)
    big.resize(big._fitting_size())
    screen = big.screen().availableGeometry()
    assert big.width() > small.width()  # measured from the text
    assert big.height() <= screen.height() * 8 // 10  # kept on the screen ...
    big.show()
    qtbot.waitExposed(big)
    assert big.browser.verticalScrollBar().maximum() > 0  # ... and the rest scrolls
    assert big.browser.accessibleName() == "Keyboard shortcuts"


@pytest.fixture
def language(request, speaking) -> str:
    """The shipped translations (Qt's own with them) for the locale given; put back after."""
    speaking(QLocale(request.param))
    return str(request.param)


def sheet_keys(qtbot) -> list[str]:
    """The key column of the sheet, as shown."""
    dialog = ShortcutSheetDialog(None)
    qtbot.addWidget(dialog)
    document = QTextDocument()
    document.setHtml(dialog.html)
    table = next(f for f in document.rootFrame().childFrames() if f.columns() == 2)
    return [
        table.cellAt(row, 0).firstCursorPosition().block().text()
        for row in range(table.rows())
        if table.cellAt(row, 0).columnSpan() == 1
    ]


@pytest.mark.parametrize("language", ["de_DE"], indirect=True)
def test_in_german_the_sheet_writes_keys_as_the_menus_do(language, qtbot):
    """German menus say "Strg+O" and "Entf": the sheet too, in sentences as well."""
    keys = sheet_keys(qtbot)
    assert {"Strg+O", "Strg+Q", "Entf", "Strg+Umschalt+A", "Strg+Enter"} <= set(keys)
    assert sum(key.startswith("Strg+N ") for key in keys) == 2  # "… in Einschätzungen"
    assert not [key for key in keys if "Ctrl" in key or "Del" in key]


@pytest.mark.parametrize("language", ["fr_FR"], indirect=True)
def test_in_french_the_sheet_writes_keys_as_the_menus_do(language, qtbot):
    keys = sheet_keys(qtbot)
    assert {"Ctrl+O", "Suppr", "Ctrl+Maj+A", "Ctrl+Entrée"} <= set(keys)
    assert any(key.startswith("Entrée") and key != "Entrée" for key in keys)  # in a sentence
    assert "Del" not in keys and "Enter" not in keys
