"""Command line: ``rmdesk`` opens the window, ``rmdesk COMMAND`` works headless.

Names and options of sub-commands are a contract: scripts rely on them.  User
errors print one line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from rmdesk import __version__
from rmdesk.commands import arguments
from rmdesk.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    UserError,
    add_db_option,
    database_path,
    opened,
    table,
)

Handler = Callable[[argparse.Namespace], int]
MONTHS_MAX = 60  # a cycle of five years is already more than a programme runs


class _Parser(argparse.ArgumentParser):
    """A usage error is a user error like any other: one line, exit 1 (not 2 and the
    whole usage text).  Sub-parsers are made of the same class."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message.rstrip('.')}; see {self.prog} --help.")


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="rmdesk",
        description="A desk for a reverse mentoring programme. Without a command, "
        "opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    add_db_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a demo organisation")
    add_db_option(demo, top=False)
    demo.add_argument("--participants", type=int, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser("check", help="check the database's integrity")
    add_db_option(check, top=False)
    check.set_defaults(handler=_cmd_check)

    _add_cycle_commands(commands)
    _add_pair_commands(commands)

    match = commands.add_parser(
        "match", help="propose the best pairs for a cycle's unpaired people, with reasons"
    )
    add_db_option(match, top=False)
    match.add_argument("cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name")
    match.add_argument("--apply", action="store_true", help="store the proposals as proposed pairs")
    match.set_defaults(handler=_cmd_match)

    _add_meeting_commands(commands)
    _add_backup_commands(commands)
    from rmdesk.commands import documents, exchange, goals

    for area in (goals, documents, exchange):
        area.add_commands(commands)
    return parser


def _add_backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup", help="back up the database (into the backups folder beside it, or FILE)"
    )
    add_db_option(backup, top=False)
    backup.add_argument(
        "-o", "--output", type=arguments.path, metavar="FILE", help="write the backup exactly here "
        "(an existing file is refused); not pruned"
    )  # fmt: skip
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current state is backed up)"
    )
    add_db_option(restore, top=False)
    restore.add_argument(
        "backup", type=arguments.path, metavar="FILE", help="the backup to restore"
    )
    restore.set_defaults(handler=_cmd_restore)


def _add_meeting_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schedule = commands.add_parser(
        "schedule", help="plan a series of meetings for every active pair of a cycle"
    )
    add_db_option(schedule, top=False)
    schedule.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    schedule.add_argument(
        "--first", type=arguments.day, metavar="YYYY-MM-DD", help="day of the first meeting "
        "(default: today or the cycle's start, whichever is later)"
    )  # fmt: skip
    schedule.add_argument(
        "--time", type=arguments.clock, default="10:00", metavar="HH:MM", help="default 10:00"
    )
    schedule.add_argument(
        "--every-days", type=int, metavar="D", help="days between meetings (default: cadence)"
    )
    schedule.set_defaults(handler=_cmd_schedule)

    meetings = commands.add_parser("meetings", help="list the meetings of a cycle")
    add_db_option(meetings, top=False)
    meetings.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    meetings.add_argument(
        "--from", dest="start", type=arguments.day, metavar="YYYY-MM-DD", help="first day"
    )
    meetings.add_argument(
        "--to", dest="end", type=arguments.day, metavar="YYYY-MM-DD", help="last day (included)"
    )
    meetings.set_defaults(handler=_cmd_meetings)

    attention = commands.add_parser("attention", help="pairs of a cycle that need a nudge")
    add_db_option(attention, top=False)
    attention.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    attention.add_argument(
        "--quiet-days", type=int, default=30, metavar="N",
        help="flag pairs with no meeting held for more than N days (default 30)",
    )  # fmt: skip
    attention.set_defaults(handler=_cmd_attention)

    calendar = commands.add_parser(
        "calendar", help="export a cycle's meetings (or one pair's, one person's) to .ics"
    )
    add_db_option(calendar, top=False)
    calendar.add_argument(
        "cycle", type=arguments.text, metavar="CYCLE", help="cycle id or exact name"
    )
    calendar.add_argument("-o", "--output", required=True, type=arguments.path, metavar="FILE.ics")
    calendar.add_argument(
        "--pair", type=arguments.record_id, metavar="ID", help="only this pair's meetings"
    )
    calendar.add_argument(
        "--person", type=arguments.record_id, metavar="ID", help="only this person's meetings"
    )
    calendar.set_defaults(handler=_cmd_calendar)


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
        f"Added {summary.participants} participants ({summary.mentors} mentors, "
        f"{summary.mentees} mentees) in {summary.departments} departments to {path}, "
        f"and a cycle with {programme.pairs} pairs ({programme.active} active, "
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
        print(f"Stored {len(result.proposals)} proposed pairs in {cycle.name}; "
              f"publish them with: rmdesk pair activate {cycle.id}")  # fmt: skip
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
    print(
        f"Created cycle {cycle.name} (id {cycle.id}): {cycle.start_date} to {cycle.end_date}, "
        f"meetings every {cycle.cadence_days} days, {cycle.meeting_minutes} minutes."
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
        noun = "pair" if count == 1 else "pairs"
        print(f"Activated {count} {noun} in {cycle.name}, started on {today}.")
    return EXIT_OK


def _cmd_schedule(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.meetings import schedule_series

    with opened(args, create=False):
        cycle = find_cycle(args.cycle)
        result = schedule_series(
            cycle.id, first=args.first, at=args.time, every_days=args.every_days
        )
    noun = "meeting" if result.created == 1 else "meetings"
    extra = []
    if result.existing:
        extra.append(f"{result.existing} already planned or recorded")
    if result.closed:
        extra.append(f"{result.closed} closed dates skipped")
    tail = f" ({'; '.join(extra)})" if extra else ""
    print(f"Scheduled {result.created} {noun} in {cycle.name}{tail}.")
    return EXIT_OK


def _cmd_meetings(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.meetings import list_meetings

    end = None if args.end is None else args.end + dt.timedelta(days=1)
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        meetings = list_meetings(cycle.id, start=args.start, end=end)
    if not meetings:
        print(f"No meetings in {cycle.name}; plan them with: rmdesk schedule {cycle.id}")
        return EXIT_OK
    headers = ("ID", "DATE", "TIME", "MINUTES", "MENTOR", "MENTEE", "MODE", "STATUS")
    rows = [
        (m.id, m.starts_at.date(), m.starts_at.strftime("%H:%M"), m.duration_minutes,
         m.mentor_name, m.mentee_name, m.mode.replace("_", " "),
         f"cancelled by {m.cancelled_by}" if m.cancelled_by else m.status)
        for m in meetings
    ]  # fmt: skip
    print(table(headers, rows, right={0, 3}))
    return EXIT_OK


def _cmd_attention(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.meetings import attention

    if args.quiet_days < 1:
        raise UserError(f"--quiet-days must be at least 1, not {args.quiet_days}.")
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        items = attention(cycle.id, quiet_days=args.quiet_days)
    if not items:
        print(f"No pair in {cycle.name} needs attention.")
        return EXIT_OK
    headers = ("PAIR", "MENTOR", "MENTEE", "WHAT", "DETAIL")
    rows = [(i.pair_id, i.mentor_name, i.mentee_name, i.kind.replace("_", " "), i.detail)
            for i in items]  # fmt: skip
    print(table(headers, rows, right={0}))
    return EXIT_OK


def _cmd_calendar(args: argparse.Namespace) -> int:
    from rmdesk.exchange.ical import export_calendar
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.store.files import check_write_target

    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise UserError(f"{target.parent} is not a folder.")
    check_write_target(target)  # before the work: not the database, a backup, a device
    with opened(args, create=False, read_only=True):
        cycle = find_cycle(args.cycle)
        try:
            count = export_calendar(target, cycle.id, pair_id=args.pair, participant_id=args.person)
        except ValueError as error:  # an unknown pair or person
            raise UserError(str(error)) from None
        except OSError as error:
            raise UserError(f"Cannot write {target}: {error.strerror or error}.") from None
    print(f"Exported {count} meetings of {cycle.name} to {target}.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    """The file (pages, foreign keys), then the programme's rules over every row
    (programme.consistency), read-only: ``ok``, or each problem on a line (in the
    coordinator's words, as the window says it) and exit 1."""
    import sqlite3

    from rmdesk.programme.consistency import check_file
    from rmdesk.store import check_integrity

    path = database_path(args)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    problems = check_integrity(path)
    try:  # foreign keys: already in check_integrity's list
        problems += [problem.text for problem in check_file(path, foreign_keys=False)]
    except sqlite3.DatabaseError as error:  # pages too damaged to read every row
        problems.append(f"The programme's rules could not be checked: {error}.")
    if not problems:
        print("ok")
        return EXIT_OK
    for problem in problems:
        print(problem)
    return EXIT_USER_ERROR


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def _cmd_backup(args: argparse.Namespace) -> int:
    from rmdesk.store import make_backup

    # No lock: the online backup API copies a consistent snapshot even while the
    # window has the database open.
    path = database_path(args)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    target = None if args.output is None else Path(args.output).expanduser()
    if target is not None:
        if target.exists():
            raise UserError(f"{target} already exists; choose another file name.")
        if not target.parent.is_dir():
            raise UserError(f"{target.parent} is not a folder.")
    info = make_backup(path, reason="manual", target=target)
    print(f"Backed up {path} to {info.path} ({_size(info.size)}).")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from rmdesk.instance_lock import DatabaseLock
    from rmdesk.store import restore_backup
    from rmdesk.store.files import check_regular_file

    path = database_path(args)
    backup = Path(args.backup).expanduser()
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    check_regular_file(backup, what="backup")  # a folder is a folder, not missing
    with DatabaseLock(path):  # refused (AlreadyOpen) while the window has it open
        safety = restore_backup(path, backup)
    print(
        f"Restored {path} from {backup}; the previous state was saved to {safety.path} "
        f"({_size(safety.size)})."
    )
    return EXIT_OK


def _user_errors() -> tuple[type[BaseException], ...]:
    from rmdesk.instance_lock import AlreadyOpen
    from rmdesk.programme.demo import DemoRefused
    from rmdesk.programme.validation import RuleError, ValidationError
    from rmdesk.store import StoreError

    return (UserError, StoreError, AlreadyOpen, DemoRefused, ValidationError, RuleError)


def _run_guarding_database(args: argparse.Namespace) -> int:
    """Run the command with its database (open or not) protected from every write target:
    ``-o`` the database, its companions or a backup is refused (store.files)."""
    from rmdesk.store.files import forget_open_database, register_open_database

    database = database_path(args)
    register_open_database(database)
    try:
        return int(args.handler(args))
    finally:
        forget_open_database(database)


def _storage_errors() -> tuple[type[BaseException], ...]:
    """What SQLite says when the file cannot be used as asked: a read-only file or
    folder, a full disk, a lost network share.  The statement's transaction is rolled
    back, so these are one line like a user error, not a traceback."""
    import sqlite3

    from peewee import OperationalError

    return (OperationalError, sqlite3.OperationalError)


def _print_any_text() -> None:
    """Let every text a user typed be printed back: bytes that are not UTF-8 arrive in
    arguments as surrogates, which a strict stream refuses to print (a traceback)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _refused(message: object) -> int:
    print(f"rmdesk: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    _print_any_text()
    try:
        args = build_parser().parse_args(argv)
    except UserError as error:  # a usage error (_Parser.error), before any file is opened
        return _refused(error)
    if args.command is None:
        from rmdesk.app import run_gui

        return run_gui(args.db)
    try:
        return _run_guarding_database(args)
    except _user_errors() as error:
        return _refused(error)
    except BrokenPipeError:  # output piped into head, less ...: not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print("rmdesk: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except _storage_errors() as error:
        hint = " (the file or its folder is read-only)" if "readonly" in str(error) else ""
        return _refused(f"Cannot use {database_path(args)}: {_one_line(error)}{hint}.")
    except Exception as error:
        # The last resort, not the rule: what a user can type is refused above with a
        # sentence; reaching this is a bug in rmdesk, said in one line all the same.
        return _refused(
            f"internal error ({type(error).__name__}: {_one_line(error)}); this is a bug "
            "in rmdesk, please report it with the command that caused it."
        )


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
