"""Writing a finished PDF: atomically (never half a file) and private (0600).

Agreements and reports name people; they are written like the database itself,
readable by the coordinator's account only, and swapped in with ``os.replace`` so
an interrupted write leaves the previous file (or none), never a broken one.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from rmdesk.documents.agreement_data import AgreementData

_UNSAFE = re.compile(r"[^\w]+")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing it) through a temporary file beside it."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(0o600)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def slug(text: str, limit: int = 40) -> str:
    """A file-name part: letters of any script and digits, joined by hyphens."""
    return _UNSAFE.sub("-", text.casefold()).strip("-_")[:limit].strip("-_")


def agreement_file_name(data: AgreementData) -> str:
    """``agreement-<pair id>-<mentor>-<mentee>.pdf``: sorts by pair, says who it is for."""
    names = "-".join(part for part in (slug(data.mentor.name), slug(data.mentee.name)) if part)
    return f"agreement-{data.pair_id}" + (f"-{names}" if names else "") + ".pdf"
