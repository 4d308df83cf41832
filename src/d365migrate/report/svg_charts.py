"""Bar charts as inline SVG, for the pages people read (scope, reconciliation, report).

Every chart here is a bar chart. Written as SVG text, it needs no plotting library in the
run's processes (importing matplotlib and rendering PNGs cost about 1 s of CPU a run, a
tenth of it, measured before and after), no file and no fetch; its labels stay sharp at any
zoom and can be selected and read aloud. Every text is escaped; nothing in it runs.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

FONT = "system-ui,-apple-system,Segoe UI,Roboto,sans-serif"
CHAR = 6.4  # px a character of 11 px text takes, on average (labels' width)
ROW, BAR = 24, 15  # px a row takes, and its bar
PLOT = 480  # px the bars may take at the longest
MAX_LABEL = 60  # characters of a label shown (the rest as …; the whole in its bars' tips)


@dataclass(frozen=True)
class Series:
    """One colour of a chart: its name (the legend), a value per row and its colour."""

    name: str
    values: Sequence[float]
    colour: str


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` gridlines."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…"


def bar_chart(labels: Sequence[str], series: Sequence[Series], *, title: str = "",
              axis: str = "", notes: Sequence[str] | None = None, top: float | None = None,
              colours: Sequence[str] | None = None, alt: str = "") -> str:
    """Horizontal bars, one row per label, the series stacked left to right.

    ``notes``: a text after each row's bar ("12 of 20"); ``top``: the axis's end (100 for a
    percentage), else the longest bar's; ``colours``: one per row, for a single series whose
    rows differ (findings by severity); ``alt``: what the chart shows, for a screen reader.
    """
    labels = [str(v) for v in labels]
    totals = [sum(float(s.values[i] or 0) for s in series) for i in range(len(labels))]
    end = top if top is not None else max(totals, default=0)
    step = nice_step(end)
    if all(t.is_integer() for t in totals):
        step = max(step, 1.0)   # counts: no gridline at half a record
    end = max(step, math.ceil(end / step) * step) if top is None else end
    left = 12 + CHAR * max((len(_label(t)) for t in labels), default=0)
    note_w = CHAR * max((len(n) for n in notes or ()), default=0) + 8
    head = (22 if title else 0) + (20 if len(series) > 1 else 0)
    width = int(left + PLOT + note_w + 12)
    height = int(head + ROW * len(labels) + 34)
    scale = PLOT / end if end else 0.0
    out = [f"<svg class='chart' role='img' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' font-family='{FONT}' font-size='11'>",
           f"<title>{esc(alt or title)}</title>"]
    if title:
        out.append(f"<text x='{width / 2:.0f}' y='15' text-anchor='middle' font-size='13' "
                   f"font-weight='600'>{esc(title)}</text>")
    if len(series) > 1:  # the legend
        x = left
        for s in series:
            out.append(f"<rect x='{x:.0f}' y='{head - 16}' width='10' height='10' "
                       f"fill='{esc(s.colour)}'/><text x='{x + 14:.0f}' y='{head - 7}'>"
                       f"{esc(s.name)}</text>")
            x += 30 + CHAR * len(s.name)
    base = head + ROW * len(labels)
    tick = 0.0
    while tick <= end + 1e-9:  # gridlines and their numbers
        x = left + tick * scale
        out.append(f"<line x1='{x:.1f}' y1='{head}' x2='{x:.1f}' y2='{base}' stroke='#ddd'/>"
                   f"<text x='{x:.1f}' y='{base + 13}' text-anchor='middle' fill='#555'>"
                   f"{_number(tick)}</text>")
        tick += step
    for i, text in enumerate(labels):
        y = head + ROW * i + (ROW - BAR) / 2
        out.append(f"<text x='{left - 6:.0f}' y='{y + BAR - 4:.1f}' text-anchor='end'>"
                   f"{esc(_label(text))}</text>")  # a shortened one: whole in its bars' tips
        x = left
        for s in series:
            v = float(s.values[i] or 0)
            if v > 0:
                colour = colours[i] if colours else s.colour
                out.append(f"<rect x='{x:.1f}' y='{y:.1f}' width='{v * scale:.1f}' "
                           f"height='{BAR}' fill='{esc(colour)}'><title>{esc(text)}: "
                           f"{esc(s.name)} {_number(v)}</title></rect>")
                x += v * scale
        if notes:
            out.append(f"<text x='{x + 4:.1f}' y='{y + BAR - 4:.1f}' fill='#333'>"
                       f"{esc(notes[i])}</text>")
    out.append(f"<line x1='{left:.1f}' y1='{head}' x2='{left:.1f}' y2='{base}' "
               "stroke='#888'/>")
    if axis:
        out.append(f"<text x='{left + PLOT / 2:.0f}' y='{base + 29}' text-anchor='middle' "
                   f"fill='#333'>{esc(axis)}</text>")
    return "".join(out) + "</svg>"
