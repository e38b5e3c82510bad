"""Headless commands for the programme itself: ``rmdesk demo``, ``rmdesk cycle
create|list``, ``rmdesk pair list|activate`` and ``rmdesk match``."""

from __future__ import annotations

import argparse
import datetime as dt

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, add_db_option, opened, table
from rmdesk.programme.wording import counted

MONTHS_MAX = 60  # a cycle of five years is already more than a programme runs


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    demo = commands.add_parser("demo", help="fill an empty database with a demo organisation")
    add_db_option(demo, top=False)
    demo.add_argument("--participants", type=int, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=_cmd_demo)

    _add_cycle_commands(commands)
    _add_pair_commands(commands)

    match = commands.add_parser(
        "match", help="propose the best pairs for a cycle's unpaired people, with reasons"
    )
    add_db_option(match, top=False)
    match.add_argument("cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name")
    match.add_argument("--apply", action="store_true", help="store the proposals as proposed pairs")
    match.set_defaults(handler=_cmd_match)


def _add_cycle_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cycle = commands.add_parser("cycle", help="create and list programme cycles")
    add_db_option(cycle, top=False)
    actions = cycle.add_subparsers(dest="cycle_command", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="create a cycle (status planning) and milestones")
    add_db_option(create, top=False)
    create.add_argument("name", type=arguments.text, metavar="NAME")
    create.add_argument(
        "--start", required=True, type=arguments.day, metavar="YYYY-MM-DD", help="first day"
    )
    create.add_argument(
        "--months", type=arguments.whole_number(1, MONTHS_MAX), default=9, metavar="N",
        help=f"length in months (default 9, at most {MONTHS_MAX})",
    )  # fmt: skip
    create.add_argument(
        "--cadence-days", type=int, default=14, metavar="D", help="days between meetings"
    )
    create.add_argument(
        "--meeting-minutes", type=int, default=60, metavar="M", help="length of a meeting"
    )
    create.set_defaults(handler=_cmd_cycle_create)

    listing = actions.add_parser("list", help="list cycles, newest first")
    add_db_option(listing, top=False)
    listing.set_defaults(handler=_cmd_cycle_list)


def _add_pair_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pair = commands.add_parser("pair", help="list and publish a cycle's pairs")
    add_db_option(pair, top=False)
    actions = pair.add_subparsers(dest="pair_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the pairs of a cycle")
    add_db_option(listing, top=False)
    listing.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    listing.set_defaults(handler=_cmd_pair_list)

    activate = actions.add_parser(
        "activate", help="publish a cycle's proposed pairs: they become active today"
    )
    add_db_option(activate, top=False)
    activate.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    activate.set_defaults(handler=_cmd_pair_activate)


def _cmd_demo(args: argparse.Namespace) -> int:
    from rmdesk.programme.demo_programme import load_demo

    with opened(args, create=True) as path:
        summary, programme = load_demo(args.participants, args.seed)
    print(
        f"Added {counted(summary.participants, 'participant')} "
        f"({counted(summary.mentors, 'mentor')}, {counted(summary.mentees, 'mentee')}) in "
        f"{counted(summary.departments, 'department')} to {path}, and a cycle with "
        f"{counted(programme.pairs, 'pair')} ({programme.active} active, "
        f"{programme.proposed} proposed, {programme.ended_early} ended early)."
    )
    return EXIT_OK


def _cmd_match(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.matching import propose_for_cycle
    from rmdesk.programme.pairs import create_pairs

    with opened(args, create=False, read_only=not args.apply):
        cycle = find_cycle(args.cycle)
        result = propose_for_cycle(cycle.id)
        if args.apply and result.proposals:
            create_pairs(
                cycle.id,
                [(p.mentor_id, p.mentee_id, p.score, p.reasons_text()) for p in result.proposals],
            )
    if not result.proposals:
        print(f"No pair can be proposed in {cycle.name}.")
    else:
        headers = ("SCORE", "MENTOR", "MENTEE", "WHY")
        rows = [(f"{p.score:.1f}", p.mentor_name, p.mentee_name, p.reasons_text())
                for p in result.proposals]  # fmt: skip
        print(table(headers, rows, right={0}))
    for person in result.unmatched:
        print(f"Not matched: {person.name} ({person.role}): {person.reason}")
    if args.apply and result.proposals:
        n = len(result.proposals)
        print(f"Stored {counted(n, 'proposed pair')} in {cycle.name}; publish "
              f"{'it' if n == 1 else 'them'} with: rmdesk pair activate {cycle.id}")  # fmt: skip
    return EXIT_OK


def _cmd_cycle_create(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import CycleData, create_cycle, default_end, get_cycle

    data = CycleData(
        name=args.name,
        start_date=args.start,
        end_date=default_end(args.start, args.months),
        cadence_days=args.cadence_days,
        meeting_minutes=args.meeting_minutes,
    )
    with opened(args, create=True):
        cycle = get_cycle(create_cycle(data))
    every = "day" if cycle.cadence_days == 1 else counted(cycle.cadence_days, "day")
    print(
        f"Created cycle {cycle.name} (id {cycle.id}): {cycle.start_date} to {cycle.end_date}, "
        f"meetings every {every}, {counted(cycle.meeting_minutes, 'minute')}."
    )
    return EXIT_OK


def _cmd_cycle_list(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import list_cycles

    with opened(args, create=False, read_only=True):
        cycles = list_cycles()
    if not cycles:
        print("No cycles yet; create one with: rmdesk cycle create NAME --start YYYY-MM-DD")
        return EXIT_OK
    headers = ("ID", "NAME", "START", "END", "EVERY (DAYS)", "MINUTES", "STATUS", "PAIRS")
    rows = [
        (c.id, c.name, c.start_date, c.end_date, c.cadence_days, c.meeting_minutes, c.status,
         c.pair_count)
        for c in cycles
    ]  # fmt: skip
    print(table(headers, rows, right={0, 4, 5, 7}))
    return EXIT_OK


def _cmd_pair_list(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.pairs import list_pairs

    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        pairs = list_pairs(cycle.id)
    if not pairs:
        print(f"No pairs in {cycle.name} yet.")
        return EXIT_OK
    headers = ("ID", "MENTOR", "DEPARTMENT", "MENTEE", "DEPARTMENT", "STATUS", "SCORE",
               "STARTED", "ENDED")  # fmt: skip
    rows = [
        (p.id, p.mentor_name, p.mentor_department, p.mentee_name, p.mentee_department,
         p.status.replace("_", " "), "" if p.match_score is None else f"{p.match_score:.2f}",
         p.started_on, p.ended_on)
        for p in pairs
    ]  # fmt: skip
    print(table(headers, rows, right={0, 6}))
    return EXIT_OK


def _cmd_pair_activate(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.pairs import publish

    today = dt.date.today()
    with opened(args, create=False):
        cycle = find_cycle(args.cycle)
        count = publish(cycle.id, today)
    if count == 0:
        print(f"No proposed pairs to activate in {cycle.name}.")
    else:
        print(f"Activated {counted(count, 'pair')} in {cycle.name}, started on {today}.")
    return EXIT_OK
