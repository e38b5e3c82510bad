"""What every headless command shares: the --db option, the database under its lock,
one-line user errors and plain-text tables (what options accept: ``arguments``)."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from rmdesk.commands.arguments import database_file

EXIT_OK, EXIT_USER_ERROR = 0, 1


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def add_db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # SUPPRESS on the sub-parser keeps a --db given before the command from being
    # overwritten by the sub-parser's default, so --db works on either side.
    parser.add_argument(
        "--db",
        type=database_file,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file (default: programme.rmdesk in the user's data folder)",
    )


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db).expanduser()
    from rmdesk.paths import default_database_path

    return default_database_path()


@contextlib.contextmanager
def opened(args: argparse.Namespace, *, create: bool, read_only: bool = False) -> Iterator[Path]:
    """The database under its lock, for one command; ``create=False`` refuses a missing
    file rather than leave an empty database behind a typo in --db.

    ``read_only`` commands (lists, reports, exports) also run while the window holds
    the lock: they then read the last saved state through a read-only connection.
    A command that creates the file builds it under a temporary name and puts it in
    place only when it succeeds: a refused import or an interrupted demo leaves no
    new file behind (a killed one's temporary is removed by the next attempt).
    """
    from rmdesk.instance_lock import AlreadyOpen, DatabaseLock
    from rmdesk.store import close_database, open_database, open_database_read_only

    path = database_path(args)
    if not create and not path.exists():
        raise UserError(f"{path} does not exist.")
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except AlreadyOpen:
        if not read_only:
            raise
        open_database_read_only(path)
        try:
            yield path
        finally:
            close_database()
        return
    try:
        if create and not path.exists():
            with _created(lock.real) as building:
                open_database(building)
                try:
                    yield path
                finally:
                    close_database()
            return
        open_database(path)
        try:
            yield path
        finally:
            close_database()
    finally:
        lock.release()


@contextlib.contextmanager
def _created(target: Path) -> Iterator[Path]:
    """A new database file built at a temporary name beside ``target`` and linked into
    place when the block succeeds (never over a file that appeared meanwhile)."""
    from rmdesk.store import StorageUnavailable
    from rmdesk.store.database import remove_database_file, unfinished_creation

    building = unfinished_creation(target)
    remove_database_file(building)  # what a killed earlier attempt left
    try:
        yield building
        try:
            os.link(building, target)
        except FileExistsError:
            raise UserError(f"{target} appeared meanwhile; nothing was changed.") from None
        except OSError:  # no hard links on this file system: rename (tiny window)
            if target.exists():
                raise UserError(f"{target} appeared meanwhile; nothing was changed.") from None
            building.replace(target)
        except ValueError as error:
            raise StorageUnavailable(target, str(error)) from None
    finally:
        remove_database_file(building)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> str:
    """Plain text columns aligned with spaces; columns in ``right`` align right (numbers)."""
    cells = [list(headers), *([("" if v is None else str(v)) for v in row] for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(headers))]
    return "\n".join(
        "  ".join(
            text.rjust(width) if i in right else text.ljust(width)
            for i, (text, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in cells
    )
