"""Property test: every sub-command, fed random and hostile arguments, ends with exit 0
or 1, never a traceback, and leaves the database as it was unless it is a writing one.

The commands are read from ``build_parser()``, so a new sub-command or option is fuzzed
without touching this file (a new command counts as read-only until it is listed in
``WRITING``: one that writes fails here until someone says so).  The window (no
command) is never started.  ``main()`` runs in this process, on UTF-8 streams as
strict as a terminal's, on a copy of one small demo database per example.  The suite
runs 150 examples (about 10 s); ``RMDESK_FUZZ_EXAMPLES=2000`` digs deeper.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import shutil
import signal
import sqlite3
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rmdesk.cli import build_parser, main
from rmdesk.commands import arguments
from rmdesk.paths import DATABASE_FILE_NAME
from rmdesk.store import close_database, inspect_file, make_backup, open_database
from rmdesk.store.models import database_proxy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, device nodes, SIGALRM")

# Commands that may change the database's rows; every other one must leave them as
# they were.  (``match`` writes with --apply, ``import participants`` without --dry-run,
# ``clauses`` with --set or --reset.)
WRITING = {
    "demo", "cycle create", "pair activate", "pair create", "pair end", "schedule", "restore",
    "import all",
    "person erase", "person prune-backups",
}  # fmt: skip
HANG_SECONDS = 8
DEMO_CYCLE = "Demo cohort 2026–27"


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def leaf_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    """Every runnable sub-command (a parser with a handler) with its own arguments."""
    found: list[Command] = []
    positionals, options = [], []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += leaf_commands(sub, (*words, name))
        elif isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        elif action.option_strings:
            options.append(action)
        else:
            positionals.append(action)
    if words and parser.get_default("handler") is not None:
        found.append(Command(words, tuple(positionals), tuple(options)))
    return found


COMMANDS = leaf_commands(build_parser())

# -- values --------------------------------------------------------------------------
# Paths are tokens filled in per example: {db} is that example's database copy.
PATHS = [
    "{db}", "{db}-wal", "{db}-shm", "{db}.lock", "{link}", "{dir}/./{dbname}",
    "{dir}/../{dirname}/{dbname}", "{dir}", "{dir}/", "{fifo}", "{device}", "{dir}/backups",
    "{dir}/backups/", "{backup}", "{dir}/backups/new.csv", "{dir}/out.csv", "{dir}/out.pdf",
    "{dir}/out.json", "{dir}/out.ics", "{dir}/sub/", "{dir}/missing/out.pdf", "{dir}/..",
    "{dir}/報告 تقرير रिपोर्ट.pdf", "{dir}/new.rmdesk", "{dir}/\udcff\udcfe.csv",
    "{dir}/" + "x" * 300, "~", "~/x.csv", "~nobody-here/x.csv", "..", "../..", "-", "./x",
]  # fmt: skip
# Files no command may write, however spelled (the example's database, its companions,
# links to it, a backup, a FIFO, a device); reading commands may read some of them.
PROTECTED = [
    "{db}", "{db}-wal", "{db}-shm", "{db}.lock", "{link}", "{dir}/./{dbname}",
    "{dir}/../{dirname}/{dbname}", "{backup}", "{fifo}", "{device}", "{dir}/backups/",
]  # fmt: skip
# What a careful user would name: new outputs, a folder, the demo's own exports, a backup.
FILES = [
    "{dir}/out.csv", "{dir}/out.pdf", "{dir}/out.json", "{dir}/out.ics", "{dir}/sub/",
    "{dir}/in.csv", "{dir}/in.json", "{backup}",
]  # fmt: skip
HOSTILE = [
    "", " ", "0", "-1", "1.5", "NaN", "nan", "inf", "-inf", "1e309", "0x10", "²", "١٢",
    str(2**63 - 1), str(2**63), str(2**64), "99999999999999999999", "-9223372036854775809",
    "9" * 5000, "9999-12-31", "10000-01-01", "0001-01-01", "2026-02-30", "2026-13-01",
    "99999999999999999999:00", "24:00", "-01:00", "\udcff\udcfe", "caf\udce9",
    "张伟", "محمد علي", "अनीता शर्मा", "Zoë O'Brien-Łukasiewicz", "a" * 5000, "é" * 300,
    "--", "-x", "--db", "-o", "'; DROP TABLE participant; --", "%s%n", "{}", "\t", "\n",
    "\u202e", "\ufeff", "😀",
]  # fmt: skip
PLAUSIBLE = {
    arguments.record_id: ["1", "2", "3", "4", "5", "12"],
    arguments.text: ["1", DEMO_CYCLE, "2", "demo cohort 2026–27", "New cycle"],
    arguments.day: ["2026-03-02", "2026-06-15", "2026-12-02", "2027-01-04"],
    arguments.clock: ["10:00", "09:30", "17:45"],
    arguments.path: FILES,
    arguments.path_text: FILES,
    arguments.database_file: ["{db}"],
    int: ["1", "2", "7", "14", "30", "60", "366"],
}
WHOLE_NUMBERS = ["1", "9", "12", "60", "61"]
NO_NUL = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
# Random text stays a name inside the example's folder (the working directory): never
# an absolute path, a home folder or a way up, where a folder output (agreements -o
# DIR) would really write.  The fixed PATHS cover those spellings, inside the world.
NAMES = st.text(NO_NUL, max_size=40).map(lambda s: "n" + s.replace("..", "._"))
# Small or beyond 64 bits: a demo of a random 50,000 people would only be slow.
NUMBERS = st.one_of(
    st.integers(-1000, 1000), st.integers(2**62, 2**70), st.integers(-(2**70), -(2**62))
)


def plausible_values(action: argparse.Action) -> list[str]:
    if action.choices is not None:
        return [str(choice) for choice in action.choices]
    found = PLAUSIBLE.get(action.type, WHOLE_NUMBERS if callable(action.type) else [])
    return found or PLAUSIBLE[arguments.text]


def hostile_values(action: argparse.Action) -> st.SearchStrategy[str]:
    anything = st.one_of(
        st.sampled_from(HOSTILE + PATHS),
        NAMES,  # argv cannot hold NUL; surrogates come from HOSTILE
        NUMBERS.map(str),
    )
    if action.type in (arguments.path, arguments.path_text, arguments.database_file):
        # Where a file name goes, the files that must never be written weigh the most.
        return st.one_of(st.sampled_from(PROTECTED), st.sampled_from(PATHS), anything)
    return anything


@st.composite
def command_lines(draw: st.DrawFn) -> tuple[Command, list[str]]:
    """A sub-command with its required arguments and some of its options.  Mostly one
    value is hostile and the others plausible, so the hostile one meets a command that
    would otherwise run; sometimes none is, sometimes any may be."""
    command = draw(st.sampled_from(COMMANDS))
    chosen = []
    for action in command.options:
        is_db = "--db" in action.option_strings
        wanted = draw(st.integers(0, 19)) > 0 if is_db else draw(st.booleans())
        if action.required or wanted:
            chosen.append(action)
    slots = [*command.positionals, *(a for a in chosen if a.nargs != 0)]
    mode = draw(st.sampled_from(["one", "one", "one", "none", "any"]))
    bad = draw(st.integers(0, len(slots) - 1)) if mode == "one" and slots else -1

    def value(action: argparse.Action) -> str:
        index = slots.index(action)
        hostile = index == bad or (mode == "any" and draw(st.integers(0, 2)) == 0)
        if hostile:
            return draw(hostile_values(action))
        return draw(st.sampled_from(plausible_values(action)))

    argv = [*command.words, *(value(action) for action in command.positionals)]
    for action in chosen:
        argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            argv.append(value(action))
    if draw(st.integers(0, 19)) == 0:  # now and then: an argument nobody asked for
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(HOSTILE)))
    return command, argv


# -- the world each example runs in ----------------------------------------------------
@dataclass
class World:
    dir: Path
    db: Path
    fifo: Path
    device: Path
    backup: Path

    def fill(self, text: str) -> str:
        return (
            text.replace("{dbname}", self.db.name)
            .replace("{dirname}", self.dir.name)
            .replace("{db}", str(self.db))
            .replace("{dir}", str(self.dir))
            .replace("{link}", str(self.dir / "link.rmdesk"))
            .replace("{fifo}", str(self.fifo))
            .replace("{device}", str(self.device))
            .replace("{backup}", str(self.backup))
        )


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo programme with a backup beside it, built once for the module."""
    from rmdesk.programme.demo_programme import load_demo

    folder = tmp_path_factory.mktemp("fuzz-demo")
    database = folder / DATABASE_FILE_NAME
    open_database(database)
    try:
        load_demo(16, 3)
    finally:
        close_database()
    make_backup(database, reason="manual")
    for what, name in (("participants", "in.csv"), ("all", "in.json")):
        assert main(["export", what, str(folder / name), "--db", str(database)]) == 0
    return folder


def device_node(folder: Path) -> Path:
    """A character device that may be harmed: a private copy of /dev/null when this
    runs as root (a command that replaced the real one would break the machine)."""
    if os.geteuid() != 0:
        return Path("/dev/null")  # nobody else can replace it
    node = folder / "null-device"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@contextlib.contextmanager
def world(demo: Path) -> Iterator[World]:
    """A folder three levels inside a temporary one, as the working directory, the data
    folder (a command without --db uses the same database) and with a home folder
    beside it: "..", "~", relative names and the default database all land inside."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        folder = Path(name, "a", "b", "work")
        folder.mkdir(parents=True)
        Path(name, "home").mkdir()
        shutil.copy2(demo / DATABASE_FILE_NAME, folder / DATABASE_FILE_NAME)
        shutil.copytree(demo / "backups", folder / "backups")
        for export in ("in.csv", "in.json"):
            shutil.copy2(demo / export, folder / export)
        (folder / "sub").mkdir()
        os.mkfifo(folder / "fifo")
        (folder / "link.rmdesk").symlink_to(folder / DATABASE_FILE_NAME)
        backup = next((folder / "backups").glob("*.rmdesk"))
        saved = {key: os.environ.get(key) for key in ("HOME", "RMDESK_DATA_DIR")}
        cwd = Path.cwd()
        os.environ.update(HOME=str(Path(name, "home")), RMDESK_DATA_DIR=str(folder))
        os.chdir(folder)
        try:
            yield World(folder, folder / DATABASE_FILE_NAME, folder / "fifo",
                        device_node(folder), backup)  # fmt: skip
        finally:
            os.chdir(cwd)
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def dump_hash(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


class Hung(BaseException):
    """Raised by SIGALRM: a BaseException, so main()'s last-resort guard cannot swallow it."""


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """A FIFO read or any other wait fails the example instead of the suite hanging.
    pytest-timeout's own alarm (the same timer) is put back afterwards."""

    def ring(signum: int, frame: object) -> None:
        raise Hung(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    started, outer = time.monotonic(), signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.alarm(max(1, outer - round(time.monotonic() - started)))


def terminal() -> io.TextIOWrapper:
    """A stream as strict as a UTF-8 terminal: unprintable text raises, as it would."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = terminal(), terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), deadline(HANG_SECONDS):
        try:
            code = main(argv)
        except SystemExit as stop:  # --help, --version
            code = stop.code if isinstance(stop.code, int) else 1
        except Exception:
            pytest.fail(f"rmdesk {argv!r} raised:\n{traceback.format_exc()}")
    texts = [stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]
    return code, texts[0], texts[1]


def writes(command: Command, argv: list[str]) -> bool:
    if command.name == "match":
        return "--apply" in argv
    if command.name == "import participants":
        return "--dry-run" not in argv
    if command.name == "clauses":  # shows them, or saves with --set / --reset
        return "--set" in argv or "--reset" in argv
    return command.name in WRITING


def test_every_command_is_fuzzed():
    names = {command.name for command in COMMANDS}
    assert {"demo", "cycle create", "calendar", "report", "person erase", "restore"} <= names
    assert "" not in names, "the window is never started"
    assert names >= WRITING, "WRITING names a command that no longer exists"


@settings(
    max_examples=int(os.environ.get("RMDESK_FUZZ_EXAMPLES", "150")),
    deadline=None,
    # conftest's function-scoped fixtures (redirected folders) run once for all the
    # examples; that is fine: each example makes its own folders and copy in world().
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(line=command_lines())
def test_any_arguments_end_in_0_or_1_without_traceback_or_damage(demo_folder, line):
    command, template = line
    with world(demo_folder) as here:
        argv = [here.fill(word) for word in template]
        before = dump_hash(here.db)
        code, _out, err = run(argv)
        event(f"exit {code}")  # pytest --hypothesis-show-statistics: how deep it got
        event(f"{command.name} exit {code}")
        shown = f"rmdesk {argv!r} -> {code}: {err[-600:]!r}"
        assert code in (0, 1), shown
        assert "Traceback" not in err, shown
        assert "internal error" not in err, shown  # main()'s last resort caught a bug
        assert database_proxy.obj is None, f"{shown}: the database was left open"
        assert stat.S_ISFIFO(here.fifo.lstat().st_mode), f"{shown}: replaced the FIFO"
        assert stat.S_ISCHR(here.device.lstat().st_mode), f"{shown}: replaced the device"
        assert here.dir.joinpath("sub").is_dir(), shown
        inspect_file(here.db)  # still a healthy rmdesk database, whatever ran
        assert here.dir.joinpath("link.rmdesk").is_symlink(), f"{shown}: replaced the link"
        for kept in here.dir.joinpath("backups").glob("*"):  # only backups, all healthy
            if kept.is_file():  # (--db a backup: its own backups/ goes inside, allowed)
                inspect_file(kept)  # (pruning after an erase deletes the demo's, as it should)
        if not writes(command, argv):
            assert dump_hash(here.db) == before, f"{shown}: a reading command changed it"
