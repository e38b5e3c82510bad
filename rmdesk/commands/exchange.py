"""Headless commands for files in and out: CSV import/export, full export, personal data.

``rmdesk import participants FILE.csv|FILE.xlsx [--map "Header=field"]... [--role
mentor|mentee] [--level N] [--dry-run] [--create-topics]``,
``rmdesk import all FILE.json``, ``rmdesk export participants|pairs|meetings|goals
FILE.csv [--with-notes]``, ``rmdesk export all FILE.json``, ``rmdesk person export
ID_OR_EMAIL -o FILE.json``, ``rmdesk person erase ID_OR_EMAIL --yes [--prune-backups]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection

from rmdesk.commands import arguments
from rmdesk.commands.common import EXIT_OK, UserError, add_db_option, opened
from rmdesk.programme.wording import counted, either
from rmdesk.store.values import LEVEL_MAX, LEVEL_MIN, ROLES

_PROBLEMS_SHOWN = 50


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    imports = commands.add_parser("import", help="import participants (CSV) or everything (JSON)")
    add_db_option(imports, top=False)
    what = imports.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    participants = what.add_parser(
        "participants",
        help="add or update participants from a CSV or .xlsx file, an HR export too "
        "(all or nothing)",
    )
    add_db_option(participants, top=False)
    participants.add_argument("file", type=arguments.path, metavar="FILE.csv|FILE.xlsx")
    participants.add_argument(
        "--map", action="append", type=_column_assignment, default=[], metavar="HEADER=FIELD",
        help="fill FIELD (full_name, email, employee_id, manager, …: an unknown one is "
        "refused with the list) from the column HEADER; repeatable; HEADER= ignores it",
    )  # fmt: skip
    participants.add_argument(
        "--role", choices=ROLES, help="everyone's role where the file has no role column, "
        "and for its blank cells",
    )  # fmt: skip
    participants.add_argument(
        "--level", type=arguments.whole_number(LEVEL_MIN, LEVEL_MAX), metavar="N",
        help=f"everyone's level ({LEVEL_MIN}-{LEVEL_MAX}) where the file has no level column, "
        "and for its blank cells",
    )  # fmt: skip
    participants.add_argument(
        "--dry-run", action="store_true", help="only show what would change, write nothing"
    )
    participants.add_argument(
        "--create-topics", action="store_true", help="create topics the database does not know"
    )
    participants.set_defaults(handler=_cmd_import_participants)
    from rmdesk.commands import responses

    responses.add_import_command(what)
    everything = what.add_parser(
        "all", help="restore a full export (rmdesk export all) into an empty database"
    )
    add_db_option(everything, top=False)
    everything.add_argument("file", type=arguments.path, metavar="FILE.json")
    everything.set_defaults(handler=_cmd_import_all)

    export = commands.add_parser("export", help="export a CSV for a spreadsheet, or everything")
    add_db_option(export, top=False)
    export.add_argument(
        "what", choices=("participants", "pairs", "meetings", "goals", "all"), metavar="WHAT",
        help="participants, pairs, meetings, goals (CSV) or all (JSON, every table)",
    )  # fmt: skip
    export.add_argument("file", type=arguments.path, metavar="FILE")
    export.add_argument(
        "--with-notes", action="store_true", help="meetings: include the private notes"
    )
    export.set_defaults(handler=_cmd_export)

    person = commands.add_parser("person", help="one person's data: export it, or erase them")
    add_db_option(person, top=False)
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    show = actions.add_parser("export", help="everything held about a person, as JSON")
    add_db_option(show, top=False)
    show.add_argument("person", type=arguments.text, metavar="ID_OR_EMAIL")
    show.add_argument("-o", "--output", type=arguments.path, required=True, metavar="FILE.json")
    show.set_defaults(handler=_cmd_person_export)
    erase = actions.add_parser(
        "erase", help="erase a person everywhere (pairs stay as anonymous statistics)"
    )
    add_db_option(erase, top=False)
    erase.add_argument("person", type=arguments.text, metavar="ID_OR_EMAIL")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.add_argument(
        "--prune-backups", action="store_true",
        help="then make a fresh backup and delete the older ones (they still hold the person)",
    )  # fmt: skip
    erase.set_defaults(handler=_cmd_person_erase)
    prune = actions.add_parser(
        "prune-backups",
        help="after an erasure: make a fresh backup and delete every older one",
    )
    add_db_option(prune, top=False)
    prune.add_argument("--yes", action="store_true", help="confirm: older backups are deleted")
    prune.set_defaults(handler=_cmd_person_prune_backups)


def _column_assignment(text: str) -> tuple[str, str]:
    """``--map "Header=field"``: refused in one line naming the valid fields."""
    from rmdesk.exchange.csv_import.columns import MappingError, parse_assignment

    try:
        return parse_assignment(arguments.text(text))
    except MappingError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _exchange_error() -> type[Exception]:
    from rmdesk.exchange.csv_format import ExchangeError

    return ExchangeError


def _cmd_import_participants(args: argparse.Namespace) -> int:
    from rmdesk.exchange.csv_import import apply_import, preview_participants

    # A new programme often starts from the HR spreadsheet: a real import creates the file.
    # A dry run only reads, so it also runs beside the window.
    with opened(args, create=not args.dry_run, read_only=args.dry_run):
        try:
            everyone = {"role": args.role or "", "level": str(args.level or "")}
            preview = preview_participants(args.file, mapping=dict(args.map), everyone=everyone)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
        problems = preview.blocking_problems(create_topics=args.create_topics)
        print(f"{args.file.name}: {preview.summary()}.")
        if preview.ignored:
            print("Ignored columns: " + ", ".join(f"“{name}”" for name in preview.ignored) + ".")
        for name, (value, column, rows) in preview.everyone.items():
            print(_everyone_said(name, value, column, rows))
        if preview.unknown_topics:
            names = ", ".join(sorted(preview.unknown_topics))
            verb = "will be created" if args.create_topics else "unknown (use --create-topics)"
            print(f"Topics {verb}: {names}.")
        if problems:
            for problem in problems[:_PROBLEMS_SHOWN]:
                print(f"  {problem}", file=sys.stderr)
            if len(problems) > _PROBLEMS_SHOWN:
                print(f"  … and {len(problems) - _PROBLEMS_SHOWN} more", file=sys.stderr)
            # Raised, not returned: a file this import would have created is not kept.
            raise UserError(
                f"{counted(len(problems), 'problem')}: nothing was imported."
                + _everyone_hint(preview.columns, preview.everyone)
            )
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        try:
            result = apply_import(preview, create_topics=args.create_topics)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
        print(
            f"Imported: {result.created} new, {result.updated} updated, "
            f"{result.unchanged} unchanged."
            + (f" Backup before: {result.backup.name}." if result.backup else "")
        )
    return EXIT_OK


def _everyone_hint(columns: Collection[str], everyone: Collection[str]) -> str:
    """For a file without a role or level column: the options that give everyone one."""
    from rmdesk.exchange.csv_import import EVERYONE_FIELDS

    missing = [name for name in EVERYONE_FIELDS if name not in columns and name not in everyone]
    if not missing:
        return ""
    options = " and ".join(f"--{name}" for name in missing)
    return f" To give everyone in the file the same {' and '.join(missing)}: {options}."


def _everyone_said(name: str, value: str, column: str | None, rows: int) -> str:
    """Which value ``--role``/``--level`` gave, and to whom."""
    if column is None:
        return f"{name.capitalize()} for everyone: {value} (the file has no {name} column)."
    if rows:
        return f"{name.capitalize()} where “{column}” is blank: {value} ({counted(rows, 'row')})."
    return f"--{name} {value} not used: every “{column}” cell is filled."


def _cmd_import_all(args: argparse.Namespace) -> int:
    from rmdesk.exchange.full_export import import_all

    with opened(args, create=True):
        try:
            counts = import_all(args.file)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
    rows, tables = counted(sum(counts.values()), "row"), counted(len(counts), "table")
    print(f"Imported {rows} into {tables}.")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from rmdesk.exchange.csv_export import export_kind
    from rmdesk.exchange.full_export import export_all

    if args.with_notes and args.what != "meetings":
        raise UserError("--with-notes only applies to: rmdesk export meetings.")
    with opened(args, create=False, read_only=True):
        try:
            if args.what == "all":
                counts = export_all(args.file)
                rows, tables = counted(sum(counts.values()), "row"), counted(len(counts), "table")
                print(f"Exported {rows} of {tables} to {args.file}.")
            else:
                count = export_kind(args.what, args.file, with_notes=args.with_notes)
                one = args.what.removesuffix("s")  # participants, pairs, meetings, goals
                print(f"Exported {counted(count, one, args.what)} to {args.file}.")
        except _exchange_error() as error:
            raise UserError(str(error)) from error
    return EXIT_OK


def _cmd_person_export(args: argparse.Namespace) -> int:
    from rmdesk.exchange.personal_data import export_person, find_person

    with opened(args, create=False, read_only=True):
        try:
            participant_id = find_person(args.person)
            document = export_person(participant_id, args.output)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
    records = sum(len(rows) for rows in document["records"].values())
    print(
        f"Exported the data of {document['participant']['full_name']} "
        f"({counted(records, 'related record')}) to {args.output}."
    )
    return EXIT_OK


def _cmd_person_erase(args: argparse.Namespace) -> int:
    from rmdesk.exchange.personal_data import erase_person, find_person, prune_backups_after_erase

    with opened(args, create=False) as path:
        try:
            participant_id = find_person(args.person)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
        if not args.yes:
            raise UserError(
                "Erasing cannot be undone: add --yes to confirm (a backup is made first)."
            )
        try:
            report = erase_person(participant_id)
            print(report.summary())
            deleted = prune_backups_after_erase(path) if args.prune_backups else None
        except _exchange_error() as error:
            raise UserError(str(error)) from error
        if deleted is not None:
            print(f"Deleted {counted(len(deleted), 'older backup')}; a fresh backup was made.")
        elif report.backups:
            n = len(report.backups)
            print(
                f"{counted(n, 'backup')} in {report.backups[0].parent} still "
                + either(
                    n,
                    "holds their data (the one made just before erasing). To delete it: ",
                    "hold their data (including the one made just before erasing). To delete "
                    "them: ",
                )
                + "rmdesk person prune-backups --yes (a fresh backup is made first); otherwise "
                + either(n, "it drops", "they drop")
                + " out as newer backups replace them (the newest 14 are kept)."
            )
    return EXIT_OK


def _cmd_person_prune_backups(args: argparse.Namespace) -> int:
    from rmdesk.exchange.personal_data import prune_backups_after_erase

    if not args.yes:
        raise UserError("This deletes every backup but a fresh one: add --yes to confirm.")
    with opened(args, create=False) as path:
        try:
            deleted = prune_backups_after_erase(path)
        except _exchange_error() as error:
            raise UserError(str(error)) from error
    print(f"Deleted {counted(len(deleted), 'older backup')}; a fresh backup was made.")
    return EXIT_OK
