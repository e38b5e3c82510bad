"""Files in and out at size: CSV import with preview, full export, backup.

Measures over ``--runs`` repetitions (``time.perf_counter`` wall clock):

* import: ``preview_participants`` + ``apply_import`` (which includes the backup made
  before writing) of a 10,000-participant CSV (semicolon separated, topics, managers
  named in the file, a BOM) into a new, empty database each run — target <= 3 s;
* export everything: ``export_all`` (every table to JSON) of a database with those
  10,000 participants and 500 pairs (each with 12 meetings, 2 goals with an update,
  2 assessments with 4 scores) — target <= 2 s;
* backup: ``make_backup`` of that database to a new file — target <= 1 s.

Databases live in a temporary folder.  The script reports min and median and never
judges: it exits 0 whether or not the targets are met.  Run from the repository root::

    .venv/bin/python benchmarks/exchange.py
    .venv/bin/python benchmarks/exchange.py --runs 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARTICIPANTS = 10_000
PAIRS = 500
TARGETS_S = {"import 10,000 (preview + write)": 3.0, "export everything": 2.0, "backup": 1.0}


def build_csv(path: Path) -> None:
    topics = ["Social media", "Innovation", "Generational trends", "Career development"]
    lines = ["full_name;email;role;job_title;department;level;manager_email;offers;wants;notes"]
    for i in range(PARTICIPANTS):
        mentor = i % 2 == 1
        manager = f"p{i // 10 * 10 - 10}@example.org" if i >= 10 and i % 10 == 0 else ""
        chosen = f'"{topics[i % 4]}; {topics[(i + 1) % 4]}"'
        lines.append(
            f"Person Nümber {i};p{i}@example.org;{'mentor' if mentor else 'mentee'};"
            f"Analyst;Dept {i % 12};{1 + i % 6};{manager};{chosen if mentor else ''};"
            f"{'' if mentor else chosen};Notes about person {i}"
        )
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))


def add_pairs() -> None:
    """500 pairs with meetings, goals and assessments, written in bulk."""
    from rmdesk.store.models import (
        Assessment,
        AssessmentScore,
        Cycle,
        Goal,
        GoalUpdate,
        Meeting,
        Pair,
        database_proxy,
    )

    with database_proxy.atomic():
        cycle = Cycle.create(
            name="Benchmark", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 10, 5)
        )
        Pair.insert_many(
            [{"cycle": cycle.id, "mentor": 2 * k + 2, "mentee": 2 * k + 1, "status": "active",
              "match_score": 0.5, "match_reasons": "shared topics"} for k in range(PAIRS)]
        ).execute()  # fmt: skip
        start = dt.datetime(2026, 1, 12, 10)
        Meeting.insert_many(
            [{"pair": p, "starts_at": start + dt.timedelta(days=14 * m), "status": "held",
              "notes": f"Meeting {m} notes"} for p in range(1, PAIRS + 1) for m in range(12)]
        ).execute()  # fmt: skip
        Goal.insert_many(
            [{"pair": p, "owner": owner, "title": f"Goal of {owner} {p}"}
             for p in range(1, PAIRS + 1) for owner in ("mentee", "mentor")]
        ).execute()  # fmt: skip
        GoalUpdate.insert_many(
            [{"goal": g, "date": dt.date(2026, 3, 1), "progress": 30, "note": "going well"}
             for g in range(1, 2 * PAIRS + 1)]
        ).execute()  # fmt: skip
        Assessment.insert_many(
            [{"pair": p, "participant": 2 * p - 1 + side, "phase": "baseline",
              "date": dt.date(2026, 1, 10), "satisfaction": 4}
             for p in range(1, PAIRS + 1) for side in (0, 1)]
        ).execute()  # fmt: skip
        AssessmentScore.insert_many(
            [{"assessment": a, "dimension": f"Dimension {d}", "score": 3}
             for a in range(1, 2 * PAIRS + 1) for d in range(4)]
        ).execute()  # fmt: skip


def line(label: str, times: list[float]) -> str:
    median = statistics.median(times)
    target = TARGETS_S[label]
    verdict = "target met" if median <= target else "target missed"
    return (
        f"  {label:<32} median {median:6.3f} s   min {min(times):6.3f} s   "
        f"max {max(times):6.3f} s   target <= {target:.0f} s   {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from rmdesk.exchange.csv_import import apply_import, preview_participants
    from rmdesk.exchange.full_export import export_all
    from rmdesk.store import close_database, make_backup, open_database

    folder = Path(tempfile.mkdtemp(prefix="rmdesk-bench-"))
    source = folder / "participants.csv"
    build_csv(source)
    timings: dict[str, list[float]] = {label: [] for label in TARGETS_S}
    for run in range(args.runs):
        database = folder / f"import-{run}.rmdesk"
        open_database(database)
        started = time.perf_counter()
        preview = preview_participants(source)
        assert not preview.problems, preview.problems[:3]
        result = apply_import(preview)
        timings["import 10,000 (preview + write)"].append(time.perf_counter() - started)
        assert result.created == PARTICIPANTS
        if run == 0:
            add_pairs()
            full = database
        close_database()

    open_database(full)
    try:
        for run in range(args.runs):
            started = time.perf_counter()
            export_all(folder / f"export-{run}.json")
            timings["export everything"].append(time.perf_counter() - started)
        for run in range(args.runs):
            started = time.perf_counter()
            make_backup(full, target=folder / f"backup-{run}.rmdesk")
            timings["backup"].append(time.perf_counter() - started)
    finally:
        close_database()
    size = full.stat().st_size / 1e6
    print(f"rmdesk exchange benchmark: {PARTICIPANTS:,} participants, {PAIRS} pairs "
          f"(database {size:.1f} MB), {args.runs} runs")  # fmt: skip
    for label, times in timings.items():
        print(line(label, times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
