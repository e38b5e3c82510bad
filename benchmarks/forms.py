"""Forms out and answers back at size (issue 15), whole commands as a coordinator runs them.

* forms: ``rmdesk form assessment CYCLE --phase baseline -o FILE.pdf`` for 500 people
  (250 active pairs) — target <= 10 s;
* answers back: ``rmdesk import responses FILE.xlsx --cycle CYCLE --phase final`` of
  5,000 responses (every person of a 2,500-pair cycle: timestamp, e-mail, their four
  dimensions as "4 - Confident" labels, satisfaction, a comment), backup included —
  target <= 2 s.

The forms' database is the demo programme (``rmdesk demo --participants 1000``, 300
pairs), built untimed in a temporary folder, with pairs ended early until 250 stay
active; the answers' database and workbook are built untimed with bulk inserts and
openpyxl, and imported into a fresh copy each run.
Each figure is the wall clock of the whole command in a new process (start-up,
opening the database, reading, rendering or importing, writing), min and median over
``--runs``.  The script reports and never judges: it exits 0 either way.

    .venv/bin/python benchmarks/forms.py
    .venv/bin/python benchmarks/forms.py --runs 5
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACTIVE_PAIRS = 250
TARGETS_S = {"forms for 500 people (PDF)": 10.0, "import 5,000 responses (.xlsx)": 2.0}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(database: Path, *arguments: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds the command took (CPU: on a shared machine the wall
    clock also counts other people's work); fails loudly if it did not succeed."""
    started, cpu = time.perf_counter(), _cpu()
    subprocess.run(
        [sys.executable, "-m", "rmdesk", "--db", str(database), *arguments],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started, _cpu() - cpu


def rmdesk(database: Path, *arguments: str) -> None:
    timed(database, *arguments)


def build(folder: Path) -> Path:
    """The demo programme with exactly ACTIVE_PAIRS active pairs."""
    from rmdesk.programme.pairs import end_pair_early
    from rmdesk.store import close_database, open_database
    from rmdesk.store.models import Pair

    database = folder / "programme.rmdesk"
    rmdesk(database, "demo", "--participants", "1000", "--seed", "15")
    open_database(database)
    try:
        active = [pid for (pid,) in Pair.select(Pair.id).where(Pair.status == "active")
                  .order_by(Pair.id).tuples()]  # fmt: skip
        for pair_id in active[ACTIVE_PAIRS:]:
            end_pair_early(pair_id, "benchmark")
    finally:
        close_database()
    return database


RESPONDENTS = 5_000
LABELS = ("1 - Not at all", "2 - A little", "3 - Somewhat", "4 - Confident", "5 - Fully")


def build_answers(folder: Path) -> tuple[Path, Path]:
    """A database with a cycle of RESPONDENTS / 2 active pairs, and a workbook in which
    every one of those people answered the final self-assessment."""
    import datetime as dt
    import random

    import openpyxl

    from rmdesk.programme.assessments import dimensions
    from rmdesk.store import close_database, open_database
    from rmdesk.store.models import Cycle, Pair, Participant, database_proxy

    database = folder / "answers.rmdesk"
    open_database(database)
    rng = random.Random(15)
    try:
        with database_proxy.atomic():
            cycle = Cycle.create(name="Big cohort", start_date=dt.date(2025, 1, 6),
                                 end_date=dt.date(2025, 10, 6))  # fmt: skip
            people = [{"full_name": f"Person {n}", "email": f"person{n}@example.org",
                       "role": "mentor" if n % 2 else "mentee", "level": 2 if n % 2 else 5}
                      for n in range(RESPONDENTS)]  # fmt: skip
            for start in range(0, len(people), 500):
                Participant.insert_many(people[start : start + 500]).execute()
            ids = [pid for (pid,) in Participant.select(Participant.id).order_by(Participant.id)
                   .tuples()]  # fmt: skip
            pairs = [{"cycle": cycle.id, "mentor": ids[n + 1], "mentee": ids[n],
                      "status": "active", "started_on": dt.date(2025, 1, 6)}
                     for n in range(0, RESPONDENTS, 2)]  # fmt: skip
            for start in range(0, len(pairs), 500):
                Pair.insert_many(pairs[start : start + 500]).execute()
        names = {role: [d.name for d in dimensions(role)] for role in ("mentor", "mentee")}
    finally:
        close_database()
    questions = list(dict.fromkeys(names["mentor"] + names["mentee"]))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Timestamp", "Email Address", *questions,
                  "Overall satisfaction with the programme so far",
                  "Any comment for the coordinator"])  # fmt: skip
    for n in range(RESPONDENTS):
        own = set(names["mentor" if n % 2 else "mentee"])
        when = dt.datetime(2025, 10, 1, 9) + dt.timedelta(minutes=n)
        sheet.append([when, f"Person{n}@example.org",
                      *(rng.choice(LABELS) if q in own else None for q in questions),
                      rng.randint(1, 5), rng.choice(("", "Helpful", "Thanks"))])  # fmt: skip
    workbook = folder / "answers.xlsx"
    book.save(workbook)
    as_excel_writes_it(workbook)
    return database, workbook


def as_excel_writes_it(path: Path) -> None:
    """openpyxl writes each text cell inline; Excel, Microsoft Forms and Google Sheets
    write a shared string table (each distinct text once), which is what a coordinator's
    file holds and what openpyxl reads several times faster.  Rewritten so here."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match.group(2), len(strings))
        return f'{match.group(1)} t="s"><v>{index}</v></c>'

    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    sheet = re.sub(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t>(.*?)</t></is></c>',
                   shared, sheet)  # fmt: skip
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)  # already escaped
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{main_ns}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}" />'
        "</Types>".encode()
    )  # fmt: skip
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Type="{relation}" Target="sharedStrings.xml" Id="rId9" />'
        "</Relationships>".encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        database = build(folder)
        jobs = {
            "forms for 500 people (PDF)": (
                "form", "assessment", "1", "--phase", "baseline", "-o", str(folder / "f.pdf")
            ),
        }  # fmt: skip
        answers_db, workbook = build_answers(folder)
        import shutil

        def fresh() -> Path:
            copy = folder / "copy.rmdesk"
            shutil.copyfile(answers_db, copy)
            return copy

        jobs_on = {"forms for 500 people (PDF)": lambda: database,
                   "import 5,000 responses (.xlsx)": fresh}  # fmt: skip
        jobs["import 5,000 responses (.xlsx)"] = (
            "import", "responses", str(workbook), "--cycle", "Big cohort", "--phase", "final"
        )  # fmt: skip
        for label, arguments in jobs.items():
            results = [timed(jobs_on[label](), *arguments) for _ in range(runs)]
            wall = [w for w, _ in results]
            cpu = [c for _, c in results]
            print(
                f"{label:<31} wall min {min(wall):5.2f} s median {statistics.median(wall):5.2f} s"
                f", CPU min {min(cpu):5.2f} s (target <= {TARGETS_S[label]:.0f} s)"
                f"  rmdesk {' '.join(arguments)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
