"""Answers back: a form's responses (CSV or .xlsx from Microsoft Forms, Google Forms or a
spreadsheet typed from paper) read into one phase of a cycle's self-assessments.

* The file is read by ``exchange.tabular`` (encodings, .xlsx, bounded) and its headers
  folded by ``exchange.headers``, like every import.
* Columns: the e-mail, an optional timestamp, and the questions, in English, German
  or French: a header that contains a dimension's name (as typed) is that dimension,
  one that contains a question's wording or its key word in any of the languages
  ("e-mail", "satisfaction", "take part again", "comment"; ``questionnaires.answer_texts``,
  the same questions the forms ask) is that question.  ``--map "Header=target"`` says it
  for any other header.  A file whose headers are German or French reads its timestamps
  day first ("02/03/2026" is 2 March), as those forms write them.
* A cell is a whole number 1-5, optionally followed by its label ("4 - Confident");
  the final phase's "would you take part again" is one of its answers in any of the
  languages ("Yes", "Vielleicht", "Non"; ``questionnaires.choice_texts``); a blank
  cell is not answered.
* Respondents are the people of the cycle's pairs, found by e-mail in any case; someone
  unknown is a problem of that line unless skipped.  Someone who answered twice: the
  latest answer counts (by the timestamp when there is one, else the later line), and
  the preview says so.
* Everything is checked before anything is written, the domain's rules included
  (``assessments.batch_problems``: a dimension of the other role, answers saved already
  unless replacing); then one backup and one transaction (``save_assessments``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from rmdesk.exchange.csv_format import ExchangeError
from rmdesk.exchange.headers import normalise, split_assignment
from rmdesk.exchange.tabular import Table, TableError, read_table
from rmdesk.programme.assessments import (
    PHASES,
    AssessmentData,
    Respondent,
    batch_problems,
    respondents_by_email,
    save_assessments,
)
from rmdesk.programme.language import ENGLISH
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.questionnaires import (
    AGAIN,
    COMMENT,
    EMAIL,
    SATISFACTION,
    answer_texts,
    choice_texts,
)
from rmdesk.programme.wording import counted

TIMESTAMP = "timestamp"
# The time answered as the form tools head it (Microsoft Forms, Google Forms), with the
# language of the German and French ones: a form's own column, not one of our questions.
_TIMESTAMPS = {"timestamp": ENGLISH, "completiontime": ENGLISH, "submittedat": ENGLISH,
               "submissiontime": ENGLISH, "datesubmitted": ENGLISH, "submitted": ENGLISH,
               "endtime": ENGLISH, "responsetime": ENGLISH, "zeitstempel": "de",
               "fertigstellungszeit": "de", "horodateur": "fr", "heuredefin": "fr"}  # fmt: skip
_SCORE = re.compile(r"\s*([1-5])(?:\.0+)?(?:\s*(?:[-–—:.)/]|\s)\s*\D.*)?\s*", re.DOTALL)
_SHOWN = 50


class MapError(ValueError):
    """``--map`` text that is not Header=target; one sentence."""


def parse_map(text: str) -> tuple[str, str]:
    """``"Header=target"`` -> (header, target); the last ``=`` separates them, an empty
    target ignores the column.  Whether the target exists is checked with the file."""
    try:
        return split_assignment(text, "target")
    except ValueError as error:
        raise MapError(str(error)) from None


@dataclass
class Answer:
    """One line of the file, read: who answered and what."""

    line: int
    email: str
    when: dt.datetime | None
    scores: dict[str, int] = field(default_factory=dict)
    satisfaction: int | None = None
    comment: str = ""
    take_part_again: str | None = None  # yes, maybe or no
    people: list[Respondent] = field(default_factory=list)


@dataclass
class ResponsesPreview:
    """What an import would write, and every reason it cannot."""

    unit: str  # "line" (CSV) or "row" (.xlsx), what problems count
    phase: str
    columns: list[tuple[str, str | None]]  # header -> target (None: ignored)
    answers: list[Answer] = field(default_factory=list)  # kept, one per person
    problems: list[str] = field(default_factory=list)  # blocking: nothing is written
    notes: list[str] = field(default_factory=list)  # said, not blocking
    skipped: int = 0  # unknown respondents left out (--skip-unknown)
    records: list[AssessmentData] = field(default_factory=list)

    @property
    def ignored(self) -> list[str]:
        return [header for header, target in self.columns if target is None and header]

    def summary(self) -> str:
        people = counted(len(self.answers), "person's answers", "people's answers")
        text = f"{people} for the {self.phase} phase"
        if self.skipped:
            text += f", {counted(self.skipped, 'unknown respondent')} skipped"
        return text


@dataclass
class _Recognised:
    """What a header is read as: the dimensions' names, and every language's wording
    of the other questions (key -> (target, language))."""

    names: list[str]
    texts: dict[str, tuple[str, str]]
    choices: dict[str, str]  # an answer to "would you take part again" -> its value

    @classmethod
    def now(cls) -> _Recognised:
        texts: dict[str, tuple[str, str]] = {}
        names: list[str] = []
        for text, target, language in answer_texts():
            if target in _QUESTIONS:
                if normalise(text):
                    texts.setdefault(normalise(text), (target, language))
            elif target not in names:
                names.append(target)
        choices = {normalise(text): value for text, value, _language in choice_texts()}
        return cls(names, texts, choices)

    def question(self, key: str, target: str) -> str | None:
        """The language of the longest wording of ``target`` that ``key`` contains."""
        found = [(len(text), language) for text, (aim, language) in self.texts.items()
                 if aim == target and text in key]  # fmt: skip
        return max(found)[1] if found else None


# The questions known by their wording (the others are the dimensions, by name).
_QUESTIONS = (EMAIL, SATISFACTION, COMMENT, AGAIN)

# A column the file has twice, where one is wanted.
_TWICE = {
    EMAIL: QT_TRANSLATE_NOOP(
        "Domain", "Two columns are the email: keep one, or --map the other to “”."
    ),
    TIMESTAMP: QT_TRANSLATE_NOOP(
        "Domain", "Two columns are the timestamp: keep one, or --map the other to “”."
    ),
}


def _targets(headers: list[str], known: _Recognised, mapping: dict[str, str]
             ) -> tuple[list[str | None], list[str], bool]:  # fmt: skip
    """Each column's target (None: ignored), the problems of the plan, and whether the
    headers are German or French (their timestamps are written day first)."""
    names = known.names
    valid = {normalise(t): t for t in (EMAIL, TIMESTAMP, SATISFACTION, AGAIN, COMMENT, *names)}
    keys = [normalise(header) for header in headers]
    chosen: dict[str, str | None] = {}
    problems: list[str] = []
    for header, target in mapping.items():
        if normalise(header) not in keys:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "--map names “{header}”, which is not a column of the file."
                    ),
                    header=header,
                )
            )
        elif target and normalise(target) not in valid:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain", "“{target}” is not something to fill; use one of: {targets}."
                    ),
                    target=target,
                    targets=", ".join([EMAIL, TIMESTAMP, SATISFACTION, AGAIN, COMMENT, *names]),
                )
            )
        else:
            chosen[normalise(header)] = valid[normalise(target)] if target else None
    by_length = sorted(names, key=lambda name: -len(normalise(name)))
    targets: list[str | None] = []
    languages: set[str] = set()
    for key in keys:
        if key in chosen:
            targets.append(chosen[key])
        elif (language := known.question(key, EMAIL)) is not None:
            targets.append(EMAIL)
            languages.add(language)
        elif key in _TIMESTAMPS:
            targets.append(TIMESTAMP)
            languages.add(_TIMESTAMPS[key])
        else:
            found = next((n for n in by_length if normalise(n) and normalise(n) in key), None)
            for question in (SATISFACTION, AGAIN, COMMENT):
                if found is None and (language := known.question(key, question)) is not None:
                    found = question
                    languages.add(language)
            targets.append(found)
    for single, twice in _TWICE.items():
        if targets.count(single) > 1:
            problems.append(Message(twice))
    if EMAIL not in targets:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "No e-mail column: say which column holds the addresses (on the command "
                    'line: --map "Header=email").',
                )
            )
        )
    if not any(t not in (None, EMAIL, TIMESTAMP) for t in targets):
        problems.append(
            Message(QT_TRANSLATE_NOOP("Domain", "No column is a question of the self-assessment."))
        )
    return targets, problems, bool(languages - {ENGLISH})


def _score(text: str) -> int | None:
    match = _SCORE.fullmatch(text)
    return int(match.group(1)) if match else None


def _when(text: str, day_first: bool = False) -> dt.datetime | None:
    """A timestamp as a workbook cell (ISO) or a form's CSV writes it ("3/2/2026 10:15";
    ``day_first``: "02.03.2026 10:15", 2 March, as a German or French form writes it)."""
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    from dateutil import parser

    try:
        parsed: dt.datetime = parser.parse(text, dayfirst=day_first)
    except (ValueError, OverflowError):
        return None
    return parsed.replace(tzinfo=None)  # compared with each other only


# A problem of one cell: its line (a worksheet's row) and its column's header.
_IN_COLUMN = {
    "line": QT_TRANSLATE_NOOP("Domain", "line {line}, “{header}”: {problem}"),
    "row": QT_TRANSLATE_NOOP("Domain", "row {line}, “{header}”: {problem}"),
}


def _in_column(unit: str, line: int, header: str, problem: Message) -> Message:
    """``problem`` of the cell on ``line`` under ``header``, in words the window translates."""
    return Message(_IN_COLUMN.get(unit, _IN_COLUMN["line"]), line=line, header=header,
                   problem=problem)  # fmt: skip


def _read_row(line: int, cells: list[str], headers: list[str], targets: list[str | None],
              problems: list[str], unit: str, day_first: bool,
              choices: dict[str, str]) -> Answer:  # fmt: skip
    answer = Answer(line, "", None)
    for header, target, raw in zip(headers, targets, cells, strict=False):
        text = raw.strip()
        if target is None or not text:
            continue

        def problem(template: str, header: str = header, **values: object) -> None:
            problems.append(_in_column(unit, line, header, Message(template, **values)))

        if target == EMAIL:
            answer.email = text
        elif target == TIMESTAMP:
            answer.when = _when(text, day_first)
            if answer.when is None:
                problem(QT_TRANSLATE_NOOP("Domain", "“{text}” is not a date and time."),
                        text=text[:40])  # fmt: skip
        elif target == COMMENT:
            answer.comment = f"{answer.comment}\n{text}".strip()
        elif target == AGAIN:
            again = choices.get(normalise(text))
            if again is None:
                problem(QT_TRANSLATE_NOOP("Domain", "“{text}” is not yes, maybe or no."),
                        text=text[:40])  # fmt: skip
            elif answer.take_part_again not in (None, again):
                problem(QT_TRANSLATE_NOOP("Domain", "a second, different take-part-again answer."))
            else:
                answer.take_part_again = again
        else:
            value = _score(text)
            if value is None:
                problem(QT_TRANSLATE_NOOP("Domain", "“{text}” is not 1 to 5."), text=text[:40])
            elif target == SATISFACTION:
                if answer.satisfaction not in (None, value):
                    problem(QT_TRANSLATE_NOOP("Domain", "a second, different satisfaction."))
                answer.satisfaction = value
            else:
                if answer.scores.get(target, value) != value:
                    problem(QT_TRANSLATE_NOOP("Domain", "a second, different answer for {target}."),
                            target=target)  # fmt: skip
                answer.scores[target] = value
    return answer


# Someone who answered twice: which answer is kept, and why ([worksheet?, timed?]).
_TWICE_ANSWERED = {
    (False, True): QT_TRANSLATE_NOOP(
        "Domain",
        "{name} answered more than once (lines {others} and {latest}): line {latest} is kept, "
        "the latest by its timestamp.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Domain",
        "{name} answered more than once (lines {others} and {latest}): line {latest} is kept, "
        "the later in the file.",
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Domain",
        "{name} answered more than once (rows {others} and {latest}): row {latest} is kept, "
        "the latest by its timestamp.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Domain",
        "{name} answered more than once (rows {others} and {latest}): row {latest} is kept, "
        "the later in the file.",
    ),
}


def _latest(answers: list[Answer], unit: str, notes: list[str]) -> list[Answer]:
    """One answer per person: the latest by timestamp (else the later line), said."""
    by_person: dict[int, list[Answer]] = {}
    for answer in answers:
        by_person.setdefault(answer.people[0].participant_id, []).append(answer)
    kept: list[Answer] = []
    for group in by_person.values():
        if len(group) == 1:
            kept.append(group[0])
            continue
        timed = all(a.when is not None for a in group)
        latest = max(group, key=lambda a: (a.when, a.line) if timed else (dt.datetime.min, a.line))
        others = ", ".join(str(a.line) for a in group if a is not latest)
        notes.append(
            Message(_TWICE_ANSWERED[unit == "row", timed], name=latest.people[0].name,
                    others=others, latest=latest.line)
        )  # fmt: skip
        kept.append(latest)
    return sorted(kept, key=lambda a: a.line)


# A problem of one line of a text file, or one row of a worksheet (``Table.unit``).
_AT = {
    "line": QT_TRANSLATE_NOOP("Domain", "line {line}: {problem}"),
    "row": QT_TRANSLATE_NOOP("Domain", "row {line}: {problem}"),
}


def _at(unit: str, line: int, problem: str) -> str:
    """``problem`` on ``line``, as a message the window says in its language."""
    template = _AT.get(unit)
    return (
        Message(template, line=line, problem=problem) if template else f"{unit} {line}: {problem}"
    )


def preview_responses(
    source: Path | bytes, cycle_id: int, phase: str, *, skip_unknown: bool = False,
    replace: bool = False, mapping: dict[str, str] | None = None, today: dt.date | None = None,
) -> ResponsesPreview:  # fmt: skip
    """Read and check everything; writes nothing.  ``ExchangeError`` when the file cannot
    be read at all; every other problem is listed in the preview."""
    if phase not in PHASES:
        raise ExchangeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Domain", "Unknown phase “{phase}”: use baseline, midpoint or final."
                ),
                phase=phase,
            )
        )
    try:
        table: Table = read_table(source, what="file of answers (CSV or .xlsx)")
    except TableError as error:
        raise ExchangeError(str(error)) from None
    headers = table.header
    known = _Recognised.now()
    targets, problems, day_first = _targets(headers, known, mapping or {})
    preview = ResponsesPreview(table.unit, phase, list(zip(headers, targets, strict=True)),
                               problems=problems)  # fmt: skip
    if table.stopped is not None:
        line, why = table.stopped
        preview.problems.append(f"{table.unit} {line}: {why}.")
    if problems:
        return preview
    people = respondents_by_email(cycle_id)
    read: list[Answer] = []
    for line, cells in table.body:
        answer = _read_row(line, cells, headers, targets, preview.problems, table.unit,
                           day_first, known.choices)  # fmt: skip
        answer.people = people.get(answer.email.casefold(), [])
        if not answer.people:
            if skip_unknown:
                preview.skipped += 1
            elif answer.email:
                not_in_pair = Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{email} is not in a pair of this cycle (check the address, or "
                        "leave unknown addresses out).",
                    ),
                    email=answer.email[:60],
                )
                preview.problems.append(_at(table.unit, line, not_in_pair))
            else:
                no_email = Message(QT_TRANSLATE_NOOP("Domain", "no e-mail address."))
                preview.problems.append(_at(table.unit, line, no_email))
            continue
        given = answer.satisfaction is not None or answer.take_part_again is not None
        if not (answer.scores or given or answer.comment):
            nothing = Message(
                QT_TRANSLATE_NOOP("Domain", "{name} answered nothing."),
                name=answer.people[0].name,
            )
            preview.notes.append(_at(table.unit, line, nothing))
            continue
        read.append(answer)
    preview.answers = _latest(read, table.unit, preview.notes)
    _records(preview, today or dt.date.today(), replace)
    preview.problems.sort(key=_by_line)  # stable: a line's own problems keep their order
    return preview


def _by_line(problem: str) -> int:
    found = re.match(r"(?:line|row) ([0-9]+)", problem)
    return int(found.group(1)) if found else 0


def _records(preview: ResponsesPreview, today: dt.date, replace: bool) -> None:
    """The assessments to save, checked by the domain; its problems named by line."""
    lines: list[int] = []
    for answer in preview.answers:
        day = answer.when.date() if answer.when is not None else today
        if len(answer.people) > 1:
            preview.notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "{name} is in {count} pairs of this cycle: their answers are saved for "
                        "each.",
                    ),
                    name=answer.people[0].name,
                    count=len(answer.people),
                )
            )
        for who in answer.people:
            preview.records.append(
                AssessmentData(who.pair_id, who.participant_id, preview.phase, day,
                               dict(answer.scores), answer.satisfaction, answer.comment,
                               answer.take_part_again)
            )  # fmt: skip
            lines.append(answer.line)
    for index, found in batch_problems(preview.records, replace=replace).items():
        for problem in found:
            preview.problems.append(_at(preview.unit, lines[index], problem))


def apply_responses(preview: ResponsesPreview, *, replace: bool = False,
                    backup: bool = True) -> tuple[int, Path | None]:  # fmt: skip
    """Write a problem-free preview in one transaction after a backup; (people saved,
    the backup).  ``ExchangeError``, nothing written, on any problem."""
    from rmdesk.exchange.csv_import.applying import _database_file
    from rmdesk.programme.validation import RuleError
    from rmdesk.store.backups import make_backup
    from rmdesk.store.errors import WriteFailed

    if preview.problems:
        count = len(preview.problems)
        nothing = (
            QT_TRANSLATE_NOOP("Domain", "Nothing was imported: 1 problem, the first: {first}")
            if count == 1
            else QT_TRANSLATE_NOOP(
                "Domain", "Nothing was imported: {count} problems, the first: {first}"
            )
        )
        raise ExchangeError(Message(nothing, count=count, first=preview.problems[0]))
    database = _database_file()
    made = make_backup(database, reason="before-import").path if backup and database else None
    try:
        save_assessments(preview.records, replace=replace)
    except (RuleError, WriteFailed) as error:
        said = (
            error.args[0]
            if len(error.args) == 1 and isinstance(error.args[0], Message)
            else str(error)
        )
        raise ExchangeError(
            Message(QT_TRANSLATE_NOOP("Domain", "{error} The database is as it was before."),
                    error=said)
        ) from error  # fmt: skip
    return len(preview.answers), made
