"""Headless commands for the programme itself: ``rmdesk demo``, ``rmdesk cycle
create|list``, ``rmdesk pair list|activate|create|end|history`` and ``rmdesk match``."""

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
        "activate",
        help="publish a cycle's proposed pairs: active from today, or the cycle's start if later",
    )
    add_db_option(activate, top=False)
    activate.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    activate.set_defaults(handler=_cmd_pair_activate)

    create = actions.add_parser(
        "create", help="propose a pair under every pairing rule (the mentee's own choice)"
    )
    add_db_option(create, top=False)
    create.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    for role in ("mentor", "mentee"):
        create.add_argument(
            role, type=arguments.text, metavar=role.upper(), help="id, e-mail or exact name"
        )
    create.add_argument(
        "--repeat",
        action="store_true",
        help="propose it although the two were paired before (refused otherwise, saying when)",
    )
    create.set_defaults(handler=_cmd_pair_create)

    end = actions.add_parser(
        "end", help="end an active pair early; its planned meetings after the end are removed"
    )
    add_db_option(end, top=False)
    end.add_argument("pair_id", type=arguments.record_id, metavar="PAIR_ID")
    end.add_argument("--reason", required=True, type=arguments.text, metavar="TEXT")
    end.add_argument(
        "--date", type=arguments.day, metavar="YYYY-MM-DD", help="the last day (default today)"
    )
    end.set_defaults(handler=_cmd_pair_end)

    history = actions.add_parser("history", help="a person's pairings across cycles")
    add_db_option(history, top=False)
    history.add_argument(
        "person", type=arguments.text, metavar="PERSON", help="id, e-mail or exact name"
    )
    history.set_defaults(handler=_cmd_pair_history)


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
        if person.candidates:
            print(f"  best candidates: {person.candidates_text()}")
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
    from rmdesk.programme.pairs import publish, start_day

    with opened(args, create=False):
        cycle = find_cycle(args.cycle)
        starts = start_day(cycle.id)
        count = publish(cycle.id, starts)
    if count == 0:
        print(f"No proposed pairs to activate in {cycle.name}.")
    else:
        print(f"Activated {counted(count, 'pair')} in {cycle.name}, started on {starts}.")
    return EXIT_OK


def _cmd_pair_create(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.matching.candidates import match_of
    from rmdesk.programme.pairings import find_participant, paired_before
    from rmdesk.programme.pairs import check_pair, create_pair

    with opened(args, create=False):
        cycle = find_cycle(args.cycle)
        mentor_id, mentor = find_participant(args.mentor)
        mentee_id, mentee = find_participant(args.mentee)
        check_pair(cycle.id, mentor_id, mentee_id)
        score, reasons = match_of(cycle.id, mentor_id, mentee_id)
        pair_id = create_pair(
            cycle.id, mentor_id, mentee_id, score=score, reasons=reasons, repeat=args.repeat
        )
        before = [p for p in paired_before(mentor_id, mentee_id) if p.cycle_id != cycle.id]
    print(
        f"Proposed pair {pair_id} in {cycle.name}: {mentor} mentors {mentee} (score {score:.1f})."
    )
    for pairing in before:
        print(f"Note: they were paired before, in {pairing.cycle_name} ({pairing.ending()}).")
    return EXIT_OK


def _cmd_pair_end(args: argparse.Namespace) -> int:
    from rmdesk.programme.pairs import end_pair_early, get_pair
    from rmdesk.programme.validation import RuleError

    ended_on = args.date or dt.date.today()
    with opened(args, create=False):
        pair = get_pair(args.pair_id)
        if pair.status != "active":
            state = pair.status.replace("_", " ")
            raise RuleError(
                f"Pair {pair.id} is {state}: only an active pair ends early here "
                f"(a proposal is discarded in the window)."
            )
        end_pair_early(args.pair_id, args.reason, ended_on)
        pair = get_pair(args.pair_id)
    print(
        f"Ended pair {pair.id} ({pair.mentor_name} – {pair.mentee_name}) early on {ended_on}: "
        f"{pair.end_reason}"
    )
    return EXIT_OK


def _cmd_pair_history(args: argparse.Namespace) -> int:
    from rmdesk.programme.pairings import find_participant, pairings_of

    with opened(args, create=False, read_only=True):
        person_id, name = find_participant(args.person)
        history = pairings_of(person_id)
    if not history:
        print(f"{name} has not been paired in any cycle.")
        return EXIT_OK
    headers = ("PAIR", "CYCLE", "ROLE", "PARTNER", "STARTED", "HOW IT ENDED")
    rows = [
        (h.pair_id, h.cycle_name, "mentor" if h.mentor_id == person_id else "mentee",
         h.partner_of(person_id)[1], h.started_on or "", h.ending())
        for h in history
    ]  # fmt: skip
    print(f"{name}: {counted(len(history), 'pairing')}")
    print(table(headers, rows, right={0}))
    return EXIT_OK
