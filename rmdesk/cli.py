"""Command line: ``rmdesk`` opens the window, ``rmdesk COMMAND`` works headless.

This module only builds the parser (each area of ``rmdesk.commands`` adds its own
sub-commands and their handlers) and runs the chosen handler.  Names and options of
sub-commands are a contract: scripts rely on them.  User errors print one line on
stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from rmdesk import __version__
from rmdesk.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    UserError,
    add_db_option,
    database_path,
)


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
    from rmdesk.commands import backups, documents, exchange, forms, goals, meetings, programme

    for area in (programme, meetings, backups, goals, documents, forms, exchange):
        area.add_commands(commands)
    return parser


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


def _window_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """``rmdesk [--db PATH]``, the window: parsed without building every command's
    parser (and importing every area), which would delay the window. Anything else
    (a command, --help, --version, a mistake) is None: the whole parser decides."""
    parser = _Parser(prog="rmdesk", add_help=False, allow_abbrev=False)
    add_db_option(parser, top=True)
    try:
        args, rest = parser.parse_known_args(argv)
    except UserError:  # a bad --db: said by the whole parser, in its words
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    _print_any_text()
    try:
        args = _window_only(argv)
        if args is None:
            args = build_parser().parse_args(argv)
    except UserError as error:  # a usage error (_Parser.error), before any file is opened
        return _refused(error)
    if getattr(args, "command", None) is None:  # the window (_window_only has no command)
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
