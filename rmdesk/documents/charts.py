"""Bar charts for the report, drawn with ``reportlab.graphics`` (vector, fonts embedded).

Horizontal bars so long topic and dimension names stay readable; each chart comes
with its legend and says nothing when there is nothing to show (the caller prints
an honest sentence instead).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from rmdesk.documents.fonts import BASE_FONT, visual_runs
from rmdesk.documents.typesetting import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    INK,
    MUTED,
    RULE,
    register_fonts,
)

ROW = 22.0  # points per category
LABEL_WIDTH = 190.0
LEGEND_HEIGHT = 22.0
LABEL_SIZE = 7.5


def _short(text: str, limit: int = 46) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(drawing: Drawing, text: str, right: float, baseline: float) -> None:
    """A category's name ending at ``right``, each run in its font (``fonts.visual_runs``:
    a fallback font for a script DejaVu Sans lacks, shaped and in reading order)."""
    runs = [(FONT if face == BASE_FONT else face, drawn) for face, drawn in visual_runs(text)]
    x = right - sum(stringWidth(drawn, face, LABEL_SIZE) for face, drawn in runs)
    for face, drawn in runs:
        drawing.add(String(x, baseline, drawn, fontName=face, fontSize=LABEL_SIZE,
                           fillColor=INK))  # fmt: skip
        x += stringWidth(drawn, face, LABEL_SIZE)


def round_step(top: float, most: int = 6) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, 100 … that marks ``top`` in at most ``most``
    steps: an axis a reader takes in at a glance (0, 5, 10 … not 0, 8, 16 …)."""
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            if math.ceil(top / step) <= most:
                return step
        scale *= 10


def grouped_bars(
    width: float,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    value_max: float | None = None,
    value_step: float | None = None,
    value_format: str | Callable[[float], str] = "%d",
) -> Drawing:
    """Horizontal grouped bars: one group per category (top to bottom as given); a
    None value draws no bar and no label (nothing to show is not zero).  ``value_format``
    is a %-format or a function (a figure in the document's language: "3,4")."""
    register_fonts()
    height = ROW * len(categories) + LEGEND_HEIGHT + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 18
    chart.width = width - LABEL_WIDTH - 24
    chart.height = ROW * len(categories)
    # ReportLab draws the first category (and, within it, the first series) at the
    # bottom; reverse both so the chart reads top-down in the order given.
    chart.data = [list(reversed(values)) for _name, values in reversed(series)]
    # The category names are drawn below run by run (any script), not by the axis.
    chart.categoryAxis.categoryNames = [""] * len(categories)
    chart.categoryAxis.labels.visible = 0
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.valueMin = 0
    if value_max is None:  # counts: round ticks (1, 2, 5, 10, 20, 50 …), at most six
        top = max((v for _name, values in series for v in values if v is not None), default=1)
        value_step = round_step(top)
        value_max = value_step * max(1, math.ceil(top / value_step))
    chart.valueAxis.valueMax = value_max
    if value_step is not None:
        chart.valueAxis.valueStep = value_step
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barLabelFormat = value_format
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    palette = (ACCENT, ACCENT_LIGHT, MUTED)
    for index in range(len(series)):
        chart.bars[index].fillColor = palette[(len(series) - 1 - index) % len(palette)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    for index, name in enumerate(categories):  # the first at the top
        middle = chart.y + (len(categories) - index - 0.5) * ROW
        _label(drawing, _short(name), chart.x - 4, middle - LABEL_SIZE * 0.35)
    legend = Legend()
    legend.x = LABEL_WIDTH
    legend.y = height - 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 135
    legend.dxTextSpace = 4
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [
        (palette[i % len(palette)], name) for i, (name, _values) in enumerate(series)
    ]
    drawing.add(legend)
    return drawing
