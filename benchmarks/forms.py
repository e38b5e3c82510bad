"""Forms out and answers back at size (issue 15), whole commands as a coordinator runs them.

* forms: ``rmdesk form assessment CYCLE --phase baseline -o FILE.pdf`` for 500 people
  (250 active pairs) — target <= 10 s;

The database is the demo programme (``rmdesk demo --participants 1000``, 300 pairs),
built untimed in a temporary folder, with pairs ended early until 250 stay active.
Each figure is the wall clock of the whole command in a new process (start-up,
opening the database, reading, rendering or importing, writing), min and median over
``--runs``.  The script reports and never judges: it exits 0 either way.

    .venv/bin/python benchmarks/forms.py
    .venv/bin/python benchmarks/forms.py --runs 5
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACTIVE_PAIRS = 250
TARGETS_S = {"forms for 500 people (PDF)": 10.0}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(database: Path, *arguments: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds the command took (CPU: on a shared machine the wall
    clock also counts other people's work); fails loudly if it did not succeed."""
    started, cpu = time.perf_counter(), _cpu()
    subprocess.run(
        [sys.executable, "-m", "rmdesk", "--db", str(database), *arguments],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started, _cpu() - cpu


def rmdesk(database: Path, *arguments: str) -> None:
    timed(database, *arguments)


def build(folder: Path) -> Path:
    """The demo programme with exactly ACTIVE_PAIRS active pairs."""
    from rmdesk.programme.pairs import end_pair_early
    from rmdesk.store import close_database, open_database
    from rmdesk.store.models import Pair

    database = folder / "programme.rmdesk"
    rmdesk(database, "demo", "--participants", "1000", "--seed", "15")
    open_database(database)
    try:
        active = [pid for (pid,) in Pair.select(Pair.id).where(Pair.status == "active")
                  .order_by(Pair.id).tuples()]  # fmt: skip
        for pair_id in active[ACTIVE_PAIRS:]:
            end_pair_early(pair_id, "benchmark")
    finally:
        close_database()
    return database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        database = build(folder)
        jobs = {
            "forms for 500 people (PDF)": (
                "form", "assessment", "1", "--phase", "baseline", "-o", str(folder / "f.pdf")
            ),
        }  # fmt: skip
        for label, arguments in jobs.items():
            results = [timed(database, *arguments) for _ in range(runs)]
            wall = [w for w, _ in results]
            cpu = [c for _, c in results]
            print(
                f"{label:<28} wall min {min(wall):5.2f} s median {statistics.median(wall):5.2f} s"
                f", CPU min {min(cpu):5.2f} s (target <= {TARGETS_S[label]:.0f} s)"
                f"  rmdesk {' '.join(arguments)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
