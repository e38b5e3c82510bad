"""File names for finished PDFs.

Writing them (atomically, 0600, never over the database or a backup) is
``rmdesk.store.files.write_bytes``, the one writer of every user-chosen file.
"""

from __future__ import annotations

import re

from rmdesk.documents.agreement_data import AgreementData

_UNSAFE = re.compile(r"[^\w]+")


def slug(text: str, limit: int = 40) -> str:
    """A file-name part: letters of any script and digits, joined by hyphens."""
    return _UNSAFE.sub("-", text.casefold()).strip("-_")[:limit].strip("-_")


def agreement_file_name(data: AgreementData) -> str:
    """``agreement-<pair id>-<mentor>-<mentee>.pdf``: sorts by pair, says who it is for."""
    names = "-".join(part for part in (slug(data.mentor.name), slug(data.mentee.name)) if part)
    return f"agreement-{data.pair_id}" + (f"-{names}" if names else "") + ".pdf"
