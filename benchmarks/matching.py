"""Speed and memory of matching: scores plus the optimal proposal, with explanations.

Scenarios (mentors x mentees), each timed over ``--runs`` repetitions of
``rmdesk.programme.matching.propose``: the whole score matrix (numpy), the
eligibility rules, the optimal b-matching (``matching/solving.py``), the
explanation of every proposed pair and the "why not" of everyone left out.  No
database is involved: the cohort is built in memory, untimed.

* ``200``, ``1,000``, ``2,000``: one place each, no history;
* ``1,000 + history``: half the cohort was paired before: the previous cycle's
  proposal for this very cohort (so its best pairs) is computed untimed and half of
  its pairs are excluded, as ``propose_for_cycle`` excludes past pairings;
* ``2,000 + doubles``: 10 % of mentors and 10 % of mentees have two places (spare
  places on both sides: the exact b-matching with its proof of optimality).

The synthetic cohort (seeded, so every run sees the same data):

* a catalogue of 10 topic names (the ten the application ships with); each person
  names a random subset of 1 to 10 of them in random priority order (mentors
  offer, mentees want).  ``--all-topics`` gives everyone all 10, in random order,
  the literal reading of "10 topics each";
* 12 departments, 5 locations, work modes 65 % hybrid / 20 % onsite / 15 % remote,
  2 to 4 available weekdays;
* mentors at levels 1-3, mentees at levels 4-6 (the level gap of 1 always holds);
* reporting lines: every mentor and most mentees have 1-3 managers drawn from
  the mentees (the seniors), so some combinations are excluded by the rules.

``--cli N`` also times the whole ``rmdesk match`` command (a process: start-up,
opening the file, reading the cohort and the history, matching, printing) on a
demo database of N people (``rmdesk demo``, built once in a temporary folder, plus
a second cycle, so the demo's cycle is history).

Times are ``time.perf_counter`` wall-clock per run (median, min, max; the targets
judge the wall-clock median) and the median of ``time.process_time`` (this process's
CPU time: on a shared, busy machine wall-clock includes waiting for a core); the first
run is included.  Peak memory is the process's peak RSS
(``resource.getrusage``), after all sizes.  The script reports and never judges
by its exit status: it exits 0 whether or not the targets are met.

Run from the repository root::

    .venv/bin/python benchmarks/matching.py
    .venv/bin/python benchmarks/matching.py --runs 10 --all-topics
    .venv/bin/python benchmarks/matching.py --cli 2000
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rmdesk.programme.matching import Person, Weights, propose

SEED = 1
# (name, size, history, doubles, target in ms or None)
SCENARIOS = (
    ("", 200, False, False, None),
    ("", 1_000, False, False, 1_000.0),
    ("+ history", 1_000, True, False, 300.0),
    ("", 2_000, False, False, 4_000.0),
    ("+ doubles", 2_000, False, True, 1_000.0),
)
DOUBLE_SHARE = 0.10
TARGET_CLI_S = 3.0
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


def with_doubles(people: list[Person], seed: int = SEED) -> list[Person]:
    """The same people, ``DOUBLE_SHARE`` of them (seeded) with two places."""
    rng = random.Random(seed + 17)
    return [dataclasses.replace(p, slots=2 if rng.random() < DOUBLE_SHARE else 1) for p in people]


def history(mentors: list[Person], mentees: list[Person]) -> dict[tuple[int, int], str]:
    """Half the cohort paired before: half of the pairs this cohort's own proposal makes."""
    earlier = propose(mentors, mentees, Weights())
    return {(p.mentor_id, p.mentee_id): "paired in Cycle 1" for p in earlier.proposals[::2]}


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def time_cli(people: int, runs: int) -> None:
    """Whole ``rmdesk match`` processes on a demo of ``people``, matching a second cycle."""
    rmdesk = [sys.executable, "-m", "rmdesk"]
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.rmdesk")
        env = {**os.environ, "RMDESK_DATA_DIR": folder, "RMDESK_CONFIG_DIR": folder}

        def run(*words: str) -> None:
            subprocess.run(
                [*rmdesk, *words, "--db", db], env=env, check=True, stdout=subprocess.DEVNULL
            )

        run("demo", "--participants", str(people))
        run("cycle", "create", "Next", "--start", "2027-09-01")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            run("match", "Next")
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    verdict = "target met" if median <= TARGET_CLI_S else "target MISSED"
    print(
        f"rmdesk match on a {people:,}-person demo  median {median:6.2f} s  "
        f"min {min(times):6.2f} s  max {max(times):6.2f} s  target <= {TARGET_CLI_S:.0f} s: "
        f"{verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per size (default 5)")
    parser.add_argument(
        "--all-topics", action="store_true", help="everyone names all 10 topics (random order)"
    )
    parser.add_argument(
        "--cli", type=int, default=0, metavar="N", help="also time rmdesk match on an N-person demo"
    )
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    weights = Weights()
    topics = "all 10 topics each" if args.all_topics else "1-10 of 10 topics each"
    print(f"Matching benchmark: {runs} runs per size, {topics}, default weights")
    for name, size, past, doubles, target in SCENARIOS:
        mentors, mentees = cohort(size, args.all_topics)
        if doubles:
            mentors, mentees = with_doubles(mentors), with_doubles(mentees, SEED + 1)
        exclude = history(mentors, mentees) if past else {}
        times: list[float] = []
        cpu: list[float] = []
        result = None
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            result = propose(mentors, mentees, weights, exclude=exclude)
            times.append((time.perf_counter() - start) * 1000.0)
            cpu.append((time.process_time() - start_cpu) * 1000.0)
        assert result is not None
        median = statistics.median(times)
        label = f"{size:>5,} x {size:<5,} {name:<10}"
        line = (
            f"{label} median {median:8.1f} ms  min {min(times):8.1f} ms  "
            f"max {max(times):8.1f} ms  cpu {statistics.median(cpu):8.1f} ms  "
            f"({len(result.proposals):,} pairs, "
            f"{len(result.unmatched):,} unmatched, total score {result.total_score:,.1f})"
        )
        if target is not None:
            verdict = "target met" if median <= target else "target MISSED"
            line += f"  target <= {target:,.0f} ms: {verdict}"
        print(line, flush=True)
    peak = peak_mb()
    verdict = "target met" if peak <= TARGET_PEAK_MB else "target MISSED"
    print(f"peak RSS {peak:.0f} MB  target <= {TARGET_PEAK_MB:.0f} MB: {verdict}")
    if args.cli:
        time_cli(args.cli, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
