"""Start-up of the built bundle against a bare PySide6 window frozen the same way.

(a) dist/rmdesk/rmdesk (``bash packaging/build.sh``) on a demo programme, through the
    ``RMDESK_QUIT_WHEN_READY`` hook (rmdesk/app.py), which prints the wall-clock time at
    the first event-loop iteration with the window shown, then closes it;
(b) a bare ``QMainWindow`` with a ``QTabWidget`` of four empty tabs (as in
    benchmarks/startup.py), frozen by the same PyInstaller of build/venv with the
    spec's options (``--debug noarchive``: modules as files, as packaging/rmdesk.spec) into
    build/bare/ (made once, again when FREEZE_OPTIONS change), printing the same time
    the same way.

Both run as ``env -i HOME=... QT_QPA_PLATFORM=offscreen``, alternating, after one
untimed warm-up each; the time is from just before ``Popen`` to the printed time.
Prints medians and their ratio (target <= 1.5); reports, never judges (exit 0).

    build/venv/bin/python benchmarks/bundle_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "rmdesk" / "rmdesk"
BARE_DIR = ROOT / "build" / "bare"
BARE = BARE_DIR / "dist" / "bare" / "bare"
TARGET_RATIO = 1.5
# As packaging/rmdesk.spec freezes rmdesk (noarchive=True).
FREEZE_OPTIONS = ["--debug", "noarchive"]

BARE_SOURCE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Participants", "Pairs", "Calendar", "Goals"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 760)
window.show()


def shown():
    print(f"SHOWN {time.time()!r} {window.isVisible()}", flush=True)
    window.close()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def build_bare() -> None:
    """Freeze the bare window with the build venv's PyInstaller, as the bundle is frozen."""
    stamp = BARE_DIR / "options"
    if BARE.exists() and stamp.exists() and stamp.read_text() == " ".join(FREEZE_OPTIONS):
        return
    BARE_DIR.mkdir(parents=True, exist_ok=True)
    source = BARE_DIR / "bare.py"
    source.write_text(BARE_SOURCE, encoding="utf-8")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--onedir",
            "--distpath", str(BARE_DIR / "dist"), "--workpath", str(BARE_DIR / "work"),
            "--specpath", str(BARE_DIR), *FREEZE_OPTIONS, str(source),
        ],
        check=True,
    )  # fmt: skip
    stamp.write_text(" ".join(FREEZE_OPTIONS))


def launch(program: Path, args: list[str], home: Path) -> float:
    """Milliseconds from just before starting ``program`` to the window it says is shown."""
    command = [
        "env", "-i", f"HOME={home}", "QT_QPA_PLATFORM=offscreen", "RMDESK_QUIT_WHEN_READY=1",
        str(program), *args,
    ]  # fmt: skip
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("SHOWN "):
            return (float(line.split()[1]) - started) * 1000.0
    raise SystemExit(f"{program} did not show its window (exit {done.returncode}):\n{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    args = parser.parse_args(argv)
    if not BUNDLE.exists():
        raise SystemExit("no bundle: run bash packaging/build.sh first")
    build_bare()
    with tempfile.TemporaryDirectory(prefix="rmdesk-bundle-bench-") as tmp:
        home = Path(tmp)
        database = home / "demo.rmdesk"
        subprocess.run(
            ["env", "-i", f"HOME={home}", str(BUNDLE), "--db", str(database), "demo"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        rmdesk_args = ["--db", str(database)]
        launch(BUNDLE, rmdesk_args, home)
        launch(BARE, [], home)
        bundle_ms, bare_ms = [], []
        for _ in range(args.runs):
            bundle_ms.append(launch(BUNDLE, rmdesk_args, home))
            bare_ms.append(launch(BARE, [], home))
    ratio = statistics.median(bundle_ms) / statistics.median(bare_ms)
    print(f"Process start to window shown, offscreen, env -i ({args.runs} runs each)")
    for label, values in (("(a) bundle, demo programme", bundle_ms), ("(b) bare, frozen", bare_ms)):
        print(
            f"  {label:<28} median {statistics.median(values):7.1f} ms   "
            f"min {min(values):7.1f}   max {max(values):7.1f}"
        )
    verdict = "target met" if ratio <= TARGET_RATIO else "target missed"
    print(f"  ratio (a)/(b) of medians: {ratio:.2f}   target <= {TARGET_RATIO}   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
