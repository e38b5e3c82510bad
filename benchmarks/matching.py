"""Speed and memory of matching: scores plus the optimal proposal, with explanations.

For cohorts of 200 x 200, 1,000 x 1,000 and 2,000 x 2,000 (mentors x mentees),
this times ``rmdesk.programme.matching.propose`` over ``--runs`` repetitions: the
whole score matrix (numpy), the eligibility rules, the optimal assignment
(``scipy.optimize.linear_sum_assignment``) and the explanation of every proposed
pair.  No database is involved: the cohort is built in memory, untimed.

The synthetic cohort (seeded, so every run sees the same data):

* a catalogue of 10 topic names (the ten the application ships with); each person
  names a random subset of 1 to 10 of them in random priority order (mentors
  offer, mentees want).  ``--all-topics`` gives everyone all 10, in random order,
  the literal reading of "10 topics each";
* 12 departments, 5 locations, work modes 65 % hybrid / 20 % onsite / 15 % remote,
  2 to 4 available weekdays;
* mentors at levels 1-3, mentees at levels 4-6;
* reporting lines: every mentor and most mentees have 1-3 managers drawn from
  the mentees (the seniors), so some combinations are excluded by the rules;
* one free slot each, so an n x n cohort is an n x n matrix.

Times are ``time.perf_counter`` wall-clock per run (median, min, max); the first
run is included.  Peak memory is the process's peak RSS
(``resource.getrusage``), after all sizes.  The script reports and never judges
by its exit status: it exits 0 whether or not the targets are met.

Run from the repository root::

    .venv/bin/python benchmarks/matching.py
    .venv/bin/python benchmarks/matching.py --runs 10 --all-topics
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time

from rmdesk.programme.matching import Person, Weights, propose

SEED = 1
SIZES = (200, 1_000, 2_000)
TARGET_MS = {1_000: 1_000.0, 2_000: 4_000.0}  # no target for 200 x 200
TARGET_PEAK_MB = 500.0
TOPICS = (
    "Technology & digital tools", "Social media", "Generational trends", "Cultural insights",
    "Diversity & inclusion", "Remote & hybrid work", "Education & self-development",
    "Career development", "Innovation", "Employee experience",
)  # fmt: skip
DEPARTMENTS = tuple(f"Department {letter}" for letter in "ABCDEFGHIJKL")
LOCATIONS = ("London", "Manchester", "Dublin", "Amsterdam", "Warsaw")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def cohort(size: int, all_topics: bool, seed: int = SEED) -> tuple[list[Person], list[Person]]:
    """``size`` mentors and ``size`` mentees, reproducible from ``seed``."""
    rng = random.Random(seed)
    mentee_ids = list(range(size + 1, 2 * size + 1))

    def person(pid: int, role: str) -> Person:
        count = len(TOPICS) if all_topics else rng.randint(1, len(TOPICS))
        levels = (1, 2, 3) if role == "mentor" else (4, 5, 6)
        bosses = [b for b in rng.sample(mentee_ids, rng.randint(1, 3)) if b != pid]
        return Person(
            id=pid,
            name=f"{role.title()} {pid:05d}",
            role=role,
            department=rng.choice(DEPARTMENTS),
            level=rng.choice(levels),
            location=rng.choice(LOCATIONS),
            work_mode=rng.choices(("hybrid", "onsite", "remote"), (65, 20, 15))[0],
            availability=frozenset(rng.sample(WEEKDAYS, rng.randint(2, 4))),
            topics=tuple(rng.sample(TOPICS, count)),
            line=frozenset(bosses) if role == "mentor" or rng.random() < 0.8 else frozenset(),
            slots=1,
        )

    mentors = [person(pid, "mentor") for pid in range(1, size + 1)]
    mentees = [person(pid, "mentee") for pid in mentee_ids]
    return mentors, mentees


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per size (default 5)")
    parser.add_argument(
        "--all-topics", action="store_true", help="everyone names all 10 topics (random order)"
    )
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    weights = Weights()
    topics = "all 10 topics each" if args.all_topics else "1-10 of 10 topics each"
    print(f"Matching benchmark: {runs} runs per size, {topics}, default weights")
    for size in SIZES:
        mentors, mentees = cohort(size, args.all_topics)
        times: list[float] = []
        result = None
        for _ in range(runs):
            start = time.perf_counter()
            result = propose(mentors, mentees, weights)
            times.append((time.perf_counter() - start) * 1000.0)
        assert result is not None
        median = statistics.median(times)
        line = (
            f"{size:>5,} x {size:<5,}  median {median:8.1f} ms  min {min(times):8.1f} ms  "
            f"max {max(times):8.1f} ms  ({len(result.proposals):,} pairs, "
            f"{len(result.unmatched):,} unmatched, total score {result.total_score:,.1f})"
        )
        target = TARGET_MS.get(size)
        if target is not None:
            verdict = "target met" if median <= target else "target MISSED"
            line += f"  target <= {target:,.0f} ms: {verdict}"
        print(line)
    peak = peak_mb()
    verdict = "target met" if peak <= TARGET_PEAK_MB else "target MISSED"
    print(f"peak RSS {peak:.0f} MB  target <= {TARGET_PEAK_MB:.0f} MB: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
