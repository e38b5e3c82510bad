"""The window is shown before anything its first frame does not need is imported.

``rmdesk --db FILE`` is run for real in a child process (offscreen) up to the first
turn of its event loop, when the window is on screen; the child then lists every
module loaded so far. Libraries for documents, imports, matching and the store's ORM,
the command line's areas and the tabs' own packages load after the first frame.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rmdesk.store import close_database, open_database

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def shown():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
    print("SHOWN", any(w.isVisible() for w in windows))
    print("MODULES", " ".join(sorted(sys.modules)))
    sys.stdout.flush()
    app.quit()


QTimer.singleShot(0, shown)
from rmdesk.cli import main

main(["--db", sys.argv[1]])
"""

# Not needed to show the window: each costs start-up time if imported before it.
HEAVY = (
    "reportlab",
    "babel",
    "xml.etree",  # the documents' catalogues read the .ts files
    "uharfbuzz",
    "openpyxl",
    "charset_normalizer",
    "numpy",
    "scipy",
    "pypdf",
    "icalendar",
    "dateutil",
    "peewee",
    "pypdfium2",
    "PySide6.QtSvg",
    "rmdesk.documents",  # but LIGHT below
    "rmdesk.exchange",
    "rmdesk.commands.programme",
    "rmdesk.commands.meetings",
    "rmdesk.commands.documents",
    "rmdesk.commands.exchange",
    "rmdesk.programme.consistency",
    "rmdesk.store.backups",
    "rmdesk.programme.matching",
    "rmdesk.ui.participants",
    "rmdesk.ui.pairs",
    "rmdesk.ui.calendar",
    "rmdesk.ui.goals",
    "rmdesk.ui.documents",
    "rmdesk.ui.data",
)

# Plain constants the window needs before its first frame (the fonts it registers).
LIGHT = {"rmdesk.documents", "rmdesk.documents.font_files"}


def modules_when_shown(database: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = dict(line.partition(" ")[::2] for line in done.stdout.splitlines())
    assert lines.get("SHOWN") == "True", done.stdout + done.stderr
    return set(lines["MODULES"].split())


def test_nothing_heavy_is_imported_before_the_window_is_shown(tmp_path):
    database = tmp_path / "programme.rmdesk"
    open_database(database)  # a real file: its check before the window runs too
    close_database()

    loaded = modules_when_shown(database)

    assert "rmdesk.ui.main_window" in loaded  # the child did start rmdesk's window
    early = sorted(
        name for name in loaded - LIGHT if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )
    assert early == []
