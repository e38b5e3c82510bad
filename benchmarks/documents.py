"""Speed of the printable documents: one agreement, 200 agreements in one PDF, the
end-of-cycle report of a 500-pair cycle, and the scrubber (``programme.redaction``).

Targets (issue 16): one agreement <= 50 ms, 200 agreements <= 4 s, report for 500
pairs <= 2 s, with names and departments in ten scripts so the fallback fonts, shaping
and right-to-left ordering (``documents/fonts.py``) are in use.  Each figure is the
whole job as the command line does it: reading the data from the database and rendering
the PDF (fonts are registered once per process, before the first timed run, as in the
application).

The data (seeded, built untimed with bulk inserts in a temporary database): 1,000
people; a cycle of 500 pairs (450 active or completed, 50 ended early with a reason),
each with 3 goals with success measures and a progress update, 16 meetings (held,
cancelled, missed, planned), baseline and final self-assessments with 4 scores and a
satisfaction for both people, and fit answers; and a cycle of 200 active pairs of the
same people, each with 4 goals, for the batch of agreements.

Scrubbing (issue 11): the scrubber built from all 1,000 names and the cycle's job
titles (the widest use it has: every person at once), then run over the
cycle's 1,500 goal titles, each made to mention its pair's people as coordinators type
them (possessive, lower case, without accents, an address).

Times are ``time.perf_counter`` wall clock, min and median over ``--runs``, and the
least CPU time of a run (``time.process_time``).  The script reports and never judges
by its exit status.

    .venv/bin/python benchmarks/documents.py
    .venv/bin/python benchmarks/documents.py --runs 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreement_for_pair, agreements_for_cycle
from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import load_settings
from rmdesk.documents.typesetting import register_fonts
from rmdesk.programme.names import fold_names
from rmdesk.programme.redaction import Scrubber
from rmdesk.store import close_database, open_database
from rmdesk.store.models import (
    Assessment,
    AssessmentDimension,
    AssessmentScore,
    Cycle,
    FitCheck,
    Goal,
    GoalUpdate,
    Meeting,
    Pair,
    Participant,
    Topic,
    database_proxy,
)

SEED = 6
START = dt.date(2025, 1, 6)
END = dt.date(2025, 10, 6)
TODAY = dt.date(2025, 10, 20)
FIRST = ("Zoë", "Ngô", "Дмитрий", "Σοφία", "Aiko", "Robert", "秀英", "민준", "محمد", "שרה",
         "अनन्या", "สมชาย", "美咲")  # fmt: skip
LAST = ("Łukasiewicz", "Thị Minh Hằng", "Соколов", "Παπαδοπούλου", "Ito", "Okafor", "王",
        "김", "العلي", "כהן", "शर्मा", "ใจดี", "田中")  # fmt: skip
DEPARTMENTS = (
    "Finance",
    "研发部",
    "الموارد البشرية",
    "वित्त विभाग",
    "ฝ่ายขาย",
    "영업팀",
    "כספים",
    "Отдел продаж",
    "Πωλήσεις",
    "営業部",
    "Operations",
    "Digital & Data",
)


def _chunks(rows: list[dict[str, Any]], size: int = 500) -> Any:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(model: Any, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        model.insert_many(chunk).execute()


def build(path: Path) -> tuple[int, int]:
    """The two cycles (500 pairs, 200 active pairs); returns their ids."""
    rng = random.Random(SEED)
    open_database(path)
    topics = [t for (t,) in Topic.select(Topic.id).tuples()]
    dims = {role: [n for (n,) in AssessmentDimension.select(AssessmentDimension.name)
                   .where(AssessmentDimension.role == role).tuples()]
            for role in ("mentor", "mentee")}  # fmt: skip
    with database_proxy.atomic():
        people = [
            {"full_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
             "email": f"person{n}@example.org", "role": "mentor" if n < 500 else "mentee",
             "level": 2 if n < 500 else 5, "job_title": "Analyst" if n < 500 else "Director",
             "department": DEPARTMENTS[n % 12]}
            for n in range(1000)
        ]  # fmt: skip
        _insert(Participant, people)
        ids = [p for (p,) in Participant.select(Participant.id).order_by(Participant.id).tuples()]
        mentors, mentees = ids[:500], ids[500:]
        report_cycle = Cycle.create(name="Report cohort", start_date=START, end_date=END,
                                    status="closed")  # fmt: skip
        batch_cycle = Cycle.create(name="Batch cohort", start_date=START, end_date=END,
                                   status="active")  # fmt: skip
        statuses = ["completed"] * 300 + ["active"] * 150 + ["ended_early"] * 50
        rng.shuffle(statuses)
        _insert(Pair, [
            {"cycle": report_cycle.id, "mentor": mentors[n], "mentee": mentees[n],
             "status": statuses[n], "started_on": START,
             "ended_on": END if statuses[n] == "completed" else
             (START + dt.timedelta(days=90) if statuses[n] == "ended_early" else None),
             "end_reason": "Moved to another role after a reorganisation"
             if statuses[n] == "ended_early" else ""}
            for n in range(500)
        ] + [
            {"cycle": batch_cycle.id, "mentor": mentors[n], "mentee": mentees[n],
             "status": "active", "started_on": START}
            for n in range(200)
        ])  # fmt: skip
        pairs = list(Pair.select(Pair.id, Pair.cycle, Pair.mentor, Pair.mentee).tuples())
        goals, meetings = [], []
        for pid, cycle, _mentor, _mentee in pairs:
            for g in range(3 if cycle == report_cycle.id else 4):
                goals.append({
                    "pair": pid, "owner": ("mentee", "mentor")[g % 2],
                    "topic": rng.choice([*topics, None]),
                    "title": f"Goal {g + 1}: learn to use the team's new collaboration tools well",
                    "success_measure": "Runs a weekly stand-up in the tool without help",
                    "target_date": END - dt.timedelta(days=30),
                    "status": rng.choice(("open", "in_progress", "achieved", "achieved")),
                    "progress": rng.randrange(0, 101, 10),
                })  # fmt: skip
            for m in range(16 if cycle == report_cycle.id else 1):
                when = dt.datetime.combine(START + dt.timedelta(days=14 * m + 7), dt.time(10))
                status = (
                    "planned" if m == 15 else rng.choice(("held",) * 6 + ("cancelled", "missed"))
                )
                meetings.append({"pair": pid, "starts_at": when, "status": status,
                                 "mode": "video", "notes": "private"})  # fmt: skip
        _insert(Goal, goals)
        _insert(Meeting, meetings)
        goal_ids = [g for (g,) in Goal.select(Goal.id).tuples()]
        _insert(GoalUpdate, [{"goal": g, "date": START + dt.timedelta(days=60), "progress": 50,
                              "note": ""} for g in goal_ids])  # fmt: skip
        assessments, fits = [], []
        for pid, cycle, mentor, mentee in pairs:
            if cycle != report_cycle.id:
                continue
            for person in (mentor, mentee):
                fits.append(
                    {
                        "pair": pid,
                        "participant": person,
                        "date": START,
                        "answer": rng.choice(("good_fit", "good_fit", "still_deciding")),
                    }
                )
                for phase, day in (("baseline", START), ("final", END)):
                    assessments.append(
                        {
                            "pair": pid,
                            "participant": person,
                            "phase": phase,
                            "date": day,
                            "satisfaction": rng.randint(3, 5),
                        }
                    )
        _insert(Assessment, assessments)
        _insert(FitCheck, fits)
        roles = {m: "mentor" for m in mentors} | {m: "mentee" for m in mentees}
        scores = [
            {"assessment": aid, "dimension": name, "score": rng.randint(1, 5)}
            for aid, person in Assessment.select(Assessment.id, Assessment.participant).tuples()
            for name in dims[roles[person]]
        ]
        _insert(AssessmentScore, scores)
    return int(report_cycle.id), int(batch_cycle.id)


def mentioning_titles(cycle_id: int) -> list[str]:
    """Every goal title of the cycle, naming its pair's people the ways people type."""
    mentor, mentee = Participant.alias(), Participant.alias()
    rows = (
        Goal.select(Goal.title, mentor.full_name, mentee.full_name, mentee.email)
        .join(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.cycle == cycle_id)
        .tuples()
    )
    return [
        f"{title} with {mentor_name.split()[0]}'s team; ask {fold_names([mentee_name])[0]} "
        f"or {email}"
        for title, mentor_name, mentee_name, email in rows
    ]


def scrub_all(titles: list[str]) -> bytes:
    names = [n for (n,) in Participant.select(Participant.full_name).tuples()]
    jobs = [t for (t,) in Participant.select(Participant.job_title).distinct().tuples()]
    scrub = Scrubber(names, phrases=jobs)
    return "\n".join(scrub(title) for title in titles).encode()


def measure(label: str, runs: int, target_s: float, job: Callable[[], bytes]) -> None:
    times, cpu, size = [], [], 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        size = len(job())
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    best, median = min(times), statistics.median(times)
    verdict = "meets" if median <= target_s else "MISSES"
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(f"{label:<34} min {best * 1000:8.1f} ms  median {median * 1000:8.1f} ms  "
          f"cpu {min(cpu) * 1000:8.1f} ms  target {target_s * 1000:6.0f} ms: {verdict}  "
          f"({size / 1e6:.2f} MB)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, metavar="N", help="runs per figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        report_cycle, batch_cycle = build(Path(folder) / "bench.rmdesk")
        print(f"built the data in {time.perf_counter() - started:.1f} s (untimed below)")
        register_fonts()
        settings = load_settings()
        pair_id = agreements_for_cycle(batch_cycle)[0].pair_id
        measure(
            "one agreement",
            max(args.runs, 10),
            0.050,
            lambda: render_agreements([agreement_for_pair(pair_id)], settings, TODAY),
        )
        measure(
            "200 agreements in one PDF",
            args.runs,
            4.0,
            lambda: render_agreements(agreements_for_cycle(batch_cycle), settings, TODAY),
        )
        measure(
            "report, 500 pairs",
            args.runs,
            2.0,
            lambda: render_report(report_data(report_cycle), settings, TODAY),
        )
        measure(
            "report, 500 pairs, anonymised",
            args.runs,
            2.0,
            lambda: render_report(report_data(report_cycle, anonymised=True), settings, TODAY),
        )
        titles = mentioning_titles(report_cycle)
        measure(
            f"scrubbing {len(titles)} goal titles",
            max(args.runs, 10),
            0.100,
            lambda: scrub_all(titles),
        )
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
