"""Headless commands for goals and outcomes: ``rmdesk goals``, ``rmdesk outcomes``."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened, table
from rmdesk.programme.figures import change_text, mean_text, percent_text, progress_text
from rmdesk.programme.wording import counted

if TYPE_CHECKING:
    from rmdesk.programme.outcomes import GoalStats, Outcomes


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    goals = commands.add_parser(
        "goals", help="list the goals of a cycle with owner, progress, status and target date"
    )
    add_db_option(goals, top=False)
    goals.add_argument("cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name")
    goals.add_argument(
        "--pair", type=arguments.record_id, metavar="ID", help="only this pair's goals"
    )
    goals.set_defaults(handler=_cmd_goals)

    outcomes = commands.add_parser(
        "outcomes", help="outcome statistics of a cycle (goals, assessments, satisfaction, fit)"
    )
    add_db_option(outcomes, top=False)
    outcomes.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    outcomes.add_argument("--json", action="store_true", help="print JSON for other programs")
    outcomes.set_defaults(handler=_cmd_outcomes)


def _cmd_goals(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.goals import STATUS_LABELS, goal_summaries, list_goals

    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        summaries = goal_summaries(cycle.id)
        if args.pair is not None and args.pair not in summaries:
            raise UserError(f"No pair with id {args.pair} in {cycle.name}.")
        rows = list_goals(cycle.id, args.pair)
    where = cycle.name if args.pair is None else f"pair {args.pair} of {cycle.name}"
    if not rows:
        print(f"No goals in {where}.")
        return EXIT_OK
    headers = ("ID", "PAIR", "MENTOR", "MENTEE", "OWNER", "TITLE", "PROGRESS", "STATUS", "TARGET")
    lines = [
        (
            r.id, r.pair_id, r.mentor_name, r.mentee_name, r.owner, r.title, f"{r.progress} %",
            STATUS_LABELS[r.status],
            (r.target_date.isoformat() if r.target_date else "")
            + (" OVERDUE" if r.overdue else ""),
        )
        for r in rows
    ]  # fmt: skip
    print(table(headers, lines, right={0, 1, 6}))
    overdue = sum(r.overdue for r in rows)
    pair_ids = dict.fromkeys(r.pair_id for r in rows)
    print()
    for pid in pair_ids:
        print(f"Pair {pid}: {summaries[pid].text()}")
    print(f"{counted(len(rows), 'goal')} in {where}; {overdue} overdue.")
    return EXIT_OK


def _cmd_outcomes(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.outcomes import cycle_outcomes, outcomes_as_dict

    with opened(args, create=False, read_only=True):
        outcomes = cycle_outcomes(find_cycle(args.cycle).id)
    if args.json:
        print(json.dumps(outcomes_as_dict(outcomes), indent=2, ensure_ascii=False))
    else:
        print(outcomes_text(outcomes))
    return EXIT_OK


def _goal_lines(stats: tuple[GoalStats, ...]) -> list[tuple[object, ...]]:
    return [
        (s.label, s.set, s.achieved, s.dropped, percent_text(s.achievement_rate),
         progress_text(s.average_progress))
        for s in stats
    ]  # fmt: skip


def outcomes_text(o: Outcomes) -> str:
    """The statistics as plain-text sections and tables (n beside every mean)."""
    from rmdesk.programme.checkins import FIT_LABELS

    p, m = o.pairs, o.meetings
    out = [
        f"Outcomes of {o.cycle_name} ({o.start_date} to {o.end_date})",
        "",
        f"Participants: {o.participants} ({counted(o.mentors, 'mentor')}, "
        f"{counted(o.mentees, 'mentee')})",
        f"Pairs formed: {p.formed} (active {p.active}, completed {p.completed}, ended early "
        f"{p.ended_early}); proposed, not started: {p.proposed}; retention "
        f"{percent_text(p.retention_rate)}",
    ]
    out += [f"  ended early: {reason} ({n})" for reason, n in p.end_reasons]
    out += [
        f"Meetings: {m.scheduled} (held {m.held}, planned {m.planned}, cancelled "
        f"{m.cancelled}, missed {m.missed}); attendance {percent_text(m.attendance_rate)}",
        "",
        "Goals",
    ]
    goal_headers = ("", "SET", "ACHIEVED", "DROPPED", "RATE", "AVG PROGRESS")
    goal_rows = _goal_lines((o.goals_total, *o.goals_by_owner))
    if o.goals_by_topic:
        goal_rows += [("By topic:", "", "", "", "", ""), *_goal_lines(o.goals_by_topic)]
    out.append(table(goal_headers, goal_rows, right={1, 2, 3, 4, 5}))
    out += ["", "Self-assessments (scores 1-5; change over people with both)"]
    dim_headers = ("ROLE", "DIMENSION", "N BASE", "BASELINE", "N FINAL", "FINAL", "N BOTH",
                   "CHANGE")  # fmt: skip
    dim_rows = [
        (d.role, d.dimension, d.n_baseline, mean_text(d.mean_baseline), d.n_final,
         mean_text(d.mean_final), d.n_both, change_text(d.mean_change))
        for d in o.dimensions
    ]  # fmt: skip
    out.append(table(dim_headers, dim_rows, right={2, 3, 4, 5, 6, 7}))
    out += ["", "Satisfaction (1-5, each person's latest answer)"]
    out.append(
        table(("ROLE", "N", "MEAN"), [(s.role, s.n, mean_text(s.mean)) for s in o.satisfaction],
              right={1, 2})
    )  # fmt: skip
    out += ["", "Pairing fit (people)"]
    labels = {**FIT_LABELS, "not_asked": "Not asked yet"}
    out.append(table(("ANSWER", "PEOPLE"), [(labels[a], n) for a, n in o.fit], right={1}))
    return "\n".join(out)
