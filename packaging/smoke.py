"""Smoke test of the built bundle (dist/rmdesk/), run in an empty environment.

Each run of the bundle gets ``env -i`` with only HOME (a new temporary folder) and, for
the window, QT_QPA_PLATFORM=offscreen: no Python, no PATH, no venv to lean on. It checks
``--version``, ``demo``, ``check``, an agreement and a report (English and German) whose
text, read back with pypdf outside the bundle, is the text the installed app prints for
the same command, and the window opened (English, then German by LANG) and closed
through the ``RMDESK_QUIT_WHEN_READY`` hook (rmdesk/app.py).

    bash packaging/build.sh && build/venv/bin/python packaging/smoke.py

Exits 0 when every check passes; prints one line per check either way.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader

import rmdesk

ROOT = Path(__file__).resolve().parent.parent
DATE = "2026-06-01"  # the footer's date, so the bundle's and the installed app's PDFs agree


class Smoke:
    def __init__(self, bundle: Path, home: Path) -> None:
        self.bundle = bundle
        self.home = home
        self.failures: list[str] = []

    def run(self, args: Sequence[str], **extra: str) -> subprocess.CompletedProcess[str]:
        """The bundle with ``env -i HOME=... [extra]``: nothing else from this machine."""
        environment = {"HOME": str(self.home), **extra}
        command = ["env", "-i", *(f"{k}={v}" for k, v in environment.items()), str(self.bundle)]
        try:
            return subprocess.run(
                [*command, *args], capture_output=True, text=True, timeout=120, check=False
            )
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(command, 124, "", "still running after 120 s")

    def installed(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        """The same command through the installed app (this venv's rmdesk), for comparison."""
        return subprocess.run(
            [sys.executable, "-m", "rmdesk", *args],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            env={"HOME": str(self.home), "PATH": "/usr/bin:/bin"},
        )

    def expect(self, name: str, passed: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if passed else 'FAIL'} {name}" + (f": {detail}" if detail else ""))
        if not passed:
            self.failures.append(name)
        return passed

    def command(self, name: str, args: Sequence[str], **extra: str) -> str:
        done = self.run(args, **extra)
        said = (done.stdout + done.stderr).strip().splitlines()
        self.expect(name, done.returncode == 0, said[-1] if said else f"exit {done.returncode}")
        return done.stdout

    def document(self, name: str, args: Sequence[str], output: Path) -> str:
        """Write a PDF with the bundle and with the installed app; their text must agree."""
        self.command(name, [*args, "-o", str(output), "--date", DATE])
        if not output.exists():
            self.expect(f"{name}: read back", False, "no file")
            return ""
        text = _text(output)
        reference = output.with_name("installed-" + output.name)
        self.installed([*args, "-o", str(reference), "--date", DATE])
        same = reference.exists() and _text(reference) == text
        title = text.strip().splitlines()[0] if text.strip() else ""
        self.expect(f"{name}: read back", bool(title) and same, f"title {title!r}")
        return text


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "rmdesk" / "rmdesk")
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(f"smoke: no bundle at {args.bundle}; run bash packaging/build.sh first")
        return 1
    with tempfile.TemporaryDirectory(prefix="rmdesk-smoke-") as tmp:
        root = Path(tmp)
        home = root / "home"
        home.mkdir()
        smoke = Smoke(args.bundle, home)
        db = str(root / "programme.rmdesk")

        version = smoke.command("--version", ["--version"]).strip()
        smoke.expect("version matches", version == f"rmdesk {rmdesk.__version__}", version)
        smoke.command("demo", ["--db", db, "demo"])
        smoke.command("check", ["--db", db, "check"])

        pairs = smoke.command("pair list", ["--db", db, "pair", "list", "1"])
        active = [m.group(1) for m in re.finditer(r"^\s*(\d+)\s.*\bactive\b", pairs, re.M)]
        smoke.expect("an active pair listed", bool(active))
        pair = active[0] if active else "1"
        english = smoke.document("agreement", ["--db", db, "agreement", pair], root / "a.pdf")
        german = smoke.document(
            "agreement --lang de", ["--db", db, "agreement", pair, "--lang", "de"], root / "de.pdf"
        )
        smoke.expect("German agreement differs from English", bool(german) and german != english)
        smoke.document("report", ["--db", db, "report", "1"], root / "r.pdf")
        smoke.document(
            "report --lang de", ["--db", db, "report", "1", "--lang", "de"], root / "rd.pdf"
        )

        for label, extra in (
            ("window", {}),
            ("window, German system", {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}),
        ):
            done = smoke.run(
                ["--db", db], QT_QPA_PLATFORM="offscreen", RMDESK_QUIT_WHEN_READY="1", **extra
            )
            lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
            tabs = lines.get("TABS", "")
            smoke.expect(
                f"{label} shown, ready and closed",
                done.returncode == 0 and "SHOWN" in lines and "READY" in lines,
                f"tabs {tabs!r}" if tabs else (done.stderr.strip() or f"exit {done.returncode}"),
            )
            if extra:
                smoke.expect(f"{label}: German tabs", "Teilnehmende" in tabs, tabs)
            else:
                smoke.expect(f"{label}: English tabs", "Participants" in tabs, tabs)

        smoke.command("check after the window", ["--db", db, "check"])
    print(f"smoke: {len(smoke.failures)} failed" if smoke.failures else "smoke: all passed")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main())
