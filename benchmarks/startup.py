"""Start-up time of rmdesk against a bare PySide6 window, and rmdesk's peak memory.

Measures, in one run, the time from process start to the main window shown for

(a) rmdesk on a 10,000-participant demo database, through its real start-up path
    (``rmdesk.cli.main(["--db", PATH])`` -> ``run_gui``: lock, open and check the
    database, build the main window, show; the Participants tab then loads), and
(b) a bare PySide6 ``QMainWindow`` holding a ``QTabWidget`` with four empty tabs,
    the same size as rmdesk's default window,

alternating (a) and (b) for ``--runs`` runs each (after one untimed warm-up of
each, so both find the libraries in the page cache and rmdesk finds its saved
window state), and prints the medians, their ratio and rmdesk's peak memory.

"Process start to window shown" is the wall-clock time (``time.time()``) taken
in this process just before ``subprocess.Popen`` up to the ``time.time()`` the
child prints from the first event-loop iteration, when its ``QMainWindow`` is
visible.  The child then waits for the window's first paint to complete and
prints the time again ("first frame"), the time rmdesk's list holds every
participant ("listed"), and its peak RSS (``ru_maxrss``).  Both children
create their ``QApplication`` first, in the same way, so the comparison is fair.

Settings go to a temporary folder (``RMDESK_CONFIG_DIR``), never the user's;
Qt draws offscreen unless ``QT_QPA_PLATFORM`` is already set.  The script
reports and never judges: it exits 0 whether or not the targets are met (it
exits non-zero only when a child fails to start).

Run from the repository root::

    .venv/bin/python benchmarks/startup.py
    .venv/bin/python benchmarks/startup.py --runs 11
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PARTICIPANTS = 10_000
SEED = 1
TARGET_RATIO = 1.5
TARGET_PEAK_MB = 250.0

# Shared by both children: create the application first, then report from the
# first event-loop iteration (scheduled before the window exists).
_CHILD_PRELUDE = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


state = {"painted": False, "listed": False}


def finish_when_done():
    # Quit once the first frame is painted and (rmdesk) the participants are listed.
    ready = getattr(window_shown[0], "ready", True)  # rmdesk fills itself after showing
    tab = getattr(window_shown[0], "participants_tab", None)
    if not state["listed"] and ready:
        state["listed"] = True
        print("LISTED", repr(time.time()))
        if tab is not None:
            print("ROWS", tab.model.rowCount())
    if state["painted"] and state["listed"]:
        print("MAXRSS_KIB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        sys.stdout.flush()
        QApplication.quit()
        return
    QTimer.singleShot(1, finish_when_done)


window_shown = []


def report():
    shown = time.time()
    windows = [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QMainWindow) and w.isVisible()
    ]
    if not windows:
        print("NO-WINDOW")
        QApplication.quit()
        return
    print("SHOWN", repr(shown))
    window_shown.append(windows[0])
    # Imported only now, so that neither child pays for it before being shown.
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not state["painted"]:
                # The window paints itself first, then its children, in one
                # pass; a zero timer runs after it, when the frame is complete.
                def painted():
                    state["painted"] = True
                    print("PAINTED", repr(time.time()))

                QTimer.singleShot(0, painted)
            return False

    global first_paint
    first_paint = FirstPaint(windows[0])
    windows[0].installEventFilter(first_paint)
    QTimer.singleShot(0, finish_when_done)


QTimer.singleShot(0, report)
"""

RMDESK_CHILD = (
    _CHILD_PRELUDE
    + """
from rmdesk.cli import main

sys.exit(main(["--db", sys.argv[1]]))
"""
)

BARE_CHILD = (
    _CHILD_PRELUDE
    + """
from PySide6.QtWidgets import QTabWidget, QWidget

window = QMainWindow()
tabs = QTabWidget()
for name in ("Participants", "Pairs", "Calendar", "Goals"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 760)
window.show()
sys.exit(app.exec())
"""
)


@dataclass(frozen=True)
class Sample:
    shown_ms: float
    painted_ms: float
    listed_ms: float
    peak_mb: float


def _environment(config_dir: Path, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["RMDESK_CONFIG_DIR"] = str(config_dir)
    env["RMDESK_DATA_DIR"] = str(data_dir)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def build_database(path: Path, env: dict[str, str]) -> None:
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
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)


def launch(code: str, database: Path, env: dict[str, str]) -> Sample:
    """Start one child and read when its window was shown and painted, and its peak RSS."""
    command = [sys.executable, "-c", code, str(database)]
    started = time.time()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = child.communicate(timeout=120)
    values: dict[str, float] = {}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key in ("SHOWN", "PAINTED", "LISTED", "MAXRSS_KIB"):
            values[key] = float(value)
    if child.returncode != 0 or len(values) != 4:
        raise SystemExit(
            f"benchmark child failed (exit {child.returncode}):\n{out}\n{err}".rstrip()
        )
    rows = [line.split()[1] for line in out.splitlines() if line.startswith("ROWS ")]
    if rows and int(rows[0]) != PARTICIPANTS:
        raise SystemExit(f"rmdesk showed {rows[0]} participants, not {PARTICIPANTS}")
    return Sample(
        shown_ms=(values["SHOWN"] - started) * 1000.0,
        painted_ms=(values["PAINTED"] - started) * 1000.0,
        listed_ms=(values["LISTED"] - started) * 1000.0,
        peak_mb=values["MAXRSS_KIB"] / 1024.0,
    )


def _verdict(met: bool) -> str:
    return "target met" if met else "target missed"


def _stats_line(label: str, values: list[float], unit: str = "ms") -> str:
    return (
        f"  {label:<34} median {statistics.median(values):8.1f} {unit}   "
        f"min {min(values):8.1f}   max {max(values):8.1f}"
    )


def report(rmdesk: list[Sample], bare: list[Sample]) -> None:
    print(f"Start-up, process start to main window shown ({len(rmdesk)} runs each)")
    print(_stats_line("(a) rmdesk, 10,000 participants", [s.shown_ms for s in rmdesk]))
    print(_stats_line("(b) bare QMainWindow + QTabWidget", [s.shown_ms for s in bare]))
    ratio = statistics.median(s.shown_ms for s in rmdesk) / statistics.median(
        s.shown_ms for s in bare
    )
    print(f"  ratio (a)/(b) of medians: {ratio:.2f}   target <= {TARGET_RATIO}   ", end="")
    print(_verdict(ratio <= TARGET_RATIO))
    print()
    print("Process start to the first frame painted (for information)")
    print(_stats_line("(a) rmdesk", [s.painted_ms for s in rmdesk]))
    print(_stats_line("(b) bare", [s.painted_ms for s in bare]))
    painted_ratio = statistics.median(s.painted_ms for s in rmdesk) / statistics.median(
        s.painted_ms for s in bare
    )
    print(f"  ratio (a)/(b) of medians: {painted_ratio:.2f}")
    print()
    print("Process start to all 10,000 participants listed (rmdesk loads after showing)")
    print(_stats_line("(a) rmdesk", [s.listed_ms for s in rmdesk]))
    print()
    print("Peak memory (max RSS of the child process)")
    print(_stats_line("(a) rmdesk", [s.peak_mb for s in rmdesk], "MB"))
    print(_stats_line("(b) bare", [s.peak_mb for s in bare], "MB"))
    peak = max(s.peak_mb for s in rmdesk)
    print(f"  rmdesk peak: {peak:.1f} MB   target <= {TARGET_PEAK_MB:.0f} MB   ", end="")
    print(_verdict(peak <= TARGET_PEAK_MB))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as tmp:
        root = Path(tmp)
        env = _environment(root / "config", root / "data")
        database = root / "demo.rmdesk"
        print(f"Building a {PARTICIPANTS:,}-participant demo database…", flush=True)
        build_database(database, env)
        print(f"Platform: {env['QT_QPA_PLATFORM']}; warm-up, then {args.runs} runs each…")
        launch(RMDESK_CHILD, database, env)
        launch(BARE_CHILD, database, env)
        rmdesk: list[Sample] = []
        bare: list[Sample] = []
        for _ in range(args.runs):
            rmdesk.append(launch(RMDESK_CHILD, database, env))
            bare.append(launch(BARE_CHILD, database, env))
        print()
        report(rmdesk, bare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
