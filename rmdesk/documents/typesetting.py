"""What every rmdesk PDF shares: embedded fonts, one style sheet, the page frame.

* Fonts: DejaVu Sans from ``resources/fonts/`` (with its licence), registered once per
  process as a family so ``<b>``/``<i>`` pick the bold and oblique faces; other scripts
  through ``fonts.py`` (``text.esc`` for paragraphs, ``draw_string`` for the canvas).
* Page: the organisation's name (and logo) at the top, the document's title, the
  generation date and "Page X of Y" at the bottom, in the document's language.  Y needs
  the whole document, so the canvas keeps every page's state and draws the footers when
  it saves (two passes, still inside the build's ``words.speaking``).
  A batch of agreements restarts the count at each agreement (``Section``).
* Reproducible: ``invariant=1`` fixes the creation date, document id and font subset
  names, so the same data and the same generation date give byte-identical files.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import datetime as dt
import functools
import io
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from rmdesk.documents.fonts import FONT as FONT  # re-exported for the documents
from rmdesk.documents.fonts import FONT_BOLD as FONT_BOLD
from rmdesk.documents.fonts import FONT_BOLD_ITALIC as FONT_BOLD_ITALIC
from rmdesk.documents.fonts import FONT_ITALIC as FONT_ITALIC
from rmdesk.documents.fonts import draw_string, string_width
from rmdesk.documents.fonts import register_fonts as register_fonts
from rmdesk.documents.logo import load_logo
from rmdesk.documents.text import long_date
from rmdesk.documents.words import translate
from rmdesk.programme.settings import DEFAULT_ORGANISATION

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
PAPER_LABELS = {"A4": "A4 (210 × 297 mm)", "Letter": "US Letter (8.5 × 11 in)"}

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2f5d8a")
ACCENT_LIGHT = colors.HexColor("#9db8d3")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#c5cfd9")
SHADE = colors.HexColor("#eef2f6")

MARGIN_X: float = 20 * mm
MARGIN_TOP: float = 27 * mm  # room for the header
MARGIN_BOTTOM: float = 22 * mm  # room for the footer
LOGO_HEIGHT: float = 11 * mm

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Styles:
    """The one style sheet of both documents."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """Built once and shared: ParagraphStyle objects are read-only once made."""
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)

    def make(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=make("title", fontName=FONT_BOLD, fontSize=19, leading=24, spaceAfter=2),
        subtitle=make("subtitle", fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10),
        h1=make(
            "h1",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=make(
            "h2",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=make("body", spaceAfter=4),
        bullet=make("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        small=make("small", fontSize=8, leading=10.5),
        muted=make("muted", fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=make("cell", fontSize=8.5, leading=11),
        cell_bold=make("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        cell_right=make("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        head=make("head", fontName=FONT_BOLD, fontSize=7.5, leading=10, textColor=MUTED),
        figure=make(
            "figure",
            fontName=FONT_BOLD,
            fontSize=17,
            leading=20,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        figure_label=make(
            "figure_label", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER
        ),
    )


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its lines per width: a table wraps each cell two or
    three times, and a batch of agreements lays out the same clause in every one."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        memo: dict[float, dict[str, Any]] = self.__dict__.setdefault("_rm_lines", {})
        known = memo.get(available_width)
        if known is None:
            super().wrap(available_width, available_height)
            known = memo[available_width] = {name: self.__dict__[name] for name in _WRAPPED}
        self.__dict__.update(known)
        return known["width"], known["height"]


_WRAPPED = ("blPara", "_wrapWidths", "width", "height")  # what Paragraph.wrap sets


_shared: contextvars.ContextVar[dict[tuple[str, str, str | None], Para] | None] = (
    contextvars.ContextVar("rmdesk_shared_paragraphs", default=None)
)


@contextlib.contextmanager
def shared_paragraphs() -> Iterator[None]:
    """While open, ``para`` gives one object per text, style and bullet (per thread)."""
    token = _shared.set({})
    try:
        yield
    finally:
        _shared.reset(token)


def para(text: str, style: ParagraphStyle, bulletText: str | None = None) -> Para:  # noqa: N803
    """A paragraph of markup; inside ``shared_paragraphs`` the same one is made once.

    The document drops ``_postponed`` from a drawn flowable (``_Document``), so an
    object that appears again later is laid out afresh; headings are never shared, as
    ReportLab clears ``keepWithNext`` on a paragraph it has kept with the next one."""
    made = _shared.get()
    if made is None or getattr(style, "keepWithNext", False):  # ReportLab turns it off
        return Para(text, style, bulletText=bulletText)
    key = (text, style.name, bulletText)
    paragraph = made.get(key)
    if paragraph is None:
        paragraph = made[key] = Para(text, style, bulletText=bulletText)
    return paragraph


@dataclass(frozen=True)
class PageSetup:
    """What the page frame prints around the content."""

    organisation: str
    generated_on: dt.date
    paper: str = "A4"
    logo_path: str = ""
    title: str = ""  # PDF metadata
    author: str = ""

    @property
    def size(self) -> tuple[float, float]:
        return PAGE_SIZES.get(self.paper) or PAGE_SIZES["A4"]


class Section(Flowable):  # type: ignore[misc]
    """Marks the start of a document inside the file: its footer title, its page count."""

    def __init__(self, footer_title: str) -> None:
        super().__init__()
        self.footer_title = footer_title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.rm_section += 1
        canvas.rm_footer_title = self.footer_title


class Tick(Flowable):  # type: ignore[misc]
    """An invisible step for the progress report (one per pair, say)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each page's state until the end, then draws "Page X of Y" per section."""

    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rm_setup = setup
        self.rm_section = 0
        self.rm_footer_title = ""
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["rm_section"] for state in self._saved_pages)
        seen: Counter[int] = Counter()
        for state in self._saved_pages:
            self.__dict__.update(state)
            seen[self.rm_section] += 1
            self._draw_footer(seen[self.rm_section], totals[self.rm_section])
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, page: int, pages: int) -> None:
        width, _height = self._pagesize
        y = MARGIN_BOTTOM - 12 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
        self.setFillColor(MUTED)
        self.setFont(FONT, 7.5)
        generated = translate("Document", "Generated {0}").format(
            long_date(self.rm_setup.generated_on)
        )
        numbered = translate("Document", "Page {0} of {1}").format(page, pages)
        right = f"{generated}  ·  {numbered}"
        self.drawRightString(width - MARGIN_X, y, right)
        room = width - 2 * MARGIN_X - pdfmetrics.stringWidth(right, FONT, 7.5) - 12
        draw_string(self, MARGIN_X, y, _fit(self.rm_footer_title, FONT, 7.5, room), FONT, 7.5)
        self.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points (footers are one line)."""
    if string_width(text, font, size) <= room:
        return text
    while text and string_width(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


def _draw_header(canvas: Canvas, setup: PageSetup, logo: ImageReader | None) -> None:
    width, height = setup.size
    top = height - 10 * mm
    canvas.saveState()
    text_x = MARGIN_X
    if logo is not None:
        logo_w, logo_h = logo.getSize()
        draw_w = min(LOGO_HEIGHT * logo_w / max(logo_h, 1), 45 * mm)
        canvas.drawImage(
            logo, MARGIN_X, top - LOGO_HEIGHT, draw_w, LOGO_HEIGHT,
            preserveAspectRatio=True, anchor="w", mask="auto",
        )  # fmt: skip
        text_x = MARGIN_X + draw_w + 4 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 10)
    room = width - MARGIN_X - text_x
    name = setup.organisation
    if name == DEFAULT_ORGANISATION:  # none set: our default, in the document's language
        name = translate("Document", "Reverse mentoring programme")
    organisation = _fit(name, FONT_BOLD, 10, room)
    draw_string(canvas, text_x, top - LOGO_HEIGHT / 2 - 3.5, organisation, FONT_BOLD, 10)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(
        MARGIN_X, top - LOGO_HEIGHT - 2.5 * mm, width - MARGIN_X, top - LOGO_HEIGHT - 2.5 * mm
    )
    canvas.restoreState()


class _Frame(Frame):  # type: ignore[misc]
    """The page's frame, copied cheaply.  Every ``KeepTogether`` (a heading with its
    text, the signatures with the last clause: 15 an agreement) measures its content in
    a ``copy.deepcopy`` of the frame; its fields are numbers and strings (and a list of
    background markers), so copying them one level deep is the same copy at a fraction
    of the cost: 4 to 8 % of the CPU time of 200 agreements, the same bytes."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone = copy.copy(self)
        clone.__dict__.update({k: list(v) for k, v in self.__dict__.items() if isinstance(v, list)})
        return clone


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, setup: PageSetup, progress: ProgressFn | None,
                 steps: int) -> None:  # fmt: skip
        width, height = setup.size
        super().__init__(
            buffer, pagesize=setup.size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=setup.title,
            author=setup.author, creator="rmdesk", subject=setup.title, invariant=1,
        )  # fmt: skip
        logo = load_logo(setup.logo_path).image  # a bad logo prints none (logo.py)
        frame = _Frame(
            MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        self.addPageTemplates(
            PageTemplate("page", [frame], onPage=lambda c, _d: _draw_header(c, setup, logo))
        )
        self._progress, self._steps, self._done = progress, steps, 0

    def afterFlowable(self, flowable: Flowable) -> None:
        # ReportLab marks a flowable moved to the next frame and refuses to move it twice;
        # a shared paragraph (``para``) drawn now may be moved again later in the file.
        flowable.__dict__.pop("_postponed", None)
        if self._progress is not None and isinstance(flowable, (Tick, Section)):
            self._done += 1
            self._progress(self._done, self._steps)  # may raise Cancelled: the build stops


def frame_width(setup: PageSetup) -> float:
    return setup.size[0] - 2 * MARGIN_X


def render(
    flowables: Sequence[Flowable], setup: PageSetup, progress: ProgressFn | None = None
) -> bytes:
    """The PDF's bytes.  ``progress(done, total)`` is called at each ``Tick``/``Section``."""
    register_fonts()
    steps = sum(1 for f in flowables if isinstance(f, (Tick, Section)))
    buffer = io.BytesIO()
    document = _Document(buffer, setup, progress, steps)
    document.build(list(flowables), canvasmaker=functools.partial(_NumberedCanvas, setup=setup))
    return buffer.getvalue()
