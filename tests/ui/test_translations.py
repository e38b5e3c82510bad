"""The window is translatable for real: the committed ``rmdesk.ts`` holds every message
lupdate finds, lupdate finds them without a warning, every ``tr()`` is given a literal,
and a ``.qm`` for the locale changes what the window says."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from rmdesk import app as rmdesk_app
from rmdesk.paths import resource

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "rmdesk").rglob("*.py"))
COMMITTED = resource("translations/rmdesk.ts")
SCRIPTS = Path(sys.executable).parent

Message = tuple[str, str, str]  # context, source text, disambiguation


def _tool(name: str) -> Path:
    tool = SCRIPTS / name  # installed with PySide6
    assert tool.exists(), f"{name} should be beside {sys.executable}"
    return tool


def _messages(ts_file: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def _lupdate(target: Path) -> str:
    """The documented command (README, docs/architecture.md) into ``target``: its output."""
    result = subprocess.run(
        [
            str(_tool("pyside6-lupdate")),
            *map(str, SOURCES),
            "-ts",
            str(target),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    target = tmp_path_factory.mktemp("lupdate") / "rmdesk.ts"
    shutil.copyfile(COMMITTED, target)  # as the command updates the committed file
    return target, _lupdate(target)


def test_lupdate_prints_no_warning(extracted):
    _target, output = extracted
    noise = [
        line
        for line in output.splitlines()
        if line.strip()
        and not line.startswith("Updating ")
        and not line.strip().startswith("Found ")
        and not line.strip().startswith("Removed ")
        and not line.strip().startswith("Kept ")
    ]
    assert noise == []


def test_committed_ts_is_up_to_date(extracted):
    target, _output = extracted
    committed, fresh = _messages(COMMITTED), _messages(target)
    assert fresh - committed == set(), "new strings: run the lupdate command in the README"
    assert committed - fresh == set(), "gone strings: run the lupdate command in the README"
    assert len(fresh) > 500


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The argument lupdate reads as the source text, if this call translates."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and call.args:
        return call.args[0]
    if name in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP") and call.args:
        return call.args[-1]
    return None


def test_every_tr_is_given_a_literal():
    """``tr(variable)`` is invisible to lupdate, so its text would never be translated.

    Text kept outside a widget is marked with ``QT_TRANSLATE_NOOP`` and shown through
    ``QCoreApplication.translate``."""
    offenders = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                text = _text_argument(node)
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                if text is not None and not literal:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_a_translation_for_the_locale_changes_the_window(qapp, qtbot, tmp_path: Path):
    """The loader works without rmdesk shipping a translation: a one-string .qm."""
    source = tmp_path / "rmdesk_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de_DE"><context><name>MainWindow</name>'
        "<message><source>&amp;Participants</source>"
        "<translation>&amp;Teilnehmende</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    subprocess.run(
        [str(_tool("pyside6-lrelease")), str(source), "-qm", str(tmp_path / "rmdesk_de.qm")],
        capture_output=True,
        check=True,
    )
    from rmdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = rmdesk_app.install_translators(app, tmp_path, QLocale("de_DE"))
    try:
        assert len(installed) == 2  # Qt's German and rmdesk's
        window = MainWindow(tmp_path / "unused.sqlite")
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "&Teilnehmende"
        assert window.tabs.tabText(1) == "P&airs"  # untranslated text stays English
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_no_translation_for_the_locale_is_fine(qapp, tmp_path: Path):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = rmdesk_app.install_translators(app, tmp_path, QLocale("en_GB"))
    try:
        assert all(t.filePath().endswith(".qm") for t in installed)
        assert not any("rmdesk" in Path(t.filePath()).name for t in installed)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_translations_are_found_beside_the_other_resources():
    assert resource(rmdesk_app.TRANSLATIONS) == COMMITTED.parent
    assert COMMITTED.is_file()


def test_the_window_s_words_cover_the_domain_s_values():
    """Every stored value has its translatable word, the same English as the domain's."""
    from rmdesk.documents.typesetting import PAPER_LABELS
    from rmdesk.programme.assessments import PHASE_LABELS, TAKE_PART_AGAIN_LABELS
    from rmdesk.programme.checkins import FIT_LABELS
    from rmdesk.programme.goals import OWNER_LABELS, STATUS_LABELS
    from rmdesk.programme.meetings import ATTENTION_KINDS, SEVERITIES
    from rmdesk.programme.records import LEVEL_NAMES, WEEKDAYS
    from rmdesk.programme.settings import CRITERION_LABELS
    from rmdesk.store import values
    from rmdesk.ui.common import labels

    assert labels.GOAL_STATUS == STATUS_LABELS
    assert labels.GOAL_OWNER == OWNER_LABELS
    assert labels.PHASE == PHASE_LABELS
    assert labels.FIT == FIT_LABELS
    assert labels.TAKE_PART_AGAIN == TAKE_PART_AGAIN_LABELS
    assert tuple(labels.TAKE_PART_AGAIN) == values.TAKE_PART_AGAIN
    assert labels.CRITERION == CRITERION_LABELS
    assert labels.PAPER == PAPER_LABELS
    assert labels.LEVEL == LEVEL_NAMES
    assert {day: day for day in WEEKDAYS} == labels.WEEKDAY
    assert {mode: mode.title() for mode in values.WORK_MODES} == labels.WORK_MODE
    assert tuple(labels.CYCLE_STATUS_WORD) == values.CYCLE_STATUSES
    assert tuple(labels.PAIR_STATUS_WORD) == values.PAIR_STATUSES
    assert tuple(labels.PAIR_STATUS) == values.PAIR_STATUSES
    assert set(labels.MEETING_STATUS) == set(values.MEETING_STATUSES)
    assert set(labels.MEETING_MODE) == set(values.MEETING_MODES)
    assert set(labels.ATTENTION) == set(ATTENTION_KINDS)
    assert set(labels.ATTENTION_SEVERITY) == set(SEVERITIES)
    assert labels.shown(labels.GOAL_STATUS, "someday") == "someday"
    assert labels.level_name(9) == ""


def test_loading_translators_imports_no_window_module():
    """Start-up stays light: the loader runs before the window's shell, tabs come later;
    it reads only the window's language setting (the settings keys, no widgets)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from rmdesk import app\n"
        "application = QApplication(['rmdesk', '-platform', 'offscreen'])\n"
        "app.install_translators(application)\n"
        "print(sorted(m for m in sys.modules if m.startswith('rmdesk.ui')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "['rmdesk.ui', 'rmdesk.ui.common', 'rmdesk.ui.common.settings']"
