"""Speed of the calendar: a full nine-month meeting series for 500 active pairs.

Builds a temporary database (untimed): 500 mentors, 500 mentees, one nine-month
cycle (cadence 14 days) with 500 active pairs, then times:

* ``schedule_series`` for all pairs from the cycle's start, every 14 days
  (20 meetings a pair, 10,000 meetings; target <= 1 s);
* re-running it (creates nothing);
* ``day_counts`` for one month (what the month view calls on every switch);
* ``replace_closed_days`` for a year of holidays entered as ranges, ``closed_ranges``;
* ``list_meetings`` for one month, ``overlaps`` and ``attention`` for the cycle;
* if importable, ``rmdesk.exchange.ical.export_calendar`` to a temporary .ics
  (target <= 2 s) and a month switch of ``rmdesk.ui.calendar.tab.CalendarTab``
  (target <= 50 ms, offscreen Qt); either is skipped when not there yet.

Wall-clock ``time.perf_counter``; reports, exits 0 whatever the figures::

    .venv/bin/python benchmarks/meetings_calendar.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmdesk.programme import meetings
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Pair, Participant, database_proxy

PAIRS = 500
START = dt.date(2026, 3, 2)
EVERY_DAYS = 14


def timed(label: str, action: Callable[[], Any], target_ms: float | None = None) -> Any:
    began = time.perf_counter()
    result = action()
    ms = (time.perf_counter() - began) * 1000
    verdict = ""
    if target_ms is not None:
        verdict = f"  (target <= {target_ms:,.0f} ms: {'ok' if ms <= target_ms else 'MISSED'})"
    print(f"{label:<48} {ms:9.1f} ms{verdict}")
    return result


def build(path: Path) -> int:
    open_database(path)
    with database_proxy.atomic():
        cycle = create_cycle(CycleData(name="Benchmark", start_date=START))
        people = [
            {
                "full_name": f"{role.title()} {i:04d}",
                "role": role,
                "level": 2 if role == "mentor" else 5,
            }
            for role in ("mentor", "mentee")
            for i in range(PAIRS)
        ]
        Participant.insert_many(people).execute()
        ids = [
            pid for (pid,) in Participant.select(Participant.id).order_by(Participant.id).tuples()
        ]
        Pair.insert_many(
            [
                {"cycle": cycle, "mentor": ids[i], "mentee": ids[PAIRS + i], "status": "active",
                 "started_on": START}
                for i in range(PAIRS)
            ]
        ).execute()  # fmt: skip
    return cycle


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calendar.rmdesk"
        cycle = build(path)
        try:
            result = timed(
                f"schedule_series: {PAIRS} pairs, every {EVERY_DAYS} days",
                lambda: meetings.schedule_series(cycle, first=START, every_days=EVERY_DAYS),
                1000,
            )
            print(f"  -> {result.created:,} meetings created")
            again = lambda: meetings.schedule_series(cycle, first=START, every_days=EVERY_DAYS)  # noqa: E731
            timed("schedule_series again (creates nothing)", again)
            may, june = dt.date(2026, 5, 1), dt.date(2026, 6, 1)
            # The month view shows six weeks around the month.
            counts = timed("day_counts, one month grid (42 days)",
                           lambda: meetings.day_counts(cycle, dt.date(2026, 4, 27),
                                                       dt.date(2026, 6, 8)), 50)  # fmt: skip
            print(f"  -> {len(counts)} days with meetings")
            rows = timed("list_meetings, one month",
                         lambda: meetings.list_meetings(cycle, start=may, end=june))  # fmt: skip
            print(f"  -> {len(rows):,} meetings")
            timed("list_meetings, whole cycle", lambda: meetings.list_meetings(cycle))
            timed("overlaps, whole cycle", lambda: meetings.overlaps(cycle))
            june_15 = dt.date(2026, 6, 15)
            items = timed("attention (today = 2026-06-15)",
                          lambda: meetings.attention(cycle, today=june_15))  # fmt: skip
            print(f"  -> {len(items):,} items")
            # A year's holidays as the coordinator enters them: 12 ranges, 40 days;
            # the month view below then hatches the closed ones.
            holidays = [(dt.date(2026, month, 1), dt.date(2026, month, 1 + month % 5), "Closed")
                        for month in range(1, 13)]  # fmt: skip
            days = timed(
                "replace_closed_days, 12 ranges", lambda: meetings.replace_closed_days(holidays)
            )
            print(f"  -> {days} closed days")
            timed("closed_ranges (the dialog's list)", meetings.closed_ranges)
            _export(cycle, Path(folder))
            _calendar_tab(cycle)
        finally:
            close_database()
    return 0


def _export(cycle: int, folder: Path) -> None:
    try:
        from rmdesk.exchange.ical import export_calendar
    except ImportError:
        print("export_calendar: rmdesk.exchange.ical not importable yet, skipped")
        return
    target = folder / "calendar.ics"
    try:
        timed("export_calendar to .ics, whole cycle",
              lambda: export_calendar(target, cycle), 2000)  # fmt: skip
        print(f"  -> {target.stat().st_size / 1e6:.1f} MB")
    except Exception as error:  # the exporter's signature may still change
        print(f"export_calendar: failed ({type(error).__name__}: {error})")


def _calendar_tab(cycle: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from rmdesk.ui.calendar.tab import CalendarTab
    except ImportError:
        print("CalendarTab: rmdesk.ui.calendar.tab not importable yet, skipped")
        return
    app = QApplication.instance() or QApplication(sys.argv)
    tab: Any = CalendarTab()
    tab.set_cycle(cycle)
    tab.resize(1200, 700)
    tab.show()
    tab.calendar.setCurrentPage(2026, 5)
    app.processEvents()
    # A real switch: the grid moves a month (as the arrow buttons or PgDown do), the
    # tab reads the counts and overlaps, and the month is painted. Median of 9.
    times = []
    for number in range(9):
        month = 6 if number % 2 == 0 else 5
        began = time.perf_counter()
        tab.calendar.setCurrentPage(2026, month)
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    median = statistics.median(times)
    verdict = "ok" if median <= 50 else "MISSED"
    print(
        f"{'CalendarTab month switch (median of 9)':<48} {median:9.1f} ms"
        f"  (min {min(times):.1f}, max {max(times):.1f}; target <= 50 ms: {verdict})"
    )


if __name__ == "__main__":
    sys.exit(main())
