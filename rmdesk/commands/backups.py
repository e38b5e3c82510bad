"""Headless commands for the database file itself: ``rmdesk check``, ``rmdesk backup``
and ``rmdesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmdesk.commands import arguments
from rmdesk.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    UserError,
    add_db_option,
    database_path,
)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    check = commands.add_parser("check", help="check the database's integrity")
    add_db_option(check, top=False)
    check.set_defaults(handler=_cmd_check)

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
