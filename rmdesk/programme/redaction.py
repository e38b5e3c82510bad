"""Scrubbing people out of free text: the one scrubber rmdesk has.

* ``person erase`` scrubs the erased person's names and addresses from other people's
  free text: notes, goals, meeting notes, assessment comments ... (``ERASE_MARKS``).
* ``REPORT_MARKS`` and ``every_email`` scrub every participant and every address, for
  text shown beyond the coordinator. The anonymised report no longer needs them: it
  prints no free text and nothing per pair at all (``documents.report_data``).

A mention of a person, as coordinators actually type them:

* any word of the full name on its own (first, middle, last name, each half of
  "Anne-Marie"), in any case: "burak", "KAYA", "Burak Kaya" (marks side by side merge
  into one);
* without accents, folded as ``programme.names`` folds for sorting: "Zoe" is "Zoë",
  "Lukasz" is "Łukasz", "ΣΟΦΙΑ" is "Σοφία";
* with a suffix after an apostrophe (', ’, ʼ): "Burak's", "Burak’s", "Burak'", Turkish
  "Burak'ın", French "d'Étienne"; the name goes, the rest of the word stays ("[name]'s");
* e-mail addresses: every address-shaped string when ``every_email``;
  otherwise the known addresses and any address whose local part holds one of the names
  ("burak.kaya@gmail.com");
* phrases (job titles; the erased person's notes, if copied elsewhere) as whole words, in
  any case; names in scripts written without spaces (Chinese, Japanese, Korean, Thai)
  wherever they occur, since no word boundary marks them.

What is knowingly over-scrubbed: a name that is also a word ("Will" turns every "will"
into "[name]"): anonymous first, readable second.  Single letters (initials) are left
alone, or every "a" and "I" would go.  The erasure placeholder "Erased participant" is
not a name.

Speed: each text is read once by one pattern compiled per scrubber (so per document,
per erasure): an alternation of e-mail address, the phrases, unspaced names and "a
word".  A word is then folded (cached per distinct word) and looked up in a set of
name parts, which costs the same for 2 names or 2,000, where an alternation of every
name would be tried at every position of the text.  The anonymised report of a
500-pair cycle (1,000 names) scrubs its goal titles in a few hundredths of a second
(``benchmarks/documents.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from rmdesk.programme.names import fold_names

ERASED_NAME = "Erased participant"  # the placeholder of an erased person: not a name


class Marks(NamedTuple):
    """What replaces each kind of mention."""

    name: str
    email: str
    phrase: str


REPORT_MARKS = Marks("[name]", "[email]", "[job title]")
ERASE_MARKS = Marks("[erased]", "[erased]", "[erased]")

_APOSTROPHES = "'’ʼ"
# Scripts written without spaces between words: a name there is found anywhere.
_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_LETTER = rf"[^\W\d_{_UNSPACED}]"  # text is composed (NFC) first: "e" + "¨" is one "ë"
_WORD = rf"{_LETTER}+(?:[{_APOSTROPHES}]{_LETTER}+)*"
_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]"
# Starts only where a run of address characters starts, so a long run is read once.
_EMAIL = rf"(?<!{_LOCAL}){_LOCAL}++@[\w-]+(?:\.[\w-]+)*"
_WORD_PATTERN = re.compile(_WORD)
_PIECES = re.compile(f"([{_APOSTROPHES}])")
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")


def _plain(word: str) -> str:
    return re.sub(f"[{_APOSTROPHES}]", "'", word)


def _alternation(texts: Iterable[str]) -> str:
    """Longest first, so "Head of Data" wins over "Head"."""
    return "|".join(re.escape(t) for t in sorted(set(texts), key=len, reverse=True))


class Scrubber:
    """Replaces mentions of the given people (see the module docstring) in free text.

    Build one per document or erasure: the pattern and the name set are built once.
    """

    def __init__(
        self,
        names: Iterable[str],
        *,
        emails: Iterable[str] = (),
        every_email: bool = True,
        phrases: Iterable[str] = (),
        marks: Marks = REPORT_MARKS,
    ) -> None:
        self._marks = marks
        self._every_email = every_email
        self._emails = {e.strip().casefold() for e in emails if e and e.strip()}
        words: list[str] = []
        unspaced: list[str] = []
        for name in names:
            if name.strip() == ERASED_NAME:
                continue
            unspaced += [w for w in name.split() if _UNSPACED_CHAR.search(w) and len(w) > 1]
            found = [_plain(w) for w in _WORD_PATTERN.findall(name)]
            words += found
            for word in found:  # O'Neil: also "Neil" and "ONeil"
                pieces = word.split("'")
                if len(pieces) > 1:
                    words += [*pieces, "".join(pieces)]
            # Written together, as in user names: "AnneMarie", "burakkaya".
            joined = [_WORD_PATTERN.findall(chunk) for chunk in (*name.split(), name)]
            words += [_plain("".join(w)).replace("'", "") for w in joined if len(w) > 1]
        self._tokens = {t for t in fold_names([w.casefold() for w in words]) if len(t) > 1}
        self._folded: dict[str, bool] = {}
        alternatives = []
        texts = [p.strip() for p in phrases if p and p.strip()]
        if texts:
            alternatives.append(rf"(?P<phrase>(?<!\w)(?:{_alternation(texts)})(?!\w))")
        if unspaced:
            alternatives.append(f"(?P<unspaced>{_alternation(unspaced)})")
        if self._tokens:
            alternatives.append(f"(?P<word>{_WORD})")
        # Addresses first where they start a word; only texts with an "@" pay for them.
        email = f"(?P<email>{_EMAIL})"
        self._with_email = re.compile("|".join([email, *alternatives]), re.IGNORECASE)
        self._without_email = re.compile("|".join(alternatives or ["(?!)"]), re.IGNORECASE)
        self._repeated = re.compile(
            re.escape(marks.name) + rf"(?:[\s\-.{_APOSTROPHES}]*{re.escape(marks.name)})+"
        )

    def is_name(self, word: str) -> bool:
        """Whether ``word`` is one of the people's name parts, in any case or accents."""
        known = self._folded.get(word)
        if known is None:
            known = fold_names([_plain(word).casefold()])[0] in self._tokens
            self._folded[word] = known
        return known

    def _email(self, address: str) -> str:
        if self._every_email or address.casefold() in self._emails:
            return self._marks.email
        local = address.partition("@")[0]
        if any(self.is_name(w) for w in _LOCAL_WORDS.findall(local)):
            return self._marks.email
        return address

    def _word(self, word: str) -> str:
        if self.is_name(word):
            return self._marks.name
        pieces = _PIECES.split(word)
        if len(pieces) == 1:
            return word
        # The longest leading part that is a name: "O'Neil" in "O'Neil's".
        for end in range(len(pieces) - 2, 0, -2):
            if self.is_name("".join(pieces[:end])):
                return self._marks.name + "".join(pieces[end:])
        return "".join(
            self._marks.name if i % 2 == 0 and self.is_name(p) else p for i, p in enumerate(pieces)
        )

    def _replace(self, match: re.Match[str]) -> str:
        kind, text = match.lastgroup, match.group()
        if kind == "email":
            return self._email(text)
        if kind == "phrase":
            return self._marks.phrase
        if kind == "unspaced":
            return self._marks.name
        return self._word(text)

    def __call__(self, text: str) -> str:
        """``text`` with every mention replaced; the very same string when there is none."""
        if not text:
            return text
        composed = text
        if not unicodedata.is_normalized("NFC", text):
            composed = unicodedata.normalize("NFC", text)
        pattern = self._with_email if "@" in composed else self._without_email
        scrubbed = pattern.sub(self._replace, composed)
        if scrubbed == composed:
            return text
        return self._repeated.sub(self._marks.name, scrubbed)
