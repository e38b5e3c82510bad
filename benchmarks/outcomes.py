"""Speed of the outcome statistics and the goal lists for a large cycle.

Builds a temporary database (untimed, raw inserts): 500 mentors, 500 mentees, one
nine-month cycle with 500 pairs (most active, some completed or ended early),
3,000 goals of both owners, 15,000 progress updates, 5,000 meetings, 1,000 fit
checks and 3,000 assessments (baseline, midpoint, final for both people of every
pair) with 12,000 scores.  Then times, over several runs (min and median):

* ``cycle_outcomes`` (target <= 300 ms);
* ``list_goals(cycle)`` (all pairs) and ``goal_summaries``;
* ``assessment_status`` and ``fit_checks``;
* if ``rmdesk.ui.goals.tab`` exists, loading the Goals tab for "all pairs"
  (``GoalsTab.set_cycle``, offscreen Qt; target <= 200 ms), else skipped.

``build_fixture(path)`` is reusable: it opens the store on ``path`` (left open for the
caller) and returns the cycle id.  Wall-clock ``time.perf_counter``; reports, exits 0
whatever the figures::

    .venv/bin/python benchmarks/outcomes.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmdesk.programme.cycles import CycleData, create_cycle, midpoint
from rmdesk.store import close_database, open_database
from rmdesk.store.models import database_proxy

PAIRS = 500
GOALS_PER_PAIR = 6  # 3,000 goals
UPDATES_PER_GOAL = 5  # 15,000 updates
MEETINGS_PER_PAIR = 10
START = dt.date(2026, 3, 2)
SEED = 500
RUNS = 7


def build_fixture(path: Path) -> int:
    """A cycle of 500 pairs with goals, updates, meetings, fit checks and assessments in a
    new database at ``path``; the store stays open. Returns the cycle id."""
    rng = random.Random(SEED)
    open_database(path)
    run = database_proxy.connection().executemany
    with database_proxy.atomic():
        cycle = create_cycle(CycleData(name="Benchmark", start_date=START))
        end = dt.date(2026, 12, 2)
        people = [
            (f"{role.title()} {i:04d}", role, 2 if role == "mentor" else 5)
            for role in ("mentor", "mentee")
            for i in range(PAIRS)
        ]
        run(
            'INSERT INTO "participant" ("full_name", "role", "job_title", "department", "level", '
            '"location", "work_mode", "availability", "notes", "capacity", "archived", '
            "\"created_at\", \"updated_at\") VALUES (?, ?, '', '', ?, '', 'hybrid', '', '', 1, 0, "
            "'2026-01-01 09:00:00', '2026-01-01 09:00:00')",
            people,
        )
        pairs = []
        for i in range(PAIRS):
            status = "ended_early" if i % 25 == 0 else "completed" if i % 50 == 1 else "active"
            ended = "2026-06-01" if status != "active" else None
            reason = "Moved to another site" if status == "ended_early" else ""
            pairs.append((i + 1, cycle, i + 1, PAIRS + i + 1, status, ended, reason))
        run(
            'INSERT INTO "pair" ("id", "cycle_id", "mentor_id", "mentee_id", "status", '
            '"match_reasons", "started_on", "ended_on", "end_reason") '
            "VALUES (?, ?, ?, ?, ?, '', '2026-03-02', ?, ?)",
            pairs,
        )
        topics = [None, *range(1, 11)]
        goals, updates = [], []
        goal_id = 0
        for pair_id in range(1, PAIRS + 1):
            for number in range(GOALS_PER_PAIR):
                goal_id += 1
                progress = 0
                history = []
                for step in range(UPDATES_PER_GOAL):
                    progress = min(100, progress + rng.choice((0, 10, 20, 30)))
                    day = START + dt.timedelta(days=30 * (step + 1))
                    history.append((goal_id, day.isoformat(), progress, "Checked in"))
                status = (
                    "dropped" if rng.random() < 0.05
                    else "achieved" if progress == 100
                    else "in_progress" if progress
                    else "open"
                )  # fmt: skip
                target = START + dt.timedelta(days=rng.randint(60, 270))
                goals.append((goal_id, pair_id, "mentee" if number < 3 else "mentor",
                               rng.choice(topics), f"Goal {goal_id}", "Measured",
                               target.isoformat(), status, progress))  # fmt: skip
                updates.extend(history)
        run(
            'INSERT INTO "goal" ("id", "pair_id", "owner", "topic_id", "title", '
            '"success_measure", "target_date", "status", "progress") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            goals,
        )
        run(
            'INSERT INTO "goal_update" ("goal_id", "date", "progress", "note") VALUES (?, ?, ?, ?)',
            updates,
        )
        meetings = []
        for pair_id in range(1, PAIRS + 1):
            for week in range(MEETINGS_PER_PAIR):
                when = dt.datetime.combine(START + dt.timedelta(days=14 * week), dt.time(10))
                status = rng.choice(("held", "held", "held", "cancelled", "missed", "planned"))
                meetings.append((pair_id, when.isoformat(sep=" "), status,
                                 "mentor" if status == "cancelled" else ""))  # fmt: skip
        run(
            'INSERT INTO "meeting" ("pair_id", "starts_at", "duration_minutes", "mode", '
            '"location", "agenda", "status", "notes", "cancelled_by") '
            "VALUES (?, ?, 60, 'video', '', '', ?, '', ?)",
            meetings,
        )
        answers = ("good_fit",) * 6 + ("still_deciding",) * 3 + ("not_a_good_fit",)
        fits = [(pair_id, person, "2026-03-20", rng.choice(answers))
                for pair_id in range(1, PAIRS + 1)
                for person in (pair_id, PAIRS + pair_id)]  # fmt: skip
        run(
            'INSERT INTO "fit_check" ("pair_id", "participant_id", "date", "answer", "note") '
            "VALUES (?, ?, ?, ?, '')",
            fits,
        )
        dimensions = {
            role: [name for (name,) in database_proxy.execute_sql(
                'SELECT "name" FROM "assessment_dimension" WHERE "role" = ? ORDER BY "position"',
                (role,),
            )]
            for role in ("mentee", "mentor")
        }  # fmt: skip
        days = {"baseline": START, "midpoint": midpoint(START, end), "final": end}
        assessments, scores = [], []
        assessment_id = 0
        for pair_id in range(1, PAIRS + 1):
            for role, person in (("mentor", pair_id), ("mentee", PAIRS + pair_id)):
                base = {name: rng.randint(1, 4) for name in dimensions[role]}
                for gain, phase in enumerate(("baseline", "midpoint", "final")):
                    assessment_id += 1
                    satisfaction = None if phase == "baseline" else rng.randint(2, 5)
                    assessments.append((assessment_id, pair_id, person, phase,
                                        days[phase].isoformat(), satisfaction))  # fmt: skip
                    scores.extend(
                        (assessment_id, name, min(5, value + rng.randint(0, gain)))
                        for name, value in base.items()
                    )
        run(
            'INSERT INTO "assessment" ("id", "pair_id", "participant_id", "phase", "date", '
            '"satisfaction", "comment") VALUES (?, ?, ?, ?, ?, ?, \'\')',
            assessments,
        )
        run(
            'INSERT INTO "assessment_score" ("assessment_id", "dimension", "score") '
            "VALUES (?, ?, ?)",
            scores,
        )
    print(
        f"fixture: {PAIRS} pairs, {len(goals):,} goals, {len(updates):,} updates, "
        f"{len(meetings):,} meetings, {len(fits):,} fit checks, {len(assessments):,} "
        f"assessments, {len(scores):,} scores"
    )
    return cycle


def repeat(label: str, action: Callable[[], Any], target_ms: float | None = None) -> Any:
    """Run ``action`` RUNS times; print min and median (and the verdict on the median)."""
    times, result = [], None
    for _ in range(RUNS):
        began = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - began) * 1000)
    median = statistics.median(times)
    verdict = ""
    if target_ms is not None:
        verdict = f"; target <= {target_ms:,.0f} ms: {'ok' if median <= target_ms else 'MISSED'}"
    print(f"{label:<44} min {min(times):7.1f} ms  median {median:7.1f} ms{verdict}")
    return result


def main() -> int:
    from rmdesk.programme.assessments import assessment_status
    from rmdesk.programme.checkins import fit_checks
    from rmdesk.programme.goals import goal_summaries, list_goals
    from rmdesk.programme.outcomes import cycle_outcomes

    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        cycle = build_fixture(Path(folder) / "outcomes.rmdesk")
        print(f"{'(building the fixture, untimed)':<44} {time.perf_counter() - began:7.1f} s")
        try:
            outcomes = repeat(f"cycle_outcomes ({RUNS} runs)", lambda: cycle_outcomes(cycle), 300)
            both = sum(d.n_both for d in outcomes.dimensions)
            print(f"  -> {outcomes.goals_total.set:,} goals set, {both:,} before/after scores")
            today = dt.date(2026, 9, 1)
            rows = repeat("list_goals(cycle), all pairs", lambda: list_goals(cycle, today=today))
            print(f"  -> {len(rows):,} goals")
            repeat("goal_summaries(cycle)", lambda: goal_summaries(cycle))
            repeat("assessment_status(cycle)", lambda: assessment_status(cycle, today=today))
            repeat("fit_checks(cycle)", lambda: fit_checks(cycle))
            _goals_tab(cycle)
        finally:
            close_database()
    return 0


def _goals_tab(cycle: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from rmdesk.ui.goals.tab import GoalsTab
    except ImportError:
        print("GoalsTab: rmdesk.ui.goals.tab not importable yet, skipped")
        return
    app = QApplication.instance() or QApplication(sys.argv)
    tab: Any = GoalsTab(None)
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()

    def load() -> None:
        tab.set_cycle(cycle)  # "all pairs" is the picker's first entry
        app.processEvents()

    repeat("GoalsTab.set_cycle, all pairs (offscreen)", load, 200)
    # For information: the same load with every pair expanded (what the tab avoids for
    # cycles over EXPAND_ALL_ROWS rows by opening them folded).
    from rmdesk.ui.goals import tab as goals_tab

    limit = goals_tab.EXPAND_ALL_ROWS
    goals_tab.EXPAND_ALL_ROWS = 10**9
    try:
        repeat("  the same, every pair expanded (information)", load)
    finally:
        goals_tab.EXPAND_ALL_ROWS = limit
    tab.close()


if __name__ == "__main__":
    sys.exit(main())
