"""The agreement's clauses: an editable plain-text template, parsed into headed clauses.

The format is deliberately small so a coordinator can edit it in a text box:
``## Title`` starts a clause, ``- `` starts a bullet, a blank line ends a paragraph,
``# `` lines are comments.  ``{organisation}``, ``{coordinator}``, ``{mentor}``,
``{mentee}``, ``{cycle}``, ``{cadence}`` and ``{minutes}`` are filled in per pair, in
the agreement's language (``{cadence}`` is "2 weeks" after the English "every", and
carries its own preposition in German and French: "alle 2 Wochen", "toutes les 2 semaines").  Any
other ``{word}`` is refused when the clauses are saved (``unknown_placeholders``): a typo
would otherwise print as written in every agreement.  Text saved before that rule still
prints, braces and all (never an error on paper).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rmdesk.paths import resource

# Each language's default clauses, written in that language (never translated at print
# time: the coordinator's edits of one language stay theirs).
TEMPLATES = {
    "en": "templates/agreement_clauses.md",
    "de": "templates/agreement_clauses.de.md",
    "fr": "templates/agreement_clauses.fr.md",
}
PLACEHOLDERS = ("organisation", "coordinator", "mentor", "mentee", "cycle", "cadence", "minutes")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_ANY_PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")


class Clause(NamedTuple):
    title: str
    # ("p", text) for a paragraph, ("li", text) for a bullet point; plain text, unescaped.
    blocks: tuple[tuple[str, str], ...]


@functools.cache
def default_clauses(language: str = "en") -> str:
    """The shipped clauses of ``language`` (one of ``programme.language.LANGUAGES``)."""
    return resource(TEMPLATES[language]).read_text(encoding="utf-8")


def fill(text: str, values: dict[str, str]) -> str:
    """Known placeholders replaced; the values are plain text (escaped later, like all)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _is_comment(line: str) -> bool:
    return line == "#" or line.startswith("# ")


def unknown_placeholders(text: str) -> list[str]:
    """Each ``{…}`` in the printed lines that is not one of ``PLACEHOLDERS``, once, in order."""
    found: dict[str, None] = {}
    for raw in text.splitlines():
        if not _is_comment(raw.strip()):
            for name in _ANY_PLACEHOLDER.findall(raw):
                if name not in PLACEHOLDERS:
                    found["{" + name + "}"] = None
    return list(found)


def parse_clauses(text: str) -> list[Clause]:
    """The clauses in order; text before the first ``##`` becomes an untitled clause."""
    clauses: list[Clause] = []
    title = ""
    blocks: list[tuple[str, str]] = []
    current: list[str] = []
    kind = "p"

    def end_block() -> None:
        nonlocal current
        if current:
            blocks.append((kind, " ".join(current)))
        current = []

    def end_clause() -> None:
        nonlocal blocks
        end_block()
        if title or blocks:
            clauses.append(Clause(title, tuple(blocks)))
        blocks = []

    for raw in text.splitlines():
        line = raw.strip()
        if _is_comment(line):
            continue
        if line.startswith("## "):
            end_clause()
            title = line[3:].strip()
        elif line.startswith(("- ", "* ")):
            end_block()
            kind, current = "li", [line[2:].strip()]
        elif not line:
            end_block()
            kind = "p"
        else:
            if kind == "li" and not current:
                kind = "p"
            current.append(line)
    end_clause()
    return [clause for clause in clauses if clause.blocks or clause.title]
