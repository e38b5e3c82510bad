"""Headless commands for meetings: ``rmdesk schedule``, ``rmdesk meetings``,
``rmdesk attention`` and ``rmdesk calendar`` (.ics export)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened, table
from rmdesk.programme.wording import counted


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
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
    attention.add_argument(
        "--all", action="store_true",
        help="also list items acknowledged in the window (with until when and the note)",
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


def _cmd_schedule(args: argparse.Namespace) -> int:
    from rmdesk.programme.cycles import find_cycle
    from rmdesk.programme.meetings import schedule_series

    with opened(args, create=False):
        cycle = find_cycle(args.cycle)
        result = schedule_series(
            cycle.id, first=args.first, at=args.time, every_days=args.every_days
        )
    extra = []
    if result.existing:
        extra.append(f"{result.existing} already planned or recorded")
    if result.closed:
        extra.append(f"{counted(result.closed, 'closed date')} skipped")
    tail = f" ({'; '.join(extra)})" if extra else ""
    print(f"Scheduled {counted(result.created, 'meeting')} in {cycle.name}{tail}.")
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
        items = attention(cycle.id, quiet_days=args.quiet_days, include_acknowledged=args.all)
    if not items:
        print(f"No pair in {cycle.name} needs attention.")
        return EXIT_OK
    headers = ("PAIR", "MENTOR", "MENTEE", "SEVERITY", "KIND", "DETAIL")
    rows = [
        (i.pair_id, i.mentor_name, i.mentee_name, i.severity, i.kind.replace("_", " "),
         i.detail if i.acknowledged is None else
         f"{i.detail} [acknowledged until {i.acknowledged.until}"
         f"{': ' + i.acknowledged.note if i.acknowledged.note else ''}]")
        for i in items
    ]  # fmt: skip
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
    print(f"Exported {counted(count, 'meeting')} of {cycle.name} to {target}.")
    return EXIT_OK
