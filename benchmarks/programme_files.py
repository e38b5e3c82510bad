"""How long File > Open programme takes to switch between two programme files.

Two demo databases of ``--participants`` people each (built first by ``rmdesk demo``
in child processes) are opened in turn in one ``MainWindow``, started as ``rmdesk``
starts it (the first file's lock handed to the window, the store opened after the
first frame). Each switch is ``ProgrammeFiles.switch_to``: the new file's lock,
``inspect_file``, closing the store, ``open_database`` (its full page check), the
announcement of everything and the Participants tab reading the new list (hidden
tabs read when shown), then the events it leaves behind; a second figure adds the
programme's rules, checked on a worker thread meanwhile. Today's backup of each file
is made on its first opening (in the background); the window waits for it, untimed,
before the next switch.
Times are ``time.perf_counter`` wall-clock; the first switch of each direction pays
one-off costs and is shown on its own.

Settings and data go to a temporary folder (``RMDESK_CONFIG_DIR``,
``RMDESK_DATA_DIR``); Qt draws offscreen unless ``QT_QPA_PLATFORM`` is set. The
script reports and never judges.

Run from the repository root::

    .venv/bin/python benchmarks/programme_files.py
    .venv/bin/python benchmarks/programme_files.py --participants 10000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build_database(path: Path, participants: int, seed: int) -> None:
    """A demo database, made by the real command line in a child process."""
    command = [sys.executable, "-m", "rmdesk", "--db", str(path), "demo",
               "--participants", str(participants), "--seed", str(seed)]  # fmt: skip
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def run(first: Path, second: Path, runs: int) -> tuple[list[float], list[float]]:
    """Each switch's time until the window is usable, and until the programme's rules,
    checked on a worker thread meanwhile, are checked too."""
    from PySide6.QtWidgets import QApplication

    from rmdesk.instance_lock import WINDOW, DatabaseLock
    from rmdesk.store import close_database, open_database
    from rmdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    lock = DatabaseLock(first, holder=WINDOW)
    lock.acquire()
    window = MainWindow(first, open_store=lambda: open_database(first), lock=lock)
    window.resize(1280, 760)
    window.show()
    while not window.ready:
        app.processEvents()
    window.wait_for_background_work()
    times: list[float] = []
    checked: list[float] = []
    try:
        for number in range(2 * runs):
            target = second if number % 2 == 0 else first
            start = time.perf_counter()
            if not window.files.switch_to(target):
                raise SystemExit(f"could not open {target}")
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000.0)
            if window.participants_tab.model.rowCount() == 0:
                raise SystemExit("the new file shows no participants: nothing measured")
            if window.problems_worker is not None:
                window.problems_worker.wait()
            app.processEvents()
            checked.append((time.perf_counter() - start) * 1000.0)
            window.wait_for_background_work()  # today's backup, untimed
            app.processEvents()
    finally:
        window.wait_for_background_work()
        window.close()
        close_database()
        window.files.release()
        lock.release()
    return times, checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=2000, help="per file (2000)")
    parser.add_argument("--runs", type=int, default=5, help="round trips (default 5)")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.participants < 2:
        parser.error("--runs must be at least 1 and --participants at least 2")
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-") as tmp:
        root = Path(tmp)
        os.environ["RMDESK_CONFIG_DIR"] = str(root / "config")
        os.environ["RMDESK_DATA_DIR"] = str(root / "data")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        first, second = root / "first.rmdesk", root / "second.rmdesk"
        print(f"Building two {args.participants:,}-participant programmes…", flush=True)
        build_database(first, args.participants, 1)
        build_database(second, args.participants, 2)
        size_mb = second.stat().st_size / 1_000_000
        times, checked = run(first, second, args.runs)
    later = times[2:] or times
    later_checked = checked[2:] or checked
    print()
    print(
        f"Switching programme files, {args.participants:,} participants each "
        f"({size_mb:.1f} MB), {len(times)} switches"
    )
    print(f"  first switch (to a file not opened yet)   {times[0]:7.1f} ms")
    print(
        f"  later switches   median {statistics.median(later):7.1f} ms   "
        f"min {min(later):7.1f}   max {max(later):7.1f}"
    )
    print(
        f"  ... and the rules checked   median {statistics.median(later_checked):7.1f} ms   "
        f"min {min(later_checked):7.1f}   max {max(later_checked):7.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
