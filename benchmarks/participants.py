"""Responsiveness of the Participants tab on 10,000 participants, and peak memory.

In one process, on a 10,000-participant demo database (built first by
``rmdesk demo`` in a child process, so its generation does not count towards this
process's memory), with a ``ParticipantsTab`` shown in a 1280x760 window, this
measures over ``--runs`` repetitions:

* tab load: ``tab.reload()`` (read every participant from the database and reset
  the model) plus ``QApplication.processEvents()`` so the view lays out and paints;
* one filter keystroke: "a" typed (``QTest.keyClick``) into the focused, empty
  filter box, then ``processEvents()``; also the next keystroke, "n" (narrowing
  "a" to "an"), and a Backspace (widening "an" back to "a").  The box is cleared
  between repetitions, untimed;
* sort: ``table.sortByColumn(COL_DEPARTMENT, AscendingOrder)`` plus
  ``processEvents()`` (the table is put back in name order between repetitions,
  untimed);

and the peak RSS of the process at the end.  Times are ``time.perf_counter``
wall-clock; the first repetition is shown on its own as it pays one-off costs.

Settings go to a temporary folder (``RMDESK_CONFIG_DIR``), never the user's;
Qt draws offscreen unless ``QT_QPA_PLATFORM`` is already set.  The script
reports and never judges: it exits 0 whether or not the targets are met.

Run from the repository root::

    .venv/bin/python benchmarks/participants.py
    .venv/bin/python benchmarks/participants.py --runs 15
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PARTICIPANTS = 10_000
SEED = 1
TARGET_LOAD_MS = 200.0
TARGET_KEYSTROKE_MS = 30.0
TARGET_PEAK_MB = 250.0


@dataclass
class Measure:
    label: str
    target_ms: float | None
    times_ms: list[float] = field(default_factory=list)

    def line(self) -> str:
        values = self.times_ms
        median = statistics.median(values)
        text = (
            f"  {self.label:<30} median {median:7.1f} ms   min {min(values):7.1f}   "
            f"max {max(values):7.1f}   first {values[0]:7.1f}"
        )
        if self.target_ms is None:
            return text + "   (no target)"
        verdict = "target met" if median <= self.target_ms else "target missed"
        return text + f"   target <= {self.target_ms:.0f} ms   {verdict}"


def build_database(path: Path) -> None:
    """The demo database, made by the real command line in a child process."""
    command = [
        sys.executable,
        "-m",
        "rmdesk",
        "--db",
        str(path),
        "demo",
        "--participants",
        str(PARTICIPANTS),
        "--seed",
        str(SEED),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def timed(action: Callable[[], object]) -> float:
    """Milliseconds taken by ``action`` and the events it leaves behind."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000.0


def run(database: Path, runs: int) -> list[Measure]:
    # Qt and rmdesk's UI are imported only now, after the environment is set.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from rmdesk.store import close_database, open_database
    from rmdesk.ui.participants.model import COL_DEPARTMENT, COL_NAME
    from rmdesk.ui.participants.tab import ParticipantsTab

    app = QApplication(sys.argv[:1])
    open_database(database)
    window = QMainWindow()
    tab = ParticipantsTab(window)
    window.setCentralWidget(tab)
    window.resize(1280, 760)
    window.show()
    app.processEvents()

    load = Measure("tab load (reload + events)", TARGET_LOAD_MS)
    key_a = Measure('keystroke "a" (empty -> "a")', TARGET_KEYSTROKE_MS)
    key_n = Measure('keystroke "n" ("a" -> "an")', TARGET_KEYSTROKE_MS)
    key_back = Measure('Backspace ("an" -> "a")', TARGET_KEYSTROKE_MS)
    sort = Measure("sort by department", None)
    ascending = Qt.SortOrder.AscendingOrder
    try:
        for _ in range(runs):
            load.times_ms.append(timed(tab.reload))
            if tab.proxy.rowCount() == 0:
                raise SystemExit("the tab shows no participants: nothing to measure")
            tab.filter_edit.setFocus()
            app.processEvents()
            key_a.times_ms.append(timed(lambda: QTest.keyClick(tab.filter_edit, "a")))
            key_n.times_ms.append(timed(lambda: QTest.keyClick(tab.filter_edit, "n")))
            key_back.times_ms.append(
                timed(lambda: QTest.keyClick(tab.filter_edit, Qt.Key.Key_Backspace))
            )
            if tab.filter_edit.text() != "a":
                raise SystemExit(f"unexpected filter text {tab.filter_edit.text()!r}")
            tab.filter_edit.setText("")
            app.processEvents()
            sort.times_ms.append(timed(lambda: tab.table.sortByColumn(COL_DEPARTMENT, ascending)))
            tab.table.sortByColumn(COL_NAME, ascending)
            app.processEvents()
    finally:
        window.close()
        close_database()
    return [load, key_a, key_n, key_back, sort]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions (default 7)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as tmp:
        root = Path(tmp)
        os.environ["RMDESK_CONFIG_DIR"] = str(root / "config")
        os.environ["RMDESK_DATA_DIR"] = str(root / "data")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        database = root / "demo.rmdesk"
        print(f"Building a {PARTICIPANTS:,}-participant demo database…", flush=True)
        build_database(database)
        print(f"Platform: {os.environ['QT_QPA_PLATFORM']}; {args.runs} runs…", flush=True)
        measures = run(database, args.runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print()
    print(f"Participants tab, {PARTICIPANTS:,} participants ({args.runs} runs)")
    for measure in measures:
        print(measure.line())
    verdict = "target met" if peak_mb <= TARGET_PEAK_MB else "target missed"
    print(
        f"  {'peak memory (max RSS)':<30} {peak_mb:.1f} MB"
        f"   target <= {TARGET_PEAK_MB:.0f} MB   {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
